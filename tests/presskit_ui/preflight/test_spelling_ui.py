"""Spelling as you type: red wavy underlines, the context menu's corrections, the language."""

from __future__ import annotations

from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from presskit_ui.preflight.spelling_ui import SpellingSupport

from .conftest import preflight_release
from .test_panel import checked


def settled(window, qtbot) -> SpellingSupport:
    """The window's spelling support once its rehighlight pass is through."""
    support = SpellingSupport.of(window)
    qtbot.waitUntil(lambda: not support.pending(), timeout=15000)
    return support


def underlined(edit) -> list[str]:
    """The words the highlighter underlines in *edit*, in order."""
    words = []
    block = edit.document().firstBlock()
    while block.isValid():
        for fr in block.layout().formats():
            if fr.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline:
                words.append(block.text()[fr.start:fr.start + fr.length])
        block = block.next()
    return words


def point_at(edit, position: int):
    cursor = QTextCursor(edit.document())
    cursor.setPosition(position)
    return edit.cursorRect(cursor).center()


def test_misspellings_are_underlined_in_every_prose_field(window, qtbot) -> None:
    r = preflight_release()
    r.title = "Orbital lauches a satelite"
    r.subtitle = "The team celabrates"
    r.body = "A **bold** mispelled word.\n\nThe Orbital team is fine."
    r.quotes[0].text = "We are prowd."
    r.boilerplate = "Orbital bilds satellites."
    checked(window, qtbot, r)
    support = settled(window, qtbot)
    assert support is not None and support.speller is not None
    assert support.speller.locale == "en_US"
    assert underlined(window.field_widget("title")) == ["lauches", "satelite"]
    assert underlined(window.field_widget("subtitle")) == ["celabrates"]
    assert underlined(window.field_widget("body")) == ["mispelled"]
    assert underlined(window.field_widget("quotes[0].text")) == ["prowd"]
    assert underlined(window.field_widget("boilerplate")) == ["bilds"]
    # Names are not misspellings: the speaker "Ada Orbital", the organisation.
    assert "Orbital" not in underlined(window.field_widget("boilerplate"))
    ranges = window.field_widget("title").document().firstBlock().layout().formats()
    assert ranges[0].format.underlineColor().name() == "#d0021b"


def test_typing_underlines_the_new_word(window, qtbot) -> None:
    checked(window, qtbot)
    settled(window, qtbot)
    title = window.field_widget("title")
    assert underlined(title) == []
    cursor = title.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertText(" wiht")
    assert underlined(title) == ["wiht"]  # at once: the highlighter runs on the edit


def test_context_menu_suggestions_add_and_ignore(window, qtbot, tmp_path) -> None:
    window.show()
    r = preflight_release()
    r.title = "Orbital lauches a satelite"
    checked(window, qtbot, r)
    support = settled(window, qtbot)
    title = window.field_widget("title")
    menu = support.context_menu(title, point_at(title, r.title.index("satelite") + 2))
    actions = [a for a in menu.actions() if not a.isSeparator()]
    suggestions = [a.text() for a in actions if a.objectName() == "spellingSuggestion"]
    assert "satellite" in suggestions
    names = [a.objectName() for a in actions]
    assert names.index("spellingAdd") > names.index("spellingSuggestion")
    assert "spellingIgnore" in names
    # Qt's standard entries are kept below.
    assert any(a.text().replace("&", "").startswith("Copy") for a in actions)
    next(a for a in actions if a.text() == "satellite").trigger()
    assert title.toPlainText() == "Orbital lauches a satellite"
    assert underlined(title) == ["lauches"]
    # Add to Dictionary: kept in the data folder, for this language.
    menu = support.context_menu(title, point_at(title, 10))
    next(a for a in menu.actions() if a.objectName() == "spellingAdd").trigger()
    qtbot.waitUntil(lambda: underlined(title) == [], timeout=3000)
    personal = window.ctx.data_dir / "dictionaries" / "en_US.txt"
    assert personal.read_text(encoding="utf-8").splitlines() == ["lauches"]


