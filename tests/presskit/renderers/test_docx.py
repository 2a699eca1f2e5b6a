"""The Word document: read back with python-docx and as raw XML.

Every field of the release is there in a named style, the letterhead is in the
headers with a different first page, page numbers are fields, links are real
hyperlinks, lists are real Word numbering, and the package carries our fonts,
language and properties and nothing left over from python-docx's template.
"""

from __future__ import annotations

import base64
import datetime as dt
import io
import re
import zipfile
from pathlib import Path
from typing import Any

import docx
import pytest
from lxml import etree

from presskit import doctree as dtree
from presskit import draft
from presskit.compose import compose
from presskit.model import Contact, Letterhead, Quote, Release
from presskit.renderers.docx import render_docx

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PR = "http://schemas.openxmlformats.org/package/2006/relationships"
NS = {"w": W, "r": R, "pr": PR,
      "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
      "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
      "dc": "http://purl.org/dc/elements/1.1/", "dcterms": "http://purl.org/dc/terms/"}
EXAMPLES = Path(__file__).resolve().parents[3] / "examples"

RICH_BODY = """Lead paragraph with **bold words**, *italic words*, ***both at once*** and \
[a link](https://example.org/path?q=1&r=2) in it.

## An intertitle

Steps:

3. third step
4. fourth step

- top bullet
  - nested bullet
    1. deep ordered
- second bullet

Plain https://bare.example/url and a [mail link](mailto:press@example.org).
"""


def _png(width: int = 120, height: int = 40) -> str:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (width, height), (11, 110, 79)).save(buf, format="PNG")
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode("ascii")


def rich_release(**changes: Any) -> Release:
    r = Release(
        language="en_US", reference="NOL-2026-041", date=dt.date(2026, 11, 23), place="Boston",
        embargo=dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC),
        title="Northwind Selects a Supplier", subtitle="The contract covers two modules.",
        body=RICH_BODY,
        quotes=[Quote("We’re proud of this.", "Dr. Ayodele Okafor", "Mission Director"),
                Quote("Second quote.", "Margaret Ellison", "CEO")],
        boilerplate="Northwind is a non-profit space research center.",
        contacts=[Contact("Jordan Whitfield", "Media Relations", "+1 617 555 0142",
                          "press@northwind.example"),
                  Contact("Priya Raman", "Science Lead", "+1 617 555 0187", "priya@northwind.example"),
                  Contact("Third Person", "Intern", "", "third@northwind.example")],
        letterhead=Letterhead(organization="Northwind Orbital Laboratory",
                              address="200 Harborview Drive\nBoston, MA 02210, USA",
                              website="www.northwind.example", logo=_png(), color="#0B6E4F",
                              footer="Northwind Orbital Laboratory is a 501(c)(3) organization."),
    )
    for k, v in changes.items():
        setattr(r, k, v)
    return r


# -- reading a DOCX back -------------------------------------------------------------------------
class Package:
    """A DOCX opened as a zip of XML parts."""

    def __init__(self, data: bytes):
        self.data = data
        self.zip = zipfile.ZipFile(io.BytesIO(data))
        self.names = set(self.zip.namelist())

    def xml(self, name: str) -> Any:
        return etree.fromstring(self.zip.read(name))

    def rels(self, part: str) -> dict[str, Any]:
        folder, _, base = part.rpartition("/")
        rels = self.xml(f"{folder}/_rels/{base}.rels")
        return {r.get("Id"): r for r in rels.findall("pr:Relationship", NS)}

    def part_for(self, r_id: str) -> str:
        return "word/" + self.rels("word/document.xml")[r_id].get("Target")


def para_text(p: Any) -> str:
    """A w:p's visible text: w:t, w:tab, w:br, inside runs and hyperlinks; no field codes."""
    out = []
    for e in p.iter(f"{{{W}}}t", f"{{{W}}}tab", f"{{{W}}}br"):
        tag = etree.QName(e).localname
        out.append(e.text or "" if tag == "t" else "\t" if tag == "tab" else "\n")
    return "".join(out)


def body_paragraphs(data: bytes) -> list[Any]:
    """Every w:p of the body in reading order (table cells included)."""
    body = Package(data).xml("word/document.xml").find("w:body", NS)
    return list(body.iter(f"{{{W}}}p"))


