"""Issue 14: the core's reasons for a draft or profile that cannot be used are shown in the
interface language (the command line keeps them English)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtPdfWidgets")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # editor_helpers

from editor_helpers import answer, close_all, forbid_dialogs, sample_release

from presskit import draft
from presskit_ui.context import AppContext
from presskit_ui.translations import UiTranslations
from presskit_ui.window.field_names import error_details, error_message
from presskit_ui.window.manager import WindowManager


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


def test_a_damaged_draft_shows_a_french_reason(manager, tmp_path, monkeypatch) -> None:
    path = tmp_path / "abîmé.presskit"
    path.write_bytes(b'{"presskit": 1, "title": "\xff\xfe"}')
    asked = answer(monkeypatch, "DamagedDraftDialog.ask", False)
    assert manager.open_path(path) is None
    (call,) = asked
    assert call[1] == path
    assert call[2] == "pas du texte UTF-8 (octet invalide à la position 26)"


def test_a_draft_with_an_unusable_field_is_flagged_in_french(manager, tmp_path,
                                                             monkeypatch) -> None:
    data = json.loads(draft.dumps(sample_release()))
    data["date"] = "2018-02-30"
    path = tmp_path / "date.presskit"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    asked = answer(monkeypatch, "UnusableFieldsDialog.ask", "open")
    w = manager.open_path(path)
    assert w is not None and len(asked) == 1
    reason = "«\u00a02018-02-30\u00a0» n’est pas une date qui existe"
    assert ("date", reason) in w.form.problems()  # under the field and in the status bar
    assert ("date", reason) in w.status._problems
    # The English line stays what the command line prints.
    assert asked[0][2][0].message.startswith("'2018-02-30' is not a real date")


def test_error_details_name_the_field_and_the_reason_in_french(french, tmp_path) -> None:
    from presskit.errors import DraftError
    from presskit.profiles import ProfileError, read_profile_file

    with pytest.raises(DraftError) as info:
        draft.loads('{"presskit": 1, "title": 5}', "x.presskit")
    assert error_message(info.value) == "Titre\u00a0: doit être du texte, pas un nombre"
    bad = tmp_path / "p.presskit-letterhead"
    bad.write_text('{"presskit-letterhead": 1, "name": "P", "paper": "tabloid"}',
                   encoding="utf-8")
    with pytest.raises(ProfileError) as pinfo:
        read_profile_file(bad)
    assert error_details(pinfo.value) == (
        f"{bad}\u00a0: Papier\u00a0: «\u00a0tabloid\u00a0» doit être l’une des valeurs "
        "a4, letter")


def test_the_contact_dialog_explains_a_number_in_french(french, qtbot) -> None:
    from presskit.contacts.model import BookContact, Phone
    from presskit_ui.contacts.edit_dialog import ContactEditDialog

    dlg = ContactEditDialog(None, BookContact(display_name="X", phones=[Phone("12")],
                                              emails=["x@@example"]))
    qtbot.addWidget(dlg)
    problems = dlg.validate()
    assert problems["phones[0]"] == ("pas de pays\u00a0: ajoutez +indicatif ou indiquez le pays "
                                     "du contact")
    assert problems["emails[0]"].startswith("Adresse e-mail non valide")
