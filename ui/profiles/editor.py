"""The field editor of the letterhead profiles dialog: every field of a profile.

    editor = ProfileEditor(runner, parent)
    editor.set_profile(profile)      # shows it, no ``edited``
    editor.edited.connect(...)       # the user changed something
    editor.profile()                 # the edited copy (name and extras kept)

Logos go through :func:`presskit_ui.profiles.logo_import.logo_from_file` on the runner's
worker thread (an SVG is drawn in a child process that may take seconds); a
refused file is explained beside its field and the previous logo stays.
Nothing a user typed is ever shown as rich text.
"""

from __future__ import annotations

import base64
import copy
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QIcon, QPalette, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from presskit.color import MIN_TEXT_CONTRAST, contrast_with_white, is_hex_color, text_color
from presskit.errors import ImageError
from presskit.model import FONT_FAMILIES, Letterhead, Margins
from presskit.newrelease import (
    RELEASE_LANGUAGES,
    language_name,
    profile_defaults,
    set_profile_defaults,
)
from presskit.profiles import MARGIN_RANGE_MM
from presskit_ui.runner import Failure, Runner
from presskit_ui.widgets import CountryCombo, FieldMessage
from presskit_ui.window.field_names import core_reason

THUMB = QSize(168, 64)
LOGO_PATTERNS = "*.png *.jpg *.jpeg *.svg"
LOGO_SUFFIXES = (".png", ".jpg", ".jpeg", ".svg")
DEFAULT_MARGINS = Margins(top=18.0, right=20.0, bottom=18.0, left=20.0)  # compose's PageSetup
DEFAULT_FONT = FONT_FAMILIES[0]


def pixmap_from_data_url(url: str) -> QPixmap:
    pixmap = QPixmap()
    if url.startswith("data:") and "," in url:
        try:
            pixmap.loadFromData(base64.b64decode(url.split(",", 1)[1]))
        except (ValueError, TypeError):
            return QPixmap()
    return pixmap