def flat(texts: list[str]) -> list[str]:
    """Split at tabs (the Meta line is "date<TAB>reference") and drop empty strings."""
    return [piece for t in texts for piece in t.split("\t") if piece]


def style_names(data: bytes) -> dict[str, tuple[str, str | None]]:
    """style id -> (name, basedOn id)."""
    styles = Package(data).xml("word/styles.xml")
    out = {}
    for s in styles.findall("w:style", NS):
        based = s.find("w:basedOn", NS)
        out[s.get(f"{{{W}}}styleId")] = (s.find("w:name", NS).get(f"{{{W}}}val"),
                                          based.get(f"{{{W}}}val") if based is not None else None)
    return out


def style_el(styles: Any, name: str) -> Any:
    found = styles.xpath(f"w:style[w:name/@w:val='{name}']", namespaces=NS)
    return found[0] if found else None


def p_style(p: Any) -> str | None:
    ps = p.find("w:pPr/w:pStyle", NS)
    return ps.get(f"{{{W}}}val") if ps is not None else None


@pytest.fixture(scope="module")
def fr() -> tuple[dtree.Document, bytes]:
    doc = compose(draft.load(EXAMPLES / "communique-fr.presskit"))
    return doc, render_docx(doc).data


@pytest.fixture(scope="module")
def en() -> tuple[dtree.Document, bytes]:
    doc = compose(draft.load(EXAMPLES / "release-en.presskit"))
    return doc, render_docx(doc).data


@pytest.fixture(scope="module")
def en_embargoed() -> tuple[dtree.Document, bytes]:
    """The English example under an embargo (the bundled one has none: an embargo would
    soon be past, and a past embargo is always a preflight error)."""
    release = draft.load(EXAMPLES / "release-en.presskit")
    release.embargo = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)
    doc = compose(release)
    return doc, render_docx(doc).data


@pytest.fixture(scope="module")
def rich() -> tuple[dtree.Document, bytes]:
    doc = compose(rich_release())
    return doc, render_docx(doc).data


# -- content -------------------------------------------------------------------------------------
def test_every_field_of_the_french_example_is_in_the_docx(fr: tuple[dtree.Document, bytes]) -> None:
    _, data = fr
    document = docx.Document(io.BytesIO(data))
    texts = [p.text for p in document.paragraphs]
    cells = [p.text for t in document.tables for c in t._cells for p in c.paragraphs]
    joined = "\n".join(texts + cells)
    for needle in ["Communiqué de presse", "POUR DIFFUSION IMMÉDIATE",
                   "Grenoble, le 1er décembre 2026\tRéf.\u00a0: CP028-2026",
                   "Héliade-2 transmet ses premières images de la couronne solaire",
                   "Lancé le 14 octobre depuis Kourou", "Une coopération européenne",
                   "l’Université de Łódź, qui a conçu le spectromètre\u202f;",
                   "Étalonnage croisé avec les observatoires",
                   "«\u00a0Héliade-2 nous offre enfin une vue continue",
                   "entre nos équipes\u202f!\u00a0»", "— Dr\u00a0Claire Dumoulin, directrice scientifique de l’IOV",
                   "À propos de l’Institut orbital du Vercors", "640 ingénieurs et chercheurs",
                   "Contacts presse", "Amélie Rousseau", "Responsable des relations presse",
                   "Tél.", "Courriel amelie.rousseau@iov.example", "Théo N’Diaye", "– FIN –"]:
        assert needle in joined, needle
    # The typography survives exactly: no-break spaces, narrow no-break spaces, curly quotes.
    assert "\u202f!" in joined and "\u00a0:" in joined and "«\u00a0" in joined and "’" in joined


def test_paragraphs_in_order_equal_the_tree_blocks(fr: tuple[dtree.Document, bytes],
                                                   en: tuple[dtree.Document, bytes],
                                                   rich: tuple[dtree.Document, bytes]) -> None:
    for doc, data in (fr, en, rich):
        texts = [para_text(p) for p in body_paragraphs(data)]
        assert flat(texts) == flat(doc.plain_text_blocks())


