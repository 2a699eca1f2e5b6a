"""Logo handling: data URLs, normalising, and refusing hostile or broken images."""

from __future__ import annotations

import base64
import io
import json
import struct
import subprocess
import sys
import textwrap
import time
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image, ImageFile

from presskit import images
from presskit.errors import ImageError
from presskit.images import (
    MAX_PIXELS,
    PRINT_LONG_SIDE,
    NormalisedImage,
    decode_data_url,
    encode_data_url,
    fit_box,
    load_logo_for_render,
    normalise_data_url,
    normalise_file,
    normalise_image,
)

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


# -- helpers -----------------------------------------------------------------------------------

def encode(im: Image.Image, fmt: str = "PNG", **kw: object) -> bytes:
    buf = io.BytesIO()
    im.save(buf, fmt, **kw)
    return buf.getvalue()


def open_png(data: bytes) -> Image.Image:
    im = Image.open(io.BytesIO(data))
    assert im.format == "PNG"
    im.load()
    return im


def _chunk(tag: bytes, payload: bytes) -> bytes:
    crc = zlib.crc32(tag + payload) & 0xFFFFFFFF
    return struct.pack(">I", len(payload)) + tag + payload + struct.pack(">I", crc)


def bomb_png(width: int, height: int) -> bytes:
    """A valid 1-bit greyscale PNG of width × height, all zeros: tiny on disk, huge decoded."""
    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    row = b"\x00" * (1 + (width + 7) // 8)  # filter byte + packed bits
    co = zlib.compressobj(9)
    idat = b"".join(co.compress(row) for _ in range(height)) + co.flush()
    return PNG_SIGNATURE + _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", idat) + _chunk(b"IEND", b"")


def rgba_png_declaring(width: int, height: int) -> bytes:
    """An RGBA PNG header declaring width × height with a few bytes of pixel data."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 1024)
    return PNG_SIGNATURE + _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", idat) + _chunk(b"IEND", b"")


def two_colour(size: tuple[int, int] = (40, 20), mode: str = "RGB") -> Image.Image:
    """Left half red, right half blue."""
    w, h = size
    im = Image.new(mode, size, (0, 0, 255, 255) if mode == "RGBA" else (0, 0, 255))
    im.paste((255, 0, 0, 255) if mode == "RGBA" else (255, 0, 0), (0, 0, w // 2, h))
    return im


def near(a: tuple[int, ...], b: tuple[int, ...], tol: int = 40) -> bool:
    return all(abs(x - y) <= tol for x, y in zip(a, b, strict=False))


@pytest.fixture(autouse=True)
def _pillow_guard_untouched() -> Iterator[None]:
    # The normaliser must never change Pillow's global guard.
    before = Image.MAX_IMAGE_PIXELS
    yield
    assert before == Image.MAX_IMAGE_PIXELS
    assert Image.MAX_IMAGE_PIXELS is not None
    assert ImageFile.LOAD_TRUNCATED_IMAGES is False


# -- data URLs ---------------------------------------------------------------------------------

def test_data_url_round_trip() -> None:
    png = encode(two_colour())
    url = encode_data_url(png)
    assert url.startswith("data:image/png;base64,")
    mime, data = decode_data_url(url)
    assert mime == "image/png"
    assert data == png


def test_data_url_tolerates_whitespace_and_parameters() -> None:
    png = encode(two_colour())
    b64 = base64.b64encode(png).decode()
    wrapped = "\n".join(textwrap.wrap(b64, 76))
    mime, data = decode_data_url(f"  data:image/JPEG;name=x.jpg;base64,{wrapped}\n")
    assert mime == "image/jpeg"
    assert data == png


@pytest.mark.parametrize("url, needle", [
    ("https://example.org/logo.png", "not a data: URL"),
    ("data:text/plain;base64,aGVsbG8=", "not a data: URL"),
    ("data:image/png,rawtext", "not base64"),
    ("data:image/png;base64,@@@notbase64@@@", "not valid base64"),
    ("data:image/png;base64,", "empty"),
])
def test_bad_data_urls_are_refused_naming_the_source(url: str, needle: str) -> None:
    with pytest.raises(ImageError) as err:
        decode_data_url(url, source="letterhead.logo")
    assert needle in str(err.value)
    assert str(err.value).startswith("letterhead.logo: ")


# -- normalising good images -------------------------------------------------------------------

def test_png_is_kept_at_its_size_and_content() -> None:
    out = normalise_image(encode(two_colour((40, 20))), source="logo.png")
    assert isinstance(out, NormalisedImage)
    assert out.size == (40, 20)
    im = open_png(out.png)
    assert im.size == (40, 20)
    assert im.mode == "RGB"
    assert im.getpixel((2, 10)) == (255, 0, 0)
    assert im.getpixel((37, 10)) == (0, 0, 255)
    assert out.data_url() == encode_data_url(out.png)


def test_large_image_is_scaled_to_print_resolution_keeping_aspect() -> None:
    src = two_colour((4000, 1000))
    out = normalise_image(encode(src), source="big.png")
    assert out.size == (PRINT_LONG_SIDE, 450)
    im = open_png(out.png)
    assert im.size == (PRINT_LONG_SIDE, 450)
    assert near(im.getpixel((10, 200)), (255, 0, 0), 5)
    assert near(im.getpixel((PRINT_LONG_SIDE - 10, 200)), (0, 0, 255), 5)


def test_portrait_image_is_scaled_on_its_long_side() -> None:
    out = normalise_image(encode(Image.new("RGB", (900, 3600), "white")), source="tall.png")
    assert out.size == (450, PRINT_LONG_SIDE)


def test_jpeg_is_accepted_and_becomes_png() -> None:
    jpeg = encode(two_colour((64, 32)), "JPEG", quality=95)
    assert jpeg[:3] == b"\xff\xd8\xff"
    out = normalise_image(jpeg, source="photo.jpg")
    im = open_png(out.png)
    assert im.size == (64, 32)
    assert near(im.getpixel((4, 16)), (255, 0, 0))
    assert near(im.getpixel((60, 16)), (0, 0, 255))


def test_large_jpeg_is_decoded_reduced_and_scaled() -> None:
    jpeg = encode(two_colour((5000, 2500)), "JPEG", quality=90)
    out = normalise_image(jpeg, source="photo.jpg")
    assert out.size == (PRINT_LONG_SIDE, 900)
    im = open_png(out.png)
    assert near(im.getpixel((20, 450)), (255, 0, 0))
    assert near(im.getpixel((PRINT_LONG_SIDE - 20, 450)), (0, 0, 255))


def test_exif_orientation_is_applied() -> None:
    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90° clockwise to display"
    jpeg = encode(two_colour((40, 20)), "JPEG", quality=95, exif=exif.tobytes())
    out = normalise_image(jpeg, source="phone.jpg")
    assert out.size == (20, 40)
    im = open_png(out.png)
    # The left (red) half of the stored picture ends up on top.
    assert near(im.getpixel((10, 4)), (255, 0, 0))
    assert near(im.getpixel((10, 36)), (0, 0, 255))
    assert "exif" not in im.info


def test_exif_orientation_on_a_scaled_image() -> None:
    exif = Image.Exif()
    exif[0x0112] = 8  # rotate 90° counter-clockwise to display
    jpeg = encode(two_colour((4000, 2000)), "JPEG", quality=90, exif=exif.tobytes())
    out = normalise_image(jpeg, source="phone.jpg")
    assert out.size == (900, PRINT_LONG_SIDE)
    im = open_png(out.png)
    # Counter-clockwise: the left (red) half goes to the bottom.
    assert near(im.getpixel((450, PRINT_LONG_SIDE - 20)), (255, 0, 0))
    assert near(im.getpixel((450, 20)), (0, 0, 255))


def test_transparency_is_kept_and_opaque_alpha_dropped() -> None:
    im = Image.new("RGBA", (30, 30), (0, 0, 0, 0))
    im.paste((200, 10, 10, 255), (10, 10, 20, 20))
    out = open_png(normalise_image(encode(im), source="t.png").png)
    assert out.mode == "RGBA"
    assert out.getpixel((0, 0))[3] == 0
    assert out.getpixel((15, 15)) == (200, 10, 10, 255)

    opaque = open_png(normalise_image(encode(two_colour(mode="RGBA")), source="o.png").png)
    assert opaque.mode == "RGB"


def test_palette_gif_with_transparency_becomes_rgba() -> None:
    im = Image.new("P", (16, 16), 0)
    im.putpalette([255, 255, 255, 10, 120, 60] + [0] * 762)
    im.paste(1, (4, 4, 12, 12))
    gif = encode(im, "GIF", transparency=0)
    out = open_png(normalise_image(gif, source="logo.gif").png)
    assert out.mode == "RGBA"
    assert out.getpixel((0, 0))[3] == 0
    assert out.getpixel((8, 8)) == (10, 120, 60, 255)


def test_sixteen_bit_grey_is_scaled_not_clipped() -> None:
    im = Image.new("I;16", (8, 8), 0)
    im.putpixel((1, 1), 32896)  # half of 65535
    im.putpixel((2, 2), 65535)
    out = open_png(normalise_image(encode(im), source="grey16.png").png)
    assert out.mode == "RGB"
    assert near(out.getpixel((1, 1)), (128, 128, 128), 2)
    assert out.getpixel((2, 2)) == (255, 255, 255)
    assert out.getpixel((5, 5)) == (0, 0, 0)


def test_cmyk_jpeg_becomes_rgb() -> None:
    jpeg = encode(Image.new("CMYK", (10, 10), (0, 255, 255, 0)), "JPEG", quality=95)
    out = open_png(normalise_image(jpeg, source="cmyk.jpg").png)
    assert out.mode == "RGB"
    assert near(out.getpixel((5, 5)), (255, 0, 0), 30)


def test_output_is_reasonably_small() -> None:
    flat = Image.new("RGB", (1200, 600), (20, 60, 120))
    out = normalise_image(encode(flat, compress_level=0), source="flat.png")
    assert len(out.png) < 20_000


# -- refusing broken and hostile input ---------------------------------------------------------

def test_truncated_png_is_refused(tmp_path: Path) -> None:
    png = encode(Image.effect_noise((200, 200), 50).convert("RGB"))
    with pytest.raises(ImageError) as err:
        normalise_image(png[: len(png) // 2], source="cut.png")
    assert str(err.value).startswith("cut.png: ")
    assert "truncated" in str(err.value) or "unreadable" in str(err.value)


def test_corrupt_png_body_is_refused() -> None:
    png = bytearray(encode(Image.effect_noise((64, 64), 50).convert("RGB")))
    png[60:200] = b"\xa5" * 140  # scramble the compressed pixel data
    with pytest.raises(ImageError, match=r"^corrupt\.png: "):
        normalise_image(bytes(png), source="corrupt.png")


def test_text_file_renamed_png_is_refused(tmp_path: Path) -> None:
    fake = tmp_path / "logo.png"
    fake.write_text("This is not a picture, just some text.\n", encoding="utf-8")
    with pytest.raises(ImageError) as err:
        normalise_file(fake)
    assert str(fake) in str(err.value)
    assert "is not a PNG or JPEG image" in str(err.value)


@pytest.mark.parametrize("payload", [
    b"",
    b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n",
    b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>',
    PNG_SIGNATURE,
])
def test_non_images_are_refused(payload: bytes) -> None:
    with pytest.raises(ImageError, match=r"^thing: "):
        normalise_image(payload, source="thing")


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ImageError, match="cannot read"):
        normalise_file(tmp_path / "nope.png")


def test_oversized_file_is_refused_without_reading(tmp_path: Path) -> None:
    huge = tmp_path / "huge.png"
    with huge.open("wb") as fh:
        fh.truncate(images.MAX_BYTES + 1)  # sparse: nothing is really written
    start = time.perf_counter()
    with pytest.raises(ImageError, match="too large"):
        normalise_file(huge)
    assert time.perf_counter() - start < 0.5
    with pytest.raises(ImageError, match="too large"):
        normalise_image(b"\0" * (images.MAX_BYTES + 1), source="blob")


def _forbid_decoding(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_load(self: ImageFile.ImageFile) -> None:
        raise AssertionError("pixels were decoded")

    monkeypatch.setattr(ImageFile.ImageFile, "load", no_load)


def test_our_pixel_cap_refuses_before_decoding(monkeypatch: pytest.MonkeyPatch) -> None:
    # 8000×8000 = 64 megapixels: under Pillow's own limit, over ours.
    assert Image.MAX_IMAGE_PIXELS > 8000 * 8000
    assert MAX_PIXELS < 8000 * 8000
    data = rgba_png_declaring(8000, 8000)
    _forbid_decoding(monkeypatch)
    with pytest.raises(ImageError) as err:
        normalise_image(data, source="letterhead.logo")
    assert str(err.value).startswith("letterhead.logo: image is 8000×8000 pixels")


def test_side_cap_refuses_a_thin_strip(monkeypatch: pytest.MonkeyPatch) -> None:
    data = rgba_png_declaring(30000, 2)
    _forbid_decoding(monkeypatch)
    with pytest.raises(ImageError, match="30000×2 pixels"):
        normalise_image(data, source="strip.png")


def test_decompression_bomb_is_refused_fast() -> None:
    data = bomb_png(20000, 20000)
    assert len(data) < 200_000  # tiny on disk, 400 megapixels declared
    start = time.perf_counter()
    with pytest.raises(ImageError) as err:
        normalise_image(data, source="bomb.png")
    assert time.perf_counter() - start < 2.0
    assert str(err.value).startswith("bomb.png: ")
    assert "pixels" in str(err.value)


def test_decompression_bomb_in_a_data_url() -> None:
    url = encode_data_url(bomb_png(20000, 20000))
    with pytest.raises(ImageError, match=r"^letterhead\.logo: .*pixels"):
        load_logo_for_render(url, source="letterhead.logo")


def test_jpeg_declaring_a_huge_size_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    jpeg = bytearray(encode(Image.new("RGB", (16, 16), "white"), "JPEG"))
    sof = jpeg.index(b"\xff\xc0")
    # SOF0: marker, length (2), precision (1), height (2), width (2)
    jpeg[sof + 5: sof + 9] = struct.pack(">HH", 60000, 60000)
    _forbid_decoding(monkeypatch)
    with pytest.raises(ImageError, match=r"^huge\.jpg: .*pixels"):
        normalise_image(bytes(jpeg), source="huge.jpg")


def test_bomb_memory_and_time_in_a_fresh_process(tmp_path: Path) -> None:
    """Peak memory of a clean interpreter refusing the bomb stays far below 300 MB."""
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(bomb_png(20000, 20000))
    near_cap = tmp_path / "near-cap.png"
    near_cap.write_bytes(rgba_png_declaring(7000, 5700))  # 39.9 MP: passes the cap, then truncated
    script = textwrap.dedent("""
        import json, resource, sys, time
        from presskit.images import normalise_file
        from presskit.errors import ImageError
        import PIL.Image, PIL.PngImagePlugin, PIL.JpegImagePlugin  # warm imports
        results = []
        for path in sys.argv[1:]:
            before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            start = time.perf_counter()
            try:
                normalise_file(path)
                outcome = "accepted"
            except ImageError as exc:
                outcome = str(exc)
            results.append({
                "outcome": outcome,
                "seconds": time.perf_counter() - start,
                "peak_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before,
            })
        print(json.dumps(results))
    """)
    proc = subprocess.run([sys.executable, "-c", script, str(bomb), str(near_cap)],
                          capture_output=True, text=True, timeout=60, check=True)
    bomb_result, cap_result = json.loads(proc.stdout)
    assert "pixels" in bomb_result["outcome"]
    assert bomb_result["seconds"] < 2.0
    assert bomb_result["peak_kb"] < 300 * 1024
    # The near-cap header is accepted by the size check but its pixel data is missing.
    assert cap_result["outcome"].startswith(str(near_cap))
    assert cap_result["seconds"] < 5.0
    assert cap_result["peak_kb"] < 300 * 1024


# -- logos in drafts ---------------------------------------------------------------------------

def test_load_logo_for_render() -> None:
    assert load_logo_for_render("", source="letterhead.logo") is None
    url = encode_data_url(encode(two_colour((3000, 1500))))
    img = load_logo_for_render(url, source="letterhead.logo")
    assert img is not None
    assert img.size == (PRINT_LONG_SIDE, 900)
    assert open_png(img.png).size == img.size


def test_load_logo_for_render_refuses_corrupt_data() -> None:
    url = "data:image/png;base64," + base64.b64encode(PNG_SIGNATURE + b"garbage" * 20).decode()
    with pytest.raises(ImageError) as err:
        load_logo_for_render(url, source="letterhead.secondary_logo")
    assert err.value.message  # the renderer's warning text
    assert str(err.value).startswith("letterhead.secondary_logo: ")


def test_normalise_data_url_reencodes_jpeg_as_png() -> None:
    jpeg = encode(two_colour((50, 50)), "JPEG")
    url = "data:image/jpeg;base64," + base64.b64encode(jpeg).decode()
    out = normalise_data_url(url, source="logo")
    assert out.startswith("data:image/png;base64,")
    assert open_png(decode_data_url(out)[1]).size == (50, 50)
    assert normalise_data_url("", source="logo") == ""


# -- fit_box -----------------------------------------------------------------------------------

@pytest.mark.parametrize("w, h, bw, bh, expected", [
    (200, 100, 50, 50, (50.0, 25.0)),
    (100, 200, 50, 50, (25.0, 50.0)),
    (10, 10, 40, 20, (20.0, 20.0)),  # scales up to fill the box
    (300, 100, 120, 60, (120.0, 40.0)),
    (0, 100, 50, 50, (0.0, 0.0)),
    (100, 100, 0, 50, (0.0, 0.0)),
])
def test_fit_box(w: float, h: float, bw: float, bh: float, expected: tuple[float, float]) -> None:
    got = fit_box(w, h, bw, bh)
    assert got == pytest.approx(expected)
    if got[0]:
        assert got[0] / got[1] == pytest.approx(w / h)
        assert got[0] <= bw + 1e-9 and got[1] <= bh + 1e-9


def test_pillow_warning_range_is_an_error_too(monkeypatch: pytest.MonkeyPatch) -> None:
    # 10000×10000 = 100 MP: over Pillow's warning threshold, under its hard error.
    assert Image.MAX_IMAGE_PIXELS < 10000 * 10000 < 2 * Image.MAX_IMAGE_PIXELS
    data = rgba_png_declaring(10000, 10000)
    _forbid_decoding(monkeypatch)
    with pytest.raises(ImageError, match=r"^w\.png: image declares too many pixels \(100 megapixels\)"):
        normalise_image(data, source="w.png")
