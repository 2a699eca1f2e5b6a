"""A reportlab ``TTFont`` kept between processes as its parsed face (reportlab's private state).

reportlab parses a TrueType file's tables in pure Python on every ``TTFont(name, path)``.
``face_state`` gives what that parse produced, as plain picklable data; ``ttfont`` builds
the same font again from it and the file's bytes, doing the steps of ``TTFont.__init__``
after its ``TTFontFace(filename)``. Both lean on reportlab internals (the face's
``_ttf_data`` and ``_pdfScale``, the font's ``_asciiReadable``);
``tests/presskit/test_startup_caches.py`` compares a rebuilt font with a freshly parsed one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

# The face's attributes that are not parsed metrics: the file's bytes (read again each
# time) and the unit conversion (a lambda, which cannot be pickled).
_NOT_STATE = ("_ttf_data", "_pdfScale")


def face_state(font: Any) -> dict[str, Any]:
    """The parsed metrics of *font*'s face, picklable."""
    return {k: v for k, v in font.face.__dict__.items() if k not in _NOT_STATE}


def ttfont(name: str, state: dict[str, Any], data: bytes) -> Any:
    """A ``TTFont`` named *name* around the face *state* (``face_state``) of file *data*."""
    from fnmatch import fnmatch
    from weakref import WeakKeyDictionary

    from reportlab import rl_config
    from reportlab.pdfbase.ttfonts import TTEncoding, TTFont, TTFontFace

    face = TTFontFace.__new__(TTFontFace)
    face.__dict__.update(state)
    face._ttf_data = data
    face._pdfScale = _pdf_scale(state["unitsPerEm"])
    font = TTFont.__new__(TTFont)
    font.fontName = name
    font.face = face
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    font._asciiReadable = rl_config.ttfAsciiReadable
    font.shapable = not any(fnmatch(name, g) for g in rl_config.unShapedFontGlob)
    return font


def _pdf_scale(units_per_em: int) -> Callable[[float], float]:
    """reportlab's font-unit to 1/1000 em conversion (a lambda it cannot pickle)."""
    if units_per_em == 1000:
        return lambda x: x
    factor = 1000 / units_per_em
    return lambda x: x * factor
