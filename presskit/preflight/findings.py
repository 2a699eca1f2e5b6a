"""What the preflight engine returns: findings, each with a stable code and a field path.

A ``Finding`` names its ``field`` by the release's path (``title``, ``body``,
``quotes[0].text``, ``contacts[1].email``, ``letterhead.color``, ``items[2].alt`` for a
kit) so the editor can jump there; its ``message`` is already in the interface language
and never shows such a path. ``start``/``end`` are offsets in that field's text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

Severity = Literal["error", "warning"]
ERROR: Severity = "error"
WARNING: Severity = "warning"

# Every code the engine emits, with its severity (stable names: tests and tools rely on them).
CODES: dict[str, Severity] = {
    "no-headline": ERROR,
    "empty-body": ERROR,
    "headline-length": WARNING,
    "length": WARNING,
    "embargo-past": ERROR,
    "no-contacts": ERROR,
    "contact-unreachable": ERROR,
    "email": ERROR,
    "phone": ERROR,
    "stale-contact": WARNING,
    "glyph": ERROR,
    "link-text": WARNING,
    "contrast": WARNING,
    "spelling": WARNING,
    "alt-text": WARNING,
    "credit": ERROR,
    "resolution": WARNING,
}


@dataclass(frozen=True)
class Finding:
    """One problem found in a release or kit."""

    code: str
    field: str
    severity: Severity
    message: str
    word: str | None = None
    start: int | None = None
    end: int | None = None
    suggestions: tuple[str, ...] = ()

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    def to_json(self) -> dict[str, Any]:
        """The ``presskit check --json`` object: word and suggestions only for spelling."""
        out: dict[str, Any] = {"code": self.code, "field": self.field,
                               "severity": self.severity, "message": self.message}
        if self.word is not None:
            out["word"] = self.word
        if self.code == "spelling":
            out["suggestions"] = list(self.suggestions)
        if self.start is not None and self.end is not None:
            out["start"], out["end"] = self.start, self.end
        return out


def finding(code: str, field: str, message: str, **kwargs: Any) -> Finding:
    """A finding with the code's severity (``CODES``)."""
    return Finding(code=code, field=field, severity=CODES[code], message=message, **kwargs)


def count(findings: list[Finding]) -> tuple[int, int]:
    """(errors, warnings)."""
    errors = sum(1 for f in findings if f.severity == ERROR)
    return errors, len(findings) - errors
