"""Dates as people type them: in their interface's order, or ISO 8601.

Qt-free, so the editor's date field is tested without widgets. A date that
does not exist (31 February) is refused with the reason; it is never rolled
over into another date.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

# A Qt or CLDR short date pattern ("dd/MM/yyyy", "M/d/yy", "y-MM-dd") gives the field order.
ORDERS = ("DMY", "MDY", "YMD")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_PARTS = re.compile(r"(\d{1,4})\s*[/.\-\s]\s*(\d{1,2})\s*[/.\-\s]\s*(\d{1,4})\.?")


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


class DateInputError(ValueError):
    """A typed date that cannot be used; ``str()`` is the reason, in English.

    ``kind`` ("format", "year", "month" or "day") and ``params`` let an
    interface word the reason in its own language.
    """

    def __init__(self, kind: str, message: str, **params: object):
        super().__init__(message)
        self.kind = kind
        self.params = params


@dataclass(frozen=True)
class DateOrder:
    """The order and separator of a short date pattern, for parsing and printing."""

    order: str = "DMY"
    separator: str = "/"
    pad: bool = True  # "05/03/2018" rather than "5/3/2018"

    @classmethod
    def from_pattern(cls, pattern: str) -> DateOrder:
        """"dd/MM/yyyy" -> DMY "/" padded; "M/d/yy" -> MDY "/" unpadded; "yyyy-MM-dd" -> YMD."""
        letters = [ch for ch in re.sub(r"'[^']*'", "", pattern) if ch in "dMy"]
        order = ""
        for ch in letters:
            key = {"d": "D", "M": "M", "y": "Y"}[ch]
            if key not in order:
                order += key
        if order not in ORDERS:
            order = "DMY"
        sep_match = re.search(r"[dMy]+([^dMy\s]+|\s+)[dMy]", pattern)
        separator = sep_match.group(1).strip() or " " if sep_match else "/"
        pad = bool(re.search(r"dd|MM", pattern))
        return cls(order, separator, pad)

    def format(self, day: dt.date) -> str:
        d = f"{day.day:02d}" if self.pad else str(day.day)
        m = f"{day.month:02d}" if self.pad else str(day.month)
        values = {"D": d, "M": m, "Y": f"{day.year:04d}"}
        return self.separator.join(values[k] for k in self.order)

    def example(self) -> str:
        return self.format(dt.date(2018, 3, 5))


def _full_year(text: str) -> int:
    year = int(text)
    if len(text) <= 2:
        year += 2000
    elif len(text) == 3:
        raise DateInputError("year", f"'{text}' is not a year: type four digits", year=text)
    return year


def _build(year: int, month: int, day: int) -> dt.date:
    if not 1 <= month <= 12:
        raise DateInputError("month", f"there is no month {month}", month=month)
    if not 1 <= year <= 9999:
        raise DateInputError("year", f"there is no year {year}", year=year)
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        raise DateInputError("day", f"{_MONTHS[month - 1]} {year} has {last} days, not {day}",
                             day=day, month=month, year=year, last=last)
    return dt.date(year, month, day)


def parse_typed_date(text: str, order: DateOrder | str = "DMY") -> dt.date | None:
    """The date typed in *text*, ``None`` for an empty field.

    Accepts ISO 8601 (``2018-03-05``) whatever the order, and the interface's
    order with ``/``, ``.``, ``-`` or spaces (``05/03/2018`` in French,
    ``3/5/2018`` in US English; two-digit years are 20xx). Raises
    DateInputError for anything else, including dates that do not exist.
    """
    value = text.strip()
    if not value:
        return None
    how = order if isinstance(order, DateOrder) else DateOrder(order)
    m = _ISO.fullmatch(value)
    if m:
        return _build(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = _PARTS.fullmatch(value)
    if not m:
        raise DateInputError("format", f"'{value[:40]}' is not a date; type it like "
                             f"{how.example()}", text=value[:40], example=how.example())
    a, b, c = m.groups()
    if len(a) == 4:  # a year first is unambiguous: Y-M-D
        return _build(int(a), int(b), int(c))
    fields = dict(zip(how.order, (a, b, c), strict=True))
    if how.order == "YMD":
        raise DateInputError("format", f"'{value[:40]}' is not a date; type it like "
                             f"{how.example()}", text=value[:40], example=how.example())
    return _build(_full_year(fields["Y"]), int(fields["M"]), int(fields["D"]))
