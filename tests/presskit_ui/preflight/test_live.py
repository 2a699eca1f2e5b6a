"""The live check never competes with the preview: it waits for the preview of the same
release, and a newer edit cancels the check still running."""

from __future__ import annotations

import dataclasses
import threading
import time

import pytest

from presskit.preflight import engine
from presskit.preflight.engine import Cancelled
from presskit_ui.preflight.live import Checked, PreflightRun
from presskit_ui.preview.pane import render_preview

from .conftest import preflight_release
from .test_panel import feature


def test_the_check_starts_only_after_the_preview_of_the_release_is_painted(window,
                                                                           qtbot) -> None:
    live = feature(window).live
    events: list[str] = []

    def slow_preview(release, should_stop, home_country):  # worker thread
        time.sleep(0.9)  # longer than the check's 300 ms pause
        return render_preview(release, should_stop, home_country=home_country)

    window.set_preview_renderer(slow_preview, render_again=False)

    def started() -> None:
        shown = window.preview.current_result()
        events.append("check started")
        events.append("preview busy" if window.runner.is_busy("preview") else "preview idle")
        events.append("edit painted" if shown is not None and shown.requested_at >= t0
                      and shown.painted_at >= shown.shown_at > 0 else "edit not painted")

    live.started.connect(started)
    edited = dataclasses.replace(window.current_release(), title="Orbital launches Héliade-2")
    t0 = time.perf_counter()
    with qtbot.waitSignal(live.checked, timeout=30000) as blocker:
        window.apply_release(edited)
    result: Checked = blocker.args[0]
    assert result.release.title == "Orbital launches Héliade-2"
    assert events == ["check started", "preview idle", "edit painted"]
    assert time.perf_counter() - t0 >= 0.9


def test_a_newer_edit_cancels_the_running_check_before_the_next_starts(
        window, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    live = feature(window).live
    events: list[str] = []
    lock = threading.Lock()
    rules = engine._rules()

    def slow(ctx):  # worker thread: a rule that takes 10 s for the release titled "Slow"
        if ctx.release.title == "Slow":
            with lock:
                events.append("slow rule running")
            deadline = time.perf_counter() + 10
            while time.perf_counter() < deadline:
                try:
                    ctx.stop_if_cancelled()
                except Cancelled:
                    with lock:
                        events.append("slow rule cancelled")
                    raise
                time.sleep(0.005)
        return []

    monkeypatch.setattr(engine, "_rules", lambda: [slow, *rules])
    live.started.connect(lambda: events.append("check started"))
    base = window.current_release()
    live.schedule(dataclasses.replace(base, title="Slow"))
    qtbot.waitUntil(lambda: "slow rule running" in events, timeout=10000)
    t0 = time.perf_counter()
    with qtbot.waitSignal(live.checked, timeout=8000) as blocker:
        live.schedule(dataclasses.replace(base, title="Fast"))
    assert time.perf_counter() - t0 < 5  # the slow check did not run its 10 s
    assert blocker.args[0].release.title == "Fast"
    tail = events[events.index("slow rule running") + 1:]
    assert tail == ["slow rule cancelled", "check started"]


def test_the_worker_job_stops_when_its_progress_says_cancelled(window) -> None:
    run = PreflightRun(window)

    class Stale:
        def __call__(self, text: str) -> None:
            pass

        def cancelled(self) -> bool:
            return True

    job = run.job(preflight_release(), load_gui_speller=False)
    with pytest.raises(Cancelled):
        job(Stale())
    # Without a progress (Export's check on the GUI thread) the check runs to the end.
    result = run.job(preflight_release(), load_gui_speller=False)(None)
    assert result.release.title == preflight_release().title
    assert [f.code for f in result.findings] == [f.code for f in run.now(preflight_release())
                                                 .findings]
