"""The "Letterhead" section: organisation, logo, website, address and accent colour.

The profile extras (secondary logo, social links, font, paper, margins, footer,
repeat_logo, profile name, unknown keys) are not shown here but are given back
unchanged. The letterhead-profiles feature puts its picker on top with
``add_header_widget``.
"""

from __future__ import annotations

import copy
from pathlib import Path

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from presskit.model import Letterhead
from presskit_ui.form import validation
from presskit_ui.form.common import ExactLineEdit, ExactPlainTextEdit, stacked
from presskit_ui.profiles.editor import LogoThumb
from presskit_ui.profiles.logo_import import logo_from_file
from presskit_ui.widgets import FieldMessage

IMAGE_FILTER = "*.png *.jpg *.jpeg *.gif *.bmp *.webp *.svg"


def load_logo(path: str | Path) -> str:
    """A logo file (PNG, JPEG, SVG…) as a normalised PNG data URL; raises ImageError."""
    from presskit.images import encode_data_url

    return encode_data_url(logo_from_file(path).png)


class LetterheadEditor(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._base = Letterhead()
        self._logo = ""
        self._last_color = ""
        self.header = QVBoxLayout()
        self.header.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.organization = ExactLineEdit(self)
        self.organization.setAccessibleName(self.tr("Organisation name"))
        self._row(form, self.tr("&Organisation"), self.organization)

        self.logo_view = LogoThumb(self)
        self.logo_view.setAccessibleName(self.tr("Logo"))
        self.choose_logo = QPushButton(self.tr("Choose…"), self)
        self.choose_logo.setAccessibleName(self.tr("Choose a logo file"))
        self.remove_logo = QPushButton(self.tr("Remove"), self)
        self.remove_logo.setAccessibleName(self.tr("Remove the logo"))
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose_logo)
        buttons.addWidget(self.remove_logo)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.logo_view)
        row.addLayout(buttons)
        row.addStretch(1)
        self.logo_msg = FieldMessage(self.choose_logo, self)
        self._row(form, self.tr("Lo&go"), stacked(row, self.logo_msg), buddy=self.choose_logo)

        self.website = ExactLineEdit(self)
        self.website.setAccessibleName(self.tr("Website"))
        self.website.setPlaceholderText("www.example.org")
        self._row(form, self.tr("&Website"), self.website)

        self.address = ExactPlainTextEdit(self, lines=2, max_lines=6)
        self.address.setAccessibleName(self.tr("Mailing address"))
        self._row(form, self.tr("Maili&ng address"), self.address)

        self.swatch = QToolButton(self)
        self.swatch.setAccessibleName(self.tr("Pick the accent colour"))
        self.swatch.setToolTip(self.tr("Pick the accent colour"))
        self.swatch.setIconSize(QSize(28, 16))
        self.color = ExactLineEdit(self)
        self.color.setAccessibleName(self.tr("Accent colour, as #RRGGBB"))
        self.color.setPlaceholderText("#1F3A5F")
        self.color.setMaxLength(16)
        self.color.setMaximumWidth(110)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.swatch)
        row.addWidget(self.color)
        row.addStretch(1)
        self.color_msg = FieldMessage(self.color, self)
        self._row(form, self.tr("Colo&ur"), stacked(row, self.color_msg), buddy=self.color)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.header)
        layout.addLayout(form)

        self.organization.userEdited.connect(self.edited)
        self.website.userEdited.connect(self.edited)
        self.address.userEdited.connect(self.edited)
        self.color.userEdited.connect(self._on_color_typed)
        self.swatch.clicked.connect(self.pick_color)
        self.choose_logo.clicked.connect(self.choose_logo_file)
        self.remove_logo.clicked.connect(self.clear_logo)
        self.logo_view.fileDropped.connect(self.load_logo_file)
        self._update_logo()
        self._update_swatch()

    def _row(self, form: QFormLayout, text: str, field: QWidget | QLayout, *,
             buddy: QWidget | None = None) -> None:
        label = QLabel(text, self)
        target = buddy if buddy is not None else field
        if isinstance(target, QWidget):  # a row of several widgets names its buddy
            label.setBuddy(target)
        form.addRow(label, field)

    # -- the contract used by the profiles feature --------------------------------------
    def add_header_widget(self, widget: QWidget) -> None:
        """Put *widget* (e.g. a profile picker) above the letterhead fields."""
        widget.setParent(self)
        self.header.addWidget(widget)

    def set_letterhead(self, lh: Letterhead) -> None:
        """Show *lh* (no ``edited``); its extras are kept for ``letterhead()``."""
        self._base = copy.deepcopy(lh)
        self.organization.set_value(lh.organization)
        self.website.set_value(lh.website)
        self.address.set_value(lh.address)
        self.color.set_value(lh.color)
        self._last_color = lh.color
        self._logo = lh.logo
        self.logo_msg.clear_message()
        self._update_logo()
        self._update_swatch()
        self.validate()

    def letterhead(self) -> Letterhead:
        lh = copy.deepcopy(self._base)
        lh.organization = self.organization.value()
        lh.website = self.website.value()
        lh.address = self.address.value()
        lh.logo = self._logo
        lh.color = self.color_value()
        return lh

    def color_value(self) -> str:
        """The colour to use: as loaded until edited, then the typed one normalised
        (#1f3a5f -> #1F3A5F). While the typed text is not a colour, the last valid one
        is kept (the draft format only stores #RRGGBB) and the field is flagged."""
        typed = self.color.value()
        if typed == self._base.color:
            return typed
        value = validation.normalise_color(typed)
        if value is None:
            return self._last_color
        return value

    # -- colour -------------------------------------------------------------------------
    def _on_color_typed(self) -> None:
        value = validation.normalise_color(self.color.value())
        if value is not None:
            self._last_color = value
        self._update_swatch()
        self.validate()
        self.edited.emit()

    def pick_color(self) -> None:
        initial = QColor(self.color_value() or "#1F3A5F")
        chosen = QColorDialog.getColor(initial, self, self.tr("Accent colour"))
        if chosen.isValid():
            self.set_color(chosen.name().upper())

    def set_color(self, hex_color: str) -> None:
        """A user choice (from the colour dialog): shown and reported as an edit."""
        self.color.setText(hex_color)
        self.color._on_edited(hex_color)

    def _update_swatch(self) -> None:
        pixmap = QPixmap(self.swatch.iconSize())
        value = self.color_value()
        pixmap.fill(QColor(value) if value else QColor(0, 0, 0, 0))
        self.swatch.setIcon(QIcon(pixmap))

    # -- logo ---------------------------------------------------------------------------
    def choose_logo_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a logo"), "", self.tr("Images ({patterns})").format(
                patterns=IMAGE_FILTER))
        if path:
            self.load_logo_file(path)

    def load_logo_file(self, path: str) -> bool:
        """Import a logo file (picker or drop). A refused file is explained beside the
        field and the current logo stays."""
        from presskit.errors import ImageError
        from presskit_ui.window.field_names import core_reason

        try:
            url = load_logo(path)
        except ImageError as exc:
            self.logo_msg.show_message(self.tr("{file}: {problem}").format(
                file=Path(path).name, problem=core_reason(exc)))
            return False
        self.logo_msg.clear_message()
        self._logo = url
        self._update_logo()
        self.edited.emit()
        return True

    def clear_logo(self) -> None:
        if not self._logo:
            return
        self._logo = ""
        self.logo_msg.clear_message()
        self._update_logo()
        self.edited.emit()

    def _update_logo(self) -> None:
        self.logo_view.show_logo(self._logo)
        self.remove_logo.setEnabled(bool(self._logo))

    # -- checks and focus ---------------------------------------------------------------
    def problems(self) -> list[tuple[str, str]]:
        msg = validation.color_problem(self.color.value())
        return [("letterhead.color", msg)] if msg else []

    def validate(self) -> list[tuple[str, str]]:
        problems = self.problems()
        self.color_msg.show_message(dict(problems).get("letterhead.color", ""))
        return problems

    def widget_for(self, field: str) -> QWidget | None:
        part = field.split(".", 1)[1] if "." in field else ""
        part = part.split(".")[0].split("[")[0]
        return {"organization": self.organization, "logo": self.choose_logo,
                "secondary_logo": self.choose_logo, "website": self.website,
                "address": self.address, "color": self.color}.get(part, self.organization)
