"""The Preflight dock, its status-bar count, jumping to a finding, and the export check."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from presskit.model import Contact
from presskit_ui.preflight import PreflightFeature
from presskit_ui.preflight.export_check import ExportProblemsDialog
from presskit_ui.preflight.labels import finding_place
from presskit_ui.preflight.live import Checked
from presskit_ui.preflight.panel import FINDING_ROLE, locate_word

from .conftest import preflight_release


def feature(window) -> PreflightFeature:
    found = window.findChild(QObject, "preflightFeature")
    assert isinstance(found, PreflightFeature)
    return found


def checked(window, qtbot, release=None) -> Checked:
    f = feature(window)
    with qtbot.waitSignal(f.live.checked, timeout=30000) as blocker:
        if release is not None:
            window.apply_release(release)
    return blocker.args[0]


def broken_release():
    r = preflight_release()
    r.title = ""
    r.contacts = [Contact(name="Bob Press", email="bob@@example.org", phone="+33 5 61 00 00 00")]
    r.boilerplate = "Orbital bilds small satellites."
    return r


def row_texts(window) -> list[str]:
    panel = feature(window).panel
    return [panel.list.item(i).text() for i in range(panel.list.count())]


def test_view_menu_toggles_the_dock_with_f7(window) -> None:
    f = feature(window)
    toggle = f.panel.toggleViewAction()
    assert toggle in window.menus.menu("view").actions()
    assert toggle.shortcut() == QKeySequence("F7")
    assert toggle.text() == "Preflight"
    assert f.panel.isHidden()
    toggle.trigger()
    assert not f.panel.isHidden()


def test_the_panel_lists_findings_by_label_errors_first(window, qtbot) -> None:
    result = checked(window, qtbot, broken_release())
    codes = {f.code for f in result.findings}
    assert {"no-headline", "email", "spelling"} <= codes
    rows = row_texts(window)
    assert rows[0].startswith("Headline\n") and "no headline" in rows[0]
    email = next(r for r in rows if "bob@@example.org" in r)
    assert email.startswith("Press contact 1 — Email\n")
    spelling = next(r for r in rows if "“bilds”" in r)
    # The place is on the first line: the message does not repeat the engine's "About: ".
    assert spelling.startswith("About the organisation\n“bilds” is not in the")
    for row in rows:  # never a draft key
        assert "contacts[" not in row and "boilerplate" not in row and "title:" not in row
    errors = [f for f in result.findings if f.is_error]
    status = feature(window).status
    assert status.text() == f"{len(errors)} errors, {len(result.findings) - len(errors)} " \
        + ("warning" if len(result.findings) - len(errors) == 1 else "warnings")
    # Errors come before the warnings.
    kinds = [feature(window).panel.list.item(i).data(FINDING_ROLE).is_error
             for i in range(len(rows))]
    assert kinds == sorted(kinds, reverse=True)


def test_a_clean_release_shows_no_problems(window, qtbot) -> None:
    r = preflight_release()
    result = checked(window, qtbot, dataclasses.replace(r, title="Orbital launches a satellite"))
    assert result.findings == []
    assert feature(window).status.text() == "No problems found."
    assert feature(window).panel.summary.text() == "No problems found."
    assert feature(window).panel.list.count() == 0


def test_clicking_a_spelling_finding_selects_the_word(window, qtbot) -> None:
    window.show()
    checked(window, qtbot, broken_release())
    panel = feature(window).panel
    row = next(i for i, r in enumerate(row_texts(window)) if "“bilds”" in r)
    panel.list.itemClicked.emit(panel.list.item(row))
    about = window.field_widget("boilerplate")
    assert about.textCursor().selectedText() == "bilds"


def test_clicking_a_body_finding_selects_the_word_as_shown(window, qtbot) -> None:
    r = preflight_release()
    r.body = "**Orbital** said the satelite works.\n\nThe [satelite](https://x.example) too."
    checked(window, qtbot, r)
    panel = feature(window).panel
    rows = [i for i, t in enumerate(row_texts(window)) if "“satelite”" in t and "Body" in t]
    assert len(rows) == 2
    panel.list.itemClicked.emit(panel.list.item(rows[1]))
    body = window.field_widget("body")
    cursor = body.textCursor()
    assert cursor.selectedText() == "satelite"
    # The second one: in the second paragraph ("Orbital said the satelite works.\n" is 33).
    assert cursor.selectionStart() == body.document().toPlainText().index("The satelite") + 4


def test_locate_word_maps_a_markdown_offset_to_the_shown_text() -> None:
    md = "**Big** news, big [news](https://news.example)"
    shown = "Big news, big news"
    assert locate_word(md, shown, "news", md.index("[news") + 1) == (14, 18)
    assert locate_word(md, shown, "news", md.index("news")) == (4, 8)
    assert locate_word(md, shown, "absent", 0) is None


def test_stale_results_are_dropped(window, qtbot) -> None:
    f = feature(window)
    checked(window, qtbot)  # the first draft's check (dictionary loaded)
    seen: list[Checked] = []
    f.live.checked.connect(seen.append)
    old = broken_release()
    new = preflight_release()
    f.live.schedule(old)
    f.live.check_now()
    f.live.schedule(new)
    f.live.check_now()
    qtbot.waitUntil(lambda: bool(seen), timeout=15000)
    qtbot.wait(300)
    assert [c.release.title for c in seen] == [new.title]
    assert "no-headline" not in {x.code for x in f.panel.findings}


def test_labels_name_every_kind_of_field() -> None:
    assert finding_place("contacts[1].email") == "Press contact 2 — Email"
    assert finding_place("quotes[0].speaker") == "Quote 1 — Speaker"
    assert finding_place("quotes[2]") == "Quote 3"
    assert finding_place("letterhead.color") == "Letterhead — Accent colour"
    assert finding_place("items[2].alt") == "Kit item 3 — Alt text"
    assert finding_place("title") == "Headline"
    assert finding_place("") == "Release"
    assert finding_place("some_future_key") == "Release"  # never the key as written


def test_labels_in_french(qapp) -> None:
    from presskit_ui.translations import UiTranslations

    translations = UiTranslations(QApplication.instance())
    try:
        translations.install("fr")
        assert finding_place("contacts[1].email") == "Contact presse 2 — E-mail"
        assert finding_place("title") == "Titre"
        assert finding_place("quotes[0].speaker") == "Citation 1 — Personne citée"
    finally:
        translations.install("en")
        QApplication.instance().removeTranslator(translations.recorder)


# -- the export check ---------------------------------------------------------------------------
def test_errors_make_export_ask_and_show_problems(window, qtbot, monkeypatch, tmp_path) -> None:
    from editor_helpers import answer

    window.show()
    checked(window, qtbot, broken_release())
    asked = answer(monkeypatch, "FileDialogs.export_file", None)
    questions: list[list] = []

    def ask(_cls, parent, errors):
        questions.append(errors)
        return False  # "Show Problems"

    monkeypatch.setattr(ExportProblemsDialog, "ask", classmethod(ask))
    export_pdf = window.findChild(QAction, "action_export_pdf")
    export_pdf.trigger()
    assert questions and {f.code for f in questions[0]} >= {"no-headline", "email"}
    assert all(f.is_error for f in questions[0])
    assert asked == []  # no file dialog: the export stopped there
    panel = feature(window).panel
    assert not panel.isHidden()
    assert QApplication.focusWidget() is window.field_widget("title")


def test_export_anyway_goes_on(window, qtbot, monkeypatch, tmp_path) -> None:
    from editor_helpers import answer

    checked(window, qtbot, broken_release())
    target = tmp_path / "anyway.pdf"
    answer(monkeypatch, "FileDialogs.export_file", target)
    monkeypatch.setattr(ExportProblemsDialog, "ask", classmethod(lambda _c, _p, _e: True))
    with qtbot.waitSignal(window.exports.finished, timeout=30000):
        window.findChild(QAction, "action_export_pdf").trigger()
    assert target.read_bytes().startswith(b"%PDF")


def test_the_export_check_sees_the_release_being_exported(window, qtbot, monkeypatch,
                                                          tmp_path) -> None:
    """The panel may still show an old list; the check runs on what is exported now."""
    from editor_helpers import answer

    checked(window, qtbot)  # a clean release: no errors shown
    questions: list = []
    monkeypatch.setattr(ExportProblemsDialog, "ask",
                        classmethod(lambda _c, _p, errors: questions.append(errors) or False))
    answer(monkeypatch, "FileDialogs.export_file", None)
    r = window.current_release()
    r.title = ""
    window.form.set_release(r)  # the form changed, no check has run yet
    window.findChild(QAction, "action_export_pdf").trigger()
    assert questions and "no-headline" in {f.code for f in questions[0]}


@pytest.mark.parametrize("fmt", ["pdf", "all"])
def test_warnings_alone_do_not_block(window, qtbot, monkeypatch, tmp_path, fmt) -> None:
    from editor_helpers import answer

    r = preflight_release()
    r.boilerplate = "Orbital bilds small satellites."  # a spelling warning, no error
    result = checked(window, qtbot, r)
    assert result.findings and not [f for f in result.findings if f.is_error]
    target = tmp_path / ("w.pdf" if fmt == "pdf" else "")
    answer(monkeypatch, "FileDialogs.export_file", target)
    answer(monkeypatch, "FileDialogs.export_folder", tmp_path)

    def never(*_a):
        raise AssertionError("asked about warnings")

    monkeypatch.setattr(ExportProblemsDialog, "ask", classmethod(never))
    with qtbot.waitSignal(window.exports.finished, timeout=30000):
        window.findChild(QAction, f"action_export_{fmt}").trigger()


def test_a_new_list_keeps_the_rows_that_did_not_change(qtbot) -> None:
    from presskit.preflight.findings import finding
    from presskit_ui.preflight.panel import PreflightPanel

    panel = PreflightPanel()
    qtbot.addWidget(panel)
    a = finding("spelling", "title", "Headline: “wrd” is not in the dictionary.", word="wrd")
    b = finding("no-contacts", "contacts", "The release has no press contact.")
    c = finding("spelling", "body", "Body text: “xyz” is not in the dictionary.", word="xyz")
    panel.set_findings([a, b, c])
    assert [panel.list.item(i).text() for i in range(3)] == [
        "Press contacts\nThe release has no press contact.",  # the error first
        "Headline\n“wrd” is not in the dictionary.",
        "Body text\n“xyz” is not in the dictionary."]
    kept = panel.list.item(1)
    d = finding("spelling", "body", "Body text: “qqq” is not in the dictionary.", word="qqq")
    panel.set_findings([a, b, d])
    assert panel.list.item(1) is kept
    assert panel.list.item(2).text() == "Body text\n“qqq” is not in the dictionary."
    panel.set_findings([b])
    assert panel.list.count() == 1 and panel.summary.text() == "1 error"
    panel.set_findings([])
    assert panel.list.count() == 0 and panel.summary.text() == "No problems found."


def test_a_release_with_kit_items_is_checked_as_a_kit(window, qtbot) -> None:
    import io

    from PIL import Image

    from presskit.kit.editing import KitEditing

    buf = io.BytesIO()
    Image.new("RGB", (800, 600), (40, 90, 160)).save(buf, "JPEG")
    editing = KitEditing(media=window.session.media)  # the session's media, as the kit UI
    editing.add_photo("launch.jpg", buf.getvalue(), caption="The launch", alt="A rocket")
    result = checked(window, qtbot, editing.apply_to(preflight_release()))
    codes = {x.code: x for x in result.findings}
    assert {"credit", "resolution"} <= set(codes)
    assert codes["credit"].is_error and "800 × 600" in codes["resolution"].message
    rows = row_texts(window)
    assert any(r.startswith("Photo 1 — Credit\n") for r in rows), rows
    assert not any("items[" in r for r in rows)
