"""The DOCX's named styles, document defaults, theme fonts and font table.

Sizes, leading, colours and spacing are those of the PDF renderer
(``presskit.renderers.pdf._Styles``), so both files are the same release. Each
style is based on a Word built-in (Title, Heading 2, Body Text, List Paragraph,
Quote…), and the fonts come from the theme, so a recipient restyles the whole
release from Design > Fonts or by changing a handful of styles.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from typing import Any

from presskit.renderers.docx_xml import HANGING, INDENT_STEP, border, el, pbdr, put, shading, w
from presskit.renderers.pdf import EMBARGO_FILL, EMBARGO_RED, GREY, INK, LIGHT_RULE

# Noto Sans and Noto Serif share their vertical metrics: ascender 1069, descender
# 293 per 1000 units, so Word's "single" line is 1.362 em.
NATURAL_LINE = 1.362
FALLBACK = {"Noto Sans": "Arial", "Noto Serif": "Times New Roman"}
PANOSE = {"Noto Sans": "020B0502040504020204", "Noto Serif": "02020502060505020204"}
FAMILY_CLASS = {"Noto Sans": "swiss", "Noto Serif": "roman"}
# Scripts the Noto Sans/Serif families do not cover: the font Word should ask for.
_EAST_ASIAN = {"ja": "JP", "zh": "SC", "ko": "KR"}
_RTL = {"ar", "fa", "ur", "he", "yi", "ps", "sd", "ug", "dv"}
_CS_FONT = {"ar": "Arabic", "fa": "Arabic", "ur": "Arabic", "ps": "Arabic", "sd": "Arabic",
            "ug": "Arabic", "he": "Hebrew", "yi": "Hebrew", "hi": "Devanagari",
            "mr": "Devanagari", "ne": "Devanagari", "bn": "Bengali", "ta": "Tamil",
            "te": "Telugu", "th": "Thai", "dv": "Thaana"}

BODY_SIZE = 10.5


@dataclass(frozen=True)
class ParaStyle:
    name: str
    base: str
    size: float | None = None
    leading: float | None = None  # the PDF's leading in points
    bold: bool | None = None
    italic: bool | None = None
    color: str | None = None  # "#RRGGBB", or "text"/"accent" for the letterhead colours
    before: float | None = None
    after: float | None = None
    align: str | None = None  # "left" | "center" | "right"
    keep_next: bool | None = None  # None: as the base style
    keep_lines: bool | None = None
    builtin: bool = False  # a Word built-in we restyle rather than add
    outline: int | None = None  # outline level (0-based) for headings
    next_style: str | None = None


# Order matters: a style's base is defined before it.
PARAGRAPH_STYLES: tuple[ParaStyle, ...] = (
    ParaStyle("Normal", "", size=BODY_SIZE, color=INK, after=0, builtin=True),
    ParaStyle("Body Text", "Normal", leading=15.2, after=7.5, builtin=True),
    ParaStyle("Heading 2", "Normal", size=11.5, leading=15, bold=True, color="text", before=8,
              after=4, keep_next=True, keep_lines=True, builtin=True, outline=1,
              next_style="Body"),
    ParaStyle("Title", "Normal", size=19.5, leading=24, bold=True, color=INK, before=12, after=6,
              keep_next=True, builtin=True, next_style="Subtitle"),
    ParaStyle("Subtitle", "Normal", size=12.5, leading=17, color="#3C4043", after=12,
              keep_next=True, builtin=True, next_style="Body"),
    ParaStyle("List Paragraph", "Normal", leading=15.2, after=3.5, builtin=True),
    ParaStyle("List", "List Paragraph", builtin=True),
    ParaStyle("Quote", "Normal", size=11, leading=15.8, italic=True, color=INK, before=6,
              after=0, keep_next=True, keep_lines=True, builtin=True, next_style="Attribution"),
    ParaStyle("Header", "Normal", size=8, color=GREY, after=0, builtin=True),
    ParaStyle("Footer", "Normal", size=7, color=GREY, after=0, builtin=True),
    ParaStyle("Running head", "Header", after=0),
    ParaStyle("Kind label", "Normal", size=11, leading=14, bold=True, color="text", after=2,
              keep_next=True, next_style="Release line"),
    ParaStyle("Release line", "Normal", size=8.5, leading=11, bold=True, color=GREY, after=8,
              keep_next=True, next_style="Meta"),
    ParaStyle("Embargo", "Release line", size=11, leading=14.5, color=EMBARGO_RED, before=6,
              after=12, keep_next=True),
    ParaStyle("Meta", "Normal", size=9.5, leading=12.5, color=GREY, after=0, keep_next=True,
              next_style="Title"),
    ParaStyle("Body", "Body Text", next_style="Body"),
    ParaStyle("Intertitle", "Heading 2", next_style="Body"),
    ParaStyle("Attribution", "Quote", size=9.5, leading=12.5, bold=True, italic=False,
              color=GREY, before=0, after=10, keep_next=False, next_style="Body"),
    ParaStyle("Section heading", "Heading 2", size=10.5, leading=14, before=14, after=5,
              next_style="Body"),
    ParaStyle("Boilerplate", "Body", size=9.2, leading=13, color="#333333", after=5,
              next_style="Boilerplate"),
    ParaStyle("Contact", "Normal", size=9.2, leading=12.6, after=0, next_style="Contact"),
    ParaStyle("Contact name", "Contact", bold=True, keep_next=True, next_style="Contact"),
    ParaStyle("End mark", "Normal", size=10, leading=15.2, bold=True, color=INK, before=16,
              align="center"),
    ParaStyle("Letterhead", "Header", size=8.2, leading=10.8, color=GREY, align="right"),
    ParaStyle("Letterhead name", "Letterhead", size=12.5, leading=15, bold=True, color="text"),
    ParaStyle("Letterhead rule", "Header", size=2, leading=2.7, before=9, after=8.5),
    ParaStyle("More mark", "Footer", size=8.5, bold=True, color=INK, align="center", after=3),
)
PARAGRAPH_STYLE_NAMES = tuple(s.name for s in PARAGRAPH_STYLES)


def line_twips(size: float, leading: float) -> int:
    """w:line for a "multiple" line spacing that gives *leading* points at *size*."""
    return max(180, round(240 * leading / (NATURAL_LINE * size)))


class StyleSheet:
    """Defines the styles on a python-docx Document and maps names to style ids."""

    def __init__(self, document: Any, *, text_color: str, accent: str, content_width: int,
                 rtl: bool = False):
        self.document = document
        self.rtl = rtl  # right-to-left paragraphs: indents are logical, borders physical
        self.text_color = text_color
        self.accent = accent
        self.content_width = content_width  # twips
        self.ids: dict[str, str] = {}
        self._sizes: dict[str, float] = {}

    def colour(self, value: str) -> str:
        if value == "text":
            value = self.text_color
        elif value == "accent":
            value = self.accent
        return value.lstrip("#").upper()

    def build(self) -> None:
        from docx.enum.style import WD_STYLE_TYPE

        styles = self.document.styles
        for spec in PARAGRAPH_STYLES:
            if spec.builtin:
                style = styles[spec.name]
                elem = style.element
                for child in list(elem):
                    if child.tag in (w("pPr"), w("rPr"), w("rsid"), w("next")):
                        elem.remove(child)
            else:
                style = styles.add_style(spec.name, WD_STYLE_TYPE.PARAGRAPH)
                style.quick_style = True
            if spec.base:
                style.base_style = styles[spec.base]
            self.ids[spec.name] = style.style_id
            self._apply(style, spec)
        for spec in PARAGRAPH_STYLES:
            if spec.next_style:
                styles[spec.name].next_paragraph_style = styles[spec.next_style]
        self._extras(styles)
        self._character_styles(styles)
        self._sync_linked()
        for style in styles.element.findall(w("style")):
            for tag in ("pPr", "rPr"):
                child = style.find(w(tag))
                if child is not None and len(child) == 0 and not child.attrib:
                    style.remove(child)

    def _apply(self, style: Any, spec: ParaStyle) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Pt, RGBColor

        size = spec.size if spec.size is not None else self._sizes.get(spec.base, BODY_SIZE)
        self._sizes[spec.name] = size
        font = style.font
        if spec.size is not None:
            font.size = Pt(spec.size)
        if spec.bold is not None:
            font.bold = spec.bold
        if spec.italic is not None:
            font.italic = spec.italic
        if spec.color is not None:
            font.color.rgb = RGBColor.from_string(self.colour(spec.color))
        rpr = style.element.get_or_add_rPr()
        if spec.bold is not None:
            put(rpr, el("bCs", None if spec.bold else {"val": "0"}))
        if spec.italic is not None:
            put(rpr, el("iCs", None if spec.italic else {"val": "0"}))
        if spec.size is not None:
            put(rpr, el("szCs", {"val": str(round(spec.size * 2))}))
        pf = style.paragraph_format
        if spec.before is not None:
            pf.space_before = Pt(spec.before)
        if spec.after is not None:
            pf.space_after = Pt(spec.after)
        if spec.leading is not None:
            spacing = style.element.get_or_add_pPr().get_or_add_spacing()
            spacing.set(w("line"), str(line_twips(size, spec.leading)))
            spacing.set(w("lineRule"), "auto")
        if spec.align:
            pf.alignment = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
                            "right": WD_ALIGN_PARAGRAPH.RIGHT}[spec.align]
        if spec.keep_next is not None:
            pf.keep_with_next = spec.keep_next
        if spec.keep_lines is not None:
            pf.keep_together = spec.keep_lines
        if spec.outline is not None:
            put(style.element.get_or_add_pPr(), el("outlineLvl", {"val": str(spec.outline)}))

    def _extras(self, styles: Any) -> None:
        """What python-docx has no API for: borders and shading; plus indents and tabs."""
        from docx.enum.text import WD_TAB_ALIGNMENT
        from docx.shared import Twips

        def ppr(name: str) -> Any:
            return styles[name].element.get_or_add_pPr()

        # Embargo: the PDF's red box with a pale fill, impossible to miss.
        red = EMBARGO_RED
        put(ppr("Embargo"), pbdr(border("top", red, 11, 5), border("left", red, 11, 7),
                                 border("bottom", red, 11, 6), border("right", red, 11, 7)))
        put(ppr("Embargo"), shading(EMBARGO_FILL))
        embargo = styles["Embargo"].paragraph_format
        embargo.left_indent = embargo.right_indent = Twips(180)
        # Quote: the accent bar on the left, continued along the attribution. The 1-twip
        # right indent keeps consecutive quotes from merging into one bar.
        for name, right in (("Quote", 0), ("Attribution", 1)):
            side = "right" if self.rtl else "left"  # the bar on the side the text starts
            put(ppr(name), pbdr(border(side, self.accent, 21, 9)))
            pf = styles[name].paragraph_format
            pf.left_indent = Twips(240)
            pf.right_indent = Twips(right)
        # Lists: the numbering levels set the indents; this is for an unnumbered "List".
        lp = styles["List Paragraph"].paragraph_format
        lp.left_indent = Twips(INDENT_STEP)
        lp.first_line_indent = Twips(-HANGING)
        # Date left, reference right, on one line.
        cw = self.content_width
        styles["Meta"].paragraph_format.tab_stops.add_tab_stop(Twips(cw), WD_TAB_ALIGNMENT.RIGHT)
        for name in ("Header", "Footer"):
            stops = styles[name].paragraph_format.tab_stops
            stops.add_tab_stop(Twips(cw // 2), WD_TAB_ALIGNMENT.CENTER)
            stops.add_tab_stop(Twips(cw), WD_TAB_ALIGNMENT.RIGHT)
        # The rules under the letterhead (accent) and under the slim header (light grey).
        put(ppr("Running head"), pbdr(border("bottom", LIGHT_RULE, 5, 4)))
        put(ppr("Letterhead rule"), pbdr(border("bottom", self.accent, 10, 0)))
        styles["Normal"].paragraph_format.widow_control = True

    def _character_styles(self, styles: Any) -> None:
        from docx.enum.style import WD_STYLE_TYPE
        from docx.shared import RGBColor

        names = {s.name for s in styles}
        for name, bold, italic in (("Strong", True, None), ("Emphasis", None, True)):
            style = styles[name] if name in names else styles.add_style(name, WD_STYLE_TYPE.CHARACTER)
            elem = style.element
            for child in list(elem):
                if child.tag in (w("rPr"), w("rsid")):
                    elem.remove(child)
            style.font.bold = bold
            style.font.italic = italic
            rpr = elem.get_or_add_rPr()
            put(rpr, el("bCs" if bold else "iCs"))
            self.ids[name] = style.style_id
        if "Hyperlink" in names:
            link = styles["Hyperlink"]
        else:
            link = styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
            link.base_style = styles["Default Paragraph Font"]
            link.priority = 99
            link.unhide_when_used = True
        link.font.color.rgb = RGBColor.from_string(self.colour("text"))
        self.ids["Hyperlink"] = link.style_id

    def _sync_linked(self) -> None:
        """Give the linked character styles (Title Char…) their paragraph style's look."""
        root = self.document.styles.element
        by_id = {s.get(w("styleId")): s for s in root.findall(w("style"))}
        for spec in PARAGRAPH_STYLES:
            if not spec.builtin:
                continue
            para = by_id.get(self.ids[spec.name])
            link = para.find(w("link")) if para is not None else None
            char = by_id.get(link.get(w("val"))) if link is not None else None
            if para is None or char is None:
                continue
            old = char.find(w("rPr"))
            if old is not None:
                char.remove(old)
            rpr = para.find(w("rPr"))
            if rpr is not None:
                char.append(copy.deepcopy(rpr))


