"""Export a release to files: one compose, then each requested renderer.

Used by the command line and the editor alike. Every output is written
atomically, so a failed export leaves any existing file untouched, and the
draft itself is never written.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from presskit.doctree import Document
from presskit.errors import ExportError
from presskit.model import Release
from presskit.textclean import Warning

EXTENSIONS = {"pdf": ".pdf", "docx": ".docx", "txt": ".txt", "eml": ".eml", "html": ".html"}
FORMAT_ORDER = ("pdf", "docx", "txt", "eml", "html")


@dataclass
class Rendered:
    data: bytes
    warnings: list[Warning] = field(default_factory=list)
    pages: int | None = None


def _render_pdf(doc: Document, release: Release, done: dict[str, Rendered]) -> Rendered:
    from presskit.renderers.pdf import render_pdf

    res = render_pdf(doc)
    return Rendered(res.data, res.warnings, res.pages)


def _render_docx(doc: Document, release: Release, done: dict[str, Rendered]) -> Rendered:
    from presskit.renderers.docx import render_docx

    res = render_docx(doc)
    return Rendered(res.data, res.warnings)


def _render_txt(doc: Document, release: Release, done: dict[str, Rendered]) -> Rendered:
    from presskit.renderers.text import render_text

    return Rendered(render_text(doc).encode("utf-8"))


def _render_eml(doc: Document, release: Release, done: dict[str, Rendered]) -> Rendered:
    from presskit.renderers.eml import render_eml

    pdf = done.get("pdf") or _render_pdf(doc, release, done)
    body = done["txt"].data.decode("utf-8") if "txt" in done else None
    data = render_eml(doc, pdf.data, default_stem(release) + ".pdf", body=body)
    return Rendered(data, [] if "pdf" in done else list(pdf.warnings), pdf.pages)


def _render_html(doc: Document, release: Release, done: dict[str, Rendered]) -> Rendered:
    from presskit.renderers.html import render_html

    return Rendered(render_html(doc).encode("utf-8"))


# Renderer registry: format -> function(document, release, already rendered) -> Rendered.
# Formats render in FORMAT_ORDER, so e.g. "eml" can reuse the PDF in ``done``.
Renderer = Callable[[Document, Release, dict[str, "Rendered"]], "Rendered"]
RENDERERS: dict[str, Renderer] = {"pdf": _render_pdf, "docx": _render_docx, "txt": _render_txt,
                                  "eml": _render_eml, "html": _render_html}


def slug(text: str, limit: int = 60) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    s = re.sub(r"[^A-Za-z0-9]+", "-", ascii_text).strip("-").lower()
    if len(s) > limit:
        s = s[:limit].rsplit("-", 1)[0]
    return s


# The name of a release with neither reference nor headline, by release language.
UNTITLED_STEMS = {"en": "press-release", "fr": "communique", "de": "pressemitteilung",
                  "es": "comunicado", "it": "comunicato"}


def untitled_stem(language: str) -> str:
    """``communique`` for a French release, ``press-release`` for English and the unknown."""
    lang = language.replace("-", "_").split("_")[0].lower()
    return UNTITLED_STEMS.get(lang, UNTITLED_STEMS["en"])


def default_stem(release: Release) -> str:
    """File name stem from the reference plus a slug of the title: ``CP028-2018-le-titre``.

    With neither, the release's word for a press release in its language (``communique``).
    """
    ref = re.sub(r"[^\w.-]+", "-", release.reference, flags=re.UNICODE).strip("-.")
    title = slug(release.title)
    stem = "-".join(p for p in (ref, title) if p)
    return stem or untitled_stem(release.language)


def default_path(release: Release, draft_path: Path | None, fmt: str) -> Path:
    folder = draft_path.parent if draft_path else Path.cwd()
    return folder / (default_stem(release) + EXTENSIONS[fmt])


def render(fmt: str, doc: Document, release: Release,
           done: dict[str, Rendered] | None = None) -> Rendered:
    try:
        renderer = RENDERERS[fmt]
    except KeyError:
        raise ExportError(f"unknown export format '{fmt}'") from None
    return renderer(doc, release, done if done is not None else {})


@dataclass(frozen=True)
class Stream:
    """An export target that is an open binary stream (``-`` on the command line)."""

    fh: BinaryIO
    name: str = "standard output"


Target = Path | Stream


def file_key(path: Path) -> tuple[object, ...]:
    """What makes two spellings of a path the same file: symlinks, ``..``, hard links."""
    import os

    try:
        st = os.stat(path)
    except OSError:
        return ("path", os.path.normcase(os.path.realpath(path)))
    return ("inode", st.st_dev, st.st_ino)


def check_targets(targets: Mapping[str, Target]) -> None:
    """Refuse two formats written to one file (``--pdf X --txt X``) or to one stream."""
    seen: dict[tuple[object, ...], str] = {}
    for fmt in FORMAT_ORDER:
        target = targets.get(fmt)
        if target is None:
            continue
        key = ("stream", id(target.fh)) if isinstance(target, Stream) else file_key(target)
        if key in seen:
            where = target.name if isinstance(target, Stream) else str(target)
            raise ExportError(f"the {seen[key].upper()} and the {fmt.upper()} exports would both "
                              "be written here; give each format its own file", path=where)
        seen[key] = fmt


def write_target(target: Target, data: bytes) -> None:
    if isinstance(target, Stream):
        target.fh.write(data)
        target.fh.flush()
    else:
        write_file(target, data)


def write_file(path: Path, data: bytes) -> None:
    from presskit.atomic import write_bytes
    from presskit.fileio import WRITE_REASONS, error_from_os

    try:
        write_bytes(path, data)
    except OSError as exc:  # a RefusedTarget (an existing file not replaced) in its own words
        raise error_from_os(exc, ExportError, path, reasons=WRITE_REASONS) from None


@dataclass
class ExportResult:
    written: dict[str, Path]  # the files written (streams are not listed)
    warnings: list[Warning]
    pages: int | None = None


def export(release: Release, targets: Mapping[str, Target], *,
           progress: Callable[[str], None] | None = None,
           home_country: str | None = None) -> ExportResult:
    """Compose once, render each format in *targets*, write each file atomically.

    All renders happen before the first write, so a renderer failure writes nothing, and
    two formats aimed at the same file are refused before anything is rendered.
    """
    from presskit.compose import compose

    check_targets(targets)

    doc = compose(release, home_country=home_country)
    rendered: dict[str, Rendered] = {}
    for fmt in FORMAT_ORDER:
        if fmt in targets:
            if progress:
                progress(fmt)
            rendered[fmt] = render(fmt, doc, release, rendered)
    warnings = list(doc.warnings)
    seen = {str(w) for w in warnings}
    for r in rendered.values():
        for w in r.warnings:
            if str(w) not in seen:
                seen.add(str(w))
                warnings.append(w)
    for fmt, out in rendered.items():
        write_target(targets[fmt], out.data)
    pages = rendered["pdf"].pages if "pdf" in rendered else None
    files = {fmt: t for fmt, t in targets.items() if isinstance(t, Path)}
    return ExportResult(written=files, warnings=warnings, pages=pages)
