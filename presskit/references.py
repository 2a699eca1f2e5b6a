"""Release references: the "next reference" suggestion and the office's recent references.

Press offices number their releases in sequence within each year ("CP028-2018" is
release 28 of 2018). :func:`suggest_next` learns the pattern from the most recent
references and proposes the next one for a release date: the counter goes up by one,
restarts at 1 in a new year and keeps its zero padding. Forms handled include
``CP028-2018``, ``2026-041``, ``NOL-2026-041``, ``PR 12/2026``, ``CP028/26`` and
references without a year (``NOL-041``).

:class:`ReferenceHistory` keeps the recent references in ``references.json`` in the
data folder (written atomically). Qt-free.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path

FILE_NAME = "references.json"
MAX_RECENT = 50

_DIGITS = re.compile(r"\d+")


@dataclass(frozen=True)
class Parsed:
    """One reference split into a template around its counter and (optional) year."""

    template: str  # e.g. "CP{n}-{y}"; literal braces are doubled
    counter: int
    width: int  # digits of the counter as written
    padded: bool  # written with leading zeros ("028")
    year: int | None
    year_digits: int  # 4, 2, or 0 when there is no year

    def format(self, counter: int, year: int | None) -> str:
        digits = str(counter)
        if self.padded:
            digits = digits.zfill(self.width)
        y = ""
        if self.year_digits == 4 and year is not None:
            y = f"{year:04d}"
        elif self.year_digits == 2 and year is not None:
            y = f"{year % 100:02d}"
        return self.template.format(n=digits, y=y)


def _template(ref: str, spans: dict[str, tuple[int, int]]) -> str:
    out: list[str] = []
    pos = 0
    for name, (start, end) in sorted(spans.items(), key=lambda kv: kv[1][0]):
        out.append(ref[pos:start].replace("{", "{{").replace("}", "}}"))
        out.append("{" + name + "}")
        pos = end
    out.append(ref[pos:].replace("{", "{{").replace("}", "}}"))
    return "".join(out)


def parse_reference(ref: str, around_year: int | None = None) -> Parsed | None:
    """Split *ref* into its counter and year; None when no counter can be found.

    A 4-digit group between 1900 and 2199 is the year (the last such group when there
    are several candidates next to a counter). With no 4-digit year, a 2-digit group at
    either end that is within one of *around_year* (mod 100) is taken as a short year.
    The counter is the remaining digit group nearest to the year.
    """
    ref = ref.strip()
    groups = [(m.start(), m.end(), m.group()) for m in _DIGITS.finditer(ref)]
    if not groups:
        return None
    year_idx: int | None = None
    year_digits = 0
    candidates = [i for i, (_s, _e, g) in enumerate(groups)
                  if len(g) == 4 and 1900 <= int(g) <= 2199]
    if candidates and len(groups) >= 2:
        # "2026-041": a leading year; "CP028-2018": a trailing one. With several
        # candidates, the one nearest the release year (the last on a tie).
        target = around_year if around_year is not None else int(groups[candidates[-1]][2])
        year_idx = min(reversed(candidates), key=lambda i: abs(int(groups[i][2]) - target))
        year_digits = 4
    elif len(groups) == 2 and around_year is not None:
        short = around_year % 100
        for i in (len(groups) - 1, 0):
            g = groups[i][2]
            if len(g) == 2 and min(abs(int(g) - short), 100 - abs(int(g) - short)) <= 1:
                year_idx, year_digits = i, 2
                break
    rest = [i for i in range(len(groups)) if i != year_idx]
    if not rest:
        return None
    yi = year_idx
    counter_idx = rest[-1] if yi is None else min(rest, key=lambda i: (abs(i - yi), -i))
    c_start, c_end, c_text = groups[counter_idx]
    spans = {"n": (c_start, c_end)}
    year: int | None = None
    if year_idx is not None:
        y_start, y_end, y_text = groups[year_idx]
        spans["y"] = (y_start, y_end)
        year = int(y_text)
        if year_digits == 2:
            base = (around_year or 2000) - (around_year or 2000) % 100
            year = base + year
            if around_year is not None and year - around_year > 50:
                year -= 100
    return Parsed(
        template=_template(ref, spans),
        counter=int(c_text),
        width=len(c_text),
        padded=len(c_text) > 1 and c_text.startswith("0"),
        year=year,
        year_digits=year_digits,
    )


def suggest_next(recent: list[str], release_date: dt.date | None) -> str | None:
    """The next reference after the office's *recent* ones (most recent first).

    The most recent reference that has a counter sets the pattern. Among the recent
    references with that pattern, the highest counter of the release's year goes up
    by one; in a year with none yet, the count restarts at 1. Returns None when no
    recent reference has a counter.
    """
    when = release_date or dt.date.today()
    parsed: list[Parsed] = []
    for ref in recent:
        if not isinstance(ref, str):
            continue
        p = parse_reference(ref, when.year)
        if p is not None:
            parsed.append(p)
    if not parsed:
        return None
    model = parsed[0]
    same = [p for p in parsed if p.template == model.template and p.year_digits == model.year_digits]
    if model.year_digits == 0:
        return model.format(max(p.counter for p in same) + 1, None)
    this_year = [p.counter for p in same if p.year == when.year]
    counter = max(this_year) + 1 if this_year else 1
    # Zero padding: any "028" of this pattern, or a three-digit counter ("100" of a
    # "CP001" series), pads to the widest width seen; "PR 12/2026" stays unpadded.
    width = max(p.width for p in same)
    padded = any(p.padded for p in same) or width >= 3
    fmt = Parsed(model.template, model.counter, width, padded, model.year, model.year_digits)
    return fmt.format(counter, when.year)


class ReferenceHistory:
    """The office's recent references, most recent first, in ``references.json``."""

    def __init__(self, data_dir: str | Path, limit: int = MAX_RECENT):
        self.path = Path(data_dir) / FILE_NAME
        self.limit = limit

    def recent(self) -> list[str]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return []  # missing or damaged: no history (never fatal)
        items = data.get("recent") if isinstance(data, dict) else None
        if not isinstance(items, list):
            return []
        return [r for r in items if isinstance(r, str) and r.strip()][: self.limit]

    def add(self, reference: str) -> None:
        """Record *reference* as the most recent (called by the window on save and export)."""
        ref = reference.strip()
        if not ref:
            return
        items = [r for r in self.recent() if r != ref]
        items.insert(0, ref)
        from presskit.atomic import write_text

        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_text(self.path, json.dumps({"version": 1, "recent": items[: self.limit]},
                                         ensure_ascii=False, indent=2) + "\n")

    def suggest(self, release_date: dt.date | None) -> str | None:
        return suggest_next(self.recent(), release_date)
