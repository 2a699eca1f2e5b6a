"""The reasons of load errors in the interface language, from the ``errors`` gettext catalog.

Drafts, letterhead profiles and the files behind them raise their errors with a
``presskit.errors.Msg`` (template + parameters, the template marked ``N_``). The command
line prints them in English; the editor shows ``exc.localized(translator(language))``.
``make catalogs`` extracts the templates into ``resources/locale/errors.pot`` and compiles
``presskit_resources/locale/<lang>/LC_MESSAGES/errors.mo``.
"""

from __future__ import annotations

from collections.abc import Callable

from presskit.catalogs import translations
from presskit.errors import N_

DOMAIN = "errors"

# What a file that is not a regular one is (presskit.atomic.file_kind's words).
FILE_KINDS = (N_("a folder"), N_("a named pipe (FIFO)"), N_("a device"), N_("a socket"),
              N_("a special file"))


def translator(language: str) -> Callable[[str], str]:
    """``gettext`` for *language* ("fr", "fr_FR"); English when there is no catalog."""
    return translations(DOMAIN, language.replace("-", "_") or "en").gettext
