"""Compose: labels, dates, quote marks and typography per language."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from presskit import doctree as t
from presskit import draft
from presskit.compose import compose
from presskit.model import Contact, Letterhead, Quote, Release
from presskit.typography import NBSP, NNBSP


def _release(lang: str, **kw: object) -> Release:
    r = Release(language=lang, date=dt.date(2018, 3, 5), title="T", body="Body text.",
                quotes=[Quote(text="We did it", speaker="A. Person", role="Director")],
                boilerplate="About text.", contacts=[Contact(name="N", email="n@example.org")],
                letterhead=Letterhead(organization="Orbital Org"))
    for k, v in kw.items():
        setattr(r, k, v)
    return r


def _blocks(doc: t.Document, cls: type) -> list:
    return [b for b in doc.blocks if isinstance(b, cls)]


@pytest.mark.parametrize(("lang", "kind", "date", "contacts", "about", "end", "release_line"), [
    ("fr_FR", "Communiqué de presse", "5 mars 2018", "Contacts presse", "À propos d’Orbital Org", "– FIN –", "POUR DIFFUSION IMMÉDIATE"),
    ("en_US", "Press release", "March 5, 2018", "Press contacts", "About Orbital Org", "###", "FOR IMMEDIATE RELEASE"),
    ("en_GB", "Press release", "5 March 2018", "Press contacts", "About Orbital Org", "ENDS", "FOR IMMEDIATE RELEASE"),
    ("de_DE", "Pressemitteilung", "5. März 2018", "Pressekontakt", "Über Orbital Org", "###", None),
    ("es_ES", "Comunicado de prensa", "5 de marzo de 2018", "Contactos de prensa", "Acerca de Orbital Org", "###", "PARA DIFUSIÓN INMEDIATA"),
    ("it_IT", "Comunicato stampa", "5 marzo 2018", "Contatti stampa", "Informazioni su Orbital Org", "###", "PER LA DIFFUSIONE IMMEDIATA"),
])
def test_labels_and_dates(lang: str, kind: str, date: str, contacts: str, about: str, end: str,
                          release_line: str | None) -> None:
    doc = compose(_release(lang))
    texts = doc.plain_text_blocks()
    assert _blocks(doc, t.KindLabel)[0].text == kind
    assert _blocks(doc, t.Meta)[0].dateline == date
    assert contacts in texts and about in texts
    assert _blocks(doc, t.EndMark)[0].text == end
    lines = _blocks(doc, t.ReleaseLine)
    assert (lines[0].text if lines else None) == release_line
    assert doc.warnings == []


def test_kinds_are_labelled() -> None:
    assert compose(_release("fr_FR", kind="media_advisory")).meta.kind_label == "Invitation presse"
    assert compose(_release("de_DE", kind="statement")).meta.kind_label == "Stellungnahme"


def test_french_first_of_month_and_dateline() -> None:
    doc = compose(_release("fr_FR", date=dt.date(2026, 12, 1), place="Grenoble"))
    assert _blocks(doc, t.Meta)[0].dateline == "Grenoble, le 1er décembre 2026"


def test_english_dateline_opens_first_paragraph() -> None:
    doc = compose(_release("en_US", date=dt.date(2026, 11, 23), place="Boston"))
    first = _blocks(doc, t.Paragraph)[0]
    assert first.runs[0].text == "BOSTON, November 23, 2026 — " and first.runs[0].bold
    assert t.runs_text(first.runs).endswith("Body text.")


def test_french_typography_applied_to_what_was_typed() -> None:
    doc = compose(_release("fr_FR", body="Il a déclaré : « Nous y sommes ! » Et 25 % ; vraiment ?"))
    text = t.runs_text(_blocks(doc, t.Paragraph)[0].runs)
    assert text == (f"Il a déclaré{NBSP}: «{NBSP}Nous y sommes{NNBSP}!{NBSP}» Et 25{NBSP}%{NNBSP}; "
                    f"vraiment{NNBSP}?")
    # Typed straight quotes become guillemets too; URLs and times are left alone.
    doc = compose(_release("fr_FR", body='Il dit "oui" à 10:30 sur https://iov.example/a'))
    text = t.runs_text(_blocks(doc, t.Paragraph)[0].runs)
    assert f"«{NBSP}oui{NBSP}»" in text and "10:30" in text and "https://iov.example/a" in text


def test_typography_across_bold_runs() -> None:
    doc = compose(_release("fr_FR", body="Le budget est **important** !"))
    runs = _blocks(doc, t.Paragraph)[0].runs
    assert [r.bold for r in runs] == [False, True, False]
    assert runs[2].text == f"{NNBSP}!"


@pytest.mark.parametrize(("lang", "expected"), [
    ("fr_FR", f"«{NBSP}We did it{NBSP}»"),
    ("en_US", "“We did it”"),
    ("de_DE", "„We did it“"),
    ("es_ES", "«We did it»"),
])
def test_quote_marks(lang: str, expected: str) -> None:
    q = _blocks(compose(_release(lang)), t.QuoteBlock)[0]
    assert t.runs_text(q.runs) == expected
    assert q.attribution == "— A. Person, Director"


def test_nested_quote_uses_inner_marks() -> None:
    doc = compose(_release("en_US", quotes=[Quote(text='They call it "the groceries"', speaker="M")]))
    assert t.runs_text(_blocks(doc, t.QuoteBlock)[0].runs) == "“They call it ‘the groceries’”"


def test_embargo_banner() -> None:
    when = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)
    en = _blocks(compose(_release("en_GB", embargo=when)), t.ReleaseLine)[0]
    assert en.embargo and en.text == "EMBARGOED UNTIL 09:00 GMT, 1 December 2026"
    paris = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    fr = _blocks(compose(_release("fr_FR", embargo=paris)), t.ReleaseLine)[0]
    assert fr.text.startswith("SOUS EMBARGO JUSQU’AU 1er décembre 2026 À 09:00")
    assert "+01:00" in fr.text


def test_unknown_locale_falls_back_to_english_with_warning() -> None:
    doc = compose(_release("xx_YY"))
    assert doc.meta.kind_label == "Press release"
    assert any(w.field == "language" and "unknown locale" in w.message for w in doc.warnings)


def test_control_characters_removed_with_warning() -> None:
    doc = compose(_release("en_US", title="Bad\x07title\ud800", body="ok\x00 body"))
    assert _blocks(doc, t.Title)[0].text == "Badtitle"
    fields = {w.field for w in doc.warnings}
    assert {"title", "body"} <= fields


def test_raw_html_is_text() -> None:
    body = "<b>R&D</b> > 5% & <img src=x>"
    doc = compose(_release("en_US", body=body))
    assert t.runs_text(_blocks(doc, t.Paragraph)[0].runs) == body


def test_markdown_structures() -> None:
    body = "Intro **bold** *it* [site](https://x.example)\n\n## Sub\n\n- a\n  1. b\n- c\n\n[js](javascript:alert(1))"
    doc = compose(_release("en_US", body=body))
    p = _blocks(doc, t.Paragraph)
    assert [(r.text, r.bold, r.italic, r.href) for r in p[0].runs] == [
        ("Intro ", False, False, None), ("bold", True, False, None), (" ", False, False, None),
        ("it", False, True, None), (" ", False, False, None), ("site", False, False, "https://x.example")]
    assert t.runs_text(_blocks(doc, t.Intertitle)[0].runs) == "Sub"
    items = _blocks(doc, t.ListBlock)[0].items
    assert [(t.runs_text(i.runs), i.level, i.ordered) for i in items] == [
        ("a", 0, False), ("b", 1, True), ("c", 0, False)]
    assert all(r.href is None for r in p[-1].runs)


def test_phone_formatting_by_release_country() -> None:
    c = [Contact(name="A", phone="+33 1 44 76 75 39")]
    fr = compose(_release("fr_FR", contacts=c)).contacts()[0]
    en = compose(_release("en_US", contacts=c)).contacts()[0]
    assert fr.phone.replace(NBSP, " ") == "01 44 76 75 39"
    assert en.phone.replace(NBSP, " ") == "+33 1 44 76 75 39"
    odd = compose(_release("fr_FR", contacts=[Contact(name="B", phone="ext. 42")])).contacts()[0]
    assert odd.phone == "ext. 42"


def test_contacts_are_one_block_in_order_after_their_heading() -> None:
    people = [Contact(name=f"P{k}", email=f"p{k}@example.org") for k in range(3)]
    people.insert(1, Contact())  # an empty contact is left out
    doc = compose(_release("en_US", contacts=people))
    kinds = [type(b) for b in doc.blocks]
    assert kinds.count(t.ContactList) == 1 and t.ContactBlock not in kinds
    at = kinds.index(t.ContactList)
    assert isinstance(doc.blocks[at - 1], t.SectionHeading)
    assert doc.blocks[at - 1].text == "Press contacts"
    assert isinstance(doc.blocks[at + 1], t.EndMark)
    group = doc.blocks[at]
    assert isinstance(group, t.ContactList) and group.field == "contacts"
    assert [c.name for c in group.contacts] == ["P0", "P1", "P2"]
    assert [c.field for c in group.contacts] == ["contacts[0]", "contacts[2]", "contacts[3]"]
    assert doc.contacts() == group.contacts
    assert "p1@example.org" in " ".join(doc.plain_text_blocks())
    none = compose(_release("en_US", contacts=[]))
    assert not none.contacts() and "Press contacts" not in none.plain_text_blocks()


def test_letterhead_lines_are_composed_once_for_every_renderer() -> None:
    lh = Letterhead(organization="Orbital Org", address="1 rue de l'Espace\n\n 75001 Paris ",
                    website="orbital.example", social=["@orbital", " "])
    doc = compose(_release("fr_FR", letterhead=lh))
    assert [(line.kind, line.text) for line in doc.letterhead.lines] == [
        ("organization", "Orbital Org"),
        ("address", "1 rue de l’Espace"),
        ("address", "75001 Paris"),
        ("web", "orbital.example · @orbital"),
    ]
    assert doc.letterhead.lines[-1].parts == ("orbital.example", "@orbital")
    bare = compose(_release("en_US", letterhead=Letterhead(website="w.example")))
    assert [(line.kind, line.text) for line in bare.letterhead.lines] == [("web", "w.example")]
    assert compose(_release("en_US", letterhead=Letterhead())).letterhead.lines == []


@pytest.mark.parametrize(("accent", "warns"), [("#FFCC00", True), ("#777777", True),
                                                ("#767676", False), ("#1F3A5F", False)])
def test_the_export_warns_when_the_letterhead_colour_is_too_light_for_text(
        accent: str, warns: bool, tmp_path: Path, examples_dir: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 11 §5: the command line names the colour, its contrast on white and the darker
    colour text is printed in; the PDF's accent text really is that darker colour."""
    from presskit import cli
    from presskit.color import contrast_with_white, text_color
    from presskit.renderers.house_style import HOUSE
    from tests.presskit.renderers.test_house_style import pdf_look, pdf_looks

    data = json.loads((examples_dir / "release-en.presskit").read_text(encoding="utf-8"))
    data["letterhead"]["color"] = accent
    draft_path = tmp_path / "light.presskit"
    draft_path.write_text(json.dumps(data), encoding="utf-8")
    out = tmp_path / "light.pdf"
    assert cli.main(["export", str(draft_path), "--pdf", str(out)]) == 0
    err = capsys.readouterr().err
    darker, _ = text_color(accent)
    lines = [line for line in err.splitlines() if "letterhead.color" in line]
    if warns:
        assert len(lines) == 1
        assert lines[0].startswith(f"presskit: warning: {draft_path}: letterhead.color: ")
        ratio = f"{contrast_with_white(accent):.2f}:1"
        assert accent in lines[0] and ratio in lines[0] and darker in lines[0]
        assert contrast_with_white(darker) >= 4.5
    else:
        assert lines == [] and darker == accent
    kind = compose(draft.load(draft_path)).blocks[0]
    assert isinstance(kind, t.KindLabel)
    look = pdf_look(pdf_looks(out.read_bytes()), kind.text)
    assert look.color == darker and look.size == HOUSE.kind.size
