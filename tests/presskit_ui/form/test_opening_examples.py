"""Opening a draft or a kit is not an edit (issues 12 and 13): the spelling underlines drawn
into every prose field, the preflight check and the kit's editors filled in change nothing.

Each example is opened in a real window (``WindowManager`` with every feature installed,
``EditorSession.open``) and left until the preflight check and the underlining are through."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtPdfWidgets")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # editor_helpers

from editor_helpers import close_all, forbid_dialogs
from PySide6.QtWidgets import QApplication

from presskit.session import EditorSession
from presskit_ui.context import AppContext
from presskit_ui.kit.feature import NAME, KitFeature
from presskit_ui.preflight import PreflightFeature
from presskit_ui.preflight.spelling_ui import SpellingSupport
from presskit_ui.preview.pane import PreviewPane
from presskit_ui.window.manager import WindowManager

EXAMPLES = Path(__file__).resolve().parents[3] / "examples"
DRAFTS = sorted(p.name for p in EXAMPLES.glob("*.presskit"))
KIT = "dossier-heliade-2.presskit-kit"


@pytest.fixture
def manager(qtbot, monkeypatch):
    forbid_dialogs(monkeypatch)
    m = WindowManager(AppContext.create())
    yield m
    close_all(m, qtbot)


@pytest.fixture
def seen(monkeypatch) -> Counter[str]:
    """How often a preview render was asked for (by any window), counted from the start."""
    counts: Counter[str] = Counter()
    show = PreviewPane.show_release

    def counted(self: PreviewPane, *args: object, **kw: object) -> None:
        counts["render asked"] += 1
        show(self, *args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(PreviewPane, "show_release", counted)
    return counts


def open_and_watch(manager, qtbot, name: str, seen: Counter[str]):
    w = manager.new_window(EditorSession.open(EXAMPLES / name), show=True)
    w.form.edited.connect(lambda: seen.update(["form edited"]))
    w.releaseChanged.connect(lambda _r: seen.update(["releaseChanged"]))
    w.preview.rendered.connect(lambda _r: seen.update(["rendered"]))
    kit = w.findChild(KitFeature, NAME)
    assert kit is not None
    kit.panel.fieldEdited.connect(lambda *_a: seen.update(["kit item edited"]))
    qtbot.waitUntil(lambda: kit.session is w.session, timeout=5000)  # the kit read
    return w, kit


def settle(w, qtbot, kit: KitFeature) -> SpellingSupport:
    """Wait for the preflight check, the speller and every field's underlines; show each
    kit item in its editor (each is underlined too) and give the timers time to fire."""
    preflight = w.findChild(PreflightFeature, "preflightFeature")
    support = SpellingSupport.of(w)
    assert preflight is not None and support is not None
    qtbot.waitUntil(lambda: preflight.live.latest is not None and support.speller is not None
                    and not support.pending(), timeout=20000)
    for row in range(kit.panel.list.count()):
        kit.panel.select(row)
        qtbot.waitUntil(lambda: not support.pending(), timeout=5000)
    qtbot.waitUntil(lambda: w.preview.current_pdf_bytes() != b"", timeout=20000)
    qtbot.wait(int(w.session.settle * 1000) + 2 * w.debounce_ms + 500)  # snapshot, autosave
    assert not support.pending() and not w.runner.is_busy(preflight.live.key)
    return support


def underlined_fields(w, support: SpellingSupport) -> int:
    """How many of the window's prose fields have a spelling highlighter on them."""
    docs = {h.document() for h in support.highlighters}
    fields = ("title", "subtitle", "body", "boilerplate")
    return sum(1 for f in fields if (e := w.field_widget(f)) is not None and e.document() in docs)


@pytest.mark.parametrize("name", DRAFTS)
def test_opening_a_draft_fires_no_edit_and_renders_once(manager, qtbot, seen, name) -> None:
    w, kit = open_and_watch(manager, qtbot, name, seen)
    support = settle(w, qtbot, kit)
    assert underlined_fields(w, support) == 4  # the highlighters did run over the fields
    assert seen["form edited"] == 0 and seen["releaseChanged"] == 0, seen
    assert seen["render asked"] == 1 and seen["rendered"] == 1, seen
    assert not w.session.dirty and not w.isWindowModified()
    assert not w.menus.actions["undo"].isEnabled() and len(w.session.history) == 1


def test_opening_the_example_kit_leaves_it_unmodified(manager, qtbot, seen) -> None:
    w, kit = open_and_watch(manager, qtbot, KIT, seen)
    items = [item.kind for item in kit.editing.items]
    assert "document" in items and "photo" in items  # every kind of editor gets shown
    support = settle(w, qtbot, kit)
    assert kit.panel.document_editor.body.editor.document() in \
        {h.document() for h in support.highlighters}
    assert seen["form edited"] == 0 and seen["releaseChanged"] == 0, seen
    assert seen["kit item edited"] == 0, seen
    # The kit is shown whole: the release's render is overtaken by the kit renderer's.
    assert seen["render asked"] == 2 and seen["rendered"] == 1, seen
    assert not w.session.dirty and w.session.text == w.session.saved_text
    assert len(w.session.history) == 1
    a = w.menus.actions
    assert not a["undo"].isEnabled() and not a["redo"].isEnabled() and not a["revert"].isEnabled()
    assert not w.isWindowModified() and w.windowTitle() == f"{KIT}[*]"
    QApplication.processEvents()
