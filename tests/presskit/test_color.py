"""Accent colour parsing and the 4.5:1 contrast rule for text on white."""

from __future__ import annotations

import colorsys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from presskit.color import (
    MIN_TEXT_CONTRAST,
    contrast_ratio,
    contrast_with_white,
    darken_for_text,
    is_hex_color,
    parse_hex,
    relative_luminance,
    text_color,
    to_hex,
)


def hue(color: str) -> float:
    r, g, b = (c / 255 for c in parse_hex(color))
    return colorsys.rgb_to_hls(r, g, b)[0]


def test_parse_and_format() -> None:
    assert parse_hex("#1f3a5f") == (0x1F, 0x3A, 0x5F)
    assert parse_hex(" #FFE066 ") == (255, 224, 102)
    assert to_hex((255, 224, 102)) == "#FFE066"
    assert to_hex((300, -4, 7)) == "#FF0007"


@pytest.mark.parametrize("bad", ["", "FFE066", "#FFF", "#GGGGGG", "#FFE0666", "red", "rgb(1,2,3)"])
def test_malformed_colours_are_refused(bad: str) -> None:
    assert not is_hex_color(bad)
    with pytest.raises(ValueError, match="is not a colour like #1F3A5F"):
        parse_hex(bad)
    with pytest.raises(ValueError):
        text_color(bad)


def test_is_hex_color() -> None:
    assert is_hex_color("#00aaFF")
    assert not is_hex_color(None)
    assert not is_hex_color(123456)


def test_luminance_and_contrast_reference_values() -> None:
    assert relative_luminance((255, 255, 255)) == pytest.approx(1.0)
    assert relative_luminance((0, 0, 0)) == pytest.approx(0.0)
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#FFFFFF", "#000000") == pytest.approx(21.0)
    assert contrast_with_white("#FFFFFF") == pytest.approx(1.0)
    # Published WCAG examples: #767676 is the lightest grey passing AA on white.
    assert contrast_with_white("#767676") == pytest.approx(4.54, abs=0.01)
    assert contrast_with_white("#777777") == pytest.approx(4.48, abs=0.01)


def test_light_yellow_is_darkened_for_text() -> None:
    color, warning = text_color("#ffe066")
    assert color != "#FFE066"
    assert contrast_with_white(color) >= MIN_TEXT_CONTRAST
    # Not needlessly dark: just past the threshold.
    assert contrast_with_white(color) < MIN_TEXT_CONTRAST + 0.3
    # Still a yellow/olive: same hue, red and green well above blue.
    assert hue(color) == pytest.approx(hue("#FFE066"), abs=0.02)
    r, g, b = parse_hex(color)
    assert r > b and g > b
    assert warning == (f"Letterhead colour #FFE066 is too light for text "
                       f"(contrast {contrast_with_white('#FFE066'):.2f}:1 on white); "
                       f"using {color} for text.")


def test_dark_navy_is_unchanged() -> None:
    assert text_color("#1B3A6B") == ("#1B3A6B", None)
    assert text_color("#1b3a6b") == ("#1B3A6B", None)  # normalised to upper case


def test_threshold_boundary() -> None:
    assert text_color("#767676") == ("#767676", None)
    color, warning = text_color("#777777")
    assert warning is not None
    assert "#777777" in warning and color in warning
    assert contrast_with_white(color) >= MIN_TEXT_CONTRAST


def test_white_becomes_a_grey_that_passes() -> None:
    color, warning = text_color("#FFFFFF")
    assert warning is not None
    r, g, b = parse_hex(color)
    assert r == g == b
    assert contrast_with_white(color) >= MIN_TEXT_CONTRAST


def test_darken_for_text_keeps_passing_colours() -> None:
    assert darken_for_text("#000000") == "#000000"
    assert darken_for_text("#0B6E4F") == "#0B6E4F"
    assert contrast_with_white(darken_for_text("#00FF00")) >= MIN_TEXT_CONTRAST
    assert contrast_with_white(darken_for_text("#FFE066", minimum=7.0)) >= 7.0


@settings(max_examples=300, deadline=None)
@given(st.tuples(*(st.integers(0, 255),) * 3))
def test_text_colour_always_passes(rgb: tuple[int, int, int]) -> None:
    accent = to_hex(rgb)
    color, warning = text_color(accent)
    assert is_hex_color(color)
    assert contrast_with_white(color) >= MIN_TEXT_CONTRAST
    if contrast_with_white(accent) >= MIN_TEXT_CONTRAST:
        assert (color, warning) == (accent, None)
    else:
        assert warning is not None and accent in warning
        # Darkened, never lightened.
        assert relative_luminance(parse_hex(color)) < relative_luminance(rgb)
