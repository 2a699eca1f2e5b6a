"""The reasons of load errors in the interface language, from the ``errors`` gettext catalog.

Drafts, letterhead profiles and the files behind them raise their errors with a
``presskit.errors.Msg`` (template + parameters, the template marked ``N_``). The command
line prints them in English; the editor shows ``exc.localized(translator(language))``.
``make catalogs`` extracts the templates into ``resources/locale/errors.pot`` and compiles
``presskit_resources/locale/<lang>/LC_MESSAGES/errors.mo``.
"""

from __future__ import annotations

import functools
import gettext
from collections.abc import Callable

from presskit.errors import N_

DOMAIN = "errors"

# What a file that is not a regular one is (presskit.atomic.file_kind's words).
FILE_KINDS = (N_("a folder"), N_("a named pipe (FIFO)"), N_("a device"), N_("a socket"),
              N_("a special file"))


@functools.cache
def _translations(language: str) -> gettext.NullTranslations:
    from presskit.resources import locale_dir

    languages = [language]
    lang = language.split("_")[0]
    if lang != language:
        languages.append(lang)
    return gettext.translation(DOMAIN, localedir=str(locale_dir()), languages=languages,
                               fallback=True)


def translator(language: str) -> Callable[[str], str]:
    """``gettext`` for *language* ("fr", "fr_FR"); English when there is no catalog."""
    return _translations(language.replace("-", "_") or "en").gettext
