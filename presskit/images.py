"""Logos: decoding data URLs and normalising images with Pillow, under our own pixel cap.

Hostile images never hang or exhaust memory: the declared size is checked from
the header, before any pixel is decoded. Pillow's own bomb guard stays on.
"""

from __future__ import annotations

import base64
import binascii
import io
import re
from dataclasses import dataclass

from presskit.errors import ImageError

MAX_PIXELS = 40_000_000  # our own cap, well under Pillow's
MAX_SIDE = 12_000
MAX_BYTES = 20 * 1024 * 1024
PRINT_LONG_SIDE = 1800  # 300 dpi over 6 inches
_DATA_URL = re.compile(r"^data:(image/[A-Za-z0-9.+-]+)(;[^,]*)?,(.*)$", re.S)


@dataclass(frozen=True)
class NormalisedImage:
    png: bytes
    width_px: int
    height_px: int


def decode_data_url(url: str, *, source: str = "image") -> tuple[str, bytes]:
    m = _DATA_URL.match(url.strip())
    if not m or "base64" not in (m.group(2) or ""):
        raise ImageError("is not a base64 data: URL of an image", field=source)
    payload = m.group(3)
    if len(payload) > MAX_BYTES * 4 // 3 + 16:
        raise ImageError("image is too large (over 20 MB)", field=source)
    try:
        data = base64.b64decode(payload, validate=False)
    except (binascii.Error, ValueError):
        raise ImageError("the image data is not valid base64", field=source) from None
    return m.group(1).lower(), data


def encode_data_url(png: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


def fit_box(w: float, h: float, box_w: float, box_h: float) -> tuple[float, float]:
    if w <= 0 or h <= 0:
        return 0.0, 0.0
    scale = min(box_w / w, box_h / h)
    return w * scale, h * scale


def normalise_image(data: bytes, *, source: str) -> NormalisedImage:
    """Check and re-encode a PNG or JPEG as an optimised PNG of at most print resolution."""
    import warnings

    from PIL import Image, ImageOps, UnidentifiedImageError

    if len(data) > MAX_BYTES:
        raise ImageError("image is too large (over 20 MB)", field=source)
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            im = Image.open(io.BytesIO(data), formats=("PNG", "JPEG"))
        except UnidentifiedImageError:
            raise ImageError("is not a PNG or JPEG image", field=source) from None
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise ImageError("image declares too many pixels (decompression bomb?)", field=source) from None
        except (OSError, ValueError, SyntaxError) as exc:
            raise ImageError(f"unreadable image ({exc})", field=source) from None
        w, h = im.size
        if w <= 0 or h <= 0 or w > MAX_SIDE or h > MAX_SIDE or w * h > MAX_PIXELS:
            raise ImageError(f"image is {w}×{h} pixels, over the {MAX_PIXELS // 1_000_000} "
                             "megapixel limit for logos", field=source)
        try:
            im.load()
            im = ImageOps.exif_transpose(im)
            if im.mode not in ("RGB", "RGBA"):
                im = im.convert("RGBA" if "A" in im.getbands() or im.mode == "P" else "RGB")
            if max(im.size) > PRINT_LONG_SIDE:
                im.thumbnail((PRINT_LONG_SIDE, PRINT_LONG_SIDE), Image.Resampling.LANCZOS)
            out = io.BytesIO()
            im.save(out, "PNG", optimize=False)
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise ImageError("image declares too many pixels (decompression bomb?)", field=source) from None
        except (OSError, ValueError, SyntaxError) as exc:
            raise ImageError(f"corrupt or truncated image ({exc})", field=source) from None
    return NormalisedImage(out.getvalue(), im.size[0], im.size[1])


def load_logo_for_render(data_url: str, *, source: str) -> NormalisedImage | None:
    """The draft's embedded logo, checked; raises ImageError for anything hostile."""
    if not data_url:
        return None
    _mime, data = decode_data_url(data_url, source=source)
    return normalise_image(data, source=source)
