"""The letterhead accent colour, and the WCAG contrast rule for text set in it."""

from __future__ import annotations

import colorsys
import re

_HEX = re.compile(r"^#([0-9A-Fa-f]{6})$")
MIN_TEXT_CONTRAST = 4.5  # WCAG AA for normal text on white


def parse_hex(color: str) -> tuple[int, int, int]:
    m = _HEX.match(color.strip())
    if not m:
        raise ValueError(f"'{color}' is not a colour like #1F3A5F")
    v = m.group(1)
    return int(v[0:2], 16), int(v[2:4], 16), int(v[4:6], 16)


def to_hex(rgb: tuple[int, int, int]) -> str:
    return "#{:02X}{:02X}{:02X}".format(*rgb)


def relative_luminance(rgb: tuple[int, int, int]) -> float:
    def channel(c: int) -> float:
        s = c / 255.0
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_with_white(color: str) -> float:
    return 1.05 / (relative_luminance(parse_hex(color)) + 0.05)


def text_color(accent: str) -> tuple[str, str | None]:
    """The accent as used for text on white: darkened until it reaches 4.5:1.

    Returns (colour, warning or None). Rules and fills may keep the original colour.
    """
    accent = accent.upper()
    if contrast_with_white(accent) >= MIN_TEXT_CONTRAST:
        return accent, None
    r, g, b = (c / 255.0 for c in parse_hex(accent))
    h, lightness, s = colorsys.rgb_to_hls(r, g, b)
    candidate = accent
    while lightness > 0:
        lightness = max(0.0, lightness - 0.01)
        rr, gg, bb = colorsys.hls_to_rgb(h, lightness, s)
        candidate = to_hex((round(rr * 255), round(gg * 255), round(bb * 255)))
        if contrast_with_white(candidate) >= MIN_TEXT_CONTRAST:
            break
    return candidate, (f"letterhead colour {accent} is too light for text "
                       f"(contrast {contrast_with_white(accent):.1f}:1); text uses {candidate}")
