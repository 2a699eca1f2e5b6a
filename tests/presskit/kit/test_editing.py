"""The kit being edited (presskit/kit/editing.py) and kit files in the editor's session."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from PIL import Image

from presskit import draft
from presskit.errors import DraftError, KitError, NewerFormatError
from presskit.kit.container import load_kit
from presskit.kit.editing import (
    KIT_KEY,
    DuplicateItem,
    KitEditing,
    MediaSpill,
    has_items,
    referenced_hashes,
    restore_media,
    sha256,
    split_release,
)
from presskit.kit.model import KitDocument, Link, Logo, Photo
from presskit.model import Release
from presskit.session import EditorSession, suffix_for, with_suffix


def jpeg(color: tuple[int, int, int], size: tuple[int, int] = (40, 30)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, color).save(buf, "JPEG", quality=90)
    return buf.getvalue()


def png(color: tuple[int, int, int]) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (16, 16), color).save(buf, "PNG")
    return buf.getvalue()


RED, BLUE = jpeg((200, 30, 30)), jpeg((30, 30, 200))


def release() -> Release:
    return Release(language="fr_FR", title="Lancement réussi", body="Le satellite est en orbite.")


def sample_editing() -> KitEditing:
    e = KitEditing()
    e.add_document("Fiche technique", "- masse : 1,2 t\n", "factsheet")
    e.add_photo("pad.jpg", RED, caption="Le lanceur sur son pas de tir", credit="IOV/J. Martin",
                rights="© IOV 2026 – usage presse uniquement")
    e.add_photo("orbit.jpg", BLUE, caption="Vue d'artiste")
    e.add_logo("logo-iov.png", png((0, 90, 160)))
    e.add_link("https://video.example.org/b-roll", "B-roll, 3 min")
    return e


def save_as_kit(e: KitEditing, path: Path) -> EditorSession:
    """A session editing *e*'s items around release(), saved as the kit *path*."""
    session = EditorSession(release())
    session.media = e.media
    session.save(e.apply_to(release()), path)
    return session


# -- items ---------------------------------------------------------------------------------
def test_add_keeps_order_bytes_and_names() -> None:
    e = sample_editing()
    assert [i.kind for i in e.items] == ["document", "photo", "photo", "logo", "link"]
    pad = e.items[1]
    assert isinstance(pad, Photo)
    assert pad.file == "media/01-pad.jpg" and pad.original_name == "pad.jpg"
    assert e.media[pad.file] is RED  # bytes as added, not re-encoded or copied
    assert pad.alt == ""  # no alt text given: none invented (the PDF falls back to the caption)
    logo = e.items[3]
    assert isinstance(logo, Logo) and logo.title == "logo-iov" and logo.file == "media/03-logo-iov.png"


def test_the_same_photo_twice_is_refused_and_media_deduplicated() -> None:
    e = sample_editing()
    with pytest.raises(DuplicateItem) as info:
        e.add_photo("copie-du-pas-de-tir.jpg", bytes(RED))
    assert info.value.index == 1 and "item 2" in str(info.value)
    assert len(e.items) == 5 and len(e.media) == 3
    # The same bytes as a logo share the photo's entry (stored once).
    logo = e.add_logo("pad-as-logo.jpg", bytes(RED))
    assert logo.file == "media/01-pad.jpg" and len(e.media) == 3


def test_remove_then_insert_restores_the_photo_and_its_bytes() -> None:
    e = sample_editing()
    removed = e.remove(1)
    assert isinstance(removed, Photo) and [i.kind for i in e.items][:2] == ["document", "photo"]
    assert removed.file in e.media  # kept until saved: an undo finds it again
    assert e.kit(release()).media.keys() == {"media/02-orbit.jpg", "media/03-logo-iov.png"}
    e.insert(1, removed)
    assert e.items[1] is removed
    # A new photo after a removal never reuses the removed one's entry name.
    e.remove(1)
    added = e.add_photo("new.jpg", jpeg((0, 200, 0)))
    assert added.file == "media/04-new.jpg"


def test_move_and_update() -> None:
    e = sample_editing()
    assert e.move(2, 0) is True
    assert isinstance(e.items[0], Photo) and e.items[0].caption == "Vue d'artiste"
    assert e.move(0, 0) is False
    assert e.move(0, 99) is True and isinstance(e.items[-1], Photo)
    assert e.update(0, title="Fiche d'identité", body="Texte") is True
    assert e.update(0, title="Fiche d'identité") is False
    doc = e.items[0]
    assert isinstance(doc, KitDocument) and (doc.title, doc.body) == ("Fiche d'identité", "Texte")
    with pytest.raises(ValueError, match="'file' cannot be edited"):
        e.update(1, file="media/../../etc/passwd")
    with pytest.raises(ValueError, match="unknown document kind"):
        e.update(0, doc_kind="novel")
    with pytest.raises(IndexError, match="no kit item 9"):
        e.remove(8)


