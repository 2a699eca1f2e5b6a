"""The DOCX's named styles, document defaults, theme fonts and font table.

Sizes, leading, colours, spacing and font roles come from the house style the PDF
renderer also reads (``presskit.renderers.house_style``), so both files are the same
release. Each
style is based on a Word built-in (Title, Heading 2, Body Text, List Paragraph,
Quote…), and the fonts come from the theme, so a recipient restyles the whole
release from Design > Fonts or by changing a handful of styles.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, replace
from typing import Any

from presskit.renderers.docx_xml import HANGING, INDENT_STEP, border, el, pbdr, put, shading, w
from presskit.renderers.house_style import (
    EMBARGO_FILL,
    EMBARGO_RED,
    HOUSE,
    LIGHT_RULE,
    TEXT,
    HouseStyle,
    TextStyle,
)

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

BODY_SIZE = HOUSE.body.size


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


def _house(name: str, base: str, spec: TextStyle, **options: Any) -> ParaStyle:
    """A paragraph style with the house style *spec*'s look; *options* add Word's own
    settings (keep with next, outline level…) or set a value apart from the PDF's."""
    fields: dict[str, Any] = {
        "size": spec.size, "leading": spec.leading, "bold": spec.bold, "italic": spec.italic,
        "color": spec.color, "before": spec.before, "after": spec.after,
        "align": None if spec.align == "left" else spec.align}
    fields.update(options)
    return ParaStyle(name, base, **fields)


# What Word assumes where no style says otherwise.
_WORD_DEFAULTS: dict[str, Any] = {"bold": False, "italic": False, "before": 0, "align": None}
_INHERITED = ("size", "leading", "bold", "italic", "color", "before", "after", "align")


def _minimal(styles: tuple[ParaStyle, ...]) -> tuple[ParaStyle, ...]:
    """Each style with only what differs from the style it is based on (as Word shows it
    in the Modify Style dialog: "Based on: Body Text, + 9 pt")."""
    effective: dict[str, dict[str, Any]] = {}
    out = []
    for spec in styles:
        inherited = dict(effective[spec.base] if spec.base else _WORD_DEFAULTS)
        own = {k: getattr(spec, k) for k in _INHERITED if getattr(spec, k) is not None}
        changed = {k: v for k, v in own.items() if k not in inherited or inherited[k] != v}
        if "size" in changed and "leading" in own:
            changed["leading"] = own["leading"]  # Word's line spacing is relative to the size
        effective[spec.name] = {**inherited, **own}
        cleared: dict[str, Any] = {k: changed.get(k) for k in _INHERITED}
        out.append(replace(spec, **cleared))
    return tuple(out)


def paragraph_styles(house: HouseStyle) -> tuple[ParaStyle, ...]:
    """The DOCX's paragraph styles, with the look of *house*."""
    h = house
    # Order matters: a style's base is defined before it. Values apart from the house style:
    # - Quote and Attribution: the PDF sets the quote in a box 6 pt below what precedes it and
    #   10 pt above what follows (quote_space), with 3 pt between quote and attribution
    #   inside it; Word has no box, so the space is on the paragraphs and the accent bar runs
    #   down both without a gap.
    # - Embargo: the PDF's banner has a spacer and padding around it; Word's bordered
    #   paragraph takes the same room as space before and after.
    # - Letterhead name: the PDF sets its baseline 1.1 x its size below the top and the next
    #   line 1.32 x that line's size below it; a 15 pt line puts Word's lines in the same places.
    # - End mark: nothing follows it, so no space after.
    return _minimal((
        ParaStyle("Normal", "", size=h.body.size, color=h.body.color, after=0, builtin=True),
        _house("Body Text", "Normal", h.body, builtin=True),
        _house("Heading 2", "Normal", h.intertitle, keep_next=True, keep_lines=True,
               builtin=True, outline=1, next_style="Body"),
        _house("Title", "Normal", h.title, keep_next=True, builtin=True, outline=0,
               next_style="Subtitle"),
        _house("Subtitle", "Normal", h.subtitle, keep_next=True, builtin=True,
               next_style="Body"),
        _house("List Paragraph", "Normal", h.list, builtin=True),
        ParaStyle("List", "List Paragraph", builtin=True),
        _house("Quote", "Normal", h.quote, before=h.quote_space[0], after=0, keep_next=True,
               keep_lines=True, builtin=True, next_style="Attribution"),
        _house("Header", "Normal", h.running_head, leading=None, builtin=True),
        _house("Footer", "Normal", h.footer, leading=None, before=0, after=0, align=None,
               builtin=True),
        ParaStyle("Running head", "Header", after=0),
        _house("Kind label", "Normal", h.kind, keep_next=True, next_style="Release line"),
        _house("Release line", "Normal", h.release, keep_next=True, next_style="Meta"),
        _house("Embargo", "Release line", h.embargo, before=6, after=12, keep_next=True),
        _house("Meta", "Normal", h.meta, keep_next=True, next_style="Title"),
        ParaStyle("Body", "Body Text", next_style="Body"),
        ParaStyle("Intertitle", "Heading 2", next_style="Body"),
        _house("Attribution", "Quote", h.attribution, before=0, after=h.quote_space[1],
               keep_next=False, next_style="Body"),
        _house("Section heading", "Heading 2", h.section, next_style="Body"),
        _house("Boilerplate", "Body", h.boilerplate, next_style="Boilerplate"),
        _house("Contact", "Normal", h.contact, next_style="Contact"),
        ParaStyle("Contact name", "Contact", bold=True, keep_next=True, next_style="Contact"),
        _house("End mark", "Normal", h.end, after=None),
        _house("Letterhead", "Header", h.letterhead),
        _house("Letterhead name", "Letterhead", h.letterhead_name, leading=15),
        ParaStyle("Letterhead rule", "Header", size=2, leading=2.7, before=9, after=8.5),
        _house("More mark", "Footer", h.more_mark, leading=None, after=3),
    ))


PARAGRAPH_STYLES = paragraph_styles(HOUSE)
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
        if value == TEXT:
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
