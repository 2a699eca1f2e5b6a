"""A Markdown table survives typing in the rich body editor (real window): the kit's fact
sheet and a release body keep their table lines verbatim, and the kit PDF still prints
the table's rows as "**key** : value" lines, never pipes."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtPdfWidgets")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # editor_helpers

from editor_helpers import close_all, forbid_dialogs, normalized, pdf_text
from PySide6.QtGui import QTextCursor

from presskit.kit.container import load_kit
from presskit.kit.model import KitDocument
from presskit.session import EditorSession
from presskit_ui.context import AppContext
from presskit_ui.form.richtext import document_blocks, markdown_to_document
from presskit_ui.kit.feature import NAME, KitFeature
from presskit_ui.window.manager import WindowManager

EXAMPLES = Path(__file__).resolve().parents[3] / "examples"
KIT = "dossier-heliade-2.presskit-kit"
TABLE = ("| | |\n|---|---|\n| Masse au lancement | 1 140 kg |\n"
         "| Orbite | héliosynchrone, 790 km |")


@pytest.fixture
def manager(qtbot, monkeypatch):
    forbid_dialogs(monkeypatch)
    m = WindowManager(AppContext.create())
    yield m
    close_all(m, qtbot)


def table_lines(body: str) -> list[str]:
    return [line for line in body.split("\n") if line.startswith("|")]


def type_at_end(qtbot, editor, text: str) -> None:
    editor.setFocus()
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    qtbot.keyClicks(editor, text)


def test_typing_in_the_fact_sheet_keeps_its_table(manager, qtbot, tmp_path) -> None:
    path = tmp_path / KIT
    shutil.copyfile(EXAMPLES / KIT, path)
    original = next(d for d in load_kit(path).documents() if table_lines(d.body))
    w = manager.new_window(EditorSession.open(path), show=True)
    kit = w.findChild(KitFeature, NAME)
    assert kit is not None
    qtbot.waitUntil(lambda: kit.session is w.session, timeout=5000)
    row = next(i for i, item in enumerate(kit.editing.items)
               if isinstance(item, KitDocument) and item.title == original.title)
    kit.panel.select(row)
    editor = kit.panel.document_editor.body.editor
    qtbot.waitUntil(lambda: "Masse au lancement" in editor.toPlainText(), timeout=5000)
    type_at_end(qtbot, editor, "X")
    qtbot.waitUntil(lambda: kit.editing.items[row].body.endswith("européens.X"),  # type: ignore[union-attr]
                    timeout=5000)
    assert w.save()
    saved = next(d for d in load_kit(path).documents() if d.title == original.title)
    assert saved.body.endswith("européens.X")
    assert table_lines(saved.body) == table_lines(original.body) != []
    # Only the typed character differs (the body's last newline is not kept, as before).
    assert saved.body.replace("européens.X", "européens.") == original.body.rstrip("\n")
    pdf = tmp_path / "dossier.pdf"
    assert kit.exports.export("pdf", pdf)
    qtbot.waitUntil(lambda: pdf.exists() and not w.runner.is_busy("kit-export"), timeout=30000)
    text = normalized(pdf_text(pdf.read_bytes()))
    assert "Masse au lancement : 1 140 kg" in text and "européens.X" in text
    assert "|" not in text and "---" not in text


def test_typing_in_a_release_body_keeps_a_pasted_table(manager, qtbot, tmp_path) -> None:
    path = tmp_path / "communique-fr.presskit"
    data = json.loads((EXAMPLES / path.name).read_text(encoding="utf-8"))
    data["body"] = data["body"] + "\n\n" + TABLE
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    w = manager.new_window(EditorSession.open(path), show=True)
    editor = w.form.body_editor.editor
    qtbot.waitUntil(lambda: "Masse au lancement" in editor.toPlainText(), timeout=5000)
    editor.setFocus()
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    editor.setTextCursor(cursor)
    qtbot.keyClicks(editor, "Z")
    qtbot.waitUntil(lambda: w.current_release().body.startswith("Z"), timeout=5000)
    assert w.save()
    body = json.loads(path.read_text(encoding="utf-8"))["body"]
    assert body.endswith("\n\n" + TABLE) and "\\|" not in body
    assert body == "Z" + data["body"]


def test_editing_inside_the_table_edits_its_markdown(qtbot) -> None:
    doc = markdown_to_document("Texte.\n\n" + TABLE + "\n\nFin.")
    block = doc.findBlockByNumber(4)  # the table's last line
    assert block.text() == "| Orbite | héliosynchrone, 790 km |"
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    cursor.insertBlock()  # Enter at the end of a row: a new line of the same table
    cursor.insertText("| Budget | 212 M€ |")
    blocks = document_blocks(doc)
    assert [b.verbatim for b in blocks] == [False, True, False]
    assert blocks[1].text == TABLE + "\n| Budget | 212 M€ |"
    assert doc.findBlockByNumber(2).charFormat().fontFixedPitch()



def test_enter_adds_a_table_row_then_leaves_the_table(qtbot) -> None:
    from PySide6.QtCore import Qt

    from presskit_ui.form.body_editor import BodyEditor

    body = BodyEditor()
    qtbot.addWidget(body)
    body.set_markdown("Texte.\n\n" + TABLE)
    type_at_end(qtbot, body.editor, " ")  # a space after the last row's pipe
    qtbot.keyClick(body.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(body.editor, "| Budget | 212 MEUR |")
    qtbot.keyClick(body.editor, Qt.Key.Key_Return)
    qtbot.keyClick(body.editor, Qt.Key.Key_Return)  # on the empty last line: out of the table
    qtbot.keyClicks(body.editor, "Fin *ici*")
    assert body.markdown() == "Texte.\n\n" + TABLE + " \n| Budget | 212 MEUR |\n\nFin \\*ici\\*"
    assert not body.editor.textCursor().charFormat().fontFixedPitch()
