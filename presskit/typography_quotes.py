"""Quotation marks and apostrophes: which mark opens, which closes, which is an apostrophe.

Every mark is read in context (what precedes and what follows it), then the marks of a
paragraph are paired with a stack, so quotations nest to any depth. A pair is printed in
the marks of its nesting level (:mod:`presskit.typography_rules`). Marks the user typed
already curly are kept and count for the nesting; a mark that cannot be paired is left
exactly as typed and reported by :func:`unbalanced` (never turned into an inverted
mark); apostrophes, feet and inches are never quotation marks.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from presskit.typography_patterns import LazyPattern
from presskit.typography_rules import LanguageRules

MARKS = LazyPattern("[\"'\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a]")
DOUBLE = frozenset('"“”„‟«»')
STRAIGHT = frozenset("\"'")
SPACES = frozenset(" \t\n\r\u00a0\u202f\u2009\u2007\u200a\u2002\u2003\u3000\u2028\u2029")
# What an opening mark may follow, besides a space or the start of the text.
_OPEN_AFTER = frozenset("([{<-–—‒―/\u2010\u2011¿¡\u00ad")
# What a closing mark may be followed by, besides a space or the end of the text.
_CLOSE_BEFORE = frozenset(".,;:!?…)]}>-–—‒―/%*\u2010\u2011") | SPACES
# Default roles of curly marks whose context does not tell.
_OPENERS_BY_DEFAULT = frozenset("“‘„‚‟‛«‹")

OPEN, CLOSE, APOS, NONE = "open", "close", "apos", "none"
# Roles still to be settled against the stack:
_EITHER = "either"  # straight " between spaces: closes an open double quote, else opens
_FLEX = "flex"  # ' or ’ after a letter: closes an open single quote, else an apostrophe
_AFTER_DIGIT = "digit"  # after a digit: closes an open quote, else feet or inches
_UNKNOWN = "unknown"  # cannot tell (letters on both sides, or spaces around a ')

def is_double(mark: str) -> bool:
    return mark in DOUBLE


@dataclass
class Mark:
    pos: int
    char: str
    role: str = NONE
    pair: int = -1  # index of the partner mark in the list, -1 if none
    level: int = -1
    problem: str = ""  # why it stays as typed: for the preflight report

    @property
    def straight(self) -> bool:
        return self.char in STRAIGHT

    @property
    def double(self) -> bool:
        return self.char in DOUBLE


@dataclass(frozen=True)
class UnbalancedQuote:
    """A quotation mark the engine left as typed, with its position in the text."""

    position: int
    mark: str
    problem: str  # "never closed", "never opened", "cannot tell whether it opens or closes"


@dataclass
class _Scan:
    text: str
    rules: LanguageRules
    marks: list[Mark] = field(default_factory=list)
    stack: list[int] = field(default_factory=list)
    inches: set[int] = field(default_factory=set)  # positions of the " of 5' 10"


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _before(scan: _Scan, i: int) -> int:
    """Where the character that precedes the mark at *i* is (-1: the start). Where « » take
    spaces inside (French), the space between a guillemet and its inside is transparent:
    it is the engine's to set, so it must not change how a mark reads."""
    k = i - 1
    if scan.rules.spaced_guillemets and k >= 0 and scan.text[k] in SPACES:
        j = k
        while j >= 0 and scan.text[j] in SPACES:
            j -= 1
        if j >= 0 and (scan.text[j] == "«" or scan.text[i] == "»"):
            return j
    return k


def _after(scan: _Scan, i: int) -> int:
    """Where the character that follows the mark at *i* is (len(text): the end)."""
    text = scan.text
    k = i + 1
    if scan.rules.spaced_guillemets and k < len(text) and text[k] in SPACES:
        j = k
        while j < len(text) and text[j] in SPACES:
            j += 1
        if j == len(text) or text[j] == "»" or text[i] == "«":
            return j
    return k


def _left_open(scan: _Scan, p: int) -> bool:
    """Could a mark open, judging by what precedes it (at *p*)?"""
    if p < 0:
        return True
    prev = scan.text[p]
    if prev in SPACES or prev in _OPEN_AFTER:
        return True
    last = scan.marks[-1] if scan.marks else None
    return last is not None and last.pos == p and last.role == OPEN  # „‚Hallo, "'Tis


def _elided_before(text: str, p: int, q: int) -> bool:
    """Is the mark between *p* and *q* a quotation after an elided word (d'« ambitieuse »,
    l'"été")? Read from the letters alone, so a second pass reads it the same."""
    return (p >= 1 and text[p] in "'’" and text[p - 1].isalpha()
            and q < len(text) and _is_word(text[q]))


