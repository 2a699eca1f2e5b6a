"""The editor's process-wide work-arounds (presskit_ui.workarounds): each is switched off by
its variable, and the PySide6 reference-count bug they guard against is still there."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

pytest.importorskip("PySide6")

# The reproduction: void Qt calls, counting the references to None they leave.
LEAK = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QCoreApplication, QObject, QTimer
    app = QCoreApplication([])
    timer, obj = QTimer(), QObject()
    calls = {"QTimer.stop": timer.stop, "QTimer.setInterval": lambda: timer.setInterval(5),
             "QObject.setObjectName": lambda: obj.setObjectName("x")}
    for name, call in calls.items():
        before = sys.getrefcount(None)
        for _ in range(200):
            call()
        print(name, sys.getrefcount(None) - before)
    sys.stdout.flush()
""")


def _run(code: str, **env: str) -> subprocess.CompletedProcess[str]:
    full = {k: v for k, v in os.environ.items() if not k.startswith("PRESSKIT_NO_")}
    full.update(env, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=full, timeout=120)


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_the_pinned_pyside6_still_drops_a_reference_to_none_per_void_call() -> None:
    """Fails once the bindings are fixed: then QT_REFCOUNT can go (see its docstring)."""
    run = _run(LEAK)  # PySide6 alone: no Presskit module imported, nothing protected
    deltas = dict(line.rsplit(" ", 1) for line in run.stdout.splitlines())
    assert {name: int(d) for name, d in deltas.items()} == {
        "QTimer.stop": -200, "QTimer.setInterval": -200, "QObject.setObjectName": -200}


def test_with_the_workaround_many_void_calls_are_safe() -> None:
    code = ("import presskit_ui\n"
            "from PySide6.QtCore import QCoreApplication, QTimer\n"
            "app = QCoreApplication([]); t = QTimer()\n"
            "for _ in range(200_000): t.stop()\n"
            "print('alive')")
    run = _run(code)
    assert run.returncode == 0 and run.stdout.strip() == "alive", run.stderr[-500:]


def test_each_ui_workaround_is_switched_off_by_its_variable() -> None:
    code = textwrap.dedent("""
        import gc, sys
        before = sys.getrefcount(None)
        from presskit_ui import workarounds as w
        protected = sys.getrefcount(None) - before > 1 << 40
        w.apply_switch_interval()
        frozen = w.freeze_heap()
        print(protected, sys.getswitchinterval(), frozen, gc.get_freeze_count() > 0)
    """)
    on = _run(code).stdout.split()
    off = _run(code, PRESSKIT_NO_QT_REFCOUNT="1", PRESSKIT_NO_SWITCH_INTERVAL="1",
               PRESSKIT_NO_HEAP_FREEZE="1").stdout.split()
    applies = sys.version_info < (3, 12)
    assert on == [str(applies), "0.001", "True", "True"]
    assert off == ["False", "0.005", "False", "False"]