def test_values_the_kit_file_would_refuse_are_refused() -> None:
    e = sample_editing()
    for bad in ("https://", "javascript:alert(1)", "www.example.org"):
        with pytest.raises(ValueError, match="web address"):
            e.update(4, url=bad)
        with pytest.raises(ValueError, match="web address"):
            e.add_link(bad)
    assert e.update(4, url="  https://video.example.org/new ") is True
    assert e.items[4].url == "https://video.example.org/new"  # type: ignore[union-attr]
    for bad in ("2026-13-01", "5 mars 2026", "2026-2-3"):
        with pytest.raises(ValueError, match="like 2026-03-05"):
            e.update(1, date=bad)
    assert e.update(1, date="2026-03-05") and e.update(1, date="")
    assert len(e.items) == 5


def test_dirty_tracks_every_change_and_mark_saved() -> None:
    e = sample_editing()
    e.mark_saved()
    assert not e.dirty
    e.update(1, credit="IOV/J. Martin")
    assert not e.dirty  # the same value: nothing changed
    e.update(1, credit="IOV/A. Roux")
    assert e.dirty
    e.update(1, credit="IOV/J. Martin")
    assert not e.dirty  # back to what was saved
    e.move(1, 2)
    assert e.dirty
    e.mark_saved()
    assert not e.dirty


# -- the release carries the items while it is edited ----------------------------------------
def test_items_travel_in_the_release_and_back() -> None:
    e = sample_editing()
    e.items[1].extra["x-future"] = {"keep": True}  # type: ignore[union-attr]
    e.extra["x-top"] = 7
    carried = e.apply_to(release())
    assert has_items(carried) and not has_items(release())
    # Through the draft text (undo history, autosave) and back.
    text = draft.dumps(carried)
    stored = json.loads(text)[KIT_KEY]
    assert stored["items"][1]["sha256"] == sha256(RED)
    assert stored["items"][1]["caption"] == "Le lanceur sur son pas de tir"
    again = KitEditing.from_release(draft.loads(text), e.media)
    assert again.state() == e.state()
    assert again.items[1].extra == {"x-future": {"keep": True}} and again.extra == {"x-top": 7}
    plain, got = split_release(carried)
    assert KIT_KEY not in plain.extra and got is not None and KIT_KEY in carried.extra


def test_sync_from_an_undone_release() -> None:
    e = sample_editing()
    before = e.apply_to(release())
    e.remove(0)
    assert e.sync_from(before) is True
    assert isinstance(e.items[0], KitDocument) and len(e.items) == 5
    assert e.sync_from(before) is False
    assert e.sync_from(release()) is True and len(e.items) == 0


def test_kit_has_the_plain_release_and_only_the_media_used() -> None:
    e = sample_editing()
    e.remove(2)
    kit = e.kit(e.apply_to(release()))
    assert KIT_KEY not in kit.release.extra and kit.release.title == "Lancement réussi"
    assert sorted(kit.media) == ["media/01-pad.jpg", "media/03-logo-iov.png"]
    assert [type(i) for i in kit.items] == [KitDocument, Photo, Logo, Link]


# -- kit files through the editor's session --------------------------------------------------
def test_session_saves_and_opens_a_kit(tmp_path: Path) -> None:
    e = sample_editing()
    carried = e.apply_to(release())
    assert suffix_for(carried) == ".presskit-kit" and suffix_for(release()) == ".presskit"
    session = EditorSession(release())
    session.media = e.media
    path = tmp_path / "dossier.presskit-kit"
    session.save(carried, path)
    assert not session.dirty
    kit = load_kit(path)  # the container's own reader
    assert KIT_KEY not in kit.release.extra and kit.release.body == "Le satellite est en orbite."
    assert [i.kind for i in kit.items] == ["document", "photo", "photo", "logo", "link"]
    assert kit.media["media/01-pad.jpg"] == RED and kit.media["media/02-orbit.jpg"] == BLUE
    with zipfile.ZipFile(path) as zf:
        assert KIT_KEY not in zf.read("release.presskit").decode("utf-8")

    opened = EditorSession.open(path)
    assert opened.path == path and not opened.dirty
    assert KitEditing.from_release(draft.loads(opened.text), opened.media).state() == e.state()
    assert opened.media["media/01-pad.jpg"] == RED
    # A second save of the same kit gives the same bytes.
    before = path.read_bytes()
    opened.save(draft.loads(opened.text), path)
    assert path.read_bytes() == before and (tmp_path / "dossier.presskit-kit.bak").exists()


