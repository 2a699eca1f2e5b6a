"""The kit PDF: the release exactly as alone, then the documents, then the photos; captions
and credits in the text, an outline per part, page numbers across the kit, tagged (pdfinfo,
the pdfua checker, Figure /Alt), photos upright, sRGB and at most 300 dpi as printed."""

from __future__ import annotations

import io
import re
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from presskit.compose import compose
from presskit.kit.compose import compose_kit
from presskit.kit.images import PhotoCache
from presskit.kit.model import Photo
from presskit.kit.pdf import render_kit_pdf
from presskit.renderers.pdf import RenderCancelled, render_pdf
from tests.presskit.kit.outputs_kit import make_kit, photo_specs
from tests.presskit.renderers.tagged_probe import pdfinfo, pdfua_findings, reader, resolve, squash

FRAME_WIDTH_PT = 595.2756 - 2 * 20 * 72 / 25.4  # A4 less the example's 20 mm margins


def page_texts(data: bytes) -> list[str]:
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "kit.pdf"
        pdf.write_bytes(data)
        out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                             text=True, check=True).stdout
    return out.split("\f")[:-1]


@pytest.fixture(scope="module")
def kit_pdf() -> tuple[Any, bytes, PhotoCache]:
    kit = make_kit()
    cache = PhotoCache()
    return kit, render_kit_pdf(kit, cache=cache).data, cache


def photo_images(data: bytes) -> list[dict[str, Any]]:
    """Every image XObject drawn on every page, with its pixels and its printed size."""
    out = []
    for n, page in enumerate(reader(data).pages, start=1):
        content = page.get_contents().get_data().decode("latin-1")
        xobjects = resolve(page["/Resources"]).get("/XObject", {})
        for m in re.finditer(r"([\d.]+) 0 0 ([\d.]+) [\d.-]+ [\d.-]+ cm\s*/(\S+) Do", content):
            obj = resolve(xobjects["/" + m.group(3)])
            if obj.get("/Subtype") != "/Image":
                continue
            out.append({"page": n, "name": m.group(3), "w_pt": float(m.group(1)),
                        "h_pt": float(m.group(2)), "px": (obj["/Width"], obj["/Height"]),
                        "colorspace": obj["/ColorSpace"], "filter": obj.get("/Filter"),
                        "data": obj._data})
    return out


def test_parts_in_order_with_captions_and_credits(kit_pdf: tuple[Any, bytes, PhotoCache]) -> None:
    kit, data, _cache = kit_pdf
    pages = [squash(t) for t in page_texts(data)]
    title = squash(kit.release.title)
    assert title in pages[0]
    first_doc = next(i for i, t in enumerate(pages) if squash("Héliade-2 en chiffres") in t
                     and "Fichetechnique" in t)
    bio = next(i for i, t in enumerate(pages) if "Biographie" in t and "ClaireDumoulin" in t)
    photos = next(i for i, t in enumerate(pages) if t.count("Photos") >= 2)  # header + H1
    assert 0 < first_doc < bio < photos
    assert all("–FIN–" not in t for t in pages[first_doc:])  # the end mark ends the release
    assert any("–FIN–" in t for t in pages[:first_doc])
    text = "".join(pages[photos:])
    for _name, _data, caption, credit, rights, _alt in photo_specs():
        # Typeset as the release: French apostrophes, user markup printed as text.
        caption = caption.replace("'", "’")
        assert squash(caption) in text
        assert squash(f"Crédit\u00a0: {credit}") in text
        if rights:
            assert squash(rights) in text
    assert squash("<b>R&D</b>") in text
    order = [text.find(squash(c.replace("'", "’"))) for _n, _d, c, *_ in photo_specs()]
    assert order == sorted(order)


def test_release_pages_are_the_release_pdf(kit_pdf: tuple[Any, bytes, PhotoCache]) -> None:
    kit, data, _cache = kit_pdf
    alone = page_texts(render_pdf(compose(kit.release)).data)
    in_kit = page_texts(data)
    total = len(in_kit)

    def without_page_label(text: str, m: int) -> str:
        return re.sub(rf"Page \d+ / {m}", "", text)

    for k, page in enumerate(alone):
        assert without_page_label(in_kit[k], total) == without_page_label(page, len(alone))


