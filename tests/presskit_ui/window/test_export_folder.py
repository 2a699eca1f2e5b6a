"""File ▸ Export Folder… (issue 16): the dialog, the batch in the background, cancel, French."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtPdfWidgets")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # editor_helpers

from editor_helpers import FakeForm, close_all, forbid_dialogs
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication

from presskit.batch import STAGING_PREFIX, BatchResult, Outcome, Progress
from presskit_ui.context import AppContext
from presskit_ui.translations import UiTranslations
from presskit_ui.window.export_folder import ExportFolderFeature
from presskit_ui.window.export_folder_dialogs import (
    BatchProgressDialog,
    BatchSummaryDialog,
    ExportFolderDialog,
    FolderExportRequest,
)
from presskit_ui.window.manager import WindowManager

EXAMPLES = Path(__file__).resolve().parents[3] / "examples"


@pytest.fixture
def window(qtbot, monkeypatch):
    forbid_dialogs(monkeypatch)
    m = WindowManager(AppContext.create(), form_factory=FakeForm)
    w = m.new_window()
    yield w
    close_all(m, qtbot)


@pytest.fixture
def summaries(monkeypatch) -> list[BatchResult]:
    seen: list[BatchResult] = []
    monkeypatch.setattr(BatchSummaryDialog, "show_summary",
                        classmethod(lambda cls, parent, result, outdir: seen.append(result)))
    return seen


def feature(window) -> ExportFolderFeature:
    found = window.findChildren(ExportFolderFeature)
    assert len(found) == 1
    return found[0]


def drafts(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    data = json.loads((EXAMPLES / "release-en.presskit").read_text(encoding="utf-8"))
    for k in range(count):
        data["reference"], data["title"] = f"R{k:02d}", f"Release {k}"
        (folder / f"r{k:02d}.presskit").write_text(json.dumps(data), encoding="utf-8")
    return folder


def test_file_menu_offers_export_folder_below_export(window) -> None:
    entries = [a.text() for a in window.menus.menu("file").actions()]
    i = entries.index("&Export")
    assert entries[i + 1] == "Export &Folder…"
    assert entries[i + 2] == "Copy as E&mail Text"


def test_installing_twice_adds_nothing_more(window) -> None:
    from presskit_ui.window.export_folder import install

    entries = len(window.menus.menu("file").actions())
    assert install(window) is feature(window)
    assert len(window.menus.menu("file").actions()) == entries


def test_the_dialog_counts_drafts_and_kits_and_says_what_is_missing(qtbot, tmp_path) -> None:
    source = drafts(tmp_path / "archive", 2)
    (source / "kit.presskit-kit").write_bytes(b"counted by name only")
    (source / "notes.txt").write_text("no", encoding="utf-8")
    dlg = ExportFolderDialog(None, source)
    qtbot.addWidget(dlg)
    assert dlg.found.text() == "Found: 2 draft(s), 1 press kit(s)"
    assert dlg.outdir.text() == str(source / "export")
    assert dlg.export_button.isEnabled()
    assert dlg.request() == FolderExportRequest(source, source / "export", ("pdf",))
    dlg.checks["docx"].setChecked(True)
    dlg.checks["pdf"].setChecked(False)
    assert dlg.request() == FolderExportRequest(source, source / "export", ("docx",))
    dlg.checks["docx"].setChecked(False)
    assert not dlg.export_button.isEnabled()
    assert dlg.problem.text() == "Choose at least one format."
    dlg.checks["txt"].setChecked(True)
    empty = tmp_path / "empty"
    empty.mkdir()
    dlg.source.setText(str(empty))
    assert not dlg.export_button.isEnabled()
    assert dlg.problem.text() == \
        "This folder holds no drafts (.presskit) or press kits (.presskit-kit)."
    assert dlg.outdir.text() == str(empty / "export")  # follows until typed into
    dlg.outdir.setText("/elsewhere")
    dlg.outdir.textEdited.emit("/elsewhere")
    dlg.source.setText(str(source))
    assert dlg.outdir.text() == "/elsewhere" and dlg.export_button.isEnabled()


def test_a_folder_is_exported_in_the_background_and_errors_are_listed(
        window, qtbot, tmp_path, summaries) -> None:
    source = drafts(tmp_path / "archive", 3)
    broken = source / "r01.presskit"
    broken.write_text('{"presskit": 1, "date": "someday"}', encoding="utf-8")
    out = tmp_path / "out"
    f = feature(window)
    assert f.start(FolderExportRequest(source, out, ("pdf", "txt")), jobs=2)
    assert f.busy and not f.action.isEnabled()
    assert f.progress_dialog is not None and f.progress_dialog.isVisible()
    assert not f.start(FolderExportRequest(source, out, ("pdf",)))  # one at a time
    qtbot.waitUntil(lambda: bool(summaries), timeout=60000)
    result = summaries[0]
    assert (len(result.exported), len(result.failed)) == (2, 1)
    assert result.failed[0].error.startswith(f"{broken}: ") and "date" in result.failed[0].error
    assert sorted(p.name for p in out.iterdir()) == [
        "R00-release-0.pdf", "R00-release-0.txt", "R02-release-2.pdf", "R02-release-2.txt"]
    assert "Release 2" in PdfReader(str(out / "R02-release-2.pdf")).pages[0].extract_text()
    assert not f.busy and f.action.isEnabled() and f.progress_dialog is None
    assert window.statusBar().currentMessage() == "Export Folder: 2 exported, 1 failed"
    summary = BatchSummaryDialog(window, result, out)
    qtbot.addWidget(summary)
    assert summary.headline.text() == "Exported: 2   Failed: 1"
    assert [summary.errors.item(i).text() for i in range(summary.errors.count())] == \
        [result.failed[0].error]
    assert summary.errors.isVisibleTo(summary)


def test_cancel_stops_the_batch_and_leaves_whole_files_only(window, qtbot, tmp_path,
                                                            summaries) -> None:
    source = drafts(tmp_path / "archive", 12)
    out = tmp_path / "out"
    f = feature(window)
    assert f.start(FolderExportRequest(source, out, ("pdf", "docx")), jobs=1)
    dialog = f.progress_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.progress is not None and dialog.progress.done >= 1,
                    timeout=60000)
    dialog.request_cancel()
    assert dialog.status.text() == "Stopping…" and not dialog.buttons.isEnabled()
    qtbot.waitUntil(lambda: bool(summaries), timeout=60000)
    result = summaries[0]
    assert result.cancelled and 1 <= len(result.exported) < 12
    assert result.not_done == 12 - len(result.outcomes)
    names = sorted(p.name for p in out.iterdir())
    assert not [n for n in names if n.startswith(STAGING_PREFIX) or n.endswith(".tmp")]
    assert names == sorted(f"R{o.index:02d}-release-{o.index}.{ext}"
                           for o in result.exported for ext in ("pdf", "docx"))
    summary = BatchSummaryDialog(window, result, out)
    qtbot.addWidget(summary)
    assert f"Cancelled: {result.not_done} not exported." in summary.details.text()


def test_closing_the_window_stops_a_running_batch(window, qtbot, tmp_path, summaries) -> None:
    source = drafts(tmp_path / "archive", 40)
    out = tmp_path / "out"
    f = feature(window)
    assert f.start(FolderExportRequest(source, out, ("pdf",)), jobs=1)
    dialog = f.progress_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.progress is not None and dialog.progress.done >= 1,
                    timeout=60000)
    window.shutdown()  # the runner asks the job to stop, then waits for it
    names = sorted(p.name for p in out.iterdir())
    assert 1 <= len(names) < 40
    assert all(n.endswith(".pdf") and not n.startswith(".") for n in names)
    assert summaries == []  # a closed window shows nothing more


def test_the_progress_dialog_shows_done_total_file_and_time_left(qtbot) -> None:
    dlg = BatchProgressDialog(None)
    qtbot.addWidget(dlg)
    assert dlg.status.text() == "Starting…"
    dlg.update_progress(Progress(done=6, total=24, failed=0,
                                 current=Path("/x/CP028-2026.presskit"), elapsed=3.0))
    assert dlg.status.text() == "Exported 6 of 24"
    assert dlg.current.text() == "CP028-2026.presskit"
    assert dlg.left.text() == "About 9 s left"
    assert (dlg.bar.value(), dlg.bar.maximum()) == (6, 24)


def _sample_result(tmp_path: Path) -> BatchResult:
    ok = Outcome(0, tmp_path / "a.presskit", stem="CP1-title", name="CP1-title")
    renamed = Outcome(1, tmp_path / "b.presskit", stem="CP1-title", name="CP1-title-2")
    bad = Outcome(2, tmp_path / "c.presskit", error=f"{tmp_path / 'c.presskit'}: truncated JSON")
    return BatchResult([ok, renamed, bad], total=5, cancelled=True)


def test_every_string_is_french_in_french(window, qtbot, qapp, tmp_path) -> None:
    t = UiTranslations(qapp)
    try:
        t.install("fr")
        QApplication.processEvents()
        assert feature(window).action.text() == "Exporter un &dossier…"
        source = drafts(tmp_path / "archive", 2)
        dlg = ExportFolderDialog(window, source)
        qtbot.addWidget(dlg)
        assert dlg.windowTitle() == "Exporter un dossier"
        assert dlg.found.text() == "Trouvés\u00a0: 2 brouillon(s), 0 dossier(s) de presse"
        assert dlg.checks["docx"].text() == "Document &Word (DOCX)"
        assert dlg.export_button.text() == "&Exporter"
        progress = BatchProgressDialog(window)
        qtbot.addWidget(progress)
        progress.update_progress(Progress(2, 10, 0, source / "r01.presskit", 1.0))
        assert progress.status.text() == "2 exportés sur 10"
        assert progress.left.text() == "Environ 4\u00a0s restantes"
        summary = BatchSummaryDialog(window, _sample_result(tmp_path), tmp_path)
        qtbot.addWidget(summary)
        assert summary.headline.text() == "Exportés\u00a0: 2   Échecs\u00a0: 1"
        assert "Annulé\u00a0: 2 non exportés." in summary.details.text()
        assert summary.open_button.text() == "&Ouvrir le dossier"
        t.install("en")
        QApplication.processEvents()
        assert dlg.windowTitle() == "Export Folder"  # retranslated in place
        assert summary.headline.text() == "Exported: 2   Failed: 1"
    finally:
        t.install("en")
