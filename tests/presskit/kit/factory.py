"""Test photos made with Pillow, carrying real XMP, IPTC-IIM and EXIF blocks as photo desks
write them (also used by examples/kit/make_example.py)."""

from __future__ import annotations

import io
import struct
from xml.sax.saxutils import escape, quoteattr

from PIL import Image, ImageDraw, TiffImagePlugin, TiffTags
from PIL.PngImagePlugin import PngInfo


def xmp_packet(*, description: str = "", creator: str = "", credit: str = "", rights: str = "",
               date: str = "", lang: str = "x-default", credit_as_attribute: bool = False,
               alt: str = "") -> bytes:
    """An XMP packet as Photoshop and Photo Mechanic write one."""
    attrs = ""
    body = ""
    if description:
        body += (f"<dc:description><rdf:Alt><rdf:li xml:lang={quoteattr(lang)}>"
                 f"{escape(description)}</rdf:li></rdf:Alt></dc:description>")
    if creator:
        body += (f"<dc:creator><rdf:Seq><rdf:li>{escape(creator)}</rdf:li></rdf:Seq>"
                 "</dc:creator>")
    if rights:
        body += (f"<dc:rights><rdf:Alt><rdf:li xml:lang=\"x-default\">{escape(rights)}</rdf:li>"
                 "</rdf:Alt></dc:rights>")
    if credit and credit_as_attribute:
        attrs += f" photoshop:Credit={quoteattr(credit)}"
    elif credit:
        body += f"<photoshop:Credit>{escape(credit)}</photoshop:Credit>"
    if date:
        body += f"<photoshop:DateCreated>{escape(date)}</photoshop:DateCreated>"
    if alt:
        body += (f"<Iptc4xmpCore:AltTextAccessibility><rdf:Alt><rdf:li xml:lang=\"x-default\">"
                 f"{escape(alt)}</rdf:li></rdf:Alt></Iptc4xmpCore:AltTextAccessibility>")
    text = (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
        'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" '
        'xmlns:Iptc4xmpCore="http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/"'
        f'{attrs}>{body}</rdf:Description>'
        '</rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
    )
    return text.encode("utf-8")


def iptc_block(*, caption: str = "", credit: str = "", bylines: tuple[str, ...] = (),
               copyright: str = "", utf8: bool = True, date: str = "") -> bytes:
    """IPTC-IIM records: 1:90 (UTF-8 marker) when *utf8*, then the 2:xx datasets."""
    enc = "utf-8" if utf8 else "latin-1"

    def record(rec: int, ds: int, value: bytes) -> bytes:
        return b"\x1c" + bytes([rec, ds]) + len(value).to_bytes(2, "big") + value

    out = record(1, 90, b"\x1b%G") if utf8 else b""
    out += record(2, 0, b"\x00\x04")  # record version, as every writer puts first
    for b in bylines:
        out += record(2, 80, b.encode(enc))
    if date:
        out += record(2, 55, date.encode("ascii"))
    if credit:
        out += record(2, 110, credit.encode(enc))
    if copyright:
        out += record(2, 116, copyright.encode(enc))
    if caption:
        out += record(2, 120, caption.encode(enc))
    return out


def photoshop_app13(iptc: bytes) -> bytes:
    """A JPEG APP13 segment holding the IPTC block as Photoshop resource 0x0404."""
    resource = b"8BIM" + (0x0404).to_bytes(2, "big") + b"\x00\x00" + len(iptc).to_bytes(4, "big")
    resource += iptc + (b"\x00" if len(iptc) % 2 else b"")
    payload = b"Photoshop 3.0\x00" + resource
    return b"\xff\xed" + (len(payload) + 2).to_bytes(2, "big") + payload


