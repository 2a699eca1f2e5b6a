"""Logo import from files: raster delegation, SVG rasterising, and SVGs that try to reach out."""

from __future__ import annotations

import base64
import http.server
import io
import struct
import threading
import time
import urllib.request
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest

pytest.importorskip("PySide6")

from PIL import Image

from presskit.errors import ImageError
from presskit.images import PRINT_LONG_SIDE, encode_data_url

pytestmark = pytest.mark.gui

RED = (255, 0, 0)


@pytest.fixture
def logo_import() -> object:
    # No QGuiApplication needed here: SVGs are drawn in a child process.
    from presskit_ui.profiles import logo_import

    return logo_import


class _Listener(http.server.BaseHTTPRequestHandler):
    requests: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        type(self).requests.append(self.path)
        body = b"\x89PNG\r\n\x1a\n"
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture
def listener() -> Iterator[tuple[str, list[str]]]:
    """A loopback HTTP server that records every request it receives."""
    handler = type("Handler", (_Listener,), {"requests": []})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    # The listener really answers: a request made on purpose is recorded...
    with urllib.request.urlopen(base + "/probe", timeout=5) as resp:
        assert resp.status == 200
    assert handler.requests == ["/probe"]
    handler.requests.clear()  # ...and only what follows counts.
    try:
        yield base, handler.requests
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def png_image(data: bytes) -> Image.Image:
    im = Image.open(io.BytesIO(data))
    assert im.format == "PNG"
    im.load()
    return im.convert("RGBA")


def count_colour(im: Image.Image, rgb: tuple[int, int, int], tol: int = 30) -> int:
    r, g, b = rgb
    raw = im.tobytes()  # RGBA, 4 bytes a pixel
    return sum(1 for i in range(0, len(raw), 4)
               if raw[i + 3] > 200 and abs(raw[i] - r) <= tol and abs(raw[i + 1] - g) <= tol
               and abs(raw[i + 2] - b) <= tol)


def red_png(path: Path) -> Path:
    Image.new("RGB", (20, 20), RED).save(path)
    return path


SIMPLE = b"""<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100">
  <rect x="0" y="0" width="100" height="100" fill="#0000FF"/>
  <circle cx="150" cy="50" r="40" style="fill: #00A000"/>
</svg>
"""


# -- raster and simple SVG ---------------------------------------------------------------------

def test_png_and_jpeg_files_are_delegated(tmp_path: Path, logo_import: object) -> None:
    png = tmp_path / "logo.png"
    Image.new("RGB", (300, 100), (10, 20, 200)).save(png)
    out = logo_import.logo_from_file(png)  # type: ignore[attr-defined]
    assert out.size == (300, 100)
    jpg = tmp_path / "photo.jpg"
    Image.new("RGB", (3000, 1000), (10, 20, 200)).save(jpg, quality=90)
    out = logo_import.logo_from_file(jpg)  # type: ignore[attr-defined]
    assert out.size == (PRINT_LONG_SIDE, 600)
    assert png_image(out.png).size == (PRINT_LONG_SIDE, 600)


def test_text_file_renamed_png_is_refused(tmp_path: Path, logo_import: object) -> None:
    fake = tmp_path / "logo.png"
    fake.write_text("just words\n", encoding="utf-8")
    with pytest.raises(ImageError) as err:
        logo_import.logo_from_file(fake)  # type: ignore[attr-defined]
    assert str(err.value).startswith(str(fake))


def test_missing_file(tmp_path: Path, logo_import: object) -> None:
    with pytest.raises(ImageError, match="cannot read"):
        logo_import.logo_from_file(tmp_path / "nope.svg")  # type: ignore[attr-defined]


