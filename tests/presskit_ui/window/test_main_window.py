"""The editor window: live preview per field, save/reopen, prompts, undo, safety, exports."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtPdfWidgets")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # editor_helpers

from editor_helpers import (
    FIELDS,
    FakeForm,
    answer,
    close_all,
    forbid_dialogs,
    normalized,
    pdf_text,
    sample_release,
    wait_pdf,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QGuiApplication,
    QTextCursor,
)
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit

from presskit import draft
from presskit.draft_safety import DraftLock, Owner, backup_path, process_start_time
from presskit.session import EditorSession
from presskit_ui.context import AppContext
from presskit_ui.window.manager import WindowManager


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> dict:
    return forbid_dialogs(monkeypatch)


@pytest.fixture
def manager(qtbot, dialogs):
    ctx = AppContext.create()
    m = WindowManager(ctx, form_factory=FakeForm)
    yield m
    close_all(m, qtbot)


@pytest.fixture
def window(manager, qtbot):
    w = manager.new_window(EditorSession(sample_release(), None))
    qtbot.waitUntil(lambda: bool(w.preview.current_pdf_bytes()), timeout=15000)
    return w


def type_into(window, field: str, text: str) -> None:
    assert window.focus_field(field)
    widget = QApplication.focusWidget() or window.form.widgets[field]
    if isinstance(widget, QLineEdit):
        widget.end(False)
    elif isinstance(widget, QPlainTextEdit):
        widget.moveCursor(QTextCursor.MoveOperation.End)
    for i, line in enumerate(text.split("\n")):  # QTest.keyClicks aborts on control characters
        if i:
            QTest.keyClick(widget, Qt.Key.Key_Return)
        if line:
            QTest.keyClicks(widget, line)


def saved_draft(tmp_path: Path, name: str = "release.presskit", **changes: str) -> Path:
    r = sample_release()
    for k, v in changes.items():
        setattr(r, k, v)
    path = tmp_path / name
    draft.save(r, path, backup=False)
    return path


# -- live preview --------------------------------------------------------------------------
def test_window_layout(window) -> None:
    assert window.splitter.widget(1) is window.preview
    assert window.form_area.widget() is window.form
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&Edit", "&View", "&Kit", "&Tools", "&Help"]
    assert window.statusBar().isVisible() and window.menus.toolbar.isVisible()
    assert window.preview.view.accessibleName()


@pytest.mark.parametrize("field", list(FIELDS))
def test_editing_each_field_changes_the_preview(window, qtbot, field: str) -> None:
    token = "Zqx" + "".join(c for c in field if c.isalpha())[:10] + "Wv"
    if field == "contacts[0].email":
        token = token.lower()
        window.form.widgets[field].clear()
        type_into(window, field, token + "@example.org")
    elif field == "contacts[0].phone":
        window.form.widgets[field].clear()
        type_into(window, field, "+33 1 23 45 67 89")
        wait_pdf(qtbot, window, lambda t: "23 45 67 89" in t)
        return
    else:
        type_into(window, field, " " + token)
    expected = token.upper() if field == "place" else token  # the English dateline is upper case
    text = wait_pdf(qtbot, window, lambda t: expected in t)
    assert expected in text
    assert window.isWindowModified()


def test_debounce_coalesces_typing_into_one_render(window, qtbot) -> None:
    shown: list = []
    window.preview.rendered.connect(shown.append)
    type_into(window, "title", " abcdefgh")
    with qtbot.waitSignal(window.preview.rendered, timeout=10000):
        pass
    qtbot.wait(400)
    assert len(shown) == 1
    assert "abcdefgh" in normalized(pdf_text(shown[0].data))


def test_status_bar_counts_and_warning_jumps_to_field(window, qtbot) -> None:
    assert window.status.pages.text() == "1 page"
    assert window.status.words.text().endswith("words")
    window.form.widgets["body"].setPlainText("Pasted\x01text from elsewhere")
    qtbot.waitUntil(lambda: window.status.warnings_button.isVisible(), timeout=10000)
    actions = window.status.warnings_button.menu().actions()
    assert any(a.data() == "body" for a in actions)
    window.form.widgets["title"].setFocus()
    next(a for a in actions if a.data() == "body").trigger()
    assert QApplication.focusWidget() is window.form.widgets["body"]


def test_form_problems_listed_and_clickable(window, qtbot) -> None:
    window.form.widgets["contacts[0].email"].clear()
    type_into(window, "contacts[0].email", "<b>not-an-email</b>")
    qtbot.waitUntil(lambda: window.status.problems_button.isVisible(), timeout=10000)
    act = window.status.problems_button.menu().actions()[0]
    assert "<b>not-an-email</b>" in act.text()
    window.form.widgets["title"].setFocus()
    act.trigger()
    assert QApplication.focusWidget() is window.form.widgets["contacts[0].email"]


# -- user text is never HTML ---------------------------------------------------------------
def test_literal_markup_in_title_and_status(window, qtbot, tmp_path, monkeypatch) -> None:
    window.form.widgets["title"].clear()
    type_into(window, "title", "<b>Bold</b> & [*] news")
    qtbot.waitUntil(lambda: "<b>Bold</b>" in window.windowTitle(), timeout=5000)
    assert window.windowTitle() == "<b>Bold</b> & [*][*] news[*]"
    path = tmp_path / "<b>x.presskit"
    assert window.save_as(path)
    assert window.statusBar().currentMessage() == "Saved “<b>x.presskit”"
    assert window.windowTitle() == "<b>x.presskit[*]"
    for label in window.statusBar().findChildren(QLabel):
        if label.objectName() in ("pagesLabel", "wordsLabel", "messageLabel", "pageLabel"):
            assert label.textFormat() == Qt.TextFormat.PlainText
    window.form.widgets["contacts[0].name"].setText("<i>Name</i>\x02")  # QTest cannot type \x02
    window.form.edited.emit()
    qtbot.waitUntil(lambda: window.status.warnings_button.isVisible(), timeout=10000)
    assert any(a.text().startswith("Contact 1, name: ")  # never the key contacts[0].name
               for a in window.status.warnings_button.menu().actions())


def test_message_boxes_are_plain_text() -> None:
    from PySide6.QtWidgets import QMessageBox

    from presskit_ui.widgets import message_box

    box = message_box(None, QMessageBox.Icon.Warning, "t", "<b>x</b>", "<i>y</i>")
    assert box.textFormat() == Qt.TextFormat.PlainText
    info = next(lbl for lbl in box.findChildren(QLabel) if lbl.objectName() == "qt_msgbox_informativelabel")
    assert info.textFormat() == Qt.TextFormat.PlainText
    box.deleteLater()


# -- saving and reopening ------------------------------------------------------------------
def test_save_reopen_round_trip(manager, window, qtbot, tmp_path, dialogs, monkeypatch) -> None:
    type_into(window, "title", " saved")
    type_into(window, "body", "\n\nSecond paragraph.")
    path = tmp_path / "out"
    answer(monkeypatch, "FileDialogs.save_draft", path)
    assert window.save()
    saved = tmp_path / "out.presskit"
    assert saved.exists() and not window.isWindowModified()
    assert window.windowTitle() == "out.presskit[*]"
    expected = window.current_release()
    assert draft.dumps(draft.load(saved)) == draft.dumps(expected)
    assert window.save()  # second save: no dialog, keeps a .bak
    assert backup_path(saved).exists()
    window.close()
    assert not manager.windows
    again = manager.open_path(saved)
    assert again is not None and not again.isWindowModified()
    assert draft.dumps(again.current_release()) == draft.dumps(expected)
    assert str(saved.resolve()) in manager.ctx.prefs.get("recent_files")


def test_saved_and_exported_references_feed_the_next_suggestion(
        manager, window, qtbot, tmp_path, monkeypatch) -> None:
    from presskit.references import ReferenceHistory

    history = ReferenceHistory(manager.ctx.data_dir)
    assert history.recent() == []
    assert window.save_as(tmp_path / "d.presskit")
    assert history.recent() == ["PR-01"]
    assert history.suggest(None) == "PR-02"  # what the next new release's form proposes
    fresh = manager.new_window()
    fresh.apply_release(dataclasses.replace(fresh.current_release(), reference="PR-07"))
    with qtbot.waitSignal(fresh.exports.finished, timeout=20000):
        assert fresh.exports.export("pdf", tmp_path / "seven.pdf")
    assert history.recent() == ["PR-07", "PR-01"]


def test_unsaved_prompt_cancel_discard_save(manager, window, tmp_path, monkeypatch) -> None:
    type_into(window, "title", " changed")
    asked = answer(monkeypatch, "UnsavedChangesDialog.ask", "cancel")
    assert not window.close()
    assert asked and asked[0][1] == window.display_name() and window.isVisible()
    answer(monkeypatch, "UnsavedChangesDialog.ask", "save")
    answer(monkeypatch, "FileDialogs.save_draft", None)  # then cancels the file dialog
    assert not window.close()
    answer(monkeypatch, "FileDialogs.save_draft", tmp_path / "kept.presskit")
    assert window.close()
    assert draft.load(tmp_path / "kept.presskit").title.endswith("changed")
    w2 = manager.new_window()
    type_into(w2, "title", "x")
    answer(monkeypatch, "UnsavedChangesDialog.ask", "discard")
    assert w2.close()
    assert not manager.windows


def test_clean_window_closes_without_prompt(manager, window) -> None:
    assert window.close()  # the forbidding recorder would fail the test on a prompt


def test_revert(window, qtbot, tmp_path, monkeypatch) -> None:
    assert window.save_as(tmp_path / "r.presskit")
    type_into(window, "title", " oops")
    answer(monkeypatch, "ConfirmDialog.ask", True)
    window.revert()
    assert window.current_release().title == "Initial title"
    assert not window.isWindowModified()
    window.undo()
    assert window.current_release().title == "Initial title oops"


def test_save_after_file_changed_on_disk_asks(window, tmp_path, monkeypatch) -> None:
    path = tmp_path / "d.presskit"
    assert window.save_as(path)
    import os

    os.utime(path, ns=(10**9, 10**9))
    type_into(window, "title", " mine")
    asked = answer(monkeypatch, "ConfirmDialog.ask", False)
    assert not window.save()
    assert asked and draft.load(path).title == "Initial title"


# -- undo / redo ---------------------------------------------------------------------------
def test_undo_redo_across_fields_keeps_focus(window, qtbot) -> None:
    type_into(window, "title", " one")
    qtbot.waitUntil(lambda: not window.session.snapshot_pending, timeout=5000)
    type_into(window, "body", " two")
    body = window.form.widgets["body"]
    assert QApplication.focusWidget() is body
    QTest.keyClick(body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the window's undo
    r = window.current_release()
    assert r.title == "Initial title one" and not r.body.endswith("two")
    assert QApplication.focusWidget() is body
    window.undo()
    assert window.current_release().title == "Initial title"
    window.redo()
    window.redo()
    r = window.current_release()
    assert r.title == "Initial title one" and r.body.endswith("two")
    wait_pdf(qtbot, window, lambda t: "Initial title one" in t and "two" in t)


def test_apply_release_is_one_undo_step(window) -> None:
    r = window.current_release()
    r.title, r.subtitle = "Profile applied", "New subtitle"
    window.apply_release(r)
    assert window.isWindowModified()
    window.undo()
    assert window.current_release().title == "Initial title"


# -- drafts that cannot be opened, drafts open twice ---------------------------------------
def test_damaged_draft_offers_backup_and_is_never_overwritten(manager, tmp_path, monkeypatch) -> None:
    path = saved_draft(tmp_path, title="Old version")
    draft.save(sample_release(), path)  # creates the .bak holding "Old version"
    damaged = b'{"presskit": 1, "title": "half a fi'
    path.write_bytes(damaged)
    asked = answer(monkeypatch, "DamagedDraftDialog.ask", False)
    assert manager.open_path(path) is None
    assert asked[0][1] == path and "truncated" in asked[0][2] and asked[0][3] == backup_path(path)
    answer(monkeypatch, "DamagedDraftDialog.ask", True)
    w = manager.open_path(path)
    assert w is not None and w.current_release().title == "Old version"
    assert w.session.path is None and w.windowTitle().startswith("release.presskit")
    answer(monkeypatch, "FileDialogs.save_draft", None)
    assert not w.save()  # Save asks where; cancelling writes nothing
    assert path.read_bytes() == damaged
    w.autosave_now()
    answer(monkeypatch, "UnsavedChangesDialog.ask", "discard")
    w.close()
    assert path.read_bytes() == damaged


def test_newer_format_draft_is_refused(manager, tmp_path, monkeypatch) -> None:
    path = tmp_path / "future.presskit"
    path.write_text('{"presskit": 99, "title": "From the future"}', encoding="utf-8")
    asked = answer(monkeypatch, "DamagedDraftDialog.ask", False)
    assert manager.open_path(path) is None
    assert asked[0][4] is True  # newer=True
    assert "newer" in asked[0][2]
    assert path.read_text(encoding="utf-8") == '{"presskit": 99, "title": "From the future"}'


def test_opening_same_draft_twice_in_one_process_warns(manager, tmp_path, monkeypatch) -> None:
    path = saved_draft(tmp_path)
    first = manager.open_path(path)
    asked = answer(monkeypatch, "AlreadyOpenDialog.ask", "switch")
    assert manager.open_path(path) is None
    assert asked and asked[0][2] is True
    assert len(manager.windows) == 1 and manager.windows[0] is first


def test_opening_draft_open_in_another_process_warns(manager, tmp_path, monkeypatch) -> None:
    import subprocess

    path = saved_draft(tmp_path)
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        owner = Owner(other.pid, process_start_time(other.pid), "other")
        assert DraftLock(manager.ctx.data_dir, path, owner).acquire() is None
        asked = answer(monkeypatch, "AlreadyOpenDialog.ask", "cancel")
        assert manager.open_path(path) is None
        assert asked and asked[0][2] is False
        answer(monkeypatch, "AlreadyOpenDialog.ask", "open")
        w = manager.open_path(path)
        assert w is not None and w.lock is not None and w.lock.held
    finally:
        other.kill()
        other.wait()


def test_save_as_onto_draft_open_elsewhere_is_refused(manager, window, tmp_path, monkeypatch) -> None:
    path = saved_draft(tmp_path, "other.presskit")
    other = manager.open_path(path)
    assert other is not None
    told = answer(monkeypatch, "InfoDialog.show", None)
    assert not window.save_as(path)
    assert told and "open in another window" in told[0][2]


def test_locks_released_on_close(manager, tmp_path) -> None:
    path = saved_draft(tmp_path)
    w = manager.open_path(path)
    assert w is not None and w.lock is not None and w.lock.file.exists()
    lock_file = w.lock.file
    w.close()
    assert not lock_file.exists()


# -- autosave ------------------------------------------------------------------------------
def test_autosave_then_clean_close_leaves_nothing(manager, window, qtbot, monkeypatch) -> None:
    window.session.autosave_interval = 0.3
    type_into(window, "title", " autosaved")
    qtbot.waitUntil(lambda: window.autosaver.draft_file.exists(), timeout=5000)
    assert draft.loads(window.autosaver.draft_file.read_text("utf-8")).title.endswith("autosaved")
    answer(monkeypatch, "UnsavedChangesDialog.ask", "discard")
    window.close()
    data = manager.ctx.data_dir
    assert not list((data / "autosave").iterdir())
    assert not (data / "locks").exists() or not list((data / "locks").iterdir())


def test_excepthook_autosaves_first_then_explains(manager, window, monkeypatch) -> None:
    from presskit_ui.app import install_excepthook

    type_into(window, "title", " precious")
    seen = []

    def show(parent, title, message, details):
        seen.append((message, details, window.autosaver.draft_file.exists()))

    monkeypatch.setattr("presskit_ui.widgets.ErrorDialog.show_error", show)
    hook = install_excepthook(manager)
    try:
        try:
            raise RuntimeError("boom <b>")
        except RuntimeError as exc:
            hook(type(exc), exc, exc.__traceback__)
    finally:
        sys.excepthook = hook.previous
        import threading

        threading.excepthook = threading.__excepthook__
    assert seen and seen[0][2], "the autosave must exist before the dialog shows"
    assert "RuntimeError: boom <b>" in seen[0][1]
    assert "saved automatically" in seen[0][0]


def test_error_dialog_copies_details(qtbot) -> None:
    from presskit_ui.widgets import ErrorDialog

    dlg = ErrorDialog(None, "t", "<b>msg</b>", "Traceback: details")
    qtbot.addWidget(dlg)
    dlg.copy_button.click()
    assert QGuiApplication.clipboard().text() == "<b>msg</b>\n\nTraceback: details"


# -- exports -------------------------------------------------------------------------------
def test_export_menu_follows_renderers(window, monkeypatch) -> None:
    from presskit import export

    names = [a.data() for a in window.exports.actions.values()]
    assert names[0] == "pdf" and names[-1] == "all"
    assert set(names) - {"all"} == set(export.RENDERERS)
    monkeypatch.setattr(export, "RENDERERS", {"pdf": export.RENDERERS["pdf"]})
    window.exports.refresh()
    assert list(window.exports.actions) == ["pdf"]


def test_export_pdf_in_background(window, qtbot, tmp_path, monkeypatch) -> None:
    type_into(window, "title", " exported")
    target = tmp_path / "press.pdf"
    with qtbot.waitSignal(window.exports.finished, timeout=20000):
        assert window.exports.export("pdf", target)
        assert window.status.progress.isVisible()
    assert "Initial title exported" in normalized(pdf_text(target.read_bytes()))
    notice = window.exports.notice  # issue 14 §3: a non-modal notice, not a modal box
    assert notice.isVisible() and notice.written == [target]
    assert notice.label.text() == "Exported “press.pdf”."
    assert not window.status.progress.isVisible()


def test_export_default_name_from_reference_and_title(window, qtbot, tmp_path, monkeypatch) -> None:
    assert window.save_as(tmp_path / "d.presskit")
    asked = answer(monkeypatch, "FileDialogs.export_file", None)
    assert not window.exports.export("pdf")
    assert asked[0][2] == tmp_path / "PR-01-initial-title.pdf"


def test_export_all_formats(window, qtbot, tmp_path, monkeypatch) -> None:
    from presskit.export import EXTENSIONS
    from presskit_ui.window.export_actions import available_formats

    with qtbot.waitSignal(window.exports.finished, timeout=30000) as blocker:
        assert window.exports.export("all", tmp_path)
    written = blocker.args[0].written
    assert set(written) == set(available_formats())
    for fmt, path in written.items():
        assert path == tmp_path / ("PR-01-initial-title" + EXTENSIONS[fmt]) and path.stat().st_size > 0


def test_failed_export_explains_and_writes_nothing(window, qtbot, tmp_path, monkeypatch) -> None:
    told = answer(monkeypatch, "InfoDialog.show", None)
    target = tmp_path / "missing-folder" / "x.pdf"
    with qtbot.waitSignal(window.exports.failed, timeout=20000) as blocker:
        window.exports.export("pdf", target)
    assert "folder does not exist" in blocker.args[0]
    assert told and "folder does not exist" in told[0][3]
    assert not target.parent.exists()
    assert all(a.isEnabled() for a in window.exports.actions.values())


def test_copy_as_email_text(window, qtbot) -> None:
    from presskit_ui.window.export_actions import text_renderer_available

    if not text_renderer_available():
        assert not window.menus.actions["copy_email"].isEnabled()
        return
    with qtbot.waitSignal(window.exports.copied, timeout=10000):
        window.menus.actions["copy_email"].trigger()
    text = QGuiApplication.clipboard().text()
    assert "Initial title" in text and "<" not in text.split("\n")[0]


# -- view, preferences, geometry -----------------------------------------------------------
def test_zoom_and_page_navigation(manager, qtbot) -> None:
    w = manager.new_window(EditorSession(sample_release(pages_of_body=3), None))
    qtbot.waitUntil(lambda: w.preview.page_count() >= 3, timeout=20000)
    assert w.menus.page_label.text() == f"Page 1 of {w.preview.page_count()}"
    w.menus.actions["next_page"].trigger()
    qtbot.waitUntil(lambda: w.preview.current_page() == 2, timeout=5000)
    w.menus.actions["zoom_150"].trigger()
    assert w.preview.zoom == "150" and abs(w.preview.zoom_factor() - 1.5) < 1e-6
    assert w.menus.zoom_combo.currentData() == "150"
    w.menus.actions["zoom_in"].trigger()
    assert w.preview.zoom == "175"
    w.menus.actions["fit_page"].trigger()
    assert w.preview.zoom == "fit_page"
    assert manager.ctx.prefs.get("preview_zoom") == "fit_page"


def test_preferences_are_applied(manager, window, monkeypatch) -> None:
    def edit(parent, prefs):
        prefs.set("autosave_seconds", 12)
        prefs.save()
        return True

    monkeypatch.setattr("presskit_ui.window.dialogs.PreferencesDialog.edit", edit)
    window.menus.actions["preferences"].trigger()
    assert window.session.autosave_interval == 12
    assert manager.ctx.prefs.path.exists()


def test_preferences_dialog_persists(qtbot, tmp_path) -> None:
    from presskit.preferences import Preferences
    from presskit_ui.window.dialogs import PreferencesDialog

    prefs = Preferences(tmp_path / "p.json")
    dlg = PreferencesDialog(None, prefs)
    qtbot.addWidget(dlg)
    dlg.ui_language.setCurrentIndex(dlg.ui_language.findData("fr"))
    dlg.autosave.setValue(45)
    dlg.release_language.setCurrentIndex(dlg.release_language.findData("fr_FR"))
    dlg.exec = lambda: 1  # type: ignore[method-assign]
    original = PreferencesDialog.__init__

    def init(self, parent, p):
        original(self, parent, p)
        self.ui_language.setCurrentIndex(self.ui_language.findData("fr"))
        self.autosave.setValue(45)
        self.release_language.setCurrentIndex(self.release_language.findData("fr_FR"))
        self.home_country.set_code("BE")
        self.exec = lambda: 1

    PreferencesDialog.__init__ = init  # type: ignore[method-assign]
    try:
        assert PreferencesDialog.edit(None, prefs)
    finally:
        PreferencesDialog.__init__ = original  # type: ignore[method-assign]
    again = Preferences(tmp_path / "p.json")
    assert (again.get("ui_language"), again.get("autosave_seconds"), again.get("default_language")) \
        == ("fr", 45, "fr_FR")
    assert again.get("home_country") == "BE" and again.home_country == "BE"


def test_window_geometry_remembered(manager, window) -> None:
    window.resize(700, 500)  # the offscreen screen is 800 x 600
    window.close()
    again = manager.new_window()
    assert (again.width(), again.height()) == (700, 500)


def test_open_recent_menu(manager, window, tmp_path) -> None:
    path = saved_draft(tmp_path, "recent & co.presskit")
    manager.ctx.prefs.add_recent(str(path))
    menu = window.menus.menu("recent")
    menu.aboutToShow.emit()
    first = menu.actions()[0]
    assert first.text() == "recent && co.presskit"
    first.trigger()  # the pristine? no: this window has a sample release, so a new window opens
    assert manager.find(path) is not None


def test_new_release_uses_default_language(manager) -> None:
    manager.ctx.prefs.set("default_language", "fr_FR")
    w = manager.new_window()
    assert w.current_release().language == "fr_FR"


def test_add_menu_action_hook(window) -> None:
    from PySide6.QtGui import QAction

    act = QAction("Contacts…", window)
    window.add_menu_action("tools", act, toolbar=True)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[-2:] == ["&Tools", "&Help"]
    assert act in window.menus.toolbar.actions()


def test_real_form_smoke(qtbot, dialogs) -> None:
    """With the real ReleaseForm (once it exists), the window opens a sample and previews it."""
    try:
        from presskit_ui.form import ReleaseForm  # noqa: F401
    except ImportError:
        pytest.skip("presskit_ui.form.ReleaseForm not available yet")
    ctx = AppContext.create()
    m = WindowManager(ctx)
    try:
        w = m.new_window(EditorSession(sample_release(), None))
        text = wait_pdf(qtbot, w, lambda t: "Initial title" in t)
        assert "Bob Press" in text
        assert w.focus_field("title")
    finally:
        close_all(m, qtbot)


REAL_FIELDS = ["title", "subtitle", "reference", "place", "body", "boilerplate", "quotes[0].text",
               "quotes[0].speaker", "contacts[0].name", "contacts[0].email",
               "letterhead.organization"]


@pytest.fixture
def real_window(qtbot, dialogs):
    try:
        from presskit_ui.form import ReleaseForm  # noqa: F401
    except ImportError:
        pytest.skip("presskit_ui.form.ReleaseForm not available yet")
    m = WindowManager(AppContext.create())
    w = m.new_window(EditorSession(sample_release(), None))
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(lambda: bool(w.preview.current_pdf_bytes()), timeout=15000)
    yield w
    close_all(m, qtbot)


def type_in_real_form(window, field: str, text: str) -> None:
    from PySide6.QtWidgets import QAbstractItemView, QTextEdit

    assert window.focus_field(field), field
    widget = window.focusWidget()
    assert widget is not None, field
    if isinstance(widget, QLineEdit):
        widget.end(False)
    elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
        widget.moveCursor(QTextCursor.MoveOperation.End)
    elif isinstance(widget, QAbstractItemView):  # a table cell: F2 edits it, Enter commits
        QTest.keyClick(widget, Qt.Key.Key_F2)
        editor = window.focusWidget()
        if isinstance(editor, QLineEdit):
            editor.end(False)
        QTest.keyClicks(editor, text)
        QTest.keyClick(editor, Qt.Key.Key_Return)
        return
    QTest.keyClicks(widget, text)


@pytest.mark.parametrize("field", REAL_FIELDS)
def test_real_form_each_field_changes_the_preview(real_window, qtbot, field: str) -> None:
    """Typing into each field of the real ReleaseForm reaches the PDF the preview shows."""
    token = "Qk" + "".join(c for c in field if c.isalpha())[:12] + "Xz"
    if field == "contacts[0].email":
        token = token.lower()
        # Replace the address: select all in the cell editor by retyping after clearing.
        r = real_window.current_release()
        r.contacts[0].email = ""
        real_window.apply_release(r)
        type_in_real_form(real_window, field, token + "@example.org")
    else:
        type_in_real_form(real_window, field, " " + token)
    expected = token.upper() if field == "place" else token
    wait_pdf(qtbot, real_window, lambda t: expected in t)
    assert real_window.isWindowModified()


def test_real_form_undo_restores_and_keeps_focus(real_window, qtbot) -> None:
    type_in_real_form(real_window, "title", " first")
    qtbot.waitUntil(lambda: not real_window.session.snapshot_pending, timeout=5000)
    type_in_real_form(real_window, "subtitle", " second")
    focused = real_window.focusWidget()
    real_window.undo()
    r = real_window.current_release()
    assert r.title.endswith("first") and not r.subtitle.endswith("second")
    assert real_window.focusWidget() is focused
    real_window.undo()
    assert real_window.current_release().title == "Initial title"


def test_quit_stops_at_the_first_cancel(manager, window, monkeypatch) -> None:
    other = manager.new_window()
    type_into(window, "title", " dirty")
    answer(monkeypatch, "UnsavedChangesDialog.ask", "cancel")
    window.menus.actions["quit"].trigger()
    assert window in manager.windows and window.isVisible()
    answer(monkeypatch, "UnsavedChangesDialog.ask", "discard")
    other.menus.actions["quit"].trigger()
    assert manager.windows == []


def test_failed_save_explains_and_keeps_the_changes(window, tmp_path, monkeypatch) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    type_into(window, "title", " unsaved")
    told = answer(monkeypatch, "InfoDialog.show", None)
    assert not window.save_as(blocker / "draft.presskit")
    assert told and told[0][1] == "Save failed"
    assert window.isWindowModified() and window.session.path is None
    assert window.current_release().title.endswith("unsaved")


# -- drafts with one unusable field, several drafts on the command line --------------------
def bad_date_draft(tmp_path: Path, name: str = "bad-date.presskit") -> Path:
    import json

    data = json.loads(draft.dumps(sample_release()))
    data["date"] = "2018-02-30"
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


DATE_PROBLEM = "'2018-02-30' is not a real date (day is out of range for month)"


def test_draft_with_one_unusable_field_opens_anyway(manager, tmp_path, monkeypatch) -> None:
    path = bad_date_draft(tmp_path)
    before = path.read_bytes()
    asked = answer(monkeypatch, "UnusableFieldsDialog.ask", "open")
    w = manager.open_path(path)
    assert w is not None
    (call,) = asked
    assert call[1] == path and [(p.field, p.message) for p in call[2]] == [("date", DATE_PROBLEM)]
    release = w.current_release()
    expected = sample_release()
    expected.date = None
    assert draft.dumps(release) == draft.dumps(expected)  # the rest is intact
    assert w.form.flagged == {"date": DATE_PROBLEM}
    assert ("date", DATE_PROBLEM) in w.status._problems
    assert w.session.path == path and not w.isWindowModified()
    assert path.read_bytes() == before
    assert w.close()  # unmodified: no prompt, and the file is still not rewritten
    assert path.read_bytes() == before


def test_draft_with_one_unusable_field_can_be_left_closed_or_its_backup_opened(
        manager, tmp_path, monkeypatch) -> None:
    path = saved_draft(tmp_path, "bad-date.presskit", title="Backed up")
    draft.save(sample_release(), path)  # .bak holds "Backed up"
    bad_date_draft(tmp_path)
    before = path.read_bytes()
    asked = answer(monkeypatch, "UnusableFieldsDialog.ask", "cancel")
    assert manager.open_path(path) is None and not manager.windows
    assert asked[0][3] == backup_path(path)
    answer(monkeypatch, "UnusableFieldsDialog.ask", "backup")
    w = manager.open_path(path)
    assert w is not None and w.current_release().title == "Backed up" and w.session.path is None
    assert path.read_bytes() == before


def test_command_line_drafts_open_good_ones_and_report_the_bad_one(manager, tmp_path,
                                                                   monkeypatch) -> None:
    good1 = saved_draft(tmp_path, "one.presskit", title="First good")
    bad = tmp_path / "huge.presskit"
    bad.write_text('{"presskit": 1, "title": "x", "x-n": ' + "9" * 5000 + "}", encoding="utf-8")
    deep = tmp_path / "deep.presskit"
    deep.write_text('{"presskit": 1, "x-deep": ' + "[" * 600 + "]" * 600 + "}", encoding="utf-8")
    good2 = saved_draft(tmp_path, "two.presskit", title="Second good")
    told = answer(monkeypatch, "DamagedDraftDialog.ask", False)
    windows = manager.open_paths([good1, bad, deep, good2])
    assert [w.current_release().title for w in windows] == ["First good", "Second good"]
    assert [(c[1], c[2]) for c in told] == [
        # The dialog names the file; the details name the field (issue 14 §4), not "field 'x'".
        (bad, "x-n: a number with 5000 digits is too long (at most 4300)"),
        (deep, "x-deep[0][0][0]…: nested more than 64 levels deep")]


def test_recent_files_menu_tooltip_is_plain_text(manager, window, tmp_path) -> None:
    from PySide6 import QtGui
    from PySide6.QtGui import QTextDocument

    path = str(tmp_path / "<b>bold</b> &amp; co.presskit")
    manager.ctx.prefs.set("recent_files", [path])
    window._fill_recent()
    (act,) = [a for a in window.menus.menu("recent").actions() if a.statusTip() == path]
    tip = act.toolTip()
    doc = QTextDocument()
    doc.setHtml(tip)
    assert (doc.toPlainText() if QtGui.Qt.mightBeRichText(tip) else tip) == path


def test_real_form_flags_the_field_a_draft_left_empty(qtbot, dialogs, tmp_path, monkeypatch) -> None:
    try:
        from presskit_ui.form import ReleaseForm  # noqa: F401
    except ImportError:
        pytest.skip("presskit_ui.form.ReleaseForm not available yet")
    from PySide6.QtCore import QDate

    from presskit_ui.widgets import FieldMessage

    path = bad_date_draft(tmp_path)
    before = path.read_bytes()
    answer(monkeypatch, "UnusableFieldsDialog.ask", "open")
    m = WindowManager(AppContext.create())
    try:
        w = m.open_path(path)
        assert w is not None
        form = w.form
        assert form.release_section.current_date() is None
        assert form.release().title == "Initial title" and form.release().contacts[0].name == "Bob Press"
        shown = [f for f in form.findChildren(FieldMessage) if f.text() == DATE_PROBLEM]
        assert len(shown) == 1 and not shown[0].isHidden()
        date_line = form.release_section.date.line
        assert shown[0].field is date_line and date_line.accessibleDescription() == DATE_PROBLEM
        # Under the date row, in the release section.
        assert form.release_section.isAncestorOf(shown[0])
        assert shown[0].mapTo(form.release_section, shown[0].rect().topLeft()).y() > \
            date_line.mapTo(form.release_section, date_line.rect().topLeft()).y()
        assert ("date", DATE_PROBLEM) in form.problems()
        assert ("date", DATE_PROBLEM) in w.status._problems
        assert not w.isWindowModified() and path.read_bytes() == before
        form.release_section.date.setDate(QDate(2018, 2, 28))  # the user gives it a date
        assert ("date", DATE_PROBLEM) not in form.problems()
        assert shown[0].isHidden() or not shown[0].text()
    finally:
        close_all(m, qtbot)


@pytest.mark.parametrize(("button", "expected"), [("Open Anyway", "open"), ("Open Backup", "backup"),
                                                  ("Cancel", "cancel")])
def test_unusable_fields_dialog_answers(qtbot, tmp_path, button: str, expected: str) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from presskit.draft import FieldProblem
    from presskit_ui.window.dialogs import UnusableFieldsDialog

    seen: dict[str, object] = {}

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen["text"] = box.text()
        seen["info"] = box.informativeText()
        seen["format"] = box.textFormat()
        (target,) = [b for b in box.buttons() if b.text().replace("&", "") == button]
        target.click()

    QTimer.singleShot(0, click)
    problems = [FieldProblem("date", "'<b>2018-02-30</b>' is not a real date")]
    answer_ = UnusableFieldsDialog.ask(None, tmp_path / "r.presskit", problems,
                                       tmp_path / "r.presskit.bak")
    assert answer_ == expected
    assert seen["text"] == "One field of “r.presskit” cannot be used."
    assert "Date: '<b>2018-02-30</b>' is not a real date" in str(seen["info"])  # the field by its label
    assert seen["format"] == Qt.TextFormat.PlainText
