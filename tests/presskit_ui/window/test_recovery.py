"""Autosave and recovery with real processes: an editor killed with SIGKILL loses nothing.

A child process runs the editor offscreen on a new, never-saved release, types
into it, and is killed once its autosave is on disk. The parent then runs the
recovery logic and must be offered exactly what was typed. A child that closes
cleanly must leave nothing behind.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtPdfWidgets")
HERE = Path(__file__).resolve().parents[1]  # editor_helpers
sys.path.insert(0, str(HERE))

from editor_helpers import FakeForm, answer, close_all, forbid_dialogs  # noqa: E402

from presskit import draft  # noqa: E402
from presskit.draft_safety import Autosaver, Owner, list_recoverable  # noqa: E402
from presskit_ui.context import AppContext  # noqa: E402
from presskit_ui.window.manager import WindowManager  # noqa: E402

TOKEN = "Recovered after kill nine"

CHILD = r"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, sys.argv[1])
from editor_helpers import FakeForm
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from presskit_ui.window import dialogs
from presskit_ui.app import create_application
from presskit_ui.context import AppContext
from presskit_ui.window.manager import WindowManager

mode, token = sys.argv[2], sys.argv[3]
app = create_application()
ctx = AppContext.create()
ctx.prefs.set("autosave_seconds", 1)
manager = WindowManager(ctx, form_factory=FakeForm)
window = manager.new_window()  # a new release, never saved

def typed():
    window.focus_field("title")
    QTest.keyClicks(window.form.widgets["title"], token)
    print("typed", flush=True)
    if mode == "close":
        QTimer.singleShot(100, wait_autosave)

def wait_autosave():
    if not window.autosaver.draft_file.exists():
        QTimer.singleShot(100, wait_autosave)
        return
    print("autosaved", flush=True)
    dialogs.UnsavedChangesDialog.ask = classmethod(lambda cls, parent, name: "discard")
    manager.close_all()

QTimer.singleShot(300, typed)
sys.exit(app.exec())
"""


def spawn(mode: str) -> subprocess.Popen:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.Popen([sys.executable, "-c", CHILD, str(HERE), mode, TOKEN],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)


def autosaves(data: Path) -> list[Path]:
    folder = data / "autosave"
    return sorted(folder.glob("*.presskit")) if folder.is_dir() else []


def wait_for(predicate, timeout: float = 20.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.05)
    return False


@pytest.fixture
def manager(qtbot, monkeypatch):
    forbid_dialogs(monkeypatch)
    m = WindowManager(AppContext.create(), form_factory=FakeForm)
    yield m
    close_all(m, qtbot)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkilled_editor_is_recovered(manager, qtbot, monkeypatch) -> None:
    data = manager.ctx.data_dir
    child = spawn("kill")
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "typed", child.stderr.read() if child.stderr else ""

        def has_token() -> bool:
            return any(TOKEN in p.read_text("utf-8") for p in autosaves(data))

        assert wait_for(has_token), "the child never autosaved"
        # A running editor's autosave is never offered for recovery.
        assert list_recoverable(data) == []
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
        for stream in (child.stdout, child.stderr):
            if stream:
                stream.close()
    assert child.returncode == -signal.SIGKILL

    entries = list_recoverable(data)
    assert len(entries) == 1
    assert draft.loads(entries[0].read_text()).title == TOKEN and entries[0].original is None
    offered = answer(monkeypatch, "RecoveryDialog.ask", lambda parent, found: (found, []))
    windows = manager.offer_recovery()
    assert offered and [e.ident for e in offered[0][1]] == [entries[0].ident]
    assert len(windows) == 1
    w = windows[0]
    assert w.current_release().title == TOKEN
    assert w.isWindowModified() and w.session.path is None
    # The old autosave was replaced by the recovering window's own, so a second crash loses nothing.
    assert not entries[0].draft_file.exists()
    assert autosaves(data) == [w.autosaver.draft_file]
    assert list_recoverable(data) == []
    answer(monkeypatch, "UnsavedChangesDialog.ask", "discard")
    assert w.close()
    assert autosaves(data) == []


def test_clean_close_of_an_editor_process_leaves_nothing(manager) -> None:
    data = manager.ctx.data_dir
    child = spawn("close")
    out, err = child.communicate(timeout=60)
    assert child.returncode == 0, err
    assert out.split() == ["typed", "autosaved"]
    assert autosaves(data) == []
    assert not list((data / "autosave").glob("*"))
    assert not (data / "locks").exists() or not list((data / "locks").iterdir())
    assert list_recoverable(data) == []


def test_recovery_later_keeps_and_discard_removes(manager, monkeypatch) -> None:
    data = manager.ctx.data_dir
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    saver = Autosaver(data, Owner(dead.pid, "linux:1", "gone"))
    saver.write(draft.dumps(draft.loads('{"presskit": 1, "title": "Left over"}')), None, "Left over")
    answer(monkeypatch, "RecoveryDialog.ask", ([], []))  # "Later"
    assert manager.offer_recovery() == []
    assert saver.draft_file.exists()
    answer(monkeypatch, "RecoveryDialog.ask", lambda parent, found: ([], found))  # "Discard all"
    assert manager.offer_recovery() == []
    assert not saver.draft_file.exists() and not saver.sidecar.exists()


def test_recovered_draft_with_original_path_saves_there(manager, tmp_path, monkeypatch) -> None:
    path = tmp_path / "orig.presskit"
    draft.save(draft.loads('{"presskit": 1, "title": "On disk"}'), path)
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    saver = Autosaver(manager.ctx.data_dir, Owner(dead.pid, "linux:1", "gone"))
    saver.write(draft.dumps(draft.loads('{"presskit": 1, "title": "Unsaved edit"}')), path, "x")
    answer(monkeypatch, "RecoveryDialog.ask", lambda parent, found: (found, []))
    (w,) = manager.offer_recovery()
    assert w.session.path == path and w.isWindowModified()
    assert w.save()
    assert draft.load(path).title == "Unsaved edit"


def test_recovery_dialog_lists_entries(qtbot, tmp_path) -> None:
    from presskit_ui.window.dialogs import RecoveryDialog

    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    saver = Autosaver(tmp_path, Owner(dead.pid, "linux:1", "gone"))
    saver.write(draft.dumps(draft.loads('{"presskit": 1, "title": "<b>T</b>"}')), None, "<b>T</b>")
    entries = list_recoverable(tmp_path)
    dlg = RecoveryDialog(None, entries)
    qtbot.addWidget(dlg)
    assert dlg.list.count() == 1 and dlg.list.item(0).text().startswith("<b>T</b>")
    assert dlg.checked() == entries


def test_recovery_dialog_tooltip_shows_the_path_as_plain_text(qtbot, tmp_path) -> None:
    from PySide6 import QtGui
    from PySide6.QtGui import QTextDocument

    from presskit_ui.window.dialogs import RecoveryDialog

    original = str(tmp_path / "<b>Bold</b> & <i>co</i>.presskit")
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    saver = Autosaver(tmp_path, Owner(dead.pid, "linux:1", "gone"))
    saver.write(draft.dumps(draft.loads('{"presskit": 1, "title": "T"}')), original, "T")
    dlg = RecoveryDialog(None, list_recoverable(tmp_path))
    qtbot.addWidget(dlg)
    tip = dlg.list.item(0).toolTip()
    # What the tooltip shows: Qt renders it as HTML when it looks like HTML, else as is.
    doc = QTextDocument()
    doc.setHtml(tip)
    shown = doc.toPlainText() if QtGui.Qt.mightBeRichText(tip) else tip
    assert shown == original
