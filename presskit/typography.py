"""Language typography applied to whatever the user typed (compose calls it; renderers don't).

The rules of each language are data (:mod:`presskit.typography_rules`); quotation marks
and apostrophes are read in context and paired (:mod:`presskit.typography_quotes`); this
module runs the rules in order over a paragraph, across its inline runs, and leaves URLs,
e-mail addresses, code, times and feet and inches exactly as typed:

1. quotation marks of any nesting and apostrophes;
2. ``...`` → ``…``;
3. spaced hyphens between words → the language's dash; number ranges → en dash (en, de);
4. French spaces (before ``: ; ! ?``, inside « », in numbers and before ``%``);
5. no line break between a number and its unit, nor in "M. Dupont", "n° 5", "10 h 30";
6. French ordinals (``1er``, ``2e``, ``XXIe``) marked as superscript runs.

Every rule is idempotent: typesetting typeset text changes nothing.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from presskit.doctree import Run
from presskit.typography_patterns import LazyPattern
from presskit.typography_quotes import UnbalancedQuote, curl, unbalanced
from presskit.typography_rules import NBSP, NNBSP, LanguageRules, rules_for

__all__ = ["NBSP", "NNBSP", "Typesetter", "UnbalancedQuote", "apply", "find_unbalanced_quotes",
           "quote", "typesetter"]

Edit = tuple[int, int, str]  # replace text[start:end] with the string


# --- text that keeps track of its run boundaries and protected spans ---------------------------

def _map_positions(positions: list[int], edits: list[Edit], *, after_insert: bool) -> list[int]:
    """Where sorted *positions* land once the sorted, non-overlapping *edits* are made.

    A position inside a replaced stretch keeps its offset (at most the replacement's
    length); text inserted exactly at a position goes after it, or before it with
    *after_insert*.
    """
    out: list[int] = []
    k, delta = 0, 0
    for p in positions:
        while k < len(edits):
            s, t, r = edits[k]
            if t < p or (t == p and (s < t or after_insert)):
                delta += len(r) - (t - s)
                k += 1
            else:
                break
        if k < len(edits) and edits[k][0] < p < edits[k][1]:
            s, _, r = edits[k]
            out.append(s + delta + min(p - s, len(r)))
        else:
            out.append(p + delta)
    return out


@dataclass
class _Text:
    text: str
    cuts: list[int] = field(default_factory=list)  # run boundaries
    guarded: list[tuple[int, int]] = field(default_factory=list)  # sorted, disjoint

    def protected(self, i: int) -> bool:
        k = bisect.bisect_right(self.guarded, (i, len(self.text) + 1)) - 1
        return k >= 0 and self.guarded[k][0] <= i < self.guarded[k][1]

    def touches_guarded(self, s: int, t: int) -> bool:
        """Does text[s:t] overlap a protected span (an insertion, s == t: fall inside one)?"""
        k = bisect.bisect_left(self.guarded, (t, t))  # the spans before k start before t
        return k > 0 and self.guarded[k - 1][1] > s

    def edit(self, edits: list[Edit]) -> None:
        if not edits:
            return
        pieces: list[str] = []
        last = 0
        for s, t, r in edits:
            pieces.append(self.text[last:s])
            pieces.append(r)
            last = t
        pieces.append(self.text[last:])
        self.text = "".join(pieces)
        if self.cuts:
            self.cuts = _map_positions(self.cuts, edits, after_insert=False)
        if self.guarded:
            starts = _map_positions([a for a, _ in self.guarded], edits, after_insert=True)
            ends = _map_positions([b for _, b in self.guarded], edits, after_insert=False)
            self.guarded = list(zip(starts, ends, strict=True))

    def sub(self, pattern: LazyPattern, repl: Callable[[re.Match[str]], str | None] | str) -> None:
        """Replace every match outside the protected spans (*repl* returning None: keep)."""
        edits: list[Edit] = []
        for m in pattern.finditer(self.text):
            s, t = m.span()
            if self.guarded and self.touches_guarded(s, t):
                continue
            new = m.expand(repl) if isinstance(repl, str) else repl(m)
            if new is not None and new != m.group(0):
                edits.append((s, t, new))
        self.edit(edits)


# --- what is never changed -----------------------------------------------------------------------

_STOP = "\\s<>\"“”«»‘’„‚"
_URL_END = f"[^{_STOP}.,;:!?)\\]'*]"
# (cheap test, pattern): a pattern only runs on a text its test finds something in. The tests
# are substrings, or short patterns that begin with a literal, which most prose never holds.
_PROTECTED: tuple[tuple[str | LazyPattern, LazyPattern], ...] = (
    ("`", LazyPattern(r"`[^`\n]+`")),
    ("://", LazyPattern(rf"\b(?:https?|ftp):[^{_STOP}]*{_URL_END}", re.I)),
    ("mailto:", LazyPattern(rf"\bmailto:[^{_STOP}]*{_URL_END}", re.I)),
    ("www.", LazyPattern(rf"\bwww\.[^{_STOP}]*{_URL_END}", re.I)),
    ("@", LazyPattern(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w@])@\w(?:[\w.]*\w)?")),
    (LazyPattern(r":\d"), LazyPattern(r"(?<![\d:])\d{1,2}:\d{2}(?::\d{2})?(?![\d:])")),  # times
    (LazyPattern(r"'\d"),  # feet and inches: 5'10", 5'10 (5' 10" is read in context)
     LazyPattern(r"(?<![\w'])\d+(?:[.,]\d+)?'\d+(?:[.,]\d+)?(?:\"|'')?")),
    (LazyPattern(r"-[A-Za-z]"), LazyPattern(r"-(?<![\w\-–—]-)-?[A-Za-z][\w-]*")),  # --all, -v
    ("_", LazyPattern(r"(?<!\w)(?=\w*_)(?=\w*[^\W_])\w+")),  # snake_case, __init__
    (LazyPattern(r"\.[a-z]"),  # file and domain names: file.py, iov.example
     LazyPattern(r"\b[\w-]+(?:\.[\w-]+)*\.[a-z][a-z0-9]{1,9}\b(?:/[^\s\"“”«»]*[^\s\"“”«».,;:!?)])?")),
    ("()", LazyPattern(r"\b[A-Za-z_][\w.]*\(\)")),  # calls
    (LazyPattern(r"[\\{}<>=|~^]"),  # anything with a code character in it
     LazyPattern(r"(?<![^\s(\[\"'“”«»‘’„‚])[^\s\"'“”«»‘’„‚]*[\\{}<>=|~^][^\s\"'“”«»‘’„‚]*")),
)


def _found(test: str | LazyPattern, text: str) -> bool:
    return test in text if isinstance(test, str) else test.search(text) is not None


def protected_spans(text: str) -> list[tuple[int, int]]:
    """Sorted, merged (start, end) spans the engine leaves exactly as typed."""
    spans: list[tuple[int, int]] = []
    for test, pattern in _PROTECTED:
        if _found(test, text):
            spans.extend(m.span() for m in pattern.finditer(text))
    return _merge_spans(spans)


def _merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for s, t in sorted(spans):
        if s == t:
            continue
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], t))
        else:
            merged.append((s, t))
    return merged


# --- the rules -----------------------------------------------------------------------------------

_SPACES = "[ \t\u00a0\u202f\u2009]"
_ELLIPSIS = LazyPattern(r"(?<!\.)\.\.\.(?!\.)")
# Typed word spaces only: a no-break space next to a hyphen is the engine's own (inside « »).
_SPACED_HYPHEN = LazyPattern(r"(?<=[^\s\-–—])[ \t]+(?:--|-)[ \t]+(?=[^\s\-–—])")
_SPACED_HYPHEN_ES = LazyPattern(
    r"(?<=[^\s\-–—])[ \t]+(?:--|-)(?:[ \t]+(?=[^\s\-–—])|(?=[.,;:!?…)»”’]))")
_CLOSED_DOUBLE_HYPHEN = LazyPattern(r"(?<=[^\W\d_])--(?=[^\W\d_])")
_SENTENCE_END = LazyPattern(r"[.!?…]\s")
_DIGIT_HYPHEN = LazyPattern(r"\d-\d")
_RANGE = LazyPattern(r"(?<![\w.,/:\-–])(\d+)-([1-9]\d*)(?![\w\-–/]|[.,]\d)")

# French spacing.
_FR_BEFORE_NARROW = LazyPattern(_SPACES + r"+([;!?])")
_FR_INSERT_NARROW = LazyPattern(r"(?<=[\w»)\]’”])([;!?]+)(?=\s|$|[»”)\]])")
_FR_BEFORE_COLON = LazyPattern(_SPACES + r"+:")
_FR_INSERT_COLON = LazyPattern(r"(?<=[^\W\d])(?<!https)(?<!http):(?=\s|$)")
_FR_PERCENT = LazyPattern(r"(?<=\d)" + _SPACES + r"*%")
_FR_GUILL_OPEN = LazyPattern(r"«" + _SPACES + r"*")
_FR_GUILL_CLOSE = LazyPattern(_SPACES + r"*»")
_THOUSANDS = LazyPattern(r"(?<![\d,.])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d])(?![ \u00a0\u202f]\d)")
_GROUP_SPACE = LazyPattern(r"[ \u00a0]")

# No break between a number and its unit, or after an honorific.
_UNITS = (
    r"%|‰|€|\$|£|¥|°C|°F|°|km/h|km|m|cm|mm|µm|nm|kg|g|mg|t|kt|Mt|l|L|ml|h|min|s|ms|"
    r"Hz|kHz|MHz|GHz|W|kW|MW|GW|kWh|MWh|V|kV|A|mA|Pa|hPa|bar|AU|ua|UA|ly|"
    r"million|millions|milliard|milliards|billion|billions|Mrd\.?|Mio\.?|"
    r"euros?|dollars?|jours?|days?|ans|années|years?|Jahre|Tage|mois|months?"
)
_NUM_UNIT = LazyPattern(r"(?<=\d)[ \t](?=(?:" + _UNITS + r")(?![\w]))")
_HOUR_MINUTES = LazyPattern(r"(?<=\d\u00a0h)[ \t](?=\d\d(?!\d))")  # 10 h 30
_NUMERO = LazyPattern(r"(?<!\w)([nN][°º]s?)[ \t]+(?=\d)")  # n° 5
_DIGIT_SPACE = LazyPattern(r"\d[ \t\u00a0\u202f]")
_HONORIFICS = r"M\.|MM\.|Mme|Mmes|Mlle|Dr\.?|Pr\.?|Prof\.|Me|Mr\.?|Mrs\.?|Ms\.?|St\.?|Hr\.|Fr\.|Sr\.|Sra\.|Dott\.|Sig\.|Ing\."
_HONORIFIC_TEST = LazyPattern(rf"(?:{_HONORIFICS})[ \t]")
_HONORIFIC = LazyPattern(rf"\b({_HONORIFICS})[ \t]+(?=[A-ZÀ-ÖØ-Þ])")

# French ordinals: 1er 1re 1ers 1res, 2e 3es, 2d 2de 2ds 2des 2nd 2nde, XXIe Ier IIe.
_ROMAN = r"(?=[IVXLCDM]{2}|[IVX])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
_ORDINAL_TEST = LazyPattern(r"[\dIVX][erdn]")
_ORDINAL = LazyPattern(
    r"(?<![\w,.\-])(?:(1)(ers?|res?)|([2-9]|\d{2,})(es?)|(2)(nde?s?|de?s?)|(" + _ROMAN + r")(ers?|res?|es?))(?!\w)")


def _dash_edit(rules: LanguageRules, m: re.Match[str]) -> str | None:
    text = m.string
    s, t = m.span()
    if text[s - 1].isdigit() and text[t:t + 1].isdigit():
        return None  # 10 - 3: a minus sign, or a range typed with spaces
    return f" {rules.dash} " if rules.dash_spaced else rules.dash


def _spanish_dashes(doc: _Text, rules: LanguageRules) -> None:
    """Rayas around an aside (texto —inciso— texto); a lone spaced hyphen: a spaced raya."""
    found = [m for m in _SPACED_HYPHEN_ES.finditer(doc.text)
             if not doc.touches_guarded(*m.span())
             and not (doc.text[m.start() - 1].isdigit() and doc.text[m.end():m.end() + 1].isdigit())]
    edits: list[Edit] = []
    pending: re.Match[str] | None = None
    for m in found:
        closes = not m.group(0).endswith((" ", "\t"))
        if pending is not None and not _SENTENCE_END.search(doc.text, pending.end(), m.start()):
            edits.append((pending.start(), pending.end(), f" {rules.dash}"))
            edits.append((m.start(), m.end(), rules.dash if closes else f"{rules.dash} "))
            pending = None
            continue
        if pending is not None:
            edits.append((pending.start(), pending.end(), f" {rules.dash} "))
        pending = None if closes else m
    if pending is not None:
        edits.append((pending.start(), pending.end(), f" {rules.dash} "))
    doc.edit(sorted(edits))


def _range_edit(m: re.Match[str]) -> str | None:
    left, right = m.group(1), m.group(2)
    if len(left) == 3 and len(right) == 4:
        return None  # 555-0142: a telephone number
    return f"{left}–{right}"


def _quotes(doc: _Text, rules: LanguageRules, base: int) -> None:
    changes, _ = curl(doc.text, rules, base, doc.protected if doc.guarded else None)
    doc.edit([(pos, pos + 1, ch) for pos, ch in sorted(changes.items())])


def _french(doc: _Text, rules: LanguageRules) -> None:
    text = doc.text
    if ";" in text or "!" in text or "?" in text:
        doc.sub(_FR_BEFORE_NARROW, NNBSP + r"\1")
        doc.sub(_FR_INSERT_NARROW, lambda m: NNBSP + m.group(1))
    if ":" in text:
        doc.sub(_FR_BEFORE_COLON, NBSP + ":")
        doc.sub(_FR_INSERT_COLON, NBSP + ":")
    if "%" in text:
        doc.sub(_FR_PERCENT, NBSP + "%")
    if rules.spaced_guillemets and ("«" in text or "»" in text):
        doc.sub(_FR_GUILL_OPEN, "«" + NBSP)
        doc.sub(_FR_GUILL_CLOSE, NBSP + "»")


def _typeset(doc: _Text, rules: LanguageRules, base: int) -> None:
    text = doc.text
    if "..." in text:
        doc.sub(_ELLIPSIS, "…")
    if "-" in text:
        if " -" in text or "\t-" in text:
            if rules.dash_paired:
                _spanish_dashes(doc, rules)
            else:
                doc.sub(_SPACED_HYPHEN, functools.partial(_dash_edit, rules))
        if rules.closed_double_hyphen and "--" in doc.text:
            doc.sub(_CLOSED_DOUBLE_HYPHEN, rules.dash)
        if rules.range_dash and _DIGIT_HYPHEN.search(doc.text):
            doc.sub(_RANGE, _range_edit)
    # Quotation marks after the dashes and the ellipsis: a mark is opening or closing by
    # what is next to it, and " - " closing up to "—" changes that (typesetting twice
    # must give what once gave).
    if "'" in text or '"' in text:
        _quotes(doc, rules, base)
    if rules.french_spacing:
        _french(doc, rules)
    if _HONORIFIC_TEST.search(doc.text):
        doc.sub(_HONORIFIC, lambda m: m.group(1) + NBSP)
    if _DIGIT_SPACE.search(doc.text):
        if rules.thin_thousands:
            doc.sub(_THOUSANDS, lambda m: _GROUP_SPACE.sub(NNBSP, m.group(0)))
        doc.sub(_NUM_UNIT, NBSP)
        if "\u00a0h" in doc.text:
            doc.sub(_HOUR_MINUTES, NBSP)
    if "°" in doc.text or "º" in doc.text:
        doc.sub(_NUMERO, lambda m: m.group(1) + NBSP)


def _ordinal_spans(doc: _Text) -> list[tuple[int, int]]:
    """Where the letters of a French ordinal are (they are set as superscripts)."""
    out: list[tuple[int, int]] = []
    if not _ORDINAL_TEST.search(doc.text):
        return out
    for m in _ORDINAL.finditer(doc.text):
        if doc.guarded and doc.touches_guarded(*m.span()):
            continue
        k = next(g for g in (2, 4, 6, 8) if m.group(g))
        out.append(m.span(k))
    return out


# --- the public face -----------------------------------------------------------------------------

class Typesetter:
    """The typography of one release language (and house style), for text and inline runs."""

    def __init__(self, locale: str, *, single_first: bool = False):
        self.rules = rules_for(locale, single_first=single_first)

    def text(self, text: str, *, inner: bool = False) -> str:
        """*text* typeset. *inner*: it will be printed inside quotation marks (a quote
        block), so its own quotations start at the second level."""
        if not text:
            return text
        doc = _Text(text, guarded=protected_spans(text))
        _typeset(doc, self.rules, 1 if inner else 0)
        return doc.text

    def runs(self, runs: list[Run], *, inner: bool = False) -> list[Run]:
        """A paragraph's runs typeset as one text (a quotation may open in plain text and
        close after a bold word), their boundaries kept, French ordinals as superscripts."""
        if not runs:
            return runs
        doc = _runs_text(runs)
        _typeset(doc, self.rules, 1 if inner else 0)
        sups = _ordinal_spans(doc) if self.rules.ordinals else []
        return _split_runs(runs, doc, sups)

    def superscripts(self, text: str) -> tuple[tuple[int, int], ...]:
        """Where the letters of French ordinals are in typeset *text* (for single-style
        blocks: title, subtitle, dateline, roles); none outside French."""
        if not self.rules.ordinals or not text:
            return ()
        return tuple(_ordinal_spans(_Text(text, guarded=protected_spans(text))))

    def quote(self, text: str) -> str:
        """*text* between the language's first-level marks (already typeset text)."""
        open_mark, close_mark = self.rules.quotes[0]
        if self.rules.spaced_guillemets and open_mark == "«":
            return f"{open_mark}{NBSP}{text}{NBSP}{close_mark}"
        return f"{open_mark}{text}{close_mark}"

    def quote_runs(self, text: str) -> list[Run]:
        """A quote block's text typeset (inner level), inside the first-level marks."""
        runs = self.runs([Run(text)], inner=True)
        if not runs:
            return []
        open_mark, close_mark = self.quote("\x00").split("\x00")
        return _merge([Run(open_mark), *runs, Run(close_mark)])

    def unbalanced(self, text: str, *, inner: bool = False) -> list[UnbalancedQuote]:
        guarded = protected_spans(text)
        doc = _Text(text, guarded=guarded)
        _, marks = curl(text, self.rules, 1 if inner else 0, doc.protected if guarded else None)
        return unbalanced(text, marks)


