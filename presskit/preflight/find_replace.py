"""Find and replace across the text fields of a release (Qt-free; the editor's Edit ▸ Find…).

A :class:`Query` is what the user typed with its two options, *match case* and *whole word*.
It finds ``(start, end)`` ranges in one text and replaces them. A field's text is seen as
*segments*: one string for a plain field, the formatted spans of one paragraph for the body
(bold, italic, a link…). A match may run across segments ("**Big** news"); the replacement
then takes the place of the match in the segment where it starts, and the rest of the match
is removed from the following segments, so formatting around the match is kept.

:func:`release_texts` lists every text field a press officer types into, in the form's
order, with its draft path (``title``, ``quotes[0].speaker``, ``contacts[1].email``,
``letterhead.address``…). The body is the caller's: the editor searches what it shows (the
rich text), not the Markdown behind it. :func:`replace_in_release` returns a new release
(the caller applies it as one undo step) and the number of replacements.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from presskit.model import Release

__all__ = ["Match", "Query", "find_all", "next_match", "release_texts", "replace_in_release"]

# Contacts and quotes: the parts that hold text the user typed (not the country code).
QUOTE_PARTS = ("text", "speaker", "role")
CONTACT_PARTS = ("name", "role", "phone", "email")
LETTERHEAD_PARTS = ("organization", "address", "website", "footer")


@dataclass(frozen=True)
class Query:
    """Text to find, with *match case* and *whole word*."""

    text: str
    match_case: bool = False
    whole_word: bool = False

    def pattern(self) -> re.Pattern[str] | None:
        """The compiled search, or None for an empty query (nothing is found)."""
        if not self.text:
            return None
        body = re.escape(self.text)
        if self.whole_word:
            # A word is not glued to another letter, digit or "_" (\b would fail on a query
            # that starts or ends with punctuation, like "C++" or "l'").
            body = rf"(?<!\w){body}(?!\w)"
        return re.compile(body, 0 if self.match_case else re.IGNORECASE)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Every match in *text*, as (start, end) offsets, left to right, not overlapping."""
        pattern = self.pattern()
        if pattern is None:
            return []
        return [(m.start(), m.end()) for m in pattern.finditer(text) if m.end() > m.start()]

    def replace(self, text: str, replacement: str, *, only: int | None = None) -> tuple[str, int]:
        """*text* with every match (or only the match number *only*, from 0) replaced."""
        new, count = self.replace_segments([text], replacement, only=only)
        return new[0], count

    def replace_segments(self, segments: Sequence[str], replacement: str, *,
                         only: int | None = None, first_index: int = 0) -> tuple[list[str], int]:
        """Replace in the text made of *segments* joined, keeping the segment boundaries.

        The replacement goes into the segment where a match starts; what the match covers
        of the next segments is removed. *only* replaces just the match with that number,
        counting from *first_index* for this text (so several paragraphs share one count).
        Returns the new segments and how many matches were replaced.
        """
        joined = "".join(segments)
        found = self.spans(joined)
        if only is not None:
            found = [span for i, span in enumerate(found, first_index) if i == only]
        if not found:
            return list(segments), 0
        bounds: list[tuple[int, int]] = []  # each segment's (start, end) in the joined text
        pos = 0
        for seg in segments:
            bounds.append((pos, pos + len(seg)))
            pos += len(seg)
        out: list[str] = []
        for (seg_start, seg_end), seg in zip(bounds, segments, strict=True):
            pieces: list[str] = []
            cursor = seg_start
            for start, end in found:
                if end <= cursor or start >= seg_end:
                    continue
                if start >= cursor:
                    pieces.append(joined[cursor:start])
                    pieces.append(replacement)  # the match starts in this segment
                cursor = max(cursor, min(end, seg_end))
            pieces.append(joined[cursor:seg_end] if cursor < seg_end else "")
            out.append("".join(pieces) if pieces else seg)
        return out, len(found)


@dataclass(frozen=True)
class Match:
    """One match: the field's draft path and the range in that field's text."""

    field: str
    start: int
    end: int


def release_texts(release: Release) -> list[tuple[str, str]]:
    """Every text field of *release* but the body, in the form's order, with its path."""
    out: list[tuple[str, str]] = [("place", release.place), ("title", release.title),
                                  ("subtitle", release.subtitle)]
    for i, quote in enumerate(release.quotes):
        out.extend((f"quotes[{i}].{part}", getattr(quote, part)) for part in QUOTE_PARTS)
    for i, contact in enumerate(release.contacts):
        out.extend((f"contacts[{i}].{part}", getattr(contact, part)) for part in CONTACT_PARTS)
    out.append(("boilerplate", release.boilerplate))
    out.extend((f"letterhead.{part}", getattr(release.letterhead, part))
               for part in LETTERHEAD_PARTS)
    return out


def find_all(texts: Iterable[tuple[str, str]], query: Query) -> list[Match]:
    """Every match of *query* in *texts* ((field, text) pairs), in their order."""
    return [Match(field, start, end) for field, text in texts for start, end in query.spans(text)]


def next_match(matches: Sequence[Match], order: Sequence[str], field: str | None, position: int,
               *, backwards: bool = False) -> Match | None:
    """The first match starting at or after *position* in *field* (or, *backwards*, the last
    one starting before it), wrapping around; *order* lists the fields in the order they are
    searched (a field not in it, or None, is before the first). None when nothing matches.

    Forwards, pass the end of the current selection; backwards, its start."""
    if not matches:
        return None
    rank = {name: i for i, name in enumerate(order)}
    here = (rank.get(field, -1) if field is not None else -1, position)

    def key(m: Match) -> tuple[int, int]:
        return rank.get(m.field, len(rank)), m.start

    ordered = sorted(matches, key=key)
    if backwards:
        before = [m for m in ordered if key(m) < here]
        return before[-1] if before else ordered[-1]
    after = [m for m in ordered if key(m) >= here]
    return after[0] if after else ordered[0]


def replace_in_release(release: Release, query: Query, replacement: str, *,
                       only: Match | None = None) -> tuple[Release, int]:
    """A copy of *release* with *query* replaced in every text field but the body (or only
    the match *only*), and the count. The body is replaced by the caller, through what its
    editor shows (see :meth:`Query.replace_segments`)."""
    new = copy.deepcopy(release)
    total = 0
    for field, text in release_texts(release):
        if only is not None and only.field != field:
            continue
        index = None
        if only is not None:
            spans = query.spans(text)
            if (only.start, only.end) not in spans:
                continue  # the text changed since: that match is gone
            index = spans.index((only.start, only.end))
        replaced, count = query.replace(text, replacement, only=index)
        if count:
            _set_field(new, field, replaced)
            total += count
    return new, total


_ITEM = re.compile(r"^(quotes|contacts)\[(\d+)\]\.(\w+)$")


def _set_field(release: Release, field: str, value: str) -> None:
    m = _ITEM.match(field)
    if m:
        items = release.quotes if m.group(1) == "quotes" else release.contacts
        setattr(items[int(m.group(2))], m.group(3), value)
    elif field.startswith("letterhead."):
        setattr(release.letterhead, field.removeprefix("letterhead."), value)
    else:
        setattr(release, field, value)
