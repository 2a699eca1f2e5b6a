"""Photos as photo desks ship them: what they are and what they say, without decoding a pixel.

:func:`identify_photo` checks that the bytes are a JPEG, PNG, TIFF or WebP image under the
pixel cap (``MAX_PHOTO_PIXELS``, 100 MP; declared size read from the header, Pillow's bomb
guard on) and returns its format, its pixel size once the EXIF orientation is applied, and
the metadata it carries:

=========  ==============================================  ============================
field      XMP (first choice)                              IPTC-IIM (fallback)
=========  ==============================================  ============================
caption    ``dc:description``                              2:120 Caption/Abstract
credit     ``photoshop:Credit``, else ``dc:creator``       2:110 Credit, else 2:80 By-line
rights     ``dc:rights``                                   2:116 Copyright Notice
date       EXIF DateTimeOriginal, else XMP ``exif:DateTimeOriginal`` or
           ``photoshop:DateCreated``, else IPTC 2:55 Date Created
alt        ``Iptc4xmpCore:AltTextAccessibility`` (IPTC 2021)
=========  ==============================================  ============================

Where the blocks live: JPEG APP1 (XMP) and APP13 (Photoshop 8BIM resource 0x0404, IPTC);
PNG iTXt ``XML:com.adobe.xmp``; TIFF tags 700 (XMP) and 33723 (IPTC); WebP ``XMP `` chunk.
The XMP packet is parsed with ``xml.etree`` after refusing any DTD (no entities, so no
entity expansion) and capping its size; IPTC text is UTF-8 when 1:90 says ``ESC % G``,
else Latin-1. Metadata that cannot be read is simply absent: only the image itself must be
sound.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import re
import struct
import threading
import warnings
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from presskit.errors import ImageError

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

    from PIL import Image as PILImage

MAX_PHOTO_BYTES = 80 * 1024 * 1024  # a press photo may be a large TIFF
MAX_PHOTO_SIDE = 30_000
# Photos have their own cap, above the logos' 40 MP (presskit.images.MAX_PIXELS): press
# photos come from 45 MP (Nikon Z9) and 61 MP (Sony α7R) cameras, and medium format reaches
# 100 MP. The kit PDF decodes them at a reduced scale (see presskit.kit.images).
MAX_PHOTO_PIXELS = 100_000_000
PILLOW_DEFAULT_MAX_PIXELS = 89_478_485  # Pillow's Image.MAX_IMAGE_PIXELS, for the tests
MAX_XMP_BYTES = 2 * 1024 * 1024
PHOTO_FORMATS = ("JPEG", "PNG", "TIFF", "WEBP")
MIME_TYPES = {"JPEG": "image/jpeg", "PNG": "image/png", "TIFF": "image/tiff",
              "WEBP": "image/webp"}
EXTENSIONS = {"JPEG": ".jpg", "PNG": ".png", "TIFF": ".tif", "WEBP": ".webp"}

_NS = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "dc": "http://purl.org/dc/elements/1.1/",
    "photoshop": "http://ns.adobe.com/photoshop/1.0/",
    "exif": "http://ns.adobe.com/exif/1.0/",
    "Iptc4xmpCore": "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/",
}
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_XMP_JPEG = b"http://ns.adobe.com/xap/1.0/\x00"
_PHOTOSHOP = b"Photoshop 3.0\x00"
_IPTC_RESOURCE = 0x0404
_ORIENTATION_TAG = 0x0112
_EXIF_IFD = 0x8769
_DATE_TIME_ORIGINAL = 0x9003


@dataclass(frozen=True)
class PhotoMetadata:
    """What the photo says about itself; "" where it says nothing."""

    caption: str = ""
    credit: str = ""
    rights: str = ""
    date: str = ""  # ISO date, YYYY-MM-DD
    alt: str = ""  # IPTC 2021 "Alt Text (Accessibility)", XMP Iptc4xmpCore:AltTextAccessibility


@dataclass(frozen=True)
class PhotoInfo:
    """A checked photo: format, upright pixel size, EXIF orientation and metadata."""

    format: str  # one of PHOTO_FORMATS
    width: int  # after the EXIF orientation is applied
    height: int
    orientation: int = 1  # EXIF 1-8
    mode: str = "RGB"  # Pillow's mode: RGB, CMYK, L…
    has_icc: bool = False
    metadata: PhotoMetadata = field(default_factory=PhotoMetadata)

    @property
    def mime(self) -> str:
        return MIME_TYPES[self.format]

    @property
    def extension(self) -> str:
        return EXTENSIONS[self.format]


def _fail(name: str, message: str) -> ImageError:
    return ImageError(message, path=name or "photo")


class _PhotoBombGuard:
    """Pillow's decompression-bomb limit (``Image.MAX_IMAGE_PIXELS``, 89 MP by default) raised
    to the photo cap while a photo is opened or decoded, then put back.

    Pillow keeps the limit in a module variable, so the guard counts who holds it (the preview
    worker and an export may open photos at once) and restores the limit when the last one
    leaves. Logos opened meanwhile keep their stricter 40 MP check from the header.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._holders = 0
        self._saved: int | None = None

    @contextlib.contextmanager
    def __call__(self) -> Iterator[None]:
        from PIL import Image

        with self._lock:
            if self._holders == 0:
                self._saved = Image.MAX_IMAGE_PIXELS
                if self._saved is not None and self._saved < MAX_PHOTO_PIXELS:
                    Image.MAX_IMAGE_PIXELS = MAX_PHOTO_PIXELS
            self._holders += 1
        try:
            yield
        finally:
            with self._lock:
                self._holders -= 1
                if self._holders == 0:
                    Image.MAX_IMAGE_PIXELS = self._saved