def test_page_numbers_run_across_the_kit(kit_pdf: tuple[Any, bytes, PhotoCache]) -> None:
    _kit, data, _cache = kit_pdf
    pages = page_texts(data)
    total = len(pages)
    assert total >= 6
    for n, text in enumerate(pages, start=1):
        assert f"Page {n} / {total}" in text


def test_outline_has_one_entry_per_part(kit_pdf: tuple[Any, bytes, PhotoCache]) -> None:
    kit, data, _cache = kit_pdf
    r = reader(data)
    titles = [(e["/Title"], r.get_destination_page_number(e)) for e in r.outline]
    pages = page_texts(data)
    assert [t for t, _p in titles] == [kit.release.title, "Héliade-2 en chiffres",
                                       "Claire Dumoulin", "Photos"]
    assert titles[0][1] == 0
    for title, page in titles[1:]:
        assert squash(title) in squash(pages[page])
    assert [p for _t, p in titles] == sorted({p for _t, p in titles})
    assert r.trailer["/Root"]["/PageMode"] == "/UseOutlines"


def test_tagged_and_the_checker_finds_nothing(kit_pdf: tuple[Any, bytes, PhotoCache]) -> None:
    _kit, data, _cache = kit_pdf
    assert pdfinfo(data)["Tagged"] == "yes"
    status, report = pdfua_findings(data)
    assert status == 0, report


def _struct(data: bytes) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []

    def walk(node: Any) -> None:
        node = resolve(node)
        if isinstance(node, list):
            for kid in node:
                walk(kid)
            return
        if not hasattr(node, "get") or node.get("/Type") not in ("/StructElem", None):
            return
        if "/S" in node:
            found.append(node)
        if "/K" in node:
            walk(node["/K"])

    walk(reader(data).trailer["/Root"]["/StructTreeRoot"]["/K"])
    return found


def test_figures_carry_the_alt_text_and_each_part_an_h1(
        kit_pdf: tuple[Any, bytes, PhotoCache]) -> None:
    kit, data, _cache = kit_pdf
    elems = _struct(data)
    alts = [str(e.get("/Alt")) for e in elems if e["/S"] == "/Figure"]
    specs = photo_specs()
    expected = [alt or caption.replace("'", "’") for _n, _d, caption, _c, _r, alt in specs]
    assert alts[-len(specs):] == expected  # the letterhead logo's figure comes first
    h1 = [e for e in elems if e["/S"] == "/H1"]
    assert len(h1) == 1 + len(kit.documents()) + 1  # release, each document, photos


def test_photos_upright_srgb_and_at_most_300_dpi(kit_pdf: tuple[Any, bytes, PhotoCache]) -> None:
    kit, data, _cache = kit_pdf
    images = [i for i in photo_images(data) if i["name"].startswith("FormXob.kit")]
    assert len(images) == len(photo_specs())
    for img in images:
        w_px, h_px = img["px"]
        assert w_px / (img["w_pt"] / 72) <= 300.01
        assert h_px / (img["h_pt"] / 72) <= 300.01
        assert img["colorspace"] in ("/DeviceRGB", "/DeviceGray")  # the CMYK one too
        assert list(img["filter"]) == ["/DCTDecode"]
        assert img["w_pt"] <= FRAME_WIDTH_PT + 0.01
    landscape, portrait, rotated, cmyk, small = images
    # The big ones were downscaled; a 2600 px photo across ~480 pt would be over 380 dpi.
    assert landscape["px"][0] < 2600
    assert portrait["px"][1] < 3600
    # EXIF orientation 6: stored 2000 × 1500, printed upright as a portrait.
    assert rotated["px"][1] > rotated["px"][0]
    im = Image.open(io.BytesIO(rotated["data"]))
    assert im.size == tuple(rotated["px"])
    # The photo small enough for its printed size is the original, not re-encoded.
    original = kit.media_bytes(next(p for p in kit.photos() if p.original_name == "petite.jpg"))
    assert small["data"] == original
    assert cmyk["data"][:2] == b"\xff\xd8" and Image.open(io.BytesIO(cmyk["data"])).mode == "RGB"


def test_originals_are_untouched_in_the_kit(kit_pdf: tuple[Any, bytes, PhotoCache]) -> None:
    kit, _data, _cache = kit_pdf
    for (name, data, *_rest), photo in zip(photo_specs(), kit.photos(), strict=True):
        assert photo.original_name == name
        assert kit.media_bytes(photo) == data


