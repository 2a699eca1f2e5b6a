"""Hostile and damaged kits, built by hand with zipfile: each refused with one line naming the
file and the entry or manifest field, never an internal error, never memory exhausted."""

from __future__ import annotations

import io
import json
import os
import stat
import struct
import warnings
import zipfile
from pathlib import Path
from typing import Any

import pytest

from presskit import draft
from presskit.errors import KitError
from presskit.kit import zipread
from presskit.kit.container import dumps_kit, load_kit, loads_kit
from presskit.kit.model import MIMETYPE, Kit, Photo
from tests.presskit.kit.factory import rezip

EXAMPLE = Path(__file__).resolve().parents[3] / "examples" / "release-en.presskit"
NAME = "hostile.presskit-kit"


def release_text() -> bytes:
    return draft.dumps(draft.load(EXAMPLE)).encode()


def build(entries: list[tuple[str | zipfile.ZipInfo, bytes]], *, deflate: bool = False) -> bytes:
    buf = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate names we write
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED) as zf:
            for name, data in entries:
                zf.writestr(name, data)
    return buf.getvalue()


def kit_entries(items: list[dict[str, Any]], *extra: tuple[str | zipfile.ZipInfo, bytes],
                manifest: dict[str, Any] | None = None) -> list[tuple[str | zipfile.ZipInfo, bytes]]:
    m = manifest if manifest is not None else {"presskit-kit": 1, "items": items}
    return [("mimetype", MIMETYPE.encode()), ("manifest.json", json.dumps(m).encode()),
            ("release.presskit", release_text()), *extra]


def refused(data: bytes) -> str:
    with pytest.raises(KitError) as err:
        loads_kit(data, NAME)
    text = str(err.value)
    assert "\n" not in text
    assert text.startswith(NAME + ": ")
    return text


PHOTO = {"kind": "photo", "file": "media/01-a.jpg", "caption": "A"}


def test_a_sound_hand_built_kit_loads() -> None:
    kit = loads_kit(build(kit_entries([PHOTO], ("media/01-a.jpg", b"JPEG bytes"))), NAME)
    assert kit.photos()[0].caption == "A"
    assert kit.media == {"media/01-a.jpg": b"JPEG bytes"}


def test_not_a_zip() -> None:
    assert refused(b"{\"presskit\": 1}") == f"{NAME}: not a press kit (not a ZIP container)"
    assert refused(b"") == f"{NAME}: the file is empty, not a press kit"


