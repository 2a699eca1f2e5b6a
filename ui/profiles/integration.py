"""Letterhead profiles in an editor window, without changing the window's own code.

    from presskit_ui.profiles import integration as profiles_integration
    profiles_integration.install(window)

* Tools ▸ "Letterhead Profiles…" opens :class:`ProfilesDialog`.
* A :class:`ProfilePicker` sits on top of the form's letterhead section; choosing
  a profile puts a copy of it into the release as one undoable change.
* When a draft is opened whose letterhead names a saved profile that has changed
  since (``presskit.profiles.compare``), the user is asked which one to update
  (:meth:`ProfileMismatchDialog.ask`). The window's ``load_session`` is wrapped
  for drafts opened into an existing window; the draft a window was created
  with is checked once the event loop runs.
"""

from __future__ import annotations

import copy
from typing import Any

import presskit_ui.qt_compat  # noqa: F401 - first: PySide6 6.12 refcount work-around
from presskit_ui.profiles.dialog import ProfilesDialog
from presskit_ui.profiles.picker import ProfilePicker
from presskit_ui.profiles.support import ProfileMismatchDialog, profile_store, profiles_notifier
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QAction

from presskit import profiles as core
from presskit.model import Letterhead
from presskit.profiles import ProfileError

MENU = "tools"
ATTR = "_letterhead_profiles"



class WindowProfiles(QObject):
    """What ``install`` added to one window (kept as ``window._letterhead_profiles``)."""

    def __init__(self, window: Any):
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self.store = profile_store(self.ctx)
        self.action = QAction(window)
        self.action.setObjectName("action_letterhead_profiles")
        self.action.triggered.connect(self.manage)
        self.picker: ProfilePicker | None = None
        self.retranslate()
        window.installEventFilter(self)

    def retranslate(self) -> None:
        self.action.setText(QCoreApplication.translate("ProfilesIntegration", "&Letterhead Profiles…"))
        self.action.setStatusTip(QCoreApplication.translate("ProfilesIntegration", "Create, edit, import and export letterhead profiles"))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # Qt API name
        if obj is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    # -- the dialog ------------------------------------------------------------------------
    def manage(self) -> None:
        current = ""
        try:
            current = self.window.current_release().letterhead.profile
        except Exception:
            current = ""
        ProfilesDialog.manage(self.ctx, self.window, select=current)
        self.sync()

    # -- the picker ------------------------------------------------------------------------
    def add_picker(self) -> ProfilePicker | None:
        editor = getattr(self.window.form, "letterhead_editor", None)
        if editor is None or not hasattr(editor, "add_header_widget"):
            return None  # a form without a letterhead section: the menu entry is enough
        picker = ProfilePicker(self.ctx, editor, editor=editor)
        picker.setObjectName("profilePicker")
        picker.apply = self.apply_letterhead
        editor.add_header_widget(picker)
        self.picker = picker
        self.window.releaseSettled.connect(self._settled)
        self.sync()
        return picker

    def _settled(self, release: Any) -> None:
        if self.picker is not None:
            self.picker.show_letterhead(release.letterhead)

    def sync(self) -> None:
        if self.picker is not None:
            try:
                self.picker.show_letterhead(self.window.current_release().letterhead)
            except Exception:
                self.picker.refresh()

    def apply_letterhead(self, letterhead: Letterhead) -> None:
        """Put *letterhead* into the window's release: one undo step, preview re-rendered."""
        release = self.window.current_release()
        new = copy.deepcopy(letterhead)
        # Unknown keys the draft carried stay with the draft.
        new.extra = {**new.extra, **release.letterhead.extra}
        release.letterhead = new
        self.window.apply_release(release)

    # -- opening drafts --------------------------------------------------------------------
    def wrap_load_session(self) -> None:
        original = self.window.load_session

        def load_session(session: Any, *args: Any, **kw: Any) -> Any:
            result = original(session, *args, **kw)
            self.sync()
            self.check_opened()
            return result

        self.window.load_session = load_session

    def check_opened(self) -> str | None:
        """Compare the release's letterhead with the saved profile it names; ask if they differ.

        Returns the choice made (``"release"``, ``"profile"``, ``"keep"``) or None when
        there was nothing to ask.
        """
        try:
            release = self.window.current_release()
        except Exception:
            return None
        lh = release.letterhead
        if not lh.profile:
            return None
        try:
            if not self.store.exists(lh.profile):
                return None
            saved = self.store.get(lh.profile)
        except ProfileError:
            return None
        fields = core.compare(lh, saved)
        if not fields:
            return None
        choice = ProfileMismatchDialog.ask(self.window, saved.profile, fields)
        if choice == ProfileMismatchDialog.UPDATE_RELEASE:
            self.apply_letterhead(core.for_draft(saved))
        elif choice == ProfileMismatchDialog.UPDATE_PROFILE:
            updated = copy.deepcopy(lh)
            updated.profile = saved.profile
            updated.extra = copy.deepcopy(saved.extra)
            try:
                self.store.save(updated)
            except ProfileError as exc:
                from presskit_ui.profiles.support import ProfileDialogs

                ProfileDialogs.error(self.window, QCoreApplication.translate("ProfilesIntegration", "Letterhead Profiles"),
                                     QCoreApplication.translate("ProfilesIntegration", "The saved profile could not be updated."), str(exc))
                return choice
            profiles_notifier(self.ctx).changed.emit()
            self.sync()
        return choice


def install(window: Any) -> WindowProfiles:
    """Add letterhead profiles to *window* (a MainWindow); calling it twice does nothing more."""
    existing = getattr(window, ATTR, None)
    if isinstance(existing, WindowProfiles):
        return existing
    wp = WindowProfiles(window)
    setattr(window, ATTR, wp)
    window.add_menu_action(MENU, wp.action)
    wp.add_picker()
    wp.wrap_load_session()
    # The draft this window was created with: checked once the window is up (unless
    # another draft was loaded into the window meanwhile; that one was checked already).
    initial = window.session
    QTimer.singleShot(0, wp, lambda: wp.check_opened() if window.session is initial else None)
    return wp