photo_bomb_guard = _PhotoBombGuard()
"""``with photo_bomb_guard():`` open or decode a photo under the photo cap."""


def photo_size_error(name: str, w: int, h: int) -> ImageError | None:
    """The refusal of a photo declaring *w* × *h* pixels, or None when the size is fine."""
    if w <= 0 or h <= 0:
        return _fail(name, f"image has an impossible size {w}×{h}")
    if w > MAX_PHOTO_SIDE or h > MAX_PHOTO_SIDE or w * h > MAX_PHOTO_PIXELS:
        return _fail(name, f"image is {w}×{h} pixels ({w * h / 1e6:.0f} megapixels), over the "
                           f"limit for photos ({MAX_PHOTO_PIXELS // 1_000_000} megapixels, "
                           f"{MAX_PHOTO_SIDE} pixels a side)")
    return None


def open_photo(data: bytes, name: str) -> PILImage.Image:
    """*data* opened lazily under the photo cap, its declared size checked before any pixel is
    decoded; ImageError naming *name*. Decode it inside ``photo_bomb_guard()``."""
    from PIL import Image, UnidentifiedImageError

    from presskit.images import bomb_message

    try:
        with photo_bomb_guard(), warnings.catch_warnings(record=True) as caught:
            warnings.filterwarnings("ignore", category=UserWarning, module=r"PIL\.")
            # Recorded, not raised: open() decodes no pixel, and the check below then names
            # the size and the cap. Past twice the cap Pillow raises the error itself.
            warnings.simplefilter("always", Image.DecompressionBombWarning)
            im = Image.open(io.BytesIO(data), formats=PHOTO_FORMATS)
    except UnidentifiedImageError:
        raise _fail(name, "is not an image Presskit accepts as a photo (JPEG, PNG, TIFF or "
                          "WebP)") from None
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise _fail(name, bomb_message(exc)) from None
    except (OSError, ValueError, SyntaxError, EOFError, struct.error) as exc:
        raise _fail(name, f"unreadable image ({exc})") from None
    refusal = photo_size_error(name, *im.size)
    if refusal is None and any(issubclass(w.category, Image.DecompressionBombWarning)
                               for w in caught):
        refusal = _fail(name, bomb_message(Image.DecompressionBombWarning(str(caught[0].message))))
    if refusal is not None:
        im.close()
        raise refusal
    return im