def test_svg_is_rasterised_at_print_resolution(tmp_path: Path, logo_import: object) -> None:
    path = tmp_path / "logo.svg"
    path.write_bytes(SIMPLE)
    out = logo_import.logo_from_file(path)  # type: ignore[attr-defined]
    assert out.size == (PRINT_LONG_SIDE, PRINT_LONG_SIDE // 2)
    im = png_image(out.png)
    assert im.mode == "RGBA"
    assert im.getpixel((450, 450))[:3] == (0, 0, 255)  # inside the blue square
    assert im.getpixel((1350, 450))[:3] == (0, 160, 0)  # centre of the green circle
    assert im.getpixel((1799, 0))[3] == 0  # outside the circle: transparent


def test_svg_sized_by_viewbox_only(logo_import: object) -> None:
    svg = (b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 30 90">'
           b'<rect width="30" height="90" fill="#000"/></svg>')
    out = logo_import.svg_to_image(svg, source="tall.svg")  # type: ignore[attr-defined]
    assert out.size == (600, PRINT_LONG_SIDE)


def test_svg_without_extension_is_sniffed(tmp_path: Path, logo_import: object) -> None:
    path = tmp_path / "logo-download"
    path.write_bytes(SIMPLE)
    assert logo_import.logo_from_file(path).size == (1800, 900)  # type: ignore[attr-defined]


def test_bare_svg_doctype_is_accepted(logo_import: object) -> None:
    svg = (b'<?xml version="1.0"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" '
           b'"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n'
           b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
           b'<rect width="10" height="10" fill="#123456"/></svg>')
    clean = logo_import.sanitise_svg(svg)  # type: ignore[attr-defined]
    assert b"DOCTYPE" not in clean and b"w3.org/Graphics" not in clean
    out = logo_import.svg_to_image(svg, source="dt.svg")  # type: ignore[attr-defined]
    assert png_image(out.png).getpixel((900, 900))[:3] == (0x12, 0x34, 0x56)


# -- SVGs that reach out -----------------------------------------------------------------------

def test_local_file_references_are_a_real_threat(tmp_path: Path, qapp: object) -> None:
    """Control: Qt itself does draw an absolute local path it is given."""
    from PySide6.QtCore import QByteArray, QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    red = red_png(tmp_path / "red.png")
    svg = (f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
           f'width="20" height="20"><image width="20" height="20" xlink:href="{red}"/></svg>')
    renderer = QSvgRenderer(QByteArray(svg.encode()))
    image = QImage(20, 20, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, 20, 20))
    painter.end()
    assert image.pixelColor(10, 10).red() == 255


