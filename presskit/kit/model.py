"""The press kit in memory: the release, then its items in order. No I/O here.

A kit is what a press office hands to journalists (a "dossier de presse"): the release,
then fact sheets, backgrounders, biographies and a Q&A (Markdown documents), photos with
their caption, credit and rights, logos, and links to video. ``container`` stores a kit as
one ``.presskit-kit`` ZIP; this module only says what a kit is.

Media bytes (photos, logos) are kept exactly as added: ``Kit.media`` maps the entry name
inside the container to the original bytes, which are never re-encoded. Every item keeps
the manifest keys this version does not know in ``extra``, so a newer Presskit's additions
survive a round trip through this one.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Literal

from presskit.model import Release

KIT_FORMAT = 1  # the "presskit-kit" manifest version this Presskit writes and reads
MIMETYPE = "application/x-presskit-kit"
SUFFIX = ".presskit-kit"

# The kinds of a Markdown document, in the order a dossier de presse usually has them.
DOCUMENT_KINDS = ("factsheet", "backgrounder", "biography", "qa", "document")

ItemKind = Literal["document", "photo", "logo", "link"]
MEDIA_PREFIX = "media/"


_LETTERS = str.maketrans({"ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o",
                          "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "þ": "th"})


def slug(text: str, *, default: str = "item", max_len: int = 40) -> str:
    """ASCII, lower case, words joined by '-': "Fiche d'identité" -> "fiche-d-identite"."""
    # Accents go, other non-ASCII characters (’, —, ß) separate words.
    text = text.translate(_LETTERS)
    bare = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    ascii_text = bare.encode("ascii", "replace").decode("ascii")
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    out = "-".join(words)[:max_len].strip("-")
    return out or default


@dataclass
class KitDocument:
    """A fact sheet, backgrounder, biography or Q&A: Markdown, composed like the release."""

    title: str
    body: str = ""  # Markdown, the same dialect as the release body
    doc_kind: str = "factsheet"  # one of DOCUMENT_KINDS
    extra: dict[str, Any] = field(default_factory=dict)
    kind: ItemKind = field(default="document", init=False)


@dataclass
class Photo:
    """A photo as the photo desk shipped it, with what a journalist must print under it."""

    file: str  # entry name in the container, e.g. "media/01-launch-pad.jpg"
    caption: str = ""
    credit: str = ""  # "CNES/ESA/Arianespace"
    rights: str = ""  # "© CNES 2018 – usage presse uniquement"
    alt: str = ""  # alt text for the tagged PDF and the newsroom page
    date: str = ""  # optional ISO date (YYYY-MM-DD) the photo was taken
    original_name: str = ""  # the file name it was added from
    extra: dict[str, Any] = field(default_factory=dict)
    kind: ItemKind = field(default="photo", init=False)


@dataclass
class Logo:
    """A logo file, kept as added (SVG, PNG, EPS…); journalists get it in ``logos/``."""

    file: str  # entry name in the container, e.g. "media/logo-cnes.svg"
    title: str = ""
    original_name: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
    kind: ItemKind = field(default="logo", init=False)


@dataclass
class Link:
    """A link to material too large for the kit: B-roll, video, an image bank."""

    url: str
    description: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
    kind: ItemKind = field(default="link", init=False)


KitItem = KitDocument | Photo | Logo | Link


@dataclass
class Kit:
    """The release and its items, in the order they are printed and listed."""

    release: Release
    items: list[KitItem] = field(default_factory=list)
    media: dict[str, bytes] = field(default_factory=dict)  # entry name -> original bytes
    extra: dict[str, Any] = field(default_factory=dict)  # unknown top-level manifest keys

    def documents(self) -> list[KitDocument]:
        return [i for i in self.items if isinstance(i, KitDocument)]

    def photos(self) -> list[Photo]:
        return [i for i in self.items if isinstance(i, Photo)]

    def logos(self) -> list[Logo]:
        return [i for i in self.items if isinstance(i, Logo)]

    def links(self) -> list[Link]:
        return [i for i in self.items if isinstance(i, Link)]

    def media_bytes(self, item: Photo | Logo) -> bytes:
        """The original bytes of a photo or logo (KeyError if the kit lacks them)."""
        return self.media[item.file]

    def add_media(self, original_name: str, data: bytes) -> str:
        """Keep *data* as added under a new entry name, ``media/NN-slug.ext``; returns the name.

        NN is one more than the highest number in use, so names stay unique and stable
        when items are reordered or removed.
        """
        stem, dot, ext = original_name.rpartition(".")
        if not dot:
            stem, ext = original_name, ""
        ext = re.sub(r"[^a-z0-9]", "", ext.lower())[:8]
        used = [int(m.group(1)) for name in self.media
                if (m := re.match(r"media/(\d+)-", name))]
        number = max(used, default=0) + 1
        name = f"{MEDIA_PREFIX}{number:02d}-{slug(stem.rpartition('/')[2] or stem)}"
        if ext:
            name += "." + ext
        self.media[name] = data
        return name
