"""Letterhead profiles in an editor window, through the window's API for features.

    from presskit_ui.profiles import integration as profiles_integration
    profiles_integration.install(window)

* Tools ▸ "Letterhead Profiles…" opens :class:`ProfilesDialog`.
* A :class:`ProfilePicker` sits on top of the form's letterhead section; choosing
  a profile puts a copy of it into the release as one undoable change.
* When a draft is opened whose letterhead names a saved profile that has changed
  since (``presskit.profiles.compare``), the user is asked which one to update
  (:meth:`ProfileMismatchDialog.ask`), on the window's ``sessionLoaded``.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction

from presskit import profiles as core
from presskit.model import Letterhead, Release
from presskit.profiles import ProfileError
from presskit_ui.profiles.dialog import ProfilesDialog
from presskit_ui.profiles.picker import ProfilePicker
from presskit_ui.profiles.support import (
    ProfileDialogs,
    ProfileMismatchDialog,
    profile_store,
    profiles_notifier,
)
from presskit_ui.window.api import EditorWindow

MENU = "tools"
NAME = "letterheadProfiles"  # the object name of what install() adds to a window


class WindowProfiles(QObject):
    """What ``install`` added to one window (a child of the window named ``NAME``)."""

    def __init__(self, window: EditorWindow):
        super().__init__(window.widget())
        self.setObjectName(NAME)
        self.window = window
        self.ctx = window.ctx
        self.store = profile_store(self.ctx)
        self.action = QAction(window.widget())
        self.action.setObjectName("action_letterhead_profiles")
        self.action.triggered.connect(self.manage)
        self.picker: ProfilePicker | None = None
        self.retranslate()
        window.widget().installEventFilter(self)

    def retranslate(self) -> None:
        self.action.setText(QCoreApplication.translate("ProfilesIntegration", "&Letterhead Profiles…"))
        self.action.setStatusTip(QCoreApplication.translate("ProfilesIntegration", "Create, edit, import and export letterhead profiles"))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # Qt API name
        if obj is self.window.widget() and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    # -- the dialog ------------------------------------------------------------------------
    def manage(self) -> None:
        current = self.window.current_release().letterhead.profile
        ProfilesDialog.manage(self.ctx, self.window.widget(), select=current)
        self.sync()

    # -- the picker ------------------------------------------------------------------------
    def add_picker(self) -> ProfilePicker | None:
        part = self.window.letterhead_part()
        if part is None:
            return None  # a form without a letterhead section: the menu entry is enough
        picker = ProfilePicker(self.ctx, self.window.widget(), apply=self.apply_letterhead)
        picker.setObjectName("profilePicker")
        part.add_header_widget(picker)
        self.picker = picker
        self.window.releaseChanged.connect(self._changed)
        self.sync()
        return picker

    def _changed(self, release: Release) -> None:
        if self.picker is not None:
            self.picker.show_letterhead(release.letterhead)

    def sync(self) -> None:
        if self.picker is not None:
            self.picker.show_letterhead(self.window.current_release().letterhead)

    def apply_letterhead(self, letterhead: Letterhead) -> None:
        """Put *letterhead* into the window's release: one undo step, preview re-rendered."""
        release = self.window.current_release()
        new = copy.deepcopy(letterhead)
        # Unknown keys the draft carried stay with the draft.
        new.extra = {**new.extra, **release.letterhead.extra}
        release.letterhead = new
        self.window.apply_release(release)

    # -- opening drafts --------------------------------------------------------------------
    def session_loaded(self) -> None:
        self.sync()
        self.check_opened()

    def check_opened(self) -> str | None:
        """Compare the release's letterhead with the saved profile it names; ask if they differ.

        Returns the choice made (``"release"``, ``"profile"``, ``"keep"``) or None when
        there was nothing to ask.
        """
        lh = self.window.current_release().letterhead
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
        choice = ProfileMismatchDialog.ask(self.window.widget(), saved.profile, fields)
        if choice == ProfileMismatchDialog.UPDATE_RELEASE:
            self.apply_letterhead(core.for_draft(saved))
        elif choice == ProfileMismatchDialog.UPDATE_PROFILE:
            updated = copy.deepcopy(lh)
            updated.profile = saved.profile
            updated.extra = copy.deepcopy(saved.extra)
            try:
                self.store.save(updated)
            except ProfileError as exc:
                ProfileDialogs.error(self.window.widget(), QCoreApplication.translate("ProfilesIntegration", "Letterhead Profiles"),
                                     QCoreApplication.translate("ProfilesIntegration", "The saved profile could not be updated."), str(exc))
                return choice
            profiles_notifier(self.ctx).changed.emit()
            self.sync()
        return choice


def install(window: EditorWindow) -> WindowProfiles:
    """Add letterhead profiles to *window*; calling it twice does nothing more."""
    existing = window.widget().findChild(WindowProfiles, NAME,
                                         Qt.FindChildOption.FindDirectChildrenOnly)
    if isinstance(existing, WindowProfiles):
        return existing
    wp = WindowProfiles(window)
    window.add_menu_action(MENU, wp.action)
    wp.add_picker()
    window.sessionLoaded.connect(wp.session_loaded)
    return wp
