"""Letterhead profiles in the editor: the dialog, the form's picker, the check on opening."""

from __future__ import annotations

import copy
import io
import json
import sys
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtPdfWidgets")
pytest.importorskip("pypdf")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # editor_helpers

from editor_helpers import close_all, forbid_dialogs, normalized, pdf_text
from editor_helpers import sample_release as editor_release
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from presskit import draft
from presskit.preferences import Preferences
from presskit.profiles import SUFFIX, default_profile, for_draft
from presskit.session import EditorSession
from presskit_ui.context import AppContext
from presskit_ui.profiles import integration as profiles_integration
from presskit_ui.profiles.dialog import ProfilesDialog
from presskit_ui.profiles.picker import ProfilePicker
from presskit_ui.profiles.support import ProfileDialogs, ProfileMismatchDialog, profile_store

DEFAULT = "Observatoire de Valmont"


@pytest.fixture
def ctx(tmp_path: Path) -> AppContext:
    config = tmp_path / "config"
    config.mkdir()
    return AppContext(data_dir=tmp_path / "data", config_dir=config,
                      prefs=Preferences.in_folder(config))


@pytest.fixture
def dlg(qtbot, ctx: AppContext):
    d = ProfilesDialog(ctx)
    qtbot.addWidget(d)
    d.show()
    yield d
    d.shutdown()


def answer(monkeypatch: pytest.MonkeyPatch, cls: type, meth: str, value: object) -> list:
    calls: list = []

    def reply(*args: object, **kw: object) -> object:
        calls.append(args[1:])
        return value(*args[1:]) if callable(value) else value

    monkeypatch.setattr(cls, meth, reply)
    return calls


