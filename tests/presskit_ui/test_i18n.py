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


# -- the catalog against the sources ------------------------------------------------------
# The checks above read only the catalog: a string missing from it (the sources changed and
# ui/i18n/build.py was not run, or tr() was given a string built before the call, which
# lupdate cannot extract and Qt never finds) passed them and showed in English.
UI = TS.parents[1]


def _tool(name: str) -> str:
    import shutil

    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    if not Path(found).exists():
        pytest.skip(f"{name} is not installed")
    return found


def _messages(root: ET.Element) -> set[tuple[str, str, str]]:
    return {(ctx.findtext("name") or "", m.findtext("source") or "", m.findtext("comment") or "")
            for ctx in root.findall("context") for m in ctx.findall("message")}


def untranslatable_calls(source: str, filename: str = "<source>") -> list[str]:
    """The tr() / translate() calls of *source* whose text is not a string literal
    (f-string, concatenation, .format() inside the call, a variable): lupdate skips them,
    and the text looked up at run time is in no catalog. ``tr("… {n}").format(n=…)`` is fine;
    so is a QTranslator subclass passing the lookups it is given on to its catalogs."""
    import ast

    found = []
    tree = ast.parse(source)
    forwarding = {id(n) for cls in ast.walk(tree) if isinstance(cls, ast.ClassDef)
                  and any(ast.unparse(base).endswith("QTranslator") for base in cls.bases)
                  for n in ast.walk(cls)}
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or id(node) in forwarding:
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        position = {"tr": 0, "translate": 1, "QT_TR_NOOP": 0, "QT_TRANSLATE_NOOP": 1}.get(name)
        if position is None or len(node.args) <= position:
            continue
        text = node.args[position]
        if not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
            found.append(f"{filename}:{node.lineno}: {ast.unparse(node)}")
    return found


def test_untranslatable_calls_are_found() -> None:
    demo = '''
def show(self, i, n, label):
    self.status.setText(self.tr("Match {i} of {n}").format(i=i, n=n))   # fine
    self.status.setText(self.tr(f"Match {i} of {n}"))
    self.status.setText(self.tr("Match {i}".format(i=i) + " of " + str(n)))
    self.status.setText(QCoreApplication.translate("Find", label))
    self.status.setText(QCoreApplication.translate("Find", "Close"))   # fine

class Recorder(QtCore.QTranslator):
    def lookup(self, context, source, disambiguation=None, n=-1):
        return self.catalog.translate(context, source, disambiguation, n)   # forwards: fine
'''
    assert [line.split(":")[1] for line in untranslatable_calls(demo)] == ["4", "5", "6"]


def test_every_tr_call_gives_a_literal_string() -> None:
    found = []
    for path in sorted(UI.rglob("*.py")):
        found += untranslatable_calls(path.read_text(encoding="utf-8"), str(path.relative_to(UI)))
    assert not found, "tr() of a string built before the call (never in the catalog):\n" + \
        "\n".join(found)


def test_catalog_has_every_string_of_the_sources(tmp_path: Path) -> None:
    """What lupdate extracts from ui/ now is all in presskit_fr.ts (build.py was run)."""
    sources = sorted(str(p) for p in UI.rglob("*.py") if "i18n" not in p.parts)
    fresh = tmp_path / "fresh_fr.ts"
    subprocess.run([_tool("pyside6-lupdate"), *sources, "-ts", str(fresh), "-no-obsolete",
                    "-source-language", "en", "-target-language", "fr"],
                   check=True, capture_output=True)
    extracted = _messages(ET.parse(fresh).getroot())
    assert len(extracted) > 900
    missing = sorted(extracted - _messages(ET.parse(TS).getroot()))
    assert not missing, "Not in presskit_fr.ts (run ui/i18n/build.py, then translate):\n" + \
        "\n".join(f"{c}: {s!r}" for c, s, _ in missing)


def test_shipped_qm_is_compiled_from_the_catalog(tmp_path: Path) -> None:
    """A translation typed into the .ts reaches the app only once lrelease compiled it."""
    from presskit.resources import resource_path

    qm = tmp_path / "presskit_fr.qm"
    subprocess.run([_tool("pyside6-lrelease"), str(TS), "-qm", str(qm)], check=True,
                   capture_output=True)
    assert qm.read_bytes() == resource_path("i18n", "presskit_fr.qm").read_bytes(), \
        "resources/i18n/presskit_fr.qm is older than ui/i18n/presskit_fr.ts: run ui/i18n/build.py"
