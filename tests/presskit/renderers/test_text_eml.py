"""Plain text and email outputs, the export command for every format, and a property:
any release exports to DOCX and text with every block's text in them, or fails cleanly."""

from __future__ import annotations

import email
import email.policy
import io
import os
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from presskit import doctree as dtree
from presskit import draft
from presskit.cli import main
from presskit.compose import compose
from presskit.errors import PresskitError
from presskit.export import default_stem, export
from presskit.model import Contact, Letterhead, Quote, Release
from presskit.renderers.eml import render_eml, subject
from presskit.renderers.text import render_text

from .test_docx import EXAMPLES, body_paragraphs, flat, para_text, rich_release


@pytest.fixture(scope="module")
def fr_text() -> str:
    return render_text(compose(draft.load(EXAMPLES / "communique-fr.presskit")))


def test_french_text_has_every_field_in_order(fr_text: str) -> None:
    needles = ["Communiqué de presse", "POUR DIFFUSION IMMÉDIATE", "Grenoble, le 1er décembre 2026",
               "Réf.\u00a0: CP028-2026",
               "Héliade-2 transmet ses premières images de la couronne solaire",
               "Lancé le 14 octobre", "le satellite Héliade-2 a transmis",
               "Une coopération européenne\nLe projet réunit trois partenaires\u00a0:",
               "- l’IOV, maître d’œuvre", "- l’Université de Łódź",
               "1. Étalonnage croisé", "2. Ouverture des données", "3. Première campagne",
               "«\u00a0Héliade-2 nous offre enfin", "équipes\u202f!\u00a0»\n— Dr\u00a0Claire Dumoulin",
               "À propos de l’Institut orbital du Vercors\nL’Institut orbital du Vercors (IOV) est",
               "Contacts presse\nAmélie Rousseau\nResponsable des relations presse\nTél.",
               "Courriel amelie.rousseau@iov.example\n\nThéo N’Diaye", "– FIN –\n"]
    pos = 0
    for needle in needles:
        found = fr_text.find(needle, pos)
        assert found >= 0, needle
        pos = found
    assert fr_text.startswith("Communiqué de presse\nPOUR DIFFUSION IMMÉDIATE\n")
    assert fr_text.endswith("– FIN –\n")


def test_text_has_no_markdown_and_keeps_typography(fr_text: str) -> None:
    for syntax in ("**", "##", "](", "[le portail", "* ", "<"):
        assert syntax not in fr_text, syntax
    assert "\u00a0" in fr_text and "\u202f" in fr_text and "’" in fr_text
    assert "le portail scientifique (https://donnees.iov.example/heliade-2) après" in fr_text
    # Paragraphs are not wrapped and are separated by one blank line.
    assert "\n\n\n" not in fr_text
    lead = next(line for line in fr_text.splitlines() if line.startswith("L’Institut orbital du Vercors (IOV) annonce"))
    assert lead.endswith("le magnétomètre.")


def test_links_nested_lists_and_ordered_starts() -> None:
    text = render_text(compose(rich_release()))
    assert "[a link](" not in text
    assert "a link (https://example.org/path?q=1&r=2) in it." in text
    assert "Plain https://bare.example/url and a mail link (press@example.org)." in text
    assert "3. third step\n4. fourth step" in text
    assert "- top bullet\n  - nested bullet\n    1. deep ordered\n- second bullet" in text
    assert "EMBARGOED UNTIL" in text
    assert "Email press@northwind.example" in text
    assert "with bold words, italic words, both at once and a link" in text
    assert "*" not in text and "#" not in text.replace("###", "")


def test_a_link_whose_text_is_its_url_is_written_once() -> None:
    doc = dtree.Document(blocks=[dtree.Paragraph(runs=[
        dtree.Run("See "), dtree.Run("https://a.example/x", href="https://a.example/x"),
        dtree.Run(" or "), dtree.Run("mail", bold=True, href="mailto:m@a.example"),
        dtree.Run(" us", href="mailto:m@a.example"), dtree.Run(".")])])
    assert render_text(doc) == "See https://a.example/x or mail us (m@a.example).\n"


def test_multi_line_list_items_are_indented() -> None:
    doc = dtree.Document(blocks=[dtree.ListBlock(items=[
        dtree.ListItem(runs=[dtree.Run("one\ncontinued")], ordered=True, number=9),
        dtree.ListItem(runs=[dtree.Run("inner")], level=1)])])
    assert render_text(doc) == "9. one\n   continued\n   - inner\n"


# -- email ---------------------------------------------------------------------------------------
def _parse(data: bytes) -> email.message.EmailMessage:
    msg = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(msg, email.message.EmailMessage)
    return msg


