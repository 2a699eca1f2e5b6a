"""Faithful in a real word processor: LibreOffice turns our DOCX into a PDF that reads
like our own PDF of the same release, with about the same number of pages.

All documents are converted in one ``soffice`` run, with a private profile, so the
tests work as root and beside another LibreOffice. They are skipped only when
``soffice`` is not installed (CI installs it).
"""

from __future__ import annotations

import difflib
import re
import shutil
import subprocess
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

from presskit import doctree as dtree
from presskit import draft
from presskit.compose import compose
from presskit.model import Release
from presskit.renderers.docx import render_docx
from presskit.renderers.pdf import render_pdf

from .test_docx import EXAMPLES

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
PDFTOTEXT = shutil.which("pdftotext")
pytestmark = [pytest.mark.libreoffice,
              pytest.mark.skipif(SOFFICE is None, reason="soffice (LibreOffice) is not installed")]

# name -> (example, times the body is repeated; 0 = a one-page cut-down release)
CASES = {
    "fr": ("communique-fr", 1), "en": ("release-en", 1),
    "fr-short": ("communique-fr", 0), "en-short": ("release-en", 0),
    "fr-x8": ("communique-fr", 8), "en-x8": ("release-en", 8),
    "fr-x20": ("communique-fr", 20), "en-x20": ("release-en", 20),
    "fr-x36": ("communique-fr", 36), "en-x40": ("release-en", 40),
}


def _release(example: str, times: int) -> Release:
    r = draft.load(EXAMPLES / f"{example}.presskit")
    if times == 0:
        r.body = r.body.split("\n\n")[0]
        r.quotes = r.quotes[:1]
        r.contacts = r.contacts[:1]
        r.subtitle = ""
    else:
        r.body = "\n\n".join([r.body] * times)
    return r


@dataclass
class Pair:
    doc: dtree.Document
    ours: Path  # our PDF
    theirs: Path  # LibreOffice's PDF of our DOCX


def convert(soffice: str, profile: Path, files: list[Path], outdir: Path) -> None:
    proc = subprocess.run(
        [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
         "--nolockcheck", "--convert-to", "pdf", "--outdir", str(outdir), *map(str, files)],
        capture_output=True, text=True, timeout=600, check=False)
    missing = [f for f in files if not (outdir / (f.stem + ".pdf")).exists()]
    assert not missing, (proc.returncode, proc.stdout, proc.stderr)


@pytest.fixture(scope="module")
def pairs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Pair]:
    assert SOFFICE is not None
    work = tmp_path_factory.mktemp("lo")
    out: dict[str, Pair] = {}
    docx_files = []
    for name, (example, times) in CASES.items():
        doc = compose(_release(example, times))
        (work / f"{name}.pdf").write_bytes(render_pdf(doc).data)
        (work / f"{name}.docx").write_bytes(render_docx(doc).data)
        docx_files.append(work / f"{name}.docx")
        out[name] = Pair(doc, work / f"{name}.pdf", work / "lo" / f"{name}.pdf")
    (work / "lo").mkdir()
    convert(SOFFICE, tmp_path_factory.mktemp("lo-profile"), docx_files, work / "lo")
    return out


def page_texts(pdf: Path) -> list[str]:
    """Each page's text as pdftotext (poppler) reads it; pypdf if poppler is missing."""
    reader = PdfReader(str(pdf))
    count = len(reader.pages)
    if PDFTOTEXT is None:
        return [page.extract_text() or "" for page in reader.pages]
    return [subprocess.run([PDFTOTEXT, "-f", str(n), "-l", str(n), "-enc", "UTF-8", str(pdf), "-"],
                           capture_output=True, text=True, check=True).stdout
            for n in range(1, count + 1)]


