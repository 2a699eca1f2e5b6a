"""Compose a press kit: the release, each document and each photo's words, in the release's
language, typography and letterhead.

A document is composed as a release made of its title and Markdown body alone (no
contacts, quotes, dateline or end mark), so it gets the same cleaning, quotation marks,
French spacing and letterhead as the release; its kind label ("Fiche technique") comes from
the kit catalogs (``presskit.kit.labels``). Photo captions, credits and rights are cleaned
and typeset the same way. Nothing here lays anything out.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from presskit import doctree as dtree
from presskit.compose import compose, resolve_locale
from presskit.doctree import Document
from presskit.kit.images import PhotoCache
from presskit.kit.labels import KitLabels, kit_labels_for
from presskit.kit.model import Kit, KitDocument, Photo
from presskit.model import Release
from presskit.textclean import Warning, clean_text

# Blocks of a composed release that a kit document does not print.
_RELEASE_ONLY = (dtree.ReleaseLine, dtree.Meta, dtree.EndMark, dtree.SectionHeading,
                 dtree.ContactList, dtree.QuoteBlock)


@dataclass
class ComposedPhoto:
    """What is printed with a photo, typeset for the release language."""

    item: Photo
    number: int  # 1-based, in kit order
    caption: str
    credit: str
    rights: str
    alt: str  # the alt text; the caption, else "Photo N", when the kit gives none
    credit_line: str  # "Crédit : CNES/ESA — © CNES 2018 – usage presse uniquement"
    field: str  # "items[3]": where the editor finds the photo


@dataclass
class ComposedKit:
    release: Document
    documents: list[Document]
    photos: list[ComposedPhoto]
    labels: KitLabels
    title: str  # "Dossier de presse : <headline>", for the PDF's metadata and the newsroom
    warnings: list[Warning] = field(default_factory=list)
    typeset: Callable[[str], str] = str  # the release language's typography, for labels
    # The release's embargo line ("EMBARGOED UNTIL 10:00 GMT+2, 5 March 2026"), "" when it
    # has none: printed on every document and photo page, and in the newsroom page.
    embargo: str = ""

    def labelled(self, label: str, value: str) -> str:
        """"Légende : …" in the release language's typography."""
        return self.typeset(f"{label}: {value}")

    @property
    def locale(self) -> str:
        return self.release.meta.locale


_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")
_FENCE = re.compile(r"^\s*(```|~~~)")


def _cells(line: str) -> list[str]:
    line = line.strip()
    if line.startswith("|"):
        line = line[1:]
    if line.endswith("|") and not line.endswith("\\|"):
        line = line[:-1]
    return [c.strip().replace("\\|", "|") for c in re.split(r"(?<!\\)\|", line)]


def tables_as_lists(markdown: str) -> str:
    """Pipe tables (the key figures of a fact sheet) as lists: the body's Markdown has no
    tables, and would print their pipes. A row becomes "- **first cell** : the others";
    a header with any text, a bold line above the list. Code blocks are left alone."""
    lines = markdown.split("\n")
    out: list[str] = []
    i = 0
    fenced = False
    while i < len(lines):
        line = lines[i]
        if _FENCE.match(line):
            fenced = not fenced
        if (not fenced and "|" in line and i + 1 < len(lines) and "|" in lines[i + 1]
                and _TABLE_RULE.match(lines[i + 1])):
            header = [c for c in _cells(line) if c]
            if header:
                out += ["**" + " · ".join(header) + "**", ""]
            i += 2
            while i < len(lines) and "|" in lines[i] and lines[i].strip():
                cells = [c for c in _cells(lines[i]) if c]
                if cells:
                    rest = " · ".join(cells[1:])
                    out.append(f"- **{cells[0]}**" + (f": {rest}" if rest else ""))
                i += 1
            out.append("")
            continue
        out.append(line)
        i += 1
    return "\n".join(out)


def _document_release(release: Release, doc: KitDocument) -> Release:
    """The release reduced to a document's title and body, keeping language, letterhead and
    embargo."""
    return dataclasses.replace(
        release, title=doc.title, subtitle="", body=tables_as_lists(doc.body), quotes=[],
        contacts=[], boilerplate="", date=None, place="", reference="")


