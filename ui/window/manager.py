"""All editor windows of this process: opening drafts safely, recovery, quitting.

Opening a draft goes through here so that every safety check happens once:
the same draft already open in this process (show that window instead) or in
another Presskit (warn), damaged or newer drafts (explain, offer the ``.bak``,
never overwrite), drafts with a few unusable fields (offer to open them anyway,
those fields left empty and flagged), and autosaves left by a crash (offer to recover).
"""

from __future__ import annotations

import contextlib
import sys
import traceback
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from presskit import draft
from presskit.draft_safety import DraftLock, Owner, backup_path, list_recoverable
from presskit.errors import DraftError, NewerFormatError
from presskit.session import KIT_SUFFIX, EditorSession
from presskit_ui.context import AppContext
from presskit_ui.widgets import InfoDialog
from presskit_ui.window.api import EditorWindow
from presskit_ui.window.dialogs import (
    AlreadyOpenDialog,
    DamagedDraftDialog,
    RecoveryDialog,
    UnusableFieldsDialog,
)
from presskit_ui.window.field_names import error_message
from presskit_ui.window.main_window import FormFactory, MainWindow
from presskit_ui.workarounds import freeze_heap


class WindowManager(QObject):
    def __init__(self, ctx: AppContext, form_factory: FormFactory | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.form_factory = form_factory
        self.windows: list[MainWindow] = []
        ctx.windows = self
        self.on_preferences: list = []  # callables run after Preferences are saved
        # Features that plug themselves into every new window (letterhead profiles, contacts).
        self.features: list[Callable[[EditorWindow], object]] = _default_features()
        self._heap_frozen = False

    def _interval(self) -> float:
        return self.ctx.prefs.autosave_seconds

    # -- windows ---------------------------------------------------------------------------
    def new_window(self, session: EditorSession | None = None, *, show: bool = True) -> MainWindow:
        window = MainWindow(self.ctx, session, manager=self, form_factory=self.form_factory)
        for install in self.features:
            install(window)
        if not self._heap_frozen:
            window.preview.painted.connect(self._freeze_heap)
        self.windows.append(window)
        if self.windows[:-1] and show:
            last = self.windows[-2]
            window.move(last.pos().x() + 32, last.pos().y() + 32)
        if show:
            window.show()
        return window

    def _freeze_heap(self, *_args: object) -> None:
        """Once the first preview is painted, move everything loaded so far out of the GC's way.

        Qt, reportlab, the fonts and the form make a large heap of long-lived objects, and
        each full (generation 2) collection walked all of it: 20-40 ms with the GIL held,
        felt as a stall while typing. After one collection, ``gc.freeze()`` parks those
        objects in the permanent generation, so later collections only see new objects.
        """
        if self._heap_frozen:
            return
        self._heap_frozen = True
        freeze_heap()  # presskit_ui.workarounds: HEAP_FREEZE

    def forget(self, window: MainWindow) -> None:
        if window in self.windows:
            self.windows.remove(window)

    def find(self, path: Path) -> MainWindow | None:
        try:
            target = Path(path).expanduser().resolve()
        except OSError:
            return None
        for w in self.windows:
            if w.session.path is not None and w.session.path.resolve() == target:
                return w
        return None

    def close_all(self) -> bool:
        return all(w.close() for w in list(self.windows))  # stops at the first "Cancel"

    def autosave_all(self) -> int:
        """Save everyone's work to the autosave folder (the crash handler calls this first)."""
        return sum(1 for w in list(self.windows) if w.autosave_now())

    def apply_preferences(self) -> None:
        for w in self.windows:
            w.apply_preferences()
        for fn in self.on_preferences:
            fn()

    # -- opening ---------------------------------------------------------------------------
    def open_paths(self, paths: Iterable[Path], *, parent: QWidget | None = None) -> list[MainWindow]:
        """Open several drafts (the command line's): each bad one is reported on its own and
        never stops the others from opening."""
        opened: list[MainWindow] = []
        for path in paths:
            try:
                window = self.open_path(path, parent=parent)
            except Exception as exc:  # a bug opening one draft must not lose the others
                traceback.print_exc(file=sys.stderr)
                InfoDialog.show(parent, self.tr("Open"),
                                self.tr("“{name}” could not be opened.").format(name=Path(path).name),
                                f"{type(exc).__name__}: {exc}", warning=True)
                continue
            if window is not None:
                opened.append(window)
        return opened

    def open_path(self, path: Path, *, parent: QWidget | None = None,
                  reuse: MainWindow | None = None) -> MainWindow | None:
        """Open a draft, with every safety check; returns its window or None."""
        p = Path(path).expanduser()
        existing = self.find(p)
        if existing is not None:
            if AlreadyOpenDialog.ask(parent or existing, p, True) == "switch":
                existing.show()
                existing.raise_()
                existing.activateWindow()
            return existing if existing is reuse else None
        if not p.exists():
            InfoDialog.show(parent, self.tr("Open"), self.tr("“{name}” could not be found.").format(name=p.name),
                            str(p), warning=True)
            self._drop_recent(p)
            return None
        if p.name.endswith((draft.SUFFIX + ".bak", KIT_SUFFIX + ".bak")):
            original = p.with_name(p.name[: -len(".bak")])
            session = self._load_backup(p, original, parent)
            if session is None:
                return None
        else:
            holder = DraftLock(self.ctx.data_dir, p, Owner.current("probe")).holder()
            if holder is not None and AlreadyOpenDialog.ask(parent, p, holder.same_process) != "open":
                return None
            try:
                session = EditorSession.open(p, autosave_interval=self._interval())
            except DraftError as exc:
                session = self._damaged(p, exc, parent)
                if session is None:
                    return None
        window = reuse if reuse is not None and reuse.session.is_pristine and reuse in self.windows \
            else None
        if window is not None:
            window.load_session(session)
        else:
            window = self.new_window(session)
        if session.problems:
            window.flag_load_problems(session.problems)
        if session.path is not None:
            self.ctx.prefs.add_recent(str(session.path.resolve()))
            with contextlib.suppress(OSError):
                self.ctx.prefs.save()
        return window

    def _damaged(self, path: Path, exc: DraftError, parent: QWidget | None) -> EditorSession | None:
        bak = backup_path(path)
        usable = bak if bak.exists() and _loads(bak) else None
        lenient = None if isinstance(exc, NewerFormatError) else self._lenient(path)
        if lenient is not None:
            choice = UnusableFieldsDialog.ask(parent, path, lenient.problems, usable)
            if choice == "open":
                return lenient
            return self._load_backup(usable, path, parent) if choice == "backup" and usable else None
        if not DamagedDraftDialog.ask(parent, path, error_message(exc), usable,
                                      newer=isinstance(exc, NewerFormatError)):
            return None
        return self._load_backup(usable, path, parent) if usable else None

    def _lenient(self, path: Path) -> EditorSession | None:
        """The draft opened with its unusable fields left empty, if only fields are wrong."""
        try:
            session = EditorSession.open_lenient(path, autosave_interval=self._interval())
        except DraftError:
            return None
        return session if session.problems else None

    def _load_backup(self, bak: Path, original: Path, parent: QWidget | None) -> EditorSession | None:
        try:
            return EditorSession.from_backup(bak, original, autosave_interval=self._interval())
        except DraftError as exc:
            InfoDialog.show(parent, self.tr("Open"), self.tr("The backup cannot be opened either."),
                            error_message(exc), warning=True)
            return None

    def _drop_recent(self, path: Path) -> None:
        recent = [r for r in self.ctx.prefs.get("recent_files") or [] if Path(r) != path.resolve()]
        self.ctx.prefs.set("recent_files", recent)

    # -- recovery --------------------------------------------------------------------------
    def offer_recovery(self, parent: QWidget | None = None) -> list[MainWindow]:
        """Offer autosaves left by editors that died; recovered ones open as modified."""
        entries = list_recoverable(self.ctx.data_dir)
        if not entries:
            return []
        recover, discard = RecoveryDialog.ask(parent, entries)
        for entry in discard:
            entry.discard()
        opened: list[MainWindow] = []
        for entry in recover:
            try:
                session = EditorSession.recovered(entry.read_text(), entry.original,
                                                  autosave_interval=self._interval())
            except (OSError, DraftError) as exc:
                InfoDialog.show(parent, self.tr("Recover"), self.tr("An autosave could not be read."),
                                error_message(exc), warning=True)
                continue
            if session.path is not None and (
                    self.find(session.path) is not None
                    or DraftLock(self.ctx.data_dir, session.path, Owner.current("probe")).holder()):
                # The draft is open elsewhere meanwhile: recover as an untitled copy instead.
                session.detach_as_untitled_copy()
            window = self.new_window(session)
            # The recovered text is safe in this window's own autosave before the old one goes.
            if window.autosave_now():
                entry.discard()
            opened.append(window)
        return opened


def _loads(path: Path) -> bool:
    try:
        EditorSession.from_backup(path, path.with_name(path.name.removesuffix(".bak")))
    except DraftError:
        return False
    return True


def _default_features() -> list[Callable[[EditorWindow], object]]:
    from presskit_ui.contacts import integration as contacts_integration
    from presskit_ui.kit import install as kit_install
    from presskit_ui.preflight import install as preflight_install
    from presskit_ui.profiles import integration as profiles_integration
    from presskit_ui.window import export_folder
    from presskit_ui.window import help as help_feature

    return [profiles_integration.install, contacts_integration.install, help_feature.install,
            preflight_install, export_folder.install, kit_install]
