"""The typography of each release language, as data: one table, every rule naming its authority.

The engine (:mod:`presskit.typography`) reads only this table, so what a language does
is written down here once: its quotation marks for each nesting level, its dash, whether
a number range takes an en dash, the French spaces and ordinals. The README's typography
section is this table in prose.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace

NBSP = "\u00a0"  # no-break space
NNBSP = "\u202f"  # narrow no-break space


@dataclass(frozen=True)
class Rule:
    """One rule in words, with the authority it follows (for the README and the tests)."""

    topic: str  # "quotes", "apostrophe", "ellipsis", "dash", "range", "spacing", ...
    says: str
    source: str


@dataclass(frozen=True)
class LanguageRules:
    code: str
    authority: str  # the style authority the language's rules follow
    # Quotation marks for each nesting level, outermost first; deeper levels cycle.
    quotes: tuple[tuple[str, str], ...]
    spaced_guillemets: bool = False  # a no-break space inside « » (French)
    french_spacing: bool = False  # no-break spaces before : ; ! ? and %
    dash: str = "–"  # what a spaced " - " or " -- " between words becomes
    dash_spaced: bool = True  # the dash keeps its spaces (False: "word—word", Chicago)
    dash_paired: bool = False  # Spanish raya: pairs set tight against the aside
    closed_double_hyphen: bool = False  # "word--word" is a dash too (US typewriter habit)
    range_dash: bool = False  # 2018-2020 -> 2018–2020
    thin_thousands: bool = False  # typed "4 200" -> narrow no-break space
    ordinals: bool = False  # 1er, 2e, XXIe: the letters set as superscripts
    elisions: tuple[str, ...] = ()  # words that begin with an apostrophe ('tis, 's)
    decades: bool = False  # '90s: the apostrophe of an abbreviated year
    rules: tuple[Rule, ...] = ()

    @property
    def single_first(self) -> bool:
        """The first level uses single marks (British house style)."""
        return self.quotes[0][0] in "‘‚‹"


_LEXIQUE = "Imprimerie nationale, Lexique des règles typographiques en usage à l'Imprimerie nationale"
_DUDEN = "Duden, Die deutsche Rechtschreibung (Regeln; Textverarbeitung und E-Mails)"
_CMOS = "The Chicago Manual of Style, 17th edition"
_HART = "New Hart's Rules, 2nd edition (Oxford)"
_RAE = "RAE and ASALE, Ortografía de la lengua española (2010)"
_LESINA = "Roberto Lesina, Il nuovo manuale di stile (Zanichelli)"

_EVERY_LANGUAGE = (
    Rule("never", "URLs, e-mail addresses, code (inline code, options such as --all, "
         "snake_case names, file names), times (10:30) and feet and inches (5'10\") are "
         "left exactly as typed", "the meaning of the text: none of these is prose"),
    Rule("unbalanced", "a quotation mark that opens and never closes, or closes and never "
         "opened, is left as typed (straight) and reported; it is never turned into an "
         "inverted mark", "the meaning of the text"),
)

FRENCH = LanguageRules(
    code="fr", authority=_LEXIQUE,
    quotes=(("«", "»"), ("“", "”")), spaced_guillemets=True, french_spacing=True,
    dash="–", thin_thousands=True, ordinals=True,
    rules=(
        Rule("quotes", "« » with a no-break space inside, then “ ” for a quotation within a "
             "quotation (chosen over ‹ ›), then « » again", f"{_LEXIQUE}: Guillemets"),
        Rule("apostrophe", "l'exploration → l’exploration", f"{_LEXIQUE}: Apostrophe"),
        Rule("spacing", "narrow no-break space before ; ! ?, no-break space before : and "
             "inside « »", f"{_LEXIQUE}: Espaces (tableau des espacements)"),
        Rule("ellipsis", "... → …, set tight against the word before", f"{_LEXIQUE}: "
             "Points de suspension"),
        Rule("dash", "a spaced hyphen (or --) between words → spaced en dash (tiret "
             "demi-cadratin)", f"{_LEXIQUE}: Tiret"),
        Rule("range", "2018-2020 keeps its hyphen (trait d'union between two dates)",
             f"{_LEXIQUE}: Trait d'union"),
        Rule("numbers", "spaces typed inside a number (4 200, 12 500 000) → narrow no-break "
             "spaces; no-break space before % and units (12,5 %, 790 km, 10 h 30); n° 5, "
             "M. Dupont, Mme Roux never split", f"{_LEXIQUE}: Nombres; Unités de mesure"),
        Rule("ordinals", "1er, 1re, 2e, 2d, XXIe: the letters are superscripts in the PDF and "
             "DOCX; the text and e-mail keep 1er, 2e", f"{_LEXIQUE}: Abréviations "
             "(adjectifs numéraux ordinaux)"),
    ),
)

GERMAN = LanguageRules(
    code="de", authority=_DUDEN,
    quotes=(("„", "“"), ("‚", "‘")), dash="–", range_dash=True, elisions=("s",),
    rules=(
        Rule("quotes", "„ “ then ‚ ‘ (halbe Anführungszeichen) for a quotation within a "
             "quotation, alternating deeper", f"{_DUDEN}: Anführungszeichen"),
        Rule("apostrophe", "geht's → geht’s", f"{_DUDEN}: Apostroph"),
        Rule("ellipsis", "... → …", f"{_DUDEN}: Auslassungspunkte"),
        Rule("dash", "a spaced hyphen (or --) between words → spaced en dash "
             "(Gedankenstrich)", f"{_DUDEN}: Gedankenstrich"),
        Rule("range", "2018-2020 → 2018–2020 (Bis-Strich)", f"{_DUDEN}: Bindestrich; "
             "Gedankenstrich (für „bis“)"),
        Rule("numbers", "no-break space between a number and its unit (790 km, 5 %)",
             f"{_DUDEN}: Zahlen und Ziffern"),
    ),
)

US_ENGLISH = LanguageRules(
    code="en_US", authority=_CMOS,
    quotes=(("“", "”"), ("‘", "’")), dash="—", dash_spaced=False,
    closed_double_hyphen=True, range_dash=True, decades=True,
    elisions=("tis", "twas", "em", "cause", "til", "n"),
    rules=(
        Rule("quotes", "“ ” then ‘ ’ for a quotation within a quotation, alternating deeper; "
             "a phrase typed in single quotes at the top level keeps single marks",
             f"{_CMOS}, ch. 6 (Quotation marks) and ch. 13 (Quotations within quotations)"),
        Rule("apostrophe", "it's → it’s; '90s → ’90s and rock 'n' roll → rock ’n’ roll (the "
             "apostrophe, never an opening quote)", f"{_CMOS}, ch. 7 (Apostrophes)"),
        Rule("ellipsis", "... → … (one character; spaced periods typed as . . . are left "
             "as typed)", f"{_CMOS}, ch. 13 (Ellipses)"),
        Rule("dash", "a spaced hyphen, -- or word--word → em dash with no space around it",
             f"{_CMOS}, ch. 6 (Em dashes)"),
        Rule("range", "2018-2020 → 2018–2020", f"{_CMOS}, ch. 6 (En dashes)"),
    ),
)

BRITISH_ENGLISH = replace(
    US_ENGLISH, code="en_GB", authority=_HART, dash="–", dash_spaced=True,
    closed_double_hyphen=False,
    rules=(
        Rule("quotes", "house style in the letterhead profile: double first (“ ” then ‘ ’), "
             "the default, or single first (‘ ’ then “ ”); alternating deeper",
             f"{_HART}, ch. 9 (Quotations and direct speech)"),
        Rule("apostrophe", "it's → it’s; '90s → ’90s", f"{_HART}, ch. 4 (Apostrophe)"),
        Rule("ellipsis", "... → …", f"{_HART}, ch. 4 (Ellipsis)"),
        Rule("dash", "a spaced hyphen (or --) between words → spaced en rule",
             f"{_HART}, ch. 4 (En rule)"),
        Rule("range", "2018-2020 → 2018–2020 (closed-up en rule)", f"{_HART}, ch. 4 (En rule)"),
    ),
)

SPANISH = LanguageRules(
    code="es", authority=_RAE,
    quotes=(("«", "»"), ("“", "”"), ("‘", "’")), dash="—", dash_paired=True,
    rules=(
        Rule("quotes", "« » (comillas angulares), then “ ”, then ‘ ’", f"{_RAE}, ch. III: "
             "Comillas"),
        Rule("apostrophe", "a typed ' inside a word → ’", f"{_RAE}, ch. III: Apóstrofo"),
        Rule("ellipsis", "... → …", f"{_RAE}, ch. III: Puntos suspensivos"),
        Rule("dash", "an aside between spaced hyphens → rayas set tight against the aside "
             "(texto —inciso— texto); a lone spaced hyphen → spaced raya", f"{_RAE}, ch. III: "
             "Raya"),
        Rule("range", "2018-2020 keeps its hyphen (guion between the numbers of an interval)",
             f"{_RAE}, ch. III: Guion"),
    ),
)

ITALIAN = LanguageRules(
    code="it", authority=_LESINA,
    quotes=(("«", "»"), ("“", "”")), dash="–",
    rules=(
        Rule("quotes", "« » (virgolette basse) then “ ” (virgolette alte), alternating deeper",
             f"{_LESINA}: Virgolette"),
        Rule("apostrophe", "l'anno → l’anno, un po' → un po’", f"{_LESINA}: Apostrofo"),
        Rule("ellipsis", "... → …", f"{_LESINA}: Puntini di sospensione"),
        Rule("dash", "a spaced hyphen (or --) between words → spaced lineetta (en dash)",
             f"{_LESINA}: Lineetta"),
        Rule("range", "2018-2020 keeps its hyphen (trattino)", f"{_LESINA}: Trattino"),
    ),
)

_NATIONAL = "national usage (quotation marks only; not audited against a style authority)"


def _marks_only(code: str, *levels: tuple[str, str]) -> LanguageRules:
    return LanguageRules(code=code, authority=_NATIONAL, quotes=levels, dash="–")


TABLE: dict[str, LanguageRules] = {
    "fr": FRENCH,
    "fr_CH": replace(FRENCH, code="fr_CH", quotes=(("«", "»"), ("‹", "›"))),
    "de": GERMAN,
    "de_CH": replace(GERMAN, code="de_CH", quotes=(("«", "»"), ("‹", "›"))),
    "en": US_ENGLISH,
    "en_GB": BRITISH_ENGLISH,
    "es": SPANISH,
    "it": ITALIAN,
    "pt": _marks_only("pt", ("«", "»"), ("“", "”")),
    "nl": _marks_only("nl", ("“", "”"), ("‘", "’")),
    "pl": _marks_only("pl", ("„", "”"), ("«", "»")),
    "ru": _marks_only("ru", ("«", "»"), ("„", "“")),
}
# Regions that share their language's rules with the British ones rather than the American.
_BRITISH_REGIONS = ("en_IE", "en_AU", "en_NZ", "en_ZA", "en_IN")


@functools.cache
def rules_for(locale: str, *, single_first: bool = False) -> LanguageRules:
    """The rules of a CLDR locale (``fr_FR``, ``de_CH``, ``en_GB``…); English for unknown ones.

    *single_first* is the British house style (letterhead profile): single quotation marks
    at the first level. It applies to British English only.
    """
    code = locale.replace("-", "_")
    lang = code.split("_")[0]
    if code in TABLE:
        rules = TABLE[code]
    elif code in _BRITISH_REGIONS:
        rules = TABLE["en_GB"]
    else:
        rules = TABLE.get(lang, TABLE["en"])
    if single_first and rules is BRITISH_ENGLISH:
        rules = replace(rules, quotes=(rules.quotes[1], rules.quotes[0]))
    return rules