def _right_close(text: str, q: int) -> bool:
    """Could a mark close, judging by what follows it (at *q*)?"""
    if q >= len(text):
        return True
    nxt = text[q]
    return nxt in _CLOSE_BEFORE or MARKS.match(nxt) is not None


def _next_is_space(text: str, q: int) -> bool:
    return q >= len(text) or text[q] in SPACES


_INCHES = LazyPattern(r"[ \u00a0]?\d+(?:[.,]\d+)?[\"″]")
_LATER_SINGLE_CLOSE = LazyPattern(r"(?<=\S)['’](?!\w)")


def _elision(scan: _Scan, i: int) -> bool:
    """Is the ' or ’ at *i*, opening a word, an apostrophe ('90s, 'tis, rock 'n' roll)?"""
    text = scan.text
    if scan.rules.decades and re.match(r"\d\d(?:s\b|(?![\w'’]))", text[i + 1:i + 4]):
        # '90s always; '68 unless a closing single quote follows ('68 was a year').
        return text[i + 3:i + 4] == "s" or _LATER_SINGLE_CLOSE.search(text, i + 3) is None
    word = re.match(r"[^\W\d_]+", text[i + 1:i + 12])
    return word is not None and word.group(0).lower() in scan.rules.elisions and (
        word.group(0) != "n" or text[i + 2:i + 3] in ("'", "’"))


def _classify(scan: _Scan, i: int, ch: str) -> str:
    text = scan.text
    p, q = _before(scan, i), _after(scan, i)
    left = _left_open(scan, p)
    right = _right_close(text, q)
    prev = text[p] if p >= 0 else ""
    nxt = text[q] if q < len(text) else ""
    if ch in "„‚‟‛":
        return OPEN
    if ch in "'’":
        if _is_word(prev) and (_is_word(nxt) or (nxt in DOUBLE and _is_word(text[q + 1:q + 2]))):
            return APOS  # l'exploration, d'"ambitieuse"
        if "n" in scan.rules.elisions and prev in ("n", "N") and i >= 3 \
                and text[i - 2] in ("'", "’") and not _is_word(nxt) and not _is_word(text[i - 3]):
            return APOS  # the second mark of rock 'n' roll
        if left and _is_word(nxt) and _elision(scan, i):
            return APOS
        if ch == "’":
            return _FLEX if not left and right else APOS
        if left and not _next_is_space(text, q):
            return OPEN
        if not left and right:
            if prev.isdigit():
                return _AFTER_DIGIT
            return _FLEX if _is_word(prev) else CLOSE
        return _UNKNOWN
    if (left or _elided_before(text, p, q)) and not _next_is_space(text, q):
        return OPEN
    if not left and right:
        return _AFTER_DIGIT if ch == '"' and prev.isdigit() else CLOSE
    if ch == '"':
        return _EITHER if left else _UNKNOWN
    if ch in STRAIGHT:
        return _UNKNOWN
    # A curly mark the context leaves open: as the language uses it, else as usual.
    for open_mark, close_mark in scan.rules.quotes:
        if ch == open_mark:
            return OPEN
        if ch == close_mark:
            return CLOSE
    return OPEN if ch in _OPENERS_BY_DEFAULT else CLOSE


def _partners(a: Mark, b: Mark) -> bool:
    """Can *a* and *b* be a pair? Double with double, single with single, and straight
    with straight, curly with curly: a straight mark paired with a curly one would read
    differently once curled (a second pass must change nothing), so such a mix is left as
    typed and reported."""
    return a.double == b.double and a.straight == b.straight


def _top_matches(scan: _Scan, mark: Mark, *, double: bool) -> bool:
    if not scan.stack:
        return False
    top = scan.marks[scan.stack[-1]]
    return top.double == double and top.straight == mark.straight


def _settle(scan: _Scan, mark: Mark, role: str) -> str:
    if role == _EITHER:
        return CLOSE if _top_matches(scan, mark, double=True) else OPEN
    if role == _FLEX:
        return CLOSE if _top_matches(scan, mark, double=False) else APOS
    if role == _AFTER_DIGIT:
        if _top_matches(scan, mark, double=mark.double):
            return CLOSE
        if not mark.double:  # feet: the inches that follow are no quotation mark either
            m = _INCHES.match(scan.text, mark.pos + 1)
            if m:
                scan.inches.add(m.end() - 1)
        return NONE
    if role == _UNKNOWN:
        mark.problem = "cannot tell whether it opens or closes"
        return NONE
    return role


def _close(scan: _Scan, k: int) -> None:
    mark = scan.marks[k]
    for depth in range(len(scan.stack) - 1, -1, -1):
        j = scan.stack[depth]
        if _partners(scan.marks[j], mark):
            for left_open in scan.stack[depth + 1:]:
                scan.marks[left_open].problem = "never closed"
            del scan.stack[depth:]
            mark.pair, scan.marks[j].pair = j, k
            return
    mark.problem = "never opened"


