"""Export checks first: errors found in the release being exported make Export ask.

The check runs the engine on the release about to be exported (not on the list the panel
showed last), on the GUI thread: a few milliseconds once the live check has loaded the
dictionary. Warnings alone never block. With errors, the user chooses "Export Anyway" or
"Show Problems" (the default: the panel opens on the first error).

Kit ▸ Export Kit asks the same (``window.export_checks_pass(release, media=…)``): the engine
then checks the whole kit (``check(…, kit=…)``), its documents and photos with the release,
and "Show Problems" jumps to a kit item's field as the panel does.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtCore import QCoreApplication as QCA
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from presskit.model import Release
from presskit.preflight.findings import Finding
from presskit_ui.preflight.labels import finding_place

if TYPE_CHECKING:
    from presskit_ui.preflight import PreflightFeature

SHOWN = 6  # errors listed in the question; the panel has them all


class ExportProblemsDialog:
    @classmethod
    def ask(cls, parent: QWidget, errors: list[Finding], *, kit: object = None) -> bool:
        """True to export anyway, False to look at the problems first (*kit*: the kit the
        errors were found in, for its items' names)."""
        box = QMessageBox(parent)
        box.setObjectName("exportProblemsDialog")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCA.translate("ExportProblemsDialog", "Problems Before Export"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(error_summary(errors, kit=kit is not None))
        box.setInformativeText(problem_lines(errors, kit))
        export = box.addButton(QCA.translate("ExportProblemsDialog", "Export Anyway"), QMessageBox.ButtonRole.AcceptRole)
        show = box.addButton(QCA.translate("ExportProblemsDialog", "Show Problems"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(show)
        box.setEscapeButton(show)
        box.exec()
        return box.clickedButton() is export


def check_before_export(feature: PreflightFeature, release: Release,
                        media: Mapping[str, bytes] | None = None) -> bool:
    """The window's export check (``api.ExportCheck``): True to go on with the export.
    With *media*, *release* is exported as its press kit and the whole kit is checked."""
    from presskit_ui.preflight.panel import go_to

    run = feature.live.run
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a long kit: tenths of a second
    try:
        if media is None:
            checked = run.now(release)
        else:
            mine = run.gui_spellers.get(release.language or "en_US")
            checked = run.job(release, mine, load_gui_speller=False, media=dict(media))(None)
    finally:
        QApplication.restoreOverrideCursor()
    if checked.kit is not None:
        feature.panel.kit = checked.kit
    feature.show_findings(checked.findings)
    errors = [f for f in checked.findings if f.is_error]
    if not errors:
        return True
    if media is None:
        if ExportProblemsDialog.ask(feature.window.widget(), errors):
            return True
    elif ExportProblemsDialog.ask(feature.window.widget(), errors, kit=checked.kit):
        return True
    feature.show_panel()
    feature.panel.list.setCurrentRow(0)
    go_to(feature.window, errors[0])
    return False


def error_summary(errors: list[Finding], *, kit: bool = False) -> str:
    if kit:
        if len(errors) == 1:
            return QCoreApplication.translate("ExportProblemsDialog",
                                              "This press kit still has an error.")
        return QCoreApplication.translate("ExportProblemsDialog",
                                          "This press kit still has {n} errors.").format(n=len(errors))
    if len(errors) == 1:
        return QCoreApplication.translate("ExportProblemsDialog",
                                          "This release still has an error.")
    return QCoreApplication.translate("ExportProblemsDialog",
                                      "This release still has {n} errors.").format(n=len(errors))


def problem_lines(errors: list[Finding], kit: object = None) -> str:
    colon = QCoreApplication.translate("ExportProblemsDialog", ": ")
    lines = [finding_place(f.field, kit) + colon + f.message for f in errors[:SHOWN]]
    if len(errors) > SHOWN:
        lines.append(QCoreApplication.translate("ExportProblemsDialog", "… and {n} more.")
                     .format(n=len(errors) - SHOWN))
    return "\n".join(lines)
