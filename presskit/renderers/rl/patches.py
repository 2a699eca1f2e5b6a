"""Corrections to reportlab's paragraph machinery, installed once before a PDF is built.

1. No-break spaces. reportlab's word splitter lists NARROW NO-BREAK SPACE (U+202F) and
   FIGURE SPACE (U+2007) among breaking whitespace (as does Python's ``str.split()``), so
   French "sommes !" could break before the "!" and lose the U+202F from the text layer.
   Only U+00A0 is excluded upstream; we exclude the other two as well.

2. Shaping words that mix fonts. ``shapeFragWord`` runs HarfBuzz over a whole word with the
   *first* fragment's font and then reads the glyph ids back through each fragment's own
   font. A word that switches font mid-way — Noto Sans for Latin, a fallback font for an
   Arabic or Sinhala letter right after it — therefore gets wrong glyphs or raises
   AttributeError. We shape each single-font run of such a word separately and join the
   results, which is what the upstream function does for a one-font word. Words of
   scripts that need no shaping are left alone, as in any other paragraph: HarfBuzz's
   default ligatures would make "office" copy out as "oﬃce".

3. Word widths. Line breaking measures every word of every line (and again when a
   paragraph is split across pages); natural text repeats its words, so the paragraph
   module's ``stringWidth`` is memoised per (word, font, size), and ``getAscentDescent``
   per (font, size). Fonts are registered once
   under names that identify their file, so a width never changes for a key.
   Measured 2026-12-01 (render_pdf of the benchmarks/bench_pdf.py releases, median, this
   patch skipped vs installed, same run): 20 pages 60.6-60.9 ms without, 54.0-57.1 ms with
   (about 10 %); 2 pages 7.3 vs 7.1-7.2 ms.

4. ``sameFrag`` without exceptions (see ``_cheap_same_frag``).

5. No-break spaces in the text layer. ``TTFont.splitString`` turns every U+00A0 into a
   plain space before choosing its code in the font subset, so a French "dit : oui" copied
   out of the PDF lost its no-break space. We give U+00A0 its own code (drawn with the
   space glyph, mapped back to U+00A0 by the ToUnicode table). Presskit never justifies
   text, so PDF word spacing, which applies to code 32 only, is not involved.

6. Words taken off the front of a queue. ``breakLines`` consumes a paragraph's words with
   ``list.pop(0)``, which moves every word left behind: quadratic in the paragraph's
   length (a 1 MB title ran for minutes). The word splitter (``split``, patch 1) and
   ``_getFragWords`` now return a ``FrontQueue`` for more than a few hundred words: it
   does the few list operations ``breakLines`` and ``_getFragWords`` use, ``pop(0)`` in
   constant time, and holds the same words in the same order.

7. The rest of a URL broken at a slash is still broken at the margin. When a URL does not
   fit, reportlab breaks it after a "/" and marks the rest as the tail of a split word,
   which it never splits again: a URL whose last segment is longer than a line ran off
   the page. When that tail is wider than the line, it is cut into line-wide pieces the
   way reportlab cuts any other over-long word.

8. Export time in the PDF's dates. reportlab's ``TimeStamp`` writes 2000-01-01 in
   invariant mode, crashes on a ``SOURCE_DATE_EPOCH`` that is not an integer, and gets the
   minutes of a half-hour time zone wrong. ``pdfdoc.TimeStamp`` is replaced by one that
   reads ``presskit.renderers.pdf_dates.export_time()``: ``SOURCE_DATE_EPOCH`` (UTC) when
   it is set and valid, else the current local time. The document ID is still reportlab's
   digest of that time and the document's info, so it is byte-for-byte reproducible
   under ``SOURCE_DATE_EPOCH`` and different for every export otherwise.

9. The bullet of a list item as its own tagged element. ``_drawBullet`` draws a
   paragraph's bullet as a text object of its own, before the paragraph's text. When the
   canvas has a ``presskit_after_bullet`` callable, it is called right after the bullet
   is drawn: a tagged list item closes its ``Lbl`` there and opens its ``LBody``
   (``presskit.renderers.rl.tagging``). Nothing is drawn differently.

Written for reportlab 5.1 (``RL_PATCHES_WRITTEN_FOR``); ``tests/presskit/renderers/test_rl_patches.py``
checks, for each patch, that what it relies on is still there.

Importing the paragraph module also compiles a case-insensitive URI validator spanning
U+00A1..U+FFFF that costs ~26 ms — a tenth of a cold ``presskit export``. reportlab uses it
for one thing: with ``uriWasteReduce`` (which our body style sets, so long URLs break after
a "/" rather than mid-word), to tell whether a word at the end of a line is a URL and where
its scheme ends. ``paragraph_module()`` imports the module with a plain "scheme://non-space"
pattern in its place: the same answer for every URL a release prints, without the 26 ms.
Measured again 2026-12-01 in fresh processes (3 each): the upstream import took 42.0-43.0
ms, ``paragraph_module()`` 31.5-31.7 ms including the import of this module and fonts.py.
"""

