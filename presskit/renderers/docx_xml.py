"""Raw WordprocessingML for what python-docx lacks: runs with character styles,
hyperlinks, fields, list numbering, borders and shading.

Every string written here goes through :class:`Sanitizer` first, so nothing
XML cannot hold ever reaches lxml (which would raise ``ValueError``).
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote

from presskit.textclean import strip_invalid

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
RT_HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
_W = f"{{{W_NS}}}"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_SPLIT = re.compile(r"(\t|\n)")

BULLETS = ("•", "–")  # alternate by level, as in the PDF
INDENT_STEP = 320  # twips per list level (16 pt, the PDF's list indent)
HANGING = 240  # twips between the bullet and the text (12 pt)


def w(tag: str) -> str:
    """Clark name of a w: tag."""
    return _W + tag


def el(tag: str, attrs: dict[str, str] | None = None, *children: Any) -> Any:
    """A new w: element (python-docx's oxml class when it has one)."""
    from docx.oxml import OxmlElement

    e = OxmlElement("w:" + tag)
    for k, v in (attrs or {}).items():
        e.set(w(k) if ":" not in k and not k.startswith("{") else k, v)
    for c in children:
        e.append(c)
    return e


class Sanitizer:
    """Removes characters XML cannot hold; counts what it removed (for one warning)."""

    def __init__(self) -> None:
        self.removed = 0

    def __call__(self, text: str | None) -> str:
        if not text:
            return ""
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        clean = strip_invalid(text)
        if len(clean) != len(text):
            self.removed += len(text) - len(clean)
        return clean


# -- runs ------------------------------------------------------------------------------------
def run(text: str, style: str | None = None, *, bold: bool = False, italic: bool = False) -> Any:
    """A ``w:r`` with an optional character style; tabs and newlines become w:tab / w:br."""
    r = el("r")
    if style or bold or italic:
        rpr = el("rPr")
        if style:
            rpr.append(el("rStyle", {"val": style}))
        if bold:
            rpr.append(el("b"))
            rpr.append(el("bCs"))
        if italic:
            rpr.append(el("i"))
            rpr.append(el("iCs"))
        r.append(rpr)
    for piece in _SPLIT.split(text):
        if not piece:
            continue
        if piece == "\t":
            r.append(el("tab"))
        elif piece == "\n":
            r.append(el("br"))
        else:
            t = el("t")
            t.text = piece
            if piece[0].isspace() or piece[-1].isspace():
                t.set(_XML_SPACE, "preserve")
            r.append(t)
    return r


_STRAY_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")


def safe_target(url: str) -> str:
    """A hyperlink target Word accepts: a valid URI, with no spaces, raw non-ASCII or
    stray "%" (Word reports a file with an invalid link target as damaged)."""
    url = _STRAY_PERCENT.sub("%25", strip_invalid(url).strip())
    return quote(url, safe="!#$%&'()*+,-./:;=?@[]_~")


def hyperlink(r_id: str, runs: list[Any]) -> Any:
    link = el("hyperlink", {f"{{{R_NS}}}id": r_id, "history": "1"})
    for r in runs:
        link.append(r)
    return link


# -- fields ----------------------------------------------------------------------------------
def _fld_char(kind: str) -> Any:
    return el("r", None, el("fldChar", {"fldCharType": kind}))


def _instr(text: str) -> Any:
    t = el("instrText")
    t.text = text
    t.set(_XML_SPACE, "preserve")
    return el("r", None, t)


def field(instruction: str, cached: str) -> list[Any]:
    """A complex field (``PAGE``, ``NUMPAGES``…) as a list of runs, with a cached result."""
    return [_fld_char("begin"), _instr(f" {instruction} "), _fld_char("separate"),
            run(cached), _fld_char("end")]


def _hidden(r: Any) -> Any:
    rpr = r.find(w("rPr"))
    if rpr is None:
        rpr = el("rPr")
        r.insert(0, rpr)
    put(rpr, el("vanish"))
    return r


def more_mark_field(mark: str) -> list[Any]:
    """``{ IF { PAGE } < { NUMPAGES } "mark" "" }``: the mark on every page but the last.

    Word evaluates it on layout. LibreOffice cannot evaluate IF and would print the
    nested PAGE and NUMPAGES results instead ("12"), so those are hidden (hidden text
    in a field's instruction does not affect Word's result), and the cached result is
    empty: a reader that cannot evaluate IF shows nothing rather than a wrong mark.
    """
    quoted = mark.replace('"', "'")
    nested = [_hidden(r) for r in field("PAGE", "1")]
    nested_total = [_hidden(r) for r in field("NUMPAGES", "1")]
    return [
        _fld_char("begin"), _instr(" IF "), *nested, _instr(" < "), *nested_total,
        _instr(f' "{quoted}" "" '), _fld_char("separate"), _fld_char("end"),
    ]


# -- properties in schema order --------------------------------------------------------------
PPR_SEQ = ("pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl",
           "numPr", "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens",
           "kinsoku", "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN",
           "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing",
           "mirrorIndents", "suppressOverlap", "jc", "textDirection", "textAlignment",
           "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange")
RPR_SEQ = ("rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike",
           "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish",
           "webHidden", "color", "spacing", "w", "kern", "position", "sz", "szCs", "highlight",
           "u", "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang",
           "eastAsianLayout", "specVanish", "oMath")
_SEQ = {w("pPr"): PPR_SEQ, w("rPr"): RPR_SEQ}


def put(parent: Any, child: Any) -> Any:
    """Set *child* in a w:pPr or w:rPr, replacing one of its kind, in schema order."""
    seq = _SEQ[parent.tag]
    name = child.tag[len(_W):]
    old = parent.find(child.tag)
    if old is not None:
        old.addprevious(child)
        parent.remove(old)
        return child
    later = set(seq[seq.index(name) + 1:])
    for sibling in parent:
        if sibling.tag.startswith(_W) and sibling.tag[len(_W):] in later:
            sibling.addprevious(child)
            return child
    parent.append(child)
    return child



_WP_DOCPR = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"
_PIC_CNVPR = "{http://schemas.openxmlformats.org/drawingml/2006/picture}cNvPr"


def set_alt_text(run_element: Any, alt: str) -> None:
    """Alt text on every picture in *run_element*: ``wp:docPr descr`` (what Word's Alt Text
    pane and screen readers read) and the picture's own ``pic:cNvPr descr``. python-docx
    has no API for it."""
    for e in run_element.iter(_WP_DOCPR, _PIC_CNVPR):
        e.set("descr", alt)

# -- paragraph properties --------------------------------------------------------------------
def border(side: str, color: str, eighths: int, space: int = 1) -> Any:
    return el(side, {"val": "single", "sz": str(eighths), "space": str(space),
                     "color": color.lstrip("#").upper()})


def pbdr(*sides: Any) -> Any:
    return el("pBdr", None, *sides)


def shading(fill: str) -> Any:
    return el("shd", {"val": "clear", "color": "auto", "fill": fill.lstrip("#").upper()})


def num_pr(num_id: int, level: int) -> Any:
    return el("numPr", None, el("ilvl", {"val": str(level)}), el("numId", {"val": str(num_id)}))


# -- numbering -------------------------------------------------------------------------------
class Numbering:
    """Adds our bullet and decimal lists to the numbering part and hands out w:num ids.

    One abstractNum holds bullets for all nine levels, one decimals; every ordered
    (sub)list gets a w:num of its own with a startOverride, so it restarts at its
    first number in Word and LibreOffice alike.
    """

    def __init__(self, numbering_element: Any, font: str):
        self.root = numbering_element
        self.font = font
        abstract_ids = [int(a.get(w("abstractNumId"))) for a in self.root.findall(w("abstractNum"))]
        num_ids = [int(n.get(w("numId"))) for n in self.root.findall(w("num"))]
        self._next_abstract = max(abstract_ids, default=-1) + 1
        self._next_num = max(num_ids, default=0) + 1
        self._bullet_abstract: int | None = None
        self._decimal_abstract: int | None = None
        self._bullet_num: int | None = None

    def _add_abstract(self, ordered: bool) -> int:
        aid = self._next_abstract
        self._next_abstract += 1
        a = el("abstractNum", {"abstractNumId": str(aid)},
               el("nsid", {"val": f"{0x5052_4B00 + aid:08X}"}),
               el("multiLevelType", {"val": "multilevel" if ordered else "hybridMultilevel"}))
        for lvl in range(9):
            left = INDENT_STEP * (lvl + 1)
            ppr = el("pPr", None, el("tabs", None, el("tab", {"val": "num", "pos": str(left)})),
                     el("ind", {"left": str(left), "hanging": str(HANGING)}))
            if ordered:
                parts = [el("start", {"val": "1"}), el("numFmt", {"val": "decimal"}),
                         el("lvlText", {"val": f"%{lvl + 1}."}), el("lvlJc", {"val": "left"}), ppr]
            else:
                fonts = el("rFonts", {"ascii": self.font, "hAnsi": self.font, "cs": self.font,
                                      "hint": "default"})
                parts = [el("start", {"val": "1"}), el("numFmt", {"val": "bullet"}),
                         el("lvlText", {"val": BULLETS[lvl % 2]}), el("lvlJc", {"val": "left"}),
                         ppr, el("rPr", None, fonts)]
            a.append(el("lvl", {"ilvl": str(lvl)}, *parts))
        # Schema order: every abstractNum before the first num.
        first_num = self.root.find(w("num"))
        if first_num is not None:
            first_num.addprevious(a)
        else:
            self.root.append(a)
        return aid

    def _add_num(self, abstract_id: int, level: int | None = None, start: int | None = None) -> int:
        nid = self._next_num
        self._next_num += 1
        num = el("num", {"numId": str(nid)}, el("abstractNumId", {"val": str(abstract_id)}))
        if level is not None and start is not None:
            num.append(el("lvlOverride", {"ilvl": str(level)},
                          el("startOverride", {"val": str(start)})))
        self.root.append(num)
        return nid

    def bullets(self) -> int:
        """The one w:num all bullet items share (bullets have no counter to restart)."""
        if self._bullet_num is None:
            if self._bullet_abstract is None:
                self._bullet_abstract = self._add_abstract(ordered=False)
            self._bullet_num = self._add_num(self._bullet_abstract)
        return self._bullet_num

    def ordered(self, level: int, start: int) -> int:
        """A fresh w:num for one ordered (sub)list, restarting at *start*."""
        if self._decimal_abstract is None:
            self._decimal_abstract = self._add_abstract(ordered=True)
        return self._add_num(self._decimal_abstract, level, max(0, start))
