"""Small widgets shared by the editor's windows and dialogs.

Every text a user typed (names, titles, file names, error messages quoting them) is shown
as plain text, never as HTML. The dialog helpers are classmethods returning the user's
answer in one line; tests monkeypatch them.
"""

from __future__ import annotations

import functools
import html

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

ERROR_COLOR = "#b3261e"  # a problem under a field (4.5:1 on the window background)
HINT_COLOR = "#8a5300"  # a hint under a field


def plain_label(text: str = "", parent: QWidget | None = None, *, wrap: bool = False,
                name: str = "") -> QLabel:
    """A label that never reads its text as HTML (a user's name holding ``<b>`` shows as typed).

    *name* sets the object name (tests and style sheets find the label by it).
    """
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setText(text)
    if name:
        label.setObjectName(name)
    return label


class FieldMessage(QLabel):
    """A small message under a field: red for a problem, brown for a hint; plain text only.

    The message is also set as the field's accessible description, so a screen reader
    announces it with the field; clearing it gives the field its own description back.
    """

    def __init__(self, field: QWidget | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.field = field
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 0.9)
        self.setFont(font)
        self._base_description = field.accessibleDescription() if field is not None else ""
        self.hide()

    def show_message(self, text: str, *, tone: str = "error") -> None:
        """*tone*: "error" (red), "hint" (brown) or "info" (the normal text colour)."""
        parent = self.parentWidget()
        palette = parent.palette() if parent is not None else self.palette()
        if tone in ("error", "hint"):
            palette.setColor(QPalette.ColorRole.WindowText,
                             QColor(ERROR_COLOR if tone == "error" else HINT_COLOR))
        self.setPalette(palette)
        self.setText(text)
        self.setVisible(bool(text))
        if self.field is not None:
            self.field.setAccessibleDescription(text or self._base_description)

    def clear_message(self) -> None:
        self.show_message("")


@functools.cache
def country_names(language: str) -> tuple[tuple[str, str], ...]:
    """``(code, name)`` of every country, named in *language* ("fr"), sorted by name."""
    from babel import Locale, UnknownLocaleError

    try:
        territories = Locale.parse(language).territories
    except (UnknownLocaleError, ValueError):
        territories = Locale.parse("en").territories
    pairs = [(code, name) for code, name in territories.items()
             if len(code) == 2 and code.isalpha() and code not in ("ZZ", "EU", "EZ", "UN", "QO")]
    import unicodedata

    def key(pair: tuple[str, str]) -> str:
        return unicodedata.normalize("NFKD", pair[1].casefold())

    return tuple(sorted(pairs, key=key))


class CountryCombo(QComboBox):
    """A country picked by name (in the interface language), typed or chosen; ``code()`` is ISO.

    The first entry, *none_text*, stands for "no country" (code "").
    """

    def __init__(self, none_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItem(none_text, "")
        for code, name in country_names(QLocale().name().split("_")[0] or "en"):
            self.addItem(f"{name} ({code})", code)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)

    def code(self) -> str:
        """The ISO code of the country shown, "" for none (or text naming no country)."""
        index = self.findText(self.currentText().strip(), Qt.MatchFlag.MatchFixedString)
        return str(self.itemData(index) or "") if index >= 0 else ""

    def set_code(self, code: str) -> None:
        index = self.findData((code or "").upper())
        self.setCurrentIndex(max(0, index))


class WarningBanner(QFrame):
    """A pale yellow strip with a warning icon and a plain-text message; hidden while empty."""

    def __init__(self, parent: QWidget | None, name: str):
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(f"#{name} {{ background: #fff4ce; border: 1px solid #e0c060; }}")
        icon = QLabel(self)
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(24, 24))
        self.text = plain_label("", self, wrap=True, name=f"{name}Text")
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box = QHBoxLayout(self)
        box.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        box.addWidget(self.text, 1)
        self.set_text("")

    def set_text(self, text: str) -> None:
        self.text.setText(text)
        self.text.setAccessibleName(text)
        self.setVisible(bool(text))


def plain_tooltip(text: str) -> str:
    """A tooltip showing *text* exactly: Qt takes any tooltip that looks like HTML for HTML
    (a path holding ``<b>`` would show bold), so it is given as escaped rich text."""
    if not text:
        return ""
    return f"<p style='white-space:pre'>{html.escape(text, quote=False)}</p>"


def message_box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
                informative: str = "") -> QMessageBox:
    """A QMessageBox whose texts are always plain (Qt would otherwise guess HTML)."""
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    if informative:
        box.setInformativeText(informative)
        # The informative label has no format setter: find it and force plain text.
        for label in box.findChildren(QLabel):
            if label.objectName() == "qt_msgbox_informativelabel":
                label.setTextFormat(Qt.TextFormat.PlainText)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return box


def clicked_role(box: QMessageBox, mapping: dict[QAbstractButton, str], default: str) -> str:
    box.exec()
    return mapping.get(box.clickedButton(), default)


class ConfirmDialog:
    """The one "do this, or Cancel" question of the editor (Cancel is the default and Escape).

    Features keep their own named classmethods (``ContactDialogs.confirm``,
    ``ProfileDialogs.confirm_delete``) as places tests monkeypatch; they all ask through this.
    """

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str, informative: str, ok_text: str,
            *, destructive: bool = False) -> bool:
        """True when the user chose *ok_text*; *destructive* shows a warning and a
        destructive button (deleting something that cannot come back)."""
        icon = QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question
        box = message_box(parent, icon, title, text, informative)
        role = (QMessageBox.ButtonRole.DestructiveRole if destructive
                else QMessageBox.ButtonRole.AcceptRole)
        ok = box.addButton(ok_text, role)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is ok


class InfoDialog:
    @classmethod
    def show(cls, parent: QWidget | None, title: str, text: str, informative: str = "",
             warning: bool = False) -> None:
        icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
        box = message_box(parent, icon, title, text, informative)
        box.addButton(QMessageBox.StandardButton.Ok)
        box.exec()


class ErrorDialog(QDialog):
    """An error explained in one line, with the technical details one click away."""

    def __init__(self, parent: QWidget | None, title: str, message: str, details: str):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        label = QLabel(message, self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(label)
        self.details = QPlainTextEdit(details, self)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Error details"))
        self.details.setMinimumHeight(160)
        self.details.setVisible(bool(details))
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("&Copy Details"), self)
        self.copy_button.setEnabled(bool(details))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._text = f"{message}\n\n{details}".strip()

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self._text)
        self.copy_button.setText(self.tr("Copied"))

    @classmethod
    def show_error(cls, parent: QWidget | None, title: str, message: str, details: str = "") -> None:
        dlg = cls(parent, title, message, details)
        dlg.exec()
        dlg.deleteLater()