def identify_photo(data: bytes, name: str) -> PhotoInfo:
    """Check *data* is a photo Presskit accepts and describe it; ImageError naming *name*."""
    if not data:
        raise _fail(name, "the file is empty, not an image")
    if len(data) > MAX_PHOTO_BYTES:
        raise _fail(name, f"photo is too large ({len(data) / 1_048_576:.0f} MiB; the limit is "
                          f"{MAX_PHOTO_BYTES // 1_048_576} MiB)")
    im = open_photo(data, name)
    with im:
        fmt = "JPEG" if im.format == "MPO" else str(im.format)
        if fmt not in PHOTO_FORMATS:
            raise _fail(name, f"is a {im.format} image; photos must be JPEG, PNG, TIFF or WebP")
        w, h = im.size
        with warnings.catch_warnings():
            # Pillow warns (on stderr) about odd tags; metadata is best effort, never noise.
            warnings.filterwarnings("ignore", category=UserWarning, module=r"PIL\.")
            orientation, exif_date = _exif(im)
            meta = _metadata(im, fmt, data, exif_date)
        if fmt == "TIFF":
            w, h = _tiff_stored_size(im, w, h)
        if orientation in (5, 6, 7, 8):
            w, h = h, w
        return PhotoInfo(format=fmt, width=w, height=h, orientation=orientation,
                         mode=im.mode, has_icc=bool(im.info.get("icc_profile")), metadata=meta)


def identify_logo(data: bytes, name: str) -> str:
    """What a logo file is: a photo format (checked as a photo is), "SVG", "EPS" or "PDF";
    ImageError naming *name* for anything else. Logos are kept as added, never converted."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith((b"%!PS", b"\xc5\xd0\xd3\xc6")):
        return "EPS"
    if head.startswith(b"%PDF-"):
        return "PDF"
    if head.startswith((b"<?xml", b"<svg", b"<!--", b"<!DOCTYPE svg")) and b"<svg" in head:
        return "SVG"
    try:
        return identify_photo(data, name).format
    except ImageError as exc:
        raise _fail(name, "is not a logo Presskit accepts (SVG, EPS, PDF, JPEG, PNG, TIFF or "
                          f"WebP): {exc.message}") from None


def read_metadata(data: bytes, name: str = "photo") -> PhotoMetadata:
    """Only the metadata of a photo (``identify_photo(...).metadata``)."""
    return identify_photo(data, name).metadata


# -- EXIF ----------------------------------------------------------------------------------
def _exif(im: PILImage.Image) -> tuple[int, str]:
    try:
        exif = im.getexif()
        orientation = exif.get(_ORIENTATION_TAG, 1)
        raw = exif.get_ifd(_EXIF_IFD).get(_DATE_TIME_ORIGINAL, "")
    except Exception:  # a malformed EXIF block only loses what it held
        return 1, ""
    if not isinstance(orientation, int) or not 1 <= orientation <= 8:
        orientation = 1
    return orientation, _iso_date(raw if isinstance(raw, str) else "")


def _iso_date(text: str) -> str:
    """"2018:03:05 10:00:00", "2018-03-05T10:00", "20180305" -> "2018-03-05"; else ""."""
    m = re.match(r"\s*(\d{4})[:-]?(\d{2})[:-]?(\d{2})", text or "")
    if not m:
        return ""
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
    except ValueError:
        return ""


# -- where the blocks are ------------------------------------------------------------------
def _metadata(im: PILImage.Image, fmt: str, data: bytes, exif_date: str) -> PhotoMetadata:
    xmp_packet: bytes = b""
    iptc: bytes = b""
    if fmt == "JPEG":
        for marker, payload in getattr(im, "applist", []):
            if marker == "APP1" and payload.startswith(_XMP_JPEG) and not xmp_packet:
                xmp_packet = payload[len(_XMP_JPEG):]
            elif marker == "APP13" and payload.startswith(_PHOTOSHOP) and not iptc:
                iptc = photoshop_resource(payload[len(_PHOTOSHOP):], _IPTC_RESOURCE)
    elif fmt == "PNG":
        xmp_packet = png_xmp(data)
    elif fmt == "TIFF":
        xmp_packet = _tiff_tag_bytes(im, 700)
        iptc = _tiff_tag_bytes(im, 33723)
    elif fmt == "WEBP":
        xmp_packet = _as_bytes(im.info.get("xmp"))
    xmp = parse_xmp(xmp_packet)
    iim = parse_iptc(iptc)
    return PhotoMetadata(
        caption=xmp.get("description") or iim.get("caption", ""),
        credit=(xmp.get("credit") or iim.get("credit") or xmp.get("creator")
                or iim.get("byline", "")),
        rights=xmp.get("rights") or iim.get("copyright", ""),
        date=exif_date or _iso_date(xmp.get("date", "")) or _iso_date(iim.get("date", "")),
        alt=xmp.get("alt", ""),
    )


def _tiff_stored_size(im: PILImage.Image, w: int, h: int) -> tuple[int, int]:
    """A TIFF's size as stored (tags 256, 257): Pillow 13 reports a TIFF's ``size`` already
    turned by its orientation, other formats' as stored."""
    tags = getattr(im, "tag_v2", None)
    try:
        stored = (tags.get(256), tags.get(257)) if tags is not None else (None, None)
    except Exception:
        return w, h
    if all(isinstance(v, int) for v in stored) and {stored[0], stored[1]} == {w, h}:
        return int(stored[0]), int(stored[1])  # type: ignore[arg-type]
    return w, h


