"""Export labels in the release language, from babel-managed gettext catalogs.

The English source strings are marked with ``N_`` below; ``make catalogs`` runs
``pybabel extract/update/compile`` on them. The compiled catalogs ship in
``presskit_resources/locale/<lang>/LC_MESSAGES/labels.mo``.
"""

from __future__ import annotations

import functools
import gettext
from dataclasses import dataclass

DOMAIN = "labels"
CATALOG_LANGUAGES = ("en", "en_GB", "fr", "de", "es", "it")


def N_(message: str) -> str:
    return message


KIND_LABELS = {
    "press_release": N_("Press release"),
    "media_advisory": N_("Media advisory"),
    "statement": N_("Statement"),
}
IMMEDIATE_RELEASE = N_("FOR IMMEDIATE RELEASE")
EMBARGO = N_("EMBARGOED UNTIL {time}, {date}")
ABOUT = N_("About {organization}")
PRESS_CONTACTS = N_("Press contacts")
PAGE_N_OF_M = N_("Page {n} / {m}")
REFERENCE = N_("Ref. {reference}")
DATELINE = N_("{place}, {date}")
END_MARK = N_("###")
PHONE = N_("Tel.")
EMAIL = N_("Email")
ATTRIBUTION = N_("{speaker}, {role}")

# Languages whose press releases carry a "for immediate release" line by convention.
_IMMEDIATE_RELEASE_LANGS = {"en", "fr", "es", "it"}
# Languages with a "-more-" mark at the foot of every page but the last.
_MORE_MARK_LANGS = {"en"}


@dataclass(frozen=True)
class Labels:
    """Every label of a release in one language, already translated."""

    locale: str
    kind: dict[str, str]
    immediate_release: str | None
    embargo: str
    about: str
    press_contacts: str
    page_n_of_m: str
    reference: str
    dateline: str
    end_mark: str
    phone: str
    email: str
    attribution: str
    more_mark: str | None

    def about_org(self, organization: str) -> str:
        if self.locale.startswith("fr") and organization:
            # The French catalog says "À propos {organization}"; the article goes with the name.
            organization = french_de(organization)
        return self.about.format(organization=organization).strip()


# French needs the article an organisation's name takes: "de l’Institut", "du Centre",
# "de la Fondation"; a proper name takes "de"/"d’" alone ("d’Airbus", "de Thales").
_FR_MASCULINE = {"centre", "conseil", "ministère", "laboratoire", "musée", "groupe", "syndicat",
                 "comité", "consortium", "pôle", "service", "département", "cabinet", "réseau",
                 "collectif", "parc", "port", "théâtre", "festival", "club", "bureau", "haut"}
_FR_FEMININE = {"fondation", "société", "commission", "ville", "région", "fédération",
                "chambre", "direction", "mairie", "communauté", "maison", "cité", "banque",
                "compagnie", "préfecture", "mission", "délégation", "bibliothèque"}
_FR_ELIDED_NOUNS = {"institut", "agence", "université", "observatoire", "office", "association",
                    "académie", "école", "établissement", "union", "organisation", "entreprise",
                    "autorité", "hôpital", "assemblée", "administration",
                    "opéra", "alliance", "inspection"}
_VOWELS = "AEIOUYÂÊÎÔÛÉÈÀHaeiouyâêîôûéèàh"


def french_de(name: str) -> str:
    """"de" + the name with the article French requires: "de l’Institut orbital"."""
    first = name.split(" ", 1)[0].lower().strip("’'")
    if first in ("le", "la", "les", "l"):
        rest = name.split(" ", 1)[1] if " " in name else ""
        if first == "le":
            return f"du {rest}"
        if first == "les":
            return f"des {rest}"
        return f"de {name}"
    if first in _FR_ELIDED_NOUNS:
        return f"de l’{name}"
    if first in _FR_MASCULINE:
        return f"du {name}"
    if first in _FR_FEMININE:
        return f"de la {name}"
    return f"d’{name}" if name[:1] in _VOWELS else f"de {name}"


def translations(locale: str) -> gettext.NullTranslations:
    """The release labels' catalog for *locale* (kit labels share it)."""
    from presskit import catalogs

    return catalogs.translations(DOMAIN, locale)


def has_catalog(locale: str) -> bool:
    return type(translations(locale)) is not gettext.NullTranslations


@functools.cache
def labels_for(locale: str) -> Labels:
    t = translations(locale)
    g = t.gettext
    lang = locale.split("_")[0]
    return Labels(
        locale=locale,
        kind={k: g(v) for k, v in KIND_LABELS.items()},
        immediate_release=g(IMMEDIATE_RELEASE) if lang in _IMMEDIATE_RELEASE_LANGS else None,
        embargo=g(EMBARGO),
        about=g(ABOUT),
        press_contacts=g(PRESS_CONTACTS),
        page_n_of_m=g(PAGE_N_OF_M),
        reference=g(REFERENCE),
        dateline=g(DATELINE),
        end_mark=g(END_MARK),
        phone=g(PHONE),
        email=g(EMAIL),
        attribution=g(ATTRIBUTION),
        more_mark="-more-" if lang in _MORE_MARK_LANGS else None,
    )
