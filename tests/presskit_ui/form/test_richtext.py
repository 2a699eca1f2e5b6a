"""The body's Markdown <-> QTextDocument conversion, escaping, NBSP survival and paste cleaning."""

from __future__ import annotations

import json
import re
import time

import pytest

pytest.importorskip("PySide6")

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QMimeData
from PySide6.QtGui import QImage, QTextDocument, QTextFormat, QTextListFormat

from presskit.markdown_body import body_blocks
from presskit.markdown_text import (
    Span,
    TextBlock,
    blocks_to_markdown,
    escape_text,
    markdown_blocks,
)
from presskit_ui.form.body_editor import BodyEditor, RichTextEdit
from presskit_ui.form.richtext import (
    document_blocks,
    document_to_markdown,
    fill_document,
    html_to_blocks,
    markdown_to_document,
)

NBSP, NNBSP = "\u00a0", "\u202f"


@pytest.fixture
def editor(qtbot) -> RichTextEdit:
    edit = RichTextEdit()
    qtbot.addWidget(edit)
    return edit


def roundtrip(markdown: str) -> str:
    return document_to_markdown(markdown_to_document(markdown))


def fragments(doc: QTextDocument) -> list[tuple[str, QTextFormat]]:
    out = []
    block = doc.firstBlock()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            out.append((frag.text(), frag.charFormat()))
            it += 1
        block = block.next()
    return out


def typed(text: str) -> str:
    """Text typed as one plain paragraph -> Markdown -> what CommonMark reads back."""
    doc = QTextDocument()
    fill_document(doc, [TextBlock(spans=[Span(text)])])
    md = document_to_markdown(doc)
    back = document_blocks(markdown_to_document(md))
    return "".join(s.text for b in back for s in b.spans)


# -- the examples and the basic features -------------------------------------------------------
@pytest.mark.parametrize("name", ["communique-fr.presskit", "release-en.presskit"])
def test_example_bodies_round_trip_exactly(qapp, examples_dir, name: str) -> None:
    body = json.loads((examples_dir / name).read_text(encoding="utf-8"))["body"]
    assert roundtrip(body) == body


@pytest.mark.parametrize("markdown", [
    "Plain **bold** and *italic* and ***both***.",
    "A [link](https://example.org/page) and <https://example.org> and <press@example.org>.",
    "## A subheading\n\nText under it.",
    "# Level one\n\n### Level three",
    "- one\n- two\n  - nested *a*\n  - nested b\n- three",
    "1. first\n2. second\n   1. inner\n   2. inner two\n3. third",
    "7. starts at seven\n8. eight",
    "- a bullet\n\n1. then numbers",
    "- list one\n\n* list two",
    "line one\\\nline two",
    "**bold**_italic right after_",
    "> a quote",
])
def test_markdown_features_round_trip(qapp, markdown: str) -> None:
    assert roundtrip(markdown) == markdown


def test_document_formats_for_bold_italic_links_headings_lists(qapp) -> None:
    doc = markdown_to_document("## Sub\n\nA **b** *i* [l](https://x.example)\n\n- one\n  - two\n\n1. n")
    blocks = document_blocks(doc)
    assert blocks[0].heading == 2
    spans = blocks[1].spans
    assert [(s.text, s.bold, s.italic, s.href) for s in spans] == [
        ("A ", False, False, None), ("b", True, False, None), (" ", False, False, None),
        ("i", False, True, None), (" ", False, False, None), ("l", False, False, "https://x.example")]
    assert [len(b.lists) for b in blocks[2:]] == [1, 2, 1]
    lst = doc.findBlockByNumber(4).textList()
    assert lst.format().style() == QTextListFormat.Style.ListDecimal
    assert doc.findBlockByNumber(3).textList().format().indent() == 2