def test_styles_are_named_and_based_on_word_builtins(rich: tuple[dtree.Document, bytes]) -> None:
    _, data = rich
    styles = style_names(data)
    by_name = {name: (sid, based) for sid, (name, based) in styles.items()}
    expected_base = {
        "Kind label": "Normal", "Release line": "Normal", "Embargo": "Release line",
        "Meta": "Normal", "Title": "Normal", "Subtitle": "Normal", "Body": "Body Text",
        "Intertitle": "heading 2", "List": "List Paragraph", "Quote": "Normal",
        "Attribution": "Quote", "Section heading": "heading 2", "Boilerplate": "Body",
        "Contact": "Normal", "Contact name": "Contact", "End mark": "Normal",
    }
    for name, base in expected_base.items():
        assert name in by_name, name
        base_id = by_name[name][1]
        assert base_id is not None and styles[base_id][0] == base, (name, styles.get(base_id))
    # Each block type is written in its style, read back through python-docx.
    document = docx.Document(io.BytesIO(data))
    used = {p.style.name: p.text for p in document.paragraphs}
    for name in ("Kind label", "Embargo", "Meta", "Title", "Subtitle", "Body", "Intertitle",
                 "List", "Quote", "Attribution", "Section heading", "Boilerplate", "End mark"):
        assert name in used, name
    assert used["Title"] == "Northwind Selects a Supplier"
    assert used["Intertitle"] == "An intertitle"
    assert used["End mark"] == "###"
    cell_styles = {p.style.name for t in document.tables for c in t._cells for p in c.paragraphs}
    assert {"Contact", "Contact name"} <= cell_styles
    assert document.styles["Title"].base_style.name == "Normal"
    assert document.styles["Intertitle"].base_style.name == "Heading 2"


def test_no_hand_set_formatting_on_runs(rich: tuple[dtree.Document, bytes]) -> None:
    _, data = rich
    allowed = {"rStyle", "b", "bCs", "i", "iCs"}
    styles = style_names(data)
    used_char_styles = set()
    for rpr in Package(data).xml("word/document.xml").iter(f"{{{W}}}rPr"):
        if etree.QName(rpr.getparent()).localname != "r":
            continue
        kinds = {etree.QName(c).localname for c in rpr}
        assert kinds <= allowed, kinds
        rs = rpr.find("w:rStyle", NS)
        if rs is not None:
            used_char_styles.add(styles[rs.get(f"{{{W}}}val")][0])
    assert used_char_styles == {"Strong", "Emphasis", "Hyperlink"}


def test_bold_italic_use_strong_and_emphasis(rich: tuple[dtree.Document, bytes]) -> None:
    _, data = rich
    document = docx.Document(io.BytesIO(data))
    runs = {r.text: r for p in document.paragraphs for r in p.runs}
    assert runs["bold words"].style.name == "Strong"
    assert runs["italic words"].style.name == "Emphasis"
    both = runs["both at once"]
    assert both.style.name == "Strong" and both.italic is True


def test_hyperlinks_point_at_their_urls(rich: tuple[dtree.Document, bytes]) -> None:
    _, data = rich
    pkg = Package(data)
    rels = pkg.rels("word/document.xml")
    links = {}
    for h in pkg.xml("word/document.xml").iter(f"{{{W}}}hyperlink"):
        rel = rels[h.get(f"{{{R}}}id")]
        assert rel.get("TargetMode") == "External"
        assert rel.get("Type").endswith("/hyperlink")
        links[para_text(h)] = rel.get("Target")
    assert links["a link"] == "https://example.org/path?q=1&r=2"
    assert links["mail link"] == "mailto:press@example.org"
    assert links["press@northwind.example"] == "mailto:press@northwind.example"
    # python-docx sees the link text as part of the paragraph.
    document = docx.Document(io.BytesIO(data))
    assert any("[" not in p.text and "a link in it." in p.text for p in document.paragraphs)


