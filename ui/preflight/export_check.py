"""Export checks first: errors found in the release being exported make Export ask.

The check runs the engine on the release about to be exported (not on the list the panel
showed last), on the GUI thread: a few milliseconds once the live check has loaded the
dictionary. Warnings alone never block. With errors, the user chooses "Export Anyway" or
"Show Problems" (the default: the panel opens on the first error).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtCore import QCoreApplication as QCA
from PySide6.QtWidgets import QMessageBox, QWidget

import presskit_ui.qt_compat  # noqa: F401 - first: PySide6 6.12 refcount work-around
from presskit.preflight.findings import Finding
from presskit_ui.preflight.labels import finding_place

SHOWN = 6  # errors listed in the question; the panel has them all


class ExportProblemsDialog:
    @classmethod
    def ask(cls, parent: QWidget, errors: list[Finding]) -> bool:
        """True to export anyway, False to look at the problems first."""
        box = QMessageBox(parent)
        box.setObjectName("exportProblemsDialog")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCA.translate("ExportProblemsDialog", "Problems Before Export"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(error_summary(errors))
        box.setInformativeText(problem_lines(errors))
        export = box.addButton(QCA.translate("ExportProblemsDialog", "Export Anyway"), QMessageBox.ButtonRole.AcceptRole)
        show = box.addButton(QCA.translate("ExportProblemsDialog", "Show Problems"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(show)
        box.setEscapeButton(show)
        box.exec()
        return box.clickedButton() is export


def error_summary(errors: list[Finding]) -> str:
    if len(errors) == 1:
        return QCoreApplication.translate("ExportProblemsDialog",
                                          "This release still has an error.")
    return QCoreApplication.translate("ExportProblemsDialog",
                                      "This release still has {n} errors.").format(n=len(errors))


def problem_lines(errors: list[Finding]) -> str:
    colon = QCoreApplication.translate("ExportProblemsDialog", ": ")
    lines = [finding_place(f.field) + colon + f.message for f in errors[:SHOWN]]
    if len(errors) > SHOWN:
        lines.append(QCoreApplication.translate("ExportProblemsDialog", "… and {n} more.")
                     .format(n=len(errors) - SHOWN))
    return "\n".join(lines)
