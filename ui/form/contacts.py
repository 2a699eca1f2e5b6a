"""The "Press contacts" section: a table of name, role, phone and email.

Each row also carries what the table does not show (the contact-book link
``book_id`` / ``book_updated`` and unknown draft keys) and gives it back unchanged.
The contact-book feature adds its own actions to the toolbar with
``add_toolbar_action`` and inserts rows with ``insert_contacts``.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from presskit.model import Contact
from presskit_ui.form import validation
from presskit_ui.form.common import rich_escape
from presskit_ui.widgets import FieldMessage

COLUMNS = ("name", "role", "phone", "email")
HIDDEN = Qt.ItemDataRole.UserRole + 1
PROBLEM_BACKGROUND = QColor("#fde7e9")


class WrappingDelegate(QStyledItemDelegate):
    """Cells wrap onto several lines instead of eliding ("amelie.rousseau@i…"); an email
    address, which has no spaces, wraps anywhere. Size and painting use the same rule, so
    rows are exactly as tall as their text. Drawn as plain text."""

    def __init__(self, parent: QWidget, *, anywhere: bool = False):
        super().__init__(parent)
        self.wrap = int(Qt.TextFlag.TextWrapAnywhere if anywhere else Qt.TextFlag.TextWordWrap)

    def _text_rect(self, option: QStyleOptionViewItem) -> QRect:
        style = option.widget.style() if option.widget else QApplication.style()
        return style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option,
                                    option.widget).adjusted(3, 1, -3, -1)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = self._text_rect(opt)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setPen(opt.palette.color(QPalette.ColorRole.HighlightedText if selected
                                         else QPalette.ColorRole.Text))
        flags = self.wrap | int(Qt.AlignmentFlag.AlignVCenter) | int(Qt.AlignmentFlag.AlignLeft)
        painter.drawText(rect, flags, text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        width = max(40, self._text_rect(opt).width())
        bound = opt.fontMetrics.boundingRect(QRect(0, 0, width, 100_000), self.wrap,
                                             opt.text or " ")
        base = super().sizeHint(option, index)
        return QSize(base.width(), max(base.height(), bound.height() + 8))


class ContactsEditor(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.language = "en_US"
        self.home_country: str | None = None  # numbers typed without +CC belong here
        self._setting = False
        self.toolbar = QToolBar(self)
        self.toolbar.setAccessibleName(self.tr("Contacts"))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table_actions: list[QAction] = []
        self.add_action = self._action(self.tr("Add"), self.tr("Add a contact"), self.add_contact,
                                       "Ctrl+Shift+N")
        self.remove_action = self._action(self.tr("Remove"), self.tr("Remove the selected contact"),
                                          self.remove_current)
        self.up_action = self._action("↑", self.tr("Move the selected contact up"),
                                      lambda: self.move_current(-1), "Alt+Up")
        self.down_action = self._action("↓", self.tr("Move the selected contact down"),
                                        lambda: self.move_current(1), "Alt+Down")
        self.toolbar.addSeparator()
        self.table.addActions(self.table_actions)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Role"), self.tr("Phone"), self.tr("Email")])
        self.table.setAccessibleName(self.tr("Press contacts"))
        self.table.setAccessibleDescription(
            self.tr("One contact per row: name, role, phone and email"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers
                                   & ~QAbstractItemView.EditTrigger.CurrentChanged)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setItemDelegate(WrappingDelegate(self.table))
        self.table.setItemDelegateForColumn(3, WrappingDelegate(self.table, anywhere=True))
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.message = FieldMessage(self.table, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.table)
        layout.addWidget(self.message)
        # Rows are as tall as their wrapped text at the current column widths.
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit)
        header.sectionResized.connect(lambda *_a: self._fit_timer.start())
        self.table.itemChanged.connect(self._on_item_changed)
        self.table.currentCellChanged.connect(lambda *_a: self._update_actions())
        self._update_actions()

    def _action(self, text: str, tip: str, slot: object, keys: str = "") -> QAction:
        action = QAction(text, self)
        action.setToolTip(f"{tip} ({keys})" if keys else tip)
        if keys:
            # While the table has the focus: Ctrl+Shift+N adds, Alt+Up/Down move a row.
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.table_actions.append(action)
        action.triggered.connect(slot)
        self.add_toolbar_action(action)
        button = self.toolbar.widgetForAction(action)
        if button is not None:
            button.setAccessibleName(tip)
        return action

    # -- the contract used by the contact-book feature ------------------------------------
    def add_toolbar_action(self, action: QAction) -> QAction:
        """Add an action (e.g. "Insert list…") to the contacts toolbar (reachable with Tab);
        its shortcut works anywhere in this section."""
        self.addAction(action)
        self.toolbar.addAction(action)
        button = self.toolbar.widgetForAction(action)
        if button is not None:
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            if not button.accessibleName():
                button.setAccessibleName(action.toolTip() or action.text().replace("&", ""))
        return action

    def contacts(self) -> list[Contact]:
        out: list[Contact] = []
        for row in range(self.table.rowCount()):
            values = [self._text(row, col) for col in range(len(COLUMNS))]
            hidden = self._hidden(row)
            out.append(Contact(name=values[0], role=values[1], phone=values[2], email=values[3],
                               country=str(hidden.get("country") or ""),
                               book_id=hidden.get("book_id"),
                               book_updated=hidden.get("book_updated"),
                               extra=copy.deepcopy(hidden.get("extra") or {})))
        return out

    def set_contacts(self, contacts: list[Contact], *, emit: bool = False) -> None:
        """Replace every row. Programmatic, like ``set_release``: no ``edited`` unless *emit*."""
        if contacts == self.contacts():
            return
        self._setting = True
        try:
            if len(contacts) == self.table.rowCount():
                # Same rows (an undo of a typed letter): update in place, keep the selection.
                for row, c in enumerate(contacts):
                    for col, value in enumerate((c.name, c.role, c.phone, c.email)):
                        item = self.table.item(row, col)
                        if item is None:
                            self.table.setItem(row, col, QTableWidgetItem(value))
                        elif item.text() != value:
                            item.setText(value)
                    self._set_hidden(row, {"book_id": c.book_id, "book_updated": c.book_updated, "country": c.country,
                                           "extra": copy.deepcopy(c.extra)})
            else:
                row, col = self.table.currentRow(), self.table.currentColumn()
                self.table.setRowCount(0)
                for c in contacts:
                    self._insert_row(self.table.rowCount(), c)
                if row >= 0 and self.table.rowCount():
                    self.table.setCurrentCell(min(row, self.table.rowCount() - 1), max(col, 0))
        finally:
            self._setting = False
        self.validate()
        self._fit()
        if emit:
            self.edited.emit()

    def insert_contacts(self, contacts: list[Contact]) -> None:
        """Insert copies of *contacts* after the selected row (or at the end); a user edit."""
        if not contacts:
            return
        row = self.table.currentRow()
        at = row + 1 if row >= 0 else self.table.rowCount()
        self._setting = True
        try:
            for i, c in enumerate(contacts):
                self._insert_row(at + i, copy.deepcopy(c))
        finally:
            self._setting = False
        self.table.setCurrentCell(at, 0)
        self.validate()
        self._fit()
        self.edited.emit()

    # -- rows -----------------------------------------------------------------------------
    def _insert_row(self, row: int, c: Contact) -> None:
        self.table.insertRow(row)
        for col, value in enumerate((c.name, c.role, c.phone, c.email)):
            item = QTableWidgetItem(value)
            self.table.setItem(row, col, item)
        self._set_hidden(row, {"book_id": c.book_id, "book_updated": c.book_updated, "country": c.country,
                               "extra": copy.deepcopy(c.extra)})

    def _text(self, row: int, col: int) -> str:
        item = self.table.item(row, col)
        return item.text() if item is not None else ""

    def _hidden(self, row: int) -> dict:
        item = self.table.item(row, 0)
        data = item.data(HIDDEN) if item is not None else None
        return data if isinstance(data, dict) else {}

    def _set_hidden(self, row: int, data: dict) -> None:
        item = self.table.item(row, 0)
        if item is None:
            item = QTableWidgetItem("")
            self.table.setItem(row, 0, item)
        item.setData(HIDDEN, data)

    def _take_row(self, row: int) -> tuple[list[str], dict]:
        values = [self._text(row, col) for col in range(len(COLUMNS))]
        return values, self._hidden(row)

    def add_contact(self) -> None:
        row = self.table.rowCount()
        self._setting = True
        try:
            self._insert_row(row, Contact())
        finally:
            self._setting = False
        self._fit()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.table.setCurrentCell(row, 0)
        item = self.table.item(row, 0)
        if item is not None:
            self.table.editItem(item)
        self.validate()
        self.edited.emit()

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        self.table.removeRow(row)
        if self.table.rowCount():
            self.table.setCurrentCell(min(row, self.table.rowCount() - 1), 0)
        self._fit()
        self.validate()
        self.edited.emit()

    def move_current(self, step: int) -> None:
        row, col = self.table.currentRow(), max(self.table.currentColumn(), 0)
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        self._setting = True
        try:
            values, hidden = self._take_row(row)
            self.table.removeRow(row)
            self._insert_row(target, Contact(name=values[0], role=values[1], phone=values[2],
                                                     email=values[3]))
            self._set_hidden(target, hidden)
        finally:
            self._setting = False
        self.table.setCurrentCell(target, col)
        self.validate()
        self.edited.emit()

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._setting:
            return
        self.validate()
        self.table.resizeRowToContents(item.row())
        self.edited.emit()

    def _fit(self) -> None:
        """Every row visible, no inner scrolling: the form scrolls as one column."""
        self.table.resizeRowsToContents()
        rows = sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        header = self.table.horizontalHeader().sizeHint().height()
        frame = self.table.frameWidth() * 2
        self.table.setFixedHeight(header + rows + frame + (0 if rows else 8))

    def _update_actions(self) -> None:
        row = self.table.currentRow()
        self.remove_action.setEnabled(row >= 0)
        self.up_action.setEnabled(row > 0)
        self.down_action.setEnabled(0 <= row < self.table.rowCount() - 1)

    # -- checks ---------------------------------------------------------------------------
    def set_language(self, language: str) -> None:
        if language != self.language:
            self.language = language
            self.validate()

    def set_home_country(self, country: str | None) -> None:
        """The country of numbers typed without +CC in rows that name none (profile, Preferences)."""
        if country != self.home_country:
            self.home_country = country
            self.validate()

    def problems(self) -> list[tuple[str, str]]:
        out: list[tuple[str, str]] = []
        for row in range(self.table.rowCount()):
            country = str(self._hidden(row).get("country") or "") or self.home_country
            msg = validation.phone_problem(self._text(row, 2), country)
            if msg:
                out.append((f"contacts[{row}].phone", msg))
            msg = validation.email_problem(self._text(row, 3))
            if msg:
                out.append((f"contacts[{row}].email", msg))
        return out

    def validate(self) -> list[tuple[str, str]]:
        problems = self.problems()
        flagged = dict(problems)
        self._setting, was = True, self._setting
        try:
            for row in range(self.table.rowCount()):
                for col, part in ((2, "phone"), (3, "email")):
                    item = self.table.item(row, col)
                    if item is None:
                        continue
                    msg = flagged.get(f"contacts[{row}].{part}")
                    item.setBackground(QBrush(PROBLEM_BACKGROUND) if msg else QBrush())
                    # Tool tips may be read as rich text: the message is escaped.
                    item.setToolTip(rich_escape(msg) if msg else "")
        finally:
            self._setting = was
        lines = []
        for field, msg in problems:
            row = int(field[field.index("[") + 1:field.index("]")])
            what = self.tr("phone") if field.endswith("phone") else self.tr("email")
            lines.append(self.tr("Contact {n}, {what}: {message}").format(n=row + 1, what=what,
                                                                          message=msg))
        self.message.show_message("\n".join(lines))
        self._update_actions()
        return problems

    def focus_cell(self, row: int, part: str) -> QWidget | None:
        if not 0 <= row < self.table.rowCount():
            return None
        col = COLUMNS.index(part) if part in COLUMNS else 0
        self.table.setCurrentCell(row, col)
        item = self.table.item(row, col)
        if item is not None:
            self.table.scrollToItem(item)
        return self.table
