"""What the reportlab patches of ``presskit.renderers.rl.patches`` rely on (1, 3 to 9).

Each test fails if a reportlab upgrade stops doing what a patch was written against:
``breakLines`` taking its words from ``split``/``_getFragWords`` and measuring them with the
module's ``stringWidth``/``getAscentDescent``, comparing fragments with ``sameFrag``, text
encoded through ``TTFont.splitString``, breaking URLs through
``_hyphenateWord``/``_hyphenateFragWord``, dating documents through ``pdfdoc.TimeStamp``,
bullets drawn through ``_drawBullet``. Patch 2 (shaping per font) is covered in test_pdf.py
(test_words_that_switch_font_midway_are_shaped_per_font).
"""

from __future__ import annotations

import io
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfReader

from presskit.renderers.fonts import bundled
from presskit.renderers.rl import patches as rl_patches
from presskit.renderers.rl.patches import FrontQueue

P = rl_patches.paragraph_module()
rl_patches.install()
URL = "https://www.northwind-orbital.example/press/2026/" + "q" * 380


def _style(**kw: Any) -> Any:
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle("T", fontName=bundled("Noto Sans").regular, fontSize=10.5,
                          leading=15, splitLongWords=1, uriWasteReduce=0.3, spaceShrinkage=0,
                          **kw)


def _frags(text: str, bold_every: int = 0) -> list[Any]:
    """One fragment, or one per word with every *bold_every*-th word bold."""
    from reportlab.platypus.paraparser import ParaFrag

    fonts = bundled("Noto Sans")
    style = _style()

    def frag(t: str, bold: bool) -> Any:
        return ParaFrag(rise=0, greek=0, link=[], fontName=fonts.bold if bold else fonts.regular,
                        bold=int(bold), italic=0, fontSize=style.fontSize,
                        textColor=style.textColor, us_lines=[], text=t)

    if not bold_every:
        return [frag(text, False)]
    words = text.split(" ")
    return [frag(w + (" " if k < len(words) - 1 else ""), k % bold_every == 0)
            for k, w in enumerate(words)]


def _lines(para: Any) -> list[str]:
    bl = para.breakLines([300.0, 300.0])
    if bl.kind == 0:
        return [" ".join(words) for _extra, words in bl.lines]
    return ["".join(f.text for f in line.words) for line in bl.lines]


def _widths(para: Any) -> list[float]:
    bl = para.breakLines([300.0, 300.0])
    if bl.kind == 0:
        return [300.0 - extra for extra, _words in bl.lines]
    return [line.maxWidth - line.extraSpace for line in bl.lines]


# -- 6. words off the front of a queue --------------------------------------------------------

@given(st.lists(st.tuples(st.sampled_from(["pop0", "pop", "insert", "push", "get", "append"]),
                          st.integers(-5, 5)), max_size=60),
       st.lists(st.integers(), max_size=20))
def test_front_queue_behaves_as_a_list(ops: list[tuple[str, int]], start: list[int]) -> None:
    queue, ref = FrontQueue(start), list(start)
    for n, (op, arg) in enumerate(ops):
        if op == "pop0" and ref:
            assert queue.pop(0) == ref.pop(0)
        elif op == "pop" and ref:
            assert queue.pop() == ref.pop()
        elif op == "insert":
            queue.insert(arg, n)
            ref.insert(arg, n)
        elif op == "push":
            queue[0:0] = [n, -n]
            ref[0:0] = [n, -n]
        elif op == "get" and ref and -len(ref) <= arg < len(ref):
            assert queue[arg] == ref[arg]
        elif op == "append":
            queue.append(n)
            ref.append(n)
        assert list(queue) == ref and len(queue) == len(ref) and bool(queue) == bool(ref)
    assert queue[:-1] == ref[:-1] and queue == ref


@pytest.mark.parametrize("bold_every", [0, 9], ids=["one style", "mixed styles"])
def test_line_breaking_takes_its_words_from_the_queue(monkeypatch: pytest.MonkeyPatch,
                                                      bold_every: int) -> None:
    text = " ".join(f"word{i % 31}" for i in range(3000))
    pops: list[int] = []
    upstream_pop = FrontQueue.pop

    def spy(self: FrontQueue, index: int = -1) -> Any:
        pops.append(index)
        return upstream_pop(self, index)

    monkeypatch.setattr(FrontQueue, "pop", spy)
    queued = _lines(P.Paragraph(None, _style(), frags=_frags(text, bold_every)))
    assert pops.count(0) >= 3000  # every word came off the front of a FrontQueue
    monkeypatch.setattr(rl_patches, "_QUEUE_FROM", 10**9)  # plain lists, as upstream
    assert _lines(P.Paragraph(None, _style(), frags=_frags(text, bold_every))) == queued


# -- 7. the tail of a URL broken at a slash ----------------------------------------------------

@pytest.mark.parametrize("bold_every", [0, 3], ids=["one style", "mixed styles"])
def test_a_url_tail_longer_than_the_line_is_cut_at_the_margin(bold_every: int) -> None:
    para = P.Paragraph(None, _style(), frags=_frags(f"See the page {URL} today", bold_every))
    lines = _lines(para)
    assert max(_widths(para)) <= 300.0 + 1e-6
    assert lines[0].rstrip().endswith("/")  # upstream's break after a slash, kept
    assert "".join("".join(lines).split()) == "".join(f"See the page {URL} today".split())