from __future__ import annotations

import functools
import re
import sys
import threading
from typing import Any

from presskit.renderers.fonts import needs_shaping

RL_PATCHES_WRITTEN_FOR = "5.1"
_URI_PATTERN_START = "(^(?:[a-z0-9\\.\\-\\+]*)://)"
_import_lock = threading.Lock()


# reportlab needs group 1 to be the scheme including "://".
_URI_SIMPLE = r"(^[a-z0-9.+-]*://)\S+\Z"


def paragraph_module() -> Any:
    """``reportlab.platypus.paragraph``, imported with a cheap URL pattern (see above)."""
    module = sys.modules.get("reportlab.platypus.paragraph")
    if module is not None:
        return module
    with _import_lock:
        real_compile = re.compile

        def compile_(pattern: Any, flags: Any = 0) -> Any:
            if isinstance(pattern, str) and pattern.startswith(_URI_PATTERN_START):
                pattern = _URI_SIMPLE
            return real_compile(pattern, flags)

        re.compile = compile_
        try:
            from reportlab.platypus import paragraph
        finally:
            re.compile = real_compile
    return paragraph


def install() -> None:
    from presskit.renderers.rl import version

    version.check()  # before anything relies on reportlab's internals
    P = paragraph_module()
    if getattr(P, "_presskit_patched", False):
        return
    _keep_no_break_spaces(P)
    _shape_per_font(P)
    _memoise_widths(P)
    _cheap_same_frag(P)
    _keep_nbsp_in_text_layer()
    _queue_frag_words(P)
    _split_long_tails(P)
    _export_timestamp()
    _hook_bullet(P)
    P._presskit_patched = True


def breaking_space_runs() -> re.Pattern[str]:
    """Runs of the whitespace reportlab breaks lines at (no-break spaces excluded)."""
    install()
    return _spaces_pattern(paragraph_module()._wsc)


@functools.cache
def _spaces_pattern(wsc: str) -> re.Pattern[str]:
    return re.compile(f"[{re.escape(wsc)}]+")


def _keep_no_break_spaces(P: Any) -> None:
    from reportlab import rl_config

    # Binary (Flate only) streams: smaller files and no ASCII85 pass over every font subset.
    rl_config.useA85 = 0
    wsc = P._wsc.replace("\u202f", "").replace("\u2007", "")
    split_re = _spaces_pattern(wsc).split

    def split(text: Any, delim: Any = None) -> list[str]:
        if isinstance(text, bytes):
            text = text.decode("utf8")
        if delim is None:
            return _queue_if_long(split_re(text))
        if isinstance(delim, bytes):
            delim = delim.decode("utf8")
        return text.split(delim)

    P._wsc = wsc
    P._wsc_re_split = split_re
    P._wsc_end_search = re.compile(f"[{re.escape(wsc)}]+$").search
    P.split = split
    P.strip = lambda text: (text.decode("utf8") if isinstance(text, bytes) else text).strip(wsc)
    P.lstrip = lambda text: (text.decode("utf8") if isinstance(text, bytes) else text).lstrip(wsc)
    P.rstrip = lambda text: (text.decode("utf8") if isinstance(text, bytes) else text).rstrip(wsc)


