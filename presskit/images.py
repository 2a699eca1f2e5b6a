"""Logos: decoding data URLs and normalising images with Pillow, under our own pixel cap.

Hostile images never hang or exhaust memory: the declared size is checked from
the header (``Image.open`` is lazy), before any pixel is decoded. Pillow's own
decompression-bomb guard stays on and its warning is treated as an error.

Every image that enters a draft or a profile goes through :func:`normalise_image`:
EXIF orientation applied, converted to RGB or RGBA, scaled down to print
resolution and re-encoded as PNG. Errors are :class:`ImageError` whose text
starts with the ``source`` (a file name or a field such as ``letterhead.logo``).
"""

from __future__ import annotations

import base64
import binascii
import io
import os
import re
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from presskit.errors import N_, ImageError, Msg, msg

if TYPE_CHECKING:
    from PIL import Image as PILImage

MAX_PIXELS = 40_000_000  # our own cap, well under Pillow's (about 89 million)
MAX_SIDE = 12_000
MAX_BYTES = 20 * 1024 * 1024  # encoded size of one image
PRINT_LONG_SIDE = 1800  # 300 dpi over 6 inches
NORMALISE_FORMAT = 1  # bump when normalise_image() changes what it produces (cache key)
# Raster formats accepted from the user; whatever comes in leaves as PNG.
FORMATS = ("PNG", "JPEG", "GIF", "BMP", "WEBP")

_DATA_URL = re.compile(r"^data:(image/[A-Za-z0-9.+-]+)((?:;[^,;]*)*),(.*)$", re.S)
_MAX_URL_CHARS = MAX_BYTES * 4 // 3 + 1024

# EXIF orientation tag value -> transpose method name (as in PIL.ImageOps.exif_transpose).
_ORIENTATION = {
    2: "FLIP_LEFT_RIGHT",
    3: "ROTATE_180",
    4: "FLIP_TOP_BOTTOM",
    5: "TRANSPOSE",
    6: "ROTATE_270",
    7: "TRANSVERSE",
    8: "ROTATE_90",
}


@dataclass(frozen=True)
class NormalisedImage:
    """A checked PNG of at most print resolution, with its pixel size."""

    png: bytes
    width_px: int
    height_px: int

    @property
    def size(self) -> tuple[int, int]:
        return self.width_px, self.height_px

    def data_url(self) -> str:
        return encode_data_url(self.png)


def _fail(source: str, message: Msg) -> ImageError:
    return ImageError(message, path=source or "image")


# -- data URLs ---------------------------------------------------------------------------------

