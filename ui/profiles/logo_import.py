"""Importing a logo file: PNG/JPEG through presskit.images, SVG rasterised with Qt.

An SVG is never rendered as it comes. It is parsed first (no DOCTYPE internal
subset, no entity declarations, bounded size, depth and element count, bounded
``<use>`` expansion) and written out again from a whitelist: references to
anything outside the document (http:, file:, relative paths, CSS ``@import``
and ``url(…)``) are removed, embedded ``data:`` rasters are re-normalised, and
the renderer only ever sees bytes, never a path, so nothing is fetched or read.
The result is rasterised at print resolution on a transparent image, in a
child process with a time limit and a memory cap (drawing cost cannot be
bounded from the XML), and goes through :func:`presskit.images.normalise_image`
like any other logo.
"""

from __future__ import annotations

import math
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path
from xml.parsers import expat
from xml.sax.saxutils import escape, quoteattr

from presskit.errors import ImageError
from presskit.images import (
    PRINT_LONG_SIDE,
    NormalisedImage,
    fit_box,
    normalise_file,
    normalise_image,
)

MAX_SVG_BYTES = 5 * 1024 * 1024
MAX_DEPTH = 128
MAX_ELEMENTS = 50_000
MAX_EXPANDED = 200_000  # elements drawn once every <use> is expanded
MAX_EMBEDDED_IMAGES = 16
RENDER_TIMEOUT_S = 15.0
IMAGE_COST = 1_000  # an <image> counts as this many elements against MAX_EXPANDED

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
XML_NS = "http://www.w3.org/XML/1998/namespace"

# Elements that are dropped with everything inside them.
_DROP = {"script", "foreignObject", "iframe", "video", "audio", "animation", "handler",
         "listener", "prefetch", "discard", "font-face-uri", "color-profile", "cursor"}
_URL = re.compile(r"url\(\s*(['\"]?)(.*?)\1\s*\)", re.I | re.S)
_IMPORT = re.compile(r"@import\b[^;]*;?", re.I)
_OPEN_URL = re.compile(r"url\((?!\s*['\"]?\s*#)", re.I)
_CSS_COMMENT = re.compile(r"/\*.*?(\*/|$)", re.S)
_CSS_HEX_ESCAPE = re.compile(r"\\([0-9A-Fa-f]{1,6})[ \t\r\n\f]?")
_SNIFF_SVG = re.compile(rb"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*(<!DOCTYPE[^>]*>\s*)?<svg[\s>]",
                        re.S | re.I)


def logo_from_file(path: str | os.PathLike[str]) -> NormalisedImage:
    """A logo from a PNG, JPEG (or other raster) or SVG file, as a normalised PNG.

    Raises ImageError naming the file for anything refused. SVGs are drawn in a
    short-lived child process (up to RENDER_TIMEOUT_S seconds): call this from a
    worker thread in the editor, not on the GUI thread.
    """
    p = Path(path)
    src = str(p)
    try:
        size = p.stat().st_size
        with p.open("rb") as fh:
            head = fh.read(4096)
    except OSError as exc:
        raise ImageError(f"cannot read the file ({exc.strerror or exc})", path=src) from None
    if not _looks_like_svg(p, head):
        return normalise_file(p, source=src)
    if head[:2] == b"\x1f\x8b":
        raise ImageError("compressed SVG (.svgz) is not supported; save it as plain SVG", path=src)
    if size > MAX_SVG_BYTES:
        raise ImageError(f"SVG file is too large ({size / 1_048_576:.1f} MB; the limit is "
                         f"{MAX_SVG_BYTES // 1_048_576} MB)", path=src)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise ImageError(f"cannot read the file ({exc.strerror or exc})", path=src) from None
    return svg_to_image(data, source=src)


def _looks_like_svg(path: Path, head: bytes) -> bool:
    if path.suffix.lower() in (".svg", ".svgz"):
        return True
    text = head.lstrip(b"\xef\xbb\xbf")
    return bool(_SNIFF_SVG.match(text))


def svg_to_image(data: bytes, *, source: str, long_side: int = PRINT_LONG_SIDE,
                 timeout: float = RENDER_TIMEOUT_S) -> NormalisedImage:
    """Sanitise, rasterise (long side ``long_side`` px, transparent) and normalise an SVG.

    Drawing happens in a separate Python process, killed after ``timeout`` seconds.
    """
    if len(data) > MAX_SVG_BYTES:
        raise ImageError(f"SVG is too large (over {MAX_SVG_BYTES // 1_048_576} MB)", path=source)
    clean = sanitise_svg(data, source=source)
    png = _render(clean, source=source, long_side=long_side, timeout=timeout)
    return normalise_image(png, source=source)


