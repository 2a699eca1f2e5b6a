"""The bundled examples stay quiet: nothing but the odd unknown proper noun, and the
headline lengths the examples really have."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from presskit import draft
from presskit.preflight.engine import check


@pytest.mark.parametrize("name", ["release-en.presskit", "communique-fr.presskit",
                                  "pressemitteilung-de.presskit"])
def test_examples_have_no_findings_but_proper_nouns(examples_dir: Path, name: str) -> None:
    release = draft.load(examples_dir / name)
    assert release.date is not None
    # The morning of the release's date: before its embargo, as when it was written.
    now = dt.datetime.combine(release.date, dt.time(6, 0), tzinfo=dt.UTC)
    found = check(release, now=now, options={"exact_length": True})
    for f in found:
        if f.code == "spelling":
            assert f.word and f.word[:1].isupper(), f  # a name, never a common word
        else:
            # The headlines of the English and French examples are longer than newswires
            # take (97 and 75 characters, the French chapô 148): real findings, kept.
            assert f.code == "headline-length", f
    assert not [f for f in found if f.severity == "error"]


def test_example_kit_has_no_findings_but_names_and_its_small_photos(examples_dir: Path) -> None:
    from presskit.kit.container import load_kit

    kit = load_kit(examples_dir / "dossier-heliade-2.presskit-kit")
    assert kit.release.date is not None
    now = dt.datetime.combine(kit.release.date, dt.time(6, 0), tzinfo=dt.UTC)
    found = check(kit, now=now, options={"exact_length": True})
    for f in found:
        if f.code == "spelling":
            assert f.word and f.word[:1].isupper(), f
        else:
            # Its release is the French example's; two of its photos are 900 px a side.
            assert f.code in ("headline-length", "resolution"), f
    assert len([f for f in found if f.code == "resolution"]) == 2
    assert not [f for f in found if f.severity == "error"]