def test_svg_with_external_references_fetches_nothing(
        tmp_path: Path, logo_import: object, listener: tuple[str, list[str]]) -> None:
    base, requests = listener
    red = red_png(tmp_path / "red.png")
    (tmp_path / "red-relative.png").write_bytes(red.read_bytes())
    svg = f"""<?xml version="1.0" encoding="UTF-8"?>
<?xml-stylesheet type="text/css" href="{base}/pi.css"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
     xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"
     width="100" height="100" inkscape:export-filename="{base}/inkscape.png">
  <style>
    @import url("{base}/import.css");
    @import '{base}/import2.css';
    .bg {{ fill: url({base}/paint.svg#g); background-image: url('{base}/bg.png'); }}
    @font-face {{ font-family: X; src: url({base}/font.woff); }}
    .sneaky {{ fill: u\\72l({base}/escaped.png); }}
  </style>
  <defs>
    <linearGradient id="grad"><stop offset="0" stop-color="#00FF00"/></linearGradient>
    <filter id="f"><feImage xlink:href="{base}/feimage.png"/></filter>
  </defs>
  <rect x="0" y="0" width="100" height="100" fill="url(#grad)"/>
  <rect class="bg" x="0" y="0" width="5" height="5"/>
  <image x="0" y="0" width="100" height="100" href="{base}/plain-href.png"/>
  <image x="0" y="0" width="100" height="100" xlink:href="{base}/xlink-href.png"/>
  <image x="0" y="0" width="100" height="100" xlink:href="file:///etc/passwd"/>
  <image x="0" y="0" width="100" height="100" xlink:href="file://{red}"/>
  <image x="0" y="0" width="100" height="100" xlink:href="{red}"/>
  <image x="0" y="0" width="100" height="100" xlink:href="red-relative.png"/>
  <use xlink:href="{base}/use.svg#shape"/>
  <rect width="10" height="10" style="fill: url('{base}/style-attr.png')" filter="url({base}/f.svg#f)"/>
  <a xlink:href="{base}/link"><rect x="90" y="90" width="10" height="10" fill="#00FF00"/></a>
  <script>fetch("{base}/script")</script>
  <foreignObject width="10" height="10">
    <iframe xmlns="http://www.w3.org/1999/xhtml" src="{base}/iframe"/>
  </foreignObject>
  <xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="{base}/xinclude.svg"/>
</svg>
"""
    path = tmp_path / "hostile.svg"
    path.write_text(svg, encoding="utf-8")

    clean = logo_import.sanitise_svg(path.read_bytes()).decode()  # type: ignore[attr-defined]
    for needle in ("127.0.0.1", "file:", "passwd", "@import", "red.png", "red-relative",
                   "script", "foreignObject", "iframe", "include", "inkscape", "\\"):
        assert needle not in clean, needle
    assert 'fill="url(#grad)"' in clean  # internal references survive

    out = logo_import.logo_from_file(path)  # type: ignore[attr-defined]
    time.sleep(0.2)  # give a (wrongly) started fetch time to arrive
    assert requests == []
    im = png_image(out.png)
    assert im.size == (PRINT_LONG_SIDE, PRINT_LONG_SIDE)
    assert count_colour(im, RED) == 0  # none of the local red images was drawn
    assert count_colour(im, (0, 255, 0)) > PRINT_LONG_SIDE ** 2 // 2  # the gradient fill was


def test_embedded_data_images_are_kept_and_bombs_dropped(logo_import: object) -> None:
    buf = io.BytesIO()
    Image.new("RGB", (4, 4), RED).save(buf, "PNG")
    good = encode_data_url(buf.getvalue())
    bomb = encode_data_url(_bomb_png(20000, 20000))
    svg = (f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
           f'width="20" height="10">'
           f'<image x="0" y="0" width="10" height="10" xlink:href="{good}"/>'
           f'<image x="10" y="0" width="10" height="10" xlink:href="{bomb}"/></svg>').encode()
    start = time.perf_counter()
    out = logo_import.svg_to_image(svg, source="mixed.svg")  # type: ignore[attr-defined]
    assert time.perf_counter() - start < 5
    im = png_image(out.png)
    assert im.getpixel((450, 450))[:3] == RED
    assert im.getpixel((1350, 450))[3] == 0