def _tiff_tag_bytes(im: PILImage.Image, tag: int) -> bytes:
    """The bytes of TIFF *tag* as the file holds them, whatever type the writer gave it.

    Pillow keeps each tag's raw data until it is first read (``_tagdata``); read through
    ``tag_v2``, a tag Pillow expects to hold one value (IPTC as LONGs, as Photoshop writes
    it) would be cut to its first value."""
    tags = getattr(im, "tag_v2", None)
    if tags is None:
        return b""
    raw = getattr(tags, "_tagdata", {}).get(tag)
    if isinstance(raw, bytes):
        return raw
    try:
        return _as_bytes(tags.get(tag), getattr(tags, "_endian", "<"))
    except Exception:  # a malformed tag only loses the metadata
        return b""


def _as_bytes(value: object, endian: str = "<") -> bytes:
    """A TIFF tag's bytes as the file holds them: BYTE/UNDEFINED arrays may come back as a
    tuple of small ints, and Photoshop stores IPTC as an array of LONGs (in the file's
    byte order)."""
    if isinstance(value, bytes):
        return value
    if isinstance(value, str):
        return value.encode("utf-8")
    if isinstance(value, int):
        value = (value,)
    if isinstance(value, tuple) and value and all(isinstance(v, int) for v in value):
        try:
            if max(value) <= 255 and min(value) >= 0:
                return bytes(value)
            return struct.pack(f"{endian}{len(value)}L", *value)
        except (ValueError, struct.error):
            return b""
    return b""


def photoshop_resource(block: bytes, wanted: int) -> bytes:
    """The data of Photoshop image resource *wanted* in a block of ``8BIM`` resources."""
    pos = 0
    while pos + 12 <= len(block):
        if block[pos:pos + 4] != b"8BIM":
            return b""
        rid = int.from_bytes(block[pos + 4:pos + 6], "big")
        name_len = block[pos + 6]
        pos += 6 + 1 + name_len
        if (1 + name_len) % 2:
            pos += 1  # the Pascal name is padded to an even length
        if pos + 4 > len(block):
            return b""
        size = int.from_bytes(block[pos:pos + 4], "big")
        pos += 4
        if pos + size > len(block):
            return b""
        if rid == wanted:
            return block[pos:pos + size]
        pos += size + (size % 2)
    return b""


def png_xmp(data: bytes) -> bytes:
    """The XMP packet of a PNG's ``iTXt`` chunk ``XML:com.adobe.xmp`` (chunks walked, no pixel
    decoded; a compressed packet is inflated with a bound)."""
    pos = 8
    while pos + 8 <= len(data):
        length = int.from_bytes(data[pos:pos + 4], "big")
        ctype = data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + length]
        if len(body) < length or ctype == b"IEND":
            return b""
        pos += 12 + length
        if ctype != b"iTXt" or not body.startswith(b"XML:com.adobe.xmp\x00"):
            continue
        rest = body[len(b"XML:com.adobe.xmp\x00"):]
        if len(rest) < 2:
            return b""
        compressed = rest[0] == 1
        rest = rest[2:]
        for _ in range(2):  # language tag, translated keyword
            _, _, rest = rest.partition(b"\x00")
        if not compressed:
            return rest
        inflater = zlib.decompressobj()
        try:
            out = inflater.decompress(rest, MAX_XMP_BYTES + 1)
        except zlib.error:
            return b""
        return out if len(out) <= MAX_XMP_BYTES else b""
    return b""


