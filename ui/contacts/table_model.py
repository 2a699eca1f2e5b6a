"""A read-only table model of book contacts: name, organization, role, email, phone, verified.

Texts are plain (``DisplayRole`` strings); a stale contact (not verified for
12 months) gets a warning icon in the "Verified" column and says since when.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import presskit_ui.qt_compat  # noqa: F401 - first: PySide6 6.12 refcount work-around
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QApplication, QStyle

from presskit.contacts.model import BookContact
from presskit.contacts.validate import is_stale, reference_date

COLUMNS = ("name", "organization", "role", "email", "phone", "verified")
ID_ROLE = Qt.ItemDataRole.UserRole + 1
STALE_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


def _t(text: str) -> str:
    return QCoreApplication.translate("ContactTableModel", text)


def verified_text(contact: BookContact, today: dt.date | None = None) -> str:
    """"2025-03-01", or for a stale contact "Not verified since 2023-02-01" / "Never verified"."""
    if not is_stale(contact, today):
        return contact.last_verified.isoformat() if contact.last_verified else _t("Recently added")
    ref = reference_date(contact)
    if contact.last_verified is None:
        return (_t("Never verified (added {date})").format(date=ref.isoformat()) if ref
                else _t("Never verified"))
    return _t("Not verified since {date}").format(date=contact.last_verified.isoformat())


def one_line(text: str) -> str:
    return " ".join(text.split())


class ContactTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[BookContact] = []
        self._stale: list[bool] = []
        self.today: dt.date | None = None
        self._icon: Any = None

    def headers(self) -> list[str]:
        return [_t("Name"), _t("Organization"), _t("Role"), _t("Email"), _t("Phone"),
                _t("Verified")]

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
            return verified_text(c, self.today)
        return one_line(str(getattr(c, key)))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, col = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(row, col)
        if role == ID_ROLE:
            return self._rows[row].id
        if role == STALE_ROLE:
            return self._stale[row]
        if role == Qt.ItemDataRole.DecorationRole and COLUMNS[col] == "verified" \
                and self._stale[row]:
            if self._icon is None:
                self._icon = QApplication.style().standardIcon(
                    QStyle.StandardPixmap.SP_MessageBoxWarning)
            return self._icon
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[col] == "verified" \
                and self._stale[row]:
            # Our own text (no user input); still plain, in case a name ever joins it.
            return _t("Check the phone and email before sending: not verified for 12 months.")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
