"""One test per reportlab internal the tagged PDF relies on (presskit.renderers.rl.backend,
and rl_patches 9., the bullet hook): each fails if an upgrade changes it."""

from __future__ import annotations

import io

from pypdf import PdfReader
from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFDocument, PDFObjectReference, PDFString
from reportlab.pdfgen.canvas import Canvas

from presskit.renderers import rl_patches
from presskit.renderers.rl import backend


def _canvas() -> tuple[Canvas, io.BytesIO]:
    out = io.BytesIO()
    return Canvas(out), out


def test_document_is_the_canvas_pdf_document() -> None:
    canv, _ = _canvas()
    assert isinstance(backend.document(canv), PDFDocument)
    canv.setCatalogEntry("Tabs", "x")  # public API writes to the same document
    assert backend.document(canv).Catalog.Tabs is not None


def test_this_page_ref_names_the_page_emitted_next() -> None:
    canv, _out = _canvas()
    refs = []
    for _ in range(2):
        canv.drawString(10, 10, "x")
        refs.append(backend.this_page_ref(canv))
        canv.showPage()
    doc = backend.document(canv)
    assert [doc.idToObject[r.name] for r in refs] == list(doc.Pages.pages)
    canv.save()


def test_last_annotation_is_the_link_just_made_and_its_object() -> None:
    canv, out = _canvas()
    canv.linkURL("https://example.org", (0, 0, 10, 10), Contents=PDFString("here"))
    ref = backend.last_annotation(canv)
    assert isinstance(ref, PDFObjectReference)
    annot = backend.annotation_object(canv, ref)
    assert isinstance(annot, PDFDictionary)
    annot["StructParent"] = 7
    canv.showPage()
    canv.save()
    page = PdfReader(io.BytesIO(out.getvalue())).pages[0]
    written = page["/Annots"][0].get_object()
    assert written["/StructParent"] == 7 and written["/Contents"] == "here"


def test_tag_page_writes_struct_parents_and_tabs() -> None:
    canv, out = _canvas()
    for k in range(2):
        canv.drawString(10, 10, "x")
        canv.showPage()
        backend.tag_page(canv, k)
    canv.save()
    pages = PdfReader(io.BytesIO(out.getvalue())).pages
    assert [(p["/StructParents"], p["/Tabs"]) for p in pages] == [(0, "/S"), (1, "/S")]


def test_bullet_hook_runs_right_after_the_bullet_is_drawn() -> None:
    """rl_patches 9.: the callable runs once, between the bullet's text object and the
    paragraph's text."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus.paragraph import Paragraph

    rl_patches.install()
    canv, _ = _canvas()
    seen: list[int] = []
    canv.presskit_after_bullet = lambda: (canv.addLiteral("%HOOK"), seen.append(1))
    para = Paragraph("item text", ParagraphStyle("x", leftIndent=16, bulletIndent=4),
                     bulletText="•")
    para.wrapOn(canv, 200, 100)
    para.drawOn(canv, 10, 10)
    code = "\n".join(canv._code)
    assert seen == [1]
    assert code.index("%HOOK") > code.index("BT") and code.index("%HOOK") < code.rindex("BT")
    assert canv.presskit_after_bullet is None


def test_reportlab_version_check() -> None:
    import reportlab

    from presskit.renderers.rl import version

    assert version.problem(reportlab.Version) is None  # the installed one is supported
    assert version.parse("5.1.0") == (5, 1) and version.parse("4.2.5b1") == (4, 2)
    for bad in ("6.0.0", "4.1.9", "3.6"):
        message = version.problem(bad)
        assert message is not None and bad in message and "< 6" in message
    assert version.problem("5.99") is None


def test_an_unsupported_reportlab_is_one_line_on_the_command_line(
        monkeypatch: object, tmp_path: object, examples_dir: object, capsys: object) -> None:
    import pytest
    import reportlab

    from presskit import cli
    from presskit.renderers.rl import version

    mp: pytest.MonkeyPatch = monkeypatch  # type: ignore[assignment] # pytest fixture
    mp.setattr(reportlab, "Version", "6.0.0")
    version.check.cache_clear()
    try:
        out = f"{tmp_path}/x.pdf"
        status = cli.main(["export", f"{examples_dir}/release-en.presskit", "--pdf", out])
    finally:
        version.check.cache_clear()
    err = capsys.readouterr().err  # type: ignore[attr-defined] # pytest fixture
    assert status == 2
    assert err.startswith("presskit: error: ") and "reportlab 6.0.0 is not supported" in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
