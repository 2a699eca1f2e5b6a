"""The Kit dock, menu and exports in French: nothing English left, retranslated in place."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtPdfWidgets")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # editor_helpers, the French check

from editor_helpers import close_all, forbid_dialogs
from PySide6.QtWidgets import QApplication, QLabel
from test_french_everywhere import english_left

from presskit.kit.model import KitDocument, Link, Logo, Photo
from presskit_ui.context import AppContext
from presskit_ui.kit.feature import NAME, KitFeature
from presskit_ui.translations import UiTranslations
from presskit_ui.window.manager import WindowManager

EXAMPLE = Path(__file__).resolve().parents[3] / "examples" / "dossier-heliade-2.presskit-kit"


@pytest.fixture
def setup(qapp, qtbot, monkeypatch):
    forbid_dialogs(monkeypatch)
    t = UiTranslations(qapp)
    t.install("en")
    m = WindowManager(AppContext.create())
    yield t, m
    t.install("en")
    close_all(m, qtbot)


def open_kit(m: WindowManager, qtbot):
    w = m.open_path(EXAMPLE)
    assert w is not None
    feature = w.findChild(KitFeature, NAME)
    qtbot.waitUntil(lambda: feature.session is w.session, timeout=3000)
    w.show()
    feature.dock.show()
    QApplication.processEvents()
    return w, feature


def each_kind(feature: KitFeature) -> list[int]:
    """One row of each kind of item (photo, document, logo, link)."""
    rows: dict[type, int] = {}
    for i, item in enumerate(feature.editing.items):
        rows.setdefault(type(item), i)
    assert set(rows) == {KitDocument, Photo, Logo, Link}
    return list(rows.values())


def test_kit_dock_and_menu_in_french(setup, qtbot) -> None:
    t, m = setup
    t.install("fr")
    w, feature = open_kit(m, qtbot)
    assert feature.menu.title() == "&Dossier" and feature.dock.windowTitle() == "Dossier de presse"
    assert feature.actions["save_as_kit"].text() == "Enregistrer comme &dossier de presse…"
    for row in each_kind(feature):
        feature.panel.select(row)
        QApplication.processEvents()
        left = english_left(w)
        assert not left, "\n".join(left)
    labels = {lbl.text() for lbl in feature.panel.findChildren(QLabel) if lbl.isVisibleTo(w)}
    assert "&Adresse :" in labels or "&Nom :" in labels or "&Légende :" in labels


def test_switching_language_retranslates_the_kit_in_place(setup, qtbot) -> None:
    t, m = setup
    w, feature = open_kit(m, qtbot)
    photo_row = next(i for i, it in enumerate(feature.editing.items) if isinstance(it, Photo))
    feature.panel.select(photo_row)
    assert feature.panel.add_photos.text() == "Add &Photos…"
    assert feature.panel.photo_editor.labels["caption"].text() == "&Caption:"
    t.install("fr")
    QApplication.processEvents()
    assert feature.panel.add_photos.text() == "Ajouter des &photos…"
    assert feature.panel.photo_editor.labels["caption"].text() == "&Légende :"
    assert feature.menu.title() == "&Dossier"
    assert feature.exports.actions["zip"].text() == "&ZIP pour les journalistes…"
    doc_row = next(i for i, it in enumerate(feature.editing.items) if isinstance(it, KitDocument))
    assert feature.panel.list.item(doc_row).text().split("\n")[0] in (
        "Fiche technique", "Note de contexte", "Biographie", "Questions-réponses", "Document")
    left = english_left(w)
    assert not left, "\n".join(left)