class LogoThumb(QLabel):
    """The logo thumbnail, white like the paper; a logo file can be dropped on it.

    Used by the profile editor and by the release form's letterhead section."""

    fileDropped = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setFixedSize(THUMB)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setAutoFillBackground(True)
        pal = self.palette()
        pal.setColor(QPalette.ColorRole.Window, QColor("#FFFFFF"))  # logos are for white paper
        pal.setColor(QPalette.ColorRole.WindowText, QColor("#5F6368"))
        self.setPalette(pal)
        self._url: str | None = None

    def show_logo(self, url: str) -> None:
        if url == self._url:
            return  # the form re-shows the letterhead on every undo: skip decoding again
        self._url = url
        pixmap = pixmap_from_data_url(url)
        if pixmap.isNull():
            self.setPixmap(QPixmap())
            self.setText(self.tr("Drop a PNG, JPEG or SVG file here") if not url
                         else self.tr("Unreadable logo"))
        else:
            self.setText("")
            self.setPixmap(pixmap.scaled(THUMB - QSize(10, 10), Qt.AspectRatioMode.KeepAspectRatio,
                                         Qt.TransformationMode.SmoothTransformation))

    @staticmethod
    def _local_file(event: QDragEnterEvent | QDropEvent) -> str:
        mime = event.mimeData()
        urls = mime.urls() if mime.hasUrls() else []
        return urls[0].toLocalFile() if urls and urls[0].isLocalFile() else ""

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # Qt API name
        if self._local_file(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # Qt API name
        path = self._local_file(event)
        if path:
            event.acceptProposedAction()
            self.fileDropped.emit(path)


class LogoField(QWidget):
    """Thumbnail + Choose…/Remove; files are imported on the runner's worker thread."""

    changed = Signal()
    busyChanged = Signal(bool)

    def __init__(self, runner: Runner, key: str, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.key = f"profile-logo-{key}"
        self.name = name
        self._url = ""
        self._busy = False
        self.thumb = LogoThumb(self)
        self.thumb.setAccessibleName(name)
        self.choose = QPushButton(self.tr("Choose…"), self)
        self.choose.setAccessibleName(self.tr("Choose a file for: {field}").format(field=name))
        self.remove = QPushButton(self.tr("Remove"), self)
        self.remove.setAccessibleName(self.tr("Remove: {field}").format(field=name))
        buttons = QVBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.choose)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        self.message = FieldMessage(self.choose, self)
        self.message.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.thumb, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(buttons)
        row.addWidget(self.message, 1)
        row.addStretch(0)
        self.setLayout(row)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.choose.clicked.connect(self.choose_file)
        self.remove.clicked.connect(self.clear)
        self.thumb.fileDropped.connect(self.load_file)
        self._update()

    # -- value -----------------------------------------------------------------------------
    def value(self) -> str:
        return self._url

    def set_value(self, url: str) -> None:
        """Show *url* (no ``changed``); a logo still loading is forgotten."""
        self.runner.cancel(self.key)
        self._set_busy(False)
        self._url = url
        self.message.clear_message()
        self._update()

    def is_busy(self) -> bool:
        return self._busy

    # -- user actions ----------------------------------------------------------------------
    def choose_file(self) -> None:
        path = self.ask_file()
        if path:
            self.load_file(path)

    def ask_file(self) -> str:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a logo"), "",
            self.tr("Logos ({patterns})").format(patterns=LOGO_PATTERNS))
        return path

    def load_file(self, path: str) -> None:
        """Import *path* in the background; ``changed`` follows when it is accepted."""
        name = Path(path).name
        if Path(path).suffix.lower() not in LOGO_SUFFIXES:
            self.message.show_message(self.tr("{file}: use a PNG, JPEG or SVG file").format(file=name))
            return
        self.message.show_message(self.tr("Reading {file}…").format(file=name), tone="info")
        self._set_busy(True)

        def work(_progress: object) -> str:
            from presskit_ui.profiles.logo_import import logo_from_file

            return logo_from_file(path).data_url()

        self.runner.submit(work, key=self.key, on_success=self._loaded,
                           on_failure=lambda failure: self._refused(name, failure))

    def clear(self) -> None:
        self.runner.cancel(self.key)
        self._set_busy(False)
        self.message.clear_message()
        if self._url:
            self._url = ""
            self._update()
            self.changed.emit()

    # -- results ---------------------------------------------------------------------------
    def _loaded(self, url: str) -> None:
        self._set_busy(False)
        self.message.clear_message()
        self._url = url
        self._update()
        self.changed.emit()

    def _refused(self, name: str, failure: Failure) -> None:
        self._set_busy(False)
        exc = failure.error
        problem = core_reason(exc) if isinstance(exc, ImageError) else (str(exc) or type(exc).__name__)
        self.message.show_message(self.tr("{file}: {problem}").format(file=name, problem=problem))

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busyChanged.emit(busy)

    def _update(self) -> None:
        self.thumb.show_logo(self._url)
        self.remove.setEnabled(bool(self._url))