def language_fonts(language: str, family: str) -> dict[str, str]:
    """w:rFonts for the release: our family, and a Noto font for the scripts it lacks."""
    lang = language.split("-")[0].lower()
    serif = family == "Noto Serif"
    east = f"Noto {'Serif' if serif else 'Sans'} CJK {_EAST_ASIAN[lang]}" \
        if lang in _EAST_ASIAN else family
    cs = f"Noto {'Naskh' if _CS_FONT.get(lang) == 'Arabic' and serif else 'Sans'} " \
         f"{_CS_FONT[lang]}" if lang in _CS_FONT else family
    return {"ascii": family, "hAnsi": family, "eastAsia": east, "cs": cs}


def is_rtl(language: str) -> bool:
    return language.split("-")[0].lower() in _RTL


def set_doc_defaults(styles_element: Any, language: str, family: str) -> None:
    """docDefaults: our fonts (the theme's, with explicit names as a fallback) and language."""
    defaults = styles_element.find(w("docDefaults"))
    if defaults is None:
        defaults = el("docDefaults")
        styles_element.insert(0, defaults)
    for child in list(defaults):
        defaults.remove(child)
    fonts = language_fonts(language, family)
    rfonts = el("rFonts", {**fonts, "asciiTheme": "minorHAnsi", "hAnsiTheme": "minorHAnsi"})
    bidi = language if is_rtl(language) else "ar-SA"
    rpr = el("rPr", None, rfonts, el("sz", {"val": str(int(BODY_SIZE * 2))}),
             el("szCs", {"val": str(int(BODY_SIZE * 2))}),
             el("lang", {"val": language, "eastAsia": language, "bidi": bidi}))
    ppr_children = [el("spacing", {"after": "0", "line": "240", "lineRule": "auto"})]
    if is_rtl(language):
        ppr_children.insert(0, el("bidi"))
    defaults.append(el("rPrDefault", None, rpr))
    defaults.append(el("pPrDefault", None, el("pPr", None, *ppr_children)))


