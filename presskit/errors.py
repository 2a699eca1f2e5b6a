"""Errors a user may see. Each carries one clear line naming the file and field."""

from __future__ import annotations


class PresskitError(Exception):
    """Base class for errors reported to the user as a single line."""

    def __init__(self, message: str, *, path: str | None = None, field: str | None = None):
        super().__init__(message)
        self.message = message
        self.path = path
        self.field = field

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
