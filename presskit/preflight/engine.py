"""The preflight engine: one pure function from a release (or kit) to findings.

``check()`` imports no Qt, keeps no state between calls and reads the clock only through
its ``now``/``today`` arguments (tests freeze them), so the editor can run it in a worker
thread while the user types. Rules live in ``rules_*`` modules, each a function from the
``Context`` to findings; the engine runs them in a fixed order.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, fields, replace
from typing import Any

from presskit.kit.model import Kit
from presskit.model import Release
from presskit.preflight import messages as M
from presskit.preflight.fields import TextField, label_with, text_fields
from presskit.preflight.findings import Finding
from presskit.preflight.spelling import Speller


@dataclass(frozen=True)
class Options:
    """What the engine checks and its limits (``options={"max_pages": 3}`` works too)."""

    max_pages: int = 2
    headline_max: int = 70
    subheadline_max: int = 110
    # Count pages by rendering the PDF (exact, 25-100 ms for 2 pages); else estimate them.
    exact_length: bool = False
    spelling: bool = True
    suggestions: int = 3  # suggestions per misspelled word (0: none, faster)
    stale_months: int = 12
    min_photo_px: int = 1500
    home_country: str | None = None  # country of numbers typed without +CC (Preferences)
    personal_dir: str | None = None  # folder of personal dictionaries (default: data folder)

    @classmethod
    def of(cls, value: Options | Mapping[str, Any] | None) -> Options:
        if value is None:
            return cls()
        if isinstance(value, Options):
            return value
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(value) - known)
        if unknown:
            raise ValueError(f"unknown preflight option(s): {', '.join(unknown)}")
        return replace(cls(), **dict(value))


class Cancelled(Exception):
    """The caller's *cancelled* turned True: the check stopped, its findings are not wanted."""


@dataclass
class Context:
    """What every rule reads: the release, the clock, the interface language's gettext."""

    release: Release
    book: Any
    kit: Any
    ui_language: str
    now: dt.datetime
    today: dt.date
    options: Options
    speller: Speller | None
    t: Callable[[str], str]
    cancelled: Callable[[], bool] | None = None
    _texts: list[TextField] | None = field(default=None, repr=False)

    def texts(self) -> list[TextField]:
        if self._texts is None:
            self._texts = text_fields(self.release, self.kit)
        return self._texts

    def stop_if_cancelled(self) -> None:
        """Raise ``Cancelled`` when the caller no longer wants this check (a newer edit):
        rules call it between fields, the engine between rules."""
        if self.cancelled is not None and self.cancelled():
            raise Cancelled

    def where(self, path: str) -> str:
        """The reader's name of a field path, in the interface language."""
        return label_with(path, self.t, self.kit)


Rule = Callable[[Context], Iterable[Finding]]


def _rules() -> list[Rule]:
    from presskit.preflight import (
        rules_contacts,
        rules_content,
        rules_kit,
        rules_spelling,
        rules_style,
    )

    return [*rules_content.RULES, *rules_contacts.RULES, *rules_style.RULES,
            *rules_kit.RULES, *rules_spelling.RULES]


def check(release: Release | Kit, *, book: Any = None, kit: Any = None, ui_language: str = "en",
          today: dt.date | None = None, now: dt.datetime | None = None,
          options: Options | Mapping[str, Any] | None = None,
          speller: Speller | None = None,
          cancelled: Callable[[], bool] | None = None) -> list[Finding]:
    """Every finding for *release* (and *kit*, whose release it is), in form order.

    A kit may be given as *release* too: ``check(kit)`` is ``check(kit.release, kit=kit)``.

    *book* is the contact book (stale contacts); *now* is an aware datetime (default: the
    system clock in UTC), *today* a date (default: *now*'s). *speller* defaults to the
    release language's (``Speller.for_language``); pass one to share its session ignores.
    *cancelled* (the runner's ``progress.cancelled``) is asked between rules and fields: once
    it is True the check stops by raising ``Cancelled``.
    """
    if isinstance(release, Kit):
        kit, release = release, release.release
    opts = Options.of(options)
    if now is None:
        now = dt.datetime.now(dt.UTC)
    elif now.tzinfo is None:
        now = now.replace(tzinfo=dt.UTC)
    if today is None:
        today = now.date()
    if speller is None and opts.spelling:
        speller = Speller.for_language(release.language or "en_US", opts.personal_dir)
    ctx = Context(release=release, book=book, kit=kit, ui_language=ui_language, now=now,
                  today=today, options=opts, speller=speller, t=M.translator(ui_language),
                  cancelled=cancelled)
    out: list[Finding] = []
    for rule in _rules():
        ctx.stop_if_cancelled()
        out.extend(rule(ctx))
    return out
