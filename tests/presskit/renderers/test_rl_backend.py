"""One test per reportlab internal the backend relies on outside its patches
(presskit.renderers.rl.backend, .fonts and .images, and patches 9., the bullet hook): each
fails if an upgrade changes it."""

from __future__ import annotations

import io

from pypdf import PdfReader
from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFDocument, PDFObjectReference, PDFString
from reportlab.pdfgen.canvas import Canvas

from presskit.renderers.rl import backend
from presskit.renderers.rl import patches as rl_patches


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


def test_is_container_tells_platypus_containers_from_plain_flowables() -> None:
    from reportlab.platypus import KeepTogether, Paragraph, Spacer

    from presskit.renderers.pdf_flow import KeepIfFits

    assert backend.is_container(KeepTogether([Spacer(1, 1)]))
    assert backend.is_container(KeepIfFits([Spacer(1, 1)], 100))
    assert not backend.is_container(Spacer(1, 1))
    from reportlab.lib.styles import ParagraphStyle

    assert not backend.is_container(Paragraph("x", ParagraphStyle("x")))


# -- fonts (presskit.renderers.rl.fonts) -----------------------------------------------------

def test_a_font_rebuilt_from_its_face_state_is_the_font_reportlab_parses() -> None:
    import pickle

    from reportlab.pdfbase.ttfonts import TTFont

    from presskit.renderers.rl import fonts
    from presskit.resources import font_path

    path = str(font_path("NotoSans-Bold.ttf"))
    fresh = TTFont("RebuildCheck", path)
    state = pickle.loads(pickle.dumps(fonts.face_state(fresh)))  # kept on disk as a pickle
    assert "_ttf_data" not in state and "_pdfScale" not in state
    with open(path, "rb") as fh:
        rebuilt = fonts.ttfont("RebuildCheck", state, fh.read())
    assert sorted(vars(rebuilt)) == sorted(vars(fresh))
    assert sorted(vars(rebuilt.face)) == sorted(vars(fresh.face))
    assert rebuilt._asciiReadable == fresh._asciiReadable
    assert rebuilt.shapable == fresh.shapable
    assert rebuilt.face._pdfScale(517) == fresh.face._pdfScale(517)
    text = "Łódź œuvre Ωμέγα Привет"
    assert rebuilt.stringWidth(text, 10) == fresh.stringWidth(text, 10)
    subset = [*range(32, 127), ord("Ł")]
    assert rebuilt.face.makeSubset(subset) == fresh.face.makeSubset(subset)


# -- images (presskit.renderers.rl.images) ---------------------------------------------------

def test_an_image_xobject_made_once_draws_into_several_documents() -> None:
    from PIL import Image

    from presskit.renderers.rl import images

    im = Image.new("RGBA", (40, 20), (200, 30, 40, 255))
    for x in range(20):
        im.putpixel((x, 5), (0, 0, 0, 0))  # some transparency: a soft mask
    name, obj, smask = images.xobject(im)
    assert smask is not None and not hasattr(obj, "_smask")
    pdfs = []
    for _ in range(2):  # the same prepared objects, two documents, twice in each
        canv, out = _canvas()
        images.draw(canv, name, obj, smask, 10, 20, 80, 40)
        images.draw(canv, name, obj, smask, 100, 20, 40, 20)
        canv.showPage()
        canv.save()
        pdfs.append(out.getvalue())
    for data in pdfs:
        page = PdfReader(io.BytesIO(data)).pages[0]
        xobjects = page["/Resources"]["/XObject"]
        assert len(xobjects) == 1  # registered once per document
        image = next(iter(xobjects.values())).get_object()
        assert (image["/Width"], image["/Height"]) == (40, 20)
        mask = image["/SMask"].get_object()
        assert (mask["/Width"], mask["/Height"]) == (40, 20)
        content = page.get_contents().get_data().decode("latin-1")
        assert content.count(" Do") == 2
        assert "q\n80 0 0 40 10 20 cm\n/" in content and "q\n40 0 0 20 100 20 cm\n/" in content


