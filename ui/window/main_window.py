"""The editor window: the form on the left, the live PDF preview on the right.

The window only wires things together: the form says *that* something was
edited; the ``EditorSession`` (Qt-free) decides what is modified, what is an
undo step and when to autosave; the timers between the two (the debounce, the undo
snapshots, the autosave) are ``EditFlow``'s (``edit_flow.py``, ``window.edits``); the
preview renders in the background.

Features (contact book, letterhead profiles…) extend the window only through its API for
features, :class:`presskit_ui.window.api.EditorWindow`: menu entries, docks, form sections,
the form's parts, and the signals ``sessionLoaded``, ``releaseChanged``, ``aboutToSave``,
``saved`` and ``closed``. ``MainWindow`` implements it and knows no feature.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QDockWidget,
    QMainWindow,
    QMenu,
    QScrollArea,
    QSplitter,
    QWidget,
)

from presskit.draft_safety import Autosaver, DraftLock, Owner
from presskit.model import Release
from presskit.session import EditorSession
from presskit.textclean import Warning
from presskit_ui.context import AppContext
from presskit_ui.preview.pane import FIT_PAGE, FIT_WIDTH, PreviewPane, PreviewResult
from presskit_ui.runner import Failure, Runner
from presskit_ui.widgets import ErrorDialog
from presskit_ui.window.api import (
    ContactsPart,
    DocumentKind,
    EditorWindow,
    LetterheadPart,
    PreviewRenderer,
)
from presskit_ui.window.autosave_writer import AutosaveWriter
from presskit_ui.window.dialogs import PreferencesDialog, UnsavedChangesDialog
from presskit_ui.window.edit_flow import EditFlow
from presskit_ui.window.export_actions import ExportController
from presskit_ui.window.file_actions import FileActions
from presskit_ui.window.menus import MainMenus
from presskit_ui.window.starter import blank_session, remember_language
from presskit_ui.window.statusbar import StatusPanel

if TYPE_CHECKING:
    from presskit_ui.window.manager import WindowManager

FormFactory = Callable[[AppContext, QWidget], Any]


def default_form_factory(ctx: AppContext, parent: QWidget) -> Any:
    from presskit_ui.form import ReleaseForm

    return ReleaseForm(ctx, parent)


def title_text(text: str) -> str:
    """Window titles treat "[*]" as the modified marker; a typed "[*]" stays literal."""
    return text.replace("[*]", "[*][*]")


class MainWindow(FileActions, QMainWindow):
    sessionLoaded = Signal(object)  # EditorSession, once it is shown in this window
    releaseChanged = Signal(object)  # Release: after the debounce, undo/redo, apply_release
    aboutToSave = Signal(object)  # Path, before the draft is written there
    saved = Signal(object)  # Path
    closed = Signal()

    debounce_ms = 150

    def __init__(self, ctx: AppContext, session: EditorSession | None = None, *,
                 manager: WindowManager | None = None, form_factory: FormFactory | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.manager = manager
        self.setObjectName("presskitMainWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        interval = ctx.prefs.autosave_seconds
        self.session = session or blank_session(ctx)
        self.session.autosave_interval = interval
        self.token = uuid.uuid4().hex
        self.owner = Owner.current(self.token)
        self.autosaver = Autosaver(ctx.data_dir, self.owner)
        self.autosave_writer = AutosaveWriter(self.autosaver, self)
        self.lock: DraftLock | None = None
        self.document_kinds: list[DocumentKind] = []  # add_document_kind: e.g. the press kit
        self.runner = Runner(self)
        self.runner.unhandled = self._unhandled_failure
        self.export_checks: list[Callable[[Release], bool]] = []  # add_export_check
        from presskit_ui.window.feature_hooks import FieldFocusers
        self.field_focusers = FieldFocusers()  # add_field_focuser: e.g. the kit's items[…]

        self.form = (form_factory or default_form_factory)(ctx, self)
        self.preview = PreviewPane(self.runner, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("editorSplitter")
        self.splitter.setChildrenCollapsible(False)
        if isinstance(self.form, QAbstractScrollArea):
            left: QWidget = self.form
        else:
            left = QScrollArea(self)
            left.setObjectName("formScroll")
            left.setWidgetResizable(True)
            left.setFrameShape(QScrollArea.Shape.NoFrame)
            left.setWidget(self.form)
        self.form_area = left
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 6)
        self.setCentralWidget(self.splitter)

        self.menus = MainMenus(self)
        self.status = StatusPanel(self.statusBar())
        self.exports = ExportController(self)
        self._connect()

        self.edits = EditFlow(self)  # debounce, undo snapshots, autosave
        self._autosave_timer = self.edits.autosave_timer  # FileActions stops it on save
        self._loading = False
        self._closed = False
        self._title = ""
        self._restore_geometry()
        self._load_into_form(self.session)
        self._update_title()
        # Features are installed after the constructor: they hear of the first draft once the
        # event loop runs (unless another draft was loaded into the window meanwhile).
        initial = self.session
        QTimer.singleShot(0, self, lambda: self._announce_session(initial))
        zoom = str(ctx.prefs.get("preview_zoom") or FIT_WIDTH)
        self.preview.set_zoom(int(zoom) / 100 if zoom.isdigit() else
                              zoom if zoom in (FIT_WIDTH, FIT_PAGE) else FIT_WIDTH)

    # -- wiring ----------------------------------------------------------------------------
    def _connect(self) -> None:
        a = self.menus.actions
        a["new"].triggered.connect(self.new_release)
        a["open"].triggered.connect(self.open_dialog)
        a["save"].triggered.connect(self.save)
        a["save_as"].triggered.connect(lambda: self.save_as())
        a["revert"].triggered.connect(self.revert)
        a["preferences"].triggered.connect(self.edit_preferences)
        a["close"].triggered.connect(self.close)
        a["quit"].triggered.connect(self.quit_all)
        a["undo"].triggered.connect(self.undo)
        a["redo"].triggered.connect(self.redo)
        for name in ("cut", "copy", "paste", "select_all"):
            a[name].triggered.connect(lambda _=False, n=name: self._edit_command(n))
        a["fit_width"].triggered.connect(lambda: self.preview.set_zoom(FIT_WIDTH))
        a["fit_page"].triggered.connect(lambda: self.preview.set_zoom(FIT_PAGE))
        a["zoom_in"].triggered.connect(self.preview.zoom_in)
        a["zoom_out"].triggered.connect(self.preview.zoom_out)
        for act in self.menus.zoom_group.actions():
            pct = act.data()
            if pct:
                act.triggered.connect(lambda _=False, p=pct: self.preview.set_zoom(p / 100))
        a["previous_page"].triggered.connect(self.preview.previous_page)
        a["next_page"].triggered.connect(self.preview.next_page)
        a["preview_focus"].triggered.connect(self._toggle_preview_focus)
        a["about"].triggered.connect(self.about)
        a["about_qt"].triggered.connect(QApplication.aboutQt)
        self.menus.menu("recent").aboutToShow.connect(self._fill_recent)
        self.menus.zoom_combo.activated.connect(
            lambda i: self._zoom_from_combo(self.menus.zoom_combo.itemData(i)))
        self.preview.rendered.connect(self._on_rendered)
        self.preview.failed.connect(self._on_preview_failed)
        self.preview.pageChanged.connect(self.menus.set_page)
        self.preview.zoomChanged.connect(self._on_zoom_changed)
        self.status.fieldRequested.connect(self.focus_field)

    # -- the API for features (presskit_ui.window.api.EditorWindow) ------------------------
    def widget(self) -> QWidget:
        return self

    def add_menu_action(self, menu: str, action: QAction, *, toolbar: bool = False,
                        after: str | None = None) -> QAction:
        target = self.menus.menu(menu)
        entries = target.actions()
        anchor = self.menus.actions.get(after or "")
        if anchor in entries and entries.index(anchor) + 1 < len(entries):
            target.insertAction(entries[entries.index(anchor) + 1], action)
        elif menu == "help":
            target.insertAction(self.menus.help_anchor, action)
        else:
            target.addAction(action)
        if toolbar:
            self.add_toolbar_action(action)
        return action

    def add_menu(self, menu: QMenu) -> QMenu:
        bar = self.menuBar()
        before = self.menus.menus.get("tools") or self.menus.menus["help"]
        bar.insertMenu(before.menuAction(), menu)
        return menu

    def add_toolbar_action(self, action: QAction) -> QAction:
        self.menus.toolbar.insertAction(self.menus.export_anchor, action)
        return action

    def add_dock(self, dock: QDockWidget,
                 area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea) -> QDockWidget:
        dock.setParent(self)
        self.addDockWidget(area, dock)
        self.menus.menu("view").addAction(dock.toggleViewAction())
        return dock

    def add_form_section(self, key: str, title: str, content: QWidget) -> bool:
        add = getattr(self.form, "add_section", None)
        if not callable(add):
            return False  # a form without sections (a test's fake form)
        add(key, title, content)
        return True

    def letterhead_part(self) -> LetterheadPart | None:
        part = getattr(self.form, "letterhead_editor", None)
        return part if callable(getattr(part, "add_header_widget", None)) else None

    def contacts_part(self) -> ContactsPart | None:
        part = getattr(self.form, "contacts_editor", None)
        return part if callable(getattr(part, "add_toolbar_action", None)) else None

    def other_windows(self) -> list[EditorWindow]:
        if self.manager is None:
            return []
        return [w for w in self.manager.windows if w is not self]

    def show_status(self, message: str) -> None:
        self.status.show_message(message)

    def add_status_widget(self, widget: QWidget) -> None:
        self.statusBar().addPermanentWidget(widget)

    def field_widget(self, field: str) -> QWidget | None:
        find = getattr(self.form, "widget_for", None)
        widget = find(field) if callable(find) else None  # a form without it (a test's fake)
        return widget if isinstance(widget, QWidget) else None

    def add_export_check(self, check: Callable[[Release], bool]) -> None:
        self.export_checks.append(check)

    def export_checks_pass(self, release: Release, *, media: Mapping[str, bytes] | None = None) -> bool:
        from presskit_ui.window.feature_hooks import export_checks_pass
        return export_checks_pass(self.export_checks, release, media)

    def add_field_focuser(self, prefix: str, focuser: Callable[[str], bool]) -> None:
        self.field_focusers.add(prefix, focuser)

    def current_release(self) -> Release:
        return self.form.release()

    def add_document_kind(self, kind: DocumentKind) -> None:
        self.document_kinds.append(kind)

    def set_preview_renderer(self, renderer: PreviewRenderer | None, *,
                             render_again: bool = True) -> None:
        self.preview.renderer = renderer
        if render_again:  # the draft shown was sent to the old renderer
            self.preview.show_release(self.current_release(),
                                      home_country=self.ctx.prefs.home_country)

    def apply_release(self, release: Release) -> None:
        """Replace the whole release (e.g. a letterhead profile applied); one undo step."""
        self.edits.apply_release(release)

    def focus_field(self, field: str) -> bool:
        if not field:
            return False
        claimed = self.field_focusers.focus(field)  # a feature's own field (the kit's items)
        if claimed is not None:
            return claimed
        try:
            return bool(self.form.focus_field(field))
        except Exception:
            return False

    # -- editing (the timers and the history: self.edits, edit_flow.py) ---------------------
    def _after_change(self, release: Release) -> None:
        self._title = release.title
        self.preview.show_release(release, home_country=self.ctx.prefs.home_country)
        self._update_title()
        self._update_problems()
        self.releaseChanged.emit(release)

    def flush(self) -> None:
        """Bring the session up to date with the form now (before save, close, undo)."""
        self.edits.flush()

    def undo(self) -> None:
        self.edits.undo()

    def redo(self) -> None:
        self.edits.redo()

    def _set_form_release(self, release: Release) -> None:
        """set_release keeping the keyboard focus where it was."""
        focus = QApplication.focusWidget()
        self._loading = True
        try:
            self.form.set_release(release)
        finally:
            self._loading = False
        if focus is not None and _alive(focus) and focus.window() is self:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _edit_command(self, name: str) -> None:
        widget = QApplication.focusWidget()
        method = {"cut": "cut", "copy": "copy", "paste": "paste", "select_all": "selectAll"}[name]
        fn = getattr(widget, method, None)
        if callable(fn):
            fn()

    def _toggle_preview_focus(self) -> None:
        if self.preview.view.hasFocus():
            self.form.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.form.focusNextChild()
        else:
            self.preview.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- preview / status ------------------------------------------------------------------
    def _on_rendered(self, result: PreviewResult) -> None:
        self.status.set_counts(result.pages, result.words)
        self.status.set_warnings(result.warnings)

    def _on_preview_failed(self, failure: Failure) -> None:
        import sys

        print(failure.details, file=sys.stderr)
        self.status.set_warnings([Warning("", self.tr("The preview could not be updated: {error}")
                                          .format(error=str(failure.error) or type(failure.error).__name__))])

    def _update_problems(self) -> None:
        try:
            problems = list(self.form.problems())
        except Exception:
            problems = []
        self.status.set_problems(problems)

    def _zoom_from_combo(self, data: str) -> None:
        self.preview.set_zoom(data if data in (FIT_WIDTH, FIT_PAGE) else int(data) / 100)

    def _on_zoom_changed(self, zoom: str) -> None:
        combo = self.menus.zoom_combo
        idx = combo.findData(zoom)
        if idx >= 0:
            combo.setCurrentIndex(idx)
        for act in self.menus.zoom_group.actions():
            key = act.objectName().removeprefix("action_").removeprefix("zoom_")
            act.setChecked(key == zoom)
        self.ctx.prefs.set("preview_zoom", zoom)

    def _unhandled_failure(self, failure: Failure) -> None:
        ErrorDialog.show_error(self, self.tr("Something went wrong"), str(failure.error), failure.details)

    # -- loading ---------------------------------------------------------------------------
    def _load_into_form(self, session: EditorSession) -> None:
        from presskit import draft

        release = draft.loads(session.text, "<session>")
        remember_language(self.ctx, release)
        self._title = release.title
        self._set_form_release(release)
        self.preview.show_release(release, home_country=self.ctx.prefs.home_country)
        self._update_problems()
        self.edits.update_undo_actions()
        if session.path is not None:
            self._take_lock(force=True)

    def load_session(self, session: EditorSession) -> None:
        """Show another release in this window (used when a pristine window opens a file)."""
        self._release_lock()
        self.session = session
        self.session.autosave_interval = self.ctx.prefs.autosave_seconds
        self._load_into_form(session)
        self._update_title()
        self._announce_session(session)

    def _announce_session(self, session: EditorSession) -> None:
        if session is self.session and not self._closed:
            self.sessionLoaded.emit(session)

    def _take_lock(self, force: bool = False) -> None:
        if self.session.path is None:
            return
        self.lock = DraftLock(self.ctx.data_dir, self.session.path, self.owner)
        self.lock.acquire(force=force)

    def _release_lock(self) -> None:
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    # -- title -----------------------------------------------------------------------------
    def display_name(self) -> str:
        """The file name, or for a never-saved release its title (as last settled)."""
        return self.session.display_name(" ".join(self._title.split())[:80],
                                          untitled=self.tr("Untitled"))

    def _update_title(self) -> None:
        name = self.display_name()
        self.setWindowFilePath(str(self.session.path) if self.session.path else "")
        if self.session.sample:
            name = self.tr("{name} (sample release)").format(name=name)
        self.setWindowTitle(title_text(name) + "[*]")
        self.setWindowModified(self.session.dirty)
        self.edits.update_undo_actions()

    def autosave_now(self, wait: bool = True) -> bool:
        """Write the autosave now (the crash handler's; ``EditFlow.autosave_now``)."""
        return self.edits.autosave_now(wait)

    # -- preferences, about ----------------------------------------------------------------
    def edit_preferences(self) -> None:
        if PreferencesDialog.edit(self, self.ctx.prefs):
            if self.manager is not None:
                self.manager.apply_preferences()
            else:
                self.apply_preferences()

    def apply_preferences(self) -> None:
        self.session.autosave_interval = self.ctx.prefs.autosave_seconds

    def about(self) -> None:
        """Help ▸ About: what Presskit is, with the versions of Presskit, Qt, reportlab, Python."""
        from presskit_ui.window.help import AboutDialog

        AboutDialog.show_about(self)

    # -- language --------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "exports"):
            self.menus.retranslate()
            self.exports.retranslate()
            self.status.retranslate()
        super().changeEvent(event)

    # -- geometry --------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geo = self.ctx.prefs.get("window_geometry")
        restored = False
        if geo:
            with contextlib.suppress(Exception):
                restored = bool(self.restoreGeometry(QByteArray.fromBase64(geo.encode("ascii"))))
        if not restored:
            self.resize(1280, 820)
        state = self.ctx.prefs.get("window_state")
        split = False
        if state:
            with contextlib.suppress(Exception):
                split = bool(self.splitter.restoreState(QByteArray.fromBase64(state.encode("ascii"))))
        if not split:  # the page deserves the larger share: 45 % form, 55 % preview
            width = max(self.width(), 800)
            self.splitter.setSizes([int(width * 0.45), int(width * 0.55)])

    def _save_geometry(self) -> None:
        self.ctx.prefs.set("window_geometry", bytes(self.saveGeometry().toBase64().data()).decode("ascii"))
        self.ctx.prefs.set("window_state", bytes(self.splitter.saveState().toBase64().data()).decode("ascii"))
        with contextlib.suppress(OSError):
            self.ctx.prefs.save()

    # -- closing ---------------------------------------------------------------------------
    def quit_all(self) -> None:
        if self.manager is not None:
            self.manager.close_all()
        else:
            self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closed:
            event.accept()
            self.deleteLater()
            return
        self.edits.flush_snapshot()
        if self.session.dirty:
            choice = UnsavedChangesDialog.ask(self, self.display_name())
            if choice == "cancel" or (choice == "save" and not self.save()):
                event.ignore()
                return
        self.shutdown()
        event.accept()
        # A closed window is gone for good: free its widgets, menus and preview documents
        # (a long day of opening and closing drafts would otherwise pile them up).
        self.deleteLater()

    def shutdown(self) -> None:
        """Clean close: no autosave or lock left behind, workers finished, QtPdf detached."""
        if self._closed:
            return
        self._closed = True
        self.edits.stop()
        self._save_geometry()
        self.runner.shutdown()
        self.preview.shutdown()
        self.autosave_writer.close()
        self.autosaver.remove()
        self._release_lock()
        if self.manager is not None:
            self.manager.forget(self)
        self.closed.emit()


def _alive(widget: QObject) -> bool:
    try:
        import shiboken6

        return bool(shiboken6.isValid(widget))
    except ImportError:  # pragma: no cover
        return True