def test_ignore_lasts_for_the_session_only(window, qtbot) -> None:
    r = preflight_release()
    r.title = "Orbital flurbs"
    checked(window, qtbot, r)
    support = settled(window, qtbot)
    title = window.field_widget("title")
    menu = support.context_menu(title, point_at(title, 10))
    next(a for a in menu.actions() if a.objectName() == "spellingIgnore").trigger()
    qtbot.waitUntil(lambda: underlined(title) == [], timeout=3000)
    assert not (window.ctx.data_dir / "dictionaries" / "en_US.txt").exists()


def test_no_word_under_the_mouse_leaves_qt_menu_alone(window, qtbot) -> None:
    checked(window, qtbot)
    support = settled(window, qtbot)
    title = window.field_widget("title")
    menu = support.context_menu(title, point_at(title, 2))
    assert not [a for a in menu.actions() if a.objectName().startswith("spelling")]
    assert menu.actions()


def test_the_spelling_language_follows_the_release(window, qtbot) -> None:
    r = preflight_release()
    r.language = "fr_FR"
    r.title = "Le satelite décolle de l'aérodrome"
    checked(window, qtbot, r)
    support = settled(window, qtbot)
    assert support.speller.locale.startswith("fr")
    assert underlined(window.field_widget("title")) == ["satelite"]  # l'aérodrome is fine
    r.language = "en_US"
    r.title = "The satelite"
    checked(window, qtbot, r)
    settled(window, qtbot)
    assert support.speller.locale == "en_US"
    assert underlined(window.field_widget("title")) == ["satelite"]


def test_a_feature_attaches_its_own_field(window, qtbot) -> None:
    checked(window, qtbot)
    support = settled(window, qtbot)
    edit = QPlainTextEdit(window)
    edit.setPlainText("A documnet of the kit")
    highlighter = support.attach(edit)
    assert support.attach(edit) is highlighter  # once per document
    highlighter.rehighlight()
    assert underlined(edit) == ["documnet"]


def test_rechecking_only_the_edited_words_finds_what_a_full_check_finds(tmp_path) -> None:
    import random

    from presskit.preflight.spelling import Speller
    from presskit_ui.preflight.spelling_ui import recheck

    speller = Speller.for_language("en_US", tmp_path)

    def check(text: str):
        return speller.misspellings(text, ignore=frozenset({"orbital"}))

    rng = random.Random(13)
    text = ("Orbital's team, led by Jean-Yves, lauches the satelite from https://orbital.example/x "
            "and writes to press@orbital.example; the CNES and ISEF2 teams agree.")
    found = check(text)
    pieces = ["x", "qz", " ", "-", "'", "the ", "wrld", ".", "teh", "é", "://"]
    for _ in range(300):
        at = rng.randrange(len(text) + 1)
        if rng.random() < 0.4 and text:
            cut = rng.randrange(1, 6)
            new = text[:at] + text[at + cut:]
        else:
            new = text[:at] + rng.choice(pieces) + text[at:]
        found = recheck(text, found, new, check)
        assert found == check(new), (text, new)
        text = new


def test_a_new_name_is_no_longer_underlined(window, qtbot) -> None:
    r = preflight_release()
    r.body = "Dr Zorblax said the work went well.\n\nNothing else."
    checked(window, qtbot, r)
    settled(window, qtbot)
    body = window.field_widget("body")
    assert underlined(body) == ["Zorblax"]
    r.quotes[0].speaker = "Dr Ada Zorblax"  # now a quote's speaker: a name
    checked(window, qtbot, r)
    qtbot.waitUntil(lambda: underlined(body) == [], timeout=5000)


def test_suggestions_are_looked_up_in_the_background(window, qtbot) -> None:
    r = preflight_release()
    r.title = "Orbital lauches a satelite"
    checked(window, qtbot, r)
    support = settled(window, qtbot)
    qtbot.waitUntil(lambda: ("en_US", "satelite") in support.suggestions, timeout=10000)
    assert "satellite" in support.suggestions[("en_US", "satelite")]
    assert ("en_US", "lauches") in support.suggestions
