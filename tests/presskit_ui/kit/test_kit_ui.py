"""The press kit in the editor: the Kit dock, adding and editing items, undo, saving as a kit,
opening one, autosave recovery, the kit preview and the exports (real window, real form)."""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtPdfWidgets")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # editor_helpers
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "presskit" / "kit"))  # factory

import factory
from editor_helpers import answer, close_all, forbid_dialogs, normalized, pdf_text
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from presskit import draft
from presskit.kit.container import load_kit
from presskit.kit.editing import KIT_KEY, has_items
from presskit.kit.model import KitDocument, Link, Photo
from presskit.model import Release
from presskit.session import EditorSession
from presskit_ui.context import AppContext
from presskit_ui.kit import install
from presskit_ui.kit.feature import NAME, KitFeature
from presskit_ui.window.manager import WindowManager

CAPTION = "Héliade-2 en salle blanche avant son encapsulation"
CREDIT = "IOV/M. Laurent"
RIGHTS = "© IOV 2026 – usage presse uniquement"
ALT = "Le satellite, un cube doré aux panneaux déployés, dans une salle blanche"


@pytest.fixture
def calls(monkeypatch):
    return forbid_dialogs(monkeypatch)


@pytest.fixture
def manager(qtbot, calls):
    m = WindowManager(AppContext.create())
    if install not in m.features and not any(getattr(f, "__module__", "").startswith(
            "presskit_ui.kit") for f in m.features):
        m.features.append(install)
    yield m
    close_all(m, qtbot)


@pytest.fixture
def photos(tmp_path: Path) -> list[Path]:
    xmp = factory.xmp_packet(description=CAPTION, credit=CREDIT, rights=RIGHTS, alt=ALT)
    first = tmp_path / "salle-blanche.jpg"
    first.write_bytes(factory.jpeg(factory.picture((320, 200)), xmp=xmp))
    second = tmp_path / "portrait.jpg"
    iptc = factory.iptc_block(caption="Claire Dumoulin, cheffe de projet", credit="IOV/J. Roux")
    second.write_bytes(factory.jpeg(factory.picture((200, 300), hue=90), iptc=iptc, orientation=6))
    return [first, second]


def release() -> Release:
    return Release(language="fr_FR", title="Héliade-2 prête au lancement",
                   body="Le satellite a quitté la salle blanche.")


def open_window(manager, qtbot, session: EditorSession | None = None):
    w = manager.new_window(session or EditorSession(release(), None), show=False)
    feature = w.findChild(KitFeature, NAME)
    assert feature is not None
    qtbot.waitUntil(lambda: feature.session is w.session, timeout=3000)
    return w, feature


def add_and_wait(qtbot, feature: KitFeature, paths: list[Path], **kw) -> None:
    before = len(feature.editing.items)
    feature.add_paths(paths, **kw)
    qtbot.waitUntil(lambda: len(feature.editing.items) > before, timeout=10000)


def kit_text(w) -> str:
    data = w.preview.current_pdf_bytes()
    return normalized(pdf_text(data)) if data else ""


# -- adding ----------------------------------------------------------------------------------
def test_photos_added_with_their_metadata_thumbnails_and_one_undo_step(manager, qtbot, photos) -> None:
    w, feature = open_window(manager, qtbot)
    assert w.menuBar().actions()[3].menu() is feature.menu or feature.menu.menuAction() in w.menuBar().actions()
    add_and_wait(qtbot, feature, photos)
    items = feature.editing.items
    assert [type(i) for i in items] == [Photo, Photo]
    first, second = items
    assert isinstance(first, Photo) and isinstance(second, Photo)
    assert (first.caption, first.credit, first.rights, first.alt) == (CAPTION, CREDIT, RIGHTS, ALT)
    assert second.alt == ""  # none in its metadata: left empty, the placeholder says why
    assert (second.caption, second.credit) == ("Claire Dumoulin, cheffe de projet", "IOV/J. Roux")
    assert w.session.media[first.file] == photos[0].read_bytes()  # byte for byte
    # Thumbnails were made off the GUI thread, upright: pixels stored 200×300 with EXIF
    # orientation 6 show 300×200.
    thumb = feature.thumbs[second.file]
    assert (thumb.width(), thumb.height()) == (300, 200)
    assert not feature.panel.list.item(0).icon().isNull()
    assert has_items(w.current_release()) and w.isWindowModified()
    assert feature.panel.list.count() == 2 and not feature.dock.isHidden()
    # The whole batch is one undo step.
    w.undo()
    assert feature.editing.items == [] and feature.panel.list.count() == 0
    w.redo()
    assert [i.caption for i in feature.editing.items] == [CAPTION, "Claire Dumoulin, cheffe de projet"]  # type: ignore[union-attr]


