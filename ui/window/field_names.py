"""The names a user reads for the draft's fields: "Contact 2, email", not ``contacts[1].email``.

Warnings and problems name the field they come from with the draft's key path; the status
bar shows them through :func:`field_label`, in the interface language (issue 14 §4:
messages never show internal field names).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication as QCA
from PySide6.QtCore import QLocale

from presskit.draft import FieldProblem

_ITEM = re.compile(r"^(quotes|contacts)\[(\d+)\](?:\.(\w+))?$")


def _names() -> dict[str, str]:
    return {
        "language": QCA.translate("FieldNames", "Language"), "kind": QCA.translate("FieldNames", "Kind"), "reference": QCA.translate("FieldNames", "Reference"),
        "date": QCA.translate("FieldNames", "Date"), "place": QCA.translate("FieldNames", "Place"), "embargo": QCA.translate("FieldNames", "Embargo"),
        "title": QCA.translate("FieldNames", "Headline"), "subtitle": QCA.translate("FieldNames", "Subheadline"), "body": QCA.translate("FieldNames", "Body text"),
        "quotes": QCA.translate("FieldNames", "Quotes"), "boilerplate": QCA.translate("FieldNames", "About the organisation"),
        "contacts": QCA.translate("FieldNames", "Press contacts"), "letterhead": QCA.translate("FieldNames", "Letterhead"), "paper": QCA.translate("FieldNames", "Paper"),
        "text": QCA.translate("FieldNames", "text"), "speaker": QCA.translate("FieldNames", "speaker"), "role": QCA.translate("FieldNames", "role"), "name": QCA.translate("FieldNames", "name"),
        "phone": QCA.translate("FieldNames", "phone"), "email": QCA.translate("FieldNames", "email"), "country": QCA.translate("FieldNames", "country"),
        "organization": QCA.translate("FieldNames", "organisation"), "address": QCA.translate("FieldNames", "address"), "website": QCA.translate("FieldNames", "website"),
        "logo": QCA.translate("FieldNames", "logo"), "secondary_logo": QCA.translate("FieldNames", "second logo"), "color": QCA.translate("FieldNames", "accent colour"),
        "footer": QCA.translate("FieldNames", "footer"), "social": QCA.translate("FieldNames", "social links"), "font": QCA.translate("FieldNames", "font"),
        "margins": QCA.translate("FieldNames", "margins"),
    }


def field_label(field: str) -> str:
    """A readable, translated name for the draft field path *field* ("" stays "")."""
    if not field:
        return ""
    names = _names()
    m = _ITEM.match(field)
    if m:
        kind, index, part = m.group(1), int(m.group(2)) + 1, m.group(3)
        item = (QCA.translate("FieldNames", "Quote {n}") if kind == "quotes" else QCA.translate("FieldNames", "Contact {n}")).format(n=index)
        return item if not part else QCA.translate("FieldNames", "{item}, {part}").format(
            item=item, part=names.get(part, part.replace("_", " ")))
    head, _, rest = field.partition(".")
    if head == "letterhead" and rest:
        return QCA.translate("FieldNames", "{item}, {part}").format(item=names["letterhead"],
                                          part=names.get(rest, rest.replace("_", " ")))
    return names.get(field, field)  # a key of the user's own (unknown to Presskit) as written


def field_message(field: str | None, message: str) -> str:
    """"Headline: must be text" — a field's problem as a user reads it (no key path)."""
    if not field:
        return message
    return field_label(field) + QCA.translate("FieldNames", ": ") + message


def core_reason(item: Exception | FieldProblem) -> str:
    """The reason of a core error or unusable field in the interface language (the core
    words them in English for the command line; ``presskit.error_catalog`` translates)."""
    from presskit.error_catalog import translator
    from presskit.errors import PresskitError

    gettext = translator(QLocale().name())
    if isinstance(item, (PresskitError, FieldProblem)):
        return item.localized(gettext)
    return str(item)


def core_text(text: str) -> str:
    """A fixed reason of the core (marked ``N_``, e.g. a phone number's problem) in the
    interface language; any other text is left as it is."""
    from presskit.error_catalog import translator

    return translator(QLocale().name())(text)


def problem_message(problem: FieldProblem) -> str:
    """"Titre : doit être du texte, pas un nombre": an unusable field, as a user reads it."""
    return field_message(problem.field, core_reason(problem))


def error_message(exc: Exception) -> str:
    """An error for a dialog's details: the field by its name, never the draft's key, and
    without the file name the dialog already shows; the reason in the interface language."""
    from presskit.errors import PresskitError

    if isinstance(exc, PresskitError):
        return field_message(exc.field, core_reason(exc))
    return str(exc)


def error_details(exc: Exception) -> str:
    """``error_message`` after the file it is about, for dialogs that do not name the file."""
    from presskit.errors import PresskitError

    text = error_message(exc)
    if isinstance(exc, PresskitError) and exc.path:
        return f"{exc.path}{QCA.translate('FieldNames', ': ')}{text}"
    return text