def picture(size: tuple[int, int] = (64, 48), *, hue: int = 0, mode: str = "RGB") -> Image.Image:
    """A gradient with a few shapes, so orientation and colours can be seen."""
    w, h = size
    im = Image.new("RGB", size)
    px = im.load()
    assert px is not None
    for y in range(h):
        for x in range(w):
            px[x, y] = ((hue + x * 255 // max(w - 1, 1)) % 256, y * 255 // max(h - 1, 1),
                        (hue * 3 + 120) % 256)
    draw = ImageDraw.Draw(im)
    draw.rectangle((w // 10, h // 10, w // 3, h // 3), fill=(255, 255, 255))  # top-left marker
    draw.ellipse((w // 2, h // 2, w - w // 8, h - h // 8), outline=(20, 20, 20), width=max(1, w // 60))
    return im.convert(mode) if mode != "RGB" else im


def exif(orientation: int = 1, date_time_original: str = "") -> Image.Exif:
    ex = Image.Exif()
    if orientation != 1:
        ex[0x0112] = orientation
    if date_time_original:
        ex.get_ifd(0x8769)[0x9003] = date_time_original
    return ex


def jpeg(im: Image.Image | None = None, *, xmp: bytes = b"", iptc: bytes = b"",
         orientation: int = 1, date_time_original: str = "", quality: int = 85) -> bytes:
    im = im or picture()
    buf = io.BytesIO()
    kw: dict[str, object] = {"quality": quality}
    if xmp:
        kw["xmp"] = xmp
    if orientation != 1 or date_time_original:
        kw["exif"] = exif(orientation, date_time_original)
    im.save(buf, "JPEG", **kw)
    data = buf.getvalue()
    if iptc:
        data = data[:2] + photoshop_app13(iptc) + data[2:]  # right after SOI
    return data


def png(im: Image.Image | None = None, *, xmp: bytes = b"", compressed: bool = False) -> bytes:
    im = im or picture()
    info = PngInfo()
    if xmp:
        info.add_itxt("XML:com.adobe.xmp", xmp.decode("utf-8"), zip=compressed)
    buf = io.BytesIO()
    im.save(buf, "PNG", pnginfo=info)
    return buf.getvalue()


def tiff(im: Image.Image | None = None, *, xmp: bytes = b"", iptc: bytes = b"",
         iptc_as_longs: bool = False, orientation: int = 1) -> bytes:
    """A little-endian TIFF; *iptc_as_longs* stores the IPTC block as Photoshop does, an
    array of LONGs (Pillow expects one value there, so its tag table is widened meanwhile)."""
    im = im or picture()
    ifd = TiffImagePlugin.ImageFileDirectory_v2()
    if xmp:
        ifd[700] = xmp
        ifd.tagtype[700] = TiffTags.BYTE
    saved = TiffTags.TAGS_V2[33723]
    try:
        if iptc and iptc_as_longs:
            padded = iptc + b"\0" * (-len(iptc) % 4)
            TiffTags.TAGS_V2[33723] = TiffTags.TagInfo(33723, "IptcNaaInfo", TiffTags.LONG, 0)
            ifd[33723] = struct.unpack(f"<{len(padded) // 4}L", padded)
            ifd.tagtype[33723] = TiffTags.LONG
        elif iptc:
            ifd[33723] = iptc
            ifd.tagtype[33723] = TiffTags.UNDEFINED
        buf = io.BytesIO()
        # libtiff (used for compression) checks tags against its own table: not for LONGs.
        if orientation != 1:
            ifd[0x0112] = orientation
        im.save(buf, "TIFF", tiffinfo=ifd, compression=None if iptc_as_longs else "tiff_deflate")
    finally:
        TiffTags.TAGS_V2[33723] = saved
    return buf.getvalue()


def webp(im: Image.Image | None = None, *, xmp: bytes = b"") -> bytes:
    im = im or picture()
    buf = io.BytesIO()
    kw: dict[str, object] = {"quality": 80}
    if xmp:
        kw["xmp"] = xmp
    im.save(buf, "WEBP", **kw)
    return buf.getvalue()


def rezip(data: bytes, replace: dict[str, bytes]) -> bytes:
    """A copy of the ZIP *data* with the entries named in *replace* given new bytes."""
    import zipfile

    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as out:
        for info in src.infolist():
            out.writestr(info, replace.get(info.filename, src.read(info)))
    return buf.getvalue()
