"""A compact letterhead profile picker for the form: saved profiles + "Manage…".

    picker = ProfilePicker(ctx, parent, apply=window.apply_letterhead)
    form.letterhead_editor.add_header_widget(picker)
    picker.profileChosen.connect(...)      # Letterhead, ready for the draft

Choosing a profile in the combo is one click: ``profileChosen`` carries a copy
of the saved profile (``profile`` = its name) to embed in the release, after *apply*
(the window's undoable change) put it there. Without *apply* (no window), the picker
fills the letterhead editor it was given and has it emit ``edited`` so the preview
re-renders.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from presskit import profiles as core
from presskit.model import Letterhead
from presskit.profiles import ProfileError
from presskit_ui.context import AppContext
from presskit_ui.profiles.dialog import ProfilesDialog
from presskit_ui.profiles.support import profile_store, profiles_notifier

if TYPE_CHECKING:
    from presskit_ui.form.letterhead import LetterheadEditor


class ProfilePicker(QWidget):
    profileChosen = Signal(object)  # Letterhead for the draft (a copy of the saved profile)
    manageRequested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 editor: LetterheadEditor | None = None,
                 apply: Callable[[Letterhead], None] | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.store = profile_store(ctx)
        self.editor = editor  # a LetterheadEditor: filled directly when nothing else applies
        #: How a chosen profile reaches the release: the window's undoable apply, given by
        #: the integration. None: fill ``editor`` and let it report an edit.
        self._apply = apply
        self._letterhead = Letterhead()

        self._saved: dict[str, Letterhead] = {}  # casefolded name -> saved profile
        self.label = QLabel(self)
        self.combo = QComboBox(self)
        self.combo.setObjectName("profileCombo")
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContentsOnFirstShow)
        self.combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.combo.setMinimumContentsLength(16)
        self.label.setBuddy(self.combo)
        self.state = QLabel(self)
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.manage_button = QPushButton(self)
        self.manage_button.setAutoDefault(False)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 6)
        row.addWidget(self.label)
        row.addWidget(self.combo, 1)
        row.addWidget(self.state)
        row.addWidget(self.manage_button)

        self.combo.activated.connect(self._activated)
        self.manage_button.clicked.connect(self.manage)
        profiles_notifier(ctx).changed.connect(self.refresh)
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self.tr("&Profile"))
        self.combo.setAccessibleName(self.tr("Letterhead profile"))
        self.combo.setToolTip(self.tr("Fill the letterhead from a saved profile"))
        self.manage_button.setText(self.tr("&Manage…"))
        self.manage_button.setAccessibleName(self.tr("Manage letterhead profiles"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # Qt API name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the list --------------------------------------------------------------------------
    def names(self) -> list[str]:
        return [self.combo.itemData(i) for i in range(self.combo.count()) if self.combo.itemData(i)]

    def refresh(self) -> None:
        """Read the saved profiles again (after the dialog changed them)."""
        try:
            saved = self.store.profiles()
        except ProfileError:
            saved = []
        self._saved = {p.profile.casefold(): p for p in saved}
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.tr("No saved profile"), "")
        for profile in saved:
            self.combo.addItem(profile.profile, profile.profile)
        self.combo.blockSignals(False)
        self.show_letterhead(self._letterhead)

    def show_letterhead(self, letterhead: Letterhead) -> None:
        """Show which profile *letterhead* (the release's) comes from; no signal."""
        self._letterhead = letterhead
        name = letterhead.profile
        index = self.combo.findData(name) if name else 0
        if index < 0:  # names are unique regardless of case
            index = next((i for i in range(1, self.combo.count())
                          if str(self.combo.itemData(i)).casefold() == name.casefold()), -1)
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(max(0, index))
        self.combo.blockSignals(False)
        state = ""
        if name and index < 0:
            state = self.tr("(“{name}” is not saved here)").format(name=name)
        elif index > 0:
            saved = self._saved.get(name.casefold())
            if saved is not None and core.compare(letterhead, saved):
                state = self.tr("(changed)")
                self.state.setToolTip(self.tr("This release's letterhead differs from the saved "
                                              "profile; choose the profile again to use it as saved."))
        self.state.setText(state)
        self.state.setVisible(bool(state))

    # -- choosing --------------------------------------------------------------------------
    def _activated(self, index: int) -> None:
        name = self.combo.itemData(index)
        if name:
            self.choose(name)
        else:
            self.show_letterhead(self._letterhead)

    def choose(self, name: str) -> Letterhead | None:
        """Put the saved profile *name* into the release (as the user's one click does)."""
        try:
            letterhead = core.for_draft(self.store.get(name))
        except ProfileError:
            self.refresh()
            return None
        self._letterhead = letterhead
        if self._apply is not None:
            self._apply(letterhead)
        elif self.editor is not None:
            self.editor.set_letterhead(letterhead)
            self.editor.edited.emit()
        self.show_letterhead(letterhead)
        self.profileChosen.emit(letterhead)
        return letterhead

    def manage(self) -> None:
        self.manageRequested.emit()
        ProfilesDialog.manage(self.ctx, self.window(), select=self._letterhead.profile)
        self.refresh()
