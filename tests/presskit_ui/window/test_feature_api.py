"""The window's API for features: signals named after what happened, menus, docks, form
sections; the contact book and letterhead profiles use it and patch nothing of the window."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtPdfWidgets")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # editor_helpers

from editor_helpers import FakeForm, close_all, forbid_dialogs, sample_release
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QLabel

from presskit import draft
from presskit.session import EditorSession
from presskit_ui.context import AppContext
from presskit_ui.window.manager import WindowManager


@pytest.fixture
def manager(qtbot, monkeypatch):
    forbid_dialogs(monkeypatch)
    m = WindowManager(AppContext.create())
    yield m
    close_all(m, qtbot)


def test_features_patch_nothing_of_the_window(manager) -> None:
    """Before: both integrations replaced window.load_session and stored themselves with
    setattr(window, "_…"); now the window's own attributes are the window's only."""
    w = manager.new_window()
    assert "load_session" not in vars(w)
    assert not [name for name in vars(w) if name in ("_contact_book", "_letterhead_profiles")]
    assert w.findChild(QAction, "action_contact_book") is not None
    assert w.findChild(QAction, "action_letterhead_profiles") is not None


def test_session_loaded_for_the_first_draft_and_every_draft_opened_later(
        manager, qtbot, tmp_path) -> None:
    seen: list[EditorSession] = []
    w = manager.new_window(show=False)
    w.sessionLoaded.connect(seen.append)  # connected after construction, like a feature
    first = w.session
    qtbot.waitUntil(lambda: seen == [first], timeout=2000)
    path = tmp_path / "next.presskit"
    draft.save(sample_release(), path, backup=False)
    later = EditorSession.open(path)
    w.load_session(later)
    assert seen == [first, later]


def test_about_to_save_comes_before_the_draft_is_written(manager, qtbot, tmp_path) -> None:
    w = manager.new_window(EditorSession(sample_release(), None), show=False)
    path = tmp_path / "out.presskit"
    events: list[tuple[str, Path, bool]] = []
    w.aboutToSave.connect(lambda p: events.append(("about", p, p.exists())))
    w.saved.connect(lambda p: events.append(("saved", p, p.exists())))
    assert w.save_as(path)
    assert events == [("about", path, False), ("saved", path, True)]


def test_release_changed_after_apply_release(manager, qtbot) -> None:
    w = manager.new_window(show=False)
    changed: list[str] = []
    w.releaseChanged.connect(lambda r: changed.append(r.title))
    release = w.current_release()
    release.title = "Applied by a feature"
    w.apply_release(release)
    assert changed == ["Applied by a feature"]


def test_docks_and_form_sections(manager, qtbot) -> None:
    w = manager.new_window(show=False)
    dock = QDockWidget("Preflight")
    dock.setObjectName("preflightDock")
    assert w.add_dock(dock) is dock
    assert dock.parent() is w
    assert dock.toggleViewAction() in w.menus.menu("view").actions()
    content = QLabel("kit contents")
    assert w.add_form_section("kit", "Press kit", content)
    section = w.form.sections["kit"]
    assert section.objectName() == "section_kit" and section.isAncestorOf(content)
    # The form's own sections keep their order; the feature's comes last.
    assert list(w.form.sections)[-1] == "kit"


def test_a_fake_form_has_no_parts_and_no_sections(qtbot, monkeypatch) -> None:
    forbid_dialogs(monkeypatch)
    m = WindowManager(AppContext.create(), form_factory=FakeForm)
    try:
        w = m.new_window(show=False)
        assert w.letterhead_part() is None and w.contacts_part() is None
        assert not w.add_form_section("kit", "Press kit", QLabel("x"))
    finally:
        close_all(m, qtbot)


def test_other_windows(manager) -> None:
    w1 = manager.new_window(show=False)
    w2 = manager.new_window(show=False)
    assert w1.other_windows() == [w2] and w2.other_windows() == [w1]

