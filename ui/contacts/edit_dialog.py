"""The dialog editing one book contact, with a message beside each field that has a problem.

    contact, ok = ContactEditDialog.edit(parent, contact, default_region="FR")

Phones (with their kind) and emails are lists of rows; emails are checked with
``email-validator`` and phones with ``phonenumbers`` through
:mod:`presskit.contacts.validate`, offline. Problems do not block saving (the
book keeps what was typed), except a contact with nothing to identify it.
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from presskit.contacts.model import PHONE_KIND_LABELS, PHONE_KINDS, BookContact, Phone
from presskit.contacts.validate import (
    country_code,
    phone_problem,
    split_languages,
    validate_email,
)
from presskit_ui.form.validation import email_problem
from presskit_ui.widgets import FieldMessage
from presskit_ui.window.field_names import core_text


class _Row(QWidget):
    """One phone or email: the field(s), a remove button and the message under them."""

    changed = Signal()
    removed = Signal(object)

    def __init__(self, parent: QWidget, what: str):
        super().__init__(parent)
        self.line = QHBoxLayout()
        self.line.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(self)
        self.edit.textChanged.connect(self.changed)
        self.remove = QPushButton(self.tr("Remove"), self)
        self.remove.setAccessibleName(self.tr("Remove this {what}").format(what=what))
        self.remove.setAutoDefault(False)
        self.remove.clicked.connect(lambda: self.removed.emit(self))
        self.message = FieldMessage(self.edit, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(self.line)
        layout.addWidget(self.message)

    def value(self) -> Any:
        """What the row holds: a ``Phone`` (phone rows) or an address (email rows)."""
        raise NotImplementedError


def phone_kind_labels() -> dict[str, str]:
    """``presskit.contacts.model.PHONE_KIND_LABELS`` in the interface language (written out so
    lupdate extracts them; a test checks the keys follow the core's)."""
    return {
        "work": QCoreApplication.translate("PhoneRow", "Work"),
        "mobile": QCoreApplication.translate("PhoneRow", "Mobile"),
        "out-of-hours": QCoreApplication.translate("PhoneRow", "Out of hours"),
        "other": QCoreApplication.translate("PhoneRow", "Other"),
    }


class PhoneRow(_Row):
    def __init__(self, parent: QWidget, phone: Phone):
        super().__init__(parent, self.tr("phone"))
        self.kind = QComboBox(self)
        for kind in PHONE_KINDS:
            self.kind.addItem(phone_kind_labels().get(kind, PHONE_KIND_LABELS[kind]), kind)
        self.kind.setCurrentIndex(max(0, self.kind.findData(phone.kind)))
        self.kind.setAccessibleName(self.tr("Phone kind"))
        self.kind.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.edit.setText(phone.number)
        self.edit.setAccessibleName(self.tr("Phone number"))
        self.edit.setPlaceholderText("+33 1 23 45 67 89")
        self.line.addWidget(self.kind)
        self.line.addWidget(self.edit, 1)
        self.line.addWidget(self.remove)

    def value(self) -> Phone:
        return Phone(self.edit.text().strip(), str(self.kind.currentData()))


class EmailRow(_Row):
    def __init__(self, parent: QWidget, address: str):
        super().__init__(parent, self.tr("email"))
        self.edit.setText(address)
        self.edit.setAccessibleName(self.tr("Email address"))
        self.edit.setPlaceholderText("name@example.org")
        self.line.addWidget(self.edit, 1)
        self.line.addWidget(self.remove)

    def value(self) -> str:
        return self.edit.text().strip()


class _RowList(QWidget):
    """Rows of phones or emails with an "Add" button under them."""

    changed = Signal()

    def __init__(self, parent: QWidget, factory: Callable[[QWidget, Any], _Row],
                 add_text: str, empty: object):
        super().__init__(parent)
        self.factory = factory
        self.empty = empty
        self.rows: list[_Row] = []
        self.box = QVBoxLayout()
        self.box.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(add_text, self)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self.add(self.empty, focus=True))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.box)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def add(self, value: object, focus: bool = False) -> _Row:
        row = self.factory(self, copy.copy(value))
        row.changed.connect(self.changed)
        row.removed.connect(self._remove)
        self.box.addWidget(row)
        self.rows.append(row)
        if focus:
            row.edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()
        return row

    def _remove(self, row: _Row) -> None:
        if row in self.rows:
            index = self.rows.index(row)
            self.rows.remove(row)
            row.hide()
            row.deleteLater()
            if self.rows:
                self.rows[min(index, len(self.rows) - 1)].edit.setFocus()
            else:
                self.add_button.setFocus()
            self.changed.emit()

    def values(self) -> list[Any]:
        """The rows' values: ``Phone`` for phone rows, ``str`` for email rows."""
        return [r.value() for r in self.rows]


