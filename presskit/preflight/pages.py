"""How many pages a release runs to: the PDF renderer's count, or a cheap estimate.

Rendering the letterhead PDF gives the exact count but costs 30–35 ms for two pages once
the fonts are loaded (``benchmarks/bench_preflight.py`` prints it; 65–75 ms the first time),
the whole 30 ms a check may take after every pause in typing: ``presskit check`` and export ask
for it (``Options.exact_length``), the live panel uses the estimate. The estimate counts lines the way the PDF sets them: the
body's characters over a line's width at the body size, plus the fixed blocks (letterhead,
headline, quotes, about, contacts), against the lines one page holds.
"""

from __future__ import annotations

import math

from presskit.model import Release

# Calibrated against the PDF renderer on A4 with the default margins: on the three bundled
# examples, paragraphs added one by one start page 2 at 44-48 estimated lines, page 3 at
# 98-101, page 4 at 152.
CHARS_PER_LINE = 95
LINES_PER_PAGE = 53
FIRST_PAGE_LINES = 43  # the letterhead, release line and dateline take the top of page 1
_HEADLINE_CHARS_PER_LINE = 48


def _lines(text: str, per_line: int) -> int:
    return sum(max(1, math.ceil(len(p) / per_line)) for p in text.split("\n") if p.strip())


def estimated_lines(release: Release) -> int:
    """Lines of body-size text the release fills (headline and blank lines counted as such)."""
    n = _lines(release.title, _HEADLINE_CHARS_PER_LINE) * 2
    n += _lines(release.subtitle, 80)
    paragraphs = [p for p in release.body.split("\n\n") if p.strip()]
    n += sum(_lines(p, CHARS_PER_LINE) + 1 for p in paragraphs)
    for q in release.quotes:
        n += _lines(q.text, CHARS_PER_LINE - 10) + 2
    if release.boilerplate.strip():
        n += _lines(release.boilerplate, CHARS_PER_LINE) + 3
    if release.contacts:
        n += 3 + 2 * len(release.contacts)
    return n + 2  # end mark


# Paper in millimetres (the PDF renderer's PAPER_SIZES, in points there).
_PAPER_MM = {"a4": (210.0, 297.0), "letter": (215.9, 279.4)}
_A4_TEXT_MM = (170.0, 257.0)  # A4 less the default 20 mm margins, what the figures above fit


def _text_area(release: Release) -> tuple[float, float]:
    """(width, height) ratios of the release's text area to A4 with the default margins."""
    width, height = _PAPER_MM.get(release.effective_paper(), _PAPER_MM["a4"])
    m = release.letterhead.margins
    if m is not None:
        width -= m.left + m.right
        height -= m.top + m.bottom
    else:
        width, height = width - 40, height - 40
    return max(0.3, width / _A4_TEXT_MM[0]), max(0.3, height / _A4_TEXT_MM[1])


def estimated_pages(release: Release) -> int:
    wide, tall = _text_area(release)
    lines = estimated_lines(release) / wide
    first, per_page = FIRST_PAGE_LINES * tall - (1 - tall) * 10, LINES_PER_PAGE * tall
    if lines <= first:
        return 1
    return 1 + math.ceil((lines - first) / per_page)


def rendered_pages(release: Release, home_country: str | None = None) -> int:
    """The page count of the letterhead PDF, rendered in memory."""
    from presskit.compose import compose
    from presskit.renderers.pdf import render_pdf

    return int(render_pdf(compose(release, home_country=home_country)).pages)
