"""The release date field: typed in the interface's order or ISO 8601, or picked on a calendar.

A line edit rather than a QDateEdit: QDateEdit's sections turned "No date" plus a
typed "5" into "No date5/03/2018", and rolled 31 February over into 3 February.
Here "No date" is only a placeholder, the text is read by
:func:`presskit.dates.parse_typed_date` when it is complete (or when the field
is left), and an impossible date is refused with a message: the release keeps
its last valid date, never another one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from presskit.dates import DateInputError, DateOrder, parse_typed_date

NO_DATE = QDate(1900, 1, 1)  # what date() returns when the field is empty


def interface_order() -> DateOrder:
    """The short date order of the interface language (QLocale's default): DMY in French."""
    return DateOrder.from_pattern(QLocale().dateFormat(QLocale.FormatType.ShortFormat))


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class DateField(QWidget):
    """``date()``/``setDate()``/``dateChanged`` like QDateEdit; ``problem()`` for a refused text."""

    dateChanged = Signal(QDate)
    problemChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None, *,
                 today: Callable[[], dt.date] = dt.date.today):
        super().__init__(parent)
        self.today = today  # the clock, replaceable by tests
        self._date: dt.date | None = None
        self._problem = ""
        self.line = QLineEdit(self)
        self.line.setClearButtonEnabled(False)
        self.pick = QToolButton(self)
        self.pick.setText("▾")
        self.pick.setAccessibleName(self.tr("Choose the date on a calendar"))
        self.pick.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._calendar = QCalendarWidget(self)
        self._calendar.setGridVisible(True)
        menu = QMenu(self.pick)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self._calendar)
        menu.addAction(holder)
        menu.aboutToShow.connect(self._prepare_calendar)
        self.pick.setMenu(menu)
        self._menu = menu
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.pick)
        self.setFocusProxy(self.line)
        self._retranslate()
        self.line.textEdited.connect(self._on_text_edited)
        self.line.editingFinished.connect(self._on_editing_finished)
        self._calendar.clicked.connect(self._on_calendar)
        self._calendar.activated.connect(self._on_calendar)

    # -- the QDateEdit-like contract ---------------------------------------------------------
    def date(self) -> QDate:
        return _qdate(self._date) if self._date is not None else NO_DATE

    def value(self) -> dt.date | None:
        return self._date

    def setDate(self, date: QDate) -> None:  # Qt-style name: a drop-in for QDateEdit
        """Set the date (NO_DATE or an invalid QDate clears it); emits dateChanged on change."""
        value = (dt.date(date.year(), date.month(), date.day())
                 if date.isValid() and date != NO_DATE else None)
        self._set(value, emit=True)

    def calendarWidget(self) -> QCalendarWidget:
        return self._calendar

    def problem(self) -> str:
        """Why the typed text was refused ("" when it was not)."""
        return self._problem

    def set_problem(self, message: str) -> None:
        """Flag the field (e.g. a draft's impossible date, opened anyway)."""
        if message != self._problem:
            self._problem = message
            self.problemChanged.emit(message)

    # -- internals ---------------------------------------------------------------------------
    def _retranslate(self) -> None:
        order = interface_order()
        self.line.setPlaceholderText(self.tr("No date"))
        self.line.setToolTip(self.tr("Type the date like {example}, or 2018-03-05").format(
            example=order.example()))
        if self._date is not None and not self._problem:
            self.line.setText(order.format(self._date))

    def _set(self, value: dt.date | None, *, emit: bool) -> None:
        changed = value != self._date
        self._date = value
        text = interface_order().format(value) if value is not None else ""
        if self.line.text() != text:
            self.line.setText(text)
        self.set_problem("")
        if changed and emit:
            self.dateChanged.emit(self.date())

    def _parse(self, text: str) -> dt.date | None:
        return parse_typed_date(text, interface_order())

    def _on_text_edited(self, text: str) -> None:
        """While typing: take a complete date at once, so the preview follows; say nothing yet."""
        try:
            value = self._parse(text)
        except DateInputError:
            return
        if value is None:
            self._date = None
            self.set_problem("")
            self.dateChanged.emit(self.date())
        elif len(text.strip()) >= 8 and value != self._date:
            self._date = value
            self.set_problem("")
            self.dateChanged.emit(self.date())

    def _on_editing_finished(self) -> None:
        text = self.line.text()
        try:
            value = self._parse(text)
        except DateInputError as exc:
            self.set_problem(self._message(exc, text))
            return  # the release keeps its last valid date; the text stays for correcting
        self._set(value, emit=True)

    def _message(self, exc: DateInputError, text: str) -> str:
        if exc.kind == "day":
            return self.tr("{text} does not exist: that month has {last} days. "
                           "The date was not changed.").format(text=text.strip(),
                                                              last=exc.params.get("last"))
        if exc.kind == "month":
            return self.tr("{text} does not exist: there is no month {month}. "
                           "The date was not changed.").format(text=text.strip(),
                                                              month=exc.params.get("month"))
        return self.tr("{text} is not a date: type it like {example}, or 2018-03-05. "
                       "The date was not changed.").format(text=text.strip()[:40],
                                                          example=interface_order().example())

    def _prepare_calendar(self) -> None:
        start = self._date or self.today()
        self._calendar.setSelectedDate(_qdate(start))
        self._calendar.setCurrentPage(start.year, start.month)

    def _on_calendar(self, date: QDate) -> None:
        self._menu.hide()
        self.setDate(date)
        self.line.setFocus(Qt.FocusReason.PopupFocusReason)

    def changeEvent(self, event: QEvent) -> None:  # Qt API name
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.LocaleChange):
            self._retranslate()
        super().changeEvent(event)
