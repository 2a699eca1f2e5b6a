"""Tagged PDF (issue 11 §2): the structure tree read back with poppler, pypdf and PyPI's
pdfua checker, on the examples in every release language, a stress release and a release
whose quote runs over two pages."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path
from typing import Any

import pytest
from pypdf.generic import BooleanObject

from presskit import draft
from presskit.compose import compose
from presskit.model import Contact, Letterhead, Quote, Release
from presskit.renderers.pdf import render_pdf
from tests.presskit.renderers.tagged_probe import (
    pdfinfo,
    pdfua_findings,
    reader,
    resolve,
    squash,
    struct_text,
)

pytestmark = pytest.mark.skipif(not shutil.which("pdfinfo"), reason="poppler-utils needed "
                                "(make system-deps)")

LANGUAGES = ("en_US", "en_GB", "fr", "de_DE", "es_ES", "it_IT")
EXAMPLES = ("communique-fr", "pressemitteilung-de", "release-en")
EVIL = "<b>R&D</b> > 5% & <img src=\"/etc/passwd\"> <font name=x>&amp;"


def _example(examples_dir: Path, name: str) -> Release:
    return draft.load(examples_dir / f"{name}.presskit")


def _stress() -> Release:
    """Markup-looking text in every field, scripts that need fallback fonts and shaping,
    a character no font has, a long URL, four contacts and a body over several pages."""
    body = "\n\n".join([
        f"{EVIL} 東京 and مرحبا بالعالم with \uf8d0 missing.",
        "See https://example.org/a/very/long/path/" + "segment" * 30 + " for more.",
        "- one\n- two\n  - nested\n\n1. first\n2. second",
        *[f"Paragraph {k}: " + "words flow on " * 60 for k in range(12)],
    ])
    return Release(language="en_US", title=EVIL + " 東京", subtitle=EVIL, body=body,
                   quotes=[Quote(text=EVIL, speaker=EVIL, role=EVIL)], boilerplate=EVIL,
                   contacts=[Contact(name=f"{EVIL} {k}", email=f"p{k}@example.org",
                                     phone="+33 1 44 76 75 39") for k in range(4)],
                   letterhead=Letterhead(organization=EVIL, address=EVIL, footer=EVIL,
                                         website="https://example.org"))


def _long_quote() -> Release:
    words = "the instrument keeps surprising the whole team every single day " * 150
    return Release(language="fr", title="Une citation sur deux pages",
                   body="Premier paragraphe.", quotes=[Quote(text=words, speaker="Claire",
                                                            role="directrice")])


def _releases(examples_dir: Path) -> dict[str, Release]:
    out = {name: _example(examples_dir, name) for name in EXAMPLES}
    fr = out["communique-fr"]
    for lang in LANGUAGES:
        out[f"communique-fr as {lang}"] = dataclasses.replace(fr, language=lang)
    out["stress"] = _stress()
    out["long quote"] = _long_quote()
    return out


_RENDERED: dict[str, bytes] = {}  # rendered once, inside the first test's own data folder


@pytest.fixture
def pdfs(examples_dir: Path) -> dict[str, bytes]:
    if not _RENDERED:
        _RENDERED.update({name: render_pdf(compose(r)).data
                          for name, r in _releases(examples_dir).items()})
    return _RENDERED


def test_every_release_is_tagged(pdfs: dict[str, bytes]) -> None:
    for name, data in pdfs.items():
        assert pdfinfo(data)["Tagged"] == "yes", name


def test_pdfua_checker_finds_nothing(pdfs: dict[str, bytes]) -> None:
    for name, data in pdfs.items():
        status, report = pdfua_findings(data)
        assert status == 0, f"{name}:\n{report}"
        assert "not evaluated" not in report, f"{name}:\n{report}"


def test_structure_of_the_french_example_in_reading_order(pdfs: dict[str, bytes]) -> None:
    rows = struct_text(pdfs["communique-fr"])
    roles = [role for _depth, role, _text in rows]
    assert roles[0] == "Document"
    assert roles[1] == "Figure"
    texts = [(role, squash(text)) for _d, role, text in rows]
    expected = [
        ("P", "Institutorbitalduvercors"),  # letterhead lines, as on the page
        ("P", "Communiquédepresse"),
        ("P", "POURDIFFUSIONIMMÉDIATE"),
        ("H1", "Héliade-2transmetsespremièresimagesdelacouronnesolaire"),
        ("H2", "Unecoopérationeuropéenne"),
        ("Lbl", "•"),
        ("Lbl", "1."),
        ("BlockQuote", ""),
        ("H2", "Contactspresse"),
        ("P", "–FIN–"),
    ]
    pos = 0
    for role, start in expected:
        while pos < len(texts) and not (texts[pos][0] == role
                                        and texts[pos][1].lower().startswith(start.lower())):
            pos += 1
        assert pos < len(texts), f"{role} {start!r} missing or out of order"
    assert roles.count("H1") == 1
    heading_texts = [squash(t) for _d, r, t in rows if r == "H2"]
    assert heading_texts[-2:] == ["Àproposdel’Institutorbitalduvercors".replace("v", "V", 1),
                                  "Contactspresse"]


def test_page_numbers_and_running_headers_are_not_content(pdfs: dict[str, bytes]) -> None:
    for name in ("communique-fr", "release-en", "stress"):
        data = pdfs[name]
        pages = int(pdfinfo(data)["Pages"])
        assert pages >= 2, name
        content = squash(" ".join(text for _d, _r, text in struct_text(data)))
        assert len(content) > 500, name  # the release itself is there
        assert "Page1/" not in content and f"/{pages}" not in content, name
        assert "-more-" not in content, name


def test_subtitle_is_a_paragraph_and_lists_have_items(pdfs: dict[str, bytes]) -> None:
    rows = struct_text(pdfs["release-en"])
    roles = [r for _d, r, _t in rows]
    h1 = roles.index("H1")
    assert roles[h1 + 1] == "P"
    assert squash(rows[h1 + 1][2]).startswith("The$84millioncontract")
    lists = [i for i, r in enumerate(roles) if r == "L"]
    assert lists
    depth = rows[lists[0]][0]
    items = []
    for d, r, _t in rows[lists[0] + 1:]:
        if d <= depth:
            break
        items.append(r)
    assert items[:3] == ["LI", "Lbl", "LBody"]


def _struct_elements(data: bytes) -> list[dict[str, Any]]:
    root = resolve(reader(data).trailer["/Root"]["/StructTreeRoot"])
    out: list[dict[str, Any]] = []

    def walk(node: Any) -> None:
        node = resolve(node)
        if not hasattr(node, "get") or node.get("/Type") not in ("/StructElem", None):
            return
        if "/S" in node:
            out.append(node)
        kids = node.get("/K")
        kids = kids if isinstance(kids, list) else [kids] if kids is not None else []
        for kid in kids:
            kid = resolve(kid)
            if hasattr(kid, "get") and "/S" in kid:
                walk(kid)

    walk(root["/K"])
    return out


def _content_pages(data: bytes, elem: Any) -> set[int]:
    """The page numbers (0-based) an element's marked content sits on."""
    r = reader(data)
    page_ids = [p.indirect_reference.idnum for p in r.pages]
    kids = elem["/K"]
    kids = kids if isinstance(kids, list) else [kids]
    pages = set()
    for kid in kids:
        kid = resolve(kid)
        if isinstance(kid, int):
            pages.add(page_ids.index(elem["/Pg"].idnum))
        elif hasattr(kid, "get") and kid.get("/Type") == "/MCR":
            pages.add(page_ids.index(kid.raw_get("/Pg").idnum))
    return pages


