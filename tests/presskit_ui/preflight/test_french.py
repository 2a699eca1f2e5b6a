"""The preflight UI in French: the panel, its count, the find window, the export question."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from presskit_ui.preflight.export_check import error_summary, problem_lines
from presskit_ui.translations import UiTranslations

from .test_panel import broken_release, checked, feature, row_texts


@pytest.fixture
def french(qapp):
    translations = UiTranslations(QApplication.instance())
    translations.install("fr")
    yield
    translations.install("en")
    QApplication.instance().removeTranslator(translations.recorder)


def test_panel_and_count_in_french(french, window, qtbot) -> None:
    result = checked(window, qtbot, broken_release())
    f = feature(window)
    assert f.panel.windowTitle() == "Vérification"
    rows = row_texts(window)
    assert rows[0].startswith("Titre\n")
    assert any(r.startswith("Contact presse 1 — E-mail\n") for r in rows)
    errors = sum(1 for x in result.findings if x.is_error)
    warnings = len(result.findings) - errors
    assert (errors, warnings) == (2, 1)  # no headline, the email; "bilds"
    assert f.status.text() == "2 erreurs, 1 avertissement"
    errs = [x for x in result.findings if x.is_error]
    assert error_summary(errs) == f"Ce communiqué comporte encore {len(errs)} erreurs."
    assert problem_lines(errs).splitlines()[0].startswith("Titre\u00a0: ")


def test_find_window_in_french(french, window) -> None:
    from PySide6.QtCore import QObject

    from presskit_ui.preflight.find_dialog import FindFeature

    f = next(o for o in window.findChildren(QObject) if isinstance(o, FindFeature))
    assert f.find_action.text() == "R&echercher…"
    dialog = f.show_dialog(replace=True)
    assert dialog.windowTitle() == "Rechercher et remplacer"
    assert dialog.replace_all_button.text() == "Remplacer &tout"
    dialog.find_text.setText("Orbital")
    assert dialog.status.text().endswith(" occurrences")
    count = int(dialog.status.text().split()[0])
    dialog.find_next()
    assert dialog.status.text() == f"Occurrence 1 sur {count}"
    dialog.find_text.setText("zzzz")
    assert dialog.status.text() == "Introuvable dans ce communiqué."