def read_json(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def png_file(path: Path, size: tuple[int, int] = (240, 80), color: str = "#C0392B") -> Path:
    from PIL import Image

    Image.new("RGB", size, color).save(path, "PNG")
    return path


def preview_text(dlg: ProfilesDialog) -> str:
    data = dlg.preview_pdf_bytes()
    return normalized(pdf_text(data)) if data else ""


def wait_preview(qtbot, dlg: ProfilesDialog, needle: str, timeout: int = 15000) -> str:
    seen: dict[bytes, str] = {}

    def check() -> bool:
        data = dlg.preview_pdf_bytes()
        if data and data not in seen:
            seen.clear()
            seen[data] = normalized(pdf_text(data))
        return bool(data) and needle in seen[data]

    qtbot.waitUntil(check, timeout=timeout)
    return seen[dlg.preview_pdf_bytes()]


def type_text(widget, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    QTest.keyClicks(widget, text)


# -- the dialog: create, edit, duplicate, rename, delete ---------------------------------------
def test_store_is_seeded_with_the_default_profile(dlg: ProfilesDialog, ctx) -> None:
    assert dlg.names() == [DEFAULT]
    assert dlg.current_name() == DEFAULT
    assert dlg.editor.organization.text() == DEFAULT
    assert not dlg.delete_button.isEnabled()  # the last profile stays
    assert (ctx.data_dir / "profiles").is_dir()


def test_create_and_edit_every_field_is_saved_to_the_file(dlg, qtbot, monkeypatch, tmp_path) -> None:
    asked = answer(monkeypatch, ProfileDialogs, "ask_name", "Acme Press Office")
    qtbot.mouseClick(dlg.new_button, Qt.MouseButton.LeftButton)
    assert asked and asked[0][2] == "New profile"  # a free name is suggested
    assert dlg.current_name() == "Acme Press Office"
    assert dlg.names() == ["Acme Press Office", DEFAULT]
    ed = dlg.editor
    type_text(ed.organization, "Acme Corporation")
    ed.address.setFocus()
    QTest.keyClicks(ed.address, "1 Main Street")
    QTest.keyClick(ed.address, Qt.Key.Key_Return)
    QTest.keyClicks(ed.address, "Springfield")
    type_text(ed.website, "www.acme.example")
    ed.social.setFocus()
    QTest.keyClicks(ed.social, "@acme@social.example")
    type_text(ed.color.edit, "#0b6e4f")
    ed.font_combo.setCurrentIndex(ed.font_combo.findData("Noto Serif"))
    ed.font_combo.activated.emit(ed.font_combo.currentIndex())
    ed.paper.setCurrentIndex(ed.paper.findData("letter"))
    ed.paper.activated.emit(ed.paper.currentIndex())
    ed.margins["left"].setValue(25)
    type_text(ed.footer, "Acme - since 1949")
    qtbot.mouseClick(ed.repeat_logo, Qt.MouseButton.LeftButton)
    logo = png_file(tmp_path / "wide.png", (600, 120))
    ed.logo.load_file(str(logo))
    qtbot.waitUntil(lambda: bool(ed.logo.value()), timeout=10000)

    path = profile_store(dlg.ctx).path_of("Acme Press Office")
    qtbot.waitUntil(lambda: read_json(path).get("repeat_logo") is True
                    and read_json(path).get("logo", "").startswith("data:image/png"), timeout=5000)
    saved = read_json(path)
    assert saved["presskit-letterhead"] == 1
    assert saved["name"] == "Acme Press Office"
    assert saved["organization"] == "Acme Corporation"
    assert saved["address"] == "1 Main Street\nSpringfield"
    assert saved["website"] == "www.acme.example"
    assert saved["social"] == ["@acme@social.example"]
    assert saved["color"] == "#0B6E4F"
    assert saved["font"] == "Noto Serif"
    assert saved["paper"] == "letter"
    assert saved["margins"] == {"top": 18, "right": 20, "bottom": 18, "left": 25}
    assert saved["footer"] == "Acme - since 1949"
    assert path.name == "acme-press-office" + SUFFIX


def test_home_country_is_saved_with_the_profile(dlg, qtbot, monkeypatch) -> None:
    """The profile's home country reads numbers typed without +CC (issue 10)."""
    answer(monkeypatch, ProfileDialogs, "ask_name", "Bonn Office")
    qtbot.mouseClick(dlg.new_button, Qt.MouseButton.LeftButton)
    ed = dlg.editor
    assert ed.home_country.code() == ""  # as in Preferences
    ed.home_country.setCurrentIndex(ed.home_country.findData("DE"))
    assert ed.home_country.code() == "DE"
    path = profile_store(dlg.ctx).path_of("Bonn Office")
    qtbot.waitUntil(lambda: read_json(path).get("home_country") == "DE", timeout=5000)
    assert for_draft(profile_store(dlg.ctx).get("Bonn Office")).home_country == "DE"
    ed.home_country.setCurrentIndex(0)
    qtbot.waitUntil(lambda: "home_country" not in read_json(path), timeout=5000)


def test_british_quotation_marks_are_a_profile_choice(dlg, qtbot, monkeypatch) -> None:
    """Issue 17: en_GB house style, double first by default, single first on request."""
    answer(monkeypatch, ProfileDialogs, "ask_name", "London Office")
    qtbot.mouseClick(dlg.new_button, Qt.MouseButton.LeftButton)
    ed = dlg.editor
    assert ed.british_quotes.currentData() == "double"
    assert ed.profile().british_quotes == ""  # looking changes nothing
    ed.british_quotes.setCurrentIndex(ed.british_quotes.findData("single"))
    ed.british_quotes.activated.emit(ed.british_quotes.currentIndex())
    path = profile_store(dlg.ctx).path_of("London Office")
    qtbot.waitUntil(lambda: read_json(path).get("british_quotes") == "single", timeout=5000)


def test_live_preview_shows_the_edited_organization(dlg, qtbot) -> None:
    wait_preview(qtbot, dlg, DEFAULT)
    type_text(dlg.editor.organization, "Zephyr Lighthouse Trust")
    text = wait_preview(qtbot, dlg, "Zephyr Lighthouse Trust")
    assert "New public reading room" in text  # the fixed sample release
    assert dlg.preview.page_count() >= 1


def test_preview_debounce_drops_intermediate_renders(dlg, qtbot) -> None:
    wait_preview(qtbot, dlg, DEFAULT)
    rendered: list = []
    dlg.preview.rendered.connect(rendered.append)
    for word in ("Alpha", "Alpha Beta", "Alpha Beta Gamma"):
        type_text(dlg.editor.organization, word)
    assert dlg.preview_busy()  # nothing rendered on the GUI thread while typing
    wait_preview(qtbot, dlg, "Alpha Beta Gamma")
    qtbot.wait(300)
    assert len(rendered) == 1


def test_duplicate_rename_and_delete(dlg, qtbot, monkeypatch) -> None:
    store = profile_store(dlg.ctx)
    answer(monkeypatch, ProfileDialogs, "ask_name", lambda _t, _l, text: text)
    qtbot.mouseClick(dlg.duplicate_button, Qt.MouseButton.LeftButton)
    copy_name = f"{DEFAULT} (copy)"
    assert dlg.names() == [DEFAULT, copy_name]
    assert dlg.current_name() == copy_name
    original, duplicate = read_json(store.path_of(DEFAULT)), read_json(store.path_of(copy_name))
    assert duplicate.pop("name") == copy_name
    assert original.pop("name") == DEFAULT
    assert duplicate == original

    answer(monkeypatch, ProfileDialogs, "ask_name", "Press Office")
    old_path = store.path_of(copy_name)
    dlg.list.setFocus()
    QTest.keyClick(dlg.list, Qt.Key.Key_F2)
    assert dlg.names() == [DEFAULT, "Press Office"]
    assert not old_path.exists()
    assert read_json(store.path_of("Press Office"))["name"] == "Press Office"

    confirms = answer(monkeypatch, ProfileDialogs, "confirm_delete", False)
    qtbot.mouseClick(dlg.delete_button, Qt.MouseButton.LeftButton)
    dlg.list.setFocus()
    QTest.keyClick(dlg.list, Qt.Key.Key_Delete)  # the Delete key asks as well
    assert confirms == [("Press Office",)] * 2 and dlg.names() == [DEFAULT, "Press Office"]
    answer(monkeypatch, ProfileDialogs, "confirm_delete", True)
    path = store.path_of("Press Office")
    qtbot.mouseClick(dlg.delete_button, Qt.MouseButton.LeftButton)
    assert not path.exists()
    assert dlg.names() == [DEFAULT] and dlg.current_name() == DEFAULT
    assert [p.name for p in (dlg.ctx.data_dir / "profiles").iterdir()] == [store.path_of(DEFAULT).name]


def test_name_clash_is_explained_not_overwritten(dlg, qtbot, monkeypatch) -> None:
    answer(monkeypatch, ProfileDialogs, "ask_name", DEFAULT.upper())
    errors = answer(monkeypatch, ProfileDialogs, "error", None)
    qtbot.mouseClick(dlg.duplicate_button, Qt.MouseButton.LeftButton)
    assert errors and "already exists" in errors[0][2]
    assert dlg.names() == [DEFAULT]


def test_undo_changes_restores_the_profile(dlg, qtbot) -> None:
    store = profile_store(dlg.ctx)
    type_text(dlg.editor.organization, "Scratch")
    assert dlg.save_now()
    assert store.get(DEFAULT).organization == "Scratch"
    assert dlg.revert_button.isEnabled()
    qtbot.mouseClick(dlg.revert_button, Qt.MouseButton.LeftButton)
    assert store.get(DEFAULT).organization == DEFAULT
    assert dlg.editor.organization.text() == DEFAULT


def test_looking_at_a_profile_never_changes_its_file(dlg, qtbot) -> None:
    store = profile_store(dlg.ctx)
    before = store.path_of(DEFAULT).read_bytes()
    dlg.select(DEFAULT)
    qtbot.wait(600)
    dlg.done(0)
    assert store.path_of(DEFAULT).read_bytes() == before


def test_export_and_import(dlg, qtbot, monkeypatch, tmp_path) -> None:
    store = profile_store(dlg.ctx)
    dest = tmp_path / "shared" / ("valmont" + SUFFIX)
    dest.parent.mkdir()
    answer(monkeypatch, ProfileDialogs, "save_file", dest)
    qtbot.mouseClick(dlg.export_button, Qt.MouseButton.LeftButton)
    exported = read_json(dest)
    assert exported["presskit-letterhead"] == 1 and exported["name"] == DEFAULT
    assert exported["logo"].startswith("data:image/png;base64,")

    answer(monkeypatch, ProfileDialogs, "open_file", dest)
    conflicts = answer(monkeypatch, ProfileDialogs, "import_conflict", "rename")
    qtbot.mouseClick(dlg.import_button, Qt.MouseButton.LeftButton)
    assert conflicts == [(DEFAULT,)]
    assert dlg.names() == [DEFAULT, f"{DEFAULT} (2)"]
    assert dlg.current_name() == f"{DEFAULT} (2)"
    assert read_json(store.path_of(f"{DEFAULT} (2)"))["organization"] == DEFAULT

    answer(monkeypatch, ProfileDialogs, "import_conflict", "cancel")
    assert dlg.import_file(dest) is None and len(dlg.names()) == 2

    bad = tmp_path / ("broken" + SUFFIX)
    bad.write_text('{"presskit-letterhead": 1, "name": "X", "color": "blue"}', encoding="utf-8")
    errors = answer(monkeypatch, ProfileDialogs, "error", None)
    assert dlg.import_file(bad) is None
    # The field by its label, never its key (issue 14 §4).
    assert "accent colour" in errors[0][2] and len(dlg.names()) == 2


# -- fields: logos, colour ---------------------------------------------------------------------
def test_logo_by_drop_and_refused_file_explained(dlg, qtbot, tmp_path) -> None:
    field = dlg.editor.secondary_logo
    assert field.value() == ""
    logo = png_file(tmp_path / "partner.png")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(logo))])
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    field.thumb.dropEvent(drop)
    qtbot.waitUntil(lambda: field.value().startswith("data:image/png;base64,"), timeout=10000)
    assert field.thumb.pixmap() is not None and not field.thumb.pixmap().isNull()
    good = field.value()

    broken = tmp_path / "broken.png"
    broken.write_bytes(b"this is not a picture")
    field.load_file(str(broken))
    qtbot.waitUntil(lambda: field.message.isVisible() and "broken.png" in field.message.text()
                    and not field.is_busy(), timeout=10000)
    assert field.value() == good  # the previous logo stays
    assert field.message.textFormat() == Qt.TextFormat.PlainText
    assert field.choose.accessibleDescription() == field.message.text()

    field.load_file(str(tmp_path / "notes.txt"))
    assert "PNG, JPEG or SVG" in field.message.text()

    svg = tmp_path / "mark.svg"
    svg.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60">'
                   '<rect width="200" height="60" fill="#1B998B"/></svg>', encoding="utf-8")
    field.load_file(str(svg))
    qtbot.waitUntil(lambda: field.value() != good and not field.is_busy(), timeout=20000)
    assert field.value().startswith("data:image/png;base64,")
    assert dlg.save_now()
    assert profile_store(dlg.ctx).get(DEFAULT).secondary_logo == field.value()


