"""The background runner and the live PDF preview."""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtPdfWidgets")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # editor_helpers

from editor_helpers import normalized, pdf_text, sample_release
from PySide6.QtGui import QColor

from presskit_ui.preview.pane import FIT_PAGE, FIT_WIDTH, PreviewPane, render_preview
from presskit_ui.runner import Runner


@pytest.fixture
def runner(qtbot):
    r = Runner()
    yield r
    r.shutdown()
    r.deleteLater()


@pytest.fixture
def preview(qtbot, runner):
    p = PreviewPane(runner)
    qtbot.addWidget(p)
    p.resize(700, 900)
    p.show()
    yield p
    runner.shutdown()
    p.shutdown()


# -- runner --------------------------------------------------------------------------------
def test_runner_delivers_on_gui_thread(runner, qtbot) -> None:
    seen: list = []
    main = threading.current_thread()

    def work(progress):
        progress("half")
        return threading.current_thread() is not main

    runner.submit(work, on_success=lambda r: seen.append(("ok", r, threading.current_thread() is main)),
                  on_progress=lambda t: seen.append(("progress", t)))
    qtbot.waitUntil(lambda: any(s[0] == "ok" for s in seen), timeout=5000)
    assert ("progress", "half") in seen
    assert ("ok", True, True) in seen  # worked off the GUI thread, answered on it


def test_runner_drops_stale_results_and_coalesces(runner, qtbot) -> None:
    ran: list[int] = []
    delivered: list[int] = []

    def job(n: int):
        def work(_p):
            ran.append(n)
            time.sleep(0.15)
            return n
        return work

    for n in range(5):
        runner.submit(job(n), key="k", on_success=delivered.append)
    qtbot.waitUntil(lambda: delivered == [4], timeout=5000)
    qtbot.wait(300)
    assert delivered == [4]  # job 0 ran but was stale; 1-3 never ran at all
    assert ran == [0, 4]
    assert not runner.is_busy("k")


