"""``presskit kit edit`` and ``presskit kit remove``: items named by number or file, options
by kind, values the kit format refuses reported with the kit unchanged."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from presskit.cli import main
from presskit.kit.container import load_kit
from tests.presskit.kit import factory

EXAMPLES = Path(__file__).resolve().parents[3] / "examples"


@pytest.fixture
def kit_path(tmp_path: Path) -> Path:
    """A kit of: 1 photo, 2 document, 3 link."""
    path = tmp_path / "k.presskit-kit"
    photo = tmp_path / "pad.jpg"
    photo.write_bytes(factory.jpeg(xmp=factory.xmp_packet(description="Pad", credit="NOL")))
    doc = tmp_path / "facts.md"
    doc.write_text("# Key figures\n\n- 4 modules\n", "utf-8")
    assert main(["kit", "new", str(path), "--release", str(EXAMPLES / "release-en.presskit")]) == 0
    assert main(["kit", "add", str(path), str(photo), str(doc), "-q", "--alt", "A pad"]) == 0
    assert main(["kit", "add", str(path), "--link", "https://example.org/v", "-q"]) == 0
    return path


def test_edit_by_number_and_by_file(kit_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["kit", "edit", str(kit_path), "1", "--caption", "The pad at dawn",
                 "--credit", "NOL/J. Doe", "--rights", "© NOL 2026", "--date", "2026-11-30"]) == 0
    assert capsys.readouterr().out == "photo\tmedia/01-pad.jpg\tThe pad at dawn\tNOL/J. Doe\n"
    assert main(["kit", "edit", str(kit_path), "documents/02-key-figures.md", "--title",
                 "Facts and figures", "--doc-kind", "backgrounder", "-q"]) == 0
    assert main(["kit", "edit", str(kit_path), "https://example.org/v", "--description",
                 "B-roll", "-q"]) == 0
    kit = load_kit(kit_path)
    photo, doc, link = kit.items
    assert (photo.caption, photo.credit, photo.rights, photo.date, photo.alt) == (  # type: ignore[union-attr]
        "The pad at dawn", "NOL/J. Doe", "© NOL 2026", "2026-11-30", "A pad")
    assert (doc.title, doc.doc_kind, doc.body) == ("Facts and figures", "backgrounder",  # type: ignore[union-attr]
                                                   "- 4 modules\n")
    assert link.description == "B-roll"  # type: ignore[union-attr]


def test_body_file_and_move(kit_path: Path, tmp_path: Path) -> None:
    body = tmp_path / "new.md"
    body.write_text("New **body**.\r\n", "utf-8")
    assert main(["kit", "edit", str(kit_path), "2", "--body-file", str(body), "--move-to", "1",
                 "-q"]) == 0
    kit = load_kit(kit_path)
    assert [i.kind for i in kit.items] == ["document", "photo", "link"]
    assert kit.documents()[0].body == "New **body**.\n"
    assert zipfile.ZipFile(kit_path).read("documents/01-key-figures.md") == b"New **body**.\n"


def test_remove_drops_the_item_and_its_media(kit_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["kit", "remove", str(kit_path), "media/01-pad.jpg", "3"]) == 0
    assert capsys.readouterr().out == ("removed\tphoto\tmedia/01-pad.jpg\tPad\tNOL\n"
                                       "removed\tlink\thttps://example.org/v\t\t\n")
    kit = load_kit(kit_path)
    assert [i.kind for i in kit.items] == ["document"]
    assert kit.media == {}
    assert "media/01-pad.jpg" not in zipfile.ZipFile(kit_path).namelist()


@pytest.mark.parametrize(("argv", "message"), [
    (["edit", "{kit}", "9", "--caption", "x"],
     "{kit}: no item '9' (items 1 to 3; see 'presskit kit list {kit}')"),
    (["edit", "{kit}", "media/99.jpg", "--caption", "x"],
     "{kit}: no item 'media/99.jpg' (items 1 to 3; see 'presskit kit list {kit}')"),
    (["edit", "{kit}", "2", "--caption", "x"],
     "{kit}: --caption is for photos; item 2 is a document"),
    (["edit", "{kit}", "1", "--title", "x"],
     "{kit}: --title is for documents and logos; item 1 is a photo"),
    (["edit", "{kit}", "1", "--body-file", "x.md"],
     "{kit}: --body-file is for documents; item 1 is a photo"),
    (["edit", "{kit}", "1", "--move-to", "4"], "{kit}: --move-to 4: the places are 1 to 3"),
    (["edit", "{kit}", "1"], "{kit}: nothing to change: give --caption, --title, --move-to…"),
    (["edit", "{kit}", "1", "--date", "30/11/2026"],
     "{kit}: field 'items[0].date': '30/11/2026' is not an ISO date like 2018-03-05"),
    (["edit", "{kit}", "3", "--url", "javascript:alert(1)"],
     "{kit}: field 'items[2].url': 'javascript:alert(1)' is not an http, https or mailto link"),
    (["remove", "{kit}", "1", "0"], "{kit}: no item '0' (items 1 to 3; see 'presskit kit list {kit}')"),
])
def test_refused_edits_leave_the_kit_unchanged(kit_path: Path, capsys: pytest.CaptureFixture[str],
                                               argv: list[str], message: str) -> None:
    before = kit_path.read_bytes()
    backup = kit_path.with_name(kit_path.name + ".bak").read_bytes()
    capsys.readouterr()
    assert main(["kit", *(a.format(kit=kit_path) for a in argv)]) == 2
    assert capsys.readouterr().err == f"presskit: error: {message.format(kit=kit_path)}\n"
    assert kit_path.read_bytes() == before
    assert kit_path.with_name(kit_path.name + ".bak").read_bytes() == backup


def test_release_is_replaced_and_the_items_kept(kit_path: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from presskit import draft

    data = json.loads((EXAMPLES / "release-en.presskit").read_text("utf-8"))
    data["title"] = "An edited headline"
    edited = tmp_path / "edited.presskit"
    edited.write_text(json.dumps(data), "utf-8")
    items = load_kit(kit_path).items
    capsys.readouterr()
    assert main(["kit", "release", str(kit_path), str(edited)]) == 0
    assert capsys.readouterr().out == f"Kit: {kit_path} (An edited headline)\n"
    kit = load_kit(kit_path)
    assert kit.items == items
    assert zipfile.ZipFile(kit_path).read("release.presskit").decode() == draft.dumps(kit.release)
    assert kit.release.title == "An edited headline"
    before = kit_path.read_bytes()
    bad = tmp_path / "bad.presskit"
    bad.write_text('{"presskit": 3}', "utf-8")
    assert main(["kit", "release", str(kit_path), str(bad)]) == 2
    assert "newer than this Presskit" in capsys.readouterr().err
    assert kit_path.read_bytes() == before
