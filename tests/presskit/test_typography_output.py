"""The typography reaches every composed field and every output.

The issue's table, through the text export; French ordinals as superscript runs, checked
in the DOCX XML (w:vertAlign) and in the PDF (raised, smaller, and still "1er" when the
text is copied); the British house style chosen in the letterhead.
"""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from presskit import doctree as t
from presskit import draft
from presskit.compose import compose
from presskit.errors import DraftError
from presskit.model import Contact, Letterhead, Quote, Release
from presskit.profiles import LetterheadError, letterhead_from_dict, letterhead_to_dict
from presskit.renderers.docx import render_docx
from presskit.renderers.text import render_text

N = "\u00a0"
n = "\u202f"


def _release(lang: str, **kw: object) -> Release:
    r = Release(language=lang, title="T", body="Body.")
    for k, v in kw.items():
        setattr(r, k, v)
    return r


def _blocks(doc: t.Document, cls: type) -> list:
    return [b for b in doc.blocks if isinstance(b, cls)]


# The issue's table: typed in the body, read back from the text export.
@pytest.mark.parametrize(("lang", "typed", "printed"), [
    ("fr_FR", 'Il a dit : "C\'est "génial" !"', f"Il a dit{N}: «{N}C’est “génial”{n}!{N}»"),
    ("de_DE", 'so Meyer, "nichts mit "Globalisierung" zu tun".',
     "so Meyer, „nichts mit ‚Globalisierung‘ zu tun“."),
    ("en_US", '"I was reading "The Economist" yesterday," she said.',
     "“I was reading ‘The Economist’ yesterday,” she said."),
    ("en_US", "He told me 'no' twice.", "He told me ‘no’ twice."),
    ("es_ES", 'Dijo: "Es un \'éxito\' total".', "Dijo: «Es un “éxito” total»."),
    ("it_IT", "Et ensuite...", "Et ensuite…"),
])
def test_the_issue_table_in_the_text_export(lang: str, typed: str, printed: str) -> None:
    text = render_text(compose(_release(lang, body=typed)))
    assert printed in text.splitlines()


def test_a_quote_opening_in_plain_text_pairs_with_one_closing_after_a_bold_word() -> None:
    doc = compose(_release("fr_FR", body='Il dit "c\'est **génial**" puis "*encore*".'))
    runs = _blocks(doc, t.Paragraph)[0].runs
    assert t.runs_text(runs) == f"Il dit «{N}c’est génial{N}» puis «{N}encore{N}»."
    assert [(r.text, r.bold, r.italic) for r in runs] == [
        (f"Il dit «{N}c’est ", False, False), ("génial", True, False),
        (f"{N}» puis «{N}", False, False), ("encore", False, True), (f"{N}».", False, False)]


def test_every_composed_field_is_typeset() -> None:
    typed = '"a "b" c"...'
    r = _release(
        "de_DE", title=typed, subtitle=typed, body=f"{typed}\n\n## {typed}\n\n- {typed}",
        quotes=[Quote(text=typed, speaker="Anna 'Nan' Roth", role=typed)],
        boilerplate=typed, place="Köln",
        contacts=[Contact(name="Jo O'Neil", role=typed, email="jo@x.example")],
        letterhead=Letterhead(organization=typed, address=typed, footer=typed))
    doc = compose(r)
    outer = "„a ‚b‘ c“…"
    assert _blocks(doc, t.Title)[0].text == outer
    assert _blocks(doc, t.Subtitle)[0].text == outer
    assert [t.runs_text(p.runs) for p in _blocks(doc, t.Paragraph)] == [outer, outer]  # body, boilerplate
    assert t.runs_text(_blocks(doc, t.Intertitle)[0].runs) == outer
    assert t.runs_text(_blocks(doc, t.ListBlock)[0].items[0].runs) == outer
    q = _blocks(doc, t.QuoteBlock)[0]
    assert t.runs_text(q.runs) == "„‚a „b“ c‘…“"  # inside the quote block: one level down
    assert q.attribution == f"— Anna ‚Nan‘ Roth, {outer}"
    contact = doc.contacts()[0]
    assert (contact.name, contact.role) == ("Jo O’Neil", outer)
    assert contact.email == "jo@x.example"
    assert doc.letterhead.organization == outer and doc.letterhead.footer == outer
    assert doc.letterhead.address_lines == [outer]
    assert outer in doc.meta.email_subject


