"""Phone numbers as journalists expect to read them, with phonenumbers (offline).

A number prints in the national format when it belongs to the release's
country ("01 44 76 75 39" in a French release) and in international format
otherwise ("+33 1 44 76 75 39" in an English one). Anything phonenumbers
cannot parse is kept exactly as typed.
"""

from __future__ import annotations

from typing import Any

# Country assumed for a bare language code, for numbers typed without +CC.
_DEFAULT_COUNTRY = {"fr": "FR", "en": "US", "de": "DE", "es": "ES", "it": "IT", "pt": "PT",
                    "nl": "NL", "pl": "PL", "ru": "RU", "ja": "JP", "zh": "CN", "ar": "SA"}


def release_country(locale: str) -> str | None:
    """The country of a CLDR locale: fr_FR -> FR, bare fr -> FR, en -> US."""
    parts = locale.replace("-", "_").split("_")
    for part in parts[1:]:
        if len(part) == 2 and part.isalpha():
            return part.upper()
    return _DEFAULT_COUNTRY.get(parts[0].lower())


def parse(raw: str, region: str | None) -> Any:
    """Return a phonenumbers.PhoneNumber or None."""
    import phonenumbers

    try:
        num = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        return None
    return num if phonenumbers.is_possible_number(num) else None


def format_number(raw: str, release_region: str | None, number_region: str | None = None) -> tuple[str, bool]:
    """Format *raw* for a release in *release_region*. Returns (text, parsed_ok).

    *number_region* is the region assumed for a number typed without +CC
    (the contact's country); by default the release's.
    """
    import phonenumbers

    num = parse(raw, number_region or release_region)
    if num is None:
        return raw, False
    region = phonenumbers.region_code_for_number(num)
    fmt = (phonenumbers.PhoneNumberFormat.NATIONAL if region and region == release_region
           else phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return phonenumbers.format_number(num, fmt), True


def format_for_release(raw: str, locale: str) -> str:
    text, _ = format_number(raw, release_country(locale))
    return text