class ContactEditDialog(QDialog):
    def __init__(self, parent: QWidget | None, contact: BookContact,
                 default_region: str | None = None):
        super().__init__(parent)
        self.original = copy.deepcopy(contact)
        self.default_region = default_region
        self.setWindowTitle(self.tr("Edit Contact") if contact.id else self.tr("New Contact"))
        self.setObjectName("contactEditDialog")
        form_widget = QWidget(self)
        form = QFormLayout(form_widget)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.messages: dict[str, FieldMessage] = {}

        self._build_fields(form_widget, form, contact)
        self._build_verified_row(form_widget, form, contact)
        for p in contact.phones:
            self.phones.add(p)
        for e in contact.emails:
            self.emails.add(e)
        if not contact.phones:
            self.phones.add(Phone(""))
        if not contact.emails:
            self.emails.add("")
        self.phones.changed.connect(self.validate)
        self.emails.changed.connect(self.validate)
        self._build_layout(form_widget)
        self.resize(580, 720)
        self.validate()
        self.display_name.setFocus()

    def _build_fields(self, form_widget: QWidget, form: QFormLayout, contact: BookContact) -> None:
        """Names, role, organisation, phones, emails, languages, country and notes."""
        def line(key: str, label: str, value: str) -> QLineEdit:
            edit = QLineEdit(value, form_widget)
            edit.setObjectName(key)
            self._add(form, key, label, edit)
            edit.textChanged.connect(self.validate)
            return edit

        self.display_name = line("display_name", self.tr("&Display name"), contact.display_name)
        self.given_name = line("given_name", self.tr("&Given name"), contact.given_name)
        self.family_name = line("family_name", self.tr("&Family name"), contact.family_name)
        self.role = line("role", self.tr("&Role"), contact.role)
        self.organization = line("organization", self.tr("&Organization"),
                                 contact.organization)
        self.phones = _RowList(form_widget, PhoneRow, self.tr("Add &phone"), Phone(""))
        self.phones.setObjectName("phones")
        self._add(form, "phones", self.tr("Phones"), self.phones, buddy=False)
        self.emails = _RowList(form_widget, EmailRow, self.tr("Add &email"), "")
        self.emails.setObjectName("emails")
        self._add(form, "emails", self.tr("Emails"), self.emails, buddy=False)
        self.languages = line("languages", self.tr("&Languages"), ", ".join(contact.languages))
        self.languages.setPlaceholderText(self.tr("fr, en"))
        self.country = line("country", self.tr("Cou&ntry"), contact.country)
        self.country.setPlaceholderText(self.tr("FR, or a country name"))
        self.notes = QPlainTextEdit(form_widget)
        self.notes.setPlainText(contact.notes)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 4 + 12)
        self.notes.setObjectName("notes")
        self._add(form, "notes", self.tr("No&tes"), self.notes)

    def _build_verified_row(self, form_widget: QWidget, form: QFormLayout,
                            contact: BookContact) -> None:
        """When the details were last checked, with "Verified today"."""
        verified_row = QWidget(form_widget)
        vlayout = QHBoxLayout(verified_row)
        vlayout.setContentsMargins(0, 0, 0, 0)
        self.verified = QCheckBox(self.tr("&Verified on"), verified_row)
        self.verified_date = QDateEdit(verified_row)
        self.verified_date.setCalendarPopup(True)
        self.verified_date.setDisplayFormat("yyyy-MM-dd")
        self.verified_date.setAccessibleName(self.tr("Last verified"))
        self.verified_date.setMaximumDate(QDate.currentDate().addDays(1))
        day = contact.last_verified
        self.verified.setChecked(day is not None)
        self.verified_date.setDate(QDate(day.year, day.month, day.day) if day
                                   else QDate.currentDate())
        self.verified_date.setEnabled(day is not None)
        self.verified.toggled.connect(self.verified_date.setEnabled)
        self.today_button = QPushButton(self.tr("Verified toda&y"), verified_row)
        self.today_button.setAutoDefault(False)
        self.today_button.clicked.connect(self.verified_today)
        vlayout.addWidget(self.verified)
        vlayout.addWidget(self.verified_date)
        vlayout.addWidget(self.today_button)
        vlayout.addStretch(1)
        self._add(form, "last_verified", self.tr("Last verified"), verified_row, buddy=False)

    def _build_layout(self, form_widget: QWidget) -> None:
        """The fields scrolling above the summary message and Save / Cancel."""
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # The fields keep their height; spare room goes below them, not between them.
        form_widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        scroll.setAlignment(Qt.AlignmentFlag.AlignTop)
        scroll.setWidget(form_widget)
        self.summary = FieldMessage(None, self)
        self.summary.setObjectName("summary")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)

    def _add(self, form: QFormLayout, key: str, label: str, widget: QWidget,
             buddy: bool = True) -> None:
        cell = QWidget(widget.parentWidget())
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        widget.setParent(cell)
        box.addWidget(widget)
        msg = FieldMessage(widget, cell)
        msg.setObjectName(f"{key}_message")
        box.addWidget(msg)
        self.messages[key] = msg
        caption = QLabel(label, cell.parentWidget())
        caption.setTextFormat(Qt.TextFormat.PlainText)
        if buddy:
            caption.setBuddy(widget)
        widget.setAccessibleName(label.replace("&", ""))
        form.addRow(caption, cell)

    def verified_today(self) -> None:
        self.verified.setChecked(True)
        self.verified_date.setDate(QDate.currentDate())

    # -- value and checks ------------------------------------------------------------------
    def region(self) -> str | None:
        return country_code(self.country.text()) or self.default_region

    def contact(self) -> BookContact:
        c = copy.deepcopy(self.original)
        c.display_name = self.display_name.text().strip()
        c.given_name = self.given_name.text().strip()
        c.family_name = self.family_name.text().strip()
        c.role = self.role.text().strip()
        c.organization = self.organization.text().strip()
        c.phones = [p for p in self.phones.values() if p.number]
        c.emails = [e for e in self.emails.values() if e]
        c.languages = split_languages(self.languages.text())
        c.country = country_code(self.country.text()) or self.country.text().strip()
        c.notes = self.notes.toPlainText().strip()
        if self.verified.isChecked():
            d = self.verified_date.date()
            c.last_verified = dt.date(d.year(), d.month(), d.day())
        else:
            c.last_verified = None
        return c

    def problems(self) -> dict[str, str]:
        """Field key (``phones[1]``, ``emails[0]``, ``country``…) -> message."""
        out: dict[str, str] = {}
        text = self.country.text().strip()
        if text and country_code(text) is None:
            out["country"] = self.tr("Unknown country: use a code such as FR or a name.")
        region = self.region()
        for i, row in enumerate(self.phones.rows):
            number = row.edit.text().strip()
            if number:
                problem = phone_problem(number, region)
                if problem:
                    out[f"phones[{i}]"] = core_text(problem)
        for i, row in enumerate(self.emails.rows):
            address = row.edit.text().strip()
            if address:
                _norm, problem = validate_email(address)
                if problem:  # email-validator's own reason, after our translated words
                    out[f"emails[{i}]"] = email_problem(address) or core_text(problem)
        return out

    def validate(self) -> dict[str, str]:
        problems = self.problems()
        self.messages["country"].show_message(problems.get("country", ""))
        for i, row in enumerate(self.phones.rows):
            row.message.show_message(problems.get(f"phones[{i}]", ""))
        for i, row in enumerate(self.emails.rows):
            row.message.show_message(problems.get(f"emails[{i}]", ""))
        empty = self.contact().is_empty()
        self.summary.show_message(self.tr("Give at least a name, a phone or an email.")
                     if empty else "")
        self.save_button.setEnabled(not empty)
        return problems

    @classmethod
    def edit(cls, parent: QWidget | None, contact: BookContact,
             default_region: str | None = None) -> tuple[BookContact, bool]:
        dlg = cls(parent, contact, default_region)
        accepted = dlg.exec() == QDialog.DialogCode.Accepted
        return dlg.contact(), accepted
