"""The reportlab versions the backend was written for, checked before the first PDF.

The patches (``patches``) and the tagging internals (``backend``) rely on reportlab's
private code; a reportlab outside this range may lay pages out wrongly or not at all, so
Presskit refuses it with one clear line rather than a traceback or a subtly wrong PDF.
``pyproject.toml`` pins the same range (``reportlab>=4.2,<6``).
"""

from __future__ import annotations

import functools
import re

from presskit.errors import ExportError

SUPPORTED = ((4, 2), (6, 0))  # lowest supported, first unsupported (the next major)


def parse(version: str) -> tuple[int, int]:
    """(major, minor) of a version string such as ``5.1.0`` or ``4.2.5b1``; (0, 0) if none."""
    m = re.match(r"(\d+)(?:\.(\d+))?", version.strip())
    return (int(m.group(1)), int(m.group(2) or 0)) if m else (0, 0)


def problem(version: str) -> str | None:
    """Why *version* of reportlab cannot be used, or None when it can."""
    low, high = SUPPORTED
    found = parse(version)
    if low <= found < high:
        return None
    return (f"reportlab {version} is not supported (Presskit needs reportlab "
            f">= {low[0]}.{low[1]} and < {high[0]}); reinstall Presskit with its own "
            "dependencies, e.g. pip install 'reportlab>=4.2,<6'")


@functools.cache
def check() -> None:
    """Raise ``ExportError`` with one clear line if the installed reportlab is unsupported."""
    from reportlab import Version

    message = problem(Version)
    if message:
        raise ExportError(message)