# -- sanitising --------------------------------------------------------------------------------

class _Refused(Exception):
    pass


def _check_structure(data: bytes) -> None:
    """First pass with expat: no entities or internal DTD subset, bounded depth and size."""
    parser = expat.ParserCreate()
    depth = 0
    count = 0

    def doctype(_name: str, _sys: str | None, _pub: str | None, internal: bool) -> None:
        if internal:
            raise _Refused("declares a DTD internal subset (entities are not allowed)")

    def entity(*_args: object) -> None:
        raise _Refused("declares XML entities, which are not allowed")

    def start(_name: str, _attrs: object) -> None:
        nonlocal depth, count
        depth += 1
        count += 1
        if depth > MAX_DEPTH:
            raise _Refused(f"is nested more than {MAX_DEPTH} levels deep")
        if count > MAX_ELEMENTS:
            raise _Refused(f"has more than {MAX_ELEMENTS} elements")

    def end(_name: str) -> None:
        nonlocal depth
        depth -= 1

    def external(*_args: object) -> int:
        raise _Refused("refers to an external entity")

    parser.StartDoctypeDeclHandler = doctype
    parser.EntityDeclHandler = entity
    parser.UnparsedEntityDeclHandler = entity
    parser.NotationDeclHandler = entity
    parser.ExternalEntityRefHandler = external
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    try:
        parser.Parse(data, True)
    except expat.ExpatError as exc:
        raise _Refused(f"is not well-formed XML ({expat.errors.messages.get(exc.code, exc)}, "
                       f"line {exc.lineno})") from None


def _split(tag: str) -> tuple[str, str]:
    if tag.startswith("{"):
        ns, _, local = tag[1:].partition("}")
        return ns, local
    return "", tag


def sanitise_svg(data: bytes, *, source: str = "SVG") -> bytes:
    """The SVG rewritten from a whitelist, with every outside reference removed.

    Raises ImageError (naming ``source``) for XML that must not be parsed at all.
    """
    try:
        _check_structure(data)
        root = ET.fromstring(data)
    except _Refused as exc:
        raise ImageError(f"SVG refused: it {exc}", path=source) from None
    except ET.ParseError as exc:
        raise ImageError(f"SVG refused: it is not well-formed XML ({exc})", path=source) from None
    ns, local = _split(root.tag)
    if local != "svg" or ns not in ("", SVG_NS):
        raise ImageError("is not an SVG image (the root element is not <svg>)", path=source)
    writer = _Writer(source)
    ids = {el.get("id"): el for el in root.iter() if el.get("id")}
    _check_use_expansion(root, ids, source)
    writer.element(root, is_root=True)
    return "".join(writer.out).encode("utf-8")


def _check_use_expansion(root: ET.Element, ids: dict[str | None, ET.Element], source: str) -> None:
    """Refuse ``<use>`` chains that multiply (the SVG form of a billion-laughs bomb)."""
    memo: dict[int, int] = {}
    active: set[int] = set()

    def cost(el: ET.Element) -> int:
        key = id(el)
        if key in memo:
            return memo[key]
        if key in active:
            return MAX_EXPANDED + 1  # a cycle
        active.add(key)
        # Drawing a raster is far dearer than a shape: count it as many elements.
        total = IMAGE_COST if _split(el.tag)[1] == "image" else 1
        for child in el:
            total += cost(child)
            if total > MAX_EXPANDED:
                break
        if _split(el.tag)[1] == "use":
            ref = _href(el)
            if ref and ref.startswith("#") and ref[1:] in ids:
                total += cost(ids[ref[1:]])
        active.discard(key)
        memo[key] = total
        return total

    try:
        too_many = cost(root) > MAX_EXPANDED
    except RecursionError:
        too_many = True
    if too_many:
        raise ImageError("SVG refused: its <use> references expand to too many elements",
                         path=source)


def _href(el: ET.Element) -> str | None:
    return el.get(f"{{{XLINK_NS}}}href", el.get("href"))


