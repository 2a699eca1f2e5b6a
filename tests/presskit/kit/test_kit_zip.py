"""The journalists' ZIP: every file in its deterministic place, originals byte for byte,
the credits in the release language, relative paths only; ``presskit export KIT``."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest

from presskit.cli import main
from presskit.errors import ImageError
from presskit.export import default_stem
from presskit.kit.compose import compose_kit
from presskit.kit.container import save_kit
from presskit.kit.outputs import export_kit
from tests.presskit.kit.outputs_kit import make_kit, photo_specs

STEM = default_stem(make_kit(photos=False, documents=False).release)  # the example's export name


@pytest.fixture
def epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764547200")  # 2025-12-01 00:00 UTC


@pytest.fixture(scope="module")
def kit_zip(tmp_path_factory: pytest.TempPathFactory) -> tuple[object, zipfile.ZipFile, bytes]:
    out = tmp_path_factory.mktemp("zip") / "kit.zip"
    kit = make_kit()
    export_kit(kit, zip=out)
    data = out.read_bytes()
    return kit, zipfile.ZipFile(io.BytesIO(data)), data


def test_entries_in_order_under_one_folder(kit_zip: tuple[object, zipfile.ZipFile, bytes]) -> None:
    _kit, zf, _data = kit_zip
    names = [n.removeprefix(STEM + "/") for n in zf.namelist()]
    assert all(n.startswith(STEM + "/") for n in zf.namelist())
    assert names == [
        "index.html", "dossier-de-presse.pdf",
        f"{STEM}.pdf", f"{STEM}.docx", f"{STEM}.txt", f"{STEM}.html",
        "documents/01-heliade-2-en-chiffres.pdf", "documents/01-heliade-2-en-chiffres.docx",
        "documents/01-heliade-2-en-chiffres.html",
        "documents/02-claire-dumoulin.pdf", "documents/02-claire-dumoulin.docx",
        "documents/02-claire-dumoulin.html",
        "photos/01-pas-de-tir.jpg", "photos/02-portrait-equipe.jpg", "photos/03-telephone.jpg",
        "photos/04-cmyk.jpg", "photos/05-petite.jpg",
        "thumbs/01-pas-de-tir.jpg", "thumbs/02-portrait-equipe.jpg", "thumbs/03-telephone.jpg",
        "thumbs/04-cmyk.jpg", "thumbs/05-petite.jpg",
        "logos/logo-iov.png", "credits.txt",
    ]


def test_relative_paths_only(kit_zip: tuple[object, zipfile.ZipFile, bytes]) -> None:
    _kit, zf, _data = kit_zip
    for info in zf.infolist():
        assert not info.filename.startswith(("/", "\\")) and ":" not in info.filename
        assert ".." not in info.filename.split("/") and "\\" not in info.filename
        assert info.external_attr >> 16 == 0o644


def test_originals_and_logos_byte_for_byte(kit_zip: tuple[object, zipfile.ZipFile, bytes]) -> None:
    kit, zf, _data = kit_zip
    for k, (name, data, *_rest) in enumerate(photo_specs(), start=1):
        member = f"{STEM}/photos/{k:02d}-{name}"
        assert zf.read(member) == data
        assert zf.getinfo(member).compress_type == zipfile.ZIP_STORED
    logo = kit.logos()[0]  # type: ignore[attr-defined]
    assert zf.read(f"{STEM}/logos/logo-iov.png") == kit.media_bytes(logo)  # type: ignore[attr-defined]


def test_release_and_documents_in_every_format(
        kit_zip: tuple[object, zipfile.ZipFile, bytes]) -> None:
    _kit, zf, _data = kit_zip
    assert zf.read(f"{STEM}/{STEM}.pdf").startswith(b"%PDF-")
    txt = zf.read(f"{STEM}/{STEM}.txt").decode("utf-8")
    assert compose_kit(make_kit(photos=False, documents=False)).release.meta.title in txt
    docx = zipfile.ZipFile(io.BytesIO(zf.read(f"{STEM}/documents/01-heliade-2-en-chiffres.docx")))
    body = docx.read("word/document.xml").decode("utf-8")
    assert "Héliade-2 en chiffres" in body and "Fiche technique" in body
    assert "310\u00a0kg" in body or "310 kg" in body
    html = zf.read(f"{STEM}/documents/02-claire-dumoulin.html").decode("utf-8")
    assert '<html lang="fr-FR">' in html and "<h1>Claire Dumoulin</h1>" in html
    assert zf.read(f"{STEM}/dossier-de-presse.pdf").startswith(b"%PDF-")


def test_credits_in_the_release_language(kit_zip: tuple[object, zipfile.ZipFile, bytes]) -> None:
    _kit, zf, _data = kit_zip
    credits = zf.read(f"{STEM}/credits.txt").decode("utf-8")
    title = compose_kit(make_kit(photos=False, documents=False)).title  # "Dossier de presse : …"
    assert title.startswith("Dossier de presse\u00a0: ")
    assert credits.startswith(f"Crédits photo — {title}\n")
    blocks = credits.split("\n\n")[1:]
    for k, (name, _data, caption, credit, rights, _alt) in enumerate(photo_specs()):
        lines = blocks[k].strip().split("\n")
        assert lines[0] == f"photos/{k + 1:02d}-{name}"
        assert lines[1] == "Légende\u00a0: " + caption.replace("'", "’")
        assert lines[2] == f"Crédit\u00a0: {credit}"
        if rights:
            assert lines[3] == f"Droits\u00a0: {rights}"
        else:
            assert len(lines) == 3


def test_english_credits(tmp_path: Path) -> None:
    out = tmp_path / "kit.zip"
    export_kit(make_kit(release="release-en.presskit", documents=False), zip=out)
    zf = zipfile.ZipFile(out)
    credits = next(n for n in zf.namelist() if n.endswith("/credits.txt"))
    text = zf.read(credits).decode("utf-8")
    assert text.startswith("Photo credits — Press kit: ")
    assert "\nCaption: " in text and "\nCredit: IOV/CNES/S. Martin\n" in text
    assert any(n.endswith("/press-kit.pdf") for n in zf.namelist())


def test_deterministic(tmp_path: Path, epoch: None) -> None:
    kit = make_kit()
    export_kit(kit, zip=tmp_path / "a.zip")
    export_kit(make_kit(), zip=tmp_path / "b.zip")
    a, b = (tmp_path / "a.zip").read_bytes(), (tmp_path / "b.zip").read_bytes()
    assert a == b
    for info in zipfile.ZipFile(tmp_path / "a.zip").infolist():
        assert info.date_time == (2025, 12, 1, 0, 0, 0)


def test_a_bad_photo_writes_nothing(tmp_path: Path) -> None:
    kit = make_kit(documents=False)
    kit.media[kit.photos()[1].file] = b"\xff\xd8 not a jpeg at all"
    (tmp_path / "kit.pdf").write_bytes(b"the previous export")
    with pytest.raises(ImageError, match=r"portrait-equipe\.jpg"):
        export_kit(kit, pdf=tmp_path / "kit.pdf", zip=tmp_path / "kit.zip",
                   html_dir=tmp_path / "site")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kit.pdf"]
    assert (tmp_path / "kit.pdf").read_bytes() == b"the previous export"


def test_progress_is_reported(tmp_path: Path) -> None:
    seen: list[tuple[str, int, int]] = []
    export_kit(make_kit(), zip=tmp_path / "kit.zip",
               progress=lambda what, done, total: seen.append((what, done, total)))
    dones = [d for _w, d, _t in seen]
    assert dones == list(range(len(seen)))  # one by one, then all done
    assert {t for _w, _d, t in seen} == {len(seen) - 1}  # one total throughout
    assert seen[0][0] == "PDF" and any(w.startswith("thumbs/") for w, _d, _t in seen)
    assert seen[-1] == ("", len(seen) - 1, len(seen) - 1)


# -- the command line ----------------------------------------------------------------------
@pytest.fixture
def kit_file(tmp_path: Path) -> Path:
    path = tmp_path / "heliade.presskit-kit"
    save_kit(make_kit(), path)
    return path


def test_cli_default_writes_the_kit_pdf_next_to_the_kit(
        kit_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(kit_file)]) == 0
    pdf = kit_file.parent / f"{STEM}.pdf"
    assert pdf.read_bytes().startswith(b"%PDF-")
    out = capsys.readouterr().out
    assert re.search(rf"PDF: .*{re.escape(STEM)}\.pdf \(\d+ pages\)", out)


def test_cli_zip_and_html(kit_file: Path, tmp_path: Path) -> None:
    assert main(["export", str(kit_file), "--zip", str(tmp_path / "out.zip"),
                 "--html", str(tmp_path / "site"), "--pdf", str(tmp_path / "k.pdf")]) == 0
    names = zipfile.ZipFile(tmp_path / "out.zip").namelist()
    site = sorted(str(p.relative_to(tmp_path / "site")) for p in (tmp_path / "site").rglob("*")
                  if p.is_file())
    assert site == sorted(n.removeprefix(STEM + "/") for n in names)
    assert (tmp_path / "k.pdf").exists()


@pytest.mark.parametrize("extra, message", [
    (["--docx", "x.docx"], "--docx is for a release"),
    (["--html", "page.html"], "--html names the folder"),
    (["--pdf", "-"], "cannot be exported to standard output"),
])
def test_cli_refuses_release_options(kit_file: Path, extra: list[str], message: str,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(kit_file), *extra]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err and str(kit_file) in err


def test_cli_damaged_kit_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.presskit-kit"
    bad.write_bytes(b"PK\x03\x04 truncated")
    assert main(["export", str(bad), "--zip", str(tmp_path / "o.zip")]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"presskit: error: {bad}") and err.count("\n") == 1
    assert not (tmp_path / "o.zip").exists()


def test_cli_refuses_to_overwrite_the_kit(kit_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = kit_file.read_bytes()
    assert main(["export", str(kit_file), "--zip", str(kit_file)]) == 2
    assert "refusing to overwrite the kit" in capsys.readouterr().err
    assert kit_file.read_bytes() == before


def test_cli_bad_photo_names_the_kit_and_the_item(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    kit = make_kit(documents=False)
    kit.media[kit.photos()[2].file] = b"\xff\xd8\xff\xe0 truncated"
    path = tmp_path / "k.presskit-kit"
    save_kit(kit, path)
    assert main(["export", str(path), "--pdf", str(tmp_path / "k.pdf")]) == 2
    err = capsys.readouterr().err
    item = kit.items.index(kit.photos()[2])
    assert err.startswith(f"presskit: error: {path}: items[{item}] (telephone.jpg): ")
    assert err.count("\n") == 1 and "Traceback" not in err
    assert not (tmp_path / "k.pdf").exists()
