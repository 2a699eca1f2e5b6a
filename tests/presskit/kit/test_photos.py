"""Photo metadata (XMP, IPTC-IIM, none), EXIF orientation and date, formats and refusals."""

from __future__ import annotations

import io
import struct
import zlib

import pytest
from PIL import Image

from presskit.errors import ImageError
from presskit.kit import photos
from presskit.kit.photos import PhotoMetadata, identify_logo, identify_photo
from tests.presskit.kit import factory

XMP = factory.xmp_packet(description="Ariane 5 sur son pas de tir", creator="Jane Doe",
                         credit="CNES/ESA/Arianespace", rights="© CNES 2018 – usage presse uniquement")
IPTC = factory.iptc_block(caption="Légende IPTC : « lancement »", credit="Crédit IPTC",
                          bylines=("Zoé Martin",), copyright="© IPTC 2018")
FROM_XMP = PhotoMetadata(caption="Ariane 5 sur son pas de tir", credit="CNES/ESA/Arianespace",
                         rights="© CNES 2018 – usage presse uniquement")
FROM_IPTC = PhotoMetadata(caption="Légende IPTC : « lancement »", credit="Crédit IPTC",
                          rights="© IPTC 2018")


@pytest.mark.parametrize(("fmt", "data"), [
    ("JPEG", factory.jpeg(xmp=XMP)),
    ("PNG", factory.png(xmp=XMP)),
    ("PNG", factory.png(xmp=XMP, compressed=True)),
    ("TIFF", factory.tiff(xmp=XMP)),
    ("WEBP", factory.webp(xmp=XMP)),
])
def test_xmp_in_every_format(fmt: str, data: bytes) -> None:
    info = identify_photo(data, "photo")
    assert info.format == fmt
    assert info.metadata == FROM_XMP
    assert (info.width, info.height) == (64, 48)


@pytest.mark.parametrize("data", [factory.jpeg(iptc=IPTC), factory.tiff(iptc=IPTC),
                                  factory.tiff(iptc=IPTC, iptc_as_longs=True)])
def test_iptc_iim_in_jpeg_and_tiff(data: bytes) -> None:
    assert identify_photo(data, "photo").metadata == FROM_IPTC


def test_iptc_without_the_utf8_marker_is_latin1() -> None:
    block = factory.iptc_block(caption="Fusée à l'aube", bylines=("Zoé Martin",),
                               copyright="© Agence 2018", utf8=False)
    meta = identify_photo(factory.jpeg(iptc=block), "p.jpg").metadata
    assert meta == PhotoMetadata(caption="Fusée à l'aube", credit="Zoé Martin", rights="© Agence 2018")


def test_xmp_wins_over_iptc_and_each_fills_the_other_gaps() -> None:
    xmp = factory.xmp_packet(description="XMP caption")
    meta = identify_photo(factory.jpeg(xmp=xmp, iptc=IPTC), "p.jpg").metadata
    assert meta == PhotoMetadata(caption="XMP caption", credit="Crédit IPTC", rights="© IPTC 2018")


def test_credit_falls_back_to_creator_then_by_line() -> None:
    creator = factory.xmp_packet(creator="Jane Doe")
    assert identify_photo(factory.jpeg(xmp=creator), "p").metadata.credit == "Jane Doe"
    bylines = factory.iptc_block(bylines=("Zoé Martin", "Li Wei"))
    assert identify_photo(factory.jpeg(iptc=bylines), "p").metadata.credit == "Zoé Martin, Li Wei"
    # The IPTC credit line beats the XMP creator: a credit is what the desk asked to print.
    both = identify_photo(factory.jpeg(xmp=creator, iptc=factory.iptc_block(credit="AFP")), "p")
    assert both.metadata.credit == "AFP"


def test_credit_as_an_attribute_of_rdf_description() -> None:
    xmp = factory.xmp_packet(credit="NASA/Bill Ingalls", credit_as_attribute=True)
    assert identify_photo(factory.png(xmp=xmp), "p.png").metadata.credit == "NASA/Bill Ingalls"


def test_alt_language_prefers_x_default_else_the_first() -> None:
    xmp = (b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/'
           b'02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/">'
           b'<dc:description><rdf:Alt><rdf:li xml:lang="fr">Fus\xc3\xa9e</rdf:li>'
           b'<rdf:li xml:lang="x-default">Rocket</rdf:li></rdf:Alt></dc:description>'
           b'<dc:rights><rdf:Alt><rdf:li xml:lang="de">Alle Rechte</rdf:li></rdf:Alt></dc:rights>'
           b'</rdf:Description></rdf:RDF></x:xmpmeta>')
    assert photos.parse_xmp(xmp) == {"description": "Rocket", "rights": "Alle Rechte"}


def test_no_metadata() -> None:
    for data in (factory.jpeg(), factory.png(), factory.tiff(), factory.webp()):
        assert identify_photo(data, "p").metadata == PhotoMetadata()


def test_xmp_with_a_dtd_is_ignored_not_expanded() -> None:
    laughs = (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">'
              b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>' + XMP.replace(
                  b"Ariane 5 sur son pas de tir", b"&b;"))
    assert identify_photo(factory.jpeg(xmp=laughs), "p").metadata == PhotoMetadata()
    assert photos.parse_xmp(b"<x:xmpmeta" + b" " * (photos.MAX_XMP_BYTES + 1)) == {}
    assert photos.parse_xmp(b"<x:xmpmeta><unclosed") == {}


