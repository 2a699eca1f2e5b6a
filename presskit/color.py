"""The letterhead accent colour, and the WCAG contrast rule for text set in it.

Text in the accent colour must reach 4.5:1 against white (WCAG 2 AA for body
text). A lighter accent is darkened for text only, keeping its hue; rules,
bars and fills may still use the original colour.
"""

from __future__ import annotations

import colorsys
import re

_HEX = re.compile(r"^#([0-9A-Fa-f]{6})$")
MIN_TEXT_CONTRAST = 4.5  # WCAG AA for normal text on white
WHITE = "#FFFFFF"


def is_hex_color(value: object) -> bool:
    """True for a string like ``#1F3A5F`` (six hex digits, either case)."""
    return isinstance(value, str) and bool(_HEX.match(value))


def parse_hex(color: str) -> tuple[int, int, int]:
    """``#RRGGBB`` -> (r, g, b) in 0..255. Raises ValueError for anything else."""
    m = _HEX.match(color.strip()) if isinstance(color, str) else None
    if not m:
        raise ValueError(f"'{color}' is not a colour like #1F3A5F")
    v = m.group(1)
    return int(v[0:2], 16), int(v[2:4], 16), int(v[4:6], 16)


def to_hex(rgb: tuple[int, int, int]) -> str:
    r, g, b = (max(0, min(255, int(c))) for c in rgb)
    return f"#{r:02X}{g:02X}{b:02X}"


def relative_luminance(rgb: tuple[int, int, int]) -> float:
    """WCAG 2 relative luminance of an sRGB colour, 0 (black) to 1 (white)."""

    def channel(c: int) -> float:
        s = c / 255.0
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: str, b: str) -> float:
    """WCAG contrast ratio between two ``#RRGGBB`` colours, 1 to 21."""
    la = relative_luminance(parse_hex(a))
    lb = relative_luminance(parse_hex(b))
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)


def contrast_with_white(color: str) -> float:
    return contrast_ratio(color, WHITE)


def darken_for_text(color: str, minimum: float = MIN_TEXT_CONTRAST) -> str:
    """The lightest colour of the same hue and saturation (in HLS) reaching ``minimum`` on white."""
    color = to_hex(parse_hex(color))
    if contrast_with_white(color) >= minimum:
        return color
    r, g, b = (c / 255.0 for c in parse_hex(color))
    h, lightness, s = colorsys.rgb_to_hls(r, g, b)

    def at(lum: float) -> str:
        rr, gg, bb = colorsys.hls_to_rgb(h, lum, s)
        return to_hex((round(rr * 255), round(gg * 255), round(bb * 255)))

    # Contrast grows as lightness falls: bisect for the lightest passing value.
    lo, hi = 0.0, lightness  # at(lo) passes (black), at(hi) fails
    for _ in range(30):
        mid = (lo + hi) / 2
        if contrast_with_white(at(mid)) >= minimum:
            lo = mid
        else:
            hi = mid
    best = at(lo)
    return best if contrast_with_white(best) >= minimum else "#000000"


def text_color(accent: str) -> tuple[str, str | None]:
    """The accent as used for text on white, and a warning when it had to be darkened.

    Returns (``#RRGGBB``, warning or None). Raises ValueError for a malformed colour.
    """
    accent = to_hex(parse_hex(accent))
    ratio = contrast_with_white(accent)
    if ratio >= MIN_TEXT_CONTRAST:
        return accent, None
    darker = darken_for_text(accent)
    return darker, (f"Letterhead colour {accent} is too light for text "
                    f"(contrast {ratio:.2f}:1 on white); using {darker} for text.")