# -- XMP -----------------------------------------------------------------------------------
def parse_xmp(packet: bytes) -> dict[str, str]:
    """``description``, ``credit``, ``creator``, ``rights``, ``date``, ``alt`` from an XMP packet.

    Refused (an empty answer): packets over ``MAX_XMP_BYTES`` and any DTD or entity
    declaration, which XMP never needs and which entity-expansion attacks do.
    """
    import xml.etree.ElementTree as ET

    if not packet or len(packet) > MAX_XMP_BYTES:
        return {}
    if re.search(rb"<!(DOCTYPE|ENTITY)", packet, re.I):
        return {}
    start = packet.find(b"<x:xmpmeta")
    if start < 0:
        start = packet.find(b"<rdf:RDF")
    if start < 0:
        return {}
    end_tag = b"</x:xmpmeta>" if packet.startswith(b"<x:xmpmeta", start) else b"</rdf:RDF>"
    end = packet.find(end_tag, start)
    if end < 0:
        return {}
    try:
        root = ET.fromstring(packet[start:end + len(end_tag)])
    except (ET.ParseError, ValueError):
        return {}
    out: dict[str, str] = {}
    wanted = {
        "description": ("dc", "description"), "creator": ("dc", "creator"),
        "rights": ("dc", "rights"), "credit": ("photoshop", "Credit"),
        "date": ("exif", "DateTimeOriginal"), "date2": ("photoshop", "DateCreated"),
        "alt": ("Iptc4xmpCore", "AltTextAccessibility"),
    }
    for desc in root.iter(f"{{{_NS['rdf']}}}Description"):
        for key, (ns, local) in wanted.items():
            if out.get(key):
                continue
            tag = f"{{{_NS[ns]}}}{local}"
            value = desc.get(tag)
            if value is None:
                child = desc.find(tag)
                value = _xmp_value(child) if child is not None else None
            if value and value.strip():
                out[key] = " ".join(value.split())
    if not out.get("date") and out.get("date2"):
        out["date"] = out["date2"]
    out.pop("date2", None)
    return out


def _xmp_value(elem: Element) -> str:
    """The text of a simple property, the x-default (else first) of an rdf:Alt, the items of
    an rdf:Seq or rdf:Bag joined with ", "."""
    rdf = _NS["rdf"]
    for container in ("Alt", "Seq", "Bag"):
        node = elem.find(f"{{{rdf}}}{container}")
        if node is None:
            continue
        items = [(li.get(_XML_LANG, ""), "".join(li.itertext()).strip())
                 for li in node.findall(f"{{{rdf}}}li")]
        items = [(lang, text) for lang, text in items if text]
        if not items:
            return ""
        if container == "Alt":
            return next((t for lang, t in items if lang == "x-default"), items[0][1])
        return ", ".join(t for _, t in items)
    return "".join(elem.itertext()).strip()


# -- IPTC-IIM ------------------------------------------------------------------------------
_IIM_FIELDS = {(2, 120): "caption", (2, 110): "credit", (2, 80): "byline",
               (2, 116): "copyright", (2, 55): "date"}


def parse_iptc(block: bytes) -> dict[str, str]:
    """``caption``, ``credit``, ``byline``, ``copyright``, ``date`` from IPTC-IIM records.

    Text is UTF-8 when record 1:90 holds ``ESC % G``, else Latin-1; repeated by-lines are
    joined with ", ".
    """
    raw: dict[str, list[bytes]] = {}
    utf8 = False
    pos = 0
    while pos + 5 <= len(block):
        if block[pos] != 0x1C:
            break
        record, dataset = block[pos + 1], block[pos + 2]
        size = int.from_bytes(block[pos + 3:pos + 5], "big")
        pos += 5
        if size & 0x8000:  # extended dataset: the next (size & 0x7FFF) bytes hold the length
            n = size & 0x7FFF
            if n > 4 or pos + n > len(block):
                break
            size = int.from_bytes(block[pos:pos + n], "big")
            pos += n
        value = block[pos:pos + size]
        if len(value) < size:
            break
        pos += size
        if (record, dataset) == (1, 90):
            utf8 = value in (b"\x1b%G", b"\x1b%/G", b"\x1b%/I")
        key = _IIM_FIELDS.get((record, dataset))
        if key:
            raw.setdefault(key, []).append(value)
    out: dict[str, str] = {}
    for key, values in raw.items():
        texts = [" ".join(_decode_iim(v, utf8).split()) for v in values]
        texts = [t for t in texts if t]
        if texts:
            out[key] = ", ".join(texts) if key == "byline" else texts[0]
    return out


def _decode_iim(value: bytes, utf8: bool) -> str:
    if utf8:
        return value.decode("utf-8", "replace")
    return value.decode("latin-1")
