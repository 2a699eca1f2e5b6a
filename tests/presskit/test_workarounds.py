"""The process-wide work-arounds (presskit.workarounds, presskit_ui.workarounds): each one
is switched off by its PRESSKIT_NO_<NAME>=1, and none changes a byte of an export."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from presskit.workarounds import CORE, PREFIX, Workaround

EXPORT = textwrap.dedent("""
    import sys
    from presskit import deferred
    try:  # the editor's work-arounds too, when the editor is installed
        from presskit_ui import workarounds as ui
    except ImportError:
        ui = None
    from presskit.cli import main
    if ui is not None:
        ui.apply_switch_interval()
    deferred.defer()
    if ui is not None:
        ui.freeze_heap()
    sys.exit(main(["export", sys.argv[1], "-q", "--pdf", sys.argv[2] + "/r.pdf",
                   "--docx", sys.argv[2] + "/r.docx", "--txt", sys.argv[2] + "/r.txt",
                   "--html", sys.argv[2] + "/r.html"]))
""")


def all_workarounds() -> tuple[Workaround, ...]:
    try:
        from presskit_ui.workarounds import UI
    except ImportError:
        return CORE
    return (*CORE, *UI)


def _env(off: bool) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(PREFIX)}
    env["SOURCE_DATE_EPOCH"] = "1767225600"  # 2026-01-01: no export depends on today
    if off:
        env.update({w.variable: "1" for w in all_workarounds()})
    return env


def test_each_workaround_has_its_own_switch_and_reason() -> None:
    names = [w.name for w in all_workarounds()]
    assert len(set(names)) == len(names)
    assert {"GC_PAUSE", "DEFERRED_IMPORTS"} <= set(names)
    for w in all_workarounds():
        assert w.variable == f"PRESSKIT_NO_{w.name}" and w.why and w.where


@pytest.mark.parametrize("value, enabled", [("", True), ("0", True), ("1", False),
                                            ("yes", False)])
def test_the_variable_switches_it_off(monkeypatch: pytest.MonkeyPatch, value: str,
                                      enabled: bool) -> None:
    from presskit.workarounds import GC_PAUSE

    monkeypatch.setenv("PRESSKIT_NO_GC_PAUSE", value)
    assert GC_PAUSE.enabled() is enabled


def test_gc_pause_off_leaves_the_collector_running(monkeypatch: pytest.MonkeyPatch) -> None:
    import gc

    from presskit.gcpause import paused

    monkeypatch.setenv("PRESSKIT_NO_GC_PAUSE", "1")
    with paused():
        assert gc.isenabled()
    monkeypatch.delenv("PRESSKIT_NO_GC_PAUSE")
    with paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_deferred_imports_off_installs_no_stand_in() -> None:
    code = ("import sys; from presskit import deferred; "
            "print(deferred.defer(('colorsys',)), type(sys.modules.get('colorsys')).__name__)")
    on = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                        env=_env(False), check=True).stdout.split()
    off = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=_env(True), check=True).stdout.split()
    assert on == ["['colorsys']", "_Deferred"]
    assert off == ["[]", "NoneType"]


def test_exports_are_byte_identical_with_the_workarounds_on_and_off(
        tmp_path: Path, examples_dir: Path) -> None:
    outputs = {}
    for off in (False, True):
        folder = tmp_path / ("off" if off else "on")
        folder.mkdir()
        run = subprocess.run([sys.executable, "-c", EXPORT,
                              str(examples_dir / "communique-fr.presskit"), str(folder)],
                             capture_output=True, text=True, env=_env(off), timeout=300)
        assert run.returncode == 0, run.stderr
        outputs[off] = {p.name: p.read_bytes() for p in sorted(folder.iterdir())}
    assert sorted(outputs[False]) == ["r.docx", "r.html", "r.pdf", "r.txt"]
    assert all(len(data) > 500 for data in outputs[False].values())
    for name, data in outputs[False].items():
        assert outputs[True][name] == data, name
