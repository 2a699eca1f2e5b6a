"""Preflight messages in the interface language, from the ``preflight`` gettext catalog.

The English source strings are marked with ``N_``; ``make catalogs`` extracts them into
``resources/locale/preflight.pot`` and compiles
``presskit_resources/locale/<lang>/LC_MESSAGES/preflight.mo``. A message names fields the
way the form labels them ("the headline", "contact 2"), never by the draft's keys.
"""

from __future__ import annotations

from collections.abc import Callable

DOMAIN = "preflight"


def N_(message: str) -> str:
    return message


NO_HEADLINE = N_("The release has no headline.")
EMPTY_BODY = N_("The release has no body text.")
HEADLINE_LENGTH = N_("The headline is {n} characters long; newswires cut headlines after {limit}.")
SUBHEADLINE_LENGTH = N_("The subheadline is {n} characters long; keep it under {limit}.")
LENGTH = N_("The release runs to {pages} pages; keep it to {limit}.")
LENGTH_ESTIMATE = N_("The release runs to about {pages} pages; keep it to {limit}.")
EMBARGO_PAST = N_("The embargo ({when}) is already past.")
NO_CONTACTS = N_("The release has no press contact.")
CONTACT_UNREACHABLE = N_("Contact {n} ({name}) has neither a phone number nor an email address.")
EMAIL = N_("Contact {n}: “{value}” is not a valid email address.")
PHONE = N_("Contact {n}: “{value}” is not a valid phone number in {country}.")
PHONE_NO_COUNTRY = N_("Contact {n}: “{value}” is not a valid phone number (no country known: "
                      "add +country code).")
STALE_CONTACT = N_("Contact {n} ({name}) was last verified in the contact book on {date}, "
                   "more than {months} months ago.")
STALE_CONTACT_UPDATED = N_("Contact {n} ({name}) has never been verified in the contact book; "
                           "its entry was last changed on {date}, more than {months} months ago.")
STALE_CONTACT_UNKNOWN = N_("Contact {n} ({name}) has never been verified in the contact book.")
GLYPH = N_("{where}: no available font can print {chars}.")
LINK_TEXT = N_("{where}: the link text “{text}” does not say where it leads.")
LINK_URL = N_("{where}: the link “{url}” is not a valid web address.")
CONTRAST_ACCENT = N_("The letterhead colour {color} has a contrast of {ratio}:1 on white, under "
                     "the 4.5:1 minimum for text; text is printed in {darker} instead.")
CONTRAST_COLOR = N_("{where}: the colour {color} has a contrast of {ratio}:1 on white, under "
                    "the 4.5:1 minimum for text.")
CONTRAST_MALFORMED = N_("The letterhead colour “{color}” is not a colour like #1F3A5F.")
SPELLING = N_("{where}: “{word}” is not in the {language} dictionary.")
SPELLING_SUGGEST = N_("{where}: “{word}” is not in the {language} dictionary (did you mean {suggestions}?).")
NO_DICTIONARY = N_("No {language} dictionary installed: install {package}.")
NO_ENCHANT = N_("Spelling is not checked: the Enchant library is missing ({detail}).")
ALT_TEXT = N_("Photo {n} ({name}) has no alt text.")
CREDIT = N_("Photo {n} ({name}) has no credit.")
RESOLUTION = N_("Photo {n} ({name}) is {width} × {height} px; print needs at least {minimum} px "
                "on the long side.")
RESOLUTION_UNREADABLE = N_("Photo {n} ({name}) cannot be read as an image.")

# Where a text is, as a reader of the form would name it.
WHERE_TITLE = N_("Headline")
WHERE_SUBTITLE = N_("Subheadline")
WHERE_BODY = N_("Body text")
WHERE_BOILERPLATE = N_("About the organisation")
WHERE_QUOTE = N_("Quote {n}")
WHERE_QUOTE_SPEAKER = N_("Quote {n}, speaker")
WHERE_QUOTE_ROLE = N_("Quote {n}, role")
WHERE_CONTACT = N_("Contact {n}")
WHERE_PLACE = N_("Place")
WHERE_LETTERHEAD = N_("Letterhead")
WHERE_FOOTER = N_("Letterhead footer")
WHERE_DOCUMENT = N_("Document {n} ({name})")
WHERE_DOCUMENT_TITLE = N_("Document {n}, title")
WHERE_PHOTO = N_("Photo {n}")
WHERE_LINK = N_("Link {n}")
WHERE_ITEM = N_("Kit item {n}")
WHERE_EMBARGO = N_("Embargo")
WHERE_LANGUAGE = N_("Release language")
WHERE_CONTACTS = N_("Press contacts")
WHERE_ACCENT = N_("Accent colour")

LIST_SEPARATOR = N_(", ")
QUOTED = N_("“{text}”")
OR = N_(" or ")


def translator(ui_language: str) -> Callable[[str], str]:
    """``gettext`` for the interface language (English when there is no catalog)."""
    from presskit.catalogs import translations

    return translations(DOMAIN, ui_language.replace("-", "_") or "en").gettext


def language_name(locale: str, ui_language: str) -> str:
    """The release language's name in the interface language ("French", "français")."""
    from babel import Locale, UnknownLocaleError

    try:
        name = Locale.parse(locale.replace("-", "_")).get_display_name(
            Locale.parse(ui_language.replace("-", "_") or "en"))
    except (ValueError, UnknownLocaleError):
        return locale
    return name or locale


def number(value: float, ui_language: str, pattern: str = "#,##0") -> str:
    """*value* written the interface language's way ("1,500" / "1 500", "4.47" / "4,47")."""
    from babel.numbers import format_decimal

    try:
        return str(format_decimal(value, pattern, locale=ui_language.replace("-", "_") or "en"))
    except (ValueError, LookupError):
        return str(value)
