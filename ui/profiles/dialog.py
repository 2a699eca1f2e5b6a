"""The "Letterhead Profiles" dialog: create, edit, duplicate, rename, delete, import, export.

    ProfilesDialog.manage(ctx, parent)            # -> None
    profile = ProfilesDialog.choose(ctx, parent)  # -> Letterhead for a draft, or None

The list of saved profiles is on the left, every field of the selected one in
the middle, and on the right a live preview of a fixed sample release printed
with the edited profile (debounced, rendered on the runner's worker thread,
stale renders dropped). Edits are saved to the profile store as you go; "Undo
Changes" brings back the profile as it was when it was selected.

The small question dialogs, the store and the sample release live in
:mod:`presskit_ui.profiles.support`. Every name or message quoting what a user
typed is shown as plain text.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from presskit import profiles as core
from presskit.model import Letterhead
from presskit.profiles import ProfileError
from presskit_ui.context import AppContext
from presskit_ui.preview.pane import FIT_PAGE, PreviewPane, PreviewResult
from presskit_ui.profiles.editor import ProfileEditor
from presskit_ui.profiles.support import (
    ProfileDialogs,
    profile_store,
    profiles_notifier,
    sample_release,
)
from presskit_ui.runner import Failure, Runner
from presskit_ui.widgets import ERROR_COLOR, plain_label
from presskit_ui.window.field_names import error_details

SAVE_DELAY_MS = 400
PREVIEW_DELAY_MS = 200


class ProfilesDialog(QDialog):
    """See the module docstring. ``choosing=True`` adds "Use Profile" / "Cancel"."""

    profilesChanged = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 choosing: bool = False, select: str = ""):
        super().__init__(parent)
        self.ctx = ctx
        self.store = profile_store(ctx)
        self.notifier = profiles_notifier(ctx)
        self.choosing = choosing
        self.setObjectName("profilesDialog")
        self.setWindowTitle(self.tr("Letterhead Profiles"))
        self.setSizeGripEnabled(True)
        self.runner = Runner(self, max_threads=3)
        self.runner.unhandled = lambda failure: self._show_status(str(failure.error), error=True)
        self._current: str | None = None
        self._original: Letterhead | None = None  # as it was when selected ("Undo Changes")
        self._dirty = False
        self._closed = False

        left = self._build_list_pane()
        middle = self._build_fields_pane()
        right = self._build_preview_pane()
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        for w in (left, middle, right):
            splitter.addWidget(w)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 3)
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(self._build_bottom(choosing))
        self._connect_signals()
        self.reload(select=select)
        self.resize(1180, 760)
        splitter.setSizes([200, 520, 460])

    def _build_list_pane(self) -> QWidget:
        """Left: the list and what can be done with it."""
        self.list = QListWidget(self)
        self.list.setObjectName("profileList")
        self.list.setAccessibleName(self.tr("Saved letterhead profiles"))
        self.list.setMinimumWidth(170)
        self.list.setUniformItemSizes(True)
        self.new_button = self._button(self.tr("&New"), self.tr("New profile"), self.new_profile)
        self.duplicate_button = self._button(self.tr("D&uplicate"), self.tr("Duplicate the profile"),
                                             self.duplicate_current)
        self.rename_button = self._button(self.tr("Rena&me…"), self.tr("Rename the profile"),
                                          self.rename_current)
        self.delete_button = self._button(self.tr("&Delete"), self.tr("Delete the profile"),
                                          self.delete_current)
        self.import_button = self._button(self.tr("&Import…"), self.tr("Import a profile file"),
                                          self.import_file)
        self.export_button = self._button(self.tr("E&xport…"), self.tr("Export the profile to a file"),
                                          self.export_current)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        for i, b in enumerate((self.new_button, self.duplicate_button, self.rename_button,
                               self.delete_button, self.import_button, self.export_button)):
            grid.addWidget(b, i // 2, i % 2)
        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("&Profiles"), left)
        heading.setBuddy(self.list)
        lv.addWidget(heading)
        lv.addWidget(self.list, 1)
        lv.addLayout(grid)
        for key, slot in ((QKeySequence(QKeySequence.StandardKey.Delete), self.delete_current),
                          (QKeySequence("F2"), self.rename_current)):
            act = QAction(self.list)
            act.setShortcut(key)
            act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            act.triggered.connect(lambda _=False, fn=slot: fn())  # not fn(checked)
            self.list.addAction(act)
        return left

    def _build_fields_pane(self) -> QWidget:
        """Middle: the profile's name over its fields, scrolling when the window is short."""
        self.title = plain_label("", self)
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.title.setFont(font)
        self.title.setAccessibleName(self.tr("Profile name"))
        self.editor = ProfileEditor(self.runner, self)
        self.editor.setObjectName("profileEditor")
        holder = QWidget(self)  # keeps the rows together at the top when there is room
        hv = QVBoxLayout(holder)
        hv.setContentsMargins(0, 0, 0, 0)
        hv.addWidget(self.editor)
        hv.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(holder)
        scroll.setMinimumWidth(self.editor.sizeHint().width() + 24)
        middle = QWidget(self)
        mv = QVBoxLayout(middle)
        mv.setContentsMargins(8, 0, 8, 0)
        mv.addWidget(self.title)
        mv.addWidget(scroll, 1)
        return middle

    def _build_preview_pane(self) -> QWidget:
        """Right: a sample release previewed with the profile."""
        self.preview = PreviewPane(self.runner, self)
        self.preview.setObjectName("profilePreview")
        self.preview.view.setAccessibleName(self.tr("Preview of a sample release with this profile"))
        self.preview.set_zoom(FIT_PAGE)
        self.preview.setMinimumWidth(300)
        right = QWidget(self)
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(plain_label(self.tr("Sample release"), right))
        rv.addWidget(self.preview, 1)
        return right

    def _build_bottom(self, choosing: bool) -> QHBoxLayout:
        """Bottom: the status line and the buttons ("Use Profile" / "Cancel" when choosing)."""
        self.status = plain_label("", self, wrap=True)
        self.status.setObjectName("profileStatus")
        self.buttons = QDialogButtonBox(self)
        self.revert_button = self.buttons.addButton(self.tr("Undo &Changes"),
                                                    QDialogButtonBox.ButtonRole.ResetRole)
        self.revert_button.setToolTip(self.tr("Bring back the profile as it was when you selected it"))
        self.revert_button.clicked.connect(self.revert_changes)
        self.use_button: QPushButton | None = None
        if choosing:
            self.use_button = self.buttons.addButton(self.tr("&Use Profile"),
                                                     QDialogButtonBox.ButtonRole.AcceptRole)
            self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
            self.use_button.setDefault(True)
        else:
            self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.buttons)
        return bottom

    def _connect_signals(self) -> None:
        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_now)
        self._preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.refresh_preview)
        self.editor.edited.connect(self._on_edited)
        self.editor.busyChanged.connect(self._update_buttons)
        self.list.currentItemChanged.connect(self._on_current_changed)
        self.preview.failed.connect(self._on_preview_failed)
        self.preview.rendered.connect(self._on_preview_rendered)

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _=False: slot())
        return button

    def sizeHint(self) -> QSize:  # Qt API name
        return QSize(1180, 760)

    # -- the list --------------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        """Read the store again and select *select* (or keep the current profile)."""
        wanted = (select or self._current or "").casefold()
        try:
            names = self.store.list()
        except ProfileError as exc:
            names = []
            self._show_status(str(exc), error=True)
        self.list.blockSignals(True)
        self.list.clear()
        row = 0
        for i, name in enumerate(names):
            QListWidgetItem(name, self.list)
            if name.casefold() == wanted:
                row = i
        self.list.blockSignals(False)
        if self.store.problems:
            self._show_status(self.tr("Some profile files were skipped: {problems}").format(
                problems="; ".join(self.store.problems)), error=True)
        self._current = None
        if names:
            self.list.setCurrentRow(row)
        else:
            self._load(None)

    def names(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def current_name(self) -> str | None:
        return self._current

    def select(self, name: str) -> bool:
        for i in range(self.list.count()):
            if self.list.item(i).text().casefold() == name.casefold():
                self.list.setCurrentRow(i)
                return True
        return False

    def _on_current_changed(self, item: QListWidgetItem | None, _previous: object) -> None:
        self.save_now()
        self._load(item.text() if item is not None else None)

    def _load(self, name: str | None) -> None:
        profile: Letterhead | None = None
        if name is not None:
            try:
                profile = self.store.get(name)
            except ProfileError as exc:
                self._show_status(str(exc), error=True)
        self._current = profile.profile if profile is not None else None
        self._original = copy.deepcopy(profile)
        self._dirty = False
        self.editor.set_profile(profile or Letterhead())
        self.editor.setEnabled(profile is not None)
        self.title.setText(profile.profile if profile is not None else self.tr("No profile"))
        self._update_buttons()
        self.refresh_preview()

    def _update_buttons(self, *_args: object) -> None:
        has = self._current is not None
        busy = self.editor.is_busy()
        for b in (self.duplicate_button, self.rename_button, self.export_button):
            b.setEnabled(has)
        self.delete_button.setEnabled(has and self.list.count() > 1)
        self.delete_button.setToolTip("" if self.list.count() > 1 else
                                      self.tr("The last profile cannot be deleted"))
        self.revert_button.setEnabled(has and self._original is not None
                                      and self.editor.profile() != self._original)
        if self.use_button is not None:
            self.use_button.setEnabled(has and not busy)

    # -- editing and saving ----------------------------------------------------------------
    def _on_edited(self) -> None:
        self._dirty = True
        self._save_timer.start()
        self._preview_timer.start()
        self._update_buttons()

    def edited_profile(self) -> Letterhead | None:
        """The selected profile with the edits in the fields (saved or not yet)."""
        if self._current is None:
            return None
        profile = self.editor.profile()
        profile.profile = self._current
        return profile

    def save_now(self) -> bool:
        """Write pending edits to the store now; False (and a message) if that failed."""
        self._save_timer.stop()
        if not self._dirty or self._current is None:
            return True
        profile = self.edited_profile()
        assert profile is not None
        try:
            self.store.save(profile)
        except ProfileError as exc:
            self._show_status(self.tr("Not saved: {error}").format(error=str(exc)), error=True)
            return False
        self._dirty = False
        self._show_status(self.tr("Saved."))
        self._changed()
        return True

    def revert_changes(self) -> None:
        if self._original is None:
            return
        self._save_timer.stop()
        self.editor.set_profile(self._original)
        self._dirty = True
        self.save_now()
        self._update_buttons()
        self.refresh_preview()

    def _changed(self) -> None:
        self.profilesChanged.emit()
        self.notifier.changed.emit()

    # -- list actions ----------------------------------------------------------------------
    def new_profile(self, name: str | None = None) -> Letterhead | None:
        if not self.save_now():
            return None
        if name is None:
            name = ProfileDialogs.ask_name(self, self.tr("New Profile"), self.tr("Name of the new profile:"),
                                           self._free(self.tr("New profile")))
            if name is None:
                return None
        profile = Letterhead(profile=name, font=core.FONT_FAMILIES[0], paper="a4")
        base = self._current_profile()
        if base is not None:  # a sensible start: the paper and margins in use
            profile.paper, profile.margins = base.paper or "a4", copy.deepcopy(base.margins)
        return self._store_op(lambda: self.store.save(self._with_free_name(profile)),
                              self.tr("New Profile"))

    def duplicate_current(self, new_name: str | None = None) -> Letterhead | None:
        if self._current is None or not self.save_now():
            return None
        current = self._current
        if new_name is None:
            new_name = ProfileDialogs.ask_name(
                self, self.tr("Duplicate Profile"), self.tr("Name of the copy:"),
                self._free(self.tr("{name} (copy)").format(name=current)))
            if new_name is None:
                return None
        return self._store_op(lambda: self.store.duplicate(current, new_name),
                              self.tr("Duplicate Profile"))

    def rename_current(self, new_name: str | None = None) -> Letterhead | None:
        if self._current is None or not self.save_now():
            return None
        current = self._current
        if new_name is None:
            new_name = ProfileDialogs.ask_name(self, self.tr("Rename Profile"), self.tr("New name:"),
                                               current)
            if new_name is None or new_name == current:
                return None
        return self._store_op(lambda: self.store.rename(current, new_name),
                              self.tr("Rename Profile"))

    def delete_current(self, confirm: bool = True) -> bool:
        if self._current is None or self.list.count() <= 1:
            return False
        name = self._current
        if confirm and not ProfileDialogs.confirm_delete(self, name):
            return False
        self._save_timer.stop()
        self._dirty = False
        try:
            self.store.delete(name)
        except ProfileError as exc:
            ProfileDialogs.error(self, self.tr("Delete Profile"), str(exc))
            return False
        row = self.list.currentRow()
        self._current = None
        self.reload()
        self.list.setCurrentRow(min(row, self.list.count() - 1))
        self._show_status(self.tr("Deleted “{name}”.").format(name=name))
        self._changed()
        return True

    def import_file(self, path: Path | None = None) -> Letterhead | None:
        if not self.save_now():
            return None
        if path is None:
            path = ProfileDialogs.open_file(self, self._folder())
            if path is None:
                return None
        title = self.tr("Import Profile")
        try:
            incoming = core.read_profile_file(path)
        except ProfileError as exc:
            ProfileDialogs.error(self, title, self.tr("This file cannot be imported."),
                                 error_details(exc))
            return None
        name: str | None = None
        replace = False
        if self.store.exists(incoming.profile):
            choice = ProfileDialogs.import_conflict(self, incoming.profile)
            if choice == "replace":
                replace = True
            elif choice == "rename":
                name = self.store.unique_name(incoming.profile)
            else:
                return None
        return self._store_op(lambda: self.store.import_file(path, name=name, replace=replace), title,
                              failure_text=self.tr("This file cannot be imported."))

    def export_current(self, path: Path | None = None) -> Path | None:
        if self._current is None or not self.save_now():
            return None
        if path is None:
            path = ProfileDialogs.save_file(
                self, self._folder() / (core.slugify(self._current) + core.SUFFIX))
            if path is None:
                return None
        try:
            written = self.store.export(self._current, path)
        except ProfileError as exc:
            ProfileDialogs.error(self, self.tr("Export Profile"),
                                 self.tr("The profile could not be exported."), str(exc))
            return None
        self._show_status(self.tr("Exported to {path}").format(path=str(written)))
        return written

    def _store_op(self, op: Callable[[], Letterhead], title: str, *,
                  failure_text: str = "") -> Letterhead | None:
        try:
            result = op()
        except ProfileError as exc:
            ProfileDialogs.error(self, title, failure_text or self.tr("That did not work."),
                                 error_details(exc))
            return None
        self._current = None
        self.reload(select=result.profile)
        self._changed()
        return result

    # -- helpers ---------------------------------------------------------------------------
    def _current_profile(self) -> Letterhead | None:
        return self.edited_profile()

    def _free(self, base: str) -> str:
        try:
            return self.store.unique_name(base)
        except ProfileError:
            return base

    def _with_free_name(self, profile: Letterhead) -> Letterhead:
        if self.store.exists(profile.profile):
            raise ProfileError(f"a profile named '{profile.profile}' already exists", field="name")
        return profile

    def _folder(self) -> Path:
        docs = Path.home() / "Documents"
        return docs if docs.is_dir() else Path.home()

    def _show_status(self, text: str, *, error: bool = False) -> None:
        self.status.setStyleSheet(f"color: {ERROR_COLOR};" if error else "")
        self.status.setText(text)

    # -- preview ---------------------------------------------------------------------------
    def refresh_preview(self) -> None:
        self._preview_timer.stop()
        if self._closed:
            return
        profile = self.edited_profile() or Letterhead()
        self.preview.show_release(sample_release(profile))

    def preview_pdf_bytes(self) -> bytes:
        return self.preview.current_pdf_bytes()

    def preview_busy(self) -> bool:
        return self._preview_timer.isActive() or self.preview.busy()

    def _on_preview_rendered(self, result: PreviewResult) -> None:
        notes = [w.message for w in result.warnings if w.field.startswith("letterhead.")]
        if notes:
            self._show_status("; ".join(notes), error=True)

    def _on_preview_failed(self, failure: Failure) -> None:
        self._show_status(self.tr("The preview could not be drawn: {error}").format(
            error=str(failure.error) or type(failure.error).__name__), error=True)

    # -- closing ---------------------------------------------------------------------------
    def selected_for_draft(self) -> Letterhead | None:
        """The selected profile as saved, ready to put in a draft (``for_draft``)."""
        if self._current is None:
            return None
        try:
            return core.for_draft(self.store.get(self._current))
        except ProfileError:
            return None

    def done(self, result: int) -> None:  # Qt API name: accept/reject/close all end here
        if result == QDialog.DialogCode.Accepted and (self.editor.is_busy() or not self.save_now()):
            return
        self.save_now()
        self.shutdown()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_now()
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Stop timers and workers and detach QtPdf (before the widgets go away)."""
        if self._closed:
            return
        self._closed = True
        self._save_timer.stop()
        self._preview_timer.stop()
        self.runner.shutdown()
        self.preview.shutdown()

    # -- one-line entry points -------------------------------------------------------------
    @classmethod
    def manage(cls, ctx: AppContext, parent: QWidget | None = None, *, select: str = "") -> None:
        dlg = cls(ctx, parent, select=select)
        try:
            dlg.exec()
        finally:
            dlg.shutdown()
            dlg.deleteLater()

    @classmethod
    def choose(cls, ctx: AppContext, parent: QWidget | None = None, *,
               select: str = "") -> Letterhead | None:
        """A saved profile the user chose, as a letterhead for a draft, or None."""
        dlg = cls(ctx, parent, choosing=True, select=select)
        try:
            accepted = dlg.exec() == QDialog.DialogCode.Accepted
            return dlg.selected_for_draft() if accepted else None
        finally:
            dlg.shutdown()
            dlg.deleteLater()