def test_the_cache_spares_decoding_when_the_release_changes(
        kit_pdf: tuple[Any, bytes, PhotoCache]) -> None:
    kit, _data, cache = kit_pdf
    before = cache.decodes
    kit.release.title = "Un autre titre, tapé dans l'éditeur"
    again = render_kit_pdf(kit, cache=cache)
    assert cache.decodes == before
    assert "Un autre titre" in page_texts(again.data)[0]
    # A new caption length may change the printed size: only that photo is decoded again.
    first: Photo = kit.photos()[0]
    first.caption = " ".join(["Une légende bien plus longue que la première."] * 8)
    render_kit_pdf(kit, cache=cache)
    assert cache.decodes - before <= 1


def test_cache_is_bounded() -> None:
    kit = make_kit(documents=False)
    cache = PhotoCache(max_bytes=1)
    render_kit_pdf(kit, cache=cache)
    assert len(cache) == 1


def test_should_stop_cancels() -> None:
    kit = make_kit()
    calls = []

    def stop() -> bool:
        calls.append(1)
        return len(calls) > 5

    with pytest.raises(RenderCancelled):
        render_kit_pdf(kit, should_stop=stop)


def test_english_kit_more_mark_only_on_the_release() -> None:
    kit = make_kit(release="release-en.presskit")
    data = render_kit_pdf(kit).data
    pages = page_texts(data)
    release_pages = len(page_texts(render_pdf(compose(kit.release)).data))
    assert all("-more-" in p for p in pages[:release_pages - 1])
    assert all("-more-" not in p for p in pages[release_pages - 1:])
    assert "Fact sheet" in pages[release_pages]
    assert "Photo credits" not in "".join(pages)  # the credits list is the ZIP's, not the PDF's


def test_document_kinds_are_localized() -> None:
    kit = make_kit(photos=False)
    composed = compose_kit(kit)
    assert [d.blocks[0].text for d in composed.documents] == ["Fiche technique", "Biographie"]  # type: ignore[attr-defined]
    assert composed.title.startswith("Dossier de presse\u00a0: ")
    # A document has no dateline, release line, contacts or end mark of its own.
    texts = composed.documents[0].plain_text_blocks()
    assert "– FIN –" not in texts and not any("DIFFUSION" in t for t in texts)


def test_documents_composed_once_while_the_release_changes() -> None:
    kit = make_kit(photos=False)
    cache = PhotoCache()
    first = compose_kit(kit, memo=cache).documents
    kit.release.title = "Un titre retouché"
    again = compose_kit(kit, memo=cache)
    assert [a is b for a, b in zip(first, again.documents, strict=True)] == [True, True]
    assert again.release.meta.title == "Un titre retouché"
    kit.documents()[0].body += "\n\nUn paragraphe ajouté."
    kit.release.letterhead.organization = "Institut orbital des Alpes"
    edited = compose_kit(kit, memo=cache).documents
    assert edited[0] is not first[0] and edited[1] is not first[1]  # the letterhead changed
    assert "Un paragraphe ajouté." in edited[0].plain_text_blocks()
    assert edited[1].letterhead.organization == "Institut orbital des Alpes"


def test_png_tiff_and_webp_photos_print_as_jpeg() -> None:
    from presskit.kit.model import Kit
    from tests.presskit.kit import factory
    from tests.presskit.kit.outputs_kit import big_picture

    kit: Kit = make_kit(photos=False, documents=False)
    rgba = big_picture((900, 600), 30).convert("RGBA")
    rgba.putalpha(128)
    for name, data in (("alpha.png", factory.png(rgba)),
                       ("scan.tif", factory.tiff(big_picture((700, 900), 90))),
                       ("web.webp", factory.webp(big_picture((800, 500), 150)))):
        entry = kit.add_media(name, data)
        kit.items.append(Photo(entry, caption=name, credit="IOV", alt=f"Photo {name}",
                               original_name=name))
    data = render_kit_pdf(kit).data
    images = [i for i in photo_images(data) if i["name"].startswith("FormXob.kit")]
    assert [list(i["filter"]) for i in images] == [["/DCTDecode"]] * 3
    assert [i["px"] for i in images] == [(900, 600), (700, 900), (800, 500)]
    # The half-transparent PNG is flattened on white, not on black.
    flat = Image.open(io.BytesIO(images[0]["data"])).convert("RGB")
    assert min(flat.getpixel((450, 5))) > 100
    status, report = pdfua_findings(data)
    assert status == 0, report


