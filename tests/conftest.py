"""Shared fixtures: every test gets its own data and config folder, and Qt runs offscreen."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import pytest

# Forced here, not only in CI: pytest-qt aborts with no summary when there is no display.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("PRESSKIT_TESTING", "1")

# PySide6 6.12 on Python 3.11 leaks references to None from every void Qt call; pytest-qt
# calls Qt before any presskit_ui module is imported, so apply the work-around here too.
with contextlib.suppress(ImportError):  # the editor is optional
    import presskit_ui.qt_compat  # noqa: F401

# CI runs the same examples every time (a red CI must be reproducible); local runs explore.
with contextlib.suppress(ImportError):
    from hypothesis import settings as _hypothesis_settings

    _hypothesis_settings.register_profile("ci", derandomize=True, print_blob=True)
    if os.environ.get("CI"):
        _hypothesis_settings.load_profile("ci")

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    data = tmp_path_factory.mktemp("presskit-data")
    monkeypatch.setenv("PRESSKIT_DATA_DIR", str(data))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(data / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(data / "xdg-data"))
    # Never the machine's locale: no home country, C dates (phones.system_country reads these).
    monkeypatch.setenv("LANG", "C.UTF-8")
    for name in ("LC_ALL", "LC_TELEPHONE", "LC_TIME", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    return data


@pytest.fixture
def examples_dir() -> Path:
    return EXAMPLES
