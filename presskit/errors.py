"""Errors a user may see. Each carries one clear line naming the file and field.

The line is English (the command line prints it). An error may also carry its reason as a
:class:`Msg`, a message template and its parameters, so that the editor can show the
reason in the interface language (``exc.localized(gettext)``; the French catalog is
``presskit_resources/locale/fr/LC_MESSAGES/errors.mo``, see ``presskit.error_catalog``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any


def N_(message: str) -> str:
    """Marks a message template for the ``errors`` catalog (``make catalogs``)."""
    return message


@dataclass(frozen=True)
class Msg:
    """A message template (the English text, also the catalog's id) and its parameters.

    A parameter may itself be a ``Msg`` (a word such as "a number"), translated with it.
    """

    template: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def text(self, gettext: Callable[[str], str] | None = None) -> str:
        """The message in English, or through *gettext* (a catalog's ``gettext``)."""
        values = {k: v.text(gettext) if isinstance(v, Msg) else v for k, v in self.params.items()}
        template = gettext(self.template) if gettext is not None else self.template
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder
            return self.template.format(**values)


def msg(template: str, **params: Any) -> Msg:
    """``msg(N_("'{value}' is not a real date"), value=v)``: a reason to translate later."""
    return Msg(template, params)


class PresskitError(Exception):
    """Base class for errors reported to the user as a single line."""

    def __init__(self, message: str | Msg, *, path: str | None = None,
                 field: str | None = None):
        self.reason = message if isinstance(message, Msg) else Msg(message.replace("{", "{{")
                                                                    .replace("}", "}}"))
        self.message = self.reason.text()
        super().__init__(self.message)
        self.path = path
        self.field = field

    def localized(self, gettext: Callable[[str], str]) -> str:
        """The reason (without the file and field) in the language of *gettext*."""
        return self.reason.text(gettext)

    def __str__(self) -> str:
        parts = []
        if self.path:
            parts.append(str(self.path))
        if self.field:
            parts.append(f"field '{self.field}'")
        parts.append(self.message)
        return ": ".join(parts)


class DraftError(PresskitError):
    """A draft could not be read: missing, not UTF-8, not JSON, invalid, too new."""


class NewerFormatError(DraftError):
    """The draft was written by a newer Presskit; it is refused, never rewritten."""


class ExportError(PresskitError):
    """An export could not be written."""


class ImageError(PresskitError):
    """An image (logo) was refused: too large, corrupt, unsupported."""


class KitError(PresskitError):
    """A press kit (.presskit-kit) could not be read or changed: not a kit, damaged, hostile."""


class NewerKitError(KitError):
    """The kit was written by a newer Presskit; it is refused, never rewritten."""