def test_a_file_that_is_not_a_photo_is_refused_by_name(manager, qtbot, photos, monkeypatch, tmp_path) -> None:
    _w, feature = open_window(manager, qtbot)
    bad = tmp_path / "notes.jpg"
    bad.write_text("not an image", encoding="utf-8")
    seen: list[tuple] = []
    answer(monkeypatch, "InfoDialog.show", None, seen)
    add_and_wait(qtbot, feature, [bad, photos[0]])
    assert len(feature.editing.items) == 1
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    assert "notes.jpg" in seen[0][3]
    # The same photo again: refused, named, the kit unchanged.
    seen.clear()
    feature.add_paths([photos[0]])
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    assert "already in the kit (item 1)" in seen[0][3] and len(feature.editing.items) == 1


def test_dropping_files_adds_them_where_they_land(manager, qtbot, photos, tmp_path) -> None:
    _w, feature = open_window(manager, qtbot)
    doc = tmp_path / "biographie-claire-dumoulin.md"
    doc.write_text("# Claire Dumoulin\n\nIngénieure, cheffe du projet Héliade-2.\n", encoding="utf-8")
    add_and_wait(qtbot, feature, [photos[0]])
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(doc))])
    lst = feature.panel.list
    top = lst.visualItemRect(lst.item(0)).topLeft()
    event = QDropEvent(QPointF(top.x() + 2, top.y() + 1), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    lst.dropEvent(event)
    qtbot.waitUntil(lambda: len(feature.editing.items) == 2, timeout=10000)
    doc_item = feature.editing.items[0]
    assert isinstance(doc_item, KitDocument)
    assert (doc_item.title, doc_item.doc_kind) == ("Claire Dumoulin", "biography")
    assert doc_item.body.startswith("Ingénieure")


def test_files_dropped_on_an_empty_kit_are_added(manager, qtbot, photos) -> None:
    _w, feature = open_window(manager, qtbot)
    panel = feature.panel
    assert not panel.list.isVisibleTo(panel) and panel.empty.isVisibleTo(panel)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in photos])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    panel.dropEvent(event)
    qtbot.waitUntil(lambda: len(feature.editing.items) == 2, timeout=10000)
    assert panel.list.isVisibleTo(panel) and not panel.empty.isVisibleTo(panel)


# -- editing in place, order, removal ---------------------------------------------------------
def test_caption_edited_in_place_is_one_undo_step(manager, qtbot, photos) -> None:
    w, feature = open_window(manager, qtbot)
    add_and_wait(qtbot, feature, [photos[0]])
    editor = feature.panel.photo_editor
    assert editor.caption.value() == CAPTION and editor.rights.value() == RIGHTS
    editor.credit.setFocus()
    editor.credit.selectAll()
    qtbot.keyClicks(editor.credit, "IOV/Studio Nord")
    qtbot.waitUntil(lambda: feature.editing.items[0].credit == "IOV/Studio Nord", timeout=3000)  # type: ignore[union-attr]
    assert json_items(w)[0]["credit"] == "IOV/Studio Nord"
    w.undo()
    assert feature.editing.items[0].credit == CREDIT  # type: ignore[union-attr]
    assert editor.credit.value() == CREDIT  # the field shows the undone value


def json_items(w) -> list[dict]:
    return w.current_release().extra[KIT_KEY]["items"]


def test_bad_date_is_not_taken_and_says_why(manager, qtbot, photos) -> None:
    w, feature = open_window(manager, qtbot)
    add_and_wait(qtbot, feature, [photos[0]])
    messages: list[str] = []
    w.status.show_message = messages.append  # type: ignore[method-assign]
    feature.field_edited(0, "date", "5 mars")
    feature.flush_edits()
    assert feature.editing.items[0].date == ""  # type: ignore[union-attr]
    assert messages and "2026-03-05" in messages[-1]