def _embargo_line(block: dtree.Block) -> bool:
    return isinstance(block, dtree.ReleaseLine) and block.embargo


def compose_document(doc: KitDocument, release: Release, *, field_prefix: str = "",
                     home_country: str | None = None) -> Document:
    """A kit document as a document tree: its kind label, the release's embargo line when it
    has one (a journalist handed the document alone must see it), its title (the H1) and its
    body.

    *field_prefix* ("items[2]") is put before every block's field and every warning's, so the
    editor can tell a document's "body" from the release's; the embargo line keeps the
    release's ``embargo`` field.
    """
    out = compose(_document_release(release, doc), home_country=home_country)
    labels = kit_labels_for(out.meta.locale)
    kind = labels.kind_of(doc.doc_kind)
    blocks: list[dtree.Block] = []
    for b in out.blocks:
        if isinstance(b, _RELEASE_ONLY) and not _embargo_line(b):
            continue
        if isinstance(b, dtree.KindLabel):
            b.text = kind
        if field_prefix and not _embargo_line(b):
            b.field = f"{field_prefix}.{b.field}" if b.field != "kind" else f"{field_prefix}.doc_kind"
        blocks.append(b)
    out.blocks = blocks
    out.meta.kind_label = kind
    out.meta.subject = ""
    out.meta.email_subject = ""
    if field_prefix:
        out.warnings = [Warning(f"{field_prefix}.{w.field}", w.message) for w in out.warnings]
    return out


def compose_kit(kit: Kit, *, home_country: str | None = None,
                memo: PhotoCache | None = None) -> ComposedKit:
    """The release exactly as ``compose`` makes it, then each document and each photo.

    With *memo* (the editor's cache), a document whose text, kind, place in the kit and
    the release's language and letterhead are unchanged is not composed again.
    """
    from presskit import typography

    def document(item: KitDocument, prefix: str) -> Document:
        def make() -> Document:
            return compose_document(item, kit.release, field_prefix=prefix,
                                    home_country=home_country)

        if memo is None:
            return make()
        r = kit.release
        key = ("kit-document", item.title, item.body, item.doc_kind, prefix, r.language,
               repr(r.letterhead), r.paper, home_country, r.embargo)
        doc: Document = memo.composed(key, make)
        return doc

    release_doc = compose(kit.release, home_country=home_country)
    locale = release_doc.meta.locale
    labels = kit_labels_for(locale)
    typo = typography.typesetter(
        locale, single_first=kit.release.letterhead.british_quotes == "single")
    warnings = list(release_doc.warnings)
    documents: list[Document] = []
    photos: list[ComposedPhoto] = []
    for index, item in enumerate(kit.items):
        prefix = f"items[{index}]"
        if isinstance(item, KitDocument):
            d = document(item, prefix)
            # The letterhead's own warnings (a logo left out) were given for the release.
            warnings.extend(w for w in d.warnings if not w.field.startswith(prefix + ".letterhead")
                            and not w.field.startswith(prefix + ".language"))
            documents.append(d)
        elif isinstance(item, Photo):
            def text(value: str, name: str, _prefix: str = prefix) -> str:
                return typo.text(clean_text(value, f"{_prefix}.{name}", warnings).strip())

            number = len(photos) + 1
            caption = text(item.caption, "caption")
            alt = text(item.alt, "alt") or caption or labels.photo_n.format(n=number)
            credit, rights = text(item.credit, "credit"), text(item.rights, "rights")
            # Either part alone when the other is empty.
            line = " — ".join([*([typo.text(labels.credit_line.format(credit=credit))]
                                 if credit else []), *([rights] if rights else [])])
            photos.append(ComposedPhoto(item, number, caption, credit, rights, alt, line,
                                        prefix))
    title = release_doc.meta.title
    kit_title = typo.text(f"{labels.press_kit}: {title}") if title else labels.press_kit
    embargo = next((b.text for b in release_doc.blocks
                    if isinstance(b, dtree.ReleaseLine) and b.embargo), "")
    return ComposedKit(release_doc, documents, photos, labels, kit_title, warnings, typo.text,
                       embargo)


__all__ = ["ComposedKit", "ComposedPhoto", "compose_document", "compose_kit", "resolve_locale"]
