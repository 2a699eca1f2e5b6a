"""Issue 14 §2 and §3: the first window's choices (File ▸ New), the language of new
releases, the labelled sample, Revert to Saved only when something changed."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtPdfWidgets")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # editor_helpers

from editor_helpers import FakeForm, answer, close_all, forbid_dialogs, sample_release

from presskit import draft
from presskit.contacts.model import BookContact
from presskit.model import Letterhead
from presskit.newrelease import set_profile_defaults
from presskit.session import EditorSession
from presskit_ui.context import AppContext
from presskit_ui.window import starter
from presskit_ui.window.manager import WindowManager
from presskit_ui.window.start_dialog import StartChoice, StartDialog


@pytest.fixture
def manager(qtbot, monkeypatch):
    forbid_dialogs(monkeypatch)
    m = WindowManager(AppContext.create(), form_factory=FakeForm)
    yield m
    close_all(m, qtbot)


def _patch(monkeypatch, choice: StartChoice | None) -> list:
    """Make the start dialog answer *choice*; returns the (profiles, recent) it was offered."""
    seen: list = []

    def ask(parent, profiles, recent):
        seen.append((profiles, recent))
        return choice

    monkeypatch.setattr(StartDialog, "ask", ask)
    return seen


def test_start_dialog_offers_the_four_starts(qtbot, tmp_path) -> None:
    recent = [tmp_path / "a.presskit", tmp_path / "b.presskit"]
    dlg = StartDialog(None, ["Institut"], recent)
    qtbot.addWidget(dlg)
    texts = [b.text() for b in (dlg.blank, dlg.from_profile, dlg.sample)]
    assert texts == ["&Blank release", "New from letterhead &profile…", "Open the &sample release"]
    assert "fictional" in dlg.sample_note.text() and "new file name" in dlg.sample_note.text()
    assert [dlg.recent_list.item(i).text() for i in range(2)] == ["a.presskit", "b.presskit"]
    assert dlg.blank.isDefault()
    dlg.choose_profile("Institut")
    assert dlg.choice == StartChoice("profile", profile="Institut")
    empty = StartDialog(None, [], [])
    qtbot.addWidget(empty)
    assert not empty.from_profile.isEnabled() and empty.recent_list.isHidden()


def test_new_blank_release_takes_the_last_release_s_language(manager, monkeypatch) -> None:
    # Issue 14 §2: new releases were always English (United States).
    w = manager.new_window(EditorSession(sample_release(), None))  # en_US, remembered
    assert manager.ctx.prefs.get("last_language") == "en_US"
    w.session.note_edit()
    edited = sample_release()
    edited.title = "Edited"
    w.session.update_text(draft.dumps(edited))  # not pristine any more
    manager.ctx.prefs.set("last_language", "de_DE")
    _patch(monkeypatch, StartChoice("blank"))
    w.menus.actions["new"].trigger()
    new = manager.windows[-1]
    assert new is not w and new.current_release().language == "de_DE"


def test_new_release_follows_the_system_locale_first_time(manager, monkeypatch) -> None:
    for var in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    assert draft.loads(starter.blank_session(manager.ctx).text).language == "fr_FR"


def test_opened_release_language_is_remembered(manager, tmp_path) -> None:
    path = tmp_path / "it.presskit"
    r = sample_release()
    r.language = "it_IT"
    draft.save(r, path, backup=False)
    manager.open_path(path)
    assert manager.ctx.prefs.get("last_language") == "it_IT"
    assert draft.loads(starter.blank_session(manager.ctx).text).language == "it_IT"


def test_new_from_profile_brings_letterhead_about_language_country_and_contacts(
        manager, monkeypatch) -> None:
    from presskit_ui.contacts.service import contact_book
    from presskit_ui.profiles.support import profile_store

    book = contact_book(manager.ctx)
    claire = book.add(BookContact(display_name="Claire Roux", given_name="Claire",
                                  family_name="Roux", emails=["claire@example.org"]))
    press = book.create_list("Presse")
    book.set_list_members(press.id, [claire.id])
    profile = Letterhead(organization="Institut orbital", home_country="BE", profile="Institut")
    set_profile_defaults(profile, language="fr_BE", boilerplate="L’Institut observe le ciel.",
                         contact_list="Presse")
    profile_store(manager.ctx).save(profile)
    w = manager.new_window()
    seen = _patch(monkeypatch, StartChoice("profile", profile="Institut"))
    w.menus.actions["new"].trigger()
    assert "Institut" in seen[0][0]
    assert manager.windows == [w]  # the untouched window took the new release
    r = w.current_release()
    assert (r.language, r.boilerplate) == ("fr_BE", "L’Institut observe le ciel.")
    assert (r.letterhead.organization, r.letterhead.home_country) == ("Institut orbital", "BE")
    assert [c.name for c in r.contacts] == ["Claire Roux"]
    assert "release" not in r.letterhead.extra


def test_sample_release_is_labelled_and_saving_it_is_save_as(manager, monkeypatch, tmp_path) -> None:
    w = manager.new_window()
    _patch(monkeypatch, StartChoice("sample"))
    w.menus.actions["new"].trigger()
    assert w.session.sample and w.session.path is None and w.session.save_needs_path()
    assert w.windowTitle().startswith("communique-fr.presskit (sample release)")
    target = tmp_path / "mine.presskit"
    asked = answer(monkeypatch, "FileDialogs.save_draft", target)
    assert w.save()
    assert asked and target.exists() and w.session.path == target


def test_cancelled_start_keeps_the_window_as_it_was(manager, monkeypatch) -> None:
    w = manager.new_window()
    _patch(monkeypatch, None)
    w.menus.actions["new"].trigger()
    assert manager.windows == [w] and w.session.is_pristine


def test_revert_to_saved_is_disabled_until_something_changes(manager, tmp_path, qtbot) -> None:
    # Issue 14 §3: Revert to Saved was enabled for any saved draft, even unchanged.
    path = tmp_path / "r.presskit"
    draft.save(sample_release(), path, backup=False)
    w = manager.open_path(path)
    revert = w.menus.actions["revert"]
    assert not revert.isEnabled()
    w.form.widgets["title"].setText("Changed")
    w.form.widgets["title"].textEdited.emit("Changed")
    w.flush()
    qtbot.waitUntil(lambda: w.session.dirty, timeout=5000)
    assert revert.isEnabled()
    w.session.save(w.current_release())
    w._update_title()
    assert not revert.isEnabled()


def test_untitled_is_translatable(manager) -> None:
    w = manager.new_window(EditorSession(sample_release(), None))
    w._title = ""
    assert w.display_name() == w.tr("Untitled")


def test_export_notice_opens_the_file_and_its_folder(qtbot, tmp_path, monkeypatch) -> None:
    from PySide6.QtGui import QDesktopServices

    from presskit_ui.window.export_notice import ExportNotice

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    from PySide6.QtWidgets import QWidget

    host = QWidget()
    qtbot.addWidget(host)
    notice = ExportNotice(host)
    host.show()
    pdf = tmp_path / "communique.pdf"
    notice.show_written([pdf], [])
    assert notice.isVisible() and not notice.isWindow()  # in the window, blocking nothing
    notice.open_button.click()
    notice.folder_button.click()
    assert opened == [str(pdf), str(tmp_path)]
    notice.show_written([pdf, tmp_path / "communique.docx"], ["title: long"])
    assert notice.open_button.isHidden()
    assert notice.label.text() == "Exported 2 files. Warnings: 1 (see the status bar)."


def test_profile_editor_sets_what_the_profile_brings_to_new_releases(qtbot) -> None:
    from presskit.newrelease import profile_defaults
    from presskit_ui.profiles.editor import ProfileEditor
    from presskit_ui.runner import Runner

    runner = Runner()
    editor = ProfileEditor(runner)
    qtbot.addWidget(editor)
    editor.set_profile(Letterhead(organization="Institut orbital", profile="Institut"))
    assert editor.release_language.itemText(editor.release_language.findData("fr_FR")) == \
        "français (France)"
    editor.release_language.setCurrentIndex(editor.release_language.findData("fr_FR"))
    editor.about_text.setPlainText("L’Institut observe le ciel.")
    editor.contact_list.setText("Presse")
    d = profile_defaults(editor.profile())
    assert (d.language, d.boilerplate, d.contact_list) == \
        ("fr_FR", "L’Institut observe le ciel.", "Presse")
    editor.set_profile(editor.profile())
    assert editor.contact_list.text() == "Presse" and editor.release_language.currentData() == "fr_FR"
    runner.shutdown()
