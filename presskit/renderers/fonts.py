"""Fonts for the PDF: the bundled Noto families, and per-character fallback.

Characters the bundled fonts lack (CJK, Arabic, Hebrew, Indic…) fall back to
an installed system font that has them, found through fontconfig. Only
TrueType-outline fonts can be embedded by reportlab; others are skipped.
Characters no font can print are reported, never silently dropped.
"""

from __future__ import annotations

import functools
import re
import shutil
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from presskit.resources import font_path

FAMILIES = {
    "Noto Sans": "NotoSans",
    "Noto Serif": "NotoSerif",
}
STYLES = ("Regular", "Bold", "Italic", "BoldItalic")

# Scripts that need shaping (joining, reordering) by HarfBuzz.
_SHAPED_RANGES = (
    (0x0590, 0x08FF),  # Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Arabic ext.
    (0x0900, 0x0DFF),  # Indic
    (0x0E00, 0x0EFF),  # Thai, Lao
    (0x1000, 0x109F),  # Myanmar
    (0xFB1D, 0xFDFF),  # Hebrew/Arabic presentation forms
    (0xFE70, 0xFEFF),
)


_SHAPED = re.compile("[" + "".join(f"\\U{lo:08x}-\\U{hi:08x}" for lo, hi in _SHAPED_RANGES) + "]")


def needs_shaping(text: str) -> bool:
    return _SHAPED.search(text) is not None


def is_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


def load_ttfont(name: str, path: str) -> Any:
    """``reportlab.pdfbase.ttfonts.TTFont(name, path)``, its parsed metrics kept on disk.

    reportlab reads a TrueType file's tables in pure Python (about 6 ms for each Noto
    style, far more for a CJK fallback). The parsed face is cached (``presskit.diskcache``)
    keyed by the file's size and modification time and reportlab's version; the file's
    bytes are read again each time, as reportlab needs them to build the embedded subset
    (``presskit.renderers.rl.fonts`` rebuilds the font).
    """
    from reportlab import Version
    from reportlab.pdfbase.ttfonts import TTFont

    from presskit import diskcache
    from presskit.renderers.rl import fonts as rl_fonts

    try:
        key = f"{diskcache.file_key(path)}|reportlab {Version}"
    except OSError:
        return TTFont(name, path)  # let reportlab report the problem
    state = diskcache.load("fonts", key)
    if isinstance(state, dict):
        try:
            with open(path, "rb") as fh:
                data = fh.read()
        except OSError:
            return TTFont(name, path)
        return rl_fonts.ttfont(name, state, data)
    font = TTFont(name, path)
    diskcache.store("fonts", key, rl_fonts.face_state(font), limit=48)
    return font


@dataclass
class FontSet:
    """The registered names of one family's four styles."""

    family: str
    regular: str
    bold: str
    italic: str
    bold_italic: str
    cmap: frozenset[int] = field(default_factory=frozenset)

    def name(self, bold: bool, italic: bool) -> str:
        if bold and italic:
            return self.bold_italic
        if bold:
            return self.bold
        if italic:
            return self.italic
        return self.regular


@functools.cache
def bundled(family: str = "Noto Sans") -> FontSet:
    """Register the bundled family with reportlab (once per process)."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics

    stem = FAMILIES.get(family, "NotoSans")
    names = {}
    cmap: frozenset[int] = frozenset()
    for style in STYLES:
        name = f"{stem}-{style}"
        font = load_ttfont(name, str(font_path(f"{name}.ttf")))
        pdfmetrics.registerFont(font)
        names[style] = name
        if style == "Regular":
            cmap = frozenset(font.face.charToGlyph)
    for (bold, italic), style in (((0, 0), "Regular"), ((1, 0), "Bold"), ((0, 1), "Italic"),
                                  ((1, 1), "BoldItalic")):
        addMapping(stem, bold, italic, names[style])
        addMapping(names["Regular"], bold, italic, names[style])
    return FontSet(family, names["Regular"], names["Bold"], names["Italic"], names["BoldItalic"], cmap)


@dataclass(frozen=True)
class Fallback:
    name: str  # registered reportlab font name
    cmap: frozenset[int]


class FallbackFinder:
    """Finds, per character, an installed font that has it (cached per process)."""

    def __init__(self) -> None:
        self._by_char: dict[int, Fallback | None] = {}
        self._loaded: dict[str, Fallback | None] = {}
        self._fc_list = shutil.which("fc-list")

    def font_for(self, ch: str) -> Fallback | None:
        cp = ord(ch)
        if cp in self._by_char:
            return self._by_char[cp]
        for fb in self._loaded.values():
            if fb is not None and cp in fb.cmap:
                self._by_char[cp] = fb
                return fb
        found = None
        for path in self._candidates(cp):
            fb = self._load(path)
            if fb is not None and cp in fb.cmap:
                found = fb
                break
        self._by_char[cp] = found
        return found

    def _candidates(self, cp: int) -> list[str]:
        if not self._fc_list:
            return []
        import subprocess  # only for a character the bundled fonts lack: not at start-up

        try:
            out = subprocess.run(
                [self._fc_list, f":charset={cp:x}", "file"],
                capture_output=True, text=True, timeout=10, check=False,
            ).stdout
        except (OSError, subprocess.SubprocessError):
            return []
        paths = sorted({line.split(":")[0].strip() for line in out.splitlines() if line.strip()})
        # Prefer plain TrueType files; regular weights first; sans before serif.
        def rank(p: str) -> tuple[int, int, int, int, str]:
            low = p.lower()
            return (
                0 if low.endswith(".ttf") else 1 if low.endswith(".ttc") else 2,
                0 if "noto" in low else 1,
                0 if "regular" in low or "-" not in low.rsplit("/", 1)[-1] else 1,
                0 if "sans" in low else 1,
                p,
            )
        return [p for p in sorted(paths, key=rank) if not p.lower().endswith((".otf", ".pcf.gz", ".pfb"))][:12]

    def _load(self, path: str) -> Fallback | None:
        if path in self._loaded:
            return self._loaded[path]
        from reportlab.pdfbase import pdfmetrics

        name = "FB-" + path.rsplit("/", 1)[-1].rsplit(".", 1)[0].replace(" ", "")
        fb: Fallback | None = None
        try:
            font = load_ttfont(name, path)
            pdfmetrics.registerFont(font)
            from reportlab.lib.fonts import addMapping

            # The fallback has one style: bold/italic text in it uses that style.
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(name, bold, italic, name)
            fb = Fallback(name, frozenset(font.face.charToGlyph))
        except Exception:
            fb = None
        self._loaded[path] = fb
        return fb


@functools.cache
def default_finder() -> FallbackFinder:
    return FallbackFinder()