def test_documents_use_the_body_editor(manager, qtbot) -> None:
    from presskit_ui.form.body_editor import BodyEditor

    _w, feature = open_window(manager, qtbot)
    feature.new_document()
    doc_editor = feature.panel.document_editor
    assert isinstance(doc_editor.body, BodyEditor)
    assert feature.panel.stack.currentWidget() is doc_editor
    doc_editor.body.editor.setFocus()
    qtbot.keyClicks(doc_editor.body.editor, "Masse au lancement : 1,2 t")
    qtbot.waitUntil(lambda: "1,2 t" in feature.editing.items[0].body, timeout=3000)  # type: ignore[union-attr]
    assert feature.editing.items[0].title == "Fact sheet"  # type: ignore[union-attr]
    # Spelling is underlined in documents as in the release (preflight's speller).
    from presskit_ui.preflight.spelling_ui import SpellingHighlighter

    assert doc_editor.body.editor.document().findChild(SpellingHighlighter) is not None
    assert feature.panel.photo_editor.caption.document().findChild(SpellingHighlighter) is not None


def test_move_and_remove_are_undoable(manager, qtbot, photos) -> None:
    w, feature = open_window(manager, qtbot)
    add_and_wait(qtbot, feature, photos)
    feature.panel.select(1)  # a new item goes after the selected one
    assert feature.add_link("https://video.example.org/heliade-2", "B-roll, 3 min")
    assert isinstance(feature.editing.items[2], Link)
    feature.panel.select(2)
    feature.panel.up.click()
    assert [i.kind for i in feature.editing.items] == ["photo", "link", "photo"]
    assert feature.panel.current_index() == 1
    feature.panel.remove.click()
    assert [i.kind for i in feature.editing.items] == ["photo", "photo"]
    w.undo()
    assert [i.kind for i in feature.editing.items] == ["photo", "link", "photo"]
    w.undo()
    assert [i.kind for i in feature.editing.items] == ["photo", "photo", "link"]


# -- saving and opening -----------------------------------------------------------------------
def test_untitled_release_with_items_is_saved_as_a_kit(manager, qtbot, photos, monkeypatch, tmp_path) -> None:
    w, feature = open_window(manager, qtbot)
    add_and_wait(qtbot, feature, photos)
    asked: list[tuple] = []
    answer(monkeypatch, "FileDialogs.save_draft", tmp_path / "dossier", asked)
    assert w.save()
    assert asked[0][1].name.endswith(".presskit-kit") and "Press kits" in asked[0][2]
    path = tmp_path / "dossier.presskit-kit"
    assert w.session.path == path and not w.isWindowModified()
    kit = load_kit(path)
    assert [p.caption for p in kit.photos()] == [CAPTION, "Claire Dumoulin, cheffe de projet"]
    assert kit.media[kit.photos()[0].file] == photos[0].read_bytes()
    assert KIT_KEY not in kit.release.extra and kit.release.title == "Héliade-2 prête au lancement"


def test_a_draft_that_gets_items_asks_once_then_saves_a_kit(manager, qtbot, photos, monkeypatch, tmp_path) -> None:
    original = tmp_path / "communique.presskit"
    draft.save(release(), original, backup=False)
    before = original.read_bytes()
    w, feature = open_window(manager, qtbot, EditorSession.open(original))
    add_and_wait(qtbot, feature, [photos[0]])
    questions: list[tuple] = []
    answer(monkeypatch, "ConfirmDialog.ask", False, questions)
    assert not w.save()  # declined: nothing written, still modified
    assert original.read_bytes() == before and w.isWindowModified()
    assert "kit items" in questions[0][2]
    answer(monkeypatch, "ConfirmDialog.ask", True, questions)
    answer(monkeypatch, "FileDialogs.save_draft", lambda _self, suggested, _f: suggested)
    assert w.save()
    kit_path = tmp_path / "communique.presskit-kit"
    assert w.session.path == kit_path and load_kit(kit_path).photos()[0].caption == CAPTION
    assert original.read_bytes() == before  # the draft is left as it was
    # Saving again writes the kit, asking nothing.
    questions.clear()
    feature.field_edited(0, "caption", "Nouvelle légende")
    assert w.save()
    assert not questions and load_kit(kit_path).photos()[0].caption == "Nouvelle légende"


