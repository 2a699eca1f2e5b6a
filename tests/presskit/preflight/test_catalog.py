"""Every preflight message has its French translation, with the same placeholders."""

from __future__ import annotations

import re
import string

from babel.messages.pofile import read_po

from presskit.preflight import messages as M
from presskit.resources import locale_dir


def _sources() -> list[str]:
    return [v for k, v in vars(M).items() if k.isupper() and isinstance(v, str) and k != "DOMAIN"]


def _fields(text: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(text) if f}


def test_every_message_is_translated_to_french() -> None:
    with open(locale_dir() / "fr" / "LC_MESSAGES" / "preflight.po", "rb") as fh:
        catalog = read_po(fh, locale="fr")
    for source in _sources():
        message = catalog.get(source)
        assert message is not None and message.string, source
        assert not message.fuzzy, source
        assert _fields(str(message.string)) == _fields(source), source


def test_french_messages_use_french_spacing_and_quotes() -> None:
    t = M.translator("fr")
    for source in _sources():
        text = t(source)
        assert text != source or source in (", ", "Contact {n}", "Photo {n}", "Embargo",
                                            "Document {n} ({name})"), source
        assert "“" not in text and not re.search(r"\S[:;?!](\s|$)", text.replace(":1", "")), text


def test_the_readme_documents_every_code() -> None:
    from pathlib import Path

    from presskit.preflight.findings import CODES

    readme = (Path(__file__).resolve().parents[3] / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Preflight", 1)[1].split("\n## ", 1)[0]
    rows = dict(re.findall(r"^\| `([a-z-]+)` \| (error|warning) \|", section, re.M))
    assert rows == CODES