def test_lists_use_word_numbering(rich: tuple[dtree.Document, bytes]) -> None:
    _, data = rich
    pkg = Package(data)
    numbering = pkg.xml("word/numbering.xml")
    nums = {n.get(f"{{{W}}}numId"): n for n in numbering.findall("w:num", NS)}
    abstracts = {a.get(f"{{{W}}}abstractNumId"): a for a in numbering.findall("w:abstractNum", NS)}
    # Schema order: all abstractNum before the first num.
    kinds = [etree.QName(c).localname for c in numbering if etree.QName(c).localname in
             ("abstractNum", "num")]
    assert kinds == sorted(kinds)  # "abstractNum" < "num"

    def fmt(num_id: str, level: str) -> tuple[str, str, str | None]:
        num = nums[num_id]
        abstract = abstracts[num.find("w:abstractNumId", NS).get(f"{{{W}}}val")]
        lvl = abstract.find(f"w:lvl[@w:ilvl='{level}']", NS)
        override = num.find(f"w:lvlOverride[@w:ilvl='{level}']/w:startOverride", NS)
        return (lvl.find("w:numFmt", NS).get(f"{{{W}}}val"), lvl.find("w:lvlText", NS).get(f"{{{W}}}val"),
                override.get(f"{{{W}}}val") if override is not None else None)

    items = {}
    for p in body_paragraphs(data):
        num_pr = p.find("w:pPr/w:numPr", NS)
        if num_pr is not None:
            items[para_text(p)] = (num_pr.find("w:numId", NS).get(f"{{{W}}}val"),
                                   num_pr.find("w:ilvl", NS).get(f"{{{W}}}val"), p_style(p))
    assert set(items) == {"third step", "fourth step", "top bullet", "nested bullet",
                          "deep ordered", "second bullet"}
    assert all(style == "List" for _, _, style in items.values())
    third, fourth = items["third step"], items["fourth step"]
    assert third[:2] == fourth[:2] and third[1] == "0"
    assert fmt(*third[:2]) == ("decimal", "%1.", "3")  # restarts at its start number
    assert fmt(*items["top bullet"][:2])[:2] == ("bullet", "•")
    assert items["nested bullet"][1] == "1" and fmt(*items["nested bullet"][:2])[:2] == ("bullet", "–")
    assert items["deep ordered"][1] == "2" and fmt(*items["deep ordered"][:2]) == ("decimal", "%3.", "1")
    assert items["top bullet"][0] == items["second bullet"][0]
    # No typed bullets in the text.
    assert not any(t.startswith(("•", "-", "3.")) for t in items)


def test_headers_footers_first_page_and_page_fields(rich: tuple[dtree.Document, bytes]) -> None:
    doc, data = rich
    pkg = Package(data)
    sect = pkg.xml("word/document.xml").find("w:body/w:sectPr", NS)
    assert sect.find("w:titlePg", NS) is not None
    refs = {(etree.QName(r).localname, r.get(f"{{{W}}}type")): pkg.part_for(r.get(f"{{{R}}}id"))
            for r in sect if etree.QName(r).localname in ("headerReference", "footerReference")}
    assert set(refs) == {("headerReference", "first"), ("headerReference", "default"),
                         ("footerReference", "first"), ("footerReference", "default")}
    first = pkg.xml(refs[("headerReference", "first")])
    first_text = "\n".join(para_text(p) for p in first.iter(f"{{{W}}}p"))
    for needle in ("Northwind Orbital Laboratory", "200 Harborview Drive", "Boston, MA 02210, USA",
                   "www.northwind.example"):
        assert needle in first_text
    blip = first.find(".//a:blip", NS)
    assert blip is not None  # the logo
    header_rels = pkg.rels(refs[("headerReference", "first")])
    assert header_rels[blip.get(f"{{{R}}}embed")].get("Target").startswith("media/")
    later = pkg.xml(refs[("headerReference", "default")])
    later_text = "".join(para_text(p) for p in later.iter(f"{{{W}}}p"))
    assert doc.meta.short_title in later_text and "Northwind Orbital Laboratory" in later_text
    for kind in ("first", "default"):
        footer = pkg.xml(refs[("footerReference", kind)])
        instr = [t.text.strip() for t in footer.iter(f"{{{W}}}instrText")]
        assert "PAGE" in instr and "NUMPAGES" in instr
        text = "".join(para_text(p) for p in footer.iter(f"{{{W}}}p"))
        assert "Page 1 / 1" in text  # cached results; "Page " and " / " from the label
        assert "501(c)(3) organization" in text
        assert any("-more-" in t for t in instr)  # English: the IF field for "-more-"
    # The letterhead colour is on the letterhead name and the headings.
    styles = pkg.xml("word/styles.xml")
    name = style_el(styles, "Letterhead name")
    assert name.find("w:rPr/w:color", NS).get(f"{{{W}}}val") == "0B6E4F"