def test_a_release_with_items_is_never_saved_as_a_draft(tmp_path: Path) -> None:
    session = EditorSession(release())
    with pytest.raises(ValueError, match=r"saved as a \.presskit-kit"):
        session.save(sample_editing().apply_to(release()), tmp_path / "r.presskit")
    assert not (tmp_path / "r.presskit").exists()


def test_missing_bytes_refuse_the_save_naming_the_item(tmp_path: Path) -> None:
    e = sample_editing()
    carried = e.apply_to(release())
    session = EditorSession(release())  # no media
    with pytest.raises(KitError, match=r"items\[1\].*'pad.jpg' are missing"):
        session.save(carried, tmp_path / "k.presskit-kit")
    assert not (tmp_path / "k.presskit-kit").exists()


def test_a_damaged_or_newer_kit_opens_like_a_damaged_draft(tmp_path: Path) -> None:
    bad = tmp_path / "bad.presskit-kit"
    bad.write_bytes(b"not a zip at all")
    with pytest.raises(DraftError) as info:
        EditorSession.open(bad)
    assert "bad.presskit-kit" in str(info.value)
    with pytest.raises(DraftError):
        EditorSession.open_lenient(bad)
    e = sample_editing()
    good = tmp_path / "good.presskit-kit"
    save_as_kit(e, good)
    with zipfile.ZipFile(good) as zf:
        entries = {n: zf.read(n) for n in zf.namelist()}
    manifest = json.loads(entries["manifest.json"])
    manifest["presskit-kit"] = 99
    newer = tmp_path / "newer.presskit-kit"
    with zipfile.ZipFile(newer, "w") as zf:
        zf.writestr("mimetype", entries["mimetype"], compress_type=zipfile.ZIP_STORED)
        for name, data in entries.items():
            if name != "mimetype":
                zf.writestr(name, json.dumps(manifest) if name == "manifest.json" else data)
    with pytest.raises(NewerFormatError):
        EditorSession.open(newer)


def test_revert_reloads_the_kit(tmp_path: Path) -> None:
    e = sample_editing()
    path = tmp_path / "k.presskit-kit"
    save_as_kit(e, path)
    opened = EditorSession.open(path)
    e2 = KitEditing.from_release(draft.loads(opened.text), opened.media)
    e2.remove(1)
    opened.update(e2.apply_to(draft.loads(opened.text)))
    assert opened.dirty
    back = opened.revert()
    assert not opened.dirty and len(KitEditing.from_release(back, opened.media)) == 5


def test_save_as_suffixes() -> None:
    assert with_suffix("a/dossier", ".presskit-kit") == Path("a/dossier.presskit-kit")
    assert with_suffix("a/dossier.presskit", ".presskit-kit") == Path("a/dossier.presskit-kit")
    assert with_suffix("a/dossier.presskit-kit", ".presskit-kit") == Path("a/dossier.presskit-kit")
    assert with_suffix("a/dossier.presskit-kit") == Path("a/dossier.presskit")
    assert with_suffix("a/notes.txt") == Path("a/notes.txt.presskit")


# -- recovery: the autosave keeps the items, the spill keeps the photos ------------------------
def test_recovered_autosave_gets_its_photos_back(tmp_path: Path) -> None:
    e = sample_editing()
    spill = MediaSpill(tmp_path / "kit-media")
    for blob in e.media.values():
        spill.put(blob)
    autosave_text = draft.dumps(e.apply_to(release()))
    session = EditorSession.recovered(autosave_text, None)
    assert session.dirty and session.media == {}
    recovered = draft.loads(session.text)
    assert restore_media(recovered, session.media, [spill]) == []
    assert session.media["media/01-pad.jpg"] == RED
    assert KitEditing.from_release(recovered, session.media).missing_media() == []
    # A photo whose bytes are nowhere is named, and the others still come back.
    (tmp_path / "kit-media" / sha256(BLUE)).unlink()
    media: dict[str, bytes] = {}
    assert restore_media(recovered, media, [spill]) == ["orbit.jpg"]
    assert media["media/01-pad.jpg"] == RED


def test_recovered_autosave_of_a_saved_kit(tmp_path: Path) -> None:
    e = sample_editing()
    path = tmp_path / "k.presskit-kit"
    save_as_kit(e, path)
    e.update(1, caption="Nouvelle légende")
    session = EditorSession.recovered(draft.dumps(e.apply_to(release())), str(path))
    assert session.path == path and session.dirty
    assert session.media["media/01-pad.jpg"] == RED  # from the kit on disk