def test_inline_code_and_code_blocks_are_left_as_typed() -> None:
    body = 'Run `presskit export "x"...` now.\n\n    code "block" -- here...\n'
    doc = compose(_release("en_US", body=body))
    paragraphs = [t.runs_text(p.runs) for p in _blocks(doc, t.Paragraph)]
    assert paragraphs == ['Run presskit export "x"... now.', 'code "block" -- here...']


def test_unbalanced_quotes_reach_the_output_as_typed() -> None:
    doc = compose(_release("fr_FR", body='Il a dit "bonjour et puis rien.'))
    assert t.runs_text(_blocks(doc, t.Paragraph)[0].runs) == 'Il a dit "bonjour et puis rien.'


# -- French ordinals ----------------------------------------------------------------------------

ORDINALS = "Le 1er mars, la 1re fois, au 2e étage, le XXIe siècle."


def test_french_ordinals_are_superscript_runs_and_the_text_keeps_them() -> None:
    doc = compose(_release("fr_FR", body=ORDINALS))
    runs = _blocks(doc, t.Paragraph)[0].runs
    assert [r.text for r in runs if r.sup] == ["er", "re", "e", "e"]
    assert t.runs_text(runs) == ORDINALS
    text = render_text(doc)
    assert ORDINALS in text  # the text and the e-mail keep 1er, 2e


def test_ordinals_are_superscripts_in_french_only() -> None:
    doc = compose(_release("en_US", body="The 2e and XXIe."))
    assert not any(r.sup for r in _blocks(doc, t.Paragraph)[0].runs)


def test_no_superscript_in_words_that_look_like_ordinals() -> None:
    body = "Le Ce De Me Les Ces Mme Mlle M. 2018 10e3 v1er https://x.example/1er"
    doc = compose(_release("fr_FR", body=body))
    assert not any(r.sup for r in _blocks(doc, t.Paragraph)[0].runs)


def test_superscript_ordinals_in_the_docx_xml() -> None:
    doc = compose(_release("fr_FR", body=ORDINALS, quotes=[Quote(text="Le 2e essai", speaker="A")]))
    xml = zipfile.ZipFile(io.BytesIO(render_docx(doc).data)).read("word/document.xml").decode()
    sup = re.findall(r'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t>([^<]*)</w:t></w:r>',
                     xml)
    assert sup == ["er", "re", "e", "e", "e"]
    plain = re.sub(r"<[^>]+>", "", xml)
    assert "Le 1er mars, la 1re fois, au 2e étage, le XXIe siècle." in plain


def _pdf(doc: t.Document) -> bytes:
    from presskit.renderers.pdf import render_pdf

    return render_pdf(doc).data


def test_superscript_ordinals_in_the_pdf_copy_as_typed_and_are_raised() -> None:
    from pypdf import PdfReader

    data = _pdf(compose(_release("fr_FR", body=ORDINALS)))
    page = PdfReader(io.BytesIO(data)).pages[0]
    assert ORDINALS in page.extract_text()
    # The raised letters: a text rise (Ts) and a smaller size (Tf) around them.
    content = page.get_contents().get_data().decode("latin-1")
    rises = [float(v) for v in re.findall(r"([\d.]+) Ts", content)]
    assert len([v for v in rises if v > 0]) == 4
    if shutil.which("pdftotext"):
        tmp = subprocess.run(["pdftotext", "-", "-"], input=data, capture_output=True, check=True)
        assert ORDINALS in tmp.stdout.decode()


# -- the British house style -------------------------------------------------------------------

def test_british_house_style_comes_from_the_letterhead() -> None:
    typed = 'She said "it is "ready"".'
    quote = [Quote(text='It is "ready"', speaker="A")]
    double = compose(_release("en_GB", body=typed, quotes=quote))
    single = compose(_release("en_GB", body=typed, quotes=quote,
                              letterhead=Letterhead(british_quotes="single")))
    assert t.runs_text(_blocks(double, t.Paragraph)[0].runs) == "She said “it is ‘ready’”."
    assert t.runs_text(_blocks(double, t.QuoteBlock)[0].runs) == "“It is ‘ready’”"
    assert t.runs_text(_blocks(single, t.Paragraph)[0].runs) == "She said ‘it is “ready”’."
    assert t.runs_text(_blocks(single, t.QuoteBlock)[0].runs) == "‘It is “ready”’"
    us = compose(_release("en_US", body=typed, letterhead=Letterhead(british_quotes="single")))
    assert t.runs_text(_blocks(us, t.Paragraph)[0].runs) == "She said “it is ‘ready’”."


