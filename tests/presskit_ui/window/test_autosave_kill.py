"""Issue 14 §3: after a kill -9, at most the last 2 s of typing are lost.

A real editor process (offscreen) types into the headline with real key events, says when
it stopped, and is killed with SIGKILL 2.5 s later; the autosave on disk must hold every
character. Before the fix the autosave came 30 s after the first edit, so nothing was there.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtPdfWidgets")

TYPED = "Lancement du satellite"

SCRIPT = r"""
import sys, time
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from presskit_ui.app import create_application
from presskit_ui.context import AppContext
from presskit_ui.window.manager import WindowManager

text = sys.argv[1]
app = create_application()
manager = WindowManager(AppContext.create())
window = manager.new_window()
window.show()

def type_all():
    window.focus_field("title")
    widget = app.focusWidget()
    step = [0]
    def one():
        if step[0] == len(text):
            print("STOPPED", time.monotonic(), flush=True)
            return
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            app.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, text[step[0]]))
        step[0] += 1
        QTimer.singleShot(40, one)
    one()

QTimer.singleShot(300, type_all)
app.exec()
"""


def _autosaved_titles(data: Path) -> list[str]:
    folder = data / "autosave"
    if not folder.is_dir():
        return []
    out = []
    for f in folder.glob("*.presskit"):
        out.append(json.loads(f.read_text(encoding="utf-8")).get("title", ""))
    return out


@pytest.mark.timeout(120)
def test_kill_9_loses_at_most_the_last_two_seconds(tmp_path: Path) -> None:
    data = tmp_path / "data"
    env = dict(os.environ, PRESSKIT_DATA_DIR=str(data), QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen([sys.executable, "-c", SCRIPT, TYPED], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert proc.stdout is not None
        line = ""
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            line = proc.stdout.readline()
            if line.startswith("STOPPED") or not line:
                break
        assert line.startswith("STOPPED"), "the editor never finished typing"
        time.sleep(2.5)  # the last keystroke was 2.5 s ago: at most 2 s may be lost
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)
    assert proc.returncode == -signal.SIGKILL
    assert _autosaved_titles(data) == [TYPED]