def test_light_colour_warns_beside_the_field(dlg) -> None:
    color = dlg.editor.color
    type_text(color.edit, "#FFD700")
    assert color.message.isVisible() and "too light" in color.message.text()
    type_text(color.edit, "#12345")  # not yet a colour: the last valid one stays
    assert color.value() == "#FFD700" and "#1F3A5F" in color.message.text()
    type_text(color.edit, "#1F3A5F")
    assert not color.message.isVisible()


# -- user text is never markup -----------------------------------------------------------------
def test_markup_in_names_and_fields_is_shown_literally(dlg, qtbot, monkeypatch) -> None:
    answer(monkeypatch, ProfileDialogs, "ask_name", "<b>Bold</b> & Co")
    qtbot.mouseClick(dlg.new_button, Qt.MouseButton.LeftButton)
    assert dlg.current_name() == "<b>Bold</b> & Co"
    assert dlg.list.currentItem().text() == "<b>Bold</b> & Co"
    assert dlg.title.text() == "<b>Bold</b> & Co"
    assert dlg.title.textFormat() == Qt.TextFormat.PlainText
    type_text(dlg.editor.organization, "<b>Acme</b>")
    text = wait_preview(qtbot, dlg, "<b>Acme</b>")
    assert "<b>Acme</b>" in text
    for label in dlg.findChildren(QLabel):
        if "<b>" in label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText


# -- choose() and the picker -------------------------------------------------------------------
def test_choose_returns_the_selected_profile_for_a_draft(qtbot, ctx) -> None:
    def accept() -> None:
        d = QApplication.activeModalWidget()
        assert isinstance(d, ProfilesDialog)
        assert d.use_button is not None
        qtbot.mouseClick(d.use_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(300, accept)
    chosen = ProfilesDialog.choose(ctx, None)
    assert chosen is not None and chosen.profile == DEFAULT
    assert chosen == default_profile()

    QTimer.singleShot(300, lambda: QApplication.activeModalWidget().reject())
    assert ProfilesDialog.choose(ctx, None) is None


def test_picker_fills_the_form_letterhead(qtbot, ctx) -> None:
    from presskit_ui.form import ReleaseForm

    form = ReleaseForm(ctx)
    qtbot.addWidget(form)
    form.set_release(editor_release())
    picker = ProfilePicker(ctx, editor=form.letterhead_editor)
    form.letterhead_editor.add_header_widget(picker)
    assert picker.names() == [DEFAULT]
    assert picker.state.text() == ""
    edited: list = []
    form.letterhead_editor.edited.connect(lambda: edited.append(True))
    picker.combo.setCurrentIndex(picker.combo.findData(DEFAULT))
    picker.combo.activated.emit(picker.combo.currentIndex())
    assert edited
    lh = form.release().letterhead
    assert lh == for_draft(profile_store(ctx).get(DEFAULT))
    assert lh.profile == DEFAULT and lh.repeat_logo and lh.font == "Noto Sans"


# -- in the editor window ----------------------------------------------------------------------
@pytest.fixture
def manager(qtbot, monkeypatch):
    from presskit_ui.window.manager import WindowManager

    forbid_dialogs(monkeypatch)
    m = WindowManager(AppContext.create())
    yield m
    close_all(m, qtbot)


def new_window(manager, session: EditorSession | None = None):
    w = manager.new_window(session)
    profiles_integration.install(w)
    return w


def test_install_adds_menu_action_and_picker(manager, qtbot, monkeypatch) -> None:
    w = new_window(manager)
    assert profiles_integration.install(w) is profiles_integration.install(w)  # idempotent
    actions = [a for a in w.menus.menu("tools").actions()
               if a.objectName() == "action_letterhead_profiles"]
    assert len(actions) == 1 and actions[0].text().startswith("&Letterhead Profiles")
    opened = answer(monkeypatch, ProfilesDialog, "manage", None)
    actions[0].trigger()
    assert opened == [(w,)]  # (ctx, parent): the parent is the window
    picker = w.findChild(ProfilePicker, "profilePicker")
    assert picker is not None
    qtbot.waitUntil(lambda: picker.isVisibleTo(w.form), timeout=2000)


def test_picking_a_profile_fills_the_release_and_rerenders(manager, qtbot) -> None:
    w = new_window(manager, EditorSession(editor_release(), None))
    qtbot.waitUntil(lambda: "Example Org" in normalized(pdf_text(w.preview.current_pdf_bytes()))
                    if w.preview.current_pdf_bytes() else False, timeout=15000)
    picker = w.findChild(ProfilePicker, "profilePicker")
    picker.combo.setCurrentIndex(picker.combo.findData(DEFAULT))
    picker.combo.activated.emit(picker.combo.currentIndex())
    lh = w.current_release().letterhead
    assert lh.profile == DEFAULT and lh.organization == DEFAULT
    assert lh == for_draft(profile_store(w.ctx).get(DEFAULT))
    assert w.isWindowModified()
    qtbot.waitUntil(lambda: DEFAULT in normalized(pdf_text(w.preview.current_pdf_bytes())),
                    timeout=15000)
    w.undo()  # one undoable step
    assert w.current_release().letterhead.organization == "Example Org"
    assert picker.combo.currentData() == ""


def drifted_draft(tmp_path: Path, ctx: AppContext) -> Path:
    release = editor_release()
    lh = for_draft(profile_store(ctx).get(DEFAULT))
    lh.organization = "Observatoire de Valmont — Service de presse"
    lh.color = "#8E44AD"
    release.letterhead = lh
    path = tmp_path / "drifted.presskit"
    draft.save(release, path, backup=False)
    return path


def test_opening_a_drifted_draft_can_update_the_release(manager, qtbot, tmp_path, monkeypatch) -> None:
    w = new_window(manager)
    path = drifted_draft(tmp_path, w.ctx)
    asked = answer(monkeypatch, ProfileMismatchDialog, "ask", "release")
    assert manager.open_path(path, parent=w, reuse=w) is w
    assert asked == [(DEFAULT, ["organization", "color"])]
    lh = w.current_release().letterhead
    assert lh == for_draft(profile_store(w.ctx).get(DEFAULT))
    assert w.isWindowModified()
    assert profile_store(w.ctx).get(DEFAULT).organization == DEFAULT  # profile untouched


def test_opening_a_drifted_draft_can_update_the_profile(manager, qtbot, tmp_path, monkeypatch) -> None:
    w = new_window(manager)
    path = drifted_draft(tmp_path, w.ctx)
    answer(monkeypatch, ProfileMismatchDialog, "ask", "profile")
    manager.open_path(path, parent=w, reuse=w)
    saved = read_json(profile_store(w.ctx).path_of(DEFAULT))
    assert saved["organization"] == "Observatoire de Valmont — Service de presse"
    assert saved["color"] == "#8E44AD" and saved["name"] == DEFAULT
    assert w.current_release().letterhead.organization == saved["organization"]
    assert not w.isWindowModified()


def test_opening_keep_both_and_unchanged_drafts(manager, qtbot, tmp_path, monkeypatch) -> None:
    w = new_window(manager)
    store = profile_store(w.ctx)
    before = store.path_of(DEFAULT).read_bytes()
    path = drifted_draft(tmp_path, w.ctx)
    answer(monkeypatch, ProfileMismatchDialog, "ask", "keep")
    manager.open_path(path, parent=w, reuse=w)
    assert w.current_release().letterhead.color == "#8E44AD"
    assert store.path_of(DEFAULT).read_bytes() == before

    # A draft that matches its profile, or names no saved profile, asks nothing.
    asked = answer(monkeypatch, ProfileMismatchDialog, "ask", "keep")
    same = editor_release()
    same.letterhead = for_draft(store.get(DEFAULT))
    other = copy.deepcopy(same)
    other.letterhead.profile = "Somebody else's profile"
    for name, release in (("same.presskit", same), ("other.presskit", other)):
        draft.save(release, tmp_path / name, backup=False)
        w2 = manager.open_path(tmp_path / name)
        profiles_integration.install(w2)
        qtbot.wait(50)
    assert asked == []


def test_window_created_with_a_drifted_draft_is_checked(manager, qtbot, tmp_path, monkeypatch) -> None:
    path = drifted_draft(tmp_path, manager.ctx)
    asked = answer(monkeypatch, ProfileMismatchDialog, "ask", "keep")
    w = new_window(manager, EditorSession.open(path))
    qtbot.waitUntil(lambda: bool(asked), timeout=3000)
    assert asked[0][0] == DEFAULT and w.current_release().letterhead.color == "#8E44AD"


def test_mismatch_dialog_is_plain_text(qtbot, monkeypatch) -> None:
    seen: dict = {}

    def fake_exec(box) -> int:
        seen["format"] = box.textFormat()
        seen["text"] = box.text()
        seen["buttons"] = [b.text() for b in box.buttons()]
        return 0

    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert ProfileMismatchDialog.ask(None, "<i>Name</i>", ["color"]) == "keep"
    assert seen["format"] == Qt.TextFormat.PlainText and "<i>Name</i>" in seen["text"]
    assert "Update the release from the saved profile" in seen["buttons"]
    assert "Update the saved profile from the release" in seen["buttons"]
    assert "Keep both as they are" in seen["buttons"]


def test_pdf_bytes_are_a_real_pdf(dlg, qtbot) -> None:
    from pypdf import PdfReader

    wait_preview(qtbot, dlg, DEFAULT)
    reader = PdfReader(io.BytesIO(dlg.preview_pdf_bytes()))
    assert len(reader.pages) == dlg.preview.page_count() == 2


def test_contrast_warning_names_the_ratio_and_the_wcag_aa_minimum(dlg) -> None:
    # #767676 is the lightest grey reaching 4.5:1 on white (4.54:1); #777777 is just under (4.48:1).
    color = dlg.editor.color
    type_text(color.edit, "#777777")
    text = color.message.text()
    assert color.message.isVisible()
    assert "4.48:1" in text and "4.5:1" in text and "WCAG AA" in text
    assert "#767676" in text  # the grey the text is printed in
    type_text(color.edit, "#767676")
    assert not color.message.isVisible()