def test_french_page_label_and_no_more_mark(fr: tuple[dtree.Document, bytes]) -> None:
    doc, data = fr
    pkg = Package(data)
    for name in pkg.names:
        if name.startswith("word/footer"):
            footer = pkg.xml(name)
            instr = " ".join(t.text for t in footer.iter(f"{{{W}}}instrText"))
            assert "IF" not in instr and "PAGE" in instr
            label = doc.meta.page_label
            before = label.split("{n}")[0]
            assert before in "".join(para_text(p) for p in footer.iter(f"{{{W}}}p"))


def test_language_fonts_and_theme(fr: tuple[dtree.Document, bytes]) -> None:
    _, data = fr
    pkg = Package(data)
    styles = pkg.xml("word/styles.xml")
    rpr = styles.find("w:docDefaults/w:rPrDefault/w:rPr", NS)
    lang = rpr.find("w:lang", NS)
    assert lang.get(f"{{{W}}}val") == "fr-FR"
    assert lang.get(f"{{{W}}}eastAsia") == "fr-FR"
    fonts = rpr.find("w:rFonts", NS)
    for attr in ("ascii", "hAnsi", "cs", "eastAsia"):
        assert fonts.get(f"{{{W}}}{attr}") == "Noto Sans"
    theme = pkg.zip.read("word/theme/theme1.xml").decode()
    major = re.search(r"<a:majorFont>\s*<a:latin typeface=\"([^\"]*)\"", theme)
    minor = re.search(r"<a:minorFont>\s*<a:latin typeface=\"([^\"]*)\"", theme)
    assert major and minor and major.group(1) == minor.group(1) == "Noto Sans"
    for stale in ("Calibri", "Cambria"):
        assert stale not in pkg.zip.read("word/styles.xml").decode()
        assert stale not in pkg.zip.read("word/fontTable.xml").decode()
        assert f'typeface="{stale}' not in theme
    font = pkg.xml("word/fontTable.xml").find("w:font[@w:name='Noto Sans']", NS)
    assert font.find("w:family", NS).get(f"{{{W}}}val") == "swiss"
    assert font.find("w:panose1", NS).get(f"{{{W}}}val") == "020B0502040504020204"
    settings = pkg.xml("word/settings.xml")
    assert settings.find("w:themeFontLang", NS).get(f"{{{W}}}val") == "fr-FR"
    assert settings.find("w:savePreviewPicture", NS) is None


def test_serif_letterhead_font_reaches_theme_and_defaults() -> None:
    release = rich_release()
    release.letterhead.font = "Noto Serif"
    data = render_docx(compose(release)).data
    pkg = Package(data)
    fonts = pkg.xml("word/styles.xml").find("w:docDefaults/w:rPrDefault/w:rPr/w:rFonts", NS)
    assert fonts.get(f"{{{W}}}ascii") == "Noto Serif"
    assert 'typeface="Noto Serif"' in pkg.zip.read("word/theme/theme1.xml").decode()
    font = pkg.xml("word/fontTable.xml").find("w:font[@w:name='Noto Serif']", NS)
    assert font.find("w:family", NS).get(f"{{{W}}}val") == "roman"


def test_core_properties_and_clean_package(en: tuple[dtree.Document, bytes]) -> None:
    doc, data = en
    now = dt.datetime.now(dt.UTC)
    cp = docx.Document(io.BytesIO(data)).core_properties
    assert cp.title == doc.meta.title
    assert cp.author == "Northwind Orbital Laboratory"
    assert cp.last_modified_by == "Northwind Orbital Laboratory"
    assert cp.subject == "NOL-2026-041"
    assert cp.language == "en-US"
    assert cp.revision == 1
    assert abs((cp.created - now).total_seconds()) < 300
    assert abs((cp.modified - now).total_seconds()) < 300
    pkg = Package(data)
    for name in pkg.names:
        if name.startswith("docProps/") or name == "[Content_Types].xml" or name.endswith(".rels"):
            content = pkg.zip.read(name)
            assert b"python-docx" not in content, name
            assert b"2013-" not in content, name
            assert b"thumbnail" not in content.lower(), name
    assert not any("thumbnail" in n for n in pkg.names)
    assert "word/stylesWithEffects.xml" not in pkg.names
    app = pkg.zip.read("docProps/app.xml").decode()
    assert "<Application>Presskit</Application>" in app and "Macintosh" not in app