def _font_runs(word: list[Any]) -> list[list[Any]]:
    """The (frag, text) pairs of a frag word, grouped into runs of one font.

    Callback fragments (``cbDefn``: anchors, index entries) carry no text and stay with
    the run they sit in.
    """
    runs: list[list[Any]] = []
    current: str | None = None
    for frag, text in word[1:]:
        if hasattr(frag, "cbDefn"):
            if not runs:
                runs.append([])
            runs[-1].append((frag, text))
            continue
        if frag.fontName != current or not runs:
            current = frag.fontName
            runs.append([])
        runs[-1].append((frag, text))
    return runs


_NO_LIGATURES = {"kern": True, "liga": False, "dlig": False, "clig": False}


def _word_text(pairs: list[Any]) -> str:
    return "".join(t for f, t in pairs if not hasattr(f, "cbDefn"))


def _shape_per_font(P: Any) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase import ttfonts as T

    upstream = P.shapeFragWord

    def shape_frag_word(w: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(w, T.ShapedFragWord):
            return w
        if not needs_shaping(_word_text(w[1:])):
            # A Latin, Greek or Cyrillic word in a paragraph that also holds Arabic: set it as
            # in any other paragraph. HarfBuzz would substitute ligature glyphs (ﬁ, ﬃ) that
            # copy out of the PDF as presentation forms, so "office" would not be found.
            return w
        fonts = {f.fontName for f, _ in w[1:] if not hasattr(f, "cbDefn")}
        if len(fonts) <= 1:
            return upstream(w, *args, **kwargs)
        pieces: list[Any] = []
        width = 0.0
        offset = 0
        for run in _font_runs(w):
            run_width = sum(pdfmetrics.stringWidth(t, f.fontName, f.fontSize)
                            for f, t in run if not hasattr(f, "cbDefn"))
            sub = w.__class__([run_width, *run])
            if needs_shaping(_word_text(run)):
                shaped = upstream(sub, *args, **{**kwargs, "force": True})
            else:
                shaped = upstream(sub, features=_NO_LIGATURES, force=True)
            width += shaped[0]
            for frag, text in shaped[1:]:
                data = getattr(text, "__shapeData__", None)
                if data is not None and offset:
                    data = [d._replace(cluster=d.cluster + offset) if d.cluster >= 0 else d
                            for d in data]
                    text = T.ShapedStr(str(text), shapeData=data)
                pieces.append((frag, text))
            offset += len(_word_text(run))
        return T.makeShapedFragWord(w)([width, *pieces])

    P.shapeFragWord = shape_frag_word


_WIDTH_CACHE_LIMIT = 200_000


def _memoise_widths(P: Any) -> None:
    upstream = P.stringWidth
    widths: dict[tuple[str, str, float], float] = {}

    def string_width(text: Any, font_name: str, font_size: float, encoding: str = "utf8") -> float:
        if type(text) is not str:  # bytes, or a ShapedStr whose width comes from HarfBuzz
            return upstream(text, font_name, font_size, encoding)
        key = (text, font_name, font_size)
        width = widths.get(key)
        if width is None:
            if len(widths) >= _WIDTH_CACHE_LIMIT:
                widths.clear()
            width = widths[key] = upstream(text, font_name, font_size, encoding)
        return width

    P.stringWidth = string_width

    # Each word's line-height contribution: reportlab first tries ``font.ascent``, which a
    # TrueType font does not have, so every call raised and caught an AttributeError.
    upstream_ad = P.getAscentDescent
    extents: dict[tuple[str, float | None], tuple[float, float]] = {}

    def ascent_descent(font_name: str, font_size: float | None = None) -> tuple[float, float]:
        key = (font_name, font_size)
        found = extents.get(key)
        if found is None:
            found = extents[key] = upstream_ad(font_name, font_size)
        return found

    P.getAscentDescent = ascent_descent


_SAME_FRAG_ATTRS = ("fontName", "fontSize", "textColor", "rise", "us_lines", "link", "backColor",
                    "nobr")


def _cheap_same_frag(P: Any) -> None:
    """reportlab's pure-Python ``sameFrag`` in place of its C accelerator.

    The C version looks each attribute up with ``getattr``; on a fragment most of them are
    absent, and every absent one raises and clears an AttributeError: 4.5 µs a call, made
    for every word of a paragraph that mixes bold, italic or links (a third of the line
    breaking of such paragraphs). Reading the instance dictionary, as the fallback
    reportlab ships for platforms without the accelerator does, gives the same answers.
    Measured 2026-12-01 (render_pdf of the benchmarks/bench_pdf.py releases, median, this
    patch skipped vs installed, same run): 20 pages 60.5-61.0 ms without, 54.0-57.1 ms with
    (about 10 %); 2 pages 7.3-7.4 vs 7.1-7.2 ms.
    """
    attrs = _SAME_FRAG_ATTRS

    def same_frag(f: Any, g: Any) -> int:
        fd = f.__dict__
        gd = g.__dict__
        if "cbDefn" in fd or "lineBreak" in fd or "cbDefn" in gd or "lineBreak" in gd:
            return 0
        for name in attrs:
            a = fd.get(name)
            b = gd.get(name)
            if a is not b and a != b:
                return 0
        return 1

    P.sameFrag = same_frag


def _keep_nbsp_in_text_layer() -> None:
    from reportlab.pdfbase import pdfdoc
    from reportlab.pdfbase import ttfonts as T

    upstream = T.TTFont.splitString

    def split_string(self: Any, text: Any, doc: Any, encoding: str = "utf-8") -> Any:
        if not isinstance(text, str):
            text = text.decode("utf-8")
        try:
            state = self.state[doc]
        except KeyError:
            state = self.state[doc] = T.TTFont.State(self._asciiReadable, self)
        assignments = state.assignments
        # Every line is encoded as it is drawn. Once its characters have their codes (after
        # the first few lines of a document), one comprehension does what the loop below
        # does character by character; a Latin text's codes all fall in subset 0.
        if text:
            try:
                codes = [assignments[c] for c in map(ord, text)]
            except KeyError:
                pass
            else:
                if max(codes) < 256:
                    return [(0, bytes(codes))]
        if "\u00a0" not in text or 0xA0 not in self.face.charToGlyph:
            return upstream(self, text, doc, encoding)
        # reportlab's own loop, except that U+00A0 keeps its code point.
        skip31 = 31 if self._asciiReadable and state.nextCode < 32 else -256
        char_to_glyph = self.face.charToGlyph
        subsets = state.subsets
        results: list[tuple[int, bytes]] = []
        cur_set = -1
        cur: list[int] = []
        for code in map(ord, text):
            if code in assignments:
                n = assignments[code]
            elif code not in char_to_glyph:
                n = 0
            else:
                if state.frozen:
                    raise pdfdoc.PDFError(f"Font {self.fontName} is already frozen, "
                                          f"cannot add new character U+{code:04X}")
                n = state.nextCode
                if n & 0xFF == 32:  # code 32 is always the space character
                    if n != 32:
                        subsets[n >> 8].append(32)
                    state.nextCode += 1
                    n = state.nextCode
                if n > 32:
                    if not n & 0xFF:
                        subsets.append([0])  # code 0 of a new subset is .notdef
                        state.nextCode += 1
                        n = state.nextCode
                    subsets[n >> 8].append(code)
                else:
                    if n == skip31:
                        state.nextCode = 127
                    subsets[0][n] = code
                state.nextCode += 1
                assignments[code] = n
            if n >> 8 != cur_set:
                if cur:
                    results.append((cur_set, bytes(cur)))
                cur_set = n >> 8
                cur = []
            cur.append(n & 0xFF)
        if cur:
            results.append((cur_set, bytes(cur)))
        return results

    T.TTFont.splitString = split_string


class FrontQueue:
    """A list's operations that ``breakLines`` uses on its words, ``pop(0)`` in O(1).

    The items are kept in reverse order, so the front of the queue is the end of a list.
    Any other list operation works too, by way of a plain list (never on the hot path).
    """

    __slots__ = ("_rev",)

    def __init__(self, items: Any = ()):
        self._rev = list(items)[::-1]

    def __len__(self) -> int:
        return len(self._rev)

    def __bool__(self) -> bool:
        return bool(self._rev)

    def __iter__(self) -> Any:
        return reversed(self._rev)

    def __eq__(self, other: object) -> bool:
        return list(self) == (list(other) if isinstance(other, FrontQueue) else other)

    __hash__ = None  # type: ignore[assignment] # mutable, like a list

    def _index(self, index: int) -> int:
        n = len(self._rev)
        i = index + n if index < 0 else index
        if not 0 <= i < n:
            raise IndexError("FrontQueue index out of range")
        return n - 1 - i

    def __getitem__(self, index: Any) -> Any:
        if isinstance(index, slice):
            return list(self)[index]
        return self._rev[self._index(index)]

    def __setitem__(self, index: Any, value: Any) -> None:
        if isinstance(index, slice) and index == slice(0, 0, None):
            self._rev.extend(reversed(list(value)))  # words[0:0] = pieces: push to the front
            return
        items = list(self)
        items[index] = value
        self._rev = items[::-1]

    def pop(self, index: int = -1) -> Any:
        if index == 0:
            return self._rev.pop()
        return self._rev.pop(self._index(index))

    def insert(self, index: int, item: Any) -> None:
        n = len(self._rev)
        i = max(0, min(n, index + n if index < 0 else index))
        self._rev.insert(n - i, item)

    def append(self, item: Any) -> None:
        self._rev.insert(0, item)


_QUEUE_FROM = 256  # shorter lists stay lists: their pop(0) is cheap, a method call is not


def _queue_if_long(items: list[Any]) -> Any:
    """*items* as a ``FrontQueue`` when there are enough of them for ``pop(0)`` to cost."""
    return FrontQueue(items) if len(items) > _QUEUE_FROM else items


def _queue_frag_words(P: Any) -> None:
    upstream = P._getFragWords

    def get_frag_words(frags: Any, maxWidth: Any = None) -> Any:
        return _queue_if_long(upstream(frags, maxWidth))

    P._getFragWords = get_frag_words


def _split_long_tails(P: Any) -> None:
    upstream_word = P._hyphenateWord
    upstream_frag_word = P._hyphenateFragWord

    def hyphenate_word(hyphenator: Any, fontName: str, fontSize: float, w: Any, ww: float,
                       newWidth: float, maxWidth: float, *args: Any, **kwargs: Any) -> Any:
        parts = upstream_word(hyphenator, fontName, fontSize, w, ww, newWidth, maxWidth,
                              *args, **kwargs)
        if not parts or len(parts) != 2 or maxWidth <= 0 or P.isBidiStr(w):
            return parts
        head, tail = parts
        if P.stringWidth(tail, fontName, fontSize) <= maxWidth:
            return parts
        return [head, *P._splitWord(tail, 0, [maxWidth], 0, fontName, fontSize)]

    def hyphenate_frag_word(hyphenator: Any, FW: Any, newWidth: float, maxWidth: float,
                            *args: Any, **kwargs: Any) -> Any:
        parts = upstream_frag_word(hyphenator, FW, newWidth, maxWidth, *args, **kwargs)
        if not parts or len(parts) != 2 or maxWidth <= 0 or parts[1][0] <= maxWidth:
            return parts
        head, tail = parts
        return [head, *P._splitFragWord(tail, maxWidth, [maxWidth], 0)]

    P._hyphenateWord = hyphenate_word
    P._hyphenateFragWord = hyphenate_frag_word


def _export_timestamp() -> None:
    from reportlab.lib.utils import TimeStamp
    from reportlab.pdfbase import pdfdoc

    from presskit.renderers.pdf_dates import export_time

    class ExportTimeStamp(TimeStamp):
        """reportlab's TimeStamp, set from ``export_time()`` whatever the invariant flag."""

        def __init__(self, invariant: Any = None):
            when = export_time()
            offset = when.utcoffset()
            minutes = round(offset.total_seconds() / 60) if offset is not None else 0
            self.t = when.timestamp()  # seeds the document ID
            self.lt = when.timetuple()
            self.YMDhms = tuple(self.lt)[:6]
            sign = -1 if minutes < 0 else 1
            self.dhh = sign * (abs(minutes) // 60)
            self.dmm = abs(minutes) % 60
            self.tzname = when.tzname() or "UTC"

    pdfdoc.TimeStamp = ExportTimeStamp


def _hook_bullet(P: Any) -> None:
    upstream = P._drawBullet

    def draw_bullet(canvas: Any, *args: Any, **kwargs: Any) -> Any:
        result = upstream(canvas, *args, **kwargs)
        after = getattr(canvas, "presskit_after_bullet", None)
        if after is not None:
            canvas.presskit_after_bullet = None  # once per paragraph
            after()
        return result

    P._drawBullet = draw_bullet
