"""The gettext catalogs shipped in ``presskit_resources/locale`` (babel-managed), by domain.

``labels`` (export labels, in the release language), ``preflight`` and ``errors`` (in the
interface language) all load through :func:`translations`.
"""

from __future__ import annotations

import functools
import gettext


@functools.cache
def translations(domain: str, locale: str) -> gettext.NullTranslations:
    """The catalog of *domain* for *locale* ("fr_FR", then "fr"); English (no catalog) else."""
    from presskit.resources import locale_dir

    languages = [locale]
    lang = locale.split("_")[0]
    if lang != locale:
        languages.append(lang)
    return gettext.translation(domain, localedir=str(locale_dir()), languages=languages,
                               fallback=True)