# -- the numbered canvas (presskit.renderers.rl.canvas) --------------------------------------

def test_the_numbered_canvas_draws_page_n_of_m_once_the_total_is_known() -> None:
    """Its pages are kept (their ``__dict__``, a new one begun with ``_startPage``) and
    written on save, each with its number and the total, and tagged."""
    from types import SimpleNamespace

    from presskit.renderers.rl.canvas import numbered_canvas
    from presskit.renderers.rl.tagging import Metadata, UntaggedTree

    calls: list[tuple[int, int]] = []

    def page_numbers(canv: Canvas, page: int, total: int) -> None:
        calls.append((page, total))
        canv.drawString(20, 20, f"Page {page} / {total}")

    stops: list[int] = []
    builder = SimpleNamespace(
        fonts=SimpleNamespace(regular="Helvetica"), tags=UntaggedTree(),
        page=SimpleNamespace(page_numbers=page_numbers),
        check_stop=lambda: stops.append(1), metadata=lambda: Metadata(title="T", author="A", subject="S", language="en-US"))
    maker = numbered_canvas(builder)
    out = io.BytesIO()
    canv = maker(out)
    for k in range(3):
        canv.drawString(100, 700, f"body {k + 1}")
        canv.linkURL("https://example.org", (0, 0, 10, 10))
        canv.showPage()
        assert calls == []  # nothing numbered before the total is known
    canv.save()
    assert maker.pages == 3 and calls == [(1, 3), (2, 3), (3, 3)] and len(stops) == 3
    pages = PdfReader(io.BytesIO(out.getvalue())).pages
    assert [p.extract_text().split() for p in pages] == [
        ["body", str(k), "Page", str(k), "/", "3"] for k in (1, 2, 3)]
    assert [(p["/StructParents"], p["/Tabs"]) for p in pages] == [(0, "/S"), (1, "/S"),
                                                                 (2, "/S")]
    annot = pages[0]["/Annots"][0].get_object()
    assert annot["/Contents"]  # every link says where it goes


# -- paragraph and keep-together internals (presskit.renderers.rl.paragraph) -----------------

def test_measured_keep_together_reports_what_its_wrap_measured() -> None:
    from reportlab.platypus import Spacer

    from presskit.renderers.rl.paragraph import MeasuredKeepTogether

    parts = [Spacer(10, 30), Spacer(10, 45)]
    keep = MeasuredKeepTogether(parts)
    assert not keep.wrapped_for(200, 500)
    canv, _ = _canvas()
    keep.wrapOn(canv, 200, 500)
    assert keep.wrapped_for(200, 500) and not keep.wrapped_for(200, 400)
    assert keep.content_height() == 75
    assert keep.content() == parts


def test_split_paragraph_width_max_and_halves_read_relative_to_their_first_line() -> None:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from presskit.renderers.rl.paragraph import SplitParagraph

    style = ParagraphStyle("x", fontName="Helvetica", fontSize=10, leading=12)
    words = " ".join(f"word{k}" for k in range(60))
    para = SplitParagraph(words, style)
    para.wrap(120, 1000)
    widest = max(stringWidth(" ".join(line[1]), "Helvetica", 10) for line in para.blPara.lines)
    assert abs(para.width_max - widest) < 0.01
    head, tail = para.split(120, 5 * 12)
    for part in (head, tail):  # each half is a paragraph of its own lines, nothing lost
        part.wrap(120, 1000)
    text = [w for p in (head, tail) for line in p.blPara.lines for w in line[1]]
    assert text == words.split()
    # Split again: the tail's own halves still read relative to the tail's first line.
    again = tail.split(120, 3 * 12)
    assert len(again) == 2
    for part in again:
        part.wrap(120, 1000)
    assert [w for p in again for line in p.blPara.lines for w in line[1]] == \
        text[len([w for line in head.blPara.lines for w in line[1]]):]
