"""Paragraph fragments are built directly, never parsed from markup.

The reference below is the markup Presskit used to hand to reportlab's paragraph parser
(every run XML-escaped, <b>, <i>, <a>, <font> and <br/> tags). For any runs, the fragments
``FragmentBuilder.frags`` builds must set the same text in the same fonts, colours and links
as reportlab's parse of that markup, whitespace cleaning included.
"""

from __future__ import annotations

import unicodedata
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from presskit.doctree import Run
from presskit.renderers.fonts import bundled, default_finder
from presskit.renderers.pdf_text import FragmentBuilder, Marked
from presskit.renderers.rl import patches as rl_patches

LINK = "#12345A"
_ALWAYS_OK = {"\n", " ", "\t"}


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _quoteattr(value: str) -> str:
    return '"' + _escape(value).replace('"', "&quot;") + '"'


def _reference_body(text: str, cmap: frozenset[int]) -> str:
    """The markup of Presskit 0.1's MarkupBuilder._chars() for one run's text."""
    finder = default_finder()
    out: list[str] = []
    segment: list[str] = []
    seg_font: str | None = None

    def flush() -> None:
        if segment:
            chunk = _escape("".join(segment)).replace("\n", "<br/>")
            out.append(chunk if seg_font is None
                       else f"<font face={_quoteattr(seg_font)}>{chunk}</font>")
            segment.clear()

    for ch in text:
        if ch in _ALWAYS_OK or ord(ch) in cmap:
            font = None
        elif ch in "\u2028\u2029":
            ch, font = "\n", None
        elif unicodedata.category(ch) == "Cf":
            continue
        else:
            fb = finder.font_for(ch)
            if fb is None:
                flush()
                seg_font = None
                out.append(f'<font color="#8A8A8A">[U+{ord(ch):04X}]</font>')
                continue
            font = fb.name
        if font != seg_font and ch not in _ALWAYS_OK:
            flush()
            seg_font = font
        segment.append(ch)
    flush()
    return "".join(out)


def reference_markup(runs: list[Run], cmap: frozenset[int]) -> str:
    """The markup of Presskit 0.1's MarkupBuilder.runs() for *runs*."""
    parts = []
    for run in runs:
        body = _reference_body(run.text, cmap)
        if run.bold:
            body = f"<b>{body}</b>"
        if run.italic:
            body = f"<i>{body}</i>"
        if run.href:
            body = f"<a href={_quoteattr(run.href)} color={_quoteattr(LINK)}>{body}</a>"
        parts.append(body)
    return "".join(parts)


def _merged(frags: list[Any]) -> list[tuple[Any, ...]]:
    """(text, font, colour, links, line break) with neighbours of one look joined.

    A link's number only tells links of one paragraph apart (reportlab also counts an
    empty <a></a>), so numbers are compared by order of appearance."""
    out: list[list[Any]] = []
    numbers: dict[int, int] = {}
    for f in frags:
        links = [(numbers.setdefault(n, len(numbers)), url) for n, url in f.link]
        key = [f.fontName, f.textColor.hexval(), links, bool(getattr(f, "lineBreak", False))]
        if not f.text and not key[3]:
            continue
        if out and not key[3] and not out[-1][4] and out[-1][1:4] == key[:3]:
            out[-1][0] += f.text
        else:
            out.append([f.text, *key])
    return [tuple(x) for x in out]


@pytest.fixture(scope="module")
def setup() -> tuple[Any, Any, Any]:
    from reportlab.lib.colors import HexColor
    from reportlab.lib.styles import ParagraphStyle

    rl_patches.install()
    fonts = bundled()
    style = ParagraphStyle("T", fontName=fonts.regular, fontSize=10, leading=12,
                           textColor=HexColor("#222222"))
    bold_style = ParagraphStyle("TB", parent=style, fontName=fonts.bold)
    return fonts, style, bold_style


def _compare(runs: list[Run], setup: tuple[Any, Any, Any], *, bold_style: bool = False) -> None:
    P = rl_patches.paragraph_module()
    fonts, style, bstyle = setup
    use = bstyle if bold_style else style
    expected = P.Paragraph(reference_markup(runs, fonts.cmap), use).frags
    got = FragmentBuilder(fonts, default_finder(), LINK).frags(
        FragmentBuilder(fonts, default_finder(), LINK).runs(runs, "f"), use)
    assert _merged(got) == _merged(expected)