_MAJOR = re.compile(rb"(<a:majorFont>\s*<a:latin typeface=\")[^\"]*(\"[^>]*/>)")
_MINOR = re.compile(rb"(<a:minorFont>\s*<a:latin typeface=\")[^\"]*(\"[^>]*/>)")


def theme_with_fonts(blob: bytes, family: str) -> bytes:
    """The theme part with its heading and body (major/minor) latin fonts set to *family*."""
    name = family.encode()
    panose = PANOSE.get(family, "").encode()
    repl = rb"\g<1>" + name + b'" panose="' + panose + b'"/>'
    blob = _MAJOR.sub(repl, blob)
    blob = _MINOR.sub(repl, blob)
    blob = blob.replace(b'<a:fontScheme name="Office">', b'<a:fontScheme name="Presskit">')
    return blob


def font_table_xml(families: list[str]) -> bytes:
    """A fontTable naming only our families, with their class and panose for substitution."""
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<w:fonts xmlns:w="{w("")[1:-1]}">']
    seen: set[str] = set()
    for fam in families:
        if fam in seen:
            continue
        seen.add(fam)
        base = "Noto Serif" if fam.startswith("Noto Serif") else "Noto Sans"
        alt = FALLBACK[base]
        panose = PANOSE[base] if fam in PANOSE else "00000000000000000000"
        out.append(
            f'<w:font w:name="{fam}"><w:altName w:val="{alt}"/>'
            f'<w:panose1 w:val="{panose}"/><w:charset w:val="00"/>'
            f'<w:family w:val="{FAMILY_CLASS[base]}"/><w:pitch w:val="variable"/></w:font>')
    out.append("</w:fonts>")
    return "".join(out).encode("utf-8")
