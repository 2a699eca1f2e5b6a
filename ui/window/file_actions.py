"""The window's file commands: New, Open, Open Recent, Save, Save As, Revert.

A mixin of ``MainWindow`` (it uses the window's session, form, manager and status
bar); the decisions themselves (what is modified, what Save needs, whether the
file changed on disk) are ``EditorSession``'s.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, cast, runtime_checkable

from presskit.draft import FieldProblem
from presskit.draft_safety import DraftLock
from presskit.errors import DraftError, PresskitError
from presskit.session import SUFFIX, with_suffix
from presskit_ui.widgets import ConfirmDialog, InfoDialog, plain_tooltip
from presskit_ui.window.dialogs import FileDialogs
from presskit_ui.window.field_names import core_reason
from presskit_ui.window.statusbar import action_text

if TYPE_CHECKING:  # to mypy the mixin is the window it is mixed into
    from PySide6.QtWidgets import QMainWindow as _WindowBase

    from presskit.model import Release
    from presskit_ui.window.main_window import MainWindow
else:
    _WindowBase = object


@runtime_checkable
class FlaggableForm(Protocol):
    """A form that can mark a field it was given empty because the draft's value was unusable."""

    def flag_field(self, field: str, message: str) -> bool:
        """Show *message* at *field* (named as in draft errors) and list it among the form's
        problems until the field gets a value; False if the form has no such field."""
        ...


