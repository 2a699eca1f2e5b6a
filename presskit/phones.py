"""Phone numbers as journalists expect to read them, with phonenumbers (offline).

Reading and printing are two separate questions:

- **Which country a number belongs to.** A number typed with ``+CC`` (or an
  international prefix) carries its own country. A number typed without one is
  read in the *contact's* country: the contact's own ``country``, else the home
  country (letterhead profile, then Preferences, then the system locale's
  territory). It is never read in a country guessed from the release's language:
  an English release does not make ``01 44 76 75 39`` an American number.
- **How it is printed.** Only a number phonenumbers calls *valid* for that
  country is reformatted: in the national format when it belongs to the
  release's country ("01 44 76 75 39" in a French release), in the international
  format otherwise ("+33 1 44 76 75 39" in an English one). Anything else, and
  any number whose digits would change beyond an added country code or a
  dropped trunk prefix, is printed exactly as typed.
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Mapping
from typing import Any

# Country of a bare language code, used only to choose national or international *display*.
_DEFAULT_COUNTRY = {"fr": "FR", "en": "US", "de": "DE", "es": "ES", "it": "IT", "pt": "PT",
                    "nl": "NL", "pl": "PL", "ru": "RU", "ja": "JP", "zh": "CN", "ar": "SA"}
# POSIX precedence of the variables that name the locale of telephone numbers.
_LOCALE_VARIABLES = ("LC_ALL", "LC_TELEPHONE", "LANG")


def release_country(locale: str) -> str | None:
    """The country of a CLDR locale: fr_FR -> FR, bare fr -> FR, en -> US.

    Used to decide whether a number prints in its national form; never to read one.
    """
    parts = locale.replace("-", "_").split("_")
    for part in parts[1:]:
        if len(part) == 2 and part.isalpha():
            return part.upper()
    return _DEFAULT_COUNTRY.get(parts[0].lower())


def region(code: str | None) -> str | None:
    """A two-letter ISO country code, upper-cased, or None for anything else."""
    value = (code or "").strip().upper()
    return value if len(value) == 2 and value.isascii() and value.isalpha() else None


def system_country(environ: Mapping[str, str] | None = None) -> str | None:
    """The territory of the system locale ("fr_FR.UTF-8" -> FR), or None (C, POSIX, unset)."""
    env = os.environ if environ is None else environ
    for name in _LOCALE_VARIABLES:
        value = env.get(name, "")
        if not value:
            continue
        base = value.split(".")[0].split("@")[0]
        if base in ("C", "POSIX"):
            return None
        parts = base.replace("-", "_").split("_")
        return region(parts[1]) if len(parts) > 1 else None
    return None


def home_country(*candidates: str | None) -> str | None:
    """The first usable country code among *candidates* (profile, preferences, system)."""
    for candidate in candidates:
        found = region(candidate)
        if found:
            return found
    return None


def _digits(text: str) -> str:
    """The ASCII digits of *text*, any script's decimal digits included ("٠١" -> "01")."""
    out = []
    for ch in text:
        if ch.isdigit():
            value = unicodedata.digit(ch, None)
            if value is not None:
                out.append(str(value))
    return "".join(out)


def parse(raw: str, number_region: str | None) -> Any:
    """A phonenumbers.PhoneNumber *valid* for its country, or None.

    *number_region* is the country a number typed without ``+CC`` is read in
    (the contact's); without one, only numbers carrying their country parse.
    """
    import phonenumbers

    text = raw.strip()
    if not text:
        return None
    try:
        num = phonenumbers.parse(text, region(number_region))
    except phonenumbers.NumberParseException:
        return None
    return num if phonenumbers.is_valid_number(num) else None


def _same_digits(typed: str, printed: str, num: Any) -> bool:
    """True when *printed* says the same number as *typed*.

    Allowed: an added country code (the number's own), a dropped or added trunk
    prefix, and an international prefix (00, 011…) turned into "+". Anything
    else (phonenumbers inserting a mobile "9", dropping a carrier code) fails,
    and the number is then printed as typed.
    """
    import phonenumbers

    nsn = phonenumbers.national_significant_number(num)
    ext = num.extension or ""
    cc = str(num.country_code)
    typed_d, printed_d = _digits(typed), _digits(printed)
    if ext:
        if not (typed_d.endswith(ext) and printed_d.endswith(ext)):
            return False
        typed_d, printed_d = typed_d[: -len(ext)], printed_d[: -len(ext)]
    if not (typed_d.endswith(nsn) and printed_d.endswith(nsn)):
        return False
    typed_head, printed_head = typed_d[: len(typed_d) - len(nsn)], printed_d[: len(printed_d) - len(nsn)]
    metadata = phonenumbers.PhoneMetadata.metadata_for_region_or_calling_code(
        num.country_code, phonenumbers.region_code_for_number(num) or "")
    trunk = (metadata.national_prefix or "") if metadata is not None else ""
    allowed_printed = {"", cc, trunk}
    if printed_head not in allowed_printed:
        return False
    if typed_head in ("", trunk):
        return True
    # Typed with a country code: it must be the number's own, after an optional
    # international prefix, optionally followed by the trunk prefix ("+33 (0)1 …").
    for head in (cc, cc + trunk) if trunk else (cc,):
        if typed_head.endswith(head):
            idd = typed_head[: len(typed_head) - len(head)]
            if idd == "" or (idd.isdigit() and len(idd) <= 4 and typed.lstrip()[:1] != "+"):
                return True
    return False


def format_number(raw: str, release_region: str | None,
                  number_region: str | None = None) -> tuple[str, bool]:
    """Format *raw* for a release printed in *release_region*. Returns ``(text, formatted)``.

    *number_region* is the country a number typed without ``+CC`` belongs to
    (the contact's, else the home country); there is no fallback to the
    release's country. When the number is not valid there, or formatting would
    change its digits, ``(raw, False)`` comes back: printed exactly as typed.
    """
    import phonenumbers

    num = parse(raw, number_region)
    if num is None:
        return raw, False
    number_country = phonenumbers.region_code_for_number(num)
    fmt = (phonenumbers.PhoneNumberFormat.NATIONAL
           if number_country and number_country == region(release_region)
           else phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    text = phonenumbers.format_number(num, fmt)
    if not _same_digits(raw, text, num):
        return raw, False
    return text, True