def test_truncated() -> None:
    data = dumps_kit(Kit(release=draft.load(EXAMPLE)))
    for cut in (len(data) // 2, len(data) - 10):
        assert refused(data[:cut]) == (f"{NAME}: truncated or damaged ZIP container: its "
                                       "directory is missing (the file is incomplete)")


def test_a_member_damaged_inside() -> None:
    data = bytearray(build(kit_entries([PHOTO], ("media/01-a.jpg", os.urandom(5000)))))
    where = zipfile.ZipFile(io.BytesIO(bytes(data))).getinfo("media/01-a.jpg").header_offset + 2000
    data[where:where + 40] = bytes(40)  # inside the photo's bytes: its CRC no longer matches
    assert "entry 'media/01-a.jpg' is damaged or truncated" in refused(bytes(data))


def test_manifest_naming_a_missing_entry() -> None:
    assert refused(build(kit_entries([{"kind": "text", "x": 1}, PHOTO][1:]))) == (
        f"{NAME}: field 'items[0].file': names the entry 'media/01-a.jpg', which is not in "
        "the kit")
    doc = {"kind": "document", "title": "Bio", "file": "documents/01-bio.md"}
    assert "field 'items[0].file': names the entry 'documents/01-bio.md'" in refused(
        build(kit_entries([doc])))


def test_missing_mimetype_manifest_or_release() -> None:
    full = kit_entries([])
    assert "without the 'mimetype' entry" in refused(build(full[1:]))
    assert "'manifest.json' entry is missing" in refused(build([full[0], full[2]]))
    assert "'release.presskit' entry (the release) is missing" in refused(build(full[:2]))
    wrong = [("mimetype", b"application/zip"), *full[1:]]
    assert "its mimetype is 'application/zip'" in refused(build(wrong))


@pytest.mark.parametrize("name", ["/etc/passwd", "media/../../evil.sh", "../evil.sh",
                                  "C:/Windows/evil.dll", "media\\..\\evil", "media/./x"])
def test_unsafe_entry_names(name: str) -> None:
    text = refused(build(kit_entries([], (name, b"evil"))))
    assert f"entry '{name}'" in text and "refused" in text


def test_manifest_pointing_outside_media() -> None:
    item = {**PHOTO, "file": "release.presskit"}
    assert refused(build(kit_entries([item]))) == (
        f"{NAME}: field 'items[0].file': 'release.presskit' is not an entry name under media/")


def test_symlink_entry() -> None:
    info = zipfile.ZipInfo("media/01-a.jpg")
    info.create_system = 3
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    text = refused(build(kit_entries([PHOTO], (info, b"/etc/passwd"))))
    assert text == f"{NAME}: entry 'media/01-a.jpg' is a symbolic link; refused"


def test_duplicate_names() -> None:
    text = refused(build(kit_entries([PHOTO], ("media/01-a.jpg", b"one"), ("media/01-a.jpg", b"two"))))
    assert text == f"{NAME}: entry 'media/01-a.jpg' appears twice in the ZIP directory; refused"


def test_absurd_compression_ratio_is_refused_before_inflating() -> None:
    bomb = build(kit_entries([PHOTO], ("media/01-a.jpg", bytes(8 * 1024 * 1024))), deflate=True)
    assert len(bomb) < 64 * 1024
    text = refused(bomb)
    assert "entry 'media/01-a.jpg' has an absurd compression ratio" in text
    assert "zip bomb" in text


def test_member_over_the_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(zipread, "MAX_MEMBER_BYTES", 1024 * 1024)
    big = os.urandom(1024 * 1024 + 1)  # incompressible: the ratio is sound, the size is not
    text = refused(build(kit_entries([PHOTO], ("media/01-a.jpg", big)), deflate=True))
    assert text == (f"{NAME}: entry 'media/01-a.jpg' inflates to 1 MiB, over the 1 MiB limit "
                    "for one entry")


def _lie_about_size(data: bytes, name: bytes, size: int) -> bytes:
    """Rewrite the uncompressed size of *name* in its local header and directory entry."""
    out = bytearray(data)
    for sig, size_at in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        pos = 0
        while (pos := out.find(sig, pos)) >= 0:
            name_at = 30 if sig == b"PK\x03\x04" else 46
            if out[pos + name_at:pos + name_at + len(name)] == name:
                out[pos + size_at:pos + size_at + 4] = struct.pack("<I", size)
            pos += 4
    return bytes(out)


def test_member_inflating_past_its_declared_size_is_cut_and_refused() -> None:
    payload = os.urandom(200_000)
    data = build(kit_entries([PHOTO], ("media/01-a.jpg", payload)), deflate=True)
    lying = _lie_about_size(data, b"media/01-a.jpg", 1000)
    assert zipfile.ZipFile(io.BytesIO(lying)).getinfo("media/01-a.jpg").file_size == 1000
    text = refused(lying)
    assert text.startswith(f"{NAME}: entry 'media/01-a.jpg' is damaged or truncated")


def test_too_many_entries() -> None:
    many = [(f"media/{i:04d}.bin", b"x") for i in range(zipread.MAX_ENTRIES)]
    text = refused(build(kit_entries([], *many)))
    assert text == (f"{NAME}: has {zipread.MAX_ENTRIES + 3} entries, more than a kit may hold "
                    f"({zipread.MAX_ENTRIES})")


def test_encrypted_member() -> None:
    data = bytearray(build(kit_entries([PHOTO], ("media/01-a.jpg", b"secret"))))
    # Set the "encrypted" flag bit in the directory entry of the photo.
    pos = data.find(b"PK\x01\x02" , data.find(b"PK\x01\x02") + 1)
    while data[pos + 46:pos + 46 + 14] != b"media/01-a.jpg":
        pos = data.find(b"PK\x01\x02", pos + 1)
    data[pos + 8] |= 1
    assert refused(bytes(data)) == f"{NAME}: entry 'media/01-a.jpg' is encrypted; refused"


@pytest.mark.parametrize(("items", "field", "message"), [
    ([PHOTO, PHOTO, PHOTO, {**PHOTO, "caption": 5}], "items[3].caption", "must be text, not a number"),
    ([{**PHOTO, "credit": ["a"]}], "items[0].credit", "must be text, not a list"),
    ([{**PHOTO, "date": "2026-02-30"}], "items[0].date", "'2026-02-30' is not a real date"),
    ([{"kind": "audio", "file": "media/01-a.jpg"}], "items[0].kind", "'audio' must be one of"),
    ([{"file": "media/01-a.jpg"}], "items[0].kind", "is missing"),
    (["a photo"], "items[0]", "must be an object, not text"),
    ([{"kind": "link", "url": "javascript:alert(1)"}], "items[0].url",
     "'javascript:alert(1)' is not an http, https or mailto link"),
    ([{"kind": "document", "doc_kind": "poem", "file": "documents/01.md"}], "items[0].doc_kind",
     "'poem' must be one of"),
    ([{"kind": "photo", "file": 3}], "items[0].file", "must be text, not a number"),
])
def test_bad_manifest_field_is_named_by_its_path(items: list[Any], field: str, message: str) -> None:
    text = refused(build(kit_entries(items, ("media/01-a.jpg", b"x"), ("documents/01.md", b"# x"))))
    assert text.startswith(f"{NAME}: field '{field}': {message}")


def test_bad_top_level_manifest() -> None:
    assert refused(build(kit_entries([], manifest={"presskit-kit": 1, "items": {}}))) == \
        f"{NAME}: field 'items': must be a list, not an object"
    assert "field 'presskit-kit': missing or not a format version number" in refused(
        build(kit_entries([], manifest={"items": []})))
    assert "entry 'manifest.json' must hold a JSON object, not a list" in refused(
        build(kit_entries([], manifest=[])))  # type: ignore[arg-type]
    bad_json = [("mimetype", MIMETYPE.encode()), ("manifest.json", b"{\"presskit-kit\": 1,"),
                ("release.presskit", release_text())]
    assert "entry 'manifest.json' is not valid JSON (line 1" in refused(build(bad_json))


def test_bad_release_inside_names_the_entry_and_field() -> None:
    release = json.loads(release_text())
    release["date"] = "yesterday"
    entries = kit_entries([])
    entries[2] = ("release.presskit", json.dumps(release).encode())
    assert refused(build(entries)).startswith(
        f"{NAME}: field 'date': release.presskit: 'yesterday' is not an ISO date")


def test_document_that_is_not_utf8() -> None:
    doc = {"kind": "document", "title": "Bio", "file": "documents/01-bio.md"}
    text = refused(build(kit_entries([doc], ("documents/01-bio.md", b"caf\xe9"))))
    assert text == (f"{NAME}: field 'items[0]': entry 'documents/01-bio.md' is not UTF-8 text "
                    "(invalid byte at offset 3)")


def test_load_kit_refuses_a_fifo(tmp_path: Path) -> None:
    fifo = tmp_path / "k.presskit-kit"
    os.mkfifo(fifo)
    with pytest.raises(KitError, match=r"is a named pipe \(FIFO\), not a press kit"):
        load_kit(fifo)


def test_nothing_is_ever_extracted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Loading only reads: an entry named to escape the folder writes nothing anywhere."""
    monkeypatch.chdir(tmp_path)
    kit = tmp_path / "k.presskit-kit"
    kit.write_bytes(build(kit_entries([PHOTO], ("media/01-a.jpg", b"x"), ("../escaped", b"x"))))
    with pytest.raises(KitError):
        load_kit(kit)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["k.presskit-kit"]
    assert not (tmp_path.parent / "escaped").exists()


def test_saving_refuses_an_unsafe_media_name() -> None:
    kit = Kit(release=draft.load(EXAMPLE))
    kit.media["../evil.jpg"] = b"x"
    kit.items.append(Photo(file="../evil.jpg"))
    with pytest.raises(KitError, match=r"field 'items\[0\].file': '../evil.jpg' is not an entry "
                                       r"name under media/"):
        dumps_kit(kit)


def _small_kit() -> bytes:
    kit = loads_kit((EXAMPLE.parent / "dossier-heliade-2.presskit-kit").read_bytes())
    kit.media = {name: blob[:1500] for name, blob in kit.media.items()}
    return dumps_kit(kit)


def test_random_damage_is_always_a_one_line_kit_error() -> None:
    import random

    rng = random.Random(12)
    sound = _small_kit()
    outcomes = set()
    for _ in range(400):
        data = bytearray(sound)
        for _ in range(rng.randint(1, 6)):
            pos = rng.randrange(len(data))
            choice = rng.random()
            if choice < 0.6:
                data[pos] = rng.randrange(256)
            elif choice < 0.8:
                del data[pos:pos + rng.randint(1, 40)]
            else:
                data[pos:pos] = rng.randbytes(rng.randint(1, 16))
        try:
            loads_kit(bytes(data), NAME)
            outcomes.add("loaded")
        except KitError as exc:
            assert "\n" not in str(exc) and str(exc).startswith(NAME + ": ")
            outcomes.add("refused")
    assert "refused" in outcomes


JSON_VALUES: list[Any] = [None, True, 0, -1, 1.5, "", "x" * 300, "media/../x", [], [1], {}, {"a": 1}]


def test_any_json_value_in_any_manifest_field_is_loaded_or_named() -> None:
    sound = _small_kit()
    manifest = json.loads(zipfile.ZipFile(io.BytesIO(sound)).read("manifest.json"))
    for i, item in enumerate(manifest["items"]):
        for key in [*item, "x-new"]:
            for value in JSON_VALUES:
                changed = json.loads(json.dumps(manifest))
                changed["items"][i][key] = value
                data = rezip(sound, {"manifest.json": json.dumps(changed).encode()})
                try:
                    loads_kit(data, NAME)
                except KitError as exc:
                    assert str(exc).startswith(f"{NAME}: field 'items[{i}]"), (key, value, str(exc))



def test_unknown_compression_method() -> None:
    data = bytearray(build(kit_entries([PHOTO], ("media/01-a.jpg", b"x"))))
    info = zipfile.ZipFile(io.BytesIO(bytes(data))).getinfo("media/01-a.jpg")
    pos = data.find(b"PK\x01\x02")  # the central directory entries
    while data[pos + 46:pos + 46 + len(info.filename)] != info.filename.encode():
        pos = data.find(b"PK\x01\x02", pos + 4)
    data[pos + 10:pos + 12] = struct.pack("<H", 99)  # AES, as WinZip writes it
    assert refused(bytes(data)) == (f"{NAME}: entry 'media/01-a.jpg' uses compression method 99, "
                                    "which Presskit cannot read (stored, deflate, bzip2 or LZMA "
                                    "only)")
