"""The contrast rule: every colour text is printed in reaches WCAG AA (4.5:1) on white."""

from __future__ import annotations

from collections.abc import Iterator

from presskit import color
from presskit.preflight import messages as M
from presskit.preflight.engine import Context
from presskit.preflight.findings import Finding, finding


def house_text_colors() -> tuple[str, ...]:
    """The house style's text colours (body ink, the greys of datelines, subheadline and
    boilerplate, the embargo red), checked too so that a change of house style cannot slip
    under the minimum unnoticed."""
    from presskit.renderers.house_style import TEXT_COLORS

    return TEXT_COLORS


def contrast(ctx: Context) -> Iterator[Finding]:
    accent = ctx.release.letterhead.color.strip()
    if accent:
        if not color.is_hex_color(accent):
            yield finding("contrast", "letterhead.color",
                          ctx.t(M.CONTRAST_MALFORMED).format(color=accent[:40]))
        else:
            ratio = color.contrast_with_white(accent)
            if ratio < color.MIN_TEXT_CONTRAST:
                darker, _ = color.text_color(accent)
                yield finding("contrast", "letterhead.color", ctx.t(M.CONTRAST_ACCENT).format(
                    color=accent.upper(), ratio=_ratio(ratio, ctx.ui_language), darker=darker))
    for value in house_text_colors():
        ratio = color.contrast_with_white(value)
        if ratio < color.MIN_TEXT_CONTRAST:
            yield finding("contrast", "letterhead", ctx.t(M.CONTRAST_COLOR).format(
                where=ctx.t(M.WHERE_LETTERHEAD), color=value, ratio=_ratio(ratio, ctx.ui_language)))


def _ratio(value: float, ui_language: str) -> str:
    """2.85, or 2,85 in French (cut, never rounded up to the minimum: 4.499 is 4.49)."""
    return M.number(int(value * 100) / 100, ui_language, "0.00")


RULES = [contrast]
