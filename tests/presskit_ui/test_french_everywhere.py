"""Issue 14 §4: the French interface, complete.

Every window and dialog is opened in French; any visible text that is still an English
source string of the catalog (with a French translation that differs) fails the test.
Names that are the same in both languages (Presskit, PDF, Markdown…) are not English
leftovers: they are allowed.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtPdfWidgets")
sys.path.insert(0, str(Path(__file__).parent))

from editor_helpers import close_all, forbid_dialogs, sample_release
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from presskit.contacts.model import BookContact
from presskit.session import EditorSession
from presskit_ui.context import AppContext
from presskit_ui.translations import UiTranslations
from presskit_ui.window.manager import WindowManager

TS = Path(__file__).resolve().parents[2] / "ui" / "i18n" / "presskit_fr.ts"
# Same word in both languages, or a name: never an English leftover.
ALLOWED = {"Presskit", "PDF", "DOCX", "Markdown", "E&mbargo", "Lo&go", "&Date", "&Organisation",
           "Contacts", "Type", "Notes", "Organisation", "OK", "Email", "Date", "Page"}


def english_sources() -> set[str]:
    out: set[str] = set()
    for ctx in ET.parse(TS).getroot().findall("context"):
        for m in ctx.findall("message"):
            source = m.findtext("source") or ""
            tr = m.find("translation")
            text = "" if tr is None else (tr.text or "")
            if text and text != source and "{" not in source and "%" not in source:
                out.add(source)
    return out - ALLOWED


def visible_texts(top: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of what a user can read in *top*: labels, buttons, titles, placeholders,
    combo items, tabs, menu and toolbar actions, tooltips."""
    widgets = [top, *top.findChildren(QWidget)]
    actions: dict[int, QAction] = {}
    for w in widgets:
        if not (w is top or w.isVisibleTo(top)):
            continue
        name = f"{type(w).__name__}#{w.objectName()}"
        if w.isWindow():
            yield name, w.windowTitle()
        yield name + ".toolTip", w.toolTip()
        if isinstance(w, (QLabel, QAbstractButton)):
            yield name, w.text()
        if isinstance(w, QGroupBox):
            yield name, w.title()
        if isinstance(w, (QLineEdit, QPlainTextEdit, QTextEdit)):
            yield name + ".placeholder", w.placeholderText()
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                yield name + f"[{i}]", w.itemText(i)
        if isinstance(w, QTabWidget):
            for i in range(w.count()):
                yield name + f".tab{i}", w.tabText(i)
        for a in w.actions():
            actions[id(a)] = a
    for a in actions.values():
        yield f"QAction#{a.objectName()}", a.text()
        yield f"QAction#{a.objectName()}.toolTip", a.toolTip()


def english_left(top: QWidget) -> list[str]:
    sources = english_sources()
    return sorted({f"{where}: {text!r}" for where, text in visible_texts(top) if text in sources})


@pytest.fixture
def french(qapp):
    t = UiTranslations(qapp)
    t.install("fr")
    yield t
    t.install("en")


@pytest.fixture
def manager(qtbot, monkeypatch, french):
    forbid_dialogs(monkeypatch)
    m = WindowManager(AppContext.create())
    yield m
    close_all(m, qtbot)


def check(top: QWidget) -> None:
    top.show()
    QApplication.processEvents()
    try:
        left = english_left(top)
    finally:
        top.close()
        top.deleteLater()
    assert not left, "English left in the French interface:\n" + "\n".join(left)


def test_the_catalog_check_finds_english(qtbot, french) -> None:
    # The check itself: an English source string on a label is caught, its French is not.
    w = QWidget()
    qtbot.addWidget(w)
    QLabel("Welcome to Presskit", w)
    assert english_left(w) == ["QLabel#: 'Welcome to Presskit'"]


def test_main_window_in_french(manager) -> None:
    w = manager.new_window(EditorSession(sample_release(), None))
    w.show()
    QApplication.processEvents()
    left = english_left(w)
    assert not left, "\n".join(left)