def test_spill_checks_hashes_and_prunes(tmp_path: Path) -> None:
    spill = MediaSpill(tmp_path / "m")
    red, blue = spill.put(RED), spill.put(BLUE)
    assert spill.put(RED) == red and spill.get(red) == RED
    (tmp_path / "m" / blue).write_bytes(b"tampered")
    assert spill.get(blue) is None
    with pytest.raises(ValueError):
        spill.path("../../etc/passwd")
    texts = [draft.dumps(sample_editing().apply_to(release())), "not json", "{}"]
    keep = referenced_hashes(texts)
    assert red in keep and blue in keep
    (tmp_path / "m" / blue).unlink()
    stray = spill.put(jpeg((1, 2, 3)))
    assert spill.prune(keep, older_than=3600) == 0 and spill.get(stray) is not None  # too new
    assert spill.prune(keep) == 1 and spill.get(stray) is None and spill.get(red) == RED


# -- files added in the editor (presskit/kit/incoming.py) --------------------------------------
def test_incoming_photo_with_metadata_and_an_upright_thumbnail(tmp_path: Path) -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).parent))
    import factory

    from presskit.kit.incoming import read_incoming

    xmp = factory.xmp_packet(description="La salle blanche", credit="IOV/M. Laurent",
                             rights="© IOV 2026", alt="Un satellite doré sous une bâche")
    data = factory.jpeg(factory.picture((200, 300)), xmp=xmp, orientation=6)
    path = tmp_path / "salle.jpg"
    path.write_bytes(data)
    got = read_incoming(path)
    assert (got.kind, got.name, got.data, got.digest) == ("photo", "salle.jpg", data, sha256(data))
    assert (got.caption, got.credit, got.rights) == ("La salle blanche", "IOV/M. Laurent", "© IOV 2026")
    assert got.alt == "Un satellite doré sous une bâche"
    assert (got.width, got.height) == (300, 200)
    with Image.open(io.BytesIO(got.thumbnail)) as thumb:
        assert thumb.format == "PNG" and thumb.size == (300, 200)  # upright, at most 300 px
    assert read_incoming(path, logo=True).kind == "logo"


def test_incoming_documents_and_logos(tmp_path: Path) -> None:
    from presskit.kit.incoming import read_incoming

    md = tmp_path / "fiche-technique.md"
    md.write_bytes("\ufeff# Héliade-2 en chiffres\r\n\r\n- masse : 1,2 t\r\n".encode())
    doc = read_incoming(md)
    assert (doc.kind, doc.title, doc.body, doc.doc_kind) == (
        "document", "Héliade-2 en chiffres", "- masse : 1,2 t\n", "factsheet")
    plain = tmp_path / "notes.md"
    plain.write_text("Pas de titre ici.\n", encoding="utf-8")
    assert (read_incoming(plain).title, read_incoming(plain).body) == ("notes", "Pas de titre ici.\n")
    svg = tmp_path / "logo-iov.svg"
    svg.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>', encoding="utf-8")
    logo = read_incoming(svg)
    assert (logo.kind, logo.title, logo.thumbnail) == ("logo", "logo-iov", b"")


def test_incoming_refusals_name_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    from presskit.errors import ImageError, PresskitError
    from presskit.kit import incoming

    text = tmp_path / "photo.jpg"
    text.write_text("not an image", encoding="utf-8")
    with pytest.raises(ImageError, match=r"photo\.jpg"):
        incoming.read_incoming(text)
    latin = tmp_path / "bio.md"
    latin.write_bytes("Biographie de Zoé".encode("latin-1"))
    with pytest.raises(KitError, match=r"bio\.md.*not UTF-8"):
        incoming.read_incoming(latin)
    with pytest.raises(KitError, match="is a folder"):
        incoming.read_incoming(tmp_path)
    fifo = tmp_path / "pipe.jpg"
    os.mkfifo(fifo)
    with pytest.raises(KitError, match=r"pipe\.jpg: is a named pipe \(FIFO\)"):
        incoming.read_incoming(fifo)
    with pytest.raises(PresskitError, match=r"missing\.jpg: no such file"):
        incoming.read_incoming(tmp_path / "missing.jpg")
    big = tmp_path / "big.md"
    big.write_bytes(b"x" * 2048)
    monkeypatch.setattr(incoming, "MAX_DOCUMENT_BYTES", 1024)
    with pytest.raises(KitError, match=r"big\.md: file is too large for a kit item"):
        incoming.read_incoming(big)


def test_a_kit_backup_opens_as_an_untitled_kit(tmp_path: Path) -> None:
    e = sample_editing()
    path = tmp_path / "k.presskit-kit"
    s = save_as_kit(e, path)
    e.update(1, caption="Deuxième version")
    s.save(e.apply_to(release()), path)  # the first version goes to k.presskit-kit.bak
    backup = EditorSession.from_backup(tmp_path / "k.presskit-kit.bak", path)
    assert backup.path is None and backup.suggested_path == path and backup.dirty
    items = KitEditing.from_release(draft.loads(backup.text), backup.media)
    assert items.items[1].caption == "Le lanceur sur son pas de tir"  # type: ignore[union-attr]
    assert backup.media["media/01-pad.jpg"] == RED
