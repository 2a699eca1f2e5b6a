"""The body's Markdown rules without Qt: blocks <-> Markdown, escaping, pasted-block cleaning."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from presskit.markdown_text import (
    LINE_BREAK,
    ListRef,
    Span,
    TextBlock,
    blocks_to_markdown,
    clean_blocks,
    escape_text,
    markdown_blocks,
    merge_spans,
)

NBSP, NNBSP = "\u00a0", "\u202f"


def roundtrip(markdown: str) -> str:
    return blocks_to_markdown(markdown_blocks(markdown))


def typed(text: str) -> str:
    """Text typed as one plain paragraph -> Markdown -> the text CommonMark reads back."""
    md = blocks_to_markdown([TextBlock(spans=[Span(text)])])
    return "".join(s.text for b in markdown_blocks(md) for s in b.spans)


def test_the_module_needs_no_qt() -> None:
    code = ("import sys, presskit.markdown_text; "
            "sys.exit(any(m.startswith('PySide6') for m in sys.modules))")
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


@pytest.mark.parametrize("name", ["communique-fr.presskit", "release-en.presskit"])
def test_example_bodies_round_trip_exactly(examples_dir, name: str) -> None:
    body = json.loads((examples_dir / name).read_text(encoding="utf-8"))["body"]
    assert roundtrip(body) == body


@pytest.mark.parametrize("markdown", [
    "Plain **bold** and *italic* and ***both***.",
    "A [link](https://example.org/page) and <https://example.org> and <press@example.org>.",
    "## A subheading\n\nText under it.",
    "- one\n- two\n  - nested *a*\n  - nested b\n- three",
    "1. first\n2. second\n   1. inner\n   2. inner two\n3. third",
    "7. starts at seven\n8. eight",
    "- a bullet\n\n1. then numbers",
    "line one\\\nline two",
    "> a quote",
])
def test_markdown_features_round_trip(markdown: str) -> None:
    assert roundtrip(markdown) == markdown


def test_blocks_carry_headings_formats_links_and_lists() -> None:
    blocks = markdown_blocks("## Sub\n\nA **b** *i* [l](https://x.example)\n\n- one\n  - two\n\n3. n")
    assert blocks[0].heading == 2 and blocks[0].text == "Sub"
    assert [(s.text, s.bold, s.italic, s.href) for s in blocks[1].spans] == [
        ("A ", False, False, None), ("b", True, False, None), (" ", False, False, None),
        ("i", False, True, None), (" ", False, False, None), ("l", False, False, "https://x.example")]
    assert [len(b.lists) for b in blocks[2:]] == [1, 2, 1]
    assert blocks[2].lists[0] == blocks[3].lists[0]  # the nested item is inside the same list
    assert blocks[4].lists[0].ordered and blocks[4].number == 3
    assert not blocks[2].lists[0].ordered


def test_a_line_break_inside_a_paragraph_is_a_hard_break() -> None:
    assert markdown_blocks("line one\\\nline two")[0].text == "line one\nline two"
    # The editor's own line break (Shift+Enter, U+2028) is written the same way.
    for text in ("a\nb", f"a{LINE_BREAK}b"):
        assert blocks_to_markdown([TextBlock(spans=[Span(text)])]) == "a\\\nb"


@pytest.mark.parametrize("text", [
    "*not bold* and _not italic_ and __no__",
    "[not a link](https://x.example) ![no image](x.png)",
    "# not a heading",
    "1. not a list",
    "2026) neither",
    "- not a bullet",
    "> not a quote",
    "`not code`",
    "<b>raw html</b> <https://not.autolink>",
    "back\\slash \\* and trailing \\",
    "&amp; stays &amp; and &copy; and & alone",
    "snake_case_name and _leading",
    "=== not setext",
    "~~~ not a fence",
    "Il a déclaré\u00a0: «\u00a0Nous y sommes\u202f!\u00a0»",
])
def test_typed_markdown_specials_stay_literal(text: str) -> None:
    assert typed(text) == text


def test_escaping_is_minimal_for_ordinary_text() -> None:
    assert escape_text("Harbor & Finch, 3,400 kg: 18 %!") == "Harbor & Finch, 3,400 kg: 18 %!"
    assert escape_text("# x", line_start=True) == "\\# x"
    assert escape_text("# x", line_start=False) == "# x"
    assert escape_text("2026. x", line_start=True) == "2026\\. x"


def test_raw_html_stays_literal_text() -> None:
    blocks = markdown_blocks("<b>not bold</b> <script>x</script>")
    assert blocks[0].text == "<b>not bold</b> <script>x</script>"
    assert not any(s.bold for s in blocks[0].spans)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab1 .#*_[]()<>`\\&;!-+=~|:«»é\u00a0\u202f")),
               min_size=1, max_size=30))
def test_any_typed_text_comes_back(text: str) -> None:
    assert typed(text) == text.strip(" ")


def test_nbsp_and_narrow_nbsp_survive_where_markdown_would_strip_them() -> None:
    para = f"{NBSP}Il a déclaré{NBSP}: «{NBSP}Nous y sommes{NNBSP}!{NBSP}»{NNBSP}"
    md = blocks_to_markdown([TextBlock(spans=[Span(para)])])
    assert markdown_blocks(md)[0].text == para


def test_merge_spans_joins_neighbours_of_the_same_format() -> None:
    spans = [Span("a"), Span("b"), Span("c", bold=True), Span("d", bold=True), Span("e")]
    assert [(s.text, s.bold) for s in merge_spans(spans)] == [("ab", False), ("cd", True),
                                                              ("e", False)]


def test_clean_blocks_keeps_formats_and_safe_links_and_rebuilds_word_lists() -> None:
    blocks = [
        TextBlock(spans=[Span("Title", bold=True)], heading=9),
        TextBlock(spans=[Span("   ")]),
        TextBlock(spans=[Span("·\u00a0\u00a0first", italic=True)]),
        TextBlock(spans=[Span("·\u00a0\u00a0second")]),
        TextBlock(spans=[Span("3.\u00a0\u00a0third"), Span(" link", href="javascript:alert(1)")]),
        TextBlock(spans=[Span("safe", href="https://example.org")]),
    ]
    out = clean_blocks(blocks)
    assert [b.text for b in out] == ["Title", "first", "second", "third link", "safe"]
    assert out[0].heading == 6 and not out[0].spans[0].bold  # no bold inside a heading
    assert out[1].lists == out[2].lists and not out[1].lists[0].ordered
    assert out[1].spans[0].italic
    assert out[3].lists[0] == ListRef(out[3].lists[0].key, True, 3) and out[3].number == 3
    assert out[3].lists[0].key != out[1].lists[0].key
    assert all(s.href is None for s in out[3].spans)  # an unsafe link is dropped
    assert out[4].spans[0].href == "https://example.org" and not out[4].lists


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab 1.)#>-+=~|\\`*[]<_&;x\u00a0é")), max_size=24),
       st.booleans(), st.text(max_size=2), st.text(max_size=2))
def test_escaping_fast_path_is_the_character_loop(text: str, line_start: bool, before: str,
                                                  after: str) -> None:
    from presskit.markdown_text import _escape_each, escape_text

    assert escape_text(text, line_start, before, after) == \
        _escape_each(text, line_start, before, after)
