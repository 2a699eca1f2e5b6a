"""Load errors carry their reason as a message template: English on the command line, the
interface language in the editor (the ``errors`` catalog, French complete)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_file
from babel.messages.mofile import read_mo

from presskit import draft
from presskit.error_catalog import translator
from presskit.errors import DraftError
from presskit.fileio import read_capped
from presskit.profiles import ProfileError, profile_from_json
from presskit.resources import locale_dir

REPO = Path(__file__).resolve().parents[2]
SOURCES = ["presskit/errors.py", "presskit/error_catalog.py", "presskit/fileio.py",
           "presskit/images.py", "presskit/draft.py", "presskit/profiles.py",
           "presskit/contacts/validate.py"]
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def _templates() -> set[str]:
    found = set()
    for name in SOURCES:
        for _line, message, _comments, _context in extract_from_file(
                "python", REPO / name, keywords={"N_": None}):
            found.add(message)
    return found


def test_every_reason_is_in_the_french_catalog_with_its_placeholders() -> None:
    with open(locale_dir() / "fr" / "LC_MESSAGES" / "errors.mo", "rb") as fh:
        catalog = {m.id: m.string for m in read_mo(fh) if m.id}
    templates = _templates()
    assert len(templates) > 40
    missing = sorted(t for t in templates if not catalog.get(t))
    assert not missing, "run make catalogs, then translate: " + "; ".join(missing)
    for template in templates:
        english = set(_PLACEHOLDER.findall(template))
        french = set(_PLACEHOLDER.findall(catalog[template]))
        # The French may leave out Python's English detail, never invent a placeholder.
        assert french <= english and english - french <= {"detail"}, template


def test_a_bad_field_has_a_french_reason_and_an_english_line() -> None:
    with pytest.raises(DraftError) as info:
        draft.loads('{"presskit": 1, "title": 5}', "x.presskit")
    exc = info.value
    assert str(exc) == "x.presskit: field 'title': must be text, not a number"
    assert exc.localized(translator("fr")) == "doit être du texte, pas un nombre"
    assert exc.localized(translator("fr_FR")) == "doit être du texte, pas un nombre"
    assert exc.localized(translator("en")) == exc.message
    assert exc.localized(translator("de")) == exc.message  # no catalog: English


def test_unusable_fields_keep_their_reason_to_translate() -> None:
    release, problems = draft.loads_lenient(
        '{"presskit": 1, "date": "2018-13-01", "title": "T"}', "x")
    (problem,) = problems
    assert release.title == "T" and release.date is None
    assert problem.field == "date"
    assert problem.message.startswith("'2018-13-01' is not a real date (")  # English detail
    assert problem.localized(translator("fr")) == "«\u00a02018-13-01\u00a0» n’est pas une date qui existe"


def test_file_level_reasons_are_translated(tmp_path: Path) -> None:
    big = tmp_path / "big.presskit"
    big.write_bytes(b"x" * 2000)
    with pytest.raises(DraftError) as info:
        read_capped(big, 1000, DraftError, what="a draft")
    assert info.value.localized(translator("fr")) == (
        "fichier trop volumineux pour un brouillon (plus de 0\u00a0Mo)")
    with pytest.raises(DraftError) as info:
        draft.load(tmp_path / "missing.presskit")
    assert info.value.localized(translator("fr")) == "fichier introuvable"
    with pytest.raises(ProfileError) as pinfo:
        profile_from_json('{"presskit-letterhead": 1, "name": "P", "color": "blue"}')
    assert pinfo.value.field == "color"
    assert pinfo.value.localized(translator("fr")) == (
        "doit être une couleur comme #1F3A5F (#RRVVBB), pas «\u00a0blue\u00a0»")


def test_a_refused_logo_has_a_french_reason() -> None:
    from presskit.errors import ImageError
    from presskit.images import normalise_image

    with pytest.raises(ImageError) as info:
        normalise_image(b"GIF? no: plain text", source="logo.png")
    assert str(info.value) == ("logo.png: is not a PNG or JPEG image (or another supported "
                               "raster format)")
    assert info.value.localized(translator("fr")) == (
        "n’est pas une image PNG ou JPEG (ni un autre format matriciel pris en charge)")


def test_the_command_line_stays_english_in_a_french_locale(tmp_path: Path) -> None:
    bad = tmp_path / "bad.presskit"
    bad.write_text('{"presskit": 1, "title": 5}', encoding="utf-8")
    env = {"LANG": "fr_FR.UTF-8", "LANGUAGE": "fr", "LC_ALL": "fr_FR.UTF-8",
           "PATH": "/usr/bin:/bin"}
    proc = subprocess.run([sys.executable, "-m", "presskit", "export", str(bad)],
                          capture_output=True, text=True, env=env, check=False)
    assert proc.returncode == 2
    assert proc.stderr == f"presskit: error: {bad}: field 'title': must be text, not a number\n"