def decode_data_url(url: str, *, source: str = "image") -> tuple[str, bytes]:
    """``data:image/…;base64,…`` -> (mime type, bytes). Raises ImageError otherwise."""
    if not isinstance(url, str):
        raise _fail(source, msg(N_("is not a data: URL of an image")))
    if len(url) > _MAX_URL_CHARS:
        raise _fail(source, msg(N_("image is too large (over {mb} MB)"),
                                mb=MAX_BYTES // (1024 * 1024)))
    m = _DATA_URL.match(url.strip())
    if not m:
        raise _fail(source, msg(N_("is not a data: URL of an image (data:image/png;base64,…)")))
    params = [p.strip().lower() for p in m.group(2).split(";") if p.strip()]
    if "base64" not in params:
        raise _fail(source, msg(N_("the image data URL is not base64-encoded")))
    payload = re.sub(r"\s+", "", m.group(3))
    try:
        data = base64.b64decode(payload, validate=True)
    except (binascii.Error, ValueError):
        raise _fail(source, msg(N_("the image data is not valid base64"))) from None
    if not data:
        raise _fail(source, msg(N_("the image data is empty")))
    return m.group(1).lower(), data


def encode_data_url(png_bytes: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(png_bytes).decode("ascii")


# -- geometry ----------------------------------------------------------------------------------

def fit_box(w: float, h: float, box_w: float, box_h: float) -> tuple[float, float]:
    """The largest (w, h) with the same aspect ratio that fits in box_w × box_h.

    Scales up as well as down; (0, 0) for an empty image or box.
    """
    if w <= 0 or h <= 0 or box_w <= 0 or box_h <= 0:
        return 0.0, 0.0
    scale = min(box_w / w, box_h / h)
    return w * scale, h * scale


# -- normalising -------------------------------------------------------------------------------

def normalise_file(path: str | os.PathLike[str], *, source: str | None = None,
                   optimize: bool = True) -> NormalisedImage:
    """Read an image file (size checked before reading) and normalise it."""
    p = Path(path)
    src = source or str(p)
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise _fail(src, msg(N_("image file is too large ({size} MB; the limit is {mb} MB)"),
                                 size=f"{size / 1_048_576:.0f}", mb=MAX_BYTES // 1_048_576))
        data = p.read_bytes()
    except OSError as exc:
        raise _fail(src, msg(N_("cannot read the image file ({reason})"),
                             reason=exc.strerror or str(exc))) from None
    return normalise_image(data, source=src, optimize=optimize)


def normalise_image(data: bytes, *, source: str, optimize: bool = True,
                    long_side: int = PRINT_LONG_SIDE) -> NormalisedImage:
    """Check a raster image and re-encode it as a PNG of at most ``long_side`` pixels.

    Refuses (ImageError naming ``source``) anything that is not a PNG, JPEG, GIF,
    BMP or WebP image, corrupt or truncated files, and images declaring more than
    MAX_PIXELS pixels or a side over MAX_SIDE -- the latter before decoding any pixel.
    """
    from PIL import Image, UnidentifiedImageError

    if len(data) > MAX_BYTES:
        raise _fail(source, msg(N_("image is too large (over {mb} MB)"),
                                mb=MAX_BYTES // 1_048_576))
    if not data:
        raise _fail(source, msg(N_("the image is empty")))
    bomb = (Image.DecompressionBombError, Image.DecompressionBombWarning)
    # Pillow's own guard, its warning made an error. Only around open(): that is
    # where Pillow checks the declared size, and catch_warnings (process-wide
    # state) is best held briefly. Our cap below is stricter than Pillow's anyway.
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            im = Image.open(io.BytesIO(data), formats=FORMATS)
    except UnidentifiedImageError:
        raise _fail(source, msg(N_("is not a PNG or JPEG image (or another supported "
                                   "raster format)"))) from None
    except bomb as exc:
        raise _fail(source, _bomb_reason(exc)) from None
    except (OSError, ValueError, SyntaxError, EOFError) as exc:
        raise _fail(source, msg(N_("unreadable image ({detail})"), detail=str(exc))) from None
    with im:
        w, h = im.size
        if w <= 0 or h <= 0:
            raise _fail(source, msg(N_("image has an impossible size {w}×{h}"), w=w, h=h))
        if w > MAX_SIDE or h > MAX_SIDE or w * h > MAX_PIXELS:
            raise _fail(source, msg(N_("image is {w}×{h} pixels, over the limit for logos "
                                       "({megapixels} megapixels, {side} pixels a side)"),
                                    w=w, h=h, megapixels=MAX_PIXELS // 1_000_000, side=MAX_SIDE))
        try:
            out = decode_and_shrink(im, long_side)
            buf = io.BytesIO()
            out.save(buf, "PNG", optimize=optimize)
        except bomb as exc:
            raise _fail(source, _bomb_reason(exc)) from None
        except (OSError, ValueError, SyntaxError, EOFError, IndexError,
                KeyError, TypeError, ZeroDivisionError) as exc:
            raise _fail(source, msg(N_("corrupt or truncated image ({detail})"),
                                    detail=str(exc))) from None
        except MemoryError:
            raise _fail(source, msg(N_("image needs too much memory to decode"))) from None
    return NormalisedImage(buf.getvalue(), out.size[0], out.size[1])


def bomb_message(exc: BaseException) -> str:
    """The decompression-bomb refusal in English (presskit.kit.photos words its own)."""
    return _bomb_reason(exc).text()


def _bomb_reason(exc: BaseException) -> Msg:
    m = re.search(r"\((\d+) pixels\)", str(exc))
    if m is None:
        return msg(N_("image declares too many pixels: refused as a possible decompression bomb"))
    return msg(N_("image declares too many pixels ({megapixels} megapixels): refused as a "
                  "possible decompression bomb"), megapixels=f"{int(m.group(1)) / 1e6:.0f}")


def decode_and_shrink(im: PILImage.Image, long_side: int) -> PILImage.Image:
    """*im* decoded (JPEG at a reduced scale when that covers the box), at most *long_side*
    pixels on its long side, upright, sRGB, in RGB, RGBA or L. Used for logos and kit photos."""
    from PIL import Image

    if im.format == "JPEG":
        # Let libjpeg decode at 1/2, 1/4 or 1/8 scale when that still covers the box.
        im.draft(None, (long_side, long_side))
    im.load()
    orientation = exif_orientation(im)
    icc = im.info.get("icc_profile")
    img = _to_working_mode(im)
    if max(img.size) > long_side:
        img.thumbnail((long_side, long_side), Image.Resampling.LANCZOS, reducing_gap=3.0)
    if icc and img.mode in ("RGB", "RGBA", "CMYK"):
        img = _to_srgb(img, icc)
    if img.mode == "CMYK":
        img = img.convert("RGB")
    method = _ORIENTATION.get(orientation)
    if method:
        img = img.transpose(getattr(Image.Transpose, method))
    if img.mode == "L":
        img = img.convert("RGB")
    elif img.mode == "LA":
        img = img.convert("RGBA")
    if img.mode == "RGBA" and img.getchannel("A").getextrema() == (255, 255):
        img = img.convert("RGB")  # fully opaque: drop the alpha channel
    return img


def exif_orientation(im: PILImage.Image) -> int:
    """The EXIF orientation tag (1 to 8); 1 when there is none or it is malformed."""
    try:
        value = im.getexif().get(0x0112, 1)
    except Exception:  # a malformed EXIF block only loses the orientation
        return 1
    return value if isinstance(value, int) else 1


def _to_working_mode(im: PILImage.Image) -> PILImage.Image:
    """RGB, RGBA, L, LA or CMYK: modes that resize well and convert cleanly."""
    mode = im.mode
    if mode in ("RGB", "RGBA", "L", "LA", "CMYK"):
        return im
    if mode in ("P", "PA"):
        has_alpha = mode == "PA" or "transparency" in im.info
        return im.convert("RGBA" if has_alpha else "RGB")
    if mode == "1":
        return im.convert("L")
    if mode.startswith("I;16") or mode in ("I", "F"):
        # 16-bit grey: scale to 8 bits (a plain convert would clip, not scale).
        grey = im.convert("I") if mode != "F" else im
        return grey.point(lambda v: v / 257.0).convert("L")
    if mode in ("RGBa", "La"):
        return im.convert("RGBA" if mode == "RGBa" else "LA")
    return im.convert("RGBA" if "A" in im.getbands() else "RGB")


def _to_srgb(img: PILImage.Image, icc: bytes) -> PILImage.Image:
    """Convert from an embedded ICC profile to sRGB; on any trouble keep the pixels as they are."""
    try:
        from PIL import ImageCms

        src = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        dst = ImageCms.createProfile("sRGB")
        out_mode = "RGBA" if img.mode == "RGBA" else "RGB"
        converted = ImageCms.profileToProfile(img, src, dst, outputMode=out_mode)
    except Exception:
        return img
    return converted if converted is not None else img


# -- logos in drafts ---------------------------------------------------------------------------

def load_logo_for_render(data_url: str, *, source: str) -> NormalisedImage | None:
    """The draft's embedded logo, checked; None when there is none.

    Raises ImageError for anything hostile or broken: callers leave the logo
    out and warn, naming ``source`` (e.g. ``letterhead.logo``).
    """
    if not data_url or not data_url.strip():
        return None
    import PIL

    from presskit import diskcache

    # A draft's logo rarely changes between exports: keep the checked result on disk
    # (only successes; a broken logo is checked again to report it).
    key = f"{diskcache.digest(data_url)}|Pillow {PIL.__version__}|{NORMALISE_FORMAT}"
    cached = diskcache.load("logos", key)
    if isinstance(cached, NormalisedImage):
        return cached
    _mime, data = decode_data_url(data_url, source=source)
    # No PNG optimisation here: the renderers re-compress the pixels anyway.
    image = normalise_image(data, source=source, optimize=False)
    diskcache.store("logos", key, image)
    return image


def normalise_data_url(data_url: str, *, source: str) -> str:
    """A logo data URL checked and re-encoded as a normalised PNG data URL ("" stays "")."""
    if not data_url:
        return ""
    _mime, data = decode_data_url(data_url, source=source)
    return normalise_image(data, source=source).data_url()