def test_switching_to_french_retranslates_the_open_form_in_place(qapp, qtbot, monkeypatch) -> None:
    # Issue 14 §4: the open form stayed English after switching to French.
    forbid_dialogs(monkeypatch)
    t = UiTranslations(qapp)
    t.install("en")
    m = WindowManager(AppContext.create())
    try:
        w = m.new_window(EditorSession(sample_release(), None))
        w.show()
        QApplication.processEvents()
        assert english_left(w)  # English now, as it should be
        t.install("fr")
        QApplication.processEvents()
        left = english_left(w)
        assert not left, "\n".join(left)
        labels = {lbl.text() for lbl in w.findChildren(QLabel)}
        assert "&Texte du communiqué" in labels and "&Body text" not in labels
        t.install("en")
        QApplication.processEvents()
        assert "&Body text" in {lbl.text() for lbl in w.findChildren(QLabel)}
    finally:
        t.install("en")
        close_all(m, qtbot)


def _dialogs(manager: WindowManager) -> dict[str, Callable[[QWidget], QWidget]]:
    from presskit_ui.contacts.book_window import ContactBookWindow
    from presskit_ui.contacts.edit_dialog import ContactEditDialog
    from presskit_ui.contacts.insert_dialogs import (
        InsertContactDialog,
        InsertListDialog,
        SaveListDialog,
    )
    from presskit_ui.contacts.maintenance_dialogs import MergeDialog
    from presskit_ui.contacts.service import contact_book
    from presskit_ui.profiles.dialog import ProfilesDialog
    from presskit_ui.window.dialogs import PreferencesDialog, RecoveryDialog
    from presskit_ui.window.help import AboutDialog, HelpWindow, ShortcutsWindow
    from presskit_ui.window.start_dialog import StartDialog

    ctx = manager.ctx
    book = contact_book(ctx)
    return {
        "start": lambda p: StartDialog(p, ["Institut"], [Path("/tmp/a.presskit")]),
        "start-empty": lambda p: StartDialog(p, [], []),
        "preferences": lambda p: PreferencesDialog(p, ctx.prefs),
        "recovery": lambda p: RecoveryDialog(p, []),
        "guide": lambda p: HelpWindow(p, "guide"),
        "shortcuts": lambda p: ShortcutsWindow(p, p.findChildren(QAction)),
        "about": lambda p: AboutDialog(p),
        "contact book": lambda p: ContactBookWindow(ctx, p),
        "contact edit": lambda p: ContactEditDialog(p, BookContact(display_name="Claire Roux")),
        "insert contact": lambda p: InsertContactDialog(p, book, "fr_FR"),
        "insert list": lambda p: InsertListDialog(p, book, "fr_FR"),
        "save list": lambda p: SaveListDialog(p, book, 2),
        "merge": lambda p: MergeDialog(p, book),
        "profiles": lambda p: ProfilesDialog(ctx, p),
    }


@pytest.mark.parametrize("name", [
    "start", "start-empty", "preferences", "recovery", "guide", "shortcuts", "about",
    "contact book", "contact edit", "insert contact", "insert list", "save list", "merge",
    "profiles"])
def test_every_dialog_in_french(manager, name: str) -> None:
    w = manager.new_window(EditorSession(sample_release(), None))
    check(_dialogs(manager)[name](w))


def test_qt_file_dialog_and_discard_button_in_standard_french(french, qtbot) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    d = QFileDialog()
    d.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(d)
    d.show()
    labels = [lbl.text() for lbl in d.findChildren(QLabel)]
    assert "&Look in:" not in labels and "Files of &type:" not in labels
    assert "Rechercher &dans\u00a0:" in labels and "Fichiers de &type\u00a0:" in labels
    box = QMessageBox()
    qtbot.addWidget(box)
    assert box.addButton(QMessageBox.StandardButton.Discard).text() == "Ne pas enregistrer"
    assert box.addButton(QMessageBox.StandardButton.Save).text() == "Enregistrer"