def _unescape_css(text: str) -> str:
    def hex_char(m: re.Match[str]) -> str:
        code = int(m.group(1), 16)
        return chr(code) if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else "\ufffd"

    text = _CSS_HEX_ESCAPE.sub(hex_char, text)
    text = re.sub(r"\\(.?)", lambda m: m.group(1) if m.group(1) != "\n" else "", text, flags=re.S)
    # An escaped backslash would start a second round of escapes in Qt's parser.
    return text.replace("\\", "")


def clean_css(text: str) -> str:
    """CSS with ``@import`` rules removed and every ``url()`` not pointing inside the document
    replaced by ``none``. Comments and escapes are resolved first so they cannot hide a URL."""
    text = _CSS_COMMENT.sub("", text)
    text = _unescape_css(text)
    text = _IMPORT.sub("", text)
    text = _URL.sub(lambda m: m.group(0) if m.group(2).strip().startswith("#") else "none", text)
    # An unclosed url( runs to the end in CSS: neutralise whatever is left.
    return _OPEN_URL.sub("none(", text)


def _clean_value(name: str, value: str) -> str | None:
    if name == "style":
        return clean_css(value)
    if "url(" in value.lower() or "\\" in value:
        return clean_css(value)
    return value


class _Writer:
    def __init__(self, source: str):
        self.source = source
        self.out: list[str] = []
        self.images = 0

    def element(self, el: ET.Element, *, is_root: bool = False) -> None:
        ns, local = _split(el.tag)
        if ns not in ("", SVG_NS) or local in _DROP:
            return  # foreign (editor metadata, XInclude, XHTML…) or active content
        attrs: list[tuple[str, str]] = []
        if is_root:
            attrs += [("xmlns", SVG_NS), ("xmlns:xlink", XLINK_NS)]
        for key, value in el.attrib.items():
            kept = self.attribute(local, key, value)
            if kept is None:
                continue
            if kept[0] == "href" and local == "image" and kept[1].startswith("data:"):
                checked = self.embedded_image(kept[1])
                if checked is None:
                    return  # an <image> we will not draw at all
                kept = (kept[0], checked)
            attrs.append(kept)
        if local == "image" and not any(k in ("href", "xlink:href") for k, _ in attrs):
            return  # nothing (safe) left to draw
        if local == "image":
            attrs = [("xlink:href" if k == "href" else k, v) for k, v in attrs]
        self.out.append("<" + local + "".join(f" {k}={quoteattr(v)}" for k, v in attrs) + ">")
        text = el.text or ""
        self.out.append(escape(clean_css(text) if local == "style" else text))
        for child in el:
            self.element(child)
        self.out.append(f"</{local}>")
        if not is_root:
            self.out.append(escape(el.tail or ""))

    def attribute(self, element: str, key: str, value: str) -> tuple[str, str] | None:
        ns, name = _split(key)
        if name.lower().startswith("on"):
            return None  # event handlers
        if ns == XLINK_NS:
            if name != "href":
                return None
            name = "href"
        elif ns == XML_NS:
            return ("xml:" + name, value) if name in ("space", "lang") else None
        elif ns:
            return None  # editor attributes (inkscape:, sodipodi:, …)
        if name == "href":
            target = value.strip()
            if target.startswith("#") or (element == "image" and target.startswith("data:")):
                return ("xlink:href" if element != "image" else "href", target)
            return None
        if name in ("src", "base"):
            return None
        cleaned = _clean_value(name, value)
        return None if cleaned is None else (name, cleaned)

    def embedded_image(self, url: str) -> str | None:
        """A data: raster inside the SVG, re-normalised; None to leave the image out."""
        from presskit.images import decode_data_url

        self.images += 1
        if self.images > MAX_EMBEDDED_IMAGES:
            return None
        try:
            mime, data = decode_data_url(url, source=self.source)
            if mime == "image/svg+xml":
                return None
            return normalise_image(data, source=self.source).data_url()
        except ImageError:
            return None


# -- rendering ---------------------------------------------------------------------------------

