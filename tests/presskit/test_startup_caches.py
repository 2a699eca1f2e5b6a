"""What keeps a cold ``presskit export`` short: the on-disk caches and the deferred imports.

A cache must never change what is printed, and never break an export: these tests read
entries back, corrupt them, make the folder unwritable, and compare PDFs byte for byte.
"""

from __future__ import annotations

import json
import os
import pickle
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from pypdf import PdfReader

from presskit import diskcache
from presskit.model import Release

REPO = Path(__file__).resolve().parents[2]


# -- the cache itself ---------------------------------------------------------------------------

def test_store_then_load_reads_the_value_back(isolated_data_dir: Path) -> None:
    diskcache.store("things", "key-1", {"widths": [1, 2, 3]})
    assert diskcache.load("things", "key-1") == {"widths": [1, 2, 3]}
    assert diskcache.load("things", "key-2") is None
    assert list((isolated_data_dir / "cache" / "things").glob("*.pickle"))


def test_corrupt_or_foreign_entries_are_misses(isolated_data_dir: Path) -> None:
    diskcache.store("things", "key", "value")
    (entry,) = (isolated_data_dir / "cache" / "things").glob("*.pickle")
    entry.write_bytes(entry.read_bytes()[:10])  # truncated
    assert diskcache.load("things", "key") is None
    entry.write_bytes(pickle.dumps(("another key", "other value")))
    assert diskcache.load("things", "key") is None


def test_unwritable_cache_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("PRESSKIT_DATA_DIR", str(blocker))  # cache_dir() lies under a file
    diskcache.store("things", "key", "value")  # no exception
    assert diskcache.load("things", "key") is None


def test_each_namespace_keeps_its_newest_entries(isolated_data_dir: Path) -> None:
    folder = isolated_data_dir / "cache" / "things"
    for i in range(7):
        diskcache.store("things", f"key-{i}", i, limit=3)
        stamp = 1_000_000 + i  # strictly increasing ages, whatever the clock's resolution
        os.utime(diskcache._entry(folder, f"key-{i}"), (stamp, stamp))
    assert len(list(folder.glob("*.pickle"))) == 3
    assert [diskcache.load("things", f"key-{i}") for i in range(7)] == [None] * 4 + [4, 5, 6]


# -- fonts --------------------------------------------------------------------------------------

def test_cached_font_is_the_font_reportlab_parses(tmp_path: Path) -> None:
    from reportlab.pdfbase.ttfonts import TTFont

    from presskit.renderers.fonts import load_ttfont
    from presskit.resources import font_path

    path = str(font_path("NotoSans-Italic.ttf"))
    load_ttfont("CacheCheck", path)  # parses and stores
    cached = load_ttfont("CacheCheck", path)
    fresh = TTFont("CacheCheck", path)
    assert sorted(vars(cached)) == sorted(vars(fresh))
    assert cached.fontName == fresh.fontName and cached.shapable == fresh.shapable
    assert cached._asciiReadable == fresh._asciiReadable
    mine, theirs = vars(cached.face), vars(fresh.face)
    assert sorted(mine) == sorted(theirs)
    for key, value in theirs.items():
        if key != "_pdfScale":
            assert mine[key] == value, key
    assert cached.face._pdfScale(517) == fresh.face._pdfScale(517)
    assert cached.stringWidth("Łódź œuvre Ωμέγα Привет", 10) == fresh.stringWidth(
        "Łódź œuvre Ωμέγα Привет", 10)
    # The embedded subset is built from the file's bytes, which are read again.
    subset = [*range(32, 127), ord("Ł"), ord("œ")]
    assert cached.face.makeSubset(subset) == fresh.face.makeSubset(subset)


def test_a_changed_font_file_is_parsed_again(tmp_path: Path) -> None:
    from presskit.renderers.fonts import load_ttfont
    from presskit.resources import font_path

    regular, bold = font_path("NotoSans-Regular.ttf"), font_path("NotoSans-Bold.ttf")
    path = tmp_path / "Font.ttf"
    shutil.copyfile(regular, path)
    assert load_ttfont("Changing", str(path)).face.styleName == b"Regular"
    shutil.copyfile(bold, path)  # different size and modification time
    assert load_ttfont("Changing", str(path)).face.styleName == b"Bold"


# -- logos --------------------------------------------------------------------------------------

def test_logo_is_checked_once_then_read_from_the_cache(monkeypatch: pytest.MonkeyPatch,
                                                       examples_dir: Path) -> None:
    from presskit import images
    from presskit.errors import ImageError

    logo = json.loads((examples_dir / "release-en.presskit").read_text())["letterhead"]["logo"]
    first = images.load_logo_for_render(logo, source="letterhead.logo")
    assert first is not None and first.png.startswith(b"\x89PNG")

    def refuse(*_a: object, **_k: object) -> None:
        raise ImageError("decoded again", field="letterhead.logo")

    monkeypatch.setattr(images, "normalise_image", refuse)
    assert images.load_logo_for_render(logo, source="letterhead.logo") == first
    with pytest.raises(ImageError, match="decoded again"):  # another logo is a miss
        images.load_logo_for_render(images.encode_data_url(first.png), source="letterhead.logo")


