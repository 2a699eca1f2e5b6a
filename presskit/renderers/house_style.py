"""The house style: one table of type sizes, leading, spacing, colours and font roles.

The PDF (``pdf._Styles`` and the page furniture in ``pdf_page``) and the DOCX
(``docx_styles``) both read it, so the two files are the same release; the HTML takes its
colours. Sizes, leading and spacing are in points. A colour is ``#RRGGBB``, or ``TEXT``
for the letterhead's accent darkened for text on white (``presskit.color.text_color``).
``tests/presskit/renderers/test_house_style.py`` reads sizes and colours back from a PDF
and a DOCX of the same release and checks both against this table.
"""

from __future__ import annotations

from dataclasses import dataclass

INK = "#1A1A1A"  # body text: 17.4:1 on white
GREY = "#5F6368"  # secondary text (dates, release line, attribution, furniture): 6.0:1
SUBTITLE_GREY = "#3C4043"  # 10.5:1
BOILERPLATE_GREY = "#333333"  # 12.6:1
LIGHT_RULE = "#C9CDD2"  # the rule under the slim header (a rule, never text)
EMBARGO_RED = "#A4161A"  # the embargo banner's text and box: 7.7:1
EMBARGO_FILL = "#FCEDEE"  # its fill
TEXT = "text"  # the letterhead's accent colour, darkened for text when it must be

# Every colour text is printed in, for the contrast checks (WCAG AA, 4.5:1 on white).
TEXT_COLORS = (INK, GREY, SUBTITLE_GREY, BOILERPLATE_GREY, EMBARGO_RED)

LETTERHEAD_LEADING = 1.32  # the letterhead's lines, as a multiple of their size


@dataclass(frozen=True)
class TextStyle:
    size: float
    leading: float
    font: str = "regular"  # the role in the family: regular, bold, italic, bold_italic
    color: str = INK
    before: float = 0.0
    after: float = 0.0
    align: str = "left"  # left, center, right

    @property
    def bold(self) -> bool:
        return self.font in ("bold", "bold_italic")

    @property
    def italic(self) -> bool:
        return self.font in ("italic", "bold_italic")


@dataclass(frozen=True)
class HouseStyle:
    """The release's text styles, by role."""

    body: TextStyle = TextStyle(10.5, 15.2, after=7.5)
    kind: TextStyle = TextStyle(11, 14, "bold", TEXT, after=2)
    release: TextStyle = TextStyle(8.5, 11, "bold", GREY, after=8)
    embargo: TextStyle = TextStyle(11, 14.5, "bold", EMBARGO_RED)
    meta: TextStyle = TextStyle(9.5, 12.5, color=GREY)
    title: TextStyle = TextStyle(19.5, 24, "bold", INK, before=12, after=6)
    subtitle: TextStyle = TextStyle(12.5, 17, color=SUBTITLE_GREY, after=12)
    intertitle: TextStyle = TextStyle(11.5, 15, "bold", TEXT, before=8, after=4)
    list: TextStyle = TextStyle(10.5, 15.2, after=3.5)
    quote: TextStyle = TextStyle(11, 15.8, "italic", after=3)
    attribution: TextStyle = TextStyle(9.5, 12.5, "bold", GREY)
    section: TextStyle = TextStyle(10.5, 14, "bold", TEXT, before=14, after=5)
    boilerplate: TextStyle = TextStyle(9.2, 13, color=BOILERPLATE_GREY, after=5)
    contact: TextStyle = TextStyle(9.2, 12.6)
    end: TextStyle = TextStyle(10, 15.2, "bold", INK, before=16, after=7.5, align="center")
    # The page furniture: the letterhead's lines, the running head of later pages, the
    # legal footer (printed in the flow, after the text, when too long for the page foot),
    # the page number of page 1 and the "-more-" mark. The running head, page number and
    # mark are drawn at fixed places on the page: their leading is only that of a line.
    letterhead_name: TextStyle = TextStyle(12.5, 12.5 * LETTERHEAD_LEADING, "bold", TEXT,
                                           align="right")
    letterhead: TextStyle = TextStyle(8.2, 8.2 * LETTERHEAD_LEADING, color=GREY, align="right")
    running_head: TextStyle = TextStyle(8, 10.4, color=GREY)
    footer: TextStyle = TextStyle(7, 9.1, color=GREY, before=14, after=7.5, align="center")
    page_number: TextStyle = TextStyle(7, 9.1, color=GREY, align="right")
    more_mark: TextStyle = TextStyle(8.5, 11, "bold", INK, align="center")
    # Space above and below a quote block (the quote and its attribution beside the
    # accent rule).
    quote_space: tuple[float, float] = (6, 10)


HOUSE = HouseStyle()
