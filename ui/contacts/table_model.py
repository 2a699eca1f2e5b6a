"""A read-only table model of book contacts: name, organization, role, email, phone, verified.

Texts are plain (``DisplayRole`` strings); a stale contact (not verified for
12 months) gets a warning icon in the "Verified" column and says since when.
"""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QApplication, QStyle, QTableView

from presskit.contacts.model import BookContact
from presskit.contacts.validate import is_stale, reference_date

COLUMNS = ("name", "organization", "role", "email", "phone", "verified")
ID_ROLE = Qt.ItemDataRole.UserRole + 1
STALE_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex



def verified_text(contact: BookContact, today: dt.date | None = None) -> str:
    """"2025-03-01", or for a stale contact "Not verified since 2023-02-01" / "Never verified"."""
    if not is_stale(contact, today):
        return contact.last_verified.isoformat() if contact.last_verified else QCoreApplication.translate("ContactTableModel", "Recently added")
    ref = reference_date(contact)
    if contact.last_verified is None:
        return (QCoreApplication.translate("ContactTableModel", "Never verified (added {date})").format(date=ref.isoformat()) if ref
                else QCoreApplication.translate("ContactTableModel", "Never verified"))
    return QCoreApplication.translate("ContactTableModel", "Not verified since {date}").format(date=contact.last_verified.isoformat())


def verified_short(contact: BookContact, today: dt.date | None = None) -> str:
    """What the "Last verified" column shows: the date, "never", or "new" for recent entries."""
    if contact.last_verified:
        return contact.last_verified.isoformat()
    return QCoreApplication.translate("ContactTableModel", "never") if is_stale(contact, today) else QCoreApplication.translate("ContactTableModel", "new")


def one_line(text: str) -> str:
    return " ".join(text.split())


WEIGHTS = (20, 17, 15, 20, 14, 14)


class FitColumns(QObject):
    """Column widths follow the table's width (by *weights*) until the user resizes one."""

    def __init__(self, view: QTableView, weights: tuple[int, ...] = WEIGHTS):
        super().__init__(view)
        self.view = view
        self.weights = weights
        self.manual = False
        self._setting = False
        view.horizontalHeader().setStretchLastSection(False)
        view.viewport().installEventFilter(self)
        view.horizontalHeader().sectionResized.connect(self._resized)

    def _resized(self, *_args: object) -> None:
        if not self._setting:
            self.manual = True

    def fit(self) -> None:
        width = self.view.viewport().width()
        total = sum(self.weights)
        widths = [max(48, width * w // total) for w in self.weights[:-1]]
        widths.append(max(48, width - sum(widths)))
        self._setting = True
        try:
            for col, w in enumerate(widths):
                self.view.setColumnWidth(col, w)
        finally:
            self._setting = False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # Qt API name
        if event.type() == QEvent.Type.Resize and not self.manual:
            self.fit()
        return False


class ContactTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[BookContact] = []
        self._stale: list[bool] = []
        self.today: dt.date | None = None
        self._icon: Any = None

    def headers(self) -> list[str]:
        return [QCoreApplication.translate("ContactTableModel", "Name"), QCoreApplication.translate("ContactTableModel", "Organization"), QCoreApplication.translate("ContactTableModel", "Role"), QCoreApplication.translate("ContactTableModel", "Email"), QCoreApplication.translate("ContactTableModel", "Phone"),
                QCoreApplication.translate("ContactTableModel", "Last verified")]

    # -- content ---------------------------------------------------------------------------
    def set_contacts(self, contacts: list[BookContact]) -> None:
        self.beginResetModel()
        self._rows = list(contacts)
        self._stale = [is_stale(c, self.today) for c in self._rows]
        self.endResetModel()

    def contacts(self) -> list[BookContact]:
        return list(self._rows)

    def contact(self, row: int) -> BookContact | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, contact_id: str) -> int:
        return next((i for i, c in enumerate(self._rows) if c.id == contact_id), -1)

    def stale_count(self) -> int:
        return sum(self._stale)

    def is_stale(self, row: int) -> bool:
        return 0 <= row < len(self._stale) and self._stale[row]

    # -- Qt API ----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def text(self, row: int, column: int) -> str:
        c = self._rows[row]
        key = COLUMNS[column]
        if key == "name":
            return one_line(c.name()) or (c.emails[0] if c.emails else "")
        if key == "email":
            return ", ".join(c.emails)
        if key == "phone":
            return ", ".join(p.number for p in c.phones)
        if key == "verified":
            return verified_short(c, self.today)
        return one_line(str(getattr(c, key)))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, col = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, col)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if COLUMNS[col] == "verified":
                return verified_text(self._rows[row], self.today)
            return self.text(row, col)
        if role == ID_ROLE:
            return self._rows[row].id
        if role == STALE_ROLE:
            return self._stale[row]
        stale_cell = self._stale[row] and COLUMNS[col] in ("name", "verified")
        if role == Qt.ItemDataRole.DecorationRole and stale_cell:
            if self._icon is None:
                self._icon = QApplication.style().standardIcon(
                    QStyle.StandardPixmap.SP_MessageBoxWarning)
            return self._icon
        if role == Qt.ItemDataRole.ToolTipRole:
            c = self._rows[row]
            if stale_cell:
                # Our own words and a date: no user text, so nothing can be read as HTML.
                return QCoreApplication.translate("ContactTableModel", "{status}: check the phone and email before sending.").format(
                    status=verified_text(c, self.today))
            if COLUMNS[col] == "phone" and c.phones:
                # Tool tips may be read as rich text: the numbers are escaped.
                return "<p>" + "<br>".join(html.escape(p.number) for p in c.phones) + "</p>"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
