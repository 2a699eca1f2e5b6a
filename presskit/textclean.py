"""Cleaning user text: characters no document format can hold are removed, with a warning.

Control characters (except tab and newline), lone surrogates and the
non-characters U+FFFE/U+FFFF are what PDF text extraction, XML (DOCX) and
email cannot carry. They arrive by pasting from other programs.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Characters XML 1.0 cannot hold, plus C1 controls, lone surrogates and non-characters.
_INVALID = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]"
)


@dataclass(frozen=True)
class Warning:
    """Something compose changed or could not print, attached to the draft field it came from."""

    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


def describe(ch: str) -> str:
    name = unicodedata.name(ch, "") if not 0xD800 <= ord(ch) <= 0xDFFF else "lone surrogate"
    if not name:
        name = "control character"
    return f"U+{ord(ch):04X} ({name.lower()})"


def clean_text(text: str, field: str, warnings: list[Warning] | None) -> str:
    """Return *text* without XML-invalid characters, NFC-normalised, CRLF as LF.

    Each removal is recorded once per field in *warnings*.
    """
    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    found = _INVALID.findall(text)
    if found:
        text = _INVALID.sub("", text)
        if warnings is not None:
            uniq = sorted(set(found))
            shown = ", ".join(describe(c) for c in uniq[:5])
            more = f" and {len(uniq) - 5} more" if len(uniq) > 5 else ""
            warnings.append(Warning(field, f"removed {len(found)} invalid character(s): {shown}{more}"))
    # NFC on a string that may no longer contain surrogates is safe.
    return unicodedata.normalize("NFC", text)


def strip_invalid(text: str) -> str:
    """Remove XML-invalid characters without recording anything (for file names, metadata)."""
    return _INVALID.sub("", text)