# -- escaping: what the user typed comes back literally ----------------------------------------
@pytest.mark.parametrize("text", [
    "*not bold* and _not italic_ and __no__",
    "[not a link](https://x.example) ![no image](x.png)",
    "# not a heading",
    "1. not a list",
    "2026) neither",
    "- not a bullet",
    "+ nor this",
    "> not a quote",
    "`not code`",
    "<b>raw html</b> <https://not.autolink>",
    "back\\slash \\* and trailing \\",
    "&amp; stays &amp; and &copy; and & alone",
    "snake_case_name and _leading",
    "=== not setext",
    "--- not a rule",
    "~~~ not a fence",
    "C# ends with #",
    "Il a déclaré\u00a0: «\u00a0Nous y sommes\u202f!\u00a0»",
])
def test_typed_markdown_specials_stay_literal(qapp, text: str) -> None:
    assert typed(text) == text


def test_escaping_is_minimal_for_ordinary_text() -> None:
    assert escape_text("Harbor & Finch, 3,400 kg: 18 %!") == "Harbor & Finch, 3,400 kg: 18 %!"
    assert escape_text("# x", line_start=True) == "\\# x"
    assert escape_text("# x", line_start=False) == "# x"
    assert escape_text("2026. x", line_start=True) == "2026\\. x"


def test_raw_html_in_the_body_stays_literal_text(qapp) -> None:
    doc = markdown_to_document("<b>not bold</b> <script>x</script>")
    blocks = document_blocks(doc)
    assert blocks[0].text == "<b>not bold</b> <script>x</script>"
    assert not any(s.bold for s in blocks[0].spans)


def test_heading_typed_in_the_editor_stays_a_heading(qapp) -> None:
    blocks = [TextBlock(spans=[Span("Ends with #")], heading=2), TextBlock(spans=[Span("x")])]
    assert markdown_blocks(blocks_to_markdown(blocks))[0].text == "Ends with #"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.sampled_from(list("ab1 .#*_[]()<>`\\&;!-+=~|:«»é\u00a0\u202f")),
               min_size=1, max_size=30))
def test_any_typed_text_comes_back(qapp, text: str) -> None:
    expected = text.strip(" ")
    assert typed(text) == expected


# -- non-breaking spaces ------------------------------------------------------------------------
def test_nbsp_and_narrow_nbsp_survive_the_round_trip(qapp) -> None:
    para = f"{NBSP}Il a déclaré{NBSP}: «{NBSP}Nous y sommes{NNBSP}!{NBSP}»{NNBSP}"
    blocks = [TextBlock(spans=[Span(para)]),
              TextBlock(spans=[Span(f"12{NBSP}%"), Span(f"{NNBSP}gras", bold=True)]),
              TextBlock(spans=[Span(f"item{NNBSP};")], lists=(markdown_blocks("- x")[0].lists[0],))]
    doc = QTextDocument()
    fill_document(doc, blocks)
    md = document_to_markdown(doc)
    back = markdown_to_document(md)
    texts = [t for t, _f in fragments(back)]
    assert "".join(texts) == "".join(t for t, _f in fragments(doc))
    assert NBSP in "".join(texts) and NNBSP in "".join(texts)


def test_why_fragments_are_walked_toPlainText_loses_nbsp(qapp) -> None:
    doc = QTextDocument()
    doc.setPlainText(f"a{NBSP}b")
    assert doc.toPlainText() == "a b"  # what we must not rely on
    assert document_to_markdown(doc) == f"a{NBSP}b"


def test_body_editor_keeps_nbsp_typed_in_the_widget(qtbot) -> None:
    body = BodyEditor()
    qtbot.addWidget(body)
    body.editor.insertPlainText(f"Nous y sommes{NNBSP}! Le{NBSP}5")
    assert body.markdown() == f"Nous y sommes{NNBSP}! Le{NBSP}5"
    assert body_blocks(body.markdown())[0].runs[0].text == f"Nous y sommes{NNBSP}! Le{NBSP}5"


