"""The "Release" section: language, kind, reference, date, place and embargo."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable

from PySide6.QtCore import QDate, Qt, QTime, QTimeZone, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QTimeEdit,
    QToolButton,
    QWidget,
)

from presskit.model import KINDS, Release
from presskit.references import suggest_next
from presskit_ui.form import validation
from presskit_ui.form.common import ExactLineEdit, stacked
from presskit_ui.form.date_field import NO_DATE, DateField
from presskit_ui.form.language_combo import LanguageCombo
from presskit_ui.widgets import FieldMessage, plain_label

_OFFSETS = (-720, -660, -600, -570, -540, -480, -420, -360, -300, -240, -210, -180, -120, -60,
            0, 60, 120, 180, 210, 240, 270, 300, 330, 345, 360, 390, 420, 480, 525, 540, 570,
            600, 630, 660, 720, 765, 780, 840)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def offset_label(minutes: int) -> str:
    sign = "+" if minutes >= 0 else "−"
    h, m = divmod(abs(minutes), 60)
    return f"UTC{sign}{h:02d}:{m:02d}"


@functools.cache
def zone_choices() -> tuple[tuple[str, str], ...]:
    """(label, key) for the time-zone list: fixed UTC offsets, then IANA zones."""
    items = [(offset_label(m) + (" (GMT)" if m == 0 else ""), f"offset:{m}") for m in _OFFSETS]
    try:
        import zoneinfo

        names = sorted(n for n in zoneinfo.available_timezones()
                       if "/" in n and not n.startswith(("Etc/", "SystemV/", "US/", "posix/",
                                                          "right/")))
    except Exception:
        names = []
    items.extend((n.replace("_", " "), f"zone:{n}") for n in names)
    return tuple(items)


def tzinfo_for(key: str, on: dt.datetime) -> dt.tzinfo | None:
    if key.startswith("offset:"):
        return dt.timezone(dt.timedelta(minutes=int(key[7:])))
    if key.startswith("zone:"):
        try:
            import zoneinfo

            zone = zoneinfo.ZoneInfo(key[5:])
        except Exception:
            return None
        offset = on.replace(tzinfo=zone).utcoffset()
        return dt.timezone(offset) if offset is not None else None
    return None


def default_zone_key() -> str:
    ident = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    keys = {key for _label, key in zone_choices()}
    if f"zone:{ident}" in keys:
        return f"zone:{ident}"
    offset = dt.datetime.now().astimezone().utcoffset() or dt.timedelta(0)
    key = f"offset:{int(offset.total_seconds() // 60)}"
    return key if key in keys else "offset:0"


class ReleaseSection(QWidget):
    edited = Signal()
    languageChanged = Signal(str)
    dateChanged = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form = form
        self._recent: list[str] = []
        self._loaded_date: dt.date | None = None
        self._loaded_embargo: dt.datetime | None = None
        self._embargo_touched = False
        self._setting = False
        self.clock: Callable[[], dt.date] = dt.date.today  # "Today"; tests freeze it

        self._build_identity_rows()
        self._build_date_rows()
        self._build_embargo_row()
        self._connect_signals()
        self._update_printed_date()

    def _build_identity_rows(self) -> None:
        """Language, kind and reference of the release."""
        self.language = LanguageCombo(self)
        self.language.setAccessibleName(self.tr("Language of the release"))
        self.language_msg = FieldMessage(self.language, self)
        self._row(self.tr("&Language"), self.language, self.language_msg)

        self.kind = QComboBox(self)
        for kind, label in zip(KINDS, (self.tr("Press release"), self.tr("Media advisory"),
                                       self.tr("Statement")), strict=True):
            self.kind.addItem(label, kind)
        self.kind.setAccessibleName(self.tr("Kind of release"))
        self._row(self.tr("&Kind"), self.kind)

        self.reference = ExactLineEdit(self)
        self.reference.setAccessibleName(self.tr("Reference"))
        self.reference.setClearButtonEnabled(True)
        self.use_reference = QPushButton(self)
        self.use_reference.setAccessibleDescription(self.tr("Fills in the suggested next reference"))
        self.use_reference.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.reference, 1)
        row.addWidget(self.use_reference)
        self._row(self.tr("&Reference"), row, buddy=self.reference)

    def _build_date_rows(self) -> None:
        """The release date (with Today, No date and how it prints) and the dateline's place."""
        self.date = DateField(self, today=lambda: self.clock())
        self.date.line.setAccessibleName(self.tr("Release date"))
        self.today = QToolButton(self)
        self.today.setText(self.tr("Today"))
        self.today.setAccessibleName(self.tr("Set the release date to today"))
        self.clear_date = QToolButton(self)
        self.clear_date.setText("×")
        self.clear_date.setToolTip(self.tr("No date"))
        self.clear_date.setAccessibleName(self.tr("Remove the release date"))
        self.printed_date = plain_label("", self)
        self.printed_date.setAccessibleName(self.tr("The date as it will print"))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.date)
        row.addWidget(self.today)
        row.addWidget(self.clear_date)
        row.addWidget(self.printed_date, 1)
        self.date_msg = FieldMessage(self.date.line, self)
        self.date.problemChanged.connect(self._on_date_problem)
        self._row(self.tr("&Date"), row, self.date_msg, buddy=self.date.line)

        self.place = ExactLineEdit(self)
        self.place.setAccessibleName(self.tr("Place (dateline)"))
        self.place.setPlaceholderText(self.tr("City the release is issued from"))
        self._row(self.tr("&Place"), self.place)

    def _build_embargo_row(self) -> None:
        """The embargo: a check box, then date, time and time zone with the zone's offset."""
        self.embargo = QCheckBox(self.tr("Hold until a date and time"), self)
        self.embargo.setAccessibleName(self.tr("Embargo"))
        self.embargo_date = QDateEdit(self)
        self.embargo_date.setCalendarPopup(True)
        self.embargo_date.setDisplayFormat("yyyy-MM-dd")
        self.embargo_date.setAccessibleName(self.tr("Embargo date"))
        self.embargo_time = QTimeEdit(self)
        self.embargo_time.setDisplayFormat("HH:mm")
        self.embargo_time.setAccessibleName(self.tr("Embargo time"))
        self.embargo_zone = QComboBox(self)
        self.embargo_zone.setEditable(True)
        self.embargo_zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.embargo_zone.setMinimumContentsLength(14)
        self.embargo_zone.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        for label, key in zone_choices():
            self.embargo_zone.addItem(label, key)
        zc = QCompleter(self.embargo_zone.model(), self.embargo_zone)
        zc.setFilterMode(Qt.MatchFlag.MatchContains)
        zc.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.embargo_zone.setCompleter(zc)
        self.embargo_zone.setAccessibleName(self.tr("Embargo time zone"))
        self.embargo_offset = plain_label("", self)
        when = QHBoxLayout()
        when.setContentsMargins(0, 0, 0, 0)
        when.addWidget(self.embargo_date)
        when.addWidget(self.embargo_time)
        when.addWidget(self.embargo_zone, 1)
        self.embargo_msg = FieldMessage(self.embargo_zone, self)
        self.embargo_when = QWidget(self)
        self.embargo_when.setLayout(when)
        self._row(self.tr("E&mbargo"), stacked(self.embargo, self.embargo_when, self.embargo_offset,
                                               self.embargo_msg), buddy=self.embargo)
        self._set_zone(default_zone_key())
        self.embargo_date.setDate(_qdate(self.clock()))
        self.embargo_time.setTime(QTime(9, 0))
        self._update_embargo_enabled()

    def _connect_signals(self) -> None:
        self.language.languageChanged.connect(self._on_language)
        self.kind.currentIndexChanged.connect(self._user_edit)
        self.reference.userEdited.connect(self._on_reference)
        self.use_reference.clicked.connect(self._use_suggestion)
        self.date.dateChanged.connect(self._on_date)
        self.clear_date.clicked.connect(lambda: self.date.setDate(NO_DATE))
        self.today.clicked.connect(lambda: self.date.setDate(_qdate(self.clock())))
        self.place.userEdited.connect(self._user_edit)
        self.embargo.toggled.connect(self._on_embargo_toggled)
        self.embargo_date.dateChanged.connect(self._on_embargo_edit)
        self.embargo_time.timeChanged.connect(self._on_embargo_edit)
        self.embargo_zone.currentIndexChanged.connect(self._on_embargo_edit)
        zone_line = self.embargo_zone.lineEdit()
        if zone_line is not None:
            zone_line.textEdited.connect(self._on_embargo_edit)

    def _row(self, label: str, field: QWidget | QLayout, message: QWidget | None = None,
             *, buddy: QWidget | None = None) -> None:
        lab = QLabel(label, self)
        target = buddy if buddy is not None else field
        if isinstance(target, QWidget):  # a row of several widgets names its buddy
            lab.setBuddy(target)
        self.form.addRow(lab, stacked(field, message) if message is not None else field)

    # -- values --------------------------------------------------------------------------
    def set_release(self, r: Release, recent: list[str]) -> None:
        self._setting = True
        try:
            self._recent = list(recent)
            if self.language.code() != r.language:
                self.language.set_code(r.language)
            index = self.kind.findData(r.kind)
            self.kind.setCurrentIndex(index if index >= 0 else 0)
            self.reference.set_value(r.reference)
            self._loaded_date = r.date
            self.date.setDate(QDate(r.date.year, r.date.month, r.date.day) if r.date else NO_DATE)
            self.place.set_value(r.place)
            self._loaded_embargo = r.embargo
            self._embargo_touched = False
            self.embargo.setChecked(r.embargo is not None)
            if r.embargo is not None:
                e = r.embargo
                self.embargo_date.setDate(QDate(e.year, e.month, e.day))
                self.embargo_time.setTime(QTime(e.hour, e.minute, e.second))
                self._select_zone_for(e)
            self._update_embargo_enabled()
        finally:
            self._setting = False
        self._update_printed_date()
        self._update_suggestion()
        self.validate()

    def fill(self, r: Release) -> None:
        r.language = self.language.code() or self.language.last_code()
        r.kind = self.kind.currentData() or "press_release"
        r.reference = self.reference.value()
        r.date = self.current_date()
        r.place = self.place.value()
        r.embargo = self.current_embargo()

    def current_date(self) -> dt.date | None:
        d = self.date.date()
        if d == NO_DATE or not d.isValid():
            return None
        value = dt.date(d.year(), d.month(), d.day())
        if self._loaded_date is not None and value == self._loaded_date:
            return self._loaded_date
        return value

    def current_language(self) -> str:
        return self.language.code() or self.language.last_code()

    def current_embargo(self) -> dt.datetime | None:
        if not self.embargo.isChecked():
            return None
        if not self._embargo_touched and self._loaded_embargo is not None:
            return self._loaded_embargo
        d, t = self.embargo_date.date(), self.embargo_time.time()
        naive = dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())
        tz = self._zone_tz(naive)
        if tz is None:  # no usable zone typed: keep the last valid one (flagged)
            tz = self._last_tz or dt.UTC
        return naive.replace(tzinfo=tz)

    # -- embargo -------------------------------------------------------------------------
    _last_tz: dt.tzinfo | None = None

    def _zone_key(self) -> str | None:
        text = self.embargo_zone.currentText().strip()
        index = self.embargo_zone.findText(text, Qt.MatchFlag.MatchFixedString)
        if index < 0:
            return None
        key = self.embargo_zone.itemData(index)
        return key if isinstance(key, str) else None

    def _zone_tz(self, naive: dt.datetime) -> dt.tzinfo | None:
        key = self._zone_key()
        tz = tzinfo_for(key, naive) if key else None
        if tz is not None:
            self._last_tz = tz
        return tz

    def _set_zone(self, key: str) -> None:
        index = self.embargo_zone.findData(key)
        if index >= 0:
            self.embargo_zone.setCurrentIndex(index)
            self.embargo_zone.setEditText(self.embargo_zone.itemText(index))

    def _select_zone_for(self, when: dt.datetime) -> None:
        """Keep the zone shown if it gives the same offset (Europe/Paris stays Europe/Paris
        after an undo); otherwise show the fixed offset."""
        offset = when.utcoffset() or dt.timedelta(0)
        naive = when.replace(tzinfo=None)
        key = self._zone_key()
        current = tzinfo_for(key, naive) if key else None
        if current is not None and current.utcoffset(naive) == offset:
            return
        minutes = int(offset.total_seconds() // 60)
        if self.embargo_zone.findData(f"offset:{minutes}") < 0:
            self.embargo_zone.addItem(offset_label(minutes), f"offset:{minutes}")
        self._set_zone(f"offset:{minutes}")

    def _update_embargo_enabled(self) -> None:
        on = self.embargo.isChecked()
        self.embargo_when.setEnabled(on)
        self.embargo_offset.setEnabled(on)
        self._update_offset_label()

    def _update_offset_label(self) -> None:
        when = self.current_embargo() if self.embargo.isChecked() else None
        if when is None or self._zone_key() is None:
            self.embargo_offset.setText("")
        else:
            utc = when.astimezone(dt.UTC)
            self.embargo_offset.setText(self.tr("= {time} UTC on {date}").format(
                time=utc.strftime("%H:%M"), date=utc.date().isoformat()))
        self.embargo_offset.setVisible(bool(self.embargo_offset.text()))

    def _on_embargo_toggled(self, on: bool) -> None:
        if self._setting:
            return
        if on and self._loaded_embargo is None:
            start = self.current_date() or self.clock()
            self.embargo_date.setDate(QDate(start.year, start.month, start.day))
            self.embargo_time.setTime(QTime(9, 0))
        self._embargo_touched = True
        self._update_embargo_enabled()
        self._user_edit()

    def _on_embargo_edit(self, *_args: object) -> None:
        if self._setting:
            return
        self._embargo_touched = True
        self._update_offset_label()
        self._user_edit()

    # -- language, date, reference -------------------------------------------------------
    def _on_language(self, code: str) -> None:
        if self._setting:
            return
        self._update_printed_date()
        self.languageChanged.emit(code)
        self._user_edit()

    def _on_date(self, _date: QDate) -> None:
        if self._setting:
            return
        self._update_printed_date()
        self._update_suggestion()
        self.dateChanged.emit()
        self._user_edit()

    def _on_date_problem(self, message: str) -> None:
        self.validate()

    def _update_printed_date(self) -> None:
        day = self.current_date()
        if day is None:
            self.printed_date.setText("")
            return
        from presskit.compose import format_date, resolve_locale

        locale, _note = resolve_locale(self.current_language())
        self.printed_date.setText(format_date(day, locale))

    def suggestion(self) -> str | None:
        return suggest_next(self._recent, self.current_date())

    def _update_suggestion(self) -> None:
        suggestion = self.suggestion()
        self.reference.setPlaceholderText(suggestion or self.tr("e.g. CP001-2026"))
        show = bool(suggestion) and not self.reference.text().strip()
        if suggestion:
            self.use_reference.setText(self.tr("Use {reference}").format(reference=suggestion))
            self.use_reference.setAccessibleName(self.use_reference.text())
        self.use_reference.setVisible(show)

    def _use_suggestion(self) -> None:
        suggestion = self.suggestion()
        if not suggestion:
            return
        self.reference.setText(suggestion)
        self.reference._on_edited(suggestion)
        self.reference.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_reference(self) -> None:
        self._update_suggestion()
        self._user_edit()

    def _user_edit(self, *_args: object) -> None:
        if self._setting:
            return
        self.validate()
        self.edited.emit()

    # -- checks and focus ----------------------------------------------------------------
    def problems(self) -> list[tuple[str, str]]:
        out: list[tuple[str, str]] = []
        msg = validation.language_problem(self.language.code() is not None)
        if msg:
            out.append(("language", msg))
        if self.date.problem():
            out.append(("date", self.date.problem()))
        if self.embargo.isChecked():
            d, t = self.embargo_date.date(), self.embargo_time.time()
            naive = dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())
            zone_ok = self._zone_key() is not None and self._zone_tz(naive) is not None
            msg = validation.embargo_problem(zone_ok, self.current_embargo(), self.current_date())
            if msg:
                out.append(("embargo", msg))
        return out

    def validate(self) -> list[tuple[str, str]]:
        problems = self.problems()
        found = dict(problems)
        self.language_msg.show_message(found.get("language", ""))
        self.date_msg.show_message(found.get("date", ""))
        self.embargo_msg.show_message(found.get("embargo", ""))
        return problems

    def widget_for(self, field: str) -> QWidget | None:
        return {
            "language": self.language, "kind": self.kind, "reference": self.reference,
            "date": self.date.line, "place": self.place,
            "embargo": self.embargo_date if self.embargo.isChecked() else self.embargo,
        }.get(field)
