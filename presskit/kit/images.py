"""Photos for the kit PDF: upright, sRGB, at most 300 dpi at their printed size, as JPEG.

The originals are never touched: what this module makes goes into the PDF only (and the
newsroom's thumbnails). Decoding a 12-megapixel photo costs a few hundred milliseconds, so
the results live in a :class:`PhotoCache` the editor keeps across renders: re-rendering a
kit after a keystroke in the release decodes nothing. Entries are keyed by the media's
digest and the pixel size asked for; the cache is bounded in bytes and evicts the least
recently used.

Hostile images are refused as everywhere else: the declared size is checked from the
header against the photo cap (``presskit.kit.photos.MAX_PHOTO_PIXELS``, 100 MP) before any
pixel is decoded, with Pillow's own bomb guard raised to that cap only while a photo is
opened or decoded (``photo_bomb_guard``). Memory stays bounded: a JPEG is decoded by libjpeg
at 1/2, 1/4 or 1/8 scale (``Image.draft``) when that still covers the printed size; other
formats are decoded whole, then shrunk by whole factors (``Image.reduce``, through
``thumbnail``'s reducing gap) before the final resampling.
"""

from __future__ import annotations

import hashlib
import io
import math
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from presskit.errors import ImageError
from presskit.images import exif_orientation

if TYPE_CHECKING:
    from PIL import Image as PILImage

PHOTO_FORMATS = ("JPEG", "PNG", "TIFF", "WEBP")
JPEG_QUALITY = 85
PDF_IMAGES_FORMAT = 1  # bump when what ``PhotoCache.jpeg`` makes changes
_DIGEST_MEMO = 256  # media objects whose digest is remembered by identity
_DOCUMENT_MEMO = 32  # composed kit documents kept (see PhotoCache.composed)


@dataclass(frozen=True)
class Size:
    width: int  # upright: the EXIF orientation applied
    height: int


@dataclass(frozen=True)
class Jpeg:
    data: bytes
    width: int
    height: int
    key: str  # digest and size: names the image in the PDF, stable across renders


class PhotoCache:
    """Decoded, downscaled JPEGs per (media digest, pixel size), at most *max_bytes* of them.

    It also keeps the last composed kit documents (``composed``): typing in the release
    changes no document, so the preview does not compose them again. Thread-safe: the
    editor renders its preview on a worker thread.
    """

    def __init__(self, max_bytes: int = 96 * 1024 * 1024):
        self.max_bytes = max_bytes
        self._jpegs: OrderedDict[tuple[str, int, int], Jpeg] = OrderedDict()
        self._sizes: dict[str, Size] = {}
        self._digests: OrderedDict[int, tuple[bytes, str]] = OrderedDict()
        self._composed: OrderedDict[tuple[Any, ...], Any] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()
        self.decodes = 0  # how many times a photo was decoded (for tests and benchmarks)

    def digest(self, data: bytes) -> str:
        """SHA-256 of *data*, remembered for the same bytes object (no re-hashing per render)."""
        with self._lock:
            found = self._digests.get(id(data))
            if found is not None and found[0] is data:
                self._digests.move_to_end(id(data))
                return found[1]
        value = hashlib.sha256(data).hexdigest()
        with self._lock:
            self._digests[id(data)] = (data, value)  # holding data keeps its id unique
            while len(self._digests) > _DIGEST_MEMO:
                self._digests.popitem(last=False)
        return value

    def size(self, data: bytes, source: str) -> Size:
        """The upright pixel size of a photo, read from its header."""
        digest = self.digest(data)
        with self._lock:
            found = self._sizes.get(digest)
        if found is not None:
            return found
        with _open(data, source) as im:
            w, h = im.size
            if exif_orientation(im) in (5, 6, 7, 8):
                w, h = h, w
        size = Size(w, h)
        with self._lock:
            self._sizes[digest] = size
        return size

    def jpeg(self, data: bytes, source: str, max_w: int, max_h: int) -> Jpeg:
        """The photo as a JPEG of at most *max_w* × *max_h* pixels, upright and sRGB."""
        digest = self.digest(data)
        key = (digest, max_w, max_h)
        with self._lock:
            found = self._jpegs.get(key)
            if found is not None:
                self._jpegs.move_to_end(key)
                return found
        out = _make_jpeg(data, source, max_w, max_h, f"{digest[:16]}-{max_w}x{max_h}")
        with self._lock:
            self.decodes += 1
            if key not in self._jpegs:
                self._jpegs[key] = out
                self._bytes += len(out.data)
            while self._bytes > self.max_bytes and len(self._jpegs) > 1:
                _key, old = self._jpegs.popitem(last=False)
                self._bytes -= len(old.data)
        return out

    def composed(self, key: tuple[Any, ...], make: Callable[[], Any]) -> Any:
        """What *make* returns for *key*, made once while it stays among the last few."""
        with self._lock:
            if key in self._composed:
                self._composed.move_to_end(key)
                return self._composed[key]
        value = make()
        with self._lock:
            self._composed[key] = value
            while len(self._composed) > _DOCUMENT_MEMO:
                self._composed.popitem(last=False)
        return value

    def __len__(self) -> int:
        return len(self._jpegs)


