"""The Preflight dock (View ▸ Preflight, F7) and its count in the status bar.

Each finding is a row: the severity's icon, where it is as the form names it ("Press
contact 2 — Email") and the engine's message (already in the interface language).
Activating a row focuses that field and, for a word (a misspelling), selects it. Everything
shown is plain text: a ``<b>`` typed in the release shows as ``<b>``.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication as QCA
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from presskit.preflight.findings import Finding, count
from presskit_ui.preflight.find_dialog import select_range
from presskit_ui.preflight.labels import finding_place
from presskit_ui.window.api import EditorWindow

FINDING_ROLE = Qt.ItemDataRole.UserRole + 1


class PreflightPanel(QDockWidget):
    """The list of findings; ``findingActivated`` when the user picks one."""

    findingActivated = Signal(object)  # Finding

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("preflightDock")
        self.findings: list[Finding] = []
        self._shown: list[Finding] = []  # what the rows show, in their order
        self.kit: Any = None  # the kit last checked: its items' names
        self._checking = False
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        self.summary = QLabel(body)
        self.summary.setObjectName("preflightSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.list = QListWidget(body)
        self.list.setObjectName("preflightList")
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(2)
        # Wrapped rows are measured one by one: lay a long list out a few rows per
        # event-loop turn rather than all at once after every check.
        self.list.setLayoutMode(QListWidget.LayoutMode.Batched)
        self.list.setBatchSize(8)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        self.setWidget(body)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Preflight"))
        self.list.setAccessibleName(self.tr("Problems found in the release"))
        self.set_findings(self.findings, force=True)  # the places in the new language

    def changeEvent(self, event: QEvent) -> None:  # Qt API name
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "list"):
            self.retranslate()
        super().changeEvent(event)

    def set_checking(self) -> None:
        self._checking = True
        if not self.findings:
            self.summary.setText(self.tr("Checking…"))

    def set_findings(self, findings: list[Finding], *, force: bool = False) -> None:
        """Show *findings*, errors first (they stop an export), each group in form order.

        Rows already showing the same finding are kept: while typing, a check changes a
        row or two of a long list, and rebuilding every wrapped row cost tens of ms."""
        self._checking = False
        ordered = sorted(findings, key=lambda f: not f.is_error)
        if not force and ordered == self._shown:
            self.summary.setText(summary_text(ordered))
            return
        self.findings = list(findings)
        style = self.style()
        icons = {True: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
                 False: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)}
        kinds = {True: self.tr("Error"), False: self.tr("Warning")}
        places: dict[str, str] = {}
        self.list.setUpdatesEnabled(False)
        try:
            while self.list.count() > len(ordered):
                self.list.takeItem(self.list.count() - 1)
            for row, f in enumerate(ordered):
                if not force and row < len(self._shown) and self._shown[row] == f:
                    continue
                place = places.get(f.field)
                if place is None:
                    place = places[f.field] = finding_place(f.field, self.kit)
                item = self.list.item(row) if row < self.list.count() else None
                if item is None:
                    item = QListWidgetItem()
                    self.list.addItem(item)
                item.setIcon(icons[f.is_error])
                item.setText(f"{place}\n{without_place(f)}")
                item.setData(FINDING_ROLE, f)
                item.setToolTip(f.message)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{kinds[f.is_error]}: {place}: {f.message}"
                             )
        finally:
            self.list.setUpdatesEnabled(True)
        self._shown = ordered
        self.summary.setText(summary_text(ordered))

    def _activated(self, item: QListWidgetItem) -> None:
        finding = item.data(FINDING_ROLE)
        if isinstance(finding, Finding):
            self.findingActivated.emit(finding)


def without_place(finding: Finding) -> str:
    """The message without the engine's "Headline: " in front: the row names the place
    already, more precisely ("Quote 2 — Speaker")."""
    from presskit.preflight.fields import field_label
    from presskit_ui.preflight.live import ui_language

    where = field_label(finding.field, ui_language())
    m = re.match(re.escape(where) + r"[\s\u00a0\u202f]*:[\s\u00a0\u202f]*", finding.message)
    if m is None or m.end() >= len(finding.message):
        return finding.message
    rest = finding.message[m.end():]
    return rest[:1].upper() + rest[1:]


def summary_text(findings: list[Finding]) -> str:
    """"2 errors, 1 warning", "No problems found." — in the interface language."""
    errors, warnings = count(findings)
    if not findings:
        return QCA.translate("PreflightSummary", "No problems found.")
    parts = []
    if errors:
        parts.append(QCA.translate("PreflightSummary", "1 error") if errors == 1 else
                     QCA.translate("PreflightSummary", "{n} errors").format(n=errors))
    if warnings:
        parts.append(QCA.translate("PreflightSummary", "1 warning") if warnings == 1 else
                     QCA.translate("PreflightSummary", "{n} warnings").format(n=warnings))
    if len(parts) == 2:
        return QCA.translate("PreflightSummary", "{errors}, {warnings}").format(
            errors=parts[0], warnings=parts[1])
    return parts[0]


class PreflightStatusButton(QToolButton):
    """The count in the status bar ("2 errors, 1 warning"); clicking shows the panel."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("preflightStatus")
        self.setAutoRaise(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.findings: list[Finding] = []
        self.set_findings([])

    def set_findings(self, findings: list[Finding]) -> None:
        self.findings = list(findings)
        errors, warnings = count(self.findings)
        pixmap = (QStyle.StandardPixmap.SP_MessageBoxCritical if errors else
                  QStyle.StandardPixmap.SP_MessageBoxWarning if warnings else
                  QStyle.StandardPixmap.SP_DialogApplyButton)
        self.setIcon(self.style().standardIcon(pixmap))
        self.setText(summary_text(self.findings))
        self.setToolTip(self.tr("Show the preflight panel (F7)"))
        self.setAccessibleName(self.tr("Preflight: {summary}").format(summary=self.text()))

    def changeEvent(self, event: QEvent) -> None:  # Qt API name
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "findings"):
            self.set_findings(self.findings)
        super().changeEvent(event)


# -- jumping to a finding ---------------------------------------------------------------------
def go_to(window: EditorWindow, finding: Finding) -> bool:
    """Focus the field of *finding* and select its word or range when it has one."""
    if not window.focus_field(finding.field):
        return False
    # A feature's own field (a kit item's, focused by its focuser) is the one focused now.
    widget = window.field_widget(finding.field) or QApplication.focusWidget()
    if finding.start is None or finding.end is None:
        return True
    start, end = finding.start, finding.end
    if finding.field == "body" or finding.field.endswith(".body"):
        if not isinstance(widget, QTextEdit):
            return True
        source = window.current_release().body if finding.field == "body" else ""
        located = locate_word(source, widget.document().toPlainText(), finding.word, start)
        if located is None:
            return True
        start, end = located
    select_range(widget, start, end)
    return True


def locate_word(source: str, shown: str, word: str | None, start: int) -> tuple[int, int] | None:
    """Where the *word* found at *start* of the Markdown *source* is in the *shown* text:
    the same occurrence (the k-th whole-word match before it in the source is the k-th in
    what the editor shows), or None."""
    if not word:
        return None
    pattern = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)")
    nth = sum(1 for m in pattern.finditer(source) if m.start() < start)
    found = list(pattern.finditer(shown))
    if not found:
        return None
    m = found[min(nth, len(found) - 1)]
    return m.start(), m.end()
