"""An embargoed kit: a journalist handed the kit PDF, or any document of the ZIP, sees the
embargo. Its line leads the running head of every document and photo page and stands boxed
under each document's kind label and the photos' heading; each document's own PDF, DOCX and
HTML carries it, and so does the newsroom page. A kit without an embargo prints none."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile

import pytest

from presskit import doctree as dtree
from presskit.kit.compose import compose_kit
from presskit.kit.model import Kit
from presskit.kit.outputs import export_kit
from presskit.kit.pdf import render_kit_pdf
from tests.presskit.kit.outputs_kit import make_kit
from tests.presskit.kit.test_kit_pdf import page_texts as pdf_text  # pdftotext -layout, by page

WHEN = dt.datetime(2026, 3, 5, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
EMBARGO_FR = "SOUS EMBARGO JUSQU’AU 5 mars 2026 À 10:00 UTC+01:00"


def embargoed_kit() -> Kit:
    kit = make_kit()
    kit.release.embargo = WHEN
    return kit


@pytest.fixture(scope="module")
def zipped(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    out = tmp_path_factory.mktemp("zip") / "kit.zip"
    export_kit(embargoed_kit(), zip=out)
    with zipfile.ZipFile(io.BytesIO(out.read_bytes())) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def test_composed_documents_carry_the_embargo_under_their_kind() -> None:
    composed = compose_kit(embargoed_kit())
    assert composed.embargo == EMBARGO_FR
    assert len(composed.documents) == 2
    for doc in composed.documents:
        kind, line = doc.blocks[:2]
        assert isinstance(kind, dtree.KindLabel)
        assert isinstance(line, dtree.ReleaseLine) and line.embargo
        assert (line.text, line.field) == (EMBARGO_FR, "embargo")  # the release's field
    plain = compose_kit(make_kit())
    assert plain.embargo == ""
    assert not any(isinstance(b, dtree.ReleaseLine) for d in plain.documents for b in d.blocks)


def test_every_document_and_photo_page_of_the_kit_pdf_shows_the_embargo() -> None:
    pages = pdf_text(render_kit_pdf(embargoed_kit()).data)
    first_part = next(i for i, p in enumerate(pages) if "Héliade-2 en chiffres" in p
                      and "Fiche technique" in p)
    assert first_part >= 1
    assert EMBARGO_FR in pages[0]  # the release's banner, as before
    later = pages[first_part:]
    assert len(later) >= 4 and any("Photos" in p for p in later)
    for n, page in enumerate(later, start=first_part + 1):
        head = page.strip().splitlines()[0]
        assert head.strip().startswith(EMBARGO_FR), (n, head)  # the running head
    photo_pages = [p for p in later if "Crédit" in p]
    assert len(photo_pages) >= 3
    # Boxed under each document's kind label, and under the photos' heading.
    for title in ("Héliade-2 en chiffres", "Claire Dumoulin"):
        page = next(p for p in later if re.search(rf"^\s*{title}\s*$", p, re.M))
        assert page.count(EMBARGO_FR) == 2
    assert next(p for p in later if re.search(r"^\s*Photos\s*$", p, re.M)).count(EMBARGO_FR) == 2


def test_a_kit_without_embargo_prints_none() -> None:
    pages = pdf_text(render_kit_pdf(make_kit()).data)
    assert not any("EMBARGO" in p for p in pages)


def test_each_document_of_the_zip_and_the_newsroom_carry_the_embargo(
        zipped: dict[str, bytes]) -> None:
    documents = sorted(n for n in zipped if "/documents/" in f"/{n}")
    assert len(documents) == 6, documents  # two documents, as PDF, DOCX and HTML
    for name in documents:
        data = zipped[name]
        if name.endswith(".pdf"):
            assert EMBARGO_FR in pdf_text(data)[0], name
        elif name.endswith(".docx"):
            with zipfile.ZipFile(io.BytesIO(data)) as docx:
                xml = docx.read("word/document.xml").decode("utf-8")
            assert EMBARGO_FR in "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", xml)), name
        else:
            assert f'<p class="embargo">{EMBARGO_FR}</p>' in data.decode("utf-8"), name
    index = next(v for n, v in zipped.items() if n.endswith("index.html")).decode("utf-8")
    h1 = index.index("<h1>")
    assert index.index(f'<p class="embargo">{EMBARGO_FR}</p>') > h1