CASES = [
    [Run("plain text")],
    [Run("  leading,  doubled\tand trailing  ")],
    [Run("R&D <b>not bold</b> > 5% & <img src=x>", bold=True)],
    [Run("Harbor & Finch", bold=True), Run(" will "), Run("Tern", italic=True), Run(" fly.")],
    [Run("a "), Run(" b", bold=True), Run(" "), Run("c", italic=True, bold=True)],
    [Run("see "), Run("the site", href="https://example.org/a?b=1&c=\"2\""), Run(" and "),
     Run("mail", href=" mailto:x@example.org ", bold=True)],
    [Run("line one\nline two \n three\n")],
    [Run("Zofia Łukasiewicz, Νίκος, Дмитрий: « oui » dit\u00a0:\u202f!")],
    [Run("Cairo شكرا Tokyo 東京 \U000edba2 zero\u200bwidth \u2028next")],
]


@pytest.mark.parametrize("runs", CASES)
def test_fragments_match_the_parsed_markup(runs: list[Run], setup: tuple[Any, Any, Any]) -> None:
    _compare(runs, setup)
    _compare(runs, setup, bold_style=True)


_TEXT = st.text(alphabet=st.sampled_from([*"ab &<>\"';:!? \t\n", "\u00a0", "\u202f", "é", "Ł",
                                          "Ω", "ш", "ش", "東", "\U000edba2", "\u200b", "\u2028"]),
                max_size=12)
_RUN = st.builds(Run, _TEXT, st.booleans(), st.booleans(),
                 st.one_of(st.none(), st.sampled_from(["https://a.example/x?y=1&z=2", "mailto:q@x"])))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_RUN, max_size=5), st.booleans())
def test_any_runs_give_the_fragments_of_their_markup(runs: list[Run], bold_style: bool) -> None:
    from reportlab.lib.colors import HexColor
    from reportlab.lib.styles import ParagraphStyle

    rl_patches.install()
    fonts = bundled()
    style = ParagraphStyle("T", fontName=fonts.bold if bold_style else fonts.regular,
                           fontSize=10, leading=12, textColor=HexColor("#222222"))
    _compare(runs, (fonts, style, style))


def test_lines_are_joined_with_line_breaks(setup: tuple[Any, Any, Any]) -> None:
    fonts, style, _ = setup
    mk = FragmentBuilder(fonts, default_finder(), LINK)
    marked = Marked.lines([mk.text("Name", "n", bold=True), mk.text("Role", "r")])
    frags = mk.frags(marked, style)
    assert [(f.text, f.fontName, bool(getattr(f, "lineBreak", False))) for f in frags] == [
        ("Name", fonts.bold, False), ("", fonts.regular, True), ("Role", fonts.regular, False)]
    assert marked.plain() == "Name\nRole"


def test_a_stray_nul_never_poses_as_a_tag(setup: tuple[Any, Any, Any]) -> None:
    fonts, style, _ = setup
    mk = FragmentBuilder(fonts, default_finder(), LINK)
    frags = mk.frags(mk.runs([Run("a\x00b "), Run("bold", bold=True), Run(" c")], "f"), style)
    assert [(f.text, f.fontName) for f in frags] == [
        ("ab ", fonts.regular), ("bold", fonts.bold), (" c", fonts.regular)]


def test_body_links_become_link_annotations_and_unsafe_ones_do_not() -> None:
    import io

    from pypdf import PdfReader

    from presskit.compose import compose
    from presskit.model import Release
    from presskit.renderers.pdf import render_pdf

    body = ("See [the **data** portal](https://data.example.org/a?b=1&c=2) and "
            "[this](javascript:alert(1)) or [mail us](mailto:press@example.org).")
    data = render_pdf(compose(Release(language="en_US", title="T", body=body))).data
    page = PdfReader(io.BytesIO(data)).pages[0]
    uris = [a.get_object()["/A"]["/URI"] for a in page.get("/Annots") or []]
    # reportlab draws one annotation per stretch of one weight ("the ", "data", " portal").
    assert set(uris) == {"https://data.example.org/a?b=1&c=2", "mailto:press@example.org"}
    assert len(uris) == 4
    # CommonMark refuses the javascript: destination, so that one prints exactly as typed.
    assert ("See the data portal and [this](javascript:alert(1)) or mail us."
            in " ".join(page.extract_text().split()))