def test_zoom_box_fits_largeur_de_page_after_switching(qapp, qtbot, monkeypatch) -> None:
    # Issue 14 §4: the zoom box kept its English width and showed "Largeur c".
    forbid_dialogs(monkeypatch)
    t = UiTranslations(qapp)
    t.install("en")
    m = WindowManager(AppContext.create())
    try:
        w = m.new_window(EditorSession(sample_release(), None))
        w.show()
        QApplication.processEvents()
        t.install("fr")
        QApplication.processEvents()
        combo = w.menus.zoom_combo
        assert combo.currentText() == "Largeur de page"
        qtbot.waitUntil(lambda: combo.width() >= combo.sizeHint().width(), timeout=3000)
        assert combo.width() > combo.fontMetrics().horizontalAdvance("Largeur de page")
    finally:
        t.install("en")
        close_all(m, qtbot)


def test_status_bar_names_fields_as_the_form_does_never_by_their_keys(qtbot, qapp) -> None:
    # Issue 14 §4: warnings read "contacts[0].email: …", the draft's internal key.
    from PySide6.QtWidgets import QMainWindow

    from presskit.textclean import Warning
    from presskit_ui.window.statusbar import StatusPanel

    host = QMainWindow()
    qtbot.addWidget(host)
    panel = StatusPanel(host.statusBar())
    panel.set_warnings([Warning("contacts[0].email", "not a valid address"),
                        Warning("title", "long"), Warning("letterhead.organization", "empty")])
    texts = [a.text() for a in panel.warnings_button.menu().actions()]
    assert texts == ["Contact 1, email: not a valid address", "Headline: long",
                     "Letterhead, organisation: empty"]
    t = UiTranslations(qapp)
    try:
        t.install("fr")
        QApplication.processEvents()
        panel.retranslate()
        texts = [a.text() for a in panel.warnings_button.menu().actions()]
        assert texts[0] == "Contact 1, adresse e-mail\u00a0: not a valid address"
        assert texts[1] == "Titre\u00a0: long"
    finally:
        t.install("en")


def test_contact_book_toolbar_and_columns_fit_at_1280_px_in_french(manager) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTableView, QToolBar, QToolButton

    from presskit_ui.contacts.book_window import ContactBookWindow

    w = ContactBookWindow(manager.ctx)
    w.resize(1280, 800)
    w.show()
    QApplication.processEvents()
    try:
        for tb in w.findChildren(QToolBar):
            hidden = [b for b in tb.findChildren(QToolButton)
                      if b.objectName() == "qt_toolbar_ext_button" and b.isVisible()]
            assert not hidden and tb.sizeHint().width() <= 1280, tb.objectName()
        for view in w.findChildren(QTableView):
            header, model = view.horizontalHeader(), view.model()
            for i in range(model.columnCount()):
                text = str(model.headerData(i, Qt.Orientation.Horizontal))
                if not header.isSectionHidden(i):
                    assert header.sectionSize(i) >= header.fontMetrics().horizontalAdvance(text), text
    finally:
        w.close()
        w.deleteLater()


def test_error_details_name_the_field_never_its_key(qapp) -> None:
    # Issue 14 §4: dialogs showed "FILE: field 'title': must be text".
    from presskit.errors import DraftError
    from presskit_ui.window.field_names import error_message, field_message

    err = DraftError("must be text, not a number", path="/tmp/x.presskit", field="title")
    assert error_message(err) == "Headline: must be text, not a number"
    assert field_message("quotes[1].speaker", "is empty") == "Quote 2, speaker: is empty"
    t = UiTranslations(qapp)
    try:
        t.install("fr")
        assert error_message(err) == "Titre\u00a0: must be text, not a number"
    finally:
        t.install("en")