def test_eml_is_a_draft_with_text_body_and_pdf(tmp_path: Path) -> None:
    release = draft.load(EXAMPLES / "communique-fr.presskit")
    out = {"pdf": tmp_path / "a.pdf", "eml": tmp_path / "a.eml"}
    export(release, out)
    raw = out["eml"].read_bytes()
    assert b"\r\n" in raw and all(len(line) <= 998 for line in raw.split(b"\r\n"))
    msg = _parse(raw)
    doc = compose(release)
    assert msg["Subject"] == "Communiqué de presse\u00a0: " + doc.meta.title
    assert msg["X-Unsent"] == "1"
    assert msg["Date"] is not None and msg["From"] is None and msg["To"] is None
    assert msg["Content-Language"] == "fr-FR"
    assert msg.get_content_type() == "multipart/mixed"
    body = msg.get_body(preferencelist=("plain",))
    assert body is not None and body.get_content_charset() == "utf-8"
    assert body.get_content().replace("\r\n", "\n") == render_text(doc)
    attachments = list(msg.iter_attachments())
    assert len(attachments) == 1
    pdf = attachments[0]
    assert pdf.get_content_type() == "application/pdf"
    assert pdf.get_filename() == default_stem(release) + ".pdf"
    data = pdf.get_content()
    assert data.startswith(b"%PDF") and data == out["pdf"].read_bytes()  # the PDF export reused


def test_eml_renders_its_own_pdf_when_alone(tmp_path: Path) -> None:
    release = draft.load(EXAMPLES / "release-en.presskit")
    export(release, {"eml": tmp_path / "x.eml"})
    msg = _parse((tmp_path / "x.eml").read_bytes())
    assert msg["Subject"].startswith("Press release: Northwind Orbital Selects")
    (pdf,) = list(msg.iter_attachments())
    assert pdf.get_content().startswith(b"%PDF")


def test_french_subject_is_typeset_for_french() -> None:
    doc = compose(draft.load(EXAMPLES / "communique-fr.presskit"))
    assert subject(doc).startswith("Communiqué de presse\u00a0: Héliade-2 transmet")
    msg = _parse(render_eml(doc, b"%PDF-1.4", "cp.pdf"))
    assert msg["Subject"].startswith("Communiqué de presse\u00a0: Héliade-2")


def test_subject_is_one_line_and_clean() -> None:
    doc = dtree.Document(meta=dtree.DocMeta(email_subject="Statement: A\nB\u2028C\x00\ud800 D"))
    assert subject(doc) == "Statement: A B C D"
    raw = render_eml(doc, b"%PDF-1.4", "r\u00e9f\n.pdf")
    msg = _parse(raw)
    assert msg["Subject"] == "Statement: A B C D"
    assert next(iter(msg.iter_attachments())).get_filename() == "réf .pdf"


# -- the command line ----------------------------------------------------------------------------
def _draft(tmp_path: Path) -> tuple[Path, tuple[bytes, int]]:
    src = tmp_path / "fr.presskit"
    src.write_bytes((EXAMPLES / "communique-fr.presskit").read_bytes())
    os.utime(src, ns=(1_600_000_000_000_000_000, 1_600_000_000_000_000_000))
    return src, (src.read_bytes(), src.stat().st_mtime_ns)


def _check_outputs(paths: dict[str, Path]) -> None:
    assert paths["pdf"].read_bytes().startswith(b"%PDF")
    with zipfile.ZipFile(paths["docx"]) as z:
        assert "word/document.xml" in z.namelist()
    assert "Héliade-2" in paths["txt"].read_text(encoding="utf-8")
    assert _parse(paths["eml"].read_bytes())["X-Unsent"] == "1"