def test_running_heads_and_page_numbers_are_not_content(
        kit_pdf: tuple[Any, bytes, PhotoCache]) -> None:
    from tests.presskit.renderers.tagged_probe import struct_text

    _kit, data, _cache = kit_pdf
    rows = struct_text(data)
    text = " ".join(t for _d, _r, t in rows)
    assert not re.search(r"Page \d+ / \d+", text)
    # "Photos" is content once (the H1), never as the slim header of the photo pages.
    assert [r for _d, r, t in rows if t == "Photos"] == ["H1"]
    assert [t for _d, r, t in rows if r == "H1"][1:] == ["Héliade-2 en chiffres",
                                                         "Claire Dumoulin", "Photos"]


def test_a_fact_sheet_table_prints_as_a_list() -> None:
    from presskit import doctree
    from presskit.kit.compose import compose_document
    from presskit.kit.model import KitDocument

    kit = make_kit(photos=False, documents=False)
    body = ("| | |\n|---|---|\n| Masse au lancement | 1 140 kg |\n| Orbite | 790 km |\n\n"
            "```\n| code | stays |\n|---|---|\n```\n\nTexte | avec un trait\n")
    doc = compose_document(KitDocument("Chiffres clés", body), kit.release)
    lists = [b for b in doc.blocks if isinstance(b, doctree.ListBlock)]
    assert [doctree.runs_text(i.runs) for i in lists[0].items] == [
        "Masse au lancement\u00a0: 1\u202f140\u00a0kg", "Orbite\u00a0: 790\u00a0km"]
    assert lists[0].items[0].runs[0].bold and lists[0].items[0].runs[0].text == "Masse au lancement"
    texts = doc.plain_text_blocks()
    assert not any("Masse au lancement |" in t or "| |" in t for t in texts)
    assert any("| code | stays |" in t for t in texts)  # a code block is left as typed
    assert "Texte | avec un trait" in texts  # a pipe in running text is not a table


def test_huge_captions_and_empty_ones_lay_out() -> None:
    kit = make_kit(documents=False)
    photos = kit.photos()
    photos[0].caption = "Une très longue légende. " * 900  # three pages of caption
    photos[1].caption = photos[1].credit = photos[1].rights = ""
    photos[2].credit = "X" * 3000  # one word wider than the page
    data = render_kit_pdf(kit).data
    from tests.presskit.renderers.tagged_probe import struct_text

    # One P over four pages (the running heads between its pages are artifacts).
    captions = [squash(t) for _d, role, t in struct_text(data) if role == "P"
                and "très longue légende" in t]
    assert len(captions) == 1 and captions[0].count(squash("Une très longue légende.")) == 900
    assert "X" * 200 in squash("".join(page_texts(data)))
    images = [i for i in photo_images(data) if i["name"].startswith("FormXob.kit")]
    assert len(images) == 5


@pytest.mark.parametrize("locale, fact_sheet, press_kit, credit", [
    ("fr_FR", "Fiche technique", "Dossier de presse", "Crédit : {credit}"),
    ("de_DE", "Faktenblatt", "Pressemappe", "Foto: {credit}"),
    ("es_ES", "Ficha técnica", "Dosier de prensa", "Crédito: {credit}"),
    ("it_IT", "Scheda tecnica", "Cartella stampa", "Credito: {credit}"),
    ("en_GB", "Fact sheet", "Press kit", "Credit: {credit}"),
    ("en_US", "Fact sheet", "Press kit", "Credit: {credit}"),
])
def test_kit_labels_in_every_catalog(locale: str, fact_sheet: str, press_kit: str,
                                     credit: str) -> None:
    from presskit.kit.labels import DOCUMENT_KIND_LABELS, kit_labels_for
    from presskit.labels import CATALOG_LANGUAGES

    assert locale.split("_")[0] in {c.split("_")[0] for c in CATALOG_LANGUAGES}
    labels = kit_labels_for(locale)
    assert (labels.kind_of("factsheet"), labels.press_kit, labels.credit_line) == (
        fact_sheet, press_kit, credit)
    assert labels.kind_of("a-kind-from-a-newer-presskit") == labels.kind_of("document")
    if not locale.startswith("en"):  # every kind translated, none left in English
        for kind, english in DOCUMENT_KIND_LABELS.items():
            if kind != "document":
                assert labels.kind_of(kind) != english
