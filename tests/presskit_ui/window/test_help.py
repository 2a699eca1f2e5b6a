"""Issue 14 §3: Help ▸ User Guide, Markdown Cheat Sheet, Keyboard Shortcuts, About."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtPdfWidgets")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # editor_helpers

import reportlab
from editor_helpers import FakeForm, close_all, forbid_dialogs
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QApplication

from presskit import __version__
from presskit_ui.context import AppContext
from presskit_ui.translations import UiTranslations
from presskit_ui.window.help import AboutDialog, HelpFeature, versions
from presskit_ui.window.manager import WindowManager


@pytest.fixture
def window(qtbot, monkeypatch):
    forbid_dialogs(monkeypatch)
    m = WindowManager(AppContext.create(), form_factory=FakeForm)
    w = m.new_window()
    yield w
    close_all(m, qtbot)


def feature(window) -> HelpFeature:
    found = window.findChildren(HelpFeature)
    assert len(found) == 1
    return found[0]


def help_entries(window) -> list[str]:
    return [a.text() for a in window.menus.menu("help").actions()]


def test_help_menu_lists_the_guide_cheat_sheet_shortcuts_then_about(window) -> None:
    assert help_entries(window) == ["Presskit &User Guide", "&Markdown Cheat Sheet",
                                    "&Keyboard Shortcuts", "", "&About Presskit", "About &Qt"]


def test_user_guide_and_cheat_sheet_open_offline_in_the_interface_language(window, qapp) -> None:
    f = feature(window)
    guide = f.show_topic("guide")
    assert not guide.isModal() and guide.windowTitle() == "Presskit user guide"
    text = guide.browser.toPlainText()
    for part in ("Writing a release", "Contacts", "Letterhead profiles", "Export", "Markdown"):
        assert part in text
    sheet = f.show_topic("markdown")
    assert "**bold**" in sheet.browser.toPlainText()
    t = UiTranslations(qapp)
    try:
        t.install("fr")
        QApplication.processEvents()
        assert guide.windowTitle() == "Guide de Presskit"
        assert "Rédiger un communiqué" in guide.browser.toPlainText()
        assert help_entries(window)[0] == "&Guide de Presskit"
    finally:
        t.install("en")


def test_shortcut_list_is_read_from_the_window_actions(window) -> None:
    shortcuts = feature(window).show_shortcuts()
    text = shortcuts.browser.toPlainText()
    for name, keys in (("Save As", "Ctrl+Shift+S"), ("Fit Width", "Ctrl+1"),
                       ("Presskit User Guide", "F1")):
        lines = text.splitlines()  # the table reads as name, keys, name, keys…
        assert name in lines, text
        assert keys in lines[lines.index(name) + 1], (name, text)


def test_about_shows_presskit_qt_reportlab_and_python_versions(qtbot) -> None:
    dlg = AboutDialog(None)
    qtbot.addWidget(dlg)
    names = dict(versions())
    assert names["Presskit"] == __version__ and names["Qt"] == qVersion()
    assert names["reportlab"] == reportlab.Version
    assert names["Python"].startswith(f"{sys.version_info.major}.{sys.version_info.minor}.")
    table = dlg.table.text()
    for value in (__version__, qVersion(), reportlab.Version):
        assert value in table


# Menu entries the guide must name exactly as the menus say them, in each language.
GUIDE_COMMANDS = ("Add &Photos…", "Add &Document…", "Save as &Kit…", "&Export Kit",
                  "Kit &PDF…", "&ZIP for Journalists…", "&Newsroom Folder…", "Preflight",
                  "Add to Dictionary", "Ignore", "Export Anyway", "Show Problems", "&Find…",
                  "R&eplace…", "Match &case", "&Whole words only", "Replace &All",
                  "Export &Folder…")


@pytest.mark.parametrize("ui_language", ["en", "fr"])
def test_user_guide_names_the_kit_preflight_find_and_batch_commands_as_the_menus_do(
        ui_language: str) -> None:
    import xml.etree.ElementTree as ET

    from presskit.userguide import read_topic

    ts = Path(__file__).resolve().parents[3] / "ui" / "i18n" / "presskit_fr.ts"
    french = {m.findtext("source"): m.findtext("translation")
              for m in ET.parse(ts).iter("message")}
    guide = " ".join(read_topic("guide", ui_language).split())
    for source in GUIDE_COMMANDS:
        text = source if ui_language == "en" else french[source]
        assert text, source
        name = text.replace("&", "").rstrip("…").strip()
        assert name.lower() in guide.lower(), f"{ui_language} guide does not name {name!r}"
