"""Kit ▸ Export Kit: the kit PDF, the journalists' ZIP and the newsroom folder, in the
background with a progress dialog that can cancel (``presskit.kit.outputs.export_kit``).

The export reads the kit as the window shows it (typed edits flushed first), runs on the
window's runner with the window's photo cache (the preview's JPEGs are reused), and ends
with a quiet status-bar message naming what was written.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication as QCA
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog

from presskit.errors import PresskitError
from presskit_ui.kit.progress import JobProgress
from presskit_ui.runner import Failure, Reporter
from presskit_ui.widgets import InfoDialog

if TYPE_CHECKING:
    from presskit.kit.outputs import KitExportResult
    from presskit_ui.kit.feature import KitFeature

KEY = "kit-export"



class KitExports(QObject):
    """The Export Kit entries of one window's Kit menu."""

    def __init__(self, feature: KitFeature):
        super().__init__(feature)
        self.feature = feature
        self.window = feature.window
        self.actions: dict[str, QAction] = {}
        for name in ("pdf", "zip", "html"):
            act = QAction(self.window.widget())
            act.setObjectName(f"action_kit_export_{name}")
            act.triggered.connect(lambda _=False, n=name: self.ask_and_export(n))
            feature.export_menu.addAction(act)
            self.actions[name] = act
        self.progress: JobProgress | None = None
        self.last: KitExportResult | None = None  # for tests
        self.retranslate()

    def retranslate(self) -> None:
        self.actions["pdf"].setText(QCA.translate("KitExports", "Kit &PDF…"))
        self.actions["pdf"].setStatusTip(QCA.translate("KitExports", "The release, the documents and the photos as one PDF"))
        self.actions["zip"].setText(QCA.translate("KitExports", "&ZIP for Journalists…"))
        self.actions["zip"].setStatusTip(QCA.translate("KitExports", "PDF, DOCX and text, the original photos with their "
                                            "credits, the logos and the newsroom page, in one ZIP"))
        self.actions["html"].setText(QCA.translate("KitExports", "&Newsroom Folder…"))
        self.actions["html"].setStatusTip(QCA.translate("KitExports", "The newsroom page and its files in a folder, ready "
                                             "to upload to a website"))

    # -- choosing where --------------------------------------------------------------------
    def _stem_path(self, suffix: str) -> Path:
        from presskit.export import default_stem

        session = self.feature.session
        folder = session.path.parent if session is not None and session.path else self.feature.default_folder()
        return folder / (default_stem(self.window.current_release()) + suffix)

    def _kit_suffix(self) -> str:
        """"-dossier-de-presse", "-press-kit"…: the kit's own word, in the release language."""
        from presskit.kit.labels import kit_labels_for
        from presskit.kit.model import slug

        label = kit_labels_for(self.window.current_release().language).press_kit
        return "-" + slug(label, default="press-kit")

    def ask_and_export(self, what: str) -> bool:
        """Check the kit (its errors make the window's export checks ask, as Export does for
        the release), then ask where and export."""
        parent = self.window.widget()
        self.feature.flush_edits()
        if not self.window.export_checks_pass(self.window.current_release(),
                                              media=self.feature.media):
            return False
        if what == "html":
            name = QFileDialog.getExistingDirectory(parent, QCA.translate("KitExports", "Export Newsroom Folder"),
                                                    str(self._stem_path("").parent))
        else:
            suffix = ".pdf" if what == "pdf" else ".zip"
            title = QCA.translate("KitExports", "Export Kit PDF") if what == "pdf" else QCA.translate("KitExports", "Export ZIP for Journalists")
            pattern = QCA.translate("KitExports", "PDF documents (*.pdf)") if what == "pdf" else QCA.translate("KitExports", "ZIP archives (*.zip)")
            name, _ = QFileDialog.getSaveFileName(
                parent, title, str(self._stem_path(self._kit_suffix() + suffix)), pattern)
        if not name:
            return False
        target = Path(name)
        if what != "html" and not target.suffix:
            target = target.with_name(target.name + (".pdf" if what == "pdf" else ".zip"))
        return self.export(what, target)

    # -- exporting -------------------------------------------------------------------------
    def export(self, what: str, target: Path) -> bool:
        """Export the kit as *what* ("pdf", "zip", "html") to *target* in the background (no
        check: the caller, ``ask_and_export`` or a test, has decided)."""
        from presskit.kit.outputs import export_kit

        if self.window.runner.is_busy(KEY):
            self.window.show_status(QCA.translate("KitExports", "A kit export is already running."))
            return False
        kit = self.feature.kit()
        cache = self.feature.photo_cache()
        home = self.window.ctx.prefs.home_country
        kwargs: dict[str, Any] = {"pdf": None, "zip": None, "html_dir": None}
        kwargs["html_dir" if what == "html" else what] = target

        def work(progress: Reporter) -> KitExportResult:
            def step(_what: str, done: int, total: int) -> None:
                progress(f"{done}\t{total}")

            return export_kit(kit, progress=step, should_stop=progress.cancelled,
                              home_country=home, cache=cache, **kwargs)

        self._open_progress(target)
        self.window.runner.submit(work, key=KEY, on_success=lambda r: self._done(r, target),
                                  on_failure=lambda f: self._failed(f, target),
                                  on_progress=self._progressed)
        return True

    def _open_progress(self, target: Path) -> None:
        self.progress = JobProgress(
            self.window, KEY, QCA.translate("KitExports", "Export Kit"),
            QCA.translate("KitExports", "Exporting “{name}”…").format(name=target.name))
        self.progress.cancelled.connect(lambda: self.window.show_status(
            QCA.translate("KitExports", "Kit export cancelled; nothing was written.")))

    def _progressed(self, text: str) -> None:
        done, total = (int(x) for x in text.split("\t"))
        if self.progress is not None:
            self.progress.step(done, total)

    def cancel(self) -> None:
        if self.progress is not None:
            self.progress.cancel()

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress = None

    def _done(self, result: KitExportResult, target: Path) -> None:
        self._close_progress()
        self.last = result
        self.window.show_status(QCA.translate("KitExports", "Exported “{name}”.").format(name=target.name))

    def _failed(self, failure: Failure, target: Path) -> None:
        from presskit.renderers.pdf import RenderCancelled

        self._close_progress()
        if isinstance(failure.error, RenderCancelled):
            return
        reason = str(failure.error) if isinstance(failure.error, (PresskitError, OSError)) else \
            f"{type(failure.error).__name__}: {failure.error}"
        InfoDialog.show(self.window.widget(), QCA.translate("KitExports", "Export Kit"),
                        QCA.translate("KitExports", "“{name}” could not be exported. Nothing was written.").format(name=target.name),
                        reason, warning=True)
