"""Field paths named the way the form names them, in English and French."""

from __future__ import annotations

import pytest

from presskit.kit.model import Kit, KitDocument, Link, Photo
from presskit.model import Release
from presskit.preflight.fields import field_label


@pytest.mark.parametrize(("path", "en", "fr"), [
    ("title", "Headline", "Titre"),
    ("subtitle", "Subheadline", "Sous-titre"),
    ("body", "Body text", "Texte du communiqué"),
    ("boilerplate", "About the organisation", "À propos de l’organisation"),
    ("quotes[1].text", "Quote 2", "Citation 2"),
    ("quotes[0].speaker", "Quote 1, speaker", "Citation 1, auteur"),
    ("contacts[2].email", "Contact 3", "Contact 3"),
    ("contacts", "Press contacts", "Contacts presse"),
    ("embargo", "Embargo", "Embargo"),
    ("language", "Release language", "Langue du communiqué"),
    ("letterhead.color", "Accent colour", "Couleur d’accent"),
    ("letterhead.footer", "Letterhead footer", "Pied de page de l’en-tête"),
    ("items[3].alt", "Kit item 4", "Élément 4 du dossier"),
    ("something.new", "something.new", "something.new"),
])
def test_labels(path: str, en: str, fr: str) -> None:
    assert field_label(path, "en") == en
    assert field_label(path, "fr") == fr


def test_kit_items_are_numbered_within_their_kind() -> None:
    kit = Kit(Release(), items=[KitDocument("Fact sheet"), Photo("media/a.jpg"),
                                KitDocument("Q&A"), Photo("media/b.jpg"), Link("https://x.example")])
    assert field_label("items[2].body", "en", kit) == "Document 2 (Q&A)"
    assert field_label("items[2].title", "fr", kit) == "Document 2, titre"
    assert field_label("items[3].alt", "en", kit) == "Photo 2"
    assert field_label("items[4].url", "fr", kit) == "Lien 1"