# -- 8. the export time in the PDF's dates ----------------------------------------------------

def _pdf() -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    buf = io.BytesIO()
    canv = Canvas(buf, invariant=1)  # even in invariant mode: the patched TimeStamp decides
    canv.drawString(72, 72, "x")
    canv.save()
    return buf.getvalue()


def test_documents_take_their_dates_from_export_time(monkeypatch: pytest.MonkeyPatch) -> None:
    from reportlab.pdfbase import pdfdoc

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert pdfdoc.TimeStamp is not None and pdfdoc.TimeStamp.__name__ == "ExportTimeStamp"
    assert pdfdoc.PDFDocument()._timeStamp.__class__ is pdfdoc.TimeStamp
    info = PdfReader(io.BytesIO(_pdf())).metadata
    assert info["/CreationDate"] == info["/ModDate"] == "D:20231114221320+00'00'"
    assert _pdf() == _pdf()  # document ID included


# -- 1. no-break spaces in line breaking -------------------------------------------------------

def _counting(monkeypatch: pytest.MonkeyPatch, owner: Any, name: str) -> list[int]:
    """Replace ``owner.name`` by a wrapper that counts its calls."""
    calls: list[int] = []
    upstream = getattr(owner, name)

    def spy(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return upstream(*args, **kwargs)

    monkeypatch.setattr(owner, name, spy)
    return calls


def test_line_breaking_splits_words_with_the_patched_splitter(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import reportlab.platypus.paragraph as upstream_module

    assert upstream_module is P and "\u202f" not in P._wsc and "\u2007" not in P._wsc
    calls = _counting(monkeypatch, P, "split")
    text = "Nous y sommes\u202f! Le 12\u2007000e exemplaire. " * 20
    lines = _lines(P.Paragraph(None, _style(), frags=_frags(text)))
    assert calls  # breakLines still takes its words from the module's split()
    assert not any(line.startswith(("!", "000e")) for line in lines)
    assert "".join(lines).count("\u202f") == 20


# -- 3. memoised word widths and extents ------------------------------------------------------

@pytest.mark.parametrize("bold_every", [0, 3], ids=["one style", "mixed styles"])
def test_line_breaking_measures_through_the_module_globals(monkeypatch: pytest.MonkeyPatch,
                                                           bold_every: int) -> None:
    assert (P.stringWidth.__name__, P.getAscentDescent.__name__) == ("string_width",
                                                                     "ascent_descent")
    widths = _counting(monkeypatch, P, "stringWidth")
    extents = _counting(monkeypatch, P, "getAscentDescent")
    _lines(P.Paragraph(None, _style(), frags=_frags("Word after word " * 30, bold_every)))
    assert widths  # the memoised stringWidth is the one breakLines calls
    if bold_every:
        assert extents  # and so is getAscentDescent, for paragraphs of several fragments


# -- 4. sameFrag read from the instance dictionary --------------------------------------------

def test_fragments_keep_their_style_in_the_instance_dictionary(
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert P.sameFrag.__name__ == "same_frag"
    calls = _counting(monkeypatch, P, "sameFrag")
    frags = _frags("Word after word " * 10, 3)
    assert all({"fontName", "fontSize", "textColor"} <= set(f.__dict__) for f in frags)
    assert rl_patches._SAME_FRAG_ATTRS == ("fontName", "fontSize", "textColor", "rise",
                                          "us_lines", "link", "backColor", "nobr")
    _lines(P.Paragraph(None, _style(), frags=frags))
    assert calls  # breakLines still compares neighbouring fragments with sameFrag
    a, b = frags[0], frags[3]
    assert P.sameFrag(a, b) and not P.sameFrag(a, frags[1])


# -- 5. U+00A0 keeps its code in the text layer -----------------------------------------------

def test_text_is_encoded_through_splitstring_and_keeps_no_break_spaces(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from reportlab.pdfbase import ttfonts as T
    from reportlab.pdfgen.canvas import Canvas

    calls = _counting(monkeypatch, T.TTFont, "splitString")
    font = bundled("Noto Sans").regular
    buf = io.BytesIO()
    canv = Canvas(buf)
    canv.setFont(font, 12)
    canv.drawString(72, 720, "il dit\u00a0: oui")
    canv.save()
    assert calls
    assert "dit\u00a0: oui" in PdfReader(io.BytesIO(buf.getvalue())).pages[0].extract_text()


# -- 9. the bullet hook ------------------------------------------------------------------------

def test_the_bullet_is_drawn_through_drawbullet_and_calls_the_hook_once() -> None:
    from reportlab.pdfgen.canvas import Canvas

    canv = Canvas(io.BytesIO())
    called: list[int] = []
    canv.presskit_after_bullet = lambda: called.append(1)  # our hook
    para = P.Paragraph("First item of the list", _style(bulletFontName=bundled("Noto Sans").regular),
                       bulletText="\u2022")
    para.wrapOn(canv, 300, 100)
    para.drawOn(canv, 72, 600)
    assert called == [1] and canv.presskit_after_bullet is None
