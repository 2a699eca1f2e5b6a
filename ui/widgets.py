"""Small widgets shared by the editor's dialogs."""

from __future__ import annotations

import functools

import presskit_ui.qt_compat  # noqa: F401 - first: PySide6 6.12 refcount work-around
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget


@functools.cache
def country_names(language: str) -> tuple[tuple[str, str], ...]:
    """``(code, name)`` of every country, named in *language* ("fr"), sorted by name."""
    from babel import Locale, UnknownLocaleError

    try:
        territories = Locale.parse(language).territories
    except (UnknownLocaleError, ValueError):
        territories = Locale.parse("en").territories
    pairs = [(code, name) for code, name in territories.items()
             if len(code) == 2 and code.isalpha() and code not in ("ZZ", "EU", "EZ", "UN", "QO")]
    import unicodedata

    def key(pair: tuple[str, str]) -> str:
        return unicodedata.normalize("NFKD", pair[1].casefold())

    return tuple(sorted(pairs, key=key))


class CountryCombo(QComboBox):
    """A country picked by name (in the interface language), typed or chosen; ``code()`` is ISO.

    The first entry, *none_text*, stands for "no country" (code "").
    """

    def __init__(self, none_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItem(none_text, "")
        for code, name in country_names(QLocale().name().split("_")[0] or "en"):
            self.addItem(f"{name} ({code})", code)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)

    def code(self) -> str:
        """The ISO code of the country shown, "" for none (or text naming no country)."""
        index = self.findText(self.currentText().strip(), Qt.MatchFlag.MatchFixedString)
        return str(self.itemData(index) or "") if index >= 0 else ""

    def set_code(self, code: str) -> None:
        index = self.findData((code or "").upper())
        self.setCurrentIndex(max(0, index))
