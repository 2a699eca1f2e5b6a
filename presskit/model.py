"""The release model: plain dataclasses mirroring the draft format, version 1.

Unknown keys of a draft are kept in ``extra`` dicts and written back on save.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

KINDS = ("press_release", "media_advisory", "statement")
PAPERS = ("a4", "letter")
FONT_FAMILIES = ("Noto Sans", "Noto Serif")
BRITISH_QUOTES = ("double", "single")


@dataclass
class Quote:
    text: str = ""
    speaker: str = ""
    role: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Contact:
    name: str = ""
    role: str = ""
    phone: str = ""
    email: str = ""
    # ISO country a number typed without +CC belongs to ("FR"); "" = the home country.
    country: str = ""
    # Link back to the contact book entry this copy came from (issue 5), if any.
    book_id: str | None = None
    book_updated: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Margins:
    """Page margins in millimetres."""

    top: float = 20.0
    right: float = 20.0
    bottom: float = 20.0
    left: float = 20.0


@dataclass
class Letterhead:
    organization: str = ""
    address: str = ""
    website: str = ""
    logo: str = ""  # data: URL (PNG or JPEG), or ""
    color: str = ""  # "#RRGGBB" or ""
    # Profile extras (issue 6); all optional in the draft file.
    profile: str = ""  # name of the saved profile this letterhead came from
    secondary_logo: str = ""
    social: list[str] = field(default_factory=list)
    font: str = ""  # one of FONT_FAMILIES, "" = default
    paper: str = ""  # "a4" | "letter" | "" (draft's paper or A4)
    margins: Margins | None = None
    footer: str = ""
    repeat_logo: bool = False
    # ISO country of phone numbers typed without +CC ("FR"); "" = the Preferences' home country.
    home_country: str = ""
    # British English house style (New Hart's Rules allows both): "single" quotation marks
    # first, or "double" first ("" = double, the default). Other languages ignore it.
    british_quotes: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Release:
    language: str = "en_US"
    kind: str = "press_release"
    reference: str = ""
    date: dt.date | None = None
    place: str = ""
    embargo: dt.datetime | None = None  # timezone-aware
    title: str = ""
    subtitle: str = ""
    body: str = ""  # Markdown
    quotes: list[Quote] = field(default_factory=list)
    boilerplate: str = ""
    contacts: list[Contact] = field(default_factory=list)
    letterhead: Letterhead = field(default_factory=Letterhead)
    paper: str = ""  # "a4" | "letter" | ""
    extra: dict[str, Any] = field(default_factory=dict)

    def effective_paper(self) -> str:
        return (self.paper or self.letterhead.paper or "a4").lower()
