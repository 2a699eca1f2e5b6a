"""The press kit and preflight together, in a real window: a kit finding clicked in the
Preflight panel selects its item in the Kit dock and focuses the field (``items[2].alt``…,
through the window's field focusers), and Kit ▸ Export Kit goes through the export check
(errors of the whole kit ask "Export Anyway" / "Show Problems"; warnings alone do not)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtPdfWidgets")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # editor_helpers
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "presskit" / "kit"))  # factory

import factory
from editor_helpers import close_all, forbid_dialogs
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QFileDialog

from presskit.model import Contact, Letterhead, Release
from presskit.session import EditorSession
from presskit_ui.context import AppContext
from presskit_ui.kit.feature import NAME, KitFeature
from presskit_ui.preflight import PreflightFeature
from presskit_ui.preflight.export_check import ExportProblemsDialog
from presskit_ui.window.feature_hooks import FieldFocusers
from presskit_ui.window.manager import WindowManager


def clean_release() -> Release:
    import datetime as dt

    return Release(
        language="en_US", reference="PR-9", date=dt.date(2026, 3, 5), place="Toulouse",
        title="Orbital launches its first satellite", subtitle="The team celebrates",
        body="Orbital said on Monday that the satellite works.",
        boilerplate="Orbital builds small satellites.",
        contacts=[Contact(name="Bob Press", role="Press officer", phone="+33 5 61 00 00 00",
                          email="bob@example.org")],
        letterhead=Letterhead(organization="Orbital SAS"))


@pytest.fixture
def manager(qtbot, monkeypatch):
    forbid_dialogs(monkeypatch)
    m = WindowManager(AppContext.create())
    yield m
    close_all(m, qtbot)


@pytest.fixture
def photo_paths(tmp_path: Path) -> dict[str, Path]:
    credited = tmp_path / "credited.jpg"
    credited.write_bytes(factory.jpeg(factory.picture((320, 200)), iptc=factory.iptc_block(
        caption="The satellite in the clean room", credit="Orbital/A. Lee")))
    bare = tmp_path / "bare.jpg"
    bare.write_bytes(factory.jpeg(factory.picture((200, 300), hue=90)))
    return {"credited": credited, "bare": bare}


def kit_window(manager, qtbot, paths: list[Path]):
    w = manager.new_window(EditorSession(clean_release(), None), show=False)
    kit = w.findChild(KitFeature, NAME)
    preflight = w.findChild(QObject, "preflightFeature")
    assert isinstance(kit, KitFeature) and isinstance(preflight, PreflightFeature)
    qtbot.waitUntil(lambda: kit.session is w.session, timeout=3000)
    kit.add_paths(paths)
    qtbot.waitUntil(lambda: len(kit.editing.items) == len(paths), timeout=10000)
    return w, kit, preflight


def live_findings(qtbot, preflight: PreflightFeature, code: str):
    preflight.live.check_now()
    qtbot.waitUntil(lambda: preflight.live.latest is not None and any(
        f.code == code for f in preflight.live.latest.findings), timeout=30000)
    assert preflight.live.latest is not None
    return preflight.live.latest.findings


# -- 1. kit findings jump to their item --------------------------------------------------------
def test_clicking_a_kit_finding_selects_the_item_and_focuses_the_field(manager, qtbot,
                                                                         photo_paths) -> None:
    w, kit, preflight = kit_window(manager, qtbot,
                                   [photo_paths["credited"], photo_paths["bare"]])
    w.show()
    qtbot.waitExposed(w)
    findings = live_findings(qtbot, preflight, "credit")
    preflight.show_panel()
    qtbot.waitUntil(lambda: preflight.panel.list.count() >= 3, timeout=5000)
    rows = {preflight.panel._shown[i].field: i for i in range(preflight.panel.list.count())}
    assert {"items[1].credit", "items[0].alt", "items[1].alt"} <= set(rows), findings
    for field, widget_of in (("items[1].credit", lambda: kit.panel.photo_editor.credit),
                             ("items[0].alt", lambda: kit.panel.photo_editor.alt)):
        item = preflight.panel.list.item(rows[field])
        preflight.panel.list.itemClicked.emit(item)
        qtbot.waitUntil(lambda wid=widget_of: QApplication.focusWidget() is wid(), timeout=3000)
        assert kit.panel.current_index() == int(field[6])
        assert not kit.dock.isHidden()
    # The focused fields show the item clicked: the second photo has no credit, the first its own.
    assert kit.panel.photo_editor.credit.value() == "Orbital/A. Lee"
    assert not w.focus_field("items[7].alt")  # no such item: nothing claims focus
    assert w.focus_field("title") and QApplication.focusWidget() is w.field_widget("title")


def test_field_focusers_by_prefix() -> None:
    seen: list[str] = []
    hooks = FieldFocusers()
    hooks.add("items[", lambda f: seen.append(f) or True)
    hooks.add("items[0].x", lambda f: False)
    assert hooks.focus("title") is None  # the form's
    assert hooks.focus("items[3].alt") is True and seen == ["items[3].alt"]
    assert hooks.focus("items[0].x") is False  # the longest prefix wins
    with pytest.raises(ValueError):
        hooks.add("", lambda f: True)


# -- 2. kit exports go through the export check ------------------------------------------------
def save_dialog(monkeypatch, target: Path | None) -> list[tuple]:
    asked: list[tuple] = []

    def reply(*args: object, **kw: object) -> tuple[str, str]:
        asked.append(args)
        return (str(target) if target else "", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(reply))
    return asked


def test_kit_errors_ask_and_show_problems_jumps_to_the_item(manager, qtbot, monkeypatch,
                                                           photo_paths) -> None:
    w, kit, preflight = kit_window(manager, qtbot, [photo_paths["credited"], photo_paths["bare"]])
    w.show()
    qtbot.waitExposed(w)
    asked_where = save_dialog(monkeypatch, None)
    questions: list[tuple[list, object]] = []
    monkeypatch.setattr(ExportProblemsDialog, "ask", classmethod(
        lambda _c, _p, errors, kit=None: questions.append((errors, kit)) or False))
    assert kit.exports.ask_and_export("pdf") is False
    assert len(questions) == 1
    errors, checked_kit = questions[0]
    # The release alone is clean: the error is the kit's (a photo without a credit).
    assert [(f.code, f.field) for f in errors] == [("credit", "items[1].credit")]
    assert checked_kit is not None and len(checked_kit.items) == 2
    assert asked_where == []  # "Show Problems": no file dialog, nothing exported
    assert not preflight.panel.isHidden()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is kit.panel.photo_editor.credit,
                    timeout=3000)
    assert kit.panel.current_index() == 1


def test_export_anyway_exports_the_kit(manager, qtbot, monkeypatch, photo_paths,
                                       tmp_path) -> None:
    from editor_helpers import pdf_text

    w, kit, _preflight = kit_window(manager, qtbot, [photo_paths["bare"]])
    target = tmp_path / "kit.pdf"
    asked_where = save_dialog(monkeypatch, target)
    monkeypatch.setattr(ExportProblemsDialog, "ask",
                        classmethod(lambda _c, _p, errors, kit=None: True))
    assert kit.exports.ask_and_export("pdf")
    qtbot.waitUntil(lambda: target.exists() and not w.runner.is_busy("kit-export"),
                    timeout=30000)
    assert len(asked_where) == 1
    assert "Orbital launches its first satellite" in pdf_text(target.read_bytes())


def test_kit_warnings_alone_do_not_block(manager, qtbot, monkeypatch, photo_paths,
                                         tmp_path) -> None:
    w, kit, preflight = kit_window(manager, qtbot, [photo_paths["credited"]])
    monkeypatch.setattr(ExportProblemsDialog, "ask", classmethod(
        lambda *_a, **_k: pytest.fail("no errors: the export must not ask")))
    target = tmp_path / "kit.zip"
    save_dialog(monkeypatch, target)
    assert kit.exports.ask_and_export("zip")
    qtbot.waitUntil(lambda: target.exists() and not w.runner.is_busy("kit-export"),
                    timeout=30000)
    # The check did run on the kit: its warnings (no alt text, a small photo) are listed.
    codes = {f.code for f in preflight.panel.findings}
    assert {"alt-text", "resolution"} <= codes and not any(f.is_error for f in preflight.panel.findings)


def test_the_kit_dialog_says_press_kit(qapp) -> None:
    from presskit.preflight.findings import Finding
    from presskit_ui.preflight.export_check import error_summary

    one = [Finding(code="credit", field="items[0].credit", severity="error", message="m")]
    assert error_summary(one, kit=True) == "This press kit still has an error."
    assert error_summary(one * 2, kit=True) == "This press kit still has 2 errors."
    assert error_summary(one) == "This release still has an error."
