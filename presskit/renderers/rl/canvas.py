"""The canvas every Presskit PDF is drawn on: page numbers once the total is known, and tags.

reportlab writes each page as soon as it ends, before the page count is known. This
canvas keeps each page's state instead (its private ``__dict__`` and ``_startPage``), and
on ``save`` replays the pages, drawing "Page N / M" on each, then tags the document: the
pages' ``/StructParents`` and ``/Tabs``, the structure tree, the links' annotations.
``tests/presskit/renderers/test_rl_backend.py`` checks what it relies on.
"""

from __future__ import annotations

from typing import Any, Protocol

from presskit.renderers.rl import backend


class _Furniture(Protocol):
    def page_numbers(self, canv: Any, page: int, total: int) -> None: ...


class _Fonts(Protocol):
    regular: str


class Builder(Protocol):
    """What the canvas needs from the PDF builder (``presskit.renderers.pdf``)."""

    @property
    def fonts(self) -> _Fonts: ...

    @property
    def tags(self) -> Any: ...  # a rl.tagging.StructTree or UntaggedTree

    @property
    def page(self) -> _Furniture: ...

    def check_stop(self) -> None: ...

    def metadata(self) -> Any: ...


def numbered_canvas(builder: Builder) -> Any:
    """A ``Canvas`` class for ``BaseDocTemplate.build(canvasmaker=…)``; after the build, its
    ``pages`` is the page count."""
    from reportlab.pdfgen.canvas import Canvas

    from presskit.renderers.rl.tagging import TAGS_ATTRIBUTE, link_description

    class NumberedCanvas(Canvas):
        """Defers each page's "page N / M" until the total is known, and tags the PDF."""

        pages = 0

        def __init__(self, *args: Any, **kwargs: Any):
            # BaseDocTemplate passes initialFontName=None: without a font of our own the
            # canvas starts every page in Helvetica, a font never embedded (PDF/UA).
            if not kwargs.get("initialFontName"):
                kwargs["initialFontName"] = builder.fonts.regular
            super().__init__(*args, **kwargs)
            self._saved: list[dict[str, Any]] = []
            setattr(self, TAGS_ATTRIBUTE, builder.tags)
            builder.tags.page = 0

        def showPage(self) -> None:
            self._saved.append(dict(self.__dict__))
            self._startPage()
            builder.tags.page = len(self._saved)

        def linkURL(self, url: str, rect: Any, relative: int = 0, thickness: int = 0,
                    color: Any = None, dashArray: Any = None, kind: str = "URI",
                    **kw: Any) -> None:
            from reportlab.pdfbase.pdfdoc import PDFString

            kw.setdefault("Contents", PDFString(link_description(url)))
            super().linkURL(url, rect, relative, thickness, color, dashArray, kind, **kw)
            ref = backend.last_annotation(self)
            builder.tags.link(ref, backend.annotation_object(self, ref))

        def save(self) -> None:
            total = len(self._saved)
            NumberedCanvas.pages = total
            page_refs = []
            for n, state in enumerate(self._saved, start=1):
                builder.check_stop()
                self.__dict__.update(state)
                builder.page.page_numbers(self, n, total)
                page_refs.append(backend.this_page_ref(self))
                super().showPage()
                backend.tag_page(self, n - 1)
            builder.tags.write(self, backend.document(self), page_refs, builder.metadata())
            super().save()

    return NumberedCanvas
