"""Export a press kit: the kit PDF, the journalists' ZIP and the newsroom folder.

``export_kit`` composes the kit once, renders everything asked for, and only then writes,
each output atomically (``presskit.atomic``): a failure writes nothing, and an existing file
is replaced whole or not at all.

The ZIP holds one folder named like the release's export (``CP028-2018-le-titre/``)::

    index.html                     the newsroom page (presskit.kit.newsroom)
    dossier-de-presse.pdf          the kit PDF ("press-kit.pdf" in English…)
    STEM.pdf, STEM.docx, STEM.txt  the release; STEM.html its HTML version
    documents/NN-slug.pdf|.docx|.html   each document
    photos/NN-slug.ext             the originals, byte for byte
    thumbs/NN-slug.jpg             the newsroom's thumbnails
    logos/slug.ext                 the logos, as added
    credits.txt                    caption, credit and rights of each photo, in the
                                   release language (UTF-8)

Entries come in that order, every one dated ``SOURCE_DATE_EPOCH`` (else 1980-01-01) with
fixed permissions, so the same kit gives the same bytes. ``--html DIR`` writes the same
files (without the enclosing folder) into DIR, and never outside it.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from presskit.errors import ExportError
from presskit.kit.compose import ComposedKit, compose_kit
from presskit.kit.images import PhotoCache
from presskit.kit.model import Kit, Logo, Photo, slug
from presskit.kit.newsroom import THUMB_SIDE, Download, Newsroom, NewsroomLink, NewsroomPhoto, Part
from presskit.kit.pdf import photo_source
from presskit.textclean import Warning

CREDITS_FILE = "credits.txt"
Progress = Callable[[str, int, int], None]  # (what is being made, steps done, steps in all)


@dataclass
class KitFile:
    path: str  # relative, POSIX
    data: bytes
    compress: bool = True  # photos are stored: they are compressed already


@dataclass
class KitExportResult:
    written: dict[str, Path]  # "pdf", "zip", "html" -> the file or folder written
    warnings: list[Warning] = field(default_factory=list)
    pages: int | None = None  # of the kit PDF


def _ext(item: Photo | Logo) -> str:
    for name in (item.file, item.original_name):
        stem, dot, ext = PurePosixPath(name).name.rpartition(".")
        if dot and stem and ext.isalnum():
            return "." + ext.lower()
    return ""


def photo_name(number: int, photo: Photo) -> str:
    """``NN-slug`` of the *number*-th photo (from 1), slugged from the name it was added as."""
    if photo.original_name:
        stem = PurePosixPath(photo.original_name).name.rpartition(".")[0]
    else:  # the container's "media/NN-slug.ext", without its own number
        stem = re.sub(r"^\d+-", "", PurePosixPath(photo.file).name.rpartition(".")[0])
    return f"{number:02d}-{slug(stem or photo.caption, default='photo')}"


def _check_stop(should_stop: Callable[[], bool] | None) -> None:
    if should_stop is not None and should_stop():
        from presskit.renderers.pdf import RenderCancelled

        raise RenderCancelled


class _Steps:
    """Counts the steps of an export for *progress*, and asks *should_stop* at each."""

    def __init__(self, total: int, progress: Progress | None,
                 should_stop: Callable[[], bool] | None):
        self.total, self.progress, self.should_stop = total, progress, should_stop
        self.done = 0

    def step(self, what: str) -> None:
        _check_stop(self.should_stop)
        if self.progress is not None:
            self.progress(what, self.done, self.total)
        self.done += 1

    def finish(self) -> None:
        if self.progress is not None:
            self.progress("", self.total, self.total)


def file_steps(composed: ComposedKit) -> int:
    """How many steps ``_Files.files`` reports."""
    return 4 + 3 * len(composed.documents) + 2 * len(composed.photos)


class _Files:
    """Renders every file of the ZIP and the newsroom folder, in their order."""

    def __init__(self, kit: Kit, composed: ComposedKit, cache: PhotoCache,
                 should_stop: Callable[[], bool] | None, steps: _Steps,
                 kit_pdf: bytes | None):
        self.kit, self.composed, self.cache = kit, composed, cache
        self.should_stop = should_stop
        self.step = steps.step
        self.kit_pdf = kit_pdf
        self.warnings: list[Warning] = []

    def files(self) -> list[KitFile]:
        from presskit.export import default_stem
        from presskit.renderers.docx import render_docx
        from presskit.renderers.html import render_html
        from presskit.renderers.pdf import render_pdf
        from presskit.renderers.text import render_text

        composed, labels = self.composed, self.composed.labels
        stem = default_stem(self.kit.release)
        release = composed.release
        out: list[KitFile] = []
        parts: list[Part] = []
        kit_name = slug(labels.press_kit, default="press-kit") + ".pdf"
        if self.kit_pdf is not None:
            out.append(KitFile(kit_name, self.kit_pdf, compress=False))
        self.step(f"{stem}.pdf")
        pdf = render_pdf(release, self.should_stop)
        self.warnings += pdf.warnings
        self.step(f"{stem}.docx")
        docx = render_docx(release)
        self.warnings += docx.warnings
        out += [KitFile(f"{stem}.pdf", pdf.data), KitFile(f"{stem}.docx", docx.data),
                KitFile(f"{stem}.txt", render_text(release).encode("utf-8")),
                KitFile(f"{stem}.html", render_html(release).encode("utf-8"))]
        parts.append(Part(release.meta.kind_label, release.meta.title or release.meta.kind_label,
                          f"{stem}.html", [Download("PDF", f"{stem}.pdf"),
                                           Download("Word", f"{stem}.docx"),
                                           Download("TXT", f"{stem}.txt")]))
        for k, doc in enumerate(composed.documents, start=1):
            name = f"documents/{k:02d}-{slug(doc.meta.title, default='document')}"
            self.step(name + ".pdf")
            dpdf = render_pdf(doc, self.should_stop)
            self.step(name + ".docx")
            ddocx = render_docx(doc)
            self.step(name + ".html")
            out += [KitFile(name + ".pdf", dpdf.data), KitFile(name + ".docx", ddocx.data),
                    KitFile(name + ".html", render_html(doc).encode("utf-8"))]
            parts.append(Part(doc.meta.kind_label, doc.meta.title or doc.meta.kind_label,
                              name + ".html", [Download("PDF", name + ".pdf"),
                                               Download("Word", name + ".docx")]))
        photos, thumbs = self._photos()
        logos = self._logos()
        room = Newsroom(parts, photos, [(p, t) for p, t, _d in logos],
                        [NewsroomLink(link.url, link.description) for link in self.kit.links()],
                        CREDITS_FILE)
        from presskit.kit.newsroom import render_newsroom

        self.step("index.html")
        index = render_newsroom(composed, room).encode("utf-8")
        originals = [KitFile(p.original, self.kit.media_bytes(photo.item), compress=False)
                     for p, photo in zip(photos, composed.photos, strict=True)]
        self.step(CREDITS_FILE)
        return ([KitFile("index.html", index), *out, *originals, *thumbs,
                 *(KitFile(p, d) for p, _t, d in logos),
                 KitFile(CREDITS_FILE, self._credits(photos).encode("utf-8"))])

    def _photos(self) -> tuple[list[NewsroomPhoto], list[KitFile]]:
        photos: list[NewsroomPhoto] = []
        thumbs: list[KitFile] = []
        for p in self.composed.photos:
            name = photo_name(p.number, p.item)
            data = self.kit.media_bytes(p.item)
            source = photo_source(p)
            self.step(f"thumbs/{name}.jpg")
            size = self.cache.size(data, source)
            thumb = self.cache.jpeg(data, source, THUMB_SIDE, THUMB_SIDE)
            self.step(f"photos/{name}")
            photos.append(NewsroomPhoto(f"photos/{name}{_ext(p.item)}", f"thumbs/{name}.jpg",
                                        (thumb.width, thumb.height), (size.width, size.height),
                                        p.caption, p.credit_line, p.alt))
            thumbs.append(KitFile(f"thumbs/{name}.jpg", thumb.data, compress=False))
        return photos, thumbs

    def _logos(self) -> list[tuple[str, str, bytes]]:
        out: list[tuple[str, str, bytes]] = []
        used: set[str] = set()
        for logo in self.kit.logos():
            stem = PurePosixPath(logo.original_name or logo.file).name.rpartition(".")[0]
            base = slug(stem or logo.title, default="logo")
            name, n = base, 1
            while name in used:
                n += 1
                name = f"{base}-{n}"
            used.add(name)
            title = logo.title or PurePosixPath(logo.original_name or logo.file).name
            out.append((f"logos/{name}{_ext(logo)}", title, self.kit.media_bytes(logo)))
        return out

    def _credits(self, photos: list[NewsroomPhoto]) -> str:
        c, labels = self.composed, self.composed.labels
        lines = [c.typeset(f"{labels.photo_credits} — {c.title}"), ""]
        for room_photo, p in zip(photos, c.photos, strict=True):
            lines.append(room_photo.original)
            for label, value in ((labels.caption, p.caption), (labels.credit, p.credit),
                                 (labels.rights, p.rights)):
                if value:
                    lines.append(c.labelled(label, value))
            lines.append("")
        return "\n".join(lines)


def _zip_bytes(folder: str, files: list[KitFile]) -> bytes:
    import io

    from presskit.kit.container import zip_date_time

    when = zip_date_time()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for f in files:
            info = zipfile.ZipInfo(f"{folder}/{f.path}", date_time=when)
            info.compress_type = zipfile.ZIP_DEFLATED if f.compress else zipfile.ZIP_STORED
            info.external_attr = 0o644 << 16
            info.create_system = 3
            zf.writestr(info, f.data, compresslevel=6 if f.compress else None)
    return buf.getvalue()


def _inside(folder: Path, relative: str) -> Path:
    """*folder*/*relative*, refused if it would land outside *folder* (``..``, an absolute
    name, or a symbolic link on the way)."""
    rel = PurePosixPath(relative)
    if rel.is_absolute() or ".." in rel.parts or not rel.parts:
        raise ExportError(f"refusing to write '{relative}' outside the folder", path=str(folder))
    target = folder.joinpath(*rel.parts)
    here = folder
    for part in rel.parts:
        here = here / part
        if here.is_symlink():
            raise ExportError(f"'{relative}' is a symbolic link; refusing to write through it",
                              path=str(folder))
    return target


def write_folder(folder: Path, files: list[KitFile]) -> None:
    """Write *files* into *folder* (created if missing), each atomically, none outside it."""
    from presskit.export import write_file

    if folder.is_symlink() and not folder.is_dir():
        raise ExportError("is a broken symbolic link", path=str(folder))
    if folder.exists() and not folder.is_dir():
        raise ExportError("is not a folder", path=str(folder))
    targets = [(_inside(folder, f.path), f.data) for f in files]
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for target, _data in targets:
            target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"cannot create the folder ({exc.strerror or exc})",
                          path=str(folder)) from None
    for target, data in targets:
        write_file(target, data)


def export_kit(kit: Kit, *, pdf: Path | None = None, zip: Path | None = None,
               html_dir: Path | None = None, progress: Progress | None = None,
               should_stop: Callable[[], bool] | None = None, home_country: str | None = None,
               cache: PhotoCache | None = None) -> KitExportResult:
    """Write the kit PDF to *pdf*, the journalists' ZIP to *zip* and the newsroom into
    *html_dir* (each optional). Everything is rendered before the first write.

    *progress* is called with (what, steps done, steps in all) before each step;
    *should_stop* is asked between steps and pages (``RenderCancelled``); *cache* keeps
    the photos' JPEGs for the next export or preview.
    """
    from presskit.export import file_key, write_file
    from presskit.kit.pdf import render_kit_pdf

    targets = [(k, p) for k, p in (("pdf", pdf), ("zip", zip)) if p is not None]
    if len({file_key(p) for _k, p in targets}) < len(targets):
        raise ExportError("the PDF and the ZIP would both be written here; give each its "
                          "own file", path=str(pdf))
    cache = cache if cache is not None else PhotoCache()
    composed = compose_kit(kit, home_country=home_country, memo=cache)
    warnings = list(composed.warnings)
    want_pdf = pdf is not None or zip is not None
    want_files = zip is not None or html_dir is not None
    steps = _Steps(int(want_pdf) + (file_steps(composed) if want_files else 0), progress,
                   should_stop)
    kit_pdf = None
    pages = None
    if want_pdf:
        steps.step("PDF")
        rendered = render_kit_pdf(kit, should_stop=should_stop, cache=cache, composed=composed)
        kit_pdf, pages = rendered.data, rendered.pages
        warnings += [w for w in rendered.warnings if w not in warnings]
    files: list[KitFile] = []
    if want_files:
        maker = _Files(kit, composed, cache, should_stop, steps, kit_pdf)
        files = maker.files()
        warnings += [w for w in maker.warnings if w not in warnings]
    zip_data = None
    if zip is not None:
        from presskit.export import default_stem

        zip_data = _zip_bytes(default_stem(kit.release), files)
    _check_stop(should_stop)
    written: dict[str, Path] = {}
    if pdf is not None and kit_pdf is not None:
        write_file(pdf, kit_pdf)
        written["pdf"] = pdf
    if zip is not None and zip_data is not None:
        write_file(zip, zip_data)
        written["zip"] = zip
    if html_dir is not None:
        write_folder(html_dir, files)
        written["html"] = html_dir
    steps.finish()
    return KitExportResult(written, warnings, pages)


__all__ = ["CREDITS_FILE", "KitExportResult", "KitFile", "export_kit", "photo_name",
           "write_folder"]
