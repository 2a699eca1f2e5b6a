"""The release date field (issue 10, point 7): typed dates in the interface's order or ISO.

Typing over "No date" used to give "No date5/03/2018" (reverted), and 31 February
silently became 3 February.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtPdfWidgets")

from PySide6.QtCore import QLocale, Qt

from presskit.dates import DateInputError, DateOrder, parse_typed_date
from presskit.model import Release
from presskit.preferences import Preferences
from presskit_ui.context import AppContext
from presskit_ui.form.form import ReleaseForm


def _interface_locale(language: QLocale.Language, country: QLocale.Country):
    before = QLocale()
    QLocale.setDefault(QLocale(language, country))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def locale_fr():
    yield from _interface_locale(QLocale.Language.French, QLocale.Country.France)


@pytest.fixture
def locale_us():
    yield from _interface_locale(QLocale.Language.English, QLocale.Country.UnitedStates)


@pytest.fixture
def form(qtbot, tmp_path: Path) -> ReleaseForm:
    config = tmp_path / "config"
    config.mkdir()
    ctx = AppContext(data_dir=tmp_path, config_dir=config, prefs=Preferences.in_folder(config))
    widget = ReleaseForm(ctx)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _type(qtbot, form: ReleaseForm, text: str, *, select_all: bool = False) -> None:
    line = form.release_section.date.line
    line.setFocus()
    if select_all:
        qtbot.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    else:
        line.setCursorPosition(len(line.text()))
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)


def test_typing_a_french_date_over_no_date(qtbot, form, locale_fr) -> None:
    form.set_release(Release(language="fr_FR"))
    rs = form.release_section
    assert rs.date.line.text() == ""  # "No date" is only a placeholder
    with qtbot.waitSignal(form.edited, timeout=1000):
        _type(qtbot, form, "05/03/2018")
    assert form.release().date == dt.date(2018, 3, 5)
    assert rs.date.line.text() == "05/03/2018"
    assert rs.printed_date.text() == "5 mars 2018"


def test_typing_a_us_date_after_select_all(qtbot, form, locale_us) -> None:
    form.set_release(Release(language="en_US", date=dt.date(2026, 12, 1)))
    _type(qtbot, form, "3/5/2018", select_all=True)
    assert form.release().date == dt.date(2018, 3, 5)
    _type(qtbot, form, "2019-11-23", select_all=True)  # ISO always works
    assert form.release().date == dt.date(2019, 11, 23)
    assert form.release_section.date.line.text() == "11/23/2019"


def test_iso_date_typed_in_french(qtbot, form, locale_fr) -> None:
    form.set_release(Release(language="fr_FR"))
    _type(qtbot, form, "2018-03-05")
    assert form.release().date == dt.date(2018, 3, 5)


def test_impossible_date_is_refused_never_rolled_over(qtbot, form, locale_fr) -> None:
    form.set_release(Release(language="fr_FR", date=dt.date(2018, 3, 5)))
    rs = form.release_section
    _type(qtbot, form, "31/02/2018", select_all=True)
    assert form.release().date == dt.date(2018, 3, 5)  # unchanged, not 3 February
    assert rs.date_msg.isVisibleTo(form)
    assert "31/02/2018" in rs.date_msg.text()
    assert ("date", rs.date.problem()) in form.problems()
    _type(qtbot, form, "28/02/2018", select_all=True)
    assert form.release().date == dt.date(2018, 2, 28)
    assert not rs.date_msg.isVisibleTo(form)


def test_emptying_the_field_removes_the_date(qtbot, form, locale_fr) -> None:
    form.set_release(Release(language="fr_FR", date=dt.date(2018, 3, 5)))
    line = form.release_section.date.line
    line.setFocus()
    qtbot.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert form.release().date is None


def test_clear_and_today_buttons_use_the_frozen_clock(qtbot, form, locale_fr) -> None:
    form.set_release(Release(language="fr_FR", date=dt.date(2018, 3, 5)))
    rs = form.release_section
    rs.clock = lambda: dt.date(2031, 7, 14)
    qtbot.mouseClick(rs.today, Qt.MouseButton.LeftButton)
    assert form.release().date == dt.date(2031, 7, 14)
    qtbot.mouseClick(rs.clear_date, Qt.MouseButton.LeftButton)
    assert form.release().date is None


# ------------------------------------------------------------------ the parser, without widgets

@pytest.mark.parametrize(("text", "pattern", "expected"), [
    ("05/03/2018", "dd/MM/yyyy", dt.date(2018, 3, 5)),
    ("5/3/2018", "dd/MM/yyyy", dt.date(2018, 3, 5)),
    ("5.3.18", "dd.MM.yy", dt.date(2018, 3, 5)),
    ("3/5/2018", "M/d/yy", dt.date(2018, 3, 5)),
    ("2018-03-05", "M/d/yy", dt.date(2018, 3, 5)),
    ("2018/03/05", "dd/MM/yyyy", dt.date(2018, 3, 5)),
    ("  ", "dd/MM/yyyy", None),
    ("29/02/2024", "dd/MM/yyyy", dt.date(2024, 2, 29)),
])
def test_parse_typed_date(text: str, pattern: str, expected: dt.date | None) -> None:
    assert parse_typed_date(text, DateOrder.from_pattern(pattern)) == expected


@pytest.mark.parametrize(("text", "kind"), [
    ("31/02/2018", "day"), ("29/02/2019", "day"), ("2018-02-30", "day"), ("12/13/2018", "month"),
    ("No date5/03/2018", "format"), ("tomorrow", "format"), ("5/3", "format"),
])
def test_parse_typed_date_refuses(text: str, kind: str) -> None:
    with pytest.raises(DateInputError) as info:
        parse_typed_date(text, DateOrder.from_pattern("dd/MM/yyyy"))
    assert info.value.kind == kind