def _runs_text(runs: list[Run]) -> _Text:
    if len(runs) == 1 and not runs[0].code:  # most paragraphs: one plain run
        return _Text(runs[0].text, [], protected_spans(runs[0].text))
    cuts: list[int] = []
    guarded: list[tuple[int, int]] = []
    pos = 0
    for r in runs:
        if r.code:
            guarded.append((pos, pos + len(r.text)))
        pos += len(r.text)
        cuts.append(pos)
    text = "".join(r.text for r in runs)
    return _Text(text, cuts[:-1], _merge_spans(guarded + protected_spans(text)))


def _split_runs(runs: list[Run], doc: _Text, sups: list[tuple[int, int]]) -> list[Run]:
    if len(runs) == 1 and not sups:
        return [_like(runs[0], doc.text, sup=runs[0].sup)] if doc.text else []
    bounds = [0, *doc.cuts, len(doc.text)]
    out: list[Run] = []
    for r, start, end in zip(runs, bounds[:-1], bounds[1:], strict=True):
        pos = start
        for s, t in sups:
            s, t = max(s, start), min(t, end)
            if s >= t:
                continue
            out.append(_like(r, doc.text[pos:s], sup=r.sup))
            out.append(_like(r, doc.text[s:t], sup=True))
            pos = t
        out.append(_like(r, doc.text[pos:end], sup=r.sup))
    return _merge([r for r in out if r.text])