def _fail(source: str, message: str) -> ImageError:
    return ImageError(message, path=source)


def _open(data: bytes, source: str) -> PILImage.Image:
    """The image opened lazily, its declared size checked before any pixel is decoded."""
    from presskit.kit.photos import open_photo

    return open_photo(data, source)


def _draft(im: PILImage.Image, max_w: int, max_h: int) -> None:
    """Have libjpeg decode at the smallest 1/2, 1/4 or 1/8 scale that still covers the
    printed size (*max_w* × *max_h*, upright): a 61 MP photo printed 2,000 px wide decodes
    at 1/4, 11 MB instead of 172. (``decode_and_shrink`` asks for a square box, which for a
    3:2 photo would keep twice the pixels.)"""
    w, h = im.size
    if exif_orientation(im) in (5, 6, 7, 8):
        max_w, max_h = max_h, max_w
    scale = min(max_w / w, max_h / h)
    if scale < 1:
        im.draft(None, (max(1, math.ceil(w * scale)), max(1, math.ceil(h * scale))))


def _is_srgb(icc: bytes | None) -> bool:
    return not icc or b"sRGB" in icc[:4096]


def _make_jpeg(data: bytes, source: str, max_w: int, max_h: int, key: str) -> Jpeg:
    from PIL import Image

    from presskit.images import decode_and_shrink
    from presskit.kit.photos import photo_bomb_guard

    try:
        with photo_bomb_guard(), _open(data, source) as im:
            long_side = max(max_w, max_h, 1)
            if (im.format == "JPEG" and im.mode in ("RGB", "L") and exif_orientation(im) == 1
                    and _is_srgb(im.info.get("icc_profile"))
                    and im.width <= max_w and im.height <= max_h):
                return Jpeg(data, im.width, im.height, key)  # already fit for print
            if im.format == "JPEG":
                _draft(im, max_w, max_h)
            img = decode_and_shrink(im, long_side)
            if img.width > max_w or img.height > max_h:  # a pixel of rounding, at most
                img = img.resize((min(img.width, max_w), min(img.height, max_h)),
                                 Image.Resampling.LANCZOS)
            if img.mode in ("RGBA", "LA", "PA"):
                flat = Image.new("RGB", img.size, (255, 255, 255))
                flat.paste(img, mask=img.getchannel("A"))
                img = flat
            elif img.mode not in ("RGB", "L"):
                img = img.convert("RGB")
            buf = io.BytesIO()
            img.save(buf, "JPEG", quality=JPEG_QUALITY)
    except ImageError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise _fail(source, "image declares too many pixels: refused as a possible "
                            "decompression bomb") from None
    except (OSError, ValueError, SyntaxError, EOFError, IndexError, KeyError, TypeError,
            ZeroDivisionError) as exc:
        raise _fail(source, f"corrupt or truncated image ({exc})") from None
    except MemoryError:
        raise _fail(source, "image needs too much memory to decode") from None
    return Jpeg(buf.getvalue(), img.width, img.height, key)
