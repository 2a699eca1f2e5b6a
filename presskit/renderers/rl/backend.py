"""The few reportlab internals the tagged PDF needs, each in one small function.

Each is checked by ``tests/presskit/renderers/test_rl_backend.py`` (one test per function),
so an upgrade that changes what it relies on fails a test instead of an export.
"""

from __future__ import annotations

from typing import Any

# Page dictionary keys reportlab's PDFPage does not write by itself (it writes only the
# keys its ``__NoDefault__`` lists; an instance may list more).
_PAGE_KEYS = ("StructParents", "Tabs")


def document(canv: Any) -> Any:
    """The canvas's ``pdfdoc.PDFDocument`` (``canv._doc``)."""
    return canv._doc


def this_page_ref(canv: Any) -> Any:
    """The reference the page the canvas is about to emit will have."""
    return canv._doc.thisPageRef()


def last_annotation(canv: Any) -> Any:
    """The reference of the annotation ``linkURL`` just added to the current page."""
    return canv._annotationrefs[-1]


def annotation_object(canv: Any, ref: Any) -> Any:
    """The ``PDFDictionary`` registered under annotation reference *ref*."""
    return canv._doc.idToObject[ref.name]


def tag_page(canv: Any, struct_parents: int) -> None:
    """``/StructParents`` and ``/Tabs /S`` on the page the canvas emitted last."""
    from reportlab.pdfbase.pdfdoc import PDFName

    page = canv._doc.Pages.pages[-1]
    page.__NoDefault__ = [*type(page).__NoDefault__, *_PAGE_KEYS]
    page.StructParents = struct_parents
    page.Tabs = PDFName("S")


def is_container(flowable: Any) -> bool:
    """Whether *flowable* is one of platypus's containers (``KeepTogether`` and the like,
    ``flowables._ContainerSpace``), which upstream's ``keepWithNext`` does not keep a
    heading with."""
    from reportlab.platypus.flowables import _ContainerSpace

    return isinstance(flowable, _ContainerSpace)
