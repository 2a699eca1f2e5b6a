"""When a PDF says it was made: the export time, or ``SOURCE_DATE_EPOCH``.

``SOURCE_DATE_EPOCH`` (https://reproducible-builds.org/specs/source-date-epoch/) is a
count of seconds since 1970-01-01 UTC; when it is set, the PDF's CreationDate and ModDate
are that moment in UTC, and the same release gives the same bytes. A value that is not a
plain non-negative integer, or lies past the year 9999, is ignored: the export time is
used, as when the variable is not set.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping

_LAST = 253_402_300_799  # 9999-12-31 23:59:59 UTC: PDF dates have four-digit years


def source_date_epoch(environ: Mapping[str, str] | None = None) -> int | None:
    """The valid ``SOURCE_DATE_EPOCH`` in *environ* (default ``os.environ``), else None."""
    raw = (os.environ if environ is None else environ).get("SOURCE_DATE_EPOCH", "").strip()
    if not raw.isascii() or not raw.isdigit():
        return None
    value = int(raw) if len(raw) <= 20 else _LAST + 1  # never int() of 5,000 digits
    return value if value <= _LAST else None


def export_time(environ: Mapping[str, str] | None = None) -> dt.datetime:
    """The time a PDF exported now carries, with its UTC offset."""
    epoch = source_date_epoch(environ)
    if epoch is not None:
        return dt.datetime.fromtimestamp(epoch, tz=dt.UTC)
    return dt.datetime.now().astimezone()