def furniture(doc: dtree.Document) -> tuple[set[str], re.Pattern[str]]:
    """The header and footer texts of both renderings, stripped alike from both."""
    lh, meta = doc.letterhead, doc.meta
    texts = {lh.organization, *lh.address_lines, " · ".join(x for x in [lh.website, *lh.social] if x),
             meta.short_title, lh.footer, meta.more_mark or ""}
    label = re.escape(meta.page_label).replace(r"\{n\}", r"\d+").replace(r"\{m\}", r"\d+")
    return {_norm(t) for t in texts if t}, re.compile(label)


def _norm(s: str) -> str:
    return " ".join(s.split())


def body_words(pdf: Path, doc: dtree.Document) -> list[str]:
    """The words of the body: every line that is only header/footer text is dropped."""
    known, label = furniture(doc)
    words: list[str] = []
    for text in page_texts(pdf):
        for line in text.splitlines():
            line = _norm(label.sub(" ", line))
            pieces = [p for p in re.split(r"\s*·\s*", line) if p]
            if not pieces or all(p in known for p in pieces):
                continue
            words.extend(line.split())
    return words


def ratio(a: list[str], b: list[str]) -> float:
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def bag_ratio(a: list[str], b: list[str]) -> float:
    """Like ratio() but order-free: for long releases made of one body repeated, where
    SequenceMatcher's longest-block heuristic can pair different copies."""
    common = sum((Counter(a) & Counter(b)).values())
    return 2 * common / (len(a) + len(b)) if a or b else 1.0


@pytest.mark.parametrize("name", ["fr", "en"])
def test_same_words_as_our_pdf(pairs: dict[str, Pair], name: str) -> None:
    pair = pairs[name]
    ours, theirs = body_words(pair.ours, pair.doc), body_words(pair.theirs, pair.doc)
    assert len(ours) > 300
    r = ratio(ours, theirs)
    assert r >= 0.97, (r, [op for op in difflib.SequenceMatcher(None, ours, theirs, autojunk=False)
                           .get_opcodes() if op[0] != "equal"][:20])


@pytest.mark.parametrize("name", list(CASES))
def test_page_counts_agree_within_one(pairs: dict[str, Pair], name: str) -> None:
    pair = pairs[name]
    ours = len(PdfReader(str(pair.ours)).pages)
    theirs = len(PdfReader(str(pair.theirs)).pages)
    assert abs(ours - theirs) <= 1, (ours, theirs)
    if name.endswith("-short"):
        assert ours == 1
    if name in ("fr-x36", "en-x40"):
        assert 17 <= ours <= 21, ours
    if name.endswith(("-x8", "-x20", "-x36", "-x40")):
        assert bag_ratio(body_words(pair.ours, pair.doc), body_words(pair.theirs, pair.doc)) >= 0.97


@pytest.mark.parametrize("name", ["fr", "en", "en-x8"])
def test_page_fields_and_headers_work_in_libreoffice(pairs: dict[str, Pair], name: str) -> None:
    pair = pairs[name]
    pages = page_texts(pair.theirs)
    total = len(pages)
    org = pair.doc.letterhead.organization
    short = pair.doc.meta.short_title
    for n, text in enumerate(pages, start=1):
        flat = _norm(text)
        assert _norm(pair.doc.meta.page_label.format(n=n, m=total)) in flat, (n, flat[-200:])
        if n == 1:
            assert org in flat and _norm(pair.doc.letterhead.address_lines[0]) in flat
            assert _norm(short) not in flat or short in pair.doc.meta.title
        else:
            assert _norm(short) in flat and _norm(pair.doc.letterhead.address_lines[0]) not in flat
    # LibreOffice cannot evaluate the IF field of "-more-": it must show nothing, never
    # the nested page numbers.
    assert not re.search(r"^\s*\d{2,}\s*$", pages[-1], re.M)
    assert "-more-" not in pages[-1]


def test_typography_survives_libreoffice(pairs: dict[str, Pair]) -> None:
    text = "".join(page_texts(pairs["fr"].theirs))
    assert "équipes\u202f!" in text or "équipes !" in text
    assert "«\u00a0Héliade-2" in text or "« Héliade-2" in text
    assert "Łódź" in text and "Новосибирск" in text and "Ελληνικό" in text