def _bomb_png(width: int, height: int) -> bytes:
    def chunk(tag: bytes, payload: bytes) -> bytes:
        return (struct.pack(">I", len(payload)) + tag + payload
                + struct.pack(">I", zlib.crc32(tag + payload) & 0xFFFFFFFF))

    row = b"\x00" * (1 + (width + 7) // 8)
    co = zlib.compressobj(9)
    idat = b"".join(co.compress(row) for _ in range(height)) + co.flush()
    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


# -- SVGs refused outright ---------------------------------------------------------------------

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE svg [
  <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
  <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
  <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
  <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
]>
<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text>&d;&d;&d;</text></svg>
"""

EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE svg [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text>&secret;</text></svg>
"""


@pytest.mark.parametrize("svg, needle", [
    (BILLION_LAUGHS, "entities"),
    (EXTERNAL_ENTITY, "entities"),
    (b'<svg xmlns="http://www.w3.org/2000/svg"><rect></svg>', "not well-formed"),
    (b'<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>', "root element is not <svg>"),
    (b'<svg xmlns="http://www.w3.org/2000/svg">' + b"<g>" * 300 + b"</g>" * 300 + b"</svg>",
     "nested more than"),
    (b'<svg xmlns="http://www.w3.org/2000/svg">' + b"<g/>" * 60_000 + b"</svg>",
     "more than 50000 elements"),
])
def test_dangerous_svgs_are_refused(svg: bytes, needle: str, logo_import: object) -> None:
    start = time.perf_counter()
    with pytest.raises(ImageError) as err:
        logo_import.svg_to_image(svg, source="evil.svg")  # type: ignore[attr-defined]
    assert time.perf_counter() - start < 2
    assert str(err.value).startswith("evil.svg: ")
    assert needle in str(err.value)


def test_use_bomb_is_refused(logo_import: object) -> None:
    parts = ['<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
             'width="10" height="10"><defs><rect id="l0" width="1" height="1"/>']
    for level in range(1, 12):
        uses = "".join(f'<use xlink:href="#l{level - 1}"/>' for _ in range(10))
        parts.append(f'<g id="l{level}">{uses}</g>')
    parts.append('</defs><use xlink:href="#l11"/></svg>')
    start = time.perf_counter()
    with pytest.raises(ImageError, match="expand to too many elements"):
        logo_import.svg_to_image("".join(parts).encode(), source="use.svg")  # type: ignore[attr-defined]
    assert time.perf_counter() - start < 2


def test_use_cycle_is_refused(logo_import: object) -> None:
    svg = (b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
           b'width="10" height="10"><g id="a"><use xlink:href="#b"/></g>'
           b'<g id="b"><use xlink:href="#a"/></g></svg>')
    with pytest.raises(ImageError, match="too many elements"):
        logo_import.svg_to_image(svg, source="cycle.svg")  # type: ignore[attr-defined]


def test_oversized_and_compressed_svgs_are_refused(tmp_path: Path, logo_import: object) -> None:
    big = tmp_path / "big.svg"
    with big.open("wb") as fh:
        fh.write(b'<svg xmlns="http://www.w3.org/2000/svg">')
        fh.truncate(6 * 1024 * 1024)
    with pytest.raises(ImageError, match="too large"):
        logo_import.logo_from_file(big)  # type: ignore[attr-defined]
    svgz = tmp_path / "logo.svgz"
    svgz.write_bytes(b"\x1f\x8b" + zlib.compress(SIMPLE))
    with pytest.raises(ImageError, match="svgz"):
        logo_import.logo_from_file(svgz)  # type: ignore[attr-defined]


def test_svg_without_any_size_is_refused(logo_import: object) -> None:
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><rect width="5" height="5"/></svg>'
    try:
        out = logo_import.svg_to_image(svg, source="nosize.svg")  # type: ignore[attr-defined]
    except ImageError as exc:
        assert "no width, height or viewBox" in str(exc)
    else:  # Qt may default to 100×100 like browsers default to 300×150
        assert max(out.size) == PRINT_LONG_SIDE


def test_base64_helper_round_trip() -> None:
    # Guard against the helpers above silently producing invalid data URLs.
    url = encode_data_url(b"abc")
    assert base64.b64decode(url.split(",", 1)[1]) == b"abc"


def test_svg_that_takes_too_long_to_draw_is_abandoned(logo_import: object) -> None:
    parts = ['<svg xmlns="http://www.w3.org/2000/svg" width="1000" height="1000">']
    for i in range(6000):
        x, y = (i * 37) % 1000, (i * 91) % 1000
        parts.append(f'<path d="M{x} {y} l 600 40 l -80 600 z" fill="#{(i * 2654435761) % (1 << 24):06x}" '
                     'fill-opacity="0.5" stroke="#000" stroke-width="9"/>')
    parts.append("</svg>")
    start = time.perf_counter()
    with pytest.raises(ImageError, match="takes too long to draw"):
        logo_import.svg_to_image("".join(parts).encode(), source="heavy.svg",  # type: ignore[attr-defined]
                                 timeout=1.0)
    assert time.perf_counter() - start < 4


def test_child_process_usage_errors(logo_import: object) -> None:
    assert logo_import._child_main(["--oops"]) == 2  # type: ignore[attr-defined]
