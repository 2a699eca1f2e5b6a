"""Markdown the rich editor cannot represent survives an edit elsewhere byte for byte."""

from __future__ import annotations

import pytest

from presskit.markdown_text import Span, blocks_to_markdown, markdown_blocks

TABLE = "| | |\n|---|---|\n| Masse au lancement | 1 140 kg |\n| Orbite | 790 km |"
CONSTRUCTS = {
    "pipe table": TABLE,
    "table after text": "Key figures:\n| a | b |\n|---|:-:|\n| 1 | *2* |",
    "fenced code": "```python\nx = a*b  # [not] a_link\n\n    indented\n```",
    "tilde fence": "~~~\n<b>raw</b> & *stars*\n~~~",
    "indented code": "    $ presskit export a.presskit\n      --out b.pdf",
    "html block": "<div align=\"center\">\n<b>Embargo</b> *until*\n</div>",
    "html comment": "<!-- note for the editor:\n\nkeep this -->",
    "block quote": "> quoted *text*\n> - with a list\n>\n> > nested",
    "title heading": "# Héliade-2 en chiffres",
    "third-level heading": "### Détails #3",
    "setext heading": "Titre\n=====",
    "loose list": "- one\n\n- two\n\n  second paragraph",
    "list with code": "1. step\n\n       code in item",
    "footnote": "A claim.[^1]\n\n[^1]: The source, page 3.",
    "reference link": "See [the site][site].\n\n[site]: https://example.org \"Site\"",
}


def _edit_other_paragraph(markdown: str) -> str:
    """Load, type one character into the paragraph before, write back."""
    blocks = markdown_blocks("Before.\n\n" + markdown + "\n\nAfter.")
    assert blocks[0].text == "Before." and not blocks[0].verbatim
    blocks[0].spans.append(Span("!"))
    return blocks_to_markdown(blocks)


@pytest.mark.parametrize("name", sorted(CONSTRUCTS))
def test_construct_round_trips_through_an_edit_elsewhere(name: str) -> None:
    construct = CONSTRUCTS[name]
    assert _edit_other_paragraph(construct) == "Before.!\n\n" + construct + "\n\nAfter."


@pytest.mark.parametrize("name", sorted(CONSTRUCTS))
def test_construct_alone_round_trips(name: str) -> None:
    construct = CONSTRUCTS[name]
    assert blocks_to_markdown(markdown_blocks(construct)) == construct


def test_a_table_is_one_verbatim_block_never_an_escaped_paragraph() -> None:
    blocks = markdown_blocks("## Chiffres\n\n" + TABLE + "\n\nTexte.")
    assert [b.verbatim for b in blocks] == [False, True, False]
    assert blocks[1].text == TABLE
    assert "\\|" not in blocks_to_markdown(blocks)


def test_editing_inside_the_verbatim_block_edits_its_source() -> None:
    blocks = markdown_blocks(TABLE + "\n\nTexte.")
    source = blocks[0].text.replace("790 km", "800 km") + "\n| Budget | 212 M€ |"
    blocks[0].spans = [Span(source)]
    assert blocks_to_markdown(blocks) == source + "\n\nTexte."


def test_trailing_spaces_inside_code_are_kept() -> None:
    code = "```\nline with two spaces  \n\tand a tab\n```"
    assert _edit_other_paragraph(code) == "Before.!\n\n" + code + "\n\nAfter."


def test_representable_blocks_stay_editable() -> None:
    blocks = markdown_blocks("## Sub\n\nText **bold**.\n\n- one\n  - nested\n\n---")
    assert not any(b.verbatim for b in blocks)
    assert [b.text for b in blocks] == ["Sub", "Text bold.", "one", "nested", ""]


def test_an_emptied_verbatim_block_is_dropped() -> None:
    blocks = markdown_blocks("A.\n\n" + TABLE + "\n\nB.")
    blocks[1].spans = [Span("  ")]
    assert blocks_to_markdown(blocks) == "A.\n\nB."
