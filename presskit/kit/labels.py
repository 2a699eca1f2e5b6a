"""The press kit's labels in the release language, from the same gettext catalogs as the
release's (``resources/locale/<lang>/LC_MESSAGES/labels.po``).

The English sources are marked with ``N_``; ``make catalogs`` extracts them with those of
``presskit/labels.py``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from presskit.labels import N_, translations  # translations: the release labels catalogs

# The kind printed above a document's title, per ``KitDocument.doc_kind``.
DOCUMENT_KIND_LABELS = {
    "factsheet": N_("Fact sheet"),
    "backgrounder": N_("Backgrounder"),
    "biography": N_("Biography"),
    "qa": N_("Questions and answers"),
    "document": N_("Document"),
}
PRESS_KIT = N_("Press kit")
PHOTOS = N_("Photos")
PHOTO_CREDITS = N_("Photo credits")
CREDIT_LINE = N_("Credit: {credit}")
CAPTION = N_("Caption")
CREDIT = N_("Credit")
RIGHTS = N_("Rights")
DOCUMENTS = N_("Documents")
LOGOS = N_("Logos")
LINKS = N_("Videos and links")
ORIGINAL = N_("Original, {width} × {height} px")
PHOTO_N = N_("Photo {n}")


@dataclass(frozen=True)
class KitLabels:
    """Every label of a kit in one language, already translated."""

    locale: str
    document_kind: dict[str, str]
    press_kit: str
    photos: str
    photo_credits: str
    credit_line: str
    caption: str
    credit: str
    rights: str
    documents: str
    logos: str
    links: str
    original: str
    photo_n: str

    def kind_of(self, doc_kind: str) -> str:
        """The label of a document kind; an unknown kind (a newer Presskit's) is a document."""
        return self.document_kind.get(doc_kind, self.document_kind["document"])


@functools.cache
def kit_labels_for(locale: str) -> KitLabels:
    g = translations(locale).gettext
    return KitLabels(
        locale=locale,
        document_kind={k: g(v) for k, v in DOCUMENT_KIND_LABELS.items()},
        press_kit=g(PRESS_KIT),
        photos=g(PHOTOS),
        photo_credits=g(PHOTO_CREDITS),
        credit_line=g(CREDIT_LINE),
        caption=g(CAPTION),
        credit=g(CREDIT),
        rights=g(RIGHTS),
        documents=g(DOCUMENTS),
        logos=g(LOGOS),
        links=g(LINKS),
        original=g(ORIGINAL),
        photo_n=g(PHOTO_N),
    )