def test_a_quote_over_two_pages_is_one_paragraph_on_both(pdfs: dict[str, bytes]) -> None:
    data = pdfs["long quote"]
    quotes = [e for e in _struct_elements(data) if e["/S"] == "/BlockQuote"]
    assert len(quotes) == 1
    paras = [resolve(k) for k in quotes[0]["/K"]]
    assert [p["/S"] for p in paras] == ["/P", "/P"]
    pages = _content_pages(data, paras[0])
    assert len(pages) >= 2 and pages == set(range(min(pages), max(pages) + 1))
    text = squash(" ".join(t for _d, r, t in struct_text(data)))
    assert text.count("theinstrumentkeepssurprising") == 150


def test_catalog_pages_and_metadata(pdfs: dict[str, bytes]) -> None:
    data = pdfs["communique-fr"]
    r = reader(data)
    root = r.trailer["/Root"]
    assert resolve(root["/MarkInfo"])["/Marked"] == BooleanObject(True)
    assert root["/Lang"] == "fr-FR"
    assert resolve(root["/ViewerPreferences"])["/DisplayDocTitle"] == BooleanObject(True)
    tree = resolve(root["/StructTreeRoot"])
    nums = resolve(tree["/ParentTree"])["/Nums"]
    keys = nums[0::2]
    for k, page in enumerate(r.pages):
        assert page["/Tabs"] == "/S"
        assert page["/StructParents"] == k
        assert k in keys
    assert tree["/ParentTreeNextKey"] == max(keys) + 1
    xmp = resolve(root["/Metadata"]).get_data().decode("utf-8")
    info = r.metadata
    assert "<pdfuaid:part>1</pdfuaid:part>" in xmp
    assert f'<rdf:li xml:lang="x-default">{info.title}</rdf:li>' in xmp
    assert f"<rdf:li>{info.author}</rdf:li>" in xmp
    assert "<dc:language><rdf:Bag><rdf:li>fr-FR</rdf:li>" in xmp


