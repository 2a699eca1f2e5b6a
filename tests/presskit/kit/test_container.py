"""The kit file: round trip, unknown keys, media byte for byte, determinism, atomic saves."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

from presskit import draft
from presskit.errors import KitError, NewerKitError
from presskit.kit import container
from presskit.kit.container import dumps_kit, load_kit, loads_kit, save_kit
from presskit.kit.model import MIMETYPE, Kit, KitDocument, Link, Logo, Photo
from tests.presskit.kit import factory
from tests.presskit.kit.factory import rezip

EXAMPLE = Path(__file__).resolve().parents[3] / "examples" / "release-en.presskit"


def make_kit() -> Kit:
    kit = Kit(release=draft.load(EXAMPLE))
    kit.items.append(KitDocument(title="Fiche d’identité — chiffres clés",
                                 body="- 12 satellites\n- 3 launch sites\n",
                                 doc_kind="factsheet", extra={"x-reviewed-by": "M. Dupont"}))
    photo_bytes = factory.jpeg(xmp=factory.xmp_packet(description="The pad"), orientation=6)
    kit.items.append(Photo(file=kit.add_media("Launch Pad.JPG", photo_bytes),
                           caption="The launch pad at dawn", credit="Northwind/J. Doe",
                           rights="© Northwind 2026 – press use only", alt="A rocket on its pad",
                           date="2026-11-30", original_name="Launch Pad.JPG",
                           extra={"x-focus": {"x": 0.4, "y": 0.6}, "x-tags": ["pad", "dawn"]}))
    kit.items.append(Logo(file=kit.add_media("logo.svg", b"<svg xmlns='http://www.w3.org/2000/svg'/>"),
                          title="Northwind logo", original_name="logo.svg"))
    kit.items.append(Link(url="https://example.org/b-roll", description="B-roll (4K, 3 min)",
                          extra={"x-duration": 180}))
    kit.extra = {"x-newsroom": {"slug": "gateway-2026"}, "generator-note": "kept"}
    return kit


def entries(data: bytes) -> list[zipfile.ZipInfo]:
    return zipfile.ZipFile(io.BytesIO(data)).infolist()


def test_round_trip_keeps_every_field_and_unknown_keys() -> None:
    kit = make_kit()
    back = loads_kit(dumps_kit(kit), "k.presskit-kit")
    assert back.items == kit.items
    assert back.extra == {"x-newsroom": {"slug": "gateway-2026"}, "generator-note": "kept"}
    assert back.items[1].extra == {"x-focus": {"x": 0.4, "y": 0.6}, "x-tags": ["pad", "dawn"]}
    assert back.items[0].extra == {"x-reviewed-by": "M. Dupont"}
    assert draft.dumps(back.release) == draft.dumps(kit.release)
    assert back.media == kit.media


def test_unknown_keys_of_a_newer_writer_survive_load_and_save() -> None:
    data = dumps_kit(make_kit())
    zf = zipfile.ZipFile(io.BytesIO(data))
    manifest = json.loads(zf.read("manifest.json"))
    manifest["x-future"] = [1, 2, {"deep": True}]
    manifest["items"][2]["x-variant"] = "monochrome"
    rebuilt = rezip(data, {"manifest.json": json.dumps(manifest).encode()})
    again = json.loads(zipfile.ZipFile(io.BytesIO(dumps_kit(loads_kit(rebuilt)))).read("manifest.json"))
    assert again["x-future"] == [1, 2, {"deep": True}]
    assert again["items"][2]["x-variant"] == "monochrome"
    assert again["items"][2]["title"] == "Northwind logo"



def test_layout_mimetype_first_and_stored_then_manifest_release_documents_media() -> None:
    kit = make_kit()
    data = dumps_kit(kit)
    infos = entries(data)
    assert [i.filename for i in infos] == [
        "mimetype", "manifest.json", "release.presskit",
        "documents/01-fiche-d-identite-chiffres-cles.md", "media/01-launch-pad.jpg",
        "media/02-logo.svg"]
    assert infos[0].compress_type == zipfile.ZIP_STORED
    # As in ODF: the media type is readable at a fixed offset, straight after the header.
    assert data[30:30 + len(MIMETYPE) + 8] == b"mimetype" + MIMETYPE.encode()
    zf = zipfile.ZipFile(io.BytesIO(data))
    assert zf.read("release.presskit").decode() == draft.dumps(kit.release)
    assert zf.read("documents/01-fiche-d-identite-chiffres-cles.md").decode() == \
        "- 12 satellites\n- 3 launch sites\n"
    manifest = json.loads(zf.read("manifest.json"))
    assert manifest["presskit-kit"] == 1
    assert [i["kind"] for i in manifest["items"]] == ["document", "photo", "logo", "link"]
    assert manifest["items"][1]["caption"] == "The launch pad at dawn"
    assert manifest["items"][0]["file"] == "documents/01-fiche-d-identite-chiffres-cles.md"


def test_media_are_stored_byte_for_byte() -> None:
    kit = make_kit()
    tiff = factory.tiff(factory.picture((40, 30)))
    kit.items.append(Photo(file=kit.add_media("scan.tif", tiff), caption="Scan"))
    zf = zipfile.ZipFile(io.BytesIO(dumps_kit(kit)))
    for item in kit.photos() + kit.logos():
        assert zf.read(item.file) == kit.media[item.file]
    assert zf.read("media/03-scan.tif") == tiff
    assert zf.getinfo("media/01-launch-pad.jpg").compress_type == zipfile.ZIP_STORED
    assert zf.getinfo("media/03-scan.tif").compress_type == zipfile.ZIP_DEFLATED


def test_media_no_item_uses_are_not_written() -> None:
    kit = make_kit()
    kit.add_media("removed.jpg", b"old bytes")
    names = [i.filename for i in entries(dumps_kit(kit))]
    assert not any("removed" in n for n in names)


def test_same_kit_same_bytes_and_reload_resaves_identically(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    first = dumps_kit(make_kit())
    assert dumps_kit(make_kit()) == first
    assert dumps_kit(loads_kit(first)) == first
    assert {i.date_time for i in entries(first)} == {(1980, 1, 1, 0, 0, 0)}
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764583200")  # 2025-12-01 10:00:00 UTC
    stamped = dumps_kit(make_kit())
    assert {i.date_time for i in entries(stamped)} == {(2025, 12, 1, 10, 0, 0)}
    assert dumps_kit(make_kit()) == stamped
    assert {i.external_attr >> 16 for i in entries(stamped)} == {0o100644}


def test_document_entries_follow_item_order_after_a_move() -> None:
    kit = make_kit()
    kit.items.insert(0, kit.items.pop(3))  # the link first: the document is now item 2
    names = [i.filename for i in entries(dumps_kit(kit))]
    assert "documents/02-fiche-d-identite-chiffres-cles.md" in names
    assert loads_kit(dumps_kit(kit)).items[1].body == "- 12 satellites\n- 3 launch sites\n"


def test_save_is_atomic_and_keeps_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "gateway.presskit-kit"
    kit = make_kit()
    save_kit(kit, path)
    first = path.read_bytes()
    assert not (tmp_path / "gateway.presskit-kit.bak").exists()
    kit.items[1].caption = "A new caption"
    save_kit(kit, path)
    assert (tmp_path / "gateway.presskit-kit.bak").read_bytes() == first
    assert load_kit(path).items[1].caption == "A new caption"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["gateway.presskit-kit",
                                                          "gateway.presskit-kit.bak"]


def test_a_kit_that_cannot_be_written_leaves_the_file_alone(tmp_path: Path) -> None:
    path = tmp_path / "gateway.presskit-kit"
    kit = make_kit()
    save_kit(kit, path)
    before = path.read_bytes()
    kit.items[1].file = "media/99-missing.jpg"
    with pytest.raises(KitError) as err:
        save_kit(kit, path)
    assert str(err.value) == (f"{path}: field 'items[1].file': the kit holds no bytes for "
                              "'media/99-missing.jpg'")
    assert path.read_bytes() == before


def test_newer_kit_version_is_refused_naming_the_file() -> None:
    data = dumps_kit(make_kit())
    manifest = json.loads(zipfile.ZipFile(io.BytesIO(data)).read("manifest.json"))
    manifest["presskit-kit"] = 2
    with pytest.raises(NewerKitError) as err:
        loads_kit(rezip(data, {"manifest.json": json.dumps(manifest).encode()}), "future.presskit-kit")
    assert str(err.value) == ("future.presskit-kit: field 'presskit-kit': kit format version 2 "
                              "is newer than this Presskit understands (1); update Presskit to "
                              "open it")


def test_newer_release_inside_is_refused_as_a_newer_kit() -> None:
    data = dumps_kit(make_kit())
    release = json.loads(zipfile.ZipFile(io.BytesIO(data)).read("release.presskit"))
    release["presskit"] = 7
    with pytest.raises(NewerKitError) as err:
        loads_kit(rezip(data, {"release.presskit": json.dumps(release).encode()}), "k.presskit-kit")
    assert str(err.value).startswith("k.presskit-kit: field 'presskit': release.presskit: "
                                     "format version 7 is newer")


def test_load_kit_reads_a_saved_file_and_refuses_what_is_not_a_file(tmp_path: Path) -> None:
    path = tmp_path / "k.presskit-kit"
    save_kit(make_kit(), path)
    assert load_kit(path).items == make_kit().items
    with pytest.raises(KitError, match=r"missing\.presskit-kit: no such file$"):
        load_kit(tmp_path / "missing.presskit-kit")
    with pytest.raises(KitError, match="is a folder, not a press kit"):
        load_kit(tmp_path)


def test_zip_date_time_is_clamped_to_what_a_zip_holds(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")
    assert container.zip_date_time() == (1980, 1, 1, 0, 0, 0)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "not a number")
    assert container.zip_date_time() == (1980, 1, 1, 0, 0, 0)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "99999999999")
    assert container.zip_date_time()[0] == 2107