class ColorField(QWidget):
    """A swatch (opens the colour picker), a #RRGGBB field, and the contrast warning."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._value = ""
        self.swatch = QToolButton(self)
        self.swatch.setIconSize(QSize(28, 16))
        self.swatch.setAccessibleName(self.tr("Pick the accent colour"))
        self.swatch.setToolTip(self.tr("Pick the accent colour"))
        self.edit = QLineEdit(self)
        self.edit.setAccessibleName(self.tr("Accent colour, as #RRGGBB"))
        self.edit.setPlaceholderText("#1F3A5F")
        self.edit.setMaxLength(16)
        self.edit.setMaximumWidth(100)
        self.message = FieldMessage(self.edit, self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.swatch)
        row.addWidget(self.edit)
        row.addWidget(self.message, 1)
        row.addStretch(0)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.swatch.clicked.connect(self.pick)
        self.edit.textEdited.connect(self._typed)
        self._update()

    def value(self) -> str:
        return self._value

    def set_value(self, color: str) -> None:
        self._value = color.upper() if is_hex_color(color) else ""
        self.edit.setText(self._value)
        self._update()

    def pick(self) -> None:
        chosen = QColorDialog.getColor(QColor(self._value or "#1F3A5F"), self,
                                       self.tr("Accent colour"))
        if chosen.isValid():
            self.set_user_value(chosen.name().upper())

    def set_user_value(self, color: str) -> None:
        """A colour the user chose: shown, checked and reported."""
        self.edit.setText(color)
        self._typed(color)

    def _typed(self, text: str) -> None:
        text = text.strip()
        if text and not text.startswith("#"):
            text = "#" + text
        if not text or is_hex_color(text):
            new = text.upper()
            changed = new != self._value
            self._value = new
            self._update()
            if changed:
                self.changed.emit()
            return
        # Not a colour (yet): the last valid one stays in use; say so.
        self.message.show_message(self.tr("Type a colour like #1F3A5F"))

    def _update(self) -> None:
        pixmap = QPixmap(self.swatch.iconSize())
        pixmap.fill(QColor(self._value) if self._value else QColor(0, 0, 0, 0))
        self.swatch.setIcon(QIcon(pixmap))
        if not self._value:
            self.message.show_message(self.tr("Empty: the standard dark blue is used."), tone="info")
            return
        ratio = contrast_with_white(self._value)
        if ratio < MIN_TEXT_CONTRAST:
            darker, _warning = text_color(self._value)
            self.message.show_message(self.tr(
                "This colour is too light for text: contrast {ratio}:1 on white, under the "
                "{minimum}:1 of WCAG AA. Text in this colour is printed in {darker}.").format(
                    ratio=f"{ratio:.2f}", minimum=f"{MIN_TEXT_CONTRAST:g}", darker=darker),
                tone="hint")
        else:
            self.message.clear_message()


def _combo(parent: QWidget, items: list[tuple[str, str]], name: str) -> QComboBox:
    combo = QComboBox(parent)
    for text, data in items:
        combo.addItem(text, data)
    combo.setAccessibleName(name)
    return combo


class ProfileEditor(QWidget):
    """Every field of a letterhead profile. ``profile()`` keeps the name and unknown keys."""

    edited = Signal()
    busyChanged = Signal(bool)  # a logo is being imported

    def __init__(self, runner: Runner, parent: QWidget | None = None):
        super().__init__(parent)
        self._base = Letterhead()
        self._touched: set[str] = set()
        self._loading = False
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form = form

        self._build_identity_rows(runner)
        self._build_page_rows()
        self._build_release_rows()
        self._connect_signals()
        self.set_profile(Letterhead())

    def _build_identity_rows(self, runner: Runner) -> None:
        """Who the letterhead is: organisation, logos, address, website, handles, colour."""
        self.organization = QLineEdit(self)
        self.organization.setAccessibleName(self.tr("Organisation name"))
        self._row(self.tr("&Organisation"), self.organization)

        self.logo = LogoField(runner, "logo", self.tr("Logo"), self)
        self._row(self.tr("&Logo"), self.logo, buddy=self.logo.choose)
        self.secondary_logo = LogoField(runner, "secondary", self.tr("Second logo (optional)"), self)
        self.secondary_logo.thumb.setFixedSize(QSize(THUMB.width() * 3 // 4, THUMB.height() * 3 // 4))
        self._row(self.tr("Seco&nd logo"), self.secondary_logo, buddy=self.secondary_logo.choose)

        self.address = QPlainTextEdit(self)
        self.address.setAccessibleName(self.tr("Mailing address"))
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self._row(self.tr("&Address"), self.address)

        self.website = QLineEdit(self)
        self.website.setAccessibleName(self.tr("Website"))
        self.website.setPlaceholderText("www.example.org")
        self._row(self.tr("&Website"), self.website)

        self.social = QPlainTextEdit(self)
        self.social.setAccessibleName(self.tr("Social media handles, one per line"))
        self.social.setPlaceholderText(self.tr("One per line, e.g. @example@social.example"))
        self.social.setTabChangesFocus(True)
        self.social.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self._row(self.tr("&Social handles"), self.social)

        self.color = ColorField(self)
        self._row(self.tr("Accent &colour"), self.color, buddy=self.color.edit)

    def _build_page_rows(self) -> None:
        """The page: font and paper, margins, footer."""
        self.font_combo = _combo(self, [(f, f) for f in FONT_FAMILIES], self.tr("Font family"))
        self.paper = _combo(self, [(self.tr("A4 (210 × 297 mm)"), "a4"),
                                   (self.tr("US Letter (8.5 × 11 in)"), "letter")],
                            self.tr("Paper size"))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.font_combo)
        paper_label = QLabel(self.tr("&Paper"), self)
        paper_label.setBuddy(self.paper)
        row.addSpacing(12)
        row.addWidget(paper_label)
        row.addWidget(self.paper)
        row.addStretch(1)
        self._row(self.tr("&Font"), row, buddy=self.font_combo)

        self.margins: dict[str, QDoubleSpinBox] = {}
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        lo, hi = MARGIN_RANGE_MM
        sides = (("top", self.tr("Top")), ("bottom", self.tr("Bottom")),
                 ("left", self.tr("Left")), ("right", self.tr("Right")))
        for i, (side, text) in enumerate(sides):
            spin = QDoubleSpinBox(self)
            spin.setRange(lo, hi)
            spin.setDecimals(1)
            spin.setSingleStep(1.0)
            spin.setSuffix(" mm")
            spin.setAccessibleName(self.tr("{side} margin in millimetres").format(side=text))
            label = QLabel(text, self)
            label.setBuddy(spin)
            grid.addWidget(label, i // 2, (i % 2) * 2)
            grid.addWidget(spin, i // 2, (i % 2) * 2 + 1)
            self.margins[side] = spin
        grid.setColumnStretch(4, 1)
        self._row(self.tr("&Margins"), grid, buddy=self.margins["top"])

        self.footer = QLineEdit(self)
        self.footer.setAccessibleName(self.tr("Footer line"))
        self.footer.setPlaceholderText(self.tr("Printed at the foot of every page"))
        self._row(self.tr("Foo&ter"), self.footer)

    def _build_release_rows(self) -> None:
        """Phone numbers and quotation marks, continuation pages, what new releases take."""
        self.home_country = CountryCombo(self.tr("As in Preferences"), self)
        self.home_country.setAccessibleName(self.tr("Home country of phone numbers"))
        self.home_country.setToolTip(self.tr("Phone numbers typed without +CC, for contacts with "
                                             "no country of their own, belong to this country"))
        self._row(self.tr("&Home country"), self.home_country)
        self.british_quotes = _combo(self, [(self.tr("Double first (“ ”)"), "double"),
                                            (self.tr("Single first (‘ ’)"), "single")],
                                     self.tr("British English quotation marks"))
        self._row(self.tr("British &quotation marks"), self.british_quotes)

        self.repeat_logo = QCheckBox(self.tr("Continuation pages &repeat the logo"), self)
        self.repeat_logo.setAccessibleName(self.tr("Continuation pages repeat the logo"))
        self.form.addRow("", self.repeat_logo)
        self._new_release_fields()

    def _connect_signals(self) -> None:
        for edit in (self.organization, self.website, self.footer):
            edit.textEdited.connect(self._changed)
        for text_edit in (self.address, self.social):
            text_edit.textChanged.connect(self._changed)
        for field in (self.logo, self.secondary_logo, self.color):
            field.changed.connect(self._changed)
        for field in (self.logo, self.secondary_logo):
            field.busyChanged.connect(lambda _b: self.busyChanged.emit(self.is_busy()))
        self.font_combo.activated.connect(lambda _i: self._touch("font"))
        self.paper.activated.connect(lambda _i: self._touch("paper"))
        for spin in self.margins.values():
            spin.valueChanged.connect(lambda _v: self._touch("margins"))
        self.repeat_logo.toggled.connect(self._changed)
        self.release_language.activated.connect(self._changed)
        self.contact_list.textEdited.connect(self._changed)
        self.about_text.textChanged.connect(self._changed)
        self.home_country.currentIndexChanged.connect(self._changed)
        self.british_quotes.activated.connect(lambda _i: self._touch("british_quotes"))

    def _new_release_fields(self) -> None:
        """What the profile brings to a release started from it (``presskit.newrelease``)."""
        self.release_language = QComboBox(self)
        self.release_language.addItem(self.tr("As the last release"), "")
        for code in RELEASE_LANGUAGES:
            self.release_language.addItem(language_name(code, code), code)
        self.release_language.setAccessibleName(self.tr("Language of new releases"))
        self._row(self.tr("New releases &in"), self.release_language)
        self.about_text = QPlainTextEdit(self)
        self.about_text.setAccessibleName(self.tr("About text of new releases"))
        self.about_text.setPlaceholderText(self.tr("Printed under “About the organisation”"))
        self.about_text.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self._row(self.tr("A&bout text"), self.about_text)
        self.contact_list = QLineEdit(self)
        self.contact_list.setAccessibleName(self.tr("Default contact list"))
        self.contact_list.setPlaceholderText(self.tr("Name of a list in the contact book"))
        self._row(self.tr("Contact &list"), self.contact_list)

    def _row(self, text: str, field: QWidget | QHBoxLayout | QGridLayout, *,
             buddy: QWidget | None = None) -> None:
        label = QLabel(text, self)
        target = buddy if buddy is not None else field
        if isinstance(target, QWidget):  # a row of several widgets names its buddy
            label.setBuddy(target)
        self.form.addRow(label, field)

    # -- value -----------------------------------------------------------------------------
    def set_profile(self, profile: Letterhead) -> None:
        """Show *profile*; no ``edited``. Name and unknown keys are kept for ``profile()``."""
        self._loading = True
        try:
            self._base = copy.deepcopy(profile)
            self._touched.clear()
            self.organization.setText(profile.organization)
            self.logo.set_value(profile.logo)
            self.secondary_logo.set_value(profile.secondary_logo)
            self.address.setPlainText(profile.address)
            self.website.setText(profile.website)
            self.social.setPlainText("\n".join(profile.social))
            self.color.set_value(profile.color)
            self._select(self.font_combo, profile.font or DEFAULT_FONT)
            self._select(self.paper, (profile.paper or "a4").lower())
            margins = profile.margins or DEFAULT_MARGINS
            for side, spin in self.margins.items():
                spin.setValue(float(getattr(margins, side)))
            self.footer.setText(profile.footer)
            for edit in (self.organization, self.website, self.footer):
                edit.setCursorPosition(0)
            self.repeat_logo.setChecked(profile.repeat_logo)
            self.home_country.set_code(profile.home_country)
            self._select(self.british_quotes, profile.british_quotes or "double")
            defaults = profile_defaults(profile)
            self._select(self.release_language, defaults.language)
            self.about_text.setPlainText(defaults.boilerplate)
            self.contact_list.setText(defaults.contact_list)
        finally:
            self._loading = False

    def profile(self) -> Letterhead:
        lh = copy.deepcopy(self._base)
        lh.organization = self.organization.text()
        lh.logo = self.logo.value()
        lh.secondary_logo = self.secondary_logo.value()
        lh.address = self.address.toPlainText()
        lh.website = self.website.text()
        lh.social = [line.strip() for line in self.social.toPlainText().splitlines() if line.strip()]
        lh.color = self.color.value()
        # Values left as loaded stay as they were ("" = the default), so that merely
        # looking at a profile never changes it.
        if "font" in self._touched:
            lh.font = self.font_combo.currentData()
        if "paper" in self._touched:
            lh.paper = self.paper.currentData()
        if "margins" in self._touched:
            lh.margins = Margins(**{side: spin.value() for side, spin in self.margins.items()})
        lh.footer = self.footer.text()
        lh.repeat_logo = self.repeat_logo.isChecked()
        lh.home_country = self.home_country.code()
        if "british_quotes" in self._touched:  # "" (double first) stays "" until chosen
            lh.british_quotes = self.british_quotes.currentData()
        set_profile_defaults(lh, language=self.release_language.currentData() or "",
                             boilerplate=self.about_text.toPlainText(),
                             contact_list=self.contact_list.text())
        return lh

    def is_busy(self) -> bool:
        return self.logo.is_busy() or self.secondary_logo.is_busy()

    # -- changes ---------------------------------------------------------------------------
    @staticmethod
    def _select(combo: QComboBox, data: str) -> None:
        index = combo.findData(data)
        combo.setCurrentIndex(max(0, index))

    def _touch(self, what: str) -> None:
        if self._loading:
            return
        self._touched.add(what)
        self._changed()

    def _changed(self, *_args: object) -> None:
        if not self._loading:
            self.edited.emit()