def _like(r: Run, text: str, *, sup: bool) -> Run:
    return Run(text, r.bold, r.italic, r.href, sup=sup, code=r.code)


def _merge(runs: list[Run]) -> list[Run]:
    out: list[Run] = []
    for r in runs:
        if out and _look(out[-1]) == _look(r):
            out[-1] = _like(r, out[-1].text + r.text, sup=r.sup)
        else:
            out.append(r)
    return out


def _look(r: Run) -> tuple[bool, bool, str | None, bool, bool]:
    return r.bold, r.italic, r.href, r.sup, r.code


@functools.lru_cache(maxsize=32)
def typesetter(locale: str, *, single_first: bool = False) -> Typesetter:
    return Typesetter(locale, single_first=single_first)


def apply(text: str, locale: str, *, inner: bool = False, single_first: bool = False) -> str:
    """Apply the language's typography to user text (see :class:`Typesetter`)."""
    return typesetter(locale, single_first=single_first).text(text, inner=inner)


def quote(text: str, locale: str, *, single_first: bool = False) -> str:
    """Wrap *text* in the language's first-level quotation marks."""
    return typesetter(locale, single_first=single_first).quote(text)


def find_unbalanced_quotes(text: str, locale: str, *, single_first: bool = False) -> list[UnbalancedQuote]:
    """The quotation marks of *text* the engine leaves as typed because they cannot be
    paired (never closed, never opened, or neither opening nor closing), with their
    positions in *text*: what preflight reports."""
    return typesetter(locale, single_first=single_first).unbalanced(text)
