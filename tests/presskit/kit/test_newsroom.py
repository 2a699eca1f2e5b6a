"""The newsroom page: accessible (lang, one h1, alt on every thumbnail), self-contained (no
script, nothing loaded from elsewhere), every link relative and present, user text escaped,
and ``--html DIR`` never writing outside DIR."""

from __future__ import annotations

import io
import os
import zipfile
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from presskit.errors import ExportError
from presskit.kit.model import Link, Photo
from presskit.kit.outputs import KitFile, export_kit, write_folder
from tests.presskit.kit.outputs_kit import make_kit, photo_specs


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.text: list[str] = []
        self.open: list[str] = []
        self.headings: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {k: v or "" for k, v in attrs}))
        self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if self.open and self.open[-1] == tag:
            self.open.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self.open and self.open[-1] in ("h1", "h2"):
            self.headings.append((self.open[-1], data))


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, Path]:
    folder = tmp_path_factory.mktemp("newsroom") / "site"
    kit = make_kit()
    kit.photos()[0].caption += " <script>alert('x')</script> & co"
    kit.items.append(Link("mailto:presse@iov.example", "Écrire au service de presse"))
    export_kit(kit, html_dir=folder)
    return kit, folder


def _parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text("utf-8"))
    return page


def test_accessible_structure(site: tuple[Any, Path]) -> None:
    kit, folder = site
    page = _parse(folder / "index.html")
    html = next(a for t, a in page.tags if t == "html")
    assert html["lang"] == "fr-FR"
    assert [h for h in page.headings if h[0] == "h1"] == [
        ("h1", "Dossier de presse\u00a0: " + kit.release.title)]
    assert [text for tag, text in page.headings if tag == "h2"] == [
        "Documents", "Photos", "Logos", "Vidéos et liens"]
    logo, *images = [a for t, a in page.tags if t == "img"]
    assert logo["src"].startswith("data:image/png;base64,")
    assert logo["alt"] == "Logo Institut orbital du Vercors"
    specs = photo_specs()
    assert [a["alt"] for a in images] == [alt or caption.replace("'", "’")
                                          for _n, _d, caption, _c, _r, alt in specs]
    assert all(a.get("width") and a.get("height") for a in images)
    assert [t for t, _a in page.tags].count("figure") == len(specs)


def test_self_contained_and_escaped(site: tuple[Any, Path]) -> None:
    _kit, folder = site
    text = (folder / "index.html").read_text("utf-8")
    assert "<script" not in text
    assert "&lt;script&gt;alert(" in text and "&lt;/script&gt; &amp; co" in text
    assert "&lt;b&gt;R&amp;D&lt;/b&gt;" in text
    assert "Content-Security-Policy" in text and "default-src 'none'" in text
    page = _parse(folder / "index.html")
    for tag, attrs in page.tags:
        assert tag not in ("link", "iframe", "object", "embed", "base")
        if tag == "img":
            assert attrs["src"].startswith(("thumbs/", "data:image/png;base64,"))


def test_every_link_is_relative_and_present(site: tuple[Any, Path]) -> None:
    _kit, folder = site
    page = _parse(folder / "index.html")
    external = []
    for tag, attrs in page.tags:
        target = attrs.get("href") if tag == "a" else attrs.get("src") if tag == "img" else None
        if target is None or target.startswith("data:image/png;base64,"):
            continue
        if target.startswith(("https://", "mailto:")):
            external.append(target)
            continue
        assert not target.startswith("/") and ".." not in target.split("/")
        assert (folder / target).is_file(), target
    assert external == ["https://videos.example.org/heliade-2/b-roll", "mailto:presse@iov.example"]


def test_thumbnails_link_to_the_originals(site: tuple[Any, Path]) -> None:
    kit, folder = site
    page = _parse(folder / "index.html")
    tags = page.tags
    for k, (tag, attrs) in enumerate(tags):
        if tag != "img" or attrs["src"].startswith("data:"):
            continue
        link = next(a for t, a in reversed(tags[:k]) if t == "a")
        original = folder / link["href"]
        assert link["href"].startswith("photos/")
        photo: Photo = next(p for p in kit.photos() if link["href"].endswith(p.original_name))
        assert original.read_bytes() == kit.media_bytes(photo)
        thumb = Image.open(folder / attrs["src"])
        assert thumb.format == "JPEG" and max(thumb.size) <= 480
        assert (int(attrs["width"]), int(attrs["height"])) == thumb.size


def test_release_and_documents_have_their_html_page(site: tuple[Any, Path]) -> None:
    kit, folder = site
    page = _parse(folder / "index.html")
    hrefs = [a["href"] for t, a in page.tags if t == "a"]
    html_pages = [h for h in hrefs if h.endswith(".html")]
    assert len(html_pages) == 1 + len(kit.documents())
    for h in html_pages:
        sub = _parse(folder / h)
        assert next(a for t, a in sub.tags if t == "html")["lang"] == "fr-FR"
        assert sum(1 for t, _a in sub.tags if t == "h1") == 1


def test_the_zip_holds_the_same_page(tmp_path: Path, site: tuple[Any, Path]) -> None:
    kit, folder = site
    export_kit(kit, zip=tmp_path / "kit.zip")
    zf = zipfile.ZipFile(tmp_path / "kit.zip")
    index = next(n for n in zf.namelist() if n.endswith("/index.html"))
    assert zf.read(index) == (folder / "index.html").read_bytes()
    with zipfile.ZipFile(io.BytesIO((tmp_path / "kit.zip").read_bytes())) as again:
        assert again.testzip() is None


def test_folder_writes_never_leave_it(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    folder = tmp_path / "site"
    folder.mkdir()
    os.symlink(outside, folder / "photos")
    with pytest.raises(ExportError, match="symbolic link"):
        write_folder(folder, [KitFile("index.html", b"x"), KitFile("photos/a.jpg", b"y")])
    assert list(outside.iterdir()) == [] and not (folder / "index.html").exists()
    for bad in ("../escape.txt", "/etc/passwd", "a/../../b"):
        with pytest.raises(ExportError, match="outside the folder"):
            write_folder(tmp_path / "other", [KitFile(bad, b"z")])
    assert not (tmp_path / "escape.txt").exists() and not (tmp_path / "other").exists()


def test_folder_that_is_a_file_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "site"
    target.write_text("not a folder")
    with pytest.raises(ExportError, match="is not a folder"):
        export_kit(make_kit(photos=False), html_dir=target)
    assert target.read_text() == "not a folder"
