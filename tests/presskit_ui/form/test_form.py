"""The release form: round trips, editing each field through its widget, validation, focus."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import html
import io
import json
import re
import time
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtGui import QAction, QKeySequence, QSyntaxHighlighter, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit, QTextEdit

from presskit import draft
from presskit.model import Contact, Quote, Release
from presskit.preferences import Preferences
from presskit.references import ReferenceHistory
from presskit_ui.context import AppContext
from presskit_ui.form import ReleaseForm
from presskit_ui.form.contacts import ContactsEditor
from presskit_ui.form.letterhead import LetterheadEditor
from presskit_ui.widgets import FieldMessage

EXAMPLES = ("communique-fr.presskit", "release-en.presskit")


@pytest.fixture
def ctx(tmp_path: Path) -> AppContext:
    config = tmp_path / "config"
    config.mkdir()
    return AppContext(data_dir=tmp_path, config_dir=config, prefs=Preferences.in_folder(config))


@pytest.fixture
def form(qtbot, ctx: AppContext) -> ReleaseForm:
    widget = ReleaseForm(ctx)
    qtbot.addWidget(widget)
    widget.resize(520, 900)
    return widget


@pytest.fixture
def shown(qtbot, form: ReleaseForm) -> ReleaseForm:
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    return form


def load_example(examples_dir: Path, name: str) -> Release:
    return draft.load(examples_dir / name)


def with_extras(examples_dir: Path, name: str) -> Release:
    """The example plus unknown keys everywhere and every letterhead profile extra."""
    data = json.loads((examples_dir / name).read_text(encoding="utf-8"))
    data["x_release_note"] = {"kept": [1, 2, "three"]}
    data["paper"] = "letter"
    data["quotes"][0]["x_source"] = "interview 12/11"
    data["contacts"][0].update(book_id="c-42", book_updated="2026-10-01T08:00:00Z",
                               x_mobile_only=True)
    data["contacts"][1]["x_note"] = "<b>not html</b>"
    data["letterhead"].update(
        profile="Main office", social=["https://social.example/@iov"], font="Noto Serif",
        paper="a4", margins={"top": 25, "right": 18, "bottom": 22, "left": 18},
        footer="Public body — SIRET 000", repeat_logo=True,
        secondary_logo=data["letterhead"]["logo"], x_brand="2026")
    return draft.loads(json.dumps(data), name)


def assert_same(out: Release, expected: Release) -> None:
    for f in dataclasses.fields(Release):
        assert getattr(out, f.name) == getattr(expected, f.name), f.name
    assert out == expected
    assert draft.dumps(out) == draft.dumps(expected)


def png_bytes(size: tuple[int, int] = (60, 20), color: str = "#0B6E4F") -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", size, color).save(buf, "PNG")
    return buf.getvalue()


# -- round trips ---------------------------------------------------------------------------------
@pytest.mark.parametrize("name", EXAMPLES)
def test_examples_round_trip_field_by_field(form, examples_dir, name: str) -> None:
    expected = load_example(examples_dir, name)
    form.set_release(copy.deepcopy(expected))
    assert_same(form.release(), expected)


@pytest.mark.parametrize("name", EXAMPLES)
def test_extras_unknown_keys_and_links_round_trip(form, examples_dir, name: str) -> None:
    expected = with_extras(examples_dir, name)
    form.set_release(copy.deepcopy(expected))
    out = form.release()
    assert_same(out, expected)
    assert out.contacts[0].book_id == "c-42"
    assert out.letterhead.margins == expected.letterhead.margins
    assert out.extra == {"x_release_note": {"kept": [1, 2, "three"]}}


def test_release_returns_new_objects(form, examples_dir) -> None:
    form.set_release(with_extras(examples_dir, "release-en.presskit"))
    a, b = form.release(), form.release()
    assert a == b
    a.extra["x_release_note"]["kept"].append(4)
    a.contacts[0].extra["x_mobile_only"] = False
    assert form.release() == b


def test_set_release_never_emits_edited(qtbot, form, examples_dir) -> None:
    with qtbot.assertNotEmitted(form.edited, wait=50):
        for name in EXAMPLES:
            form.set_release(load_example(examples_dir, name))
        form.set_release(Release())


class Underlines(QSyntaxHighlighter):
    """Draws a wavy underline under every word, as the spelling underlines do."""

    def highlightBlock(self, text: str) -> None:  # Qt API name
        fmt = QTextCharFormat()
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        for word in re.finditer(r"\w+", text):
            self.setFormat(word.start(), word.end() - word.start(), fmt)


@pytest.mark.parametrize("name", EXAMPLES)
def test_redrawn_underlines_are_no_edit_a_format_change_is(qtbot, form, examples_dir, name) -> None:
    expected = load_example(examples_dir, name)
    # Markdown the editor would write otherwise ("- ", "*"): kept as typed until edited.
    expected.body += "\n\n* a list written with stars\n* and _underscores_"
    form.set_release(copy.deepcopy(expected))
    edits = form.findChildren(QPlainTextEdit) + form.findChildren(QTextEdit)
    assert len(edits) >= 6  # headline, subheadline, body, quote, About, address
    underlines = [Underlines(e.document()) for e in edits]
    with qtbot.assertNotEmitted(form.edited, wait=50):
        for highlighter in underlines:
            highlighter.rehighlight()
        QApplication.processEvents()
    assert all(u.document().firstBlock().layout().formats() for u in underlines
               if u.document().toPlainText())
    assert_same(form.release(), expected)
    assert form.release().body == expected.body
    # Bold applied to a word changes no character, and is an edit.
    editor = form.body_editor.editor
    cursor = QTextCursor(editor.document())
    cursor.movePosition(QTextCursor.MoveOperation.EndOfWord, QTextCursor.MoveMode.KeepAnchor)
    word = cursor.selectedText()
    editor.setTextCursor(cursor)
    with qtbot.waitSignal(form.edited, timeout=1000):
        form.body_editor.actions_by_name["bold"].trigger()
    assert form.release().body.startswith(f"**{word}**")


def test_reloading_after_an_undo_keeps_caret_and_selection(form) -> None:
    r = Release(title="Titre provisoire", body="Premier paragraphe.\n\nSecond paragraphe.",
                contacts=[Contact("A", email="a@x.example"), Contact("B")])
    form.set_release(copy.deepcopy(r))
    cursor = form.headline.title.textCursor()
    cursor.setPosition(5)
    form.headline.title.setTextCursor(cursor)
    body_cursor = form.body_editor.editor.textCursor()
    body_cursor.setPosition(25)
    form.body_editor.editor.setTextCursor(body_cursor)
    form.contacts_editor.table.setCurrentCell(1, 3)
    undone = copy.deepcopy(r)
    undone.title = "Titre provisoir"
    undone.body = "Premier paragraphe.\n\nSecond paragraph."
    undone.contacts[1].name = "Bo"
    form.set_release(undone)
    assert form.headline.title.textCursor().position() == 5
    assert form.body_editor.editor.textCursor().position() == 25
    table = form.contacts_editor.table
    assert (table.currentRow(), table.currentColumn()) == (1, 3)
    assert form.release() == undone


def test_a_new_empty_release_round_trips(form) -> None:
    empty = Release(language="fr_FR")
    form.set_release(empty)
    assert_same(form.release(), empty)


def test_untouched_values_come_back_byte_for_byte(form) -> None:
    odd = Release(title="Deux  espaces\u00a0et\u202fun retour\nà la ligne", place="  Lyon ",
                  boilerplate="a\r\nb", body="Corps *avec* `code` et ***gras italique***\n",
                  embargo=dt.datetime(2026, 5, 1, 9, 30, 15, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=30))))
    form.set_release(copy.deepcopy(odd))
    assert_same(form.release(), odd)


# -- editing each field through its widget ------------------------------------------------------
def edit_check(qtbot, form: ReleaseForm, action, check) -> None:
    with qtbot.waitSignal(form.edited, timeout=1000):
        action()
    check(form.release())


def test_editing_every_field_changes_release_and_emits_edited(qtbot, shown, examples_dir) -> None:
    form = shown
    form.set_release(load_example(examples_dir, "communique-fr.presskit"))
    rs = form.release_section

    def language() -> None:
        rs.language.lineEdit().selectAll()
        qtbot.keyClicks(rs.language.lineEdit(), "Deutsch (Deutschland)")
    edit_check(qtbot, form, language, lambda r: r.language == "de_DE")
    assert "Dezember 2026" in rs.printed_date.text()

    def kind() -> None:
        rs.kind.setFocus()
        qtbot.keyClick(rs.kind, Qt.Key.Key_Down)
    edit_check(qtbot, form, kind, lambda r: r.kind == "media_advisory")

    def reference() -> None:
        rs.reference.selectAll()
        qtbot.keyClicks(rs.reference, "CP030-2026")
    edit_check(qtbot, form, reference, lambda r: r.reference == "CP030-2026")

    # The clock is frozen: on the example's own date "Today" would change nothing (issue 10).
    rs.clock = lambda: dt.date(2031, 7, 14)
    edit_check(qtbot, form, lambda: qtbot.mouseClick(rs.today, Qt.MouseButton.LeftButton),
               lambda r: r.date == dt.date(2031, 7, 14))
    edit_check(qtbot, form, lambda: qtbot.mouseClick(rs.clear_date, Qt.MouseButton.LeftButton),
               lambda r: r.date is None)

    def place() -> None:
        rs.place.selectAll()
        qtbot.keyClicks(rs.place, "Toulouse")
    edit_check(qtbot, form, place, lambda r: r.place == "Toulouse")

    def embargo_on() -> None:
        rs.embargo.setFocus()
        qtbot.keyClick(rs.embargo, Qt.Key.Key_Space)
    edit_check(qtbot, form, embargo_on, lambda r: r.embargo is not None and r.embargo.tzinfo is not None)
    edit_check(qtbot, form, lambda: rs.embargo_time.setTime(QTime(7, 45)),
               lambda r: (r.embargo.hour, r.embargo.minute) == (7, 45))

    def zone() -> None:
        rs.embargo_zone.lineEdit().selectAll()
        qtbot.keyClicks(rs.embargo_zone.lineEdit(), "Asia/Tokyo")
    edit_check(qtbot, form, zone, lambda r: r.embargo.utcoffset() == dt.timedelta(hours=9))

    def title() -> None:
        form.headline.title.selectAll()
        qtbot.keyClicks(form.headline.title, "Nouveau titre")
    edit_check(qtbot, form, title, lambda r: r.title == "Nouveau titre")

    def subtitle() -> None:
        qtbot.keyClicks(form.headline.subtitle, " Encore.")
    edit_check(qtbot, form, subtitle, lambda r: r.subtitle.endswith(" Encore."))

    def body() -> None:
        form.body_editor.editor.setFocus()
        form.body_editor.editor.moveCursor(form.body_editor.editor.textCursor().MoveOperation.End)
        qtbot.keyClick(form.body_editor.editor, Qt.Key.Key_Return)
        qtbot.keyClicks(form.body_editor.editor, "Fin *du* texte")
    edit_check(qtbot, form, body, lambda r: r.body.endswith("\n\nFin \\*du\\* texte"))

    def quote() -> None:
        qtbot.keyClicks(form.quotes_editor.rows[1].speaker, " Jr")
    edit_check(qtbot, form, quote, lambda r: r.quotes[1].speaker == "Prof. Wojciech Ślęzak Jr")

    def boilerplate() -> None:
        qtbot.keyClicks(form.about.boilerplate, " Fin.")
    edit_check(qtbot, form, boilerplate, lambda r: r.boilerplate.endswith(" Fin."))

    def organization() -> None:
        form.letterhead_editor.organization.selectAll()
        qtbot.keyClicks(form.letterhead_editor.organization, "IOV")
    edit_check(qtbot, form, organization, lambda r: r.letterhead.organization == "IOV")

    def colour() -> None:
        form.letterhead_editor.color.selectAll()
        qtbot.keyClicks(form.letterhead_editor.color, "#aa3300")
    edit_check(qtbot, form, colour, lambda r: r.letterhead.color == "#AA3300")


def test_body_toolbar_actions_and_shortcuts(qtbot, shown) -> None:
    body = shown.body_editor
    body.editor.setFocus()
    qtbot.keyClicks(body.editor, "plain ")
    qtbot.keyClick(body.editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(body.editor, "bold")
    qtbot.keyClick(body.editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(body.editor, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(body.editor, " it")
    assert shown.release().body == "plain **bold** *it*"
    body.actions_by_name["subheading"].trigger()
    assert shown.release().body == "## plain bold *it*"
    body.actions_by_name["subheading"].trigger()
    body.actions_by_name["bullets"].trigger()
    assert shown.release().body.startswith("- plain")
    qtbot.keyClick(body.editor, Qt.Key.Key_End)
    qtbot.keyClick(body.editor, Qt.Key.Key_Return)
    qtbot.keyClick(body.editor, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)  # italic off
    qtbot.keyClicks(body.editor, "nested")
    qtbot.keyClick(body.editor, Qt.Key.Key_Tab)
    assert shown.release().body.endswith("\n  - nested")
    body.actions_by_name["numbers"].trigger()
    assert shown.release().body.endswith("\n  1. nested")
    keys = {name: a.shortcut() for name, a in body.actions_by_name.items()}
    assert keys["bold"] == QKeySequence(QKeySequence.StandardKey.Bold)
    assert keys["italic"] == QKeySequence(QKeySequence.StandardKey.Italic)
    assert keys["link"] == QKeySequence("Ctrl+K")


def test_body_keys_leave_headings_and_lists(qtbot, shown) -> None:
    body = shown.body_editor
    body.editor.setFocus()
    end = body.editor.textCursor().MoveOperation.End
    body.set_markdown("## Head")
    body.editor.moveCursor(end)
    qtbot.keyClick(body.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(body.editor, "para")
    assert body.markdown() == "## Head\n\npara"
    body.set_markdown("- a\n  - b")
    body.editor.moveCursor(end)
    qtbot.keyClick(body.editor, Qt.Key.Key_Backtab)
    assert body.markdown() == "- a\n- b"
    qtbot.keyClick(body.editor, Qt.Key.Key_Return)
    qtbot.keyClick(body.editor, Qt.Key.Key_Return)  # an empty item ends the list
    qtbot.keyClicks(body.editor, "after")
    assert body.markdown() == "- a\n- b\n\nafter"


def test_link_action_links_the_selection(qtbot, form) -> None:
    body = form.body_editor
    body.editor.setPlainText("see the site")
    cursor = body.editor.textCursor()
    cursor.setPosition(8)
    cursor.setPosition(12, cursor.MoveMode.KeepAnchor)
    body.editor.setTextCursor(cursor)
    body.set_link("https://iov.example")
    assert form.release().body == "see the [site](https://iov.example)"
    cursor.setPosition(10)
    body.editor.setTextCursor(cursor)
    body.set_link("")
    assert form.release().body == "see the site"


def test_quotes_add_remove_move(qtbot, form) -> None:
    form.set_release(Release(quotes=[Quote("one", "A", "r1", {"x": 1}), Quote("two", "B", "r2")]))
    q = form.quotes_editor
    with qtbot.waitSignal(form.edited):
        qtbot.mouseClick(q.rows[1].up, Qt.MouseButton.LeftButton)
    assert [x.text for x in form.release().quotes] == ["two", "one"]
    assert form.release().quotes[1].extra == {"x": 1}
    with qtbot.waitSignal(form.edited):
        qtbot.mouseClick(q.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(q.rows[2].text, "trois")
    qtbot.keyClick(q.rows[2].text, Qt.Key.Key_Return)
    qtbot.keyClicks(q.rows[2].text, "lignes")
    assert form.release().quotes[2] == Quote("trois\nlignes")
    with qtbot.waitSignal(form.edited):
        qtbot.mouseClick(q.rows[0].remove, Qt.MouseButton.LeftButton)
    assert [x.text for x in form.release().quotes] == ["one", "trois\nlignes"]
    assert q.rows[0].heading.text() == "Quote 1"


def test_contacts_table_add_type_move_remove_keeps_hidden_data(qtbot, shown) -> None:
    form = shown
    linked = Contact("Amélie", "Presse", "+33 4 76 51 00 28", "a@iov.example", "c-1",
                     "2026-01-01", {"x": [1]})
    form.set_release(Release(contacts=[linked]))
    ce = form.contacts_editor
    with qtbot.waitSignal(form.edited):
        ce.add_action.trigger()
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "Theo")  # QTest types ASCII only
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: form.release().contacts[1].name == "Theo", timeout=1000)
    ce.table.setCurrentCell(1, 3)
    qtbot.keyClicks(ce.table, "t")
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "heo@iov.example")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: form.release().contacts[1].email == "theo@iov.example", timeout=1000)
    with qtbot.waitSignal(form.edited):
        ce.up_action.trigger()
    contacts = form.release().contacts
    assert [c.name for c in contacts] == ["Theo", "Amélie"]
    assert contacts[1] == linked
    ce.table.setCurrentCell(0, 0)
    with qtbot.waitSignal(form.edited):
        ce.remove_action.trigger()
    assert form.release().contacts == [linked]


def test_contacts_editor_contract_for_the_contact_book(qtbot, form) -> None:
    ce: ContactsEditor = form.contacts_editor
    action = QAction("Insert list…", form)
    ce.add_toolbar_action(action)
    assert action in ce.toolbar.actions()
    form.set_release(Release(contacts=[Contact("A")]))
    ce.table.setCurrentCell(0, 0)
    book = [Contact("B", book_id="b1", book_updated="t1"), Contact("C", book_id="c1")]
    with qtbot.waitSignal(form.edited):
        ce.insert_contacts(book)
    assert [c.name for c in ce.contacts()] == ["A", "B", "C"]
    assert ce.contacts()[1].book_id == "b1"
    book[0].name = "changed later"
    assert ce.contacts()[1].name == "B"
    with qtbot.assertNotEmitted(form.edited, wait=20):
        ce.set_contacts([Contact("Z")])
    assert form.release().contacts == [Contact("Z")]


def test_letterhead_editor_contract_and_logo(qtbot, form, tmp_path) -> None:
    le: LetterheadEditor = form.letterhead_editor
    picker = QLabel("profile picker")
    le.add_header_widget(picker)
    assert picker.parent() is le
    good = tmp_path / "logo.png"
    good.write_bytes(png_bytes())
    with qtbot.waitSignal(form.edited):
        assert le.load_logo_file(str(good))
    assert form.release().letterhead.logo.startswith("data:image/png;base64,")
    assert not le.logo_view.pixmap().isNull()
    bad = tmp_path / "not-a-logo.png"
    bad.write_bytes(b"this is text")
    logo = form.release().letterhead.logo
    with qtbot.assertNotEmitted(form.edited, wait=20):
        assert not le.load_logo_file(str(bad))
    assert le.logo_msg.isVisibleTo(form) and "not-a-logo.png" in le.logo_msg.text()
    assert le.logo_msg.textFormat() == Qt.TextFormat.PlainText
    assert form.release().letterhead.logo == logo  # the refused file changes nothing
    with qtbot.waitSignal(form.edited):
        le.clear_logo()
    assert form.release().letterhead.logo == ""


def test_nbsp_typed_in_plain_fields_survives(qtbot, form) -> None:
    nbsp, nnbsp = "\u00a0", "\u202f"
    form.headline.title.insertPlainText(f"Nous y sommes{nnbsp}!")
    form.about.boilerplate.insertPlainText(f"L{nbsp}:{nbsp}«{nbsp}x{nbsp}»\nligne 2")
    form.quotes_editor.add_quote()
    form.quotes_editor.rows[0].text.insertPlainText(f"12{nbsp}%")
    form.release_section.place.insert(f"Saint{nbsp}Malo")
    r = form.release()
    assert r.title == f"Nous y sommes{nnbsp}!"
    assert r.boilerplate == f"L{nbsp}:{nbsp}«{nbsp}x{nbsp}»\nligne 2"
    assert r.quotes[0].text == f"12{nbsp}%"
    assert r.place == f"Saint{nbsp}Malo"


def test_logo_import_falls_back_to_raster_normalising(qtbot, form, tmp_path, monkeypatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "presskit_ui.profiles.logo_import", None)  # not written yet
    logo = tmp_path / "fallback.png"
    logo.write_bytes(png_bytes((30, 10)))
    with qtbot.waitSignal(form.edited):
        assert form.letterhead_editor.load_logo_file(str(logo))
    assert form.release().letterhead.logo.startswith("data:image/png;base64,")
    assert not form.letterhead_editor.load_logo_file(str(tmp_path / "missing.png"))
    assert "missing.png" in form.letterhead_editor.logo_msg.text()


def test_logo_dropped_on_the_thumbnail(qtbot, form, tmp_path) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    logo = tmp_path / "drop.png"
    logo.write_bytes(png_bytes((40, 40), "#AA0000"))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(logo))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(form.edited):
        form.letterhead_editor.logo_view.dropEvent(event)
    assert form.release().letterhead.logo.startswith("data:image/png;base64,")


def test_contact_rows_move_with_the_keyboard(qtbot, shown) -> None:
    shown.set_release(Release(contacts=[Contact("A"), Contact("B")]))
    table = shown.contacts_editor.table
    table.setFocus()
    table.setCurrentCell(0, 1)
    with qtbot.waitSignal(shown.edited):
        qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [c.name for c in shown.release().contacts] == ["B", "A"]
    assert (table.currentRow(), table.currentColumn()) == (1, 1)


# -- user text is never HTML -------------------------------------------------------------------
def test_literal_tags_in_contact_name_and_title_are_shown_literally(qtbot, form) -> None:
    form.set_release(Release(title="<b>Not bold</b> & <i>not</i>",
                             contacts=[Contact("<b>Jo</b>", email="<b>@x")],
                             quotes=[Quote("q", "<i>Sp</i>")]))
    assert form.contacts_editor.table.item(0, 0).text() == "<b>Jo</b>"
    assert form.headline.title.toPlainText() == "<b>Not bold</b> & <i>not</i>"
    assert form.release().title == "<b>Not bold</b> & <i>not</i>"
    tip = form.contacts_editor.table.item(0, 3).toolTip()
    message = dict(form.problems())["contacts[0].email"]
    assert tip.startswith("<p") and html.escape(message) in tip  # escaped for rich-text tips
    for label in form.findChildren(QLabel):
        if isinstance(label, FieldMessage) or label in (form.release_section.printed_date,
                                                        form.quotes_editor.rows[0].heading):
            assert label.textFormat() == Qt.TextFormat.PlainText


# -- validation ----------------------------------------------------------------------------------
def test_bad_email_and_phone_are_flagged_and_kept(qtbot, form) -> None:
    form.set_release(Release(language="fr_FR", contacts=[
        Contact("A", phone="+33 4 76 51 00 28", email="ok@iov.example"),
        Contact("B", phone="call me maybe", email="not-an-email")]))
    problems = dict(form.problems())
    assert "contacts[1].email" in problems and "contacts[1].phone" in problems
    assert "contacts[0].email" not in problems and "contacts[0].phone" not in problems
    assert form.release().contacts[1].email == "not-an-email"
    assert form.release().contacts[1].phone == "call me maybe"
    message = form.contacts_editor.message
    assert message.isVisibleTo(form) and "Contact 2" in message.text()
    assert "email" in form.contacts_editor.table.accessibleDescription().lower()


def test_title_colour_and_embargo_zone_problems(qtbot, shown) -> None:
    form = shown
    form.set_release(Release(title="", body="x", letterhead=dataclasses.replace(
        Release().letterhead, color="#112233")))
    assert ("title" in dict(form.problems()))
    assert form.headline.title_msg.isVisibleTo(form)
    le = form.letterhead_editor
    le.color.selectAll()
    qtbot.keyClicks(le.color, "blue-ish")
    assert "letterhead.color" in dict(form.problems())
    assert le.color.text() == "blue-ish"  # kept as typed, flagged
    assert form.release().letterhead.color == "#112233"  # the draft keeps a valid colour
    rs = form.release_section
    rs.embargo.setChecked(True)
    rs.embargo_zone.lineEdit().selectAll()
    qtbot.keyClicks(rs.embargo_zone.lineEdit(), "Atlantis/Nowhere")
    assert "embargo" in dict(form.problems())
    assert form.release().embargo is not None and form.release().embargo.tzinfo is not None
    assert rs.embargo_msg.isVisibleTo(form)


def test_long_headline_hint(qtbot, form) -> None:
    qtbot.keyClicks(form.headline.title, "x" * 72)
    assert form.headline.title_count.text().startswith("72 characters — headlines over 70")
    assert "title" not in dict(form.problems())


def test_embargo_disabled_when_unchecked(form) -> None:
    rs = form.release_section
    rs.embargo.setChecked(False)
    assert not rs.embargo_when.isEnabled()
    rs.embargo.setChecked(True)
    assert rs.embargo_when.isEnabled()


# -- language, date and reference ----------------------------------------------------------------
def test_language_list_is_searchable_with_native_names(form) -> None:
    combo = form.release_section.language
    labels = {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}
    assert labels["fr_FR"] == "français (France)"
    assert labels["en_US"] == "English (United States)"
    assert labels["de_DE"] == "Deutsch (Deutschland)"
    for code in ("fr_BE", "fr_CA", "en_GB", "de_AT", "es_ES", "it_IT", "pt_BR", "nl_NL",
                 "pl_PL", "ru_RU", "ja_JP", "ar"):
        assert code in labels
    completer = combo.completer()
    completer.setCompletionPrefix("DEUTSCHLAND")
    assert completer.completionCount() >= 1
    assert completer.currentCompletion() == "Deutsch (Deutschland)"


def test_language_typed_but_unknown_is_flagged_and_keeps_the_last_one(qtbot, form) -> None:
    form.set_release(Release(language="fr_FR"))
    line = form.release_section.language.lineEdit()
    line.selectAll()
    qtbot.keyClicks(line, "Klingon")
    assert dict(form.problems())["language"]
    assert form.release().language == "fr_FR"
    assert form.release_section.language_msg.isVisibleTo(form)


def test_printed_date_follows_language_and_date(qtbot, form) -> None:
    form.set_release(Release(language="fr_FR", date=dt.date(2026, 12, 1)))
    rs = form.release_section
    assert rs.printed_date.text() == "1er décembre 2026"
    rs.language.set_code("en_US")
    rs.language.languageChanged.emit("en_US")
    assert rs.printed_date.text() == "December 1, 2026"
    rs.date.setDate(QDate(2026, 3, 5))
    assert rs.printed_date.text() == "March 5, 2026"


def test_reference_suggestion_from_history(qtbot, ctx) -> None:
    ReferenceHistory(ctx.data_dir).add("CP028-2025")
    form = ReleaseForm(ctx)
    qtbot.addWidget(form)
    form.set_release(Release(date=dt.date(2026, 1, 12)))
    rs = form.release_section
    assert rs.reference.placeholderText() == "CP001-2026"
    assert rs.use_reference.isVisibleTo(form)
    assert rs.use_reference.text() == "Use CP001-2026"
    with qtbot.waitSignal(form.edited):
        qtbot.mouseClick(rs.use_reference, Qt.MouseButton.LeftButton)
    assert form.release().reference == "CP001-2026"
    assert not rs.use_reference.isVisibleTo(form)


# -- focus ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(("field", "attr"), [
    ("title", lambda f: f.headline.title),
    ("subtitle", lambda f: f.headline.subtitle),
    ("language", lambda f: f.release_section.language),
    ("reference", lambda f: f.release_section.reference),
    ("embargo", lambda f: f.release_section.embargo_date),
    ("body", lambda f: f.body_editor.editor),
    ("boilerplate", lambda f: f.about.boilerplate),
    ("quotes[1].text", lambda f: f.quotes_editor.rows[1].text),
    ("quotes[0].speaker", lambda f: f.quotes_editor.rows[0].speaker),
    ("contacts[1].email", lambda f: f.contacts_editor.table),
    ("letterhead.organization", lambda f: f.letterhead_editor.organization),
    ("letterhead.logo", lambda f: f.letterhead_editor.choose_logo),
    ("letterhead.color", lambda f: f.letterhead_editor.color),
])
def test_focus_field(qtbot, shown, examples_dir, field: str, attr) -> None:
    release = load_example(examples_dir, "release-en.presskit")
    release.embargo = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)  # the example has none
    shown.set_release(release)
    shown.sections["letterhead"].set_expanded(False)
    assert shown.focus_field(field)
    widget = attr(shown)
    qtbot.waitUntil(lambda: widget.hasFocus(), timeout=1000)
    assert widget.visibleRegion().boundingRect().height() > 0  # scrolled into view
    if field.startswith("contacts["):
        assert (shown.contacts_editor.table.currentRow(),
                shown.contacts_editor.table.currentColumn()) == (1, 3)


@pytest.mark.parametrize("field", ["", "nonsense", "quotes[9].text", "contacts[5].email", "paper"])
def test_focus_field_unknown(shown, examples_dir, field: str) -> None:
    shown.set_release(load_example(examples_dir, "release-en.presskit"))
    assert not shown.focus_field(field)


# -- accessibility, speed, picture ---------------------------------------------------------------
def test_every_input_has_an_accessible_name(form, examples_dir) -> None:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QDateTimeEdit,
        QPlainTextEdit,
        QTextEdit,
    )

    form.set_release(with_extras(examples_dir, "communique-fr.presskit"))
    kinds = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QDateTimeEdit, QAbstractButton)
    missing = []
    widgets = [w for kind in kinds for w in form.findChildren(kind)]
    for w in widgets:
        if isinstance(w.parent(), (QComboBox, QDateTimeEdit, QLineEdit)):
            continue  # Qt's own parts of a combo, date edit or line edit (its clear button)
        if w.objectName().startswith("qt_") or not w.isVisibleTo(form):
            continue
        if not w.accessibleName() and not (isinstance(w, QAbstractButton) and w.text()):
            missing.append(type(w).__name__)
    assert missing == []


def test_labels_have_buddies_for_mnemonics(form) -> None:
    mnemonic = [lab for lab in form.findChildren(QLabel) if "&" in lab.text()
                and lab.textFormat() != Qt.TextFormat.PlainText]
    assert len(mnemonic) >= 15
    assert all(lab.buddy() is not None for lab in mnemonic)


def test_release_is_cheap_for_a_long_body(qtbot, form) -> None:
    body = "\n\n".join(["A paragraph with **bold** and a [link](https://x.example). " * 4] * 600)
    form.set_release(Release(title="Long", body=body))
    qtbot.keyClicks(form.body_editor.editor, "x")
    form.release()
    start = time.perf_counter()
    for _ in range(20):
        form.release()
    assert (time.perf_counter() - start) / 20 < 0.01


def test_grab_the_form_as_a_picture(qtbot, shown, examples_dir, tmp_path) -> None:
    shown.set_release(with_extras(examples_dir, "communique-fr.presskit"))
    shown.resize(520, 900)
    picture = shown.grab()
    assert picture.width() == 520
    assert picture.save(str(tmp_path / "form.png"))