@pytest.mark.parametrize(("paper", "size"), [("a4", (11906, 16838)), ("letter", (12240, 15840))])
def test_page_size_margins_and_header_distance(paper: str, size: tuple[int, int]) -> None:
    data = render_docx(compose(rich_release(paper=paper))).data
    sect = Package(data).xml("word/document.xml").find("w:body/w:sectPr", NS)
    pg = sect.find("w:pgSz", NS)
    assert (int(pg.get(f"{{{W}}}w")), int(pg.get(f"{{{W}}}h"))) == pytest.approx(size, abs=2)
    mar = {k: int(sect.find("w:pgMar", NS).get(f"{{{W}}}{k}"))
           for k in ("top", "bottom", "left", "right", "header", "footer")}
    assert mar["left"] == mar["right"] == round(20 * 72 / 25.4 * 20)
    assert mar["header"] == round(18 * 72 / 25.4 * 20)  # the letterhead starts at the top margin
    assert mar["top"] > mar["header"] + 400  # room for the slim header: no overlap
    assert mar["bottom"] > mar["footer"] + 200


def test_embargo_release_line_style(en_embargoed: tuple[dtree.Document, bytes]) -> None:
    doc, data = en_embargoed
    document = docx.Document(io.BytesIO(data))
    embargo = [p.text for p in document.paragraphs if p.style.name == "Embargo"]
    expected = [b.text for b in doc.blocks if isinstance(b, dtree.ReleaseLine) and b.embargo]
    assert embargo == expected and embargo[0].startswith("EMBARGOED UNTIL 9:00")
    styles = Package(data).xml("word/styles.xml")
    emb = style_el(styles, "Embargo")
    assert emb.find("w:pPr/w:pBdr/w:top", NS) is not None
    assert emb.find("w:pPr/w:shd", NS).get(f"{{{W}}}fill") == "FCEDEE"


# -- characters XML cannot hold -------------------------------------------------------------------
BAD = "a\x00b\x0bc\ud800d\udfffe\ufffef\x1fg\x7fh\x85"


def test_invalid_characters_in_every_release_field_are_removed_with_a_warning(tmp_path: Path) -> None:
    from presskit.export import export

    r = rich_release(reference=BAD, place=BAD, title=BAD, subtitle=BAD, body=BAD + "\n\n- " + BAD,
                     boilerplate=BAD)
    r.quotes = [Quote(BAD, BAD, BAD)]
    r.contacts = [Contact(BAD, BAD, BAD, BAD)]
    r.letterhead.organization = r.letterhead.address = r.letterhead.website = BAD
    r.letterhead.footer = BAD
    r.letterhead.social = [BAD]
    out = tmp_path / "x.docx"
    result = export(r, {"docx": out})
    assert result.warnings
    assert any("invalid character" in str(w) for w in result.warnings)
    document = docx.Document(str(out))
    assert "abcdefgh" in document.core_properties.title
    assert any("abcdefgh" in p.text for p in document.paragraphs)


def test_renderer_sanitises_a_tree_that_was_not_cleaned() -> None:
    """Defensive: a hand-built tree with raw control characters and surrogates everywhere."""
    doc = dtree.Document()
    doc.meta = dtree.DocMeta(title=BAD, short_title=BAD, author=BAD, subject=BAD,
                             language="en-US", page_label="P\x00age {n} / {m}", more_mark="-mo\x01re-",
                             kind_label=BAD)
    doc.letterhead = dtree.Letterhead(organization=BAD, address_lines=[BAD], website=BAD,
                                      social=[BAD], footer=BAD,
                                      lines=dtree.letterhead_lines(BAD, [BAD], BAD, [BAD]))
    doc.blocks = [
        dtree.KindLabel(text=BAD), dtree.ReleaseLine(text=BAD, embargo=True),
        dtree.Meta(dateline=BAD, reference=BAD), dtree.Title(text=BAD), dtree.Subtitle(text=BAD),
        dtree.Paragraph(runs=[dtree.Run(BAD, bold=True), dtree.Run(BAD, href="https://x.example/" + BAD)]),
        dtree.Intertitle(runs=[dtree.Run(BAD)]),
        dtree.ListBlock(items=[dtree.ListItem(runs=[dtree.Run(BAD)], ordered=True, number=2)]),
        dtree.QuoteBlock(runs=[dtree.Run(BAD)], attribution=BAD), dtree.SectionHeading(text=BAD),
        dtree.ContactList(contacts=[dtree.ContactBlock(name=BAD, role=BAD, phone=BAD, email=BAD,
                                                       phone_label="T", email_label="E")]),
        dtree.EndMark(text=BAD),
    ]
    result = render_docx(doc)
    assert result.warnings and "cannot hold" in str(result.warnings[0])
    document = docx.Document(io.BytesIO(result.data))
    assert document.core_properties.title == "abcdefgh"
    texts = [para_text(p) for p in body_paragraphs(result.data)]
    assert all(t.replace("\t", "") in ("", "abcdefgh", "abcdefghabcdefgh", "abcdefgh" * 2,
                                       "T abcdefgh", "E abcdefgh") for t in texts), texts


