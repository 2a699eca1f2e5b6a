"""The live preview: the real export PDF (compose + render_pdf), shown with QtPdf.

The window hands over a release snapshot (after its debounce); compose and
render run on the runner's worker thread and the bytes come back to the GUI
thread, where they are loaded into a fresh ``QPdfDocument`` from a ``QBuffer``.
A render overtaken by a newer request stops at its next flowable or page (the
runner marks it stale; ``render_pdf`` asks between flowables) and is never shown,
so a long release does not hold up the render of what was typed since. Zoom and the
scroll position survive each reload, and the previous picture stays on screen
(a "veil" grabbed from the viewport) until the new pages are painted, so typing
never makes the preview flicker.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMargins, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPalette, QResizeEvent
from PySide6.QtPdf import QPdfDocument, QPdfPageRenderer
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from presskit.model import Release
from presskit.textclean import Warning
from presskit_ui.runner import Failure, Reporter, Runner

ZOOM_STEPS = (0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0)
FIT_WIDTH = "fit_width"
FIT_PAGE = "fit_page"


@dataclass
class PreviewResult:
    data: bytes
    pages: int
    words: int
    warnings: list[Warning] = field(default_factory=list)
    requested_at: float = 0.0  # perf_counter when the GUI thread asked for it
    render_seconds: float = 0.0
    shown_at: float = 0.0  # perf_counter when the GUI thread swapped it in
    painted_at: float = 0.0  # perf_counter when its visible pages had been rasterised


def render_preview(release: Release,
                   should_stop: Callable[[], bool] | None = None, *,
                   home_country: str | None = None) -> PreviewResult:
    """Worker-thread half: the same compose + render_pdf as the PDF export.

    Raises ``presskit.renderers.pdf.RenderCancelled`` as soon as *should_stop* says the
    result is no longer wanted."""
    from presskit.compose import compose
    from presskit.renderers.pdf import RenderCancelled, render_pdf
    from presskit.session import document_texts, word_count

    t0 = time.perf_counter()
    doc = compose(release, home_country=home_country)
    if should_stop is not None and should_stop():
        raise RenderCancelled
    res = render_pdf(doc, should_stop)
    warnings = list(doc.warnings)
    seen = {str(w) for w in warnings}
    warnings += [w for w in res.warnings if str(w) not in seen]
    return PreviewResult(res.data, res.pages, word_count(document_texts(doc)), warnings,
                         render_seconds=time.perf_counter() - t0)


class PreviewPane(QWidget):
    """Shows the PDF of the release; exposes the bytes on screen for tests."""

    rendered = Signal(object)  # PreviewResult, once swapped in
    painted = Signal(object)  # PreviewResult, once its visible pages are painted
    failed = Signal(object)  # Failure
    pageChanged = Signal(int, int)  # current page (1-based), page count
    zoomChanged = Signal(str)  # "fit_width", "fit_page" or a percentage like "125"

    def __init__(self, runner: Runner, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.view = QPdfView(self)
        self.view.setObjectName("previewView")
        self.view.setAccessibleName(self.tr("Preview of the exported PDF"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setDocumentMargins(QMargins(16, 16, 16, 16))
        # Pages are filled white by QPdfView; the desk around them is a neutral grey.
        pal = self.view.palette()
        pal.setColor(QPalette.ColorRole.Dark, QColor("#8A8F96"))
        pal.setColor(QPalette.ColorRole.Window, QColor("#8A8F96"))
        self.view.setPalette(pal)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

        self._doc: QPdfDocument | None = None
        self._buffer: QBuffer | None = None
        self._result: PreviewResult | None = None
        self._pending_paint: PreviewResult | None = None  # shown, its page not yet painted
        self._last_page_rendered = 0.0
        self._zoom = FIT_WIDTH
        self._veil = QLabel(self.view.viewport())
        self._veil.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._veil.hide()
        self._veil_timer = QTimer(self, singleShot=True, interval=40)
        self._veil_timer.timeout.connect(self._lift_veil)
        self._veil_max = QTimer(self, singleShot=True, interval=400)
        self._veil_max.timeout.connect(self._lift_veil)
        renderer = self.view.findChild(QPdfPageRenderer)
        if renderer is not None:
            renderer.pageRendered.connect(self._page_rendered)
        self.view.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        self.view.pageNavigator().currentPageChanged.connect(lambda *_: self._emit_page())
        self._closing = False
        self._retired: list[tuple[QPdfDocument, QBuffer | None]] = []
        # What renders a release on the worker thread: render_preview, or a feature's own
        # (the press kit's whole PDF), set through the window's set_preview_renderer.
        self.renderer: Callable[[Release, Callable[[], bool], str | None], PreviewResult] | None = None

    # -- requests --------------------------------------------------------------------------
    def show_release(self, release: Release, *, home_country: str | None = None) -> None:
        """Render *release* in the background; an older render still running is dropped.

        *home_country*: the Preferences' one, for numbers typed without +CC (as the export).
        """
        requested = time.perf_counter()
        renderer = self.renderer

        def work(progress: Reporter) -> PreviewResult:
            if renderer is not None:
                res = renderer(release, progress.cancelled, home_country)
            else:
                res = render_preview(release, progress.cancelled, home_country=home_country)
            res.requested_at = requested
            return res

        self.runner.submit(work, key="preview", on_success=self._show_result,
                           on_failure=self._show_failure)

    def busy(self) -> bool:
        return self.runner.is_busy("preview")

    # -- what is shown ---------------------------------------------------------------------
    def current_pdf_bytes(self) -> bytes:
        return self._result.data if self._result else b""

    def current_result(self) -> PreviewResult | None:
        return self._result

    def page_count(self) -> int:
        return self._doc.pageCount() if self._doc is not None else 0

    def current_page(self) -> int:
        """1-based page at the top of the view."""
        if self._doc is None:
            return 0
        return self.view.pageNavigator().currentPage() + 1

    def _show_result(self, result: PreviewResult) -> None:
        if self._closing:
            return
        vbar, hbar = self.view.verticalScrollBar(), self.view.horizontalScrollBar()
        old_pages = self.page_count()
        v_ratio = vbar.value() / vbar.maximum() if vbar.maximum() > 0 else 0.0
        v_value, h_value = vbar.value(), hbar.value()
        had_doc = self._doc is not None and self.isVisible()
        if had_doc:
            self._put_veil()
        buf = QBuffer(self)
        buf.setData(QByteArray(result.data))
        buf.open(QIODevice.OpenModeFlag.ReadOnly)
        doc = QPdfDocument(self)
        doc.load(buf)
        old_doc, old_buf = self._doc, self._buffer
        self._doc, self._buffer = doc, buf
        self.view.setDocument(doc)
        self._apply_zoom()
        if old_doc is not None:
            # QPdfView's page renderer thread may still hold a request for the old document:
            # retire it a little later instead of closing it under the renderer's feet.
            self._retired.append((old_doc, old_buf))
            QTimer.singleShot(1500, self, self._free_retired)
        # Keep the reader's place: the same offset while the page count is unchanged,
        # else the same proportion of the document.
        value = v_value if doc.pageCount() == old_pages else round(v_ratio * vbar.maximum())
        vbar.setValue(min(value, vbar.maximum()))
        hbar.setValue(min(h_value, hbar.maximum()))
        result.shown_at = time.perf_counter()
        self._result = result
        self._pending_paint = result
        self._emit_page()
        self.rendered.emit(result)
        if not had_doc:
            self._finish_paint()

    def _show_failure(self, failure: Failure) -> None:
        if not self._closing:
            self.failed.emit(failure)

    # -- flicker-free swap -----------------------------------------------------------------
    def _put_veil(self) -> None:
        viewport = self.view.viewport()
        if self._veil.isVisible():
            return  # still covering the previous swap; keep the older, fully painted picture
        self._veil.setPixmap(viewport.grab())
        self._veil.setGeometry(viewport.rect())
        self._veil.show()
        self._veil.raise_()
        self._veil_max.start()

    def _page_rendered(self, *_args: object) -> None:
        self._last_page_rendered = time.perf_counter()
        if self._veil.isVisible():
            self._veil_timer.start()

    def _lift_veil(self) -> None:
        self._veil_timer.stop()
        self._veil_max.stop()
        self._veil.hide()
        self._veil.clear()
        self._finish_paint()

    def _finish_paint(self) -> None:
        pending = self._pending_paint
        if pending is not None:
            self._pending_paint = None
            last = self._last_page_rendered
            pending.painted_at = last if last >= pending.shown_at else time.perf_counter()
            self.painted.emit(pending)

    def _on_scrolled(self, _value: int) -> None:
        if self._veil.isVisible():
            self._lift_veil()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._veil.isVisible():
            self._lift_veil()

    # -- zoom and pages --------------------------------------------------------------------
    @property
    def zoom(self) -> str:
        return self._zoom

    def set_zoom(self, zoom: str | float) -> None:
        """``"fit_width"``, ``"fit_page"`` or a factor between 0.5 and 2.0."""
        if isinstance(zoom, str) and zoom in (FIT_WIDTH, FIT_PAGE):
            self._zoom = zoom
        else:
            factor = max(0.5, min(2.0, float(zoom)))
            self._zoom = str(round(factor * 100))
        self._lift_veil()
        self._apply_zoom()
        self.zoomChanged.emit(self._zoom)

    def zoom_factor(self) -> float:
        return float(self.view.zoomFactor())

    def zoom_in(self) -> None:
        self._step_zoom(+1)

    def zoom_out(self) -> None:
        self._step_zoom(-1)

    def _step_zoom(self, direction: int) -> None:
        now = self.zoom_factor()
        steps = ZOOM_STEPS if direction > 0 else tuple(reversed(ZOOM_STEPS))
        for step in steps:
            if (direction > 0 and step > now + 0.01) or (direction < 0 and step < now - 0.01):
                self.set_zoom(step)
                return
        self.set_zoom(steps[-1])

    def _apply_zoom(self) -> None:
        if self._zoom == FIT_WIDTH:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif self._zoom == FIT_PAGE:
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        else:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(int(self._zoom) / 100.0)

    def go_to_page(self, page: int) -> None:
        """Jump to a 1-based page (clamped)."""
        count = self.page_count()
        if count == 0:
            return
        page = max(1, min(count, page))
        self._lift_veil()
        self.view.pageNavigator().jump(page - 1, QPointF(), self.view.zoomFactor())
        self._emit_page()

    def next_page(self) -> None:
        self.go_to_page(self.current_page() + 1)

    def previous_page(self) -> None:
        self.go_to_page(self.current_page() - 1)

    def _emit_page(self) -> None:
        self.pageChanged.emit(self.current_page(), self.page_count())

    def _free_retired(self, keep: int = 1) -> None:
        while len(self._retired) > keep:
            doc, buf = self._retired.pop(0)
            doc.close()
            doc.deleteLater()
            if buf is not None:
                buf.close()
                buf.deleteLater()

    # -- teardown --------------------------------------------------------------------------
    def shutdown(self) -> None:
        """Detach the document before widgets go away (QtPdf crashes otherwise)."""
        self._closing = True
        self._veil_timer.stop()
        self._veil_max.stop()
        # An empty document rather than None: QPdfView.setDocument(None) makes Qt print
        # "QObject::connect(QPdfDocument, QPdfLinkModel): invalid nullptr parameter".
        self.view.setDocument(QPdfDocument(self))
        self._free_retired(keep=0)
        if self._doc is not None:
            self._doc.close()
            self._doc.deleteLater()
            self._doc = None
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None