def scan_marks(text: str, rules: LanguageRules,
               protected: Callable[[int], bool] | None = None) -> list[Mark]:
    """Every quotation mark and apostrophe of *text* with its role, pair and problem."""
    scan = _Scan(text, rules)
    for m in MARKS.finditer(text):
        i = m.start()
        if protected is not None and protected(i):
            continue
        mark = Mark(i, m.group(0))
        if i in scan.inches:
            scan.marks.append(mark)  # role NONE: an inch mark
            continue
        mark.role = _settle(scan, mark, _classify(scan, i, mark.char))
        k = len(scan.marks)
        scan.marks.append(mark)
        if mark.role == OPEN:
            scan.stack.append(k)
        elif mark.role == CLOSE:
            _close(scan, k)
    for k in scan.stack:
        scan.marks[k].problem = "never closed"
    return scan.marks


def _level_of_curly(rules: LanguageRules, mark: str, depth_level: int) -> int:
    """The nesting level a typed curly opener stands for: the level whose marks it is
    (the nearest at or below the depth it sits at), else the depth."""
    n = len(rules.quotes)
    for step in range(n):
        level = depth_level + step
        if rules.quotes[level % n][0] == mark:
            return level
    return depth_level


def _single_level(rules: LanguageRules) -> int:
    """The level a top-level pair typed in single quotes takes: the language's first level
    of single marks (‘ ’, ‚ ‘, ‹ ›: a term, a meaning), else its second level."""
    return next((k for k, (open_mark, _) in enumerate(rules.quotes) if not is_double(open_mark)),
                1)


def assign_levels(marks: list[Mark], rules: LanguageRules, base: int) -> None:
    """Give every paired mark its nesting level (*base* is 1 inside a quote block)."""
    active: list[int] = []
    for k, mark in enumerate(marks):
        if mark.pair < 0:
            continue
        if mark.pair > k:  # an opener
            partner = marks[mark.pair]
            level = marks[active[-1]].level + 1 if active else base
            if not mark.straight:  # typed curly: the level its marks stand for
                level = _level_of_curly(rules, mark.char, level)
            elif level == 0 and not mark.double and is_double(rules.quotes[0][0]):
                level = _single_level(rules)  # typed in single quotes at the top
            mark.level = partner.level = level
            active.append(k)
        else:
            while active and active[-1] != mark.pair:
                active.pop()
            if active:
                active.pop()


def _straight_replacement(mark: Mark, rules: LanguageRules) -> str:
    open_mark, close_mark = rules.quotes[mark.level % len(rules.quotes)]
    return open_mark if mark.role == OPEN else close_mark


def quote_replacements(marks: list[Mark], rules: LanguageRules) -> list[tuple[int, str]]:
    """(position, new character) for every straight mark the engine curls."""
    out: list[tuple[int, str]] = []
    for mark in marks:
        if not mark.straight:
            continue
        if mark.role == APOS:
            out.append((mark.pos, "’"))
        elif mark.pair >= 0:
            out.append((mark.pos, _straight_replacement(mark, rules)))
    return out


MAX_READINGS = 8


def curl(text: str, rules: LanguageRules, base: int,
         protected: Callable[[int], bool] | None = None) -> tuple[dict[int, str], list[Mark]]:
    """The quotation marks and apostrophes of *text* to curl ({position: new character}),
    and the marks as last read.

    The paragraph is read again while a reading curls marks and leaves straight ones
    unpaired: once its neighbours are curled, a mark typed curly (a ’ after a word, say)
    may read differently, and typesetting typeset text must change nothing. Each reading
    only curls marks, so this ends; a paragraph with no straight mark left is read once.
    Curling replaces one character by one, so positions never move.
    """
    changes: dict[int, str] = {}
    marks = scan_marks(text, rules, protected)
    for _ in range(MAX_READINGS):
        assign_levels(marks, rules, base)
        new = [(pos, ch) for pos, ch in quote_replacements(marks, rules) if ch != text[pos]]
        if not new:
            break
        changes.update(new)
        if all(not m.straight or m.pair >= 0 or m.role == APOS for m in marks):
            break  # nothing left straight that another reading could settle
        chars = list(text)
        for pos, ch in new:
            chars[pos] = ch
        text = "".join(chars)
        marks = scan_marks(text, rules, protected)
    return changes, marks


def unbalanced(typed: str, marks: list[Mark]) -> list[UnbalancedQuote]:
    """The marks left as typed that cannot be paired: straight ones still straight after
    :func:`curl`, and unpaired marks the user typed curly."""
    return [UnbalancedQuote(m.pos, typed[m.pos], m.problem) for m in marks
            if m.problem and (m.straight or typed[m.pos] not in STRAIGHT)]