def test_british_quotes_round_trip_and_bad_values_name_the_field(tmp_path: Path) -> None:
    lh = letterhead_from_dict({"organization": "O", "british_quotes": "single"})
    assert lh.british_quotes == "single"
    assert letterhead_to_dict(lh) == {"organization": "O", "british_quotes": "single"}
    assert "british_quotes" not in letterhead_to_dict(Letterhead(organization="O"))
    with pytest.raises(LetterheadError) as err:
        letterhead_from_dict({"british_quotes": "curly"})
    assert err.value.field == "letterhead.british_quotes"
    path = tmp_path / "bad.presskit"
    path.write_text(json.dumps({"presskit": 1, "letterhead": {"british_quotes": "curly"}}),
                    encoding="utf-8")
    with pytest.raises(DraftError) as bad:
        draft.load(path)
    assert bad.value.field == "letterhead.british_quotes" and str(path) in str(bad.value)


def test_schema_knows_the_house_style() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    from presskit.resources import draft_schema

    schema = draft_schema()
    ok = {"presskit": 1, "letterhead": {"british_quotes": "single"}}
    jsonschema.validate(ok, schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"presskit": 1, "letterhead": {"british_quotes": "curly"}}, schema)


# -- the README ---------------------------------------------------------------------------------

def test_readme_typography_section_lists_the_rules_and_their_sources() -> None:
    from presskit.typography_rules import TABLE

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Typography", 1)[1].split("\n## ", 1)[0]
    for code in ("fr", "de", "en", "en_GB", "es", "it"):
        rules = TABLE[code]
        assert rules.authority.split(",")[0].split(" (")[0] in section, code
        for mark_open, mark_close in rules.quotes:
            assert mark_open in section and mark_close in section


def _single_style_release() -> Release:
    import datetime as dt

    return _release("fr_FR", date=dt.date(2026, 12, 1), place="Grenoble",
                    title="Le 1er satellite du XXIe siècle", subtitle="Au 2e essai",
                    quotes=[Quote(text="Oui", speaker="Ana Roux", role="1re adjointe")],
                    contacts=[Contact(name="Léa", role="2e vice-présidente")])


def test_ordinals_of_single_style_blocks_are_superscripts_too() -> None:
    doc = compose(_single_style_release())
    spans = {
        "title": (_blocks(doc, t.Title)[0].text, _blocks(doc, t.Title)[0].sup),
        "subtitle": (_blocks(doc, t.Subtitle)[0].text, _blocks(doc, t.Subtitle)[0].sup),
        "dateline": (_blocks(doc, t.Meta)[0].dateline, _blocks(doc, t.Meta)[0].dateline_sup),
        "attribution": (_blocks(doc, t.QuoteBlock)[0].attribution,
                        _blocks(doc, t.QuoteBlock)[0].attribution_sup),
        "role": (doc.contacts()[0].role, doc.contacts()[0].role_sup),
    }
    raised = {key: [text[s:e] for s, e in sup] for key, (text, sup) in spans.items()}
    assert raised == {"title": ["er", "e"], "subtitle": ["e"], "dateline": ["er"],
                      "attribution": ["re"], "role": ["e"]}
    assert spans["dateline"][0] == "Grenoble, le 1er décembre 2026"
    xml = zipfile.ZipFile(io.BytesIO(render_docx(doc).data)).read("word/document.xml").decode()
    sup = re.findall(r'<w:vertAlign w:val="superscript"/></w:rPr><w:t>([^<]*)</w:t>', xml)
    assert sorted(sup) == sorted(["er", "e", "e", "er", "re", "e"])
    from pypdf import PdfReader

    page = PdfReader(io.BytesIO(_pdf(doc))).pages[0]
    text = page.extract_text()
    for line in ("Le 1er satellite du XXIe siècle", "Au 2e essai", "le 1er décembre 2026",
                 "1re adjointe", "2e vice-présidente"):
        assert line in text
    content = page.get_contents().get_data().decode("latin-1")
    assert len([v for v in re.findall(r"([\d.]+) Ts", content) if float(v) > 0]) == 6