# -- the command line, in fresh processes ---------------------------------------------------------

def _python(code: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    # A fixed SOURCE_DATE_EPOCH: the PDFs compared byte for byte carry the same dates.
    env = dict(os.environ, PRESSKIT_DATA_DIR=str(data_dir), SOURCE_DATE_EPOCH="1700000000")
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True,
                          text=True, env=env, timeout=120, cwd=REPO)


def test_second_cold_export_uses_the_caches_and_prints_the_same_pdf(tmp_path: Path,
                                                                   examples_dir: Path) -> None:
    data = tmp_path / "data"
    src = examples_dir / "release-en.presskit"
    first, second = tmp_path / "first.pdf", tmp_path / "second.pdf"
    proc = _python(f"""
        from presskit.cli import main
        raise SystemExit(main(["export", {str(src)!r}, "--pdf", {str(first)!r}, "-q"]))
    """, data)
    assert proc.returncode == 0, proc.stderr
    assert {p.name for p in (data / "cache").iterdir()} == {"fonts", "logos", "pdf-images"}
    # With the caches warm, neither reportlab's font parser nor Pillow is needed.
    proc = _python(f"""
        from presskit import deferred
        from reportlab.pdfbase import ttfonts
        from presskit import images
        from presskit.renderers import pdf_images

        def boom(*a, **k):
            raise RuntimeError("parsed or decoded again")

        ttfonts.TTFontFile.extractInfo = boom
        images.normalise_image = boom
        pdf_images._prepare = boom
        from presskit.cli import main
        code = main(["export", {str(src)!r}, "--pdf", {str(second)!r}, "-q"])
        print(deferred.is_loaded("PIL.Image"))
        raise SystemExit(code)
    """, data)
    assert proc.returncode == 0, proc.stderr
    assert first.read_bytes() == second.read_bytes()
    assert "Northwind Orbital Laboratory" in PdfReader(str(second)).pages[0].extract_text()


def test_latin_export_never_loads_harfbuzz_or_pillow(tmp_path: Path, examples_dir: Path) -> None:
    data = tmp_path / "data"
    src = examples_dir / "communique-fr.presskit"
    code = f"""
        from presskit import deferred
        from presskit.cli import main
        code = main(["export", {str(src)!r}, "--pdf", {str(tmp_path / "fr.pdf")!r}, "-q"])
        print(deferred.is_loaded("uharfbuzz"), deferred.is_loaded("PIL.Image"))
        raise SystemExit(code)
    """
    assert _python(code, data).returncode == 0  # fills the logo cache (Pillow needed)
    proc = _python(code, data)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["False", "False"]
    assert "Héliade-2" in PdfReader(str(tmp_path / "fr.pdf")).pages[0].extract_text()


@pytest.mark.skipif(not shutil.which("fc-list"), reason="fontconfig needed for fallback")
def test_arabic_export_loads_harfbuzz_when_it_needs_it(tmp_path: Path) -> None:
    from presskit import draft
    from presskit.renderers.fonts import default_finder

    if default_finder().font_for("\u0634") is None:
        pytest.skip("no Arabic TrueType font installed")
    src = tmp_path / "ar.presskit"
    draft.save(Release(language="en_US", title="Cairo office", body="Thanks: شكرا جزيلا."), src,
               backup=False)
    out = tmp_path / "ar.pdf"
    proc = _python(f"""
        from presskit import deferred
        from presskit.cli import main
        code = main(["export", {str(src)!r}, "--pdf", {str(out)!r}, "-q"])
        print(deferred.is_loaded("uharfbuzz"))
        raise SystemExit(code)
    """, tmp_path / "data")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["True"]
    import unicodedata

    text = unicodedata.normalize("NFKC", "".join(PdfReader(str(out)).pages[0].extract_text().split()))
    assert "شكرا" in text and "جزيلا" in text


def test_deferred_module_loads_on_first_attribute_read(tmp_path: Path) -> None:
    proc = _python("""
        import sys
        from presskit import deferred
        assert deferred.defer(("colorsys",)) == ["colorsys"]
        import colorsys                      # an import statement does not load it
        assert not deferred.is_loaded("colorsys")
        assert colorsys.rgb_to_hsv(1, 0, 0) == (0.0, 1.0, 1)
        assert deferred.is_loaded("colorsys")
        assert sys.modules["colorsys"].hls_to_rgb is colorsys.hls_to_rgb
        print("ok")
    """, tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "ok"