def test_cli_every_format_in_process(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src, before = _draft(tmp_path)
    paths = {fmt: tmp_path / f"out.{fmt}" for fmt in ("pdf", "docx", "txt", "eml")}
    args = ["export", str(src)]
    for fmt, path in paths.items():
        args += [f"--{fmt}", str(path)]
    assert main(args) == 0
    _check_outputs(paths)
    out = capsys.readouterr().out
    assert "DOCX: " in out and "TXT: " in out and "EML: " in out
    assert (src.read_bytes(), src.stat().st_mtime_ns) == before


@pytest.mark.parametrize("formats", [["docx"], ["txt", "eml"], ["docx", "pdf"]])
def test_cli_any_combination(tmp_path: Path, formats: list[str]) -> None:
    src, before = _draft(tmp_path)
    args = ["export", str(src), "-q"]
    for fmt in formats:
        args += [f"--{fmt}", str(tmp_path / f"o.{fmt}")]
    assert main(args) == 0
    assert sorted(p.suffix[1:] for p in tmp_path.glob("o.*")) == sorted(formats)
    assert (src.read_bytes(), src.stat().st_mtime_ns) == before


def test_cli_all_in_a_subprocess(tmp_path: Path) -> None:
    src, before = _draft(tmp_path)
    proc = subprocess.run([sys.executable, "-m", "presskit", "export", str(src), "--all"],
                          capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    stem = default_stem(draft.load(src))
    _check_outputs({fmt: tmp_path / f"{stem}.{fmt}" for fmt in ("pdf", "docx", "txt", "eml")})
    assert (src.read_bytes(), src.stat().st_mtime_ns) == before


def test_cli_subprocess_failure_is_one_line_and_writes_nothing(tmp_path: Path) -> None:
    src, before = _draft(tmp_path)
    existing = tmp_path / "keep.docx"
    existing.write_bytes(b"previous export")
    missing = tmp_path / "no-such-folder" / "x.txt"
    proc = subprocess.run([sys.executable, "-m", "presskit", "export", str(src), "--docx",
                           str(existing), "--txt", str(missing)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("presskit: error: ")
    assert "Traceback" not in proc.stderr
    assert not missing.exists()
    assert (src.read_bytes(), src.stat().st_mtime_ns) == before


# -- property: any release ------------------------------------------------------------------------
any_text = st.text(st.characters(codec=None, exclude_categories=()), max_size=30)
mostly_words = st.one_of(any_text, st.lists(st.sampled_from(
    ["Łódź", "Ελλάδα", "œuvre", "R&D", "<b>x</b>", "5 %", "«", "!", "a:b", "**b**", "*i*",
     "## h", "1.", "- ", "  - ", "3. ", "[l](https://x.example/a b)", "https://u.example",
     "\n", "\n\n", "\t", "\x00", "\x0b", "\ud800", "\udfff", "\ufffe", "\x85", "\u2028",
     "\u202f", "\u00a0", "\r\n", "> q", "`c`"]),
    max_size=14).map(" ".join))

releases = st.builds(
    Release,
    language=st.one_of(st.sampled_from(["fr_FR", "en_US", "en_GB", "de_DE", "ja_JP", "ar_EG",
                                        "zz"]), any_text),
    reference=any_text, place=mostly_words, title=mostly_words, subtitle=any_text,
    body=mostly_words, boilerplate=mostly_words, paper=st.sampled_from(["", "a4", "letter"]),
    quotes=st.lists(st.builds(Quote, text=mostly_words, speaker=any_text, role=any_text),
                    max_size=2),
    contacts=st.lists(st.builds(Contact, name=mostly_words, role=any_text, phone=any_text,
                                email=any_text), max_size=3),
    letterhead=st.builds(Letterhead, organization=mostly_words, address=any_text,
                         website=any_text, footer=any_text, social=st.lists(any_text, max_size=2),
                         font=st.sampled_from(["", "Noto Sans", "Noto Serif"]),
                         color=st.sampled_from(["", "#0B6E4F", "#FFFF00"])),
)

_WS = re.compile(r"[ \t\n]+")


def _squash(s: str) -> str:
    return _WS.sub(" ", s).strip()


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(releases)
def test_any_release_exports_docx_and_text_or_fails_cleanly(release: Release) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        targets = {"docx": Path(tmp) / "r.docx", "txt": Path(tmp) / "r.txt"}
        try:
            export(release, targets)
        except PresskitError:
            return
        doc = compose(release)
        data = targets["docx"].read_bytes()
        text = targets["txt"].read_text(encoding="utf-8")
    # DOCX: the body's paragraphs, in order, are the tree's blocks.
    assert flat([para_text(p) for p in body_paragraphs(data)]) == flat(doc.plain_text_blocks())
    import docx

    docx.Document(io.BytesIO(data))  # python-docx opens it
    # Text: every block's text is in it (whitespace aside, links followed by their target).
    squashed = _squash(text)
    for b in doc.blocks:
        hrefs = {r.href for r in getattr(b, "runs", []) if r.href}
        for item in getattr(b, "items", []):
            hrefs |= {r.href for r in item.runs if r.href}
        haystack = squashed
        for href in hrefs:
            label = href[7:] if href.lower().startswith("mailto:") else href
            haystack = haystack.replace(f" ({_squash(label)})", "")
        for t in dtree.block_texts(b):
            assert _squash(t) in haystack, (t, text)