class FileActions(_WindowBase):
    """Mixed into ``MainWindow`` (``self`` is the window)."""

    # Provided by MainWindow.
    ctx: Any
    session: Any
    manager: Any
    form: Any
    status: Any
    document_kinds: list[Any]  # presskit_ui.window.api.DocumentKind, added by features
    aboutToSave: Any  # SignalInstance
    saved: Any  # SignalInstance
    menus: Any
    owner: Any
    autosaver: Any
    _autosave_timer: Any
    current_release: Callable[[], Release]
    flush: Callable[[], None]
    _after_change: Callable[[Release], None]
    _set_form_release: Callable[[Release], None]
    _update_problems: Callable[[], None]
    _update_title: Callable[[], None]
    _take_lock: Callable[..., None]
    _release_lock: Callable[[], None]

    def default_folder(self) -> Path:
        recent = self.ctx.prefs.get("recent_files") or []
        if recent:
            folder = Path(recent[0]).parent
            if folder.is_dir():
                return folder
        docs = Path.home() / "Documents"
        return docs if docs.is_dir() else Path.home()

    # -- files -----------------------------------------------------------------------------
    def new_release(self) -> None:
        """File ▸ New: a blank release, one from a letterhead profile, a recent file or the
        sample (``starter.start``); an untouched window takes the choice itself."""
        if self.manager is not None:
            from presskit_ui.window.starter import start

            window = cast("MainWindow", self)  # FileActions is only ever mixed into it
            start(self.manager, window, reuse=window if self.session.is_pristine else None)

    def open_dialog(self) -> None:
        folder = self.session.path.parent if self.session.path else self.default_folder()
        for path in FileDialogs.open_drafts(self, folder):
            self.open_path(path)

    def open_path(self, path: Path) -> None:
        if self.manager is not None:
            self.manager.open_path(path, parent=self, reuse=self)

    def _fill_recent(self) -> None:
        menu = self.menus.menu("recent")
        menu.clear()
        recent = [p for p in self.ctx.prefs.get("recent_files") or [] if isinstance(p, str)]
        for p in recent:
            act = menu.addAction(action_text(Path(p).name))
            act.setToolTip(plain_tooltip(p))
            act.setStatusTip(p)
            act.triggered.connect(lambda _=False, path=p: self.open_path(Path(path)))
        if recent:
            menu.addSeparator()
            clear = menu.addAction(self.tr("Clear Menu"))
            clear.triggered.connect(self._clear_recent)
        else:
            empty = menu.addAction(self.tr("No recent drafts"))
            empty.setEnabled(False)

    def flag_load_problems(self, problems: list[FieldProblem]) -> None:
        """Mark the fields a draft opened anyway had to leave empty, and list them below."""
        if isinstance(self.form, FlaggableForm):
            for problem in problems:
                self.form.flag_field(problem.field, core_reason(problem))
        self._update_problems()
        if len(problems) == 1:
            message = self.tr("Opened with one field left empty; it is marked.")
        else:
            message = self.tr("Opened with {n} fields left empty; they are marked.").format(n=len(problems))
        self.status.show_message(message)

    def _clear_recent(self) -> None:
        self.ctx.prefs.set("recent_files", [])
        with contextlib.suppress(OSError):
            self.ctx.prefs.save()

    def _kind_for(self, release: Any) -> Any:
        """The document kind (a feature's) *release* must be saved as; None for a draft."""
        return next((k for k in self.document_kinds if k.wanted(release)), None)

    def save(self) -> bool:
        self.flush()
        kind = self._kind_for(self.current_release())
        path = self.session.path
        if kind is not None and path is not None and not path.name.lower().endswith(kind.suffix):
            # e.g. a draft that now has kit items: ask once, then Save As that kind.
            return kind.confirm(self, path) and self.save_as(kind=kind)
        if self.session.save_needs_path():
            return self.save_as()
        return self._save_to(self.session.path)

    def save_as(self, path: Path | None = None, *, kind: Any = None) -> bool:
        self.flush()
        kind = kind or self._kind_for(self.current_release())
        suffix = kind.suffix if kind is not None else SUFFIX
        if path is None:
            from presskit.export import default_stem

            suggested = self.session.path or self.session.suggested_path or \
                self.default_folder() / (default_stem(self.current_release()) + suffix)
            path = FileDialogs.save_draft(self, with_suffix(suggested, suffix),
                                          kind.file_filter() if kind is not None else None)
            if path is None:
                return False
        path = with_suffix(path, suffix)
        same = self.session.path is not None and path.resolve() == self.session.path.resolve()
        if not same:
            if self.manager is not None and self.manager.find(path) not in (None, self):
                InfoDialog.show(self, self.tr("Save As"),
                                self.tr("“{name}” is open in another window.").format(name=path.name),
                                self.tr("Close it there first, or choose another name."), warning=True)
                return False
            holder = DraftLock(self.ctx.data_dir, path, self.owner).holder()
            if holder is not None:
                InfoDialog.show(self, self.tr("Save As"),
                                self.tr("“{name}” is open in another Presskit.").format(name=path.name),
                                self.tr("Close it there first, or choose another name."), warning=True)
                return False
        return self._save_to(path)

    def remember_reference(self, reference: str) -> None:
        """Record a saved or exported release's reference, so the next one is suggested."""
        from presskit.references import ReferenceHistory

        with contextlib.suppress(OSError):
            ReferenceHistory(self.ctx.data_dir).add(reference)

    def _save_to(self, path: Path) -> bool:
        if path == self.session.path and self.session.changed_on_disk() and not ConfirmDialog.ask(
                self, self.tr("File changed on disk"),
                self.tr("“{name}” was changed by another program since you opened it.").format(name=path.name),
                self.tr("Saving will replace that version (it is kept as a .bak file)."),
                self.tr("Replace")):
            return False
        old_path = self.session.path
        self.aboutToSave.emit(path)
        release = self.current_release()
        try:
            saved = self.session.save(release, path)
        except OSError as exc:
            InfoDialog.show(self, self.tr("Save failed"),
                            self.tr("“{name}” could not be saved. Your changes are still here.").format(name=path.name),
                            f"{exc.strerror or exc}: {exc.filename or path}", warning=True)
            return False
        except PresskitError as exc:  # e.g. a kit photo whose bytes are missing
            InfoDialog.show(self, self.tr("Save failed"),
                            self.tr("“{name}” could not be saved. Your changes are still here.").format(name=path.name),
                            str(exc), warning=True)
            return False
        if old_path != saved:
            self._release_lock()
            self._take_lock(force=True)
        self.autosaver.remove()
        self.session.mark_autosaved()
        self._autosave_timer.stop()
        self.ctx.prefs.add_recent(str(saved.resolve()))
        with contextlib.suppress(OSError):
            self.ctx.prefs.save()
        self.remember_reference(release.reference)
        self._update_title()
        self.status.show_message(self.tr("Saved “{name}”").format(name=saved.name))
        self.saved.emit(saved)
        return True

    def revert(self) -> None:
        if self.session.path is None:
            return
        self.flush()
        if self.session.dirty and not ConfirmDialog.ask(
                self, self.tr("Revert"), self.tr("Discard your changes and go back to the saved draft?"),
                self.tr("You can undo this."), self.tr("Revert")):
            return
        try:
            release = self.session.revert()
        except DraftError as exc:
            InfoDialog.show(self, self.tr("Revert"), self.tr("The saved draft cannot be read."),
                            str(exc), warning=True)
            return
        self._set_form_release(release)
        self._after_change(release)
        self.autosaver.remove()