def test_opening_a_kit_shows_its_items(manager, qtbot) -> None:
    example = Path(__file__).resolve().parents[3] / "examples" / "dossier-heliade-2.presskit-kit"
    w = manager.open_path(example)
    assert w is not None
    feature = w.findChild(KitFeature, NAME)
    qtbot.waitUntil(lambda: feature.session is w.session, timeout=3000)
    kit = load_kit(example)
    assert [i.kind for i in feature.editing.items] == [i.kind for i in kit.items]
    assert feature.panel.list.count() == len(kit.items) and not feature.dock.isHidden()
    assert w.current_release().title == kit.release.title and not w.isWindowModified()
    qtbot.waitUntil(lambda: len(feature.thumbs) >= len(kit.photos()), timeout=10000)
    # The preview shows the whole kit from the start, not only its release.
    last_doc = kit.documents()[-1].title
    qtbot.waitUntil(lambda: normalized(last_doc) in kit_text(w), timeout=30000)
    assert kit.photos()[0].credit in kit_text(w)
    # Looking at every item (the spelling underlines drawn meanwhile) changes nothing.
    for row in range(len(kit.items)):
        feature.panel.select(row)
        qtbot.wait(20)
    qtbot.wait(600)
    assert not w.isWindowModified() and not w.session.dirty
    assert [d.body for d in feature.editing.items if isinstance(d, KitDocument)] == \
        [d.body for d in kit.documents()]


def test_autosave_recovery_keeps_items_and_photos(manager, qtbot, photos, monkeypatch) -> None:
    w, feature = open_window(manager, qtbot)
    add_and_wait(qtbot, feature, photos)
    assert w.autosave_now()
    text = w.autosaver.draft_file.read_text(encoding="utf-8")
    assert KIT_KEY in text and photos[0].name in text
    # The editor dies (its autosave left behind as a dead process's); this window closes
    # cleanly, which must keep the photos the orphaned autosave still needs.
    from presskit.draft_safety import Autosaver, Owner

    dead = Autosaver(manager.ctx.data_dir, Owner(pid=999_999, started="linux:1"), ident="crashed")
    dead.write(text, None, "Héliade-2")
    w.shutdown()
    assert not w.autosaver.draft_file.exists() and dead.draft_file.exists()
    answer(monkeypatch, "RecoveryDialog.ask", lambda _p, entries: (entries, []))
    [recovered] = manager.offer_recovery()
    feature2 = recovered.findChild(KitFeature, NAME)
    qtbot.waitUntil(lambda: feature2.session is recovered.session, timeout=3000)
    assert [p.caption for p in feature2.editing.items] == [CAPTION, "Claire Dumoulin, cheffe de projet"]  # type: ignore[union-attr]
    first = feature2.editing.items[0]
    assert recovered.session.media[first.file] == photos[0].read_bytes()  # type: ignore[union-attr]
    assert recovered.isWindowModified()


# -- preview and export ---------------------------------------------------------------------
def test_preview_shows_the_whole_kit(manager, qtbot, photos) -> None:
    w, feature = open_window(manager, qtbot)
    add_and_wait(qtbot, feature, [photos[0]])
    feature.new_document()
    feature.field_edited(1, "title", "Fiche technique Héliade-2")
    feature.flush_edits()
    qtbot.waitUntil(lambda: "Fiche technique Héliade-2" in kit_text(w) and CREDIT in kit_text(w),
                    timeout=20000)
    text = kit_text(w)
    assert text.index("Héliade-2 prête au lancement") < text.index("Fiche technique Héliade-2") \
        < text.index(normalized(CAPTION))