def test_docx_for_the_same_tree_differs_only_in_timestamps(rich: tuple[dtree.Document, bytes]) -> None:
    doc, _ = rich
    now = dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
    a, b = render_docx(doc, now=now).data, render_docx(doc, now=now).data
    za, zb = zipfile.ZipFile(io.BytesIO(a)), zipfile.ZipFile(io.BytesIO(b))
    assert za.namelist() == zb.namelist()
    for name in za.namelist():
        assert za.read(name) == zb.read(name), name
    assert b"2026-01-02T03:04:05Z" in za.read("docProps/core.xml")


def test_right_to_left_language_gets_bidi_paragraphs_and_script_fonts() -> None:
    release = rich_release(language="ar_EG", title="مختبر نورثويند يختار مورّداً", embargo=None)
    data = render_docx(compose(release)).data
    styles = Package(data).xml("word/styles.xml")
    defaults = styles.find("w:docDefaults", NS)
    assert defaults.find("w:pPrDefault/w:pPr/w:bidi", NS) is not None
    lang = defaults.find("w:rPrDefault/w:rPr/w:lang", NS)
    assert lang.get(f"{{{W}}}val") == lang.get(f"{{{W}}}bidi") == "ar-EG"
    fonts = defaults.find("w:rPrDefault/w:rPr/w:rFonts", NS)
    assert fonts.get(f"{{{W}}}cs") == "Noto Sans Arabic"
    assert fonts.get(f"{{{W}}}ascii") == "Noto Sans"
    quote = style_el(styles, "Quote")
    assert quote.find("w:pPr/w:pBdr/w:right", NS) is not None  # the bar where the text starts
    assert "مختبر نورثويند" in docx.Document(io.BytesIO(data)).core_properties.title


def test_east_asian_language_asks_for_a_cjk_font() -> None:
    data = render_docx(compose(rich_release(language="ja_JP"))).data
    rpr = Package(data).xml("word/styles.xml").find("w:docDefaults/w:rPrDefault/w:rPr", NS)
    assert rpr.find("w:rFonts", NS).get(f"{{{W}}}eastAsia") == "Noto Sans CJK JP"
    assert rpr.find("w:lang", NS).get(f"{{{W}}}eastAsia") == "ja-JP"
    assert rpr.find("w:lang", NS).get(f"{{{W}}}bidi") == "ar-SA"  # Word's default


def test_link_targets_are_valid_uris() -> None:
    from presskit.renderers.docx_xml import safe_target

    assert safe_target("https://a.example/é x?q=50%off&r=%41#f") == \
        "https://a.example/%C3%A9%20x?q=50%25off&r=%41#f"
    assert safe_target("mailto:a\x00b@c.example") == "mailto:ab@c.example"


def test_an_unreadable_logo_is_left_out_with_a_warning() -> None:
    broken = b"\x89PNG\r\n\x1a\n" + b"\0" * 8 + b"IHDR" + (10).to_bytes(4, "big") * 2 + b"junk"
    doc = dtree.Document(letterhead=dtree.Letterhead(organization="Org", logo_png=broken,
                                                     logo_size=(10, 10)),
                         blocks=[dtree.Title(text="T")])
    result = render_docx(doc)
    assert [w.field for w in result.warnings] == ["letterhead.logo"]
    assert "left out of the DOCX" in result.warnings[0].message
    assert [p.text for p in docx.Document(io.BytesIO(result.data)).paragraphs] == ["T"]