def test_runner_failure_callback_has_details(runner, qtbot) -> None:
    failures: list = []

    def work(_p):
        raise ValueError("broken <b>input</b>")

    runner.submit(work, on_failure=failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert isinstance(failures[0].error, ValueError)
    assert "ValueError: broken <b>input</b>" in failures[0].details


def _stoppable(seen: list, limit: float = 20.0):
    """A job that works until it is asked to stop, and says whether it was."""
    started = threading.Event()

    def work(progress):
        started.set()
        end = time.monotonic() + limit
        while time.monotonic() < end:
            if progress.cancelled():
                seen.append("stopped")
                return "stale result"
            time.sleep(0.005)
        seen.append("ran to the end")
        return "stale result"

    return work, started


def test_runner_asks_an_overtaken_job_to_stop(runner, qtbot) -> None:
    seen: list = []
    delivered: list = []
    work, started = _stoppable(seen)
    runner.submit(work, key="k", on_success=delivered.append, on_failure=delivered.append)
    qtbot.waitUntil(started.is_set, timeout=5000)
    runner.submit(lambda _p: "newer", key="k", on_success=delivered.append)
    qtbot.waitUntil(lambda: delivered == ["newer"], timeout=5000)
    assert seen == ["stopped"]  # well before its 20 s were up
    qtbot.wait(100)
    assert delivered == ["newer"]


@pytest.mark.parametrize("how", ["cancel", "shutdown"])
def test_runner_cancel_and_shutdown_ask_the_running_job_to_stop(runner, qtbot, how) -> None:
    seen: list = []
    delivered: list = []
    work, started = _stoppable(seen)
    runner.submit(work, key="k", on_success=delivered.append)
    qtbot.waitUntil(started.is_set, timeout=5000)
    if how == "cancel":
        runner.cancel("k")
        qtbot.waitUntil(lambda: not runner.is_busy("k"), timeout=5000)
    else:
        assert runner.shutdown(5000)
    qtbot.wait(50)
    assert seen == ["stopped"] and delivered == []


def test_runner_shutdown_waits_and_drops(runner, qtbot) -> None:
    delivered: list = []
    runner.submit(lambda _p: time.sleep(0.2) or 1, key="x", on_success=delivered.append)
    assert runner.shutdown(5000)
    qtbot.wait(50)
    assert delivered == []
    assert runner.submit(lambda _p: 1) is None


# -- preview -------------------------------------------------------------------------------
def test_preview_is_the_export_pdf(preview, qtbot, monkeypatch) -> None:
    from presskit.compose import compose
    from presskit.renderers.pdf import render_pdf

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # same dates in both PDFs

    release = sample_release()
    with qtbot.waitSignal(preview.rendered, timeout=15000) as blocker:
        preview.show_release(release)
    result = blocker.args[0]
    assert preview.current_pdf_bytes() == result.data
    assert result.data == render_pdf(compose(release)).data  # same bytes as the PDF export
    assert preview.page_count() == result.pages == 1
    assert result.words > 0 and result.shown_at >= result.requested_at


def test_render_happens_off_the_gui_thread(preview, qtbot, monkeypatch) -> None:
    threads: list = []
    import presskit_ui.preview.pane as mod

    real = mod.render_preview

    def spy(release, *args, **kwargs):
        threads.append(threading.current_thread())
        return real(release, *args, **kwargs)

    monkeypatch.setattr(mod, "render_preview", spy)
    with qtbot.waitSignal(preview.rendered, timeout=15000):
        preview.show_release(sample_release())
    assert threads and threads[0] is not threading.main_thread()


def test_out_of_date_renders_are_dropped(preview, qtbot) -> None:
    shown: list = []
    preview.rendered.connect(lambda r: shown.append(normalized(pdf_text(r.data))))
    for n in range(6):
        r = sample_release(pages_of_body=1)
        r.title = f"Version number {n}"
        preview.show_release(r)
    qtbot.waitUntil(lambda: bool(shown) and "Version number 5" in shown[-1], timeout=20000)
    qtbot.wait(300)
    assert len(shown) == 1  # the five older renders never reached the screen


def test_a_long_render_stops_when_typing_overtakes_it(preview, qtbot, monkeypatch) -> None:
    """A preview render still running when newer typing arrives stops at its next page
    instead of running to the end, and what it had done is never shown."""
    import presskit.renderers.pdf as pdf

    outcomes: list = []
    started = threading.Event()
    real = pdf.render_pdf

    def spy(doc, should_stop=None):
        started.set()
        try:
            res = real(doc, should_stop)
        except pdf.RenderCancelled:
            outcomes.append("stopped")
            raise
        outcomes.append(("finished", res.pages))
        return res

    monkeypatch.setattr(pdf, "render_pdf", spy)
    shown: list = []
    preview.rendered.connect(lambda r: shown.append(normalized(pdf_text(r.data))))
    long = sample_release(pages_of_body=400)  # some 400 pages: seconds of layout
    long.title = "The long version"
    preview.show_release(long)
    qtbot.waitUntil(started.is_set, timeout=20000)
    short = sample_release()
    short.title = "What was typed since"
    preview.show_release(short)
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    qtbot.wait(300)
    assert outcomes[0] == "stopped"  # the long render gave up, it did not finish
    assert outcomes[1:] == [("finished", 1)]
    assert len(shown) == 1 and "What was typed since" in shown[0]


def test_pages_are_white_on_a_grey_desk(preview, qtbot) -> None:
    r = sample_release()
    r.body = ""
    with qtbot.waitSignal(preview.painted, timeout=15000):
        preview.show_release(r)
    qtbot.wait(300)
    img = preview.view.viewport().grab().toImage()
    desk = QColor(img.pixel(3, 3))
    # A point well inside the page, in a blank area to the right of the top margin.
    page = QColor(img.pixel(img.width() // 2, 22))
    assert page.name() == "#ffffff"
    assert desk.name() == "#8a8f96"  # the grey desk around the pages


def test_zoom_and_scroll_survive_reload(preview, qtbot) -> None:
    r = sample_release(pages_of_body=4)
    with qtbot.waitSignal(preview.rendered, timeout=20000):
        preview.show_release(r)
    assert preview.page_count() >= 4
    preview.set_zoom(1.25)
    bar = preview.view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=5000)
    bar.setValue(bar.maximum() // 2)
    where = bar.value()
    r.title = "Same length title, edited"
    with qtbot.waitSignal(preview.rendered, timeout=20000):
        preview.show_release(r)
    assert preview.zoom == "125" and abs(preview.zoom_factor() - 1.25) < 1e-6
    assert bar.value() == where
    assert "edited" in normalized(pdf_text(preview.current_pdf_bytes()))


def test_zoom_modes_and_page_navigation(preview, qtbot) -> None:
    with qtbot.waitSignal(preview.rendered, timeout=20000):
        preview.show_release(sample_release(pages_of_body=3))
    pages: list = []
    preview.pageChanged.connect(lambda n, m: pages.append((n, m)))
    preview.go_to_page(3)
    assert preview.current_page() == 3 and pages[-1] == (3, preview.page_count())
    preview.previous_page()
    assert preview.current_page() == 2
    preview.go_to_page(99)
    assert preview.current_page() == preview.page_count()
    for zoom in (FIT_PAGE, FIT_WIDTH):
        preview.set_zoom(zoom)
        assert preview.zoom == zoom
    preview.set_zoom(5.0)
    assert preview.zoom == "200"
    preview.zoom_out()
    assert preview.zoom == "175"


def test_render_preview_reports_warnings_with_fields() -> None:
    r = sample_release()
    r.title = "Bad\x07 char"
    res = render_preview(r)
    assert any(w.field == "title" for w in res.warnings)


HIDPI = r"""
import sys
sys.path.insert(0, sys.argv[1])
import presskit_ui.qt_compat
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtPdf import QPdfPageRenderer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from editor_helpers import sample_release
from presskit_ui.preview.pane import PreviewPane
from presskit_ui.runner import Runner
runner = Runner(); pane = PreviewPane(runner); pane.resize(600, 800); pane.show()
widths = []
pane.view.findChild(QPdfPageRenderer).pageRendered.connect(
    lambda page, size, *rest: widths.append(size.width()))
loop = QEventLoop()
pane.painted.connect(lambda _r: QTimer.singleShot(300, loop.quit))
QTimer.singleShot(15000, loop.quit)
pane.show_release(sample_release())
loop.exec()
page_w = pane.view.viewport().width() - 32  # fit width, 16 px document margins
print(pane.devicePixelRatioF(), page_w, max(widths))
runner.shutdown(); pane.shutdown()
"""


def test_preview_renders_at_the_device_pixel_ratio() -> None:
    import os
    import subprocess

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": "2"}
    out = subprocess.run([sys.executable, "-c", HIDPI, str(Path(__file__).resolve().parents[1])], env=env,
                         capture_output=True, text=True, timeout=60)
    dpr, logical, rendered = out.stdout.split()
    assert float(dpr) == 2.0
    assert int(rendered) >= 2 * int(logical) - 4  # page pixels = logical width x 2: sharp