def test_export_kit_pdf_and_zip(manager, qtbot, photos, tmp_path) -> None:
    w, feature = open_window(manager, qtbot)
    add_and_wait(qtbot, feature, photos)
    pdf = tmp_path / "dossier.pdf"
    assert feature.exports.export("pdf", pdf)
    qtbot.waitUntil(lambda: pdf.exists() and not w.runner.is_busy("kit-export"), timeout=30000)
    text = normalized(pdf_text(pdf.read_bytes()))
    assert normalized(CAPTION) in text and CREDIT in text
    out = tmp_path / "dossier.zip"
    assert feature.exports.export("zip", out)
    qtbot.waitUntil(lambda: out.exists() and not w.runner.is_busy("kit-export"), timeout=30000)
    with zipfile.ZipFile(io.BytesIO(out.read_bytes())) as zf:
        originals = [zf.read(n) for n in zf.namelist() if "/photos/" in n]
    assert photos[0].read_bytes() in originals and photos[1].read_bytes() in originals


def test_export_newsroom_folder(manager, qtbot, photos, tmp_path) -> None:
    _w, feature = open_window(manager, qtbot)
    add_and_wait(qtbot, feature, [photos[0]])
    site = tmp_path / "site"
    assert feature.exports.export("html", site)
    qtbot.waitUntil(lambda: feature.exports.last is not None, timeout=30000)
    import html

    page = normalized(html.unescape((site / "index.html").read_text(encoding="utf-8")))
    assert "Héliade-2 prête au lancement" in page and CREDIT in page and CAPTION in page
    originals = [p.read_bytes() for p in (site / "photos").iterdir()]
    assert originals == [photos[0].read_bytes()]


def test_cancelled_export_writes_nothing(manager, qtbot, photos, tmp_path) -> None:
    w, feature = open_window(manager, qtbot)
    add_and_wait(qtbot, feature, photos)
    out = tmp_path / "dossier.zip"
    assert feature.exports.export("zip", out)
    feature.exports.cancel()
    w.runner.wait(30000)
    qtbot.wait(50)
    assert not out.exists() and feature.exports.last is None


def test_a_damaged_kit_offers_its_backup(manager, qtbot, photos, monkeypatch, tmp_path) -> None:
    w, feature = open_window(manager, qtbot)
    add_and_wait(qtbot, feature, [photos[0]])
    path = tmp_path / "dossier.presskit-kit"
    answer(monkeypatch, "FileDialogs.save_draft", path)
    assert w.save()
    feature.field_edited(0, "caption", "Deuxième version")
    assert w.save()  # the first version is now dossier.presskit-kit.bak
    w.shutdown()
    manager.forget(w)
    path.write_bytes(path.read_bytes()[:200])  # truncated
    offered: list[tuple] = []
    answer(monkeypatch, "DamagedDraftDialog.ask", True, offered)
    opened = manager.open_path(path)
    assert offered and offered[0][3] == tmp_path / "dossier.presskit-kit.bak"
    assert opened is not None and opened.session.path is None  # an untitled copy
    assert opened.session.suggested_path == path
    restored = opened.findChild(KitFeature, NAME)
    qtbot.waitUntil(lambda: restored.session is opened.session, timeout=3000)
    assert [p.caption for p in restored.editing.items] == [CAPTION]  # type: ignore[union-attr]
    assert opened.session.media[restored.editing.items[0].file] == photos[0].read_bytes()  # type: ignore[union-attr]


