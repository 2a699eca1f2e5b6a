"""Edit ▸ Find / Replace in the real form: every field, selection, one undo step."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QTextEdit

from presskit.preflight.find_replace import Query
from presskit_ui.preflight.body_replace import body_text, replace_in_body
from presskit_ui.preflight.find_dialog import FindFeature


def feature(window) -> FindFeature:
    found = window.findChildren(QObject)
    return next(o for o in found if isinstance(o, FindFeature))


def test_edit_menu_has_find_entries_with_standard_shortcuts(window) -> None:
    edit = window.menus.menu("edit").actions()
    names = [a.objectName() for a in edit]
    for name in ("action_find", "action_replace", "action_find_next", "action_find_previous"):
        assert name in names
    find = window.findChild(QAction, "action_find")
    replace = window.findChild(QAction, "action_replace")
    nxt = window.findChild(QAction, "action_find_next")
    assert QKeySequence("Ctrl+F") in find.shortcuts()
    assert QKeySequence("Ctrl+H") in replace.shortcuts()
    assert QKeySequence("F3") in nxt.shortcuts()
    assert find.text() == "&Find…" and replace.text() == "R&eplace…"


def test_body_is_searched_as_shown_not_as_markdown() -> None:
    md = "A **bold** word and a [link](https://bold.example)."
    assert body_text(md) == "A bold word and a link."
    new, count = replace_in_body(md, Query("bold"), "strong")
    # The bold stays bold; the link's address is not text the user reads.
    assert count == 1 and new == "A **strong** word and a [link](https://bold.example)."
    new, count = replace_in_body("one *two*\n\ntwo two", Query("two"), "2", only=2)
    assert count == 1 and new == "one *two*\n\ntwo 2"
    assert replace_in_body(md, Query("absent"), "x") == (md, 0)


def test_find_next_walks_every_field_in_form_order_and_selects(window, qtbot) -> None:
    f = feature(window)
    dialog = f.show_dialog(replace=False)
    dialog.find_text.setText("orbital")
    assert dialog.status.text() == "9 matches"
    seen = []
    for _ in range(10):
        match = dialog.find_next()
        seen.append(match.field)
        widget = window.field_widget(match.field)
        selected = (widget.selectedText() if hasattr(widget, "selectedText")
                    else widget.textCursor().selectedText())
        assert selected.lower() == "orbital", match
    assert seen == ["title", "subtitle", "body", "body", "body", "quotes[0].text",
                    "quotes[0].speaker", "boilerplate", "letterhead.organization",
                    "title"]  # wrapped around
    assert dialog.status.text() == "Match 1 of 9"
    # Back from the title: wraps to the last match, the letterhead's.
    assert dialog.find_previous().field == "letterhead.organization"
    assert dialog.status.text() == "Match 9 of 9"
    assert dialog.find_previous().field == "boilerplate"


def test_whole_word_and_match_case(window) -> None:
    dialog = feature(window).show_dialog(replace=True)
    dialog.find_text.setText("ORBITAL")
    dialog.match_case.setChecked(True)
    assert dialog.status.text() == "Not found in this release."
    dialog.match_case.setChecked(False)
    dialog.find_text.setText("orb")
    assert dialog.status.text() != "Not found in this release."
    dialog.whole_word.setChecked(True)
    assert dialog.status.text() == "Not found in this release."


def test_replace_all_is_one_undo_step_across_fields(window, qtbot) -> None:
    dialog = feature(window).show_dialog(replace=True)
    dialog.find_text.setText("Orbital")
    dialog.whole_word.setChecked(True)
    dialog.replace_text.setText("Northwind")
    before = window.current_release()
    assert dialog.replace_all() == 9
    assert dialog.status.text() == "Replaced 9 occurrences."
    after = window.current_release()
    assert after.title == "Northwind launches its first satellite"
    assert after.subtitle == "The Northwind team celebrates"
    assert after.body.startswith("Northwind, a **Northwind** company")
    assert "(https://orbital.example)" in after.body  # the link target is not text
    assert after.quotes[0].text == "We at Northwind are proud."
    assert after.quotes[0].speaker == "Ada Northwind"
    assert after.boilerplate == "Northwind builds small satellites."
    assert after.letterhead.organization == "Northwind SAS"
    # The body editor shows it too.
    body = window.field_widget("body")
    assert isinstance(body, QTextEdit) and "Northwind company" in body.toPlainText()
    window.undo()  # one step brings every field back
    undone = window.current_release()
    assert (undone.title, undone.subtitle, undone.body, undone.quotes[0].text,
            undone.boilerplate, undone.letterhead.organization) == (
        before.title, before.subtitle, before.body, before.quotes[0].text,
        before.boilerplate, before.letterhead.organization)
    window.redo()
    assert window.current_release().title == after.title


def test_replace_one_then_the_next(window) -> None:
    dialog = feature(window).show_dialog(replace=True)
    dialog.find_text.setText("orbital")
    dialog.replace_text.setText("Acme")
    first = dialog.find_next()
    assert first.field == "title"
    dialog.replace_one()
    r = window.current_release()
    assert r.title == "Acme launches its first satellite"
    assert r.subtitle == "The Orbital team celebrates"  # only the one shown
    # The next match is now selected: the subtitle's.
    assert feature(window).controller.current.field == "subtitle"
    dialog.replace_one()
    assert window.current_release().subtitle == "The Acme team celebrates"
    dialog.replace_one()  # the body's first match
    assert window.current_release().body.startswith("Acme, a **Orbital** company")


def test_find_starts_with_the_selected_text(window, qtbot) -> None:
    window.show()
    window.activateWindow()
    window.focus_field("title")
    title = window.field_widget("title")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is title, timeout=3000)
    cursor = title.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(7, cursor.MoveMode.KeepAnchor)
    title.setTextCursor(cursor)
    dialog = feature(window).show_dialog(replace=False)
    assert dialog.find_text.text() == "Orbital"
    assert not dialog.replace_text.isVisible() and dialog.next_button.isVisible()
