"""Interface language: English and French, the system's by default, Preferences override."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtPdfWidgets")
sys.path.insert(0, str(Path(__file__).parent))

from editor_helpers import FakeForm, close_all, forbid_dialogs, sample_release, wait_pdf
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from presskit.session import EditorSession
from presskit_ui.context import AppContext
from presskit_ui.translations import UiTranslations, resolve
from presskit_ui.window.manager import WindowManager

TS = Path(__file__).resolve().parents[2] / "ui" / "i18n" / "presskit_fr.ts"


@pytest.fixture
def translations(qapp):
    t = UiTranslations(qapp)
    yield t
    t.install("en")


@pytest.fixture
def manager(qtbot, monkeypatch):
    forbid_dialogs(monkeypatch)
    m = WindowManager(AppContext.create(), form_factory=FakeForm)
    yield m
    close_all(m, qtbot)


def menu_titles(window) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def test_french_interface_and_qt_dialogs(manager, translations, qtbot) -> None:
    assert translations.install("fr") == "fr"
    w = manager.new_window(EditorSession(sample_release(), None))
    assert menu_titles(w) == ["&Fichier", "&Édition", "&Affichage", "&Dossier", "&Outils", "A&ide"]
    assert w.menus.actions["save_as"].text() == "Enregistrer &sous…"
    qtbot.waitUntil(lambda: w.status.words.text().endswith("mots"), timeout=15000)
    assert w.status.pages.text() == "1 page"
    # Qt's own standard buttons come from qtbase_fr.qm.
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Save)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuler"
    assert box.button(QDialogButtonBox.StandardButton.Save).text() == "Enregistrer"
    box.deleteLater()
    msg = QMessageBox()
    discard = msg.addButton(QMessageBox.StandardButton.Discard)
    assert discard.text() not in ("Discard", "&Discard", "Close without Saving")
    msg.deleteLater()


def test_switching_language_retranslates_open_windows(manager, translations) -> None:
    translations.install("en")
    w = manager.new_window()
    assert menu_titles(w)[0] == "&File"
    translations.install("fr")
    QApplication.processEvents()  # deliver the LanguageChange event (not a render loop)
    assert menu_titles(w)[0] == "&Fichier"
    assert w.menus.zoom_combo.itemText(0) == "Largeur de page"
    translations.install("en")
    QApplication.processEvents()
    assert menu_titles(w)[0] == "&File"


def test_preferences_language_applied_by_the_app(manager, translations, monkeypatch) -> None:
    w = manager.new_window()
    manager.on_preferences.append(lambda: translations.install(manager.ctx.prefs.get("ui_language")))

    def edit(parent, prefs):
        prefs.set("ui_language", "fr")
        return True

    monkeypatch.setattr("presskit_ui.window.dialogs.PreferencesDialog.edit", edit)
    w.menus.actions["preferences"].trigger()
    QApplication.processEvents()
    assert translations.language == "fr" and menu_titles(w)[0] == "&Fichier"


def test_release_language_is_independent_of_the_interface(manager, translations, qtbot) -> None:
    translations.install("fr")
    w = manager.new_window(EditorSession(sample_release(), None))
    assert w.current_release().language == "en_US"
    text = wait_pdf(qtbot, w, lambda t: "Press release" in t)
    assert "FOR IMMEDIATE RELEASE" in text and "Communiqué" not in text


def _system_language(lang_env: str, preference: str = "") -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.update({"LANG": lang_env, "LC_ALL": lang_env, "LANGUAGE": lang_env.split(".")[0]})
    code = ("from presskit_ui.translations import resolve; "
            f"print(resolve({preference!r}))")
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                          check=True).stdout.strip()


def test_follows_the_system_language_unless_overridden() -> None:
    assert _system_language("fr_FR.UTF-8") == "fr"
    assert _system_language("fr_CA.UTF-8") == "fr"
    assert _system_language("de_DE.UTF-8") == "en"  # no German interface: English
    assert _system_language("fr_FR.UTF-8", "en") == "en"
    assert _system_language("en_US.UTF-8", "fr") == "fr"
    assert resolve("xx") in ("en", "fr")


# Contexts of the window, menus, dialogs and status bar (the form's own strings share the catalog).
EDITOR_CONTEXTS = {"App", "Dialogs", "ErrorDialog", "ExportController", "FileActions", "MainMenus", "MainWindow",
                   "PreferencesDialog", "PreviewPane", "RecoveryDialog", "StatusPanel", "WindowManager"}


def test_french_catalog_is_complete_and_shipped() -> None:
    from presskit.resources import resource_path

    assert resource_path("i18n", "presskit_fr.qm").stat().st_size > 1000
    root = ET.parse(TS).getroot()
    seen = set()
    for ctx in root.findall("context"):
        name = ctx.findtext("name")
        for m in ctx.findall("message"):
            source = m.findtext("source") or ""
            tr = m.find("translation")
            assert tr is not None
            finished = tr.get("type") not in ("unfinished", "vanished", "obsolete") and tr.text
            if name in EDITOR_CONTEXTS:
                seen.add(name)
                assert finished, f"{name}: {source}"
            if finished:
                text = tr.text or ""
                assert sorted(re.findall(r"\{\w+\}", source)) == sorted(re.findall(r"\{\w+\}", text)), source
                assert source.count("&") == text.count("&"), source  # keyboard mnemonics kept
    assert seen == EDITOR_CONTEXTS


PLACEHOLDER = re.compile(r"\{\w*\}|%n|%L?\d")


def catalog_problems(root: ET.Element) -> tuple[list[str], list[str]]:
    """(untranslated, lost placeholders) of a Qt Linguist catalog, each as "context: source"."""
    untranslated, lost = [], []
    for ctx in root.findall("context"):
        for m in ctx.findall("message"):
            source = m.findtext("source") or ""
            where = f"{ctx.findtext('name')}: {source!r}"
            tr = m.find("translation")
            forms = [] if tr is None else [f.text or "" for f in tr.findall("numerusform")] or [tr.text or ""]
            if tr is None or tr.get("type") is not None or not all(f.strip() for f in forms):
                untranslated.append(where)
            elif any(sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(f)) for f in forms):
                lost.append(where)
    return untranslated, lost


def test_catalog_check_flags_unfinished_and_lost_placeholders() -> None:
    root = ET.fromstring("""<TS version="2.1" language="fr"><context><name>Demo</name>
        <message><source>Saved “{name}”</source><translation>«\u00a0{name}\u00a0» enregistré</translation></message>
        <message><source>Copy</source><translation type="unfinished">Copy</translation></message>
        <message><source>Paste</source><translation type="unfinished"></translation></message>
        <message><source>Close</source><translation>  </translation></message>
        <message><source>{n} files to {path}</source><translation>{n} fichiers</translation></message>
        <message numerus="yes"><source>%n page(s)</source>
            <translation><numerusform>%n page</numerusform><numerusform></numerusform></translation></message>
    </context></TS>""")
    untranslated, lost = catalog_problems(root)
    assert untranslated == ["Demo: 'Copy'", "Demo: 'Paste'", "Demo: 'Close'", "Demo: '%n page(s)'"]
    assert lost == ["Demo: '{n} files to {path}'"]
    # The shipped catalog with one message turned back into a guess is caught too.
    real = ET.parse(TS).getroot()
    real.find("context/message/translation").set("type", "unfinished")  # type: ignore[union-attr]
    assert len(catalog_problems(real)[0]) == 1


def test_every_french_message_is_translated_with_its_placeholders() -> None:
    untranslated, lost = catalog_problems(ET.parse(TS).getroot())
    assert not untranslated, "Untranslated in presskit_fr.ts (run ui/i18n/build.py, then translate):\n" + \
        "\n".join(untranslated)
    assert not lost, "Placeholders missing from the French text:\n" + "\n".join(lost)
