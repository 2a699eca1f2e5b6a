"""``presskit kit new|add|list``: exit codes, one-line errors, values that win, kits unchanged
by a failed add; and the manifest against its JSON Schema."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from presskit.cli import main
from presskit.kit import cli as kit_cli
from presskit.kit.container import load_kit
from presskit.kit.model import DOCUMENT_KINDS
from tests.presskit.kit import factory

EXAMPLES = Path(__file__).resolve().parents[3] / "examples"
XMP = factory.xmp_packet(description="The crew module at the integration hall",
                         credit="Northwind/J. Doe", rights="© Northwind 2026 – press use only")


@pytest.fixture
def kit_path(tmp_path: Path) -> Path:
    path = tmp_path / "gateway.presskit-kit"
    assert main(["kit", "new", str(path), "--release", str(EXAMPLES / "release-en.presskit")]) == 0
    return path


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    out = {
        "photo": tmp_path / "Crew Module.jpg",
        "portrait": tmp_path / "portrait.jpg",
        "facts": tmp_path / "fact-sheet.md",
        "bio": tmp_path / "bio-amara-okafor.md",
        "logo": tmp_path / "northwind.svg",
        "junk": tmp_path / "notes.jpg",
    }
    out["photo"].write_bytes(factory.jpeg(xmp=XMP))
    out["portrait"].write_bytes(factory.jpeg(orientation=6))
    out["facts"].write_text("# Key figures\n\n- 4 modules\n- 12 t to lunar orbit\n", "utf-8")
    out["bio"].write_text("Dr. Amara Okafor\n================\n\nMission director.\n", "utf-8")
    out["logo"].write_bytes(b"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 10 10'/>")
    out["junk"].write_text("not an image at all", "utf-8")
    return out


def test_new_makes_an_empty_kit_around_the_release(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    kit_path = tmp_path / "k.presskit-kit"
    assert main(["kit", "new", str(kit_path), "--release", str(EXAMPLES / "release-en.presskit")]) == 0
    kit = load_kit(kit_path)
    assert kit.items == []
    assert kit.release.title.startswith("Northwind Orbital Selects")
    assert capsys.readouterr().out == f"Kit: {kit_path} ({kit.release.title})\n"


def test_new_never_replaces_a_file(kit_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = kit_path.read_bytes()
    capsys.readouterr()
    assert main(["kit", "new", str(kit_path), "--release", str(EXAMPLES / "release-en.presskit")]) == 2
    assert capsys.readouterr().err == (f"presskit: error: {kit_path}: already exists; a new kit "
                                       "never replaces a file\n")
    assert kit_path.read_bytes() == before


def test_new_with_a_bad_release(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.presskit"
    bad.write_text('{"presskit": 1, "title": 3}', "utf-8")
    kit = tmp_path / "k.presskit-kit"
    assert main(["kit", "new", str(kit), "--release", str(bad)]) == 2
    assert capsys.readouterr().err == (f"presskit: error: {bad}: field 'title': must be text, "
                                       "not a number\n")
    assert not kit.exists()


def test_add_reads_metadata_and_guesses_kinds(kit_path: Path, files: dict[str, Path],
                                              capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    code = main(["kit", "add", str(kit_path), str(files["photo"]), str(files["facts"]),
                 str(files["bio"]), "--alt", "A white module"])
    assert code == 0
    out = capsys.readouterr()
    assert out.out.splitlines() == [
        "photo\tmedia/01-crew-module.jpg\tThe crew module at the integration hall\tNorthwind/J. Doe",
        "document\tdocuments/02-key-figures.md\tKey figures\t",
        "document\tdocuments/03-dr-amara-okafor.md\tDr. Amara Okafor\t",
    ]
    assert out.err == ""
    kit = load_kit(kit_path)
    photo = kit.photos()[0]
    assert (photo.caption, photo.credit, photo.rights, photo.alt, photo.original_name) == (
        "The crew module at the integration hall", "Northwind/J. Doe",
        "© Northwind 2026 – press use only", "A white module", "Crew Module.jpg")
    assert kit.media_bytes(photo) == files["photo"].read_bytes()
    facts, bio = kit.documents()
    assert (facts.title, facts.doc_kind, facts.body) == ("Key figures", "factsheet",
                                                         "- 4 modules\n- 12 t to lunar orbit\n")
    assert (bio.title, bio.doc_kind, bio.body) == ("Dr. Amara Okafor", "biography",
                                                   "Mission director.\n")


def test_command_line_values_beat_metadata(kit_path: Path, files: dict[str, Path]) -> None:
    assert main(["kit", "add", str(kit_path), str(files["photo"]), "--caption", "Given caption",
                 "--credit", "Given credit", "--rights", "", "--alt", "Alt"]) == 0
    photo = load_kit(kit_path).photos()[0]
    assert (photo.caption, photo.credit, photo.rights) == ("Given caption", "Given credit", "")


def test_add_warns_about_a_missing_credit_and_alt(kit_path: Path, files: dict[str, Path],
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["kit", "add", str(kit_path), str(files["portrait"]), "-q"]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err == [
        f"presskit: warning: {files['portrait']}: no credit (none in the photo's metadata); "
        "journalists must print one: add --credit",
        f"presskit: warning: {files['portrait']}: no alt text (none in the photo's metadata); "
        "the PDF and the newsroom page need one: add --alt"]


def test_logo_and_link(kit_path: Path, files: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["kit", "add", str(kit_path), str(files["logo"]), "--kind", "logo",
                 "--title", "Northwind logo"]) == 0
    assert main(["kit", "add", str(kit_path), "--link", "https://example.org/b-roll",
                 "--description", "B-roll, 4K"]) == 0
    capsys.readouterr()
    assert main(["kit", "list", str(kit_path)]) == 0
    assert capsys.readouterr().out == ("logo\tmedia/01-northwind.svg\tNorthwind logo\t\n"
                                       "link\thttps://example.org/b-roll\tB-roll, 4K\t\n")
    kit = load_kit(kit_path)
    assert kit.media_bytes(kit.logos()[0]) == files["logo"].read_bytes()


def test_a_failed_add_leaves_the_kit_byte_identical(kit_path: Path, files: dict[str, Path],
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["kit", "add", str(kit_path), str(files["facts"]), "-q"]) == 0
    before = kit_path.read_bytes()
    backup = kit_path.with_name(kit_path.name + ".bak").read_bytes()
    capsys.readouterr()
    assert main(["kit", "add", str(kit_path), str(files["photo"]), str(files["junk"])]) == 2
    err = capsys.readouterr().err
    assert err.endswith(f"presskit: error: {files['junk']}: is not an image Presskit accepts as "
                        "a photo (JPEG, PNG, TIFF or WebP)\n")
    assert kit_path.read_bytes() == before
    assert kit_path.with_name(kit_path.name + ".bak").read_bytes() == backup
    assert sorted(p.name for p in kit_path.parent.iterdir() if p.name.startswith(".")) == []
    for args in ([str(files["logo"]), "--kind", "photo"], [str(kit_path.parent / "missing.jpg")],
                 [str(kit_path.parent)], ["--link", "ftp://example.org/x"]):
        assert main(["kit", "add", str(kit_path), *args]) == 2
        assert kit_path.read_bytes() == before


def test_errors_are_one_line_with_status_2(tmp_path: Path, kit_path: Path, files: dict[str, Path],
                                           capsys: pytest.CaptureFixture[str]) -> None:
    not_kit = tmp_path / "not.presskit-kit"
    not_kit.write_text("hello", "utf-8")
    capsys.readouterr()
    cases = [
        (["kit", "list", str(not_kit)], f"{not_kit}: not a press kit (not a ZIP container)"),
        (["kit", "list", str(tmp_path / "none.presskit-kit")],
         f"{tmp_path / 'none.presskit-kit'}: no such file"),
        (["kit", "add", str(kit_path)], f"{kit_path}: nothing to add: give FILE… or --link URL"),
        (["kit", "add", str(tmp_path / "new.presskit-kit"), str(files["photo"])],
         f"{tmp_path / 'new.presskit-kit'}: no such file; create the kit first with 'presskit "
         f"kit new {tmp_path / 'new.presskit-kit'} --release DRAFT'"),
        (["kit", "add", str(not_kit), str(files["photo"])],
         f"{not_kit}: not a press kit (not a ZIP container)"),
        (["kit", "add", str(kit_path), str(files["photo"]), "--link", "https://x.org"],
         f"{kit_path}: --link adds a link; add files with a separate command"),
    ]
    for argv, line in cases:
        assert main(argv) == 2, argv
        assert capsys.readouterr().err == f"presskit: error: {line}\n"
    assert main(["kit"]) == 2
    assert capsys.readouterr().err.endswith("presskit: error: kit: choose a command: new, add, "
                                            "list, edit, remove or release\n")


def test_document_not_utf8(kit_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    latin = tmp_path / "bio.md"
    latin.write_bytes(b"# Biographie\n\nN\xe9e \xe0 Lyon.\n")
    assert main(["kit", "add", str(kit_path), str(latin)]) == 2
    assert capsys.readouterr().err == (f"presskit: error: {latin}: not UTF-8 text (invalid byte "
                                       "at offset 15); a document must be Markdown in UTF-8\n")


def test_first_heading_and_doc_kind_guesses() -> None:
    assert kit_cli.first_heading("\n## Q&A ##\n\nBody") == ("Q&A", "Body")
    assert kit_cli.first_heading("Title\n---\nBody") == ("Title", "Body")
    assert kit_cli.first_heading("Just text\n\n# Later") == ("", "Just text\n\n# Later")
    assert kit_cli.first_heading("#NoSpace") == ("", "#NoSpace")
    qa = "## Why the corona?\n\nBecause.\n\n## When?\n\nSoon.\n"
    assert kit_cli.first_heading(qa) == ("", qa)  # a Q&A is not titled by its first question
    assert kit_cli.first_heading("# Q&A\n\n## Why?\n\nBecause.\n") == ("Q&A", "## Why?\n\nBecause.\n")
    assert kit_cli.first_heading("## Title\n\n### Part\n") == ("Title", "### Part\n")
    two_parts = "# Part 1\n\nA\n\n# Part 2\n\nB\n"
    assert kit_cli.first_heading(two_parts) == ("", two_parts)
    fenced = "# Title\n\n```\n# not a heading\n```\n"
    assert kit_cli.first_heading(fenced) == ("Title", "```\n# not a heading\n```\n")
    assert kit_cli.first_heading("Title\n=====\n\nText\n\nSub\n---\n") == ("Title", "Text\n\nSub\n---\n")
    assert kit_cli.guess_doc_kind("faq.md") == "qa"
    assert kit_cli.guess_doc_kind("Biographie-Dupont.md") == "biography"
    assert kit_cli.guess_doc_kind("biographies_equipage.md") == "biography"
    assert kit_cli.guess_doc_kind("biopsy.md") == "document"  # whole words only
    assert kit_cli.guess_doc_kind("bio_dupont.md") == "biography"
    assert kit_cli.guess_doc_kind("fiche-technique.md") == "factsheet"
    assert kit_cli.guess_doc_kind("backgrounder.md") == "backgrounder"
    assert kit_cli.guess_doc_kind("annexe.md") == "document"
    assert kit_cli._doc_kinds() == DOCUMENT_KINDS


def test_kit_commands_stay_light(kit_path: Path) -> None:
    """``presskit kit list`` imports neither Qt nor Pillow."""
    code = ("import sys; from presskit.cli import main; rc = main(['kit', 'list', sys.argv[1]]); "
            "print(rc, 'PIL' in sys.modules, 'PySide6' in sys.modules, 'reportlab' in sys.modules)")
    proc = subprocess.run([sys.executable, "-c", code, str(kit_path)], capture_output=True,
                          text=True, timeout=60)
    assert proc.stdout.strip() == "0 False False False", proc.stderr


def test_manifests_match_the_schema(kit_path: Path, files: dict[str, Path]) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    from presskit.resources import read_text

    schema = json.loads(read_text("schema", "presskit-kit-1.schema.json"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    assert main(["kit", "add", str(kit_path), *(str(files[k]) for k in ("photo", "facts", "bio")),
                 "--alt", "x"]) == 0
    assert main(["kit", "add", str(kit_path), str(files["logo"]), "--kind", "logo"]) == 0
    assert main(["kit", "add", str(kit_path), "--link", "https://example.org/v"]) == 0
    manifests = [json.loads(zipfile.ZipFile(kit_path).read("manifest.json"))]
    manifests += [json.loads(zipfile.ZipFile(p).read("manifest.json"))
                  for p in EXAMPLES.glob("*.presskit-kit")]
    for manifest in manifests:
        assert list(validator.iter_errors(manifest)) == []
    good = manifests[0]
    assert [i["kind"] for i in good["items"]] == ["photo", "document", "document", "logo", "link"]
    bad_cases = {
        "newer": {**good, "presskit-kit": 2},
        "no items": {"presskit-kit": 1},
        "caption number": {**good, "items": [{**good["items"][0], "caption": 5}]},
        "escaping file": {**good, "items": [{**good["items"][0], "file": "media/../x"}]},
        "unknown kind": {**good, "items": [{"kind": "audio"}]},
        "bad date": {**good, "items": [{**good["items"][0], "date": "5 March"}]},
        "bad url": {**good, "items": [{"kind": "link", "url": "javascript:x"}]},
        "bad doc kind": {**good, "items": [{**good["items"][1], "doc_kind": "poem"}]},
    }
    for name, case in bad_cases.items():
        assert list(validator.iter_errors(case)), f"schema accepted bad case {name}"
    unknown = {**good, "x-future": 1, "items": [{**good["items"][0], "x-extra": [1]}]}
    assert list(validator.iter_errors(unknown)) == []


def test_list_output_survives_a_closed_pipe(kit_path: Path, files: dict[str, Path]) -> None:
    assert main(["kit", "add", str(kit_path), str(files["facts"]), "-q"]) == 0
    proc = subprocess.run(f"{sys.executable} -m presskit kit list '{kit_path}' | head -c 0",
                          shell=True, capture_output=True, text=True, timeout=60)
    assert proc.stderr == ""


def test_zip_of_an_added_kit_is_deterministic(kit_path: Path, files: dict[str, Path],
                                              tmp_path: Path) -> None:
    second = tmp_path / "second.presskit-kit"
    assert main(["kit", "new", str(second), "--release", str(EXAMPLES / "release-en.presskit")]) == 0
    for path in (kit_path, second):
        assert main(["kit", "add", str(path), str(files["photo"]), str(files["facts"]), "-q",
                     "--alt", "x"]) == 0
    assert kit_path.read_bytes() == second.read_bytes()
    names = zipfile.ZipFile(io.BytesIO(kit_path.read_bytes())).namelist()
    assert names == ["mimetype", "manifest.json", "release.presskit", "media/01-crew-module.jpg",
                     "documents/02-key-figures.md"]


def test_the_same_photo_is_not_added_twice(kit_path: Path, files: dict[str, Path],
                                           capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["kit", "add", str(kit_path), str(files["photo"]), "-q", "--alt", "x"]) == 0
    before = kit_path.read_bytes()
    copy = files["photo"].with_name("copy.jpg")
    copy.write_bytes(files["photo"].read_bytes())
    capsys.readouterr()
    assert main(["kit", "add", str(kit_path), str(copy), "--alt", "x"]) == 0
    assert capsys.readouterr().err == (f"presskit: warning: {copy}: already in the kit (item 1); "
                                       "not added again\n")
    assert kit_path.read_bytes() == before
    assert main(["kit", "add", str(kit_path), str(copy), str(files["facts"]), "-q"]) == 0
    assert [i.kind for i in load_kit(kit_path).items] == ["photo", "document"]


def test_a_document_over_the_text_cap_is_refused(kit_path: Path, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    from presskit.kit import container

    monkeypatch.setattr(container, "MAX_TEXT_BYTES", 1024 * 1024)
    big = tmp_path / "annexe.md"
    big.write_text("# Annexe\n\n" + "x" * (1024 * 1024), "utf-8")
    before = kit_path.read_bytes()
    capsys.readouterr()
    assert main(["kit", "add", str(kit_path), str(big)]) == 2
    assert capsys.readouterr().err == (f"presskit: error: {big}: file is too large for a photo, "
                                       "logo or document (more than 1 MB)\n")
    assert kit_path.read_bytes() == before


def test_an_svg_is_a_logo_without_asking(kit_path: Path, files: dict[str, Path]) -> None:
    assert main(["kit", "add", str(kit_path), str(files["logo"]), "-q"]) == 0
    logo = load_kit(kit_path).logos()[0]
    assert (logo.title, logo.file) == ("northwind", "media/01-northwind.svg")


def test_options_may_come_between_the_files(kit_path: Path, files: dict[str, Path]) -> None:
    assert main(["kit", "add", str(kit_path), "-q", "--alt", "Alt", str(files["photo"]),
                 "--credit", "Given", str(files["portrait"]), str(files["facts"])]) == 0
    kit = load_kit(kit_path)
    assert [(p.alt, p.credit) for p in kit.photos()] == [("Alt", "Given"), ("Alt", "Given")]
    assert kit.documents()[0].title == "Key figures"


def test_unknown_options_are_refused_with_status_2(kit_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["kit", "add", str(kit_path), "--bogus"]) == 2
    assert capsys.readouterr().err.endswith("presskit: error: unrecognized arguments: --bogus\n")
    assert main(["kit", "add", str(kit_path), "x.jpg", "--kind", "video"]) == 2
    assert "argument --kind: invalid choice: 'video'" in capsys.readouterr().err


def test_a_damaged_tiff_gives_one_line_only(kit_path: Path, tmp_path: Path) -> None:
    """Pillow logs the TIFF it refuses; that log never reaches the terminal."""
    import struct

    data = bytearray(factory.tiff())
    at = data.find(struct.pack("<HH", 277, 3))  # SamplesPerPixel, SHORT
    data[at + 8:at + 10] = struct.pack("<H", 65000)
    bad = tmp_path / "bad.tif"
    bad.write_bytes(bytes(data))
    proc = subprocess.run([sys.executable, "-m", "presskit", "kit", "add", str(kit_path), str(bad)],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    assert proc.stderr == (f"presskit: error: {bad}: is not an image Presskit accepts as a photo "
                           "(JPEG, PNG, TIFF or WebP)\n")


def test_alt_text_from_the_photo_and_the_option_wins(kit_path: Path, tmp_path: Path) -> None:
    photo = tmp_path / "alt.jpg"
    photo.write_bytes(factory.jpeg(xmp=factory.xmp_packet(credit="NOL", alt="Alt from IPTC")))
    assert main(["kit", "add", str(kit_path), str(photo), "-q"]) == 0
    other = tmp_path / "alt2.png"
    other.write_bytes(factory.png(xmp=factory.xmp_packet(credit="NOL", alt="Alt from IPTC")))
    assert main(["kit", "add", str(kit_path), str(other), "-q", "--alt", "Given alt"]) == 0
    assert [p.alt for p in load_kit(kit_path).photos()] == ["Alt from IPTC", "Given alt"]


def test_document_titles(kit_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    qa = tmp_path / "faq.md"
    qa.write_text("## Why the corona?\n\nBecause.\n\n## When?\n\nSoon.\n", "utf-8")
    titled = tmp_path / "facts.md"
    titled.write_text("# Old title\n\nBody.\n", "utf-8")
    capsys.readouterr()
    assert main(["kit", "add", str(kit_path), str(qa), "-q"]) == 0
    assert capsys.readouterr().err == (f"presskit: warning: {qa}: does not open on a title "
                                       "heading; titled 'faq' (use --title)\n")
    assert main(["kit", "add", str(kit_path), str(titled), "--title", "New title", "-q"]) == 0
    first, second = load_kit(kit_path).documents()
    assert (first.title, first.doc_kind, first.body) == ("faq", "qa", qa.read_text("utf-8"))
    assert (second.title, second.body) == ("New title", "Body.\n")
