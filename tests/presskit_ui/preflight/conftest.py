"""A real editor window (the real form) with the preflight feature installed."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtPdfWidgets")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # editor_helpers

from editor_helpers import close_all, forbid_dialogs

from presskit.model import Contact, Letterhead, Quote, Release
from presskit.session import EditorSession
from presskit_ui.context import AppContext
from presskit_ui.window.manager import WindowManager


def preflight_release() -> Release:
    import datetime as dt

    return Release(
        language="en_US", reference="PR-9", date=dt.date(2026, 3, 5), place="Toulouse",
        title="Orbital launches its first satellite",
        subtitle="The Orbital team celebrates",
        body="Orbital, a **Orbital** company, said on Monday.\n\nA [link to Orbital]"
             "(https://orbital.example) and more text.",
        quotes=[Quote(text="We at Orbital are proud.", speaker="Ada Orbital", role="CEO")],
        boilerplate="Orbital builds small satellites.",
        contacts=[Contact(name="Bob Press", role="Press officer", phone="+33 5 61 00 00 00",
                          email="bob@example.org")],
        letterhead=Letterhead(organization="Orbital SAS"),
    )


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> dict:
    return forbid_dialogs(monkeypatch)


@pytest.fixture
def manager(qtbot, dialogs):
    m = WindowManager(AppContext.create())
    yield m
    close_all(m, qtbot)


@pytest.fixture
def window(manager, qtbot):
    w = manager.new_window(EditorSession(preflight_release(), None), show=False)
    return w
