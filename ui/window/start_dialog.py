"""The first window's choices, also behind File ▸ New: a blank release, a release from a
letterhead profile, a recent file, or the sample release (clearly labelled as such).

    choice = StartDialog.ask(parent, profile_names, recent_paths)
    if choice is not None and choice.kind == "profile": ...
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

BLANK, PROFILE, RECENT, SAMPLE, OPEN = "blank", "profile", "recent", "sample", "open"


@dataclass(frozen=True)
class StartChoice:
    kind: str  # BLANK, PROFILE, RECENT, SAMPLE or OPEN (the Open dialog)
    profile: str = ""
    path: Path | None = None


class StartDialog(QDialog):
    """What to start with. Enter takes a blank release; Escape starts nothing."""

    def __init__(self, parent: QWidget | None, profiles: list[str], recent: list[Path]):
        super().__init__(parent)
        self.setObjectName("startDialog")
        self.choice: StartChoice | None = None
        self.profiles = list(profiles)
        self.recent = list(recent)
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        self.heading.setObjectName("startHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)

        row = QHBoxLayout()
        self.blank = QPushButton(self)
        self.blank.setObjectName("startBlank")
        self.blank.setDefault(True)
        self.blank.clicked.connect(lambda: self._done(StartChoice(BLANK)))
        self.from_profile = QPushButton(self)
        self.from_profile.setObjectName("startFromProfile")
        self.profile_menu = QMenu(self)
        self.from_profile.setMenu(self.profile_menu)
        self.from_profile.setEnabled(bool(self.profiles))
        for name in self.profiles:
            act = self.profile_menu.addAction(name.replace("&", "&&"))
            act.triggered.connect(lambda _=False, n=name: self.choose_profile(n))
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("startOpen")
        self.open_button.clicked.connect(lambda: self._done(StartChoice(OPEN)))
        for b in (self.blank, self.from_profile, self.open_button):
            row.addWidget(b)
        layout.addLayout(row)

        self.recent_label = QLabel(self)
        layout.addWidget(self.recent_label)
        self.recent_list = QListWidget(self)
        self.recent_list.setObjectName("startRecent")
        for path in self.recent:
            item = QListWidgetItem(path.name, self.recent_list)
            item.setToolTip(str(path))
            item.setData(Qt.ItemDataRole.UserRole, str(path))
        self.recent_list.itemActivated.connect(
            lambda item: self.choose_recent(Path(item.data(Qt.ItemDataRole.UserRole))))
        self.recent_label.setBuddy(self.recent_list)
        layout.addWidget(self.recent_list, 1)
        self.no_recent = QLabel(self)
        self.no_recent.setEnabled(False)
        layout.addWidget(self.no_recent)
        self.recent_list.setVisible(bool(self.recent))
        self.no_recent.setVisible(not self.recent)

        sample_row = QHBoxLayout()
        self.sample = QPushButton(self)
        self.sample.setObjectName("startSample")
        self.sample.clicked.connect(lambda: self._done(StartChoice(SAMPLE)))
        self.sample_note = QLabel(self)
        self.sample_note.setWordWrap(True)
        sample_row.addWidget(self.sample)
        sample_row.addWidget(self.sample_note, 1)
        layout.addLayout(sample_row)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.resize(620, 460)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to Presskit"))
        self.heading.setText(self.tr("What would you like to write?"))
        self.intro.setText(self.tr("Start a press release from scratch or from one of your "
                                   "letterhead profiles, or pick up where you left off."))
        self.blank.setText(self.tr("&Blank release"))
        self.from_profile.setText(self.tr("New from letterhead &profile…"))
        self.from_profile.setToolTip(
            self.tr("The profile brings its letterhead, About text, language, home country "
                    "and default contact list.") if self.profiles
            else self.tr("No letterhead profile yet: create one in Tools ▸ Letterhead Profiles…"))
        self.open_button.setText(self.tr("&Open…"))
        self.recent_label.setText(self.tr("&Recent files:"))
        self.no_recent.setText(self.tr("No recent files yet."))
        self.sample.setText(self.tr("Open the &sample release"))
        self.sample_note.setText(self.tr("A fictional French release to look around in. "
                                         "Saving it asks for a new file name."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "sample_note"):
            self.retranslate()
        super().changeEvent(event)

    def choose_profile(self, name: str) -> None:
        self._done(StartChoice(PROFILE, profile=name))

    def choose_recent(self, path: Path) -> None:
        self._done(StartChoice(RECENT, path=path))

    def _done(self, choice: StartChoice) -> None:
        self.choice = choice
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, profiles: list[str],
            recent: list[Path]) -> StartChoice | None:
        dlg = cls(parent, profiles, recent)
        try:
            return dlg.choice if dlg.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dlg.deleteLater()