def test_keyboard_and_drag_reorder(manager, qtbot, photos) -> None:
    from PySide6.QtTest import QTest

    w, feature = open_window(manager, qtbot)
    add_and_wait(qtbot, feature, photos)
    feature.panel.select(1)
    assert feature.add_link("https://video.example.org/heliade-2")
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=3000)
    lst = feature.panel.list
    first = [i.kind for i in feature.editing.items]
    assert first == ["photo", "photo", "link"]
    # Drag the first row below the last one.
    lst.setCurrentRow(0)
    lst._drag_row = 0  # what startDrag records
    mime = lst.mimeData([lst.item(0)])
    bottom = lst.visualItemRect(lst.item(2)).bottomLeft()
    event = QDropEvent(QPointF(bottom.x() + 2, bottom.y() - 1), Qt.DropAction.MoveAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    lst.dropEvent(event)
    assert [i.kind for i in feature.editing.items] == ["photo", "link", "photo"]
    assert lst.count() == 3  # Qt moved no row itself: the list shows the kit
    # Alt+Up and Delete on the list.
    lst.setFocus()
    qtbot.waitUntil(lst.hasFocus, timeout=3000)
    lst.setCurrentRow(2)
    QTest.keyClick(lst, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [i.kind for i in feature.editing.items] == ["photo", "photo", "link"]
    lst.setCurrentRow(2)
    QTest.keyClick(lst, Qt.Key.Key_Delete)
    assert [i.kind for i in feature.editing.items] == ["photo", "photo"]


def test_closing_keeps_the_last_typed_caption(manager, qtbot, photos, monkeypatch) -> None:
    w, feature = open_window(manager, qtbot)
    add_and_wait(qtbot, feature, [photos[0]])
    w.session.saved_text = w.session.text  # as if just saved: only the next edit is unsaved
    w.setWindowModified(False)
    feature.field_edited(0, "caption", "Légende tapée juste avant de fermer")
    asked: list[tuple] = []
    answer(monkeypatch, "UnsavedChangesDialog.ask", "cancel", asked)
    assert not w.close()
    assert asked and feature.editing.items[0].caption == "Légende tapée juste avant de fermer"  # type: ignore[union-attr]


def test_installing_twice_adds_nothing_more(manager, qtbot) -> None:
    w, feature = open_window(manager, qtbot)
    menus = len(w.menuBar().actions())
    file_entries = len(w.menus.menu("file").actions())
    assert install(w) is feature
    assert len(w.menuBar().actions()) == menus and len(w.menus.menu("file").actions()) == file_entries
    assert len(w.findChildren(KitFeature)) == 1 and w.document_kinds == [feature.kind]
    entries = [a.objectName() for a in w.menus.menu("file").actions()]
    assert entries.index("action_kit_save_as_kit") == entries.index("action_save_as") + 1


def test_cancelled_adding_adds_nothing(manager, qtbot, photos) -> None:
    from presskit_ui.kit.progress import JobProgress

    w, feature = open_window(manager, qtbot)
    messages: list[str] = []
    w.status.show_message = messages.append  # type: ignore[method-assign]
    feature.add_paths(photos)
    [progress] = [p for p in w.findChildren(JobProgress) if p.active]
    progress.cancel()
    w.runner.wait(30000)
    qtbot.wait(100)  # the finished job's result reaches the GUI thread, and is dropped
    assert feature.editing.items == [] and not has_items(w.current_release())
    assert "Adding cancelled; nothing was added." in messages
    add_and_wait(qtbot, feature, photos[:1])  # the next batch is not affected
    assert len(feature.editing.items) == 1


def test_a_photo_without_credit_says_one_is_needed(manager, qtbot, tmp_path) -> None:
    bare = tmp_path / "sans-credit.jpg"
    bare.write_bytes(factory.jpeg(factory.picture((80, 60), hue=40)))
    w, feature = open_window(manager, qtbot)
    w.show()
    add_and_wait(qtbot, feature, [bare])
    editor = feature.panel.photo_editor
    hint = editor.credit_hint
    assert hint.isVisibleTo(w) and "journalists must print one" in hint.text()
    assert editor.credit.accessibleDescription() == hint.text()  # read with the field
    editor.credit.setFocus()
    qtbot.keyClicks(editor.credit, "IOV/Studio Nord")
    assert not hint.isVisibleTo(w)


def test_ctrl_z_in_a_kit_field_undoes_in_the_window(manager, qtbot, photos) -> None:
    w, feature = open_window(manager, qtbot)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=3000)
    add_and_wait(qtbot, feature, [photos[0]])
    credit = feature.panel.photo_editor.credit
    credit.setFocus()
    qtbot.waitUntil(credit.hasFocus, timeout=3000)
    credit.selectAll()
    qtbot.keyClicks(credit, "IOV/Studio Nord")
    qtbot.waitUntil(lambda: feature.editing.items[0].credit == "IOV/Studio Nord", timeout=3000)  # type: ignore[union-attr]
    qtbot.keyClick(credit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: feature.editing.items[0].credit == CREDIT, timeout=3000)  # type: ignore[union-attr]
    assert credit.value() == CREDIT
    qtbot.keyClick(credit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: feature.editing.items == [], timeout=3000)  # the photo's adding
