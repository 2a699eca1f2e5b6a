"""What a new release starts with: its language, and what a letterhead profile brings.

A new release takes the language of the letterhead profile it starts from, else the
language of the last release the user worked on, else the system locale's (when Presskit
can print a release in it), else English (United States). Qt-free: the editor's first
window and File ▸ New call these, the tests call them directly.
"""

from __future__ import annotations

import copy
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from presskit.model import Contact, Letterhead, Release

FALLBACK_LANGUAGE = "en_US"
# The release languages offered in Preferences and the form, in this order.
RELEASE_LANGUAGES = ("en_US", "en_GB", "fr_FR", "fr_BE", "fr_CA", "fr_CH", "de_DE", "es_ES",
                     "it_IT")
_LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")
# The profile file's key for what a profile brings to a new release (besides its letterhead).
RELEASE_KEY = "release"


def normalise_language(code: str | None) -> str | None:
    """A CLDR locale id Presskit knows ("fr-fr" -> "fr_FR"), or None for anything unusable."""
    from babel import Locale, UnknownLocaleError

    text = (code or "").strip().split(".")[0].split("@")[0].replace("-", "_")
    if not text or text in ("C", "POSIX"):
        return None
    try:
        return str(Locale.parse(text))
    except (UnknownLocaleError, ValueError, TypeError):
        return None


def system_language(environ: Mapping[str, str] | None = None) -> str | None:
    """The language of the system locale ("fr_FR.UTF-8" -> "fr_FR"), when a release can use it.

    A bare language ("fr") takes its usual territory from the release languages ("fr_FR").
    Languages with no export labels (no catalog) are not offered: they would print in English.
    """
    from presskit.labels import has_catalog

    env = os.environ if environ is None else environ
    for name in _LOCALE_VARIABLES:
        value = env.get(name, "")
        if not value:
            continue
        found = normalise_language(value)
        if found is None:
            return None
        if "_" not in found:
            found = next((lang for lang in RELEASE_LANGUAGES if lang.split("_")[0] == found),
                         found)
        return found if has_catalog(found) else None
    return None


def new_release_language(profile_language: str | None = None, last_language: str | None = None,
                         system: str | None = None) -> str:
    """The profile's language, else the last release's, else the system's, else en_US."""
    for candidate in (profile_language, last_language, system):
        found = normalise_language(candidate)
        if found:
            return found
    return FALLBACK_LANGUAGE


def language_name(code: str, ui_language: str = "en") -> str:
    """The name of a release language in the interface language: "français (France)".

    An unknown code is shown as typed.
    """
    from babel import Locale, UnknownLocaleError

    found = normalise_language(code)
    if found is None:
        return code
    try:
        display = Locale.parse(ui_language.replace("-", "_") or "en")
    except (UnknownLocaleError, ValueError, TypeError):
        display = Locale.parse("en")
    name = Locale.parse(found).get_display_name(display)
    return name or code


@dataclass(frozen=True)
class ProfileDefaults:
    """What a letterhead profile brings to a new release besides the letterhead itself."""

    language: str = ""
    boilerplate: str = ""  # the About text
    contact_list: str = ""  # the name of a list in the contact book
    home_country: str = ""


def profile_defaults(profile: Letterhead) -> ProfileDefaults:
    """Read the ``release`` object of a profile (kept in its extras); missing keys are empty."""
    raw = profile.extra.get(RELEASE_KEY)
    data = raw if isinstance(raw, dict) else {}

    def text(key: str) -> str:
        value = data.get(key)
        return value.strip() if isinstance(value, str) else ""

    about = data.get("boilerplate")
    return ProfileDefaults(language=normalise_language(text("language")) or "",
                           boilerplate=about if isinstance(about, str) else "",
                           contact_list=text("contact_list"),
                           home_country=profile.home_country)


def set_profile_defaults(profile: Letterhead, *, language: str = "", boilerplate: str = "",
                         contact_list: str = "") -> None:
    """Store what the profile brings to new releases in its ``release`` object."""
    data = {k: v for k, v in (("language", language.strip()), ("boilerplate", boilerplate),
                              ("contact_list", contact_list.strip())) if v.strip()}
    if data:
        profile.extra[RELEASE_KEY] = data
    else:
        profile.extra.pop(RELEASE_KEY, None)


def letterhead_for_release(profile: Letterhead) -> Letterhead:
    """The profile's letterhead as a draft keeps it: without the new-release defaults."""
    from presskit.profiles import for_draft

    return for_draft(profile)


def release_from_profile(profile: Letterhead, *, contacts: Iterable[Contact] = (),
                         last_language: str | None = None, system: str | None = None) -> Release:
    """A new release from a letterhead profile: its letterhead (with its home country), its
    About text, its language (else the last release's, else the system's) and *contacts*
    (the members of its default contact list, looked up by the caller)."""
    defaults = profile_defaults(profile)
    return Release(language=new_release_language(defaults.language, last_language, system),
                   boilerplate=defaults.boilerplate,
                   contacts=[copy.deepcopy(c) for c in contacts],
                   letterhead=letterhead_for_release(profile))