# -- paste ----------------------------------------------------------------------------------------
WORD_HTML = """<html><body>
<p class=MsoNormal style='font-family:"Calibri";font-size:14pt;color:#C00000;background:yellow'>
<span style='font-size:20.0pt;color:red'>Le satellite </span><b><span style='color:#1F3A5F'>Héliade</span></b>
<i style='font-family:Comic Sans MS'>transmet</i> <a href="https://iov.example/x" style="color:green">ses images</a>
<a href="javascript:alert(1)">piège</a></p>
<h2 style="color:purple;font-size:30px">Une coopération</h2>
<ul><li style="color:blue">un</li><li><font color=red size=7>deux</font></li></ul>
<p class=MsoListParagraph>·&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; puce Word</p>
<img src="file:///etc/passwd"><table><tr><td style="background:red">cellule</td></tr></table>
</body></html>"""

FORBIDDEN = (QTextFormat.Property.ForegroundBrush, QTextFormat.Property.BackgroundBrush,
             QTextFormat.Property.FontPointSize, QTextFormat.Property.FontPixelSize,
             QTextFormat.Property.FontFamilies, QTextFormat.Property.FontFamily,
             QTextFormat.Property.FontStyleHint)


def test_paste_from_word_keeps_bold_italic_links_lists_drops_fonts_colours_sizes(editor) -> None:
    mime = QMimeData()
    mime.setHtml(WORD_HTML)
    mime.setText("fallback")
    assert editor.canInsertFromMimeData(mime)
    editor.insertFromMimeData(mime)
    doc = editor.document()
    for text, fmt in fragments(doc):
        for prop in FORBIDDEN:
            assert not fmt.hasProperty(prop), (text, prop)
    block = doc.firstBlock()
    while block.isValid():
        assert not block.blockFormat().hasProperty(QTextFormat.Property.BackgroundBrush)
        block = block.next()
    md = document_to_markdown(doc)
    assert "**Héliade**" in md
    assert "*transmet*" in md
    assert "[ses images](https://iov.example/x)" in md
    assert "javascript" not in md and "piège" in md
    assert "## Une coopération" in md
    assert "- un\n- deux" in md
    assert re.search(r"^[-*] puce Word$", md, re.M)  # a Word bullet paragraph is a list item
    assert "cellule" in md
    assert "passwd" not in md


def test_plain_text_paste_stays_plain(editor) -> None:
    mime = QMimeData()
    mime.setText("**not bold** <b>nor this</b>\nsecond line")
    editor.insertFromMimeData(mime)
    md = document_to_markdown(editor.document())
    assert md == "\\*\\*not bold\\*\\* \\<b>nor this\\</b>\n\nsecond line"
    assert not any(fmt.fontWeight() > 400 for _t, fmt in fragments(editor.document()))


def test_images_alone_are_not_pasted(editor) -> None:
    mime = QMimeData()
    mime.setImageData(QImage(4, 4, QImage.Format.Format_RGB32))
    assert not editor.canInsertFromMimeData(mime)


def test_html_to_blocks_keeps_only_safe_links(qapp) -> None:
    blocks = html_to_blocks('<a href="file:///etc/x">f</a> <a href="mailto:a@b.example">m</a>')
    hrefs = [s.href for b in blocks for s in b.spans if s.href]
    assert hrefs == ["mailto:a@b.example"]


# -- speed ------------------------------------------------------------------------------------------
def test_fifty_page_body_converts_fast_and_is_cached(qtbot) -> None:
    para = ("Northwind Orbital Laboratory today announced that **Harbor & Finch** will build "
            "the *pressurized* cargo modules, see [details](https://x.example). ") * 3
    body = "\n\n".join([para, "## Heading", "- one\n- two\n  - three"] * 200)  # ~50 pages
    editor = BodyEditor()
    qtbot.addWidget(editor)
    editor.set_markdown(body)
    editor.editor.textCursor().insertText("x")
    start = time.perf_counter()
    first = editor.markdown()
    convert = time.perf_counter() - start
    start = time.perf_counter()
    second = editor.markdown()
    cached = time.perf_counter() - start
    assert first is second
    assert convert < 2.0
    assert cached < 0.001