@pytest.mark.parametrize(("orientation", "size"), [
    (1, (64, 48)), (2, (64, 48)), (3, (64, 48)), (4, (64, 48)),
    (5, (48, 64)), (6, (48, 64)), (7, (48, 64)), (8, (48, 64)),
])
def test_orientation_gives_the_upright_size(orientation: int, size: tuple[int, int]) -> None:
    for data in (factory.jpeg(orientation=orientation), factory.tiff(orientation=orientation)):
        info = identify_photo(data, "p")
        assert info.orientation == orientation, info.format
        assert (info.width, info.height) == size, info.format


def test_exif_date_time_original_then_xmp_then_iptc_date() -> None:
    exif_dated = factory.jpeg(date_time_original="2018:03:05 10:30:00",
                              xmp=factory.xmp_packet(date="2017-01-01"))
    assert identify_photo(exif_dated, "p").metadata.date == "2018-03-05"
    xmp_dated = factory.jpeg(xmp=factory.xmp_packet(date="2017-06-21T08:00:00+02:00"))
    assert identify_photo(xmp_dated, "p").metadata.date == "2017-06-21"
    iptc_dated = factory.jpeg(iptc=factory.iptc_block(date="20160229"))
    assert identify_photo(iptc_dated, "p").metadata.date == "2016-02-29"
    not_a_date = factory.jpeg(date_time_original="0000:00:00 00:00:00")
    assert identify_photo(not_a_date, "p").metadata.date == ""


def test_cmyk_and_icc_are_reported_and_the_bytes_untouched() -> None:
    data = factory.jpeg(factory.picture(mode="CMYK"), xmp=XMP)
    info = identify_photo(data, "cmyk.jpg")
    assert (info.format, info.mode, info.metadata.caption) == ("JPEG", "CMYK", FROM_XMP.caption)
    assert info.mime == "image/jpeg" and info.extension == ".jpg"


def test_not_an_image_is_refused_naming_the_file() -> None:
    for data in (b"%PDF-1.7 not a photo", b"hello", b"# Markdown"):
        with pytest.raises(ImageError) as err:
            identify_photo(data, "notes.jpg")
        assert str(err.value) == ("notes.jpg: is not an image Presskit accepts as a photo "
                                  "(JPEG, PNG, TIFF or WebP)")
    with pytest.raises(ImageError, match=r"^empty\.jpg: the file is empty"):
        identify_photo(b"", "empty.jpg")


def test_other_image_formats_are_not_photos() -> None:
    buf = io.BytesIO()
    Image.new("RGB", (8, 8)).save(buf, "GIF")
    with pytest.raises(ImageError, match="JPEG, PNG, TIFF or WebP"):
        identify_photo(buf.getvalue(), "anim.gif")


def _png_header(width: int, height: int) -> bytes:
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    chunk = b"IHDR" + ihdr
    return (b"\x89PNG\r\n\x1a\n" + struct.pack(">I", len(ihdr)) + chunk
            + struct.pack(">I", zlib.crc32(chunk)) + b"\x00\x00\x00\x00IEND\xaeB`\x82")


def test_pixel_bombs_are_refused_from_the_header() -> None:
    with pytest.raises(ImageError) as err:
        identify_photo(_png_header(12000, 9000), "big.png")  # 108 MP, over the 100 MP cap
    assert str(err.value) == ("big.png: image is 12000×9000 pixels (108 megapixels), over the "
                              "limit for photos (100 megapixels, 30000 pixels a side)")
    with pytest.raises(ImageError, match="decompression bomb"):
        identify_photo(_png_header(30000, 30000), "bomb.png")  # past Pillow's own guard


def test_byte_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(photos, "MAX_PHOTO_BYTES", 1000)
    with pytest.raises(ImageError, match="photo is too large"):
        identify_photo(factory.jpeg(factory.picture((200, 200))), "huge.jpg")


def test_malformed_blocks_only_lose_the_metadata() -> None:
    broken_iptc = b"\x1c\x02\x78\xff\xff" + b"short"
    assert photos.parse_iptc(broken_iptc) == {}
    assert photos.photoshop_resource(b"8BIM\x04\x04\x00\x00\xff\xff\xff\xff", 0x0404) == b""
    assert photos.png_xmp(b"\x89PNG\r\n\x1a\n\x00\x00\x10\x00iTXt") == b""
    data = factory.jpeg(iptc=broken_iptc)
    assert identify_photo(data, "p").metadata == PhotoMetadata()


def test_logos() -> None:
    assert identify_logo(b"<?xml version='1.0'?>\n<svg xmlns='http://www.w3.org/2000/svg'/>",
                         "logo.svg") == "SVG"
    assert identify_logo(b"%!PS-Adobe-3.0 EPSF-3.0\n", "logo.eps") == "EPS"
    assert identify_logo(b"%PDF-1.4\n", "logo.pdf") == "PDF"
    assert identify_logo(factory.png(), "logo.png") == "PNG"
    with pytest.raises(ImageError, match=r"^notes\.txt: is not a logo Presskit accepts"):
        identify_logo(b"just words", "notes.txt")


def test_iptc_alt_text_for_accessibility() -> None:
    xmp = factory.xmp_packet(description="Caption", alt="A rocket on its pad at dawn")
    assert identify_photo(factory.jpeg(xmp=xmp), "p").metadata.alt == "A rocket on its pad at dawn"
    assert identify_photo(factory.jpeg(xmp=factory.xmp_packet(description="C")), "p").metadata.alt == ""