def test_metadata_escapes_user_text(pdfs: dict[str, bytes]) -> None:
    xmp = resolve(reader(pdfs["stress"]).trailer["/Root"]["/Metadata"]).get_data().decode()
    assert "&lt;b&gt;R&amp;D&lt;/b&gt;" in xmp
    assert "<b>R&D" not in xmp


def test_links_are_link_elements_holding_their_annotation(pdfs: dict[str, bytes]) -> None:
    data = pdfs["communique-fr"]
    r = reader(data)
    nums = resolve(resolve(r.trailer["/Root"]["/StructTreeRoot"])["/ParentTree"])["/Nums"]
    parents = dict(zip(nums[0::2], nums[1::2], strict=True))
    annotations = [resolve(a) for page in r.pages for a in page.get("/Annots", [])]
    assert len(annotations) == 3  # the portal link and the two contacts' e-mail addresses
    for annot in annotations:
        link = resolve(parents[annot["/StructParent"]])
        assert link["/S"] == "/Link"
        objr = resolve(link["/K"])
        assert objr["/Type"] == "/OBJR"
        assert objr.raw_get("/Obj").idnum == annot.indirect_reference.idnum
        uri = annot["/A"]["/URI"]
        assert annot["/Contents"] == uri.removeprefix("mailto:")


def test_the_logo_is_a_figure_with_localized_alt_text(examples_dir: Path) -> None:
    for name, alt in (("communique-fr", "Logo Institut orbital du Vercors"),
                      ("release-en", "Northwind Orbital Laboratory logo")):
        release = _example(examples_dir, name)
        assert release.letterhead.logo
        data = render_pdf(compose(release)).data
        figures = [e for e in _struct_elements(data) if e["/S"] == "/Figure"]
        assert [f["/Alt"] for f in figures] == [alt]


def test_fallback_fonts_and_missing_glyphs_are_tagged_too(pdfs: dict[str, bytes]) -> None:
    rows = struct_text(pdfs["stress"])
    body = [squash(t) for _d, r, t in rows if r == "P" and "東京" in t]
    assert len(body) == 1 and "[U+F8D0]" in body[0]
    shaped = [e for e in _struct_elements(pdfs["stress"]) if "/ActualText" in e]
    assert [e["/S"] for e in shaped] == ["/P"]
    assert "東京 and مرحبا بالعالم with" in shaped[0]["/ActualText"]


def test_stress_release_text_is_text(pdfs: dict[str, bytes]) -> None:
    rows = struct_text(pdfs["stress"])
    h1 = [t for _d, r, t in rows if r == "H1"]
    assert len(h1) == 1 and squash(EVIL) in squash(h1[0])


def test_tagging_changes_nothing_drawn() -> None:
    """The page content with the marked-content operators taken out is the content an
    untagged canvas draws (the tags are the only difference)."""
    import re

    release = _stress()
    tagged = render_pdf(compose(release)).data
    plain = render_pdf(compose(release), tagged=False).data
    assert pdfinfo(plain)["Tagged"] == "no"

    def content(data: bytes) -> list[bytes]:
        pages = [p.get_contents().get_data() for p in reader(data).pages]  # type: ignore[union-attr] # every page has content
        marks = re.compile(rb"/\w+ <<[^>]*>> BDC\n|/Artifact BMC\n|EMC\n")
        return [marks.sub(b"", page) for page in pages]

    assert content(tagged) == content(plain)