def _render(svg: bytes, *, source: str, long_side: int, timeout: float) -> bytes:
    """Rasterise sanitised SVG in a child process with a time limit and a memory cap.

    Drawing cost cannot be predicted from the XML (a few thousand large
    translucent shapes take minutes), and Qt cannot be interrupted mid-draw, so
    the child is simply killed when it runs out of time.
    """
    cmd = [sys.executable, "-I", "-m", "presskit_ui.profiles.logo_import", "--render", str(long_side),
           str(math.ceil(timeout) + 5)]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("QT_QPA_PLATFORMTHEME", None)
    try:
        proc = subprocess.run(cmd, input=svg, capture_output=True, timeout=timeout, env=env,
                              cwd=tempfile.gettempdir(), check=False)
    except subprocess.TimeoutExpired:
        raise ImageError(f"SVG takes too long to draw (over {timeout:g} s); simplify it or "
                         "export it as PNG", path=source) from None
    except OSError as exc:
        raise ImageError(f"SVG could not be drawn ({exc.strerror or exc})", path=source) from None
    if proc.returncode == 0 and proc.stdout.startswith(b"\x89PNG"):
        return proc.stdout
    lines = proc.stderr.decode("utf-8", "replace").strip().splitlines()
    if proc.returncode == _CHILD_REFUSED and lines:
        raise ImageError(lines[-1], path=source)
    if proc.returncode < 0 or proc.returncode == _CHILD_NO_MEMORY:
        raise ImageError("SVG is too heavy to draw (ran out of time or memory)", path=source)
    detail = lines[-1] if lines else f"exit status {proc.returncode}"
    raise ImageError(f"SVG could not be drawn ({detail[:200]})", path=source)


_CHILD_REFUSED = 3
_CHILD_NO_MEMORY = 4
CHILD_MEMORY_BYTES = 1536 * 1024 * 1024


def _limit_child_resources(cpu_seconds: int) -> None:
    try:
        import resource
    except ImportError:  # Windows: the parent's timeout still applies
        return
    for which, value in ((resource.RLIMIT_DATA, CHILD_MEMORY_BYTES),
                         (resource.RLIMIT_CPU, cpu_seconds)):
        try:
            _soft, hard = resource.getrlimit(which)
            if hard != resource.RLIM_INFINITY:
                value = min(value, hard)
            resource.setrlimit(which, (value, hard))
        except (OSError, ValueError):
            pass


def _child_main(argv: list[str]) -> int:
    """``python -m presskit_ui.profiles.logo_import --render LONG_SIDE CPU_SECONDS``.

    Reads sanitised SVG on stdin, writes PNG on stdout.
    """
    if len(argv) != 3 or argv[0] != "--render":
        print("usage: python -m presskit_ui.profiles.logo_import --render LONG_SIDE CPU_SECONDS",
              file=sys.stderr)
        return 2
    _limit_child_resources(int(argv[2]))
    svg = sys.stdin.buffer.read(MAX_SVG_BYTES * 4 + 1)
    try:
        png = _render_here(svg, long_side=int(argv[1]))
    except ImageError as exc:
        print(exc.message, file=sys.stderr)
        return _CHILD_REFUSED
    except MemoryError:
        return _CHILD_NO_MEMORY
    sys.stdout.buffer.write(png)
    sys.stdout.buffer.flush()
    return 0


def _render_here(svg: bytes, *, long_side: int) -> bytes:
    """Rasterise in this process (the child): transparent, long side ``long_side`` px."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer, QtSvg

    app = QGuiApplication.instance() or QGuiApplication(["presskit-svg"])
    renderer = QSvgRenderer()
    renderer.setOptions(QtSvg.Option.DisableCSSAnimations | QtSvg.Option.DisableSMILAnimations)
    renderer.setAnimationEnabled(False)
    if not renderer.load(QByteArray(svg)) or not renderer.isValid():
        raise ImageError("is not an SVG image Qt can draw")
    renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
    size = renderer.defaultSize()
    w, h = float(size.width()), float(size.height())
    if w <= 0 or h <= 0:
        box = renderer.viewBoxF()
        w, h = box.width(), box.height()
    if not (w > 0 and h > 0):
        raise ImageError("SVG has no width, height or viewBox")
    fw, fh = fit_box(w, h, long_side, long_side)
    width, height = max(1, round(fw)), max(1, round(fh))
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    if image.isNull():
        raise MemoryError
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        renderer.render(painter, QRectF(0, 0, width, height))
    finally:
        painter.end()
    buf = QBuffer()
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buf, "PNG"):  # type: ignore[call-overload]  # stub says bytes; runtime wants str
        raise ImageError("SVG could not be rasterised")
    del app
    return bytes(buf.data().data())


if __name__ == "__main__":
    sys.exit(_child_main(sys.argv[1:]))
