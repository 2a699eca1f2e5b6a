"""The release language: a searchable list of locales by their native names.

"français (France)", "English (United States)", "Deutsch (Deutschland)"… — the names
come from babel. Typing filters the list (any part of the name, any case); the item
data is the locale code (``fr_FR``).
"""

from __future__ import annotations

import functools

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

# Every locale of these languages is listed (fr_*, en_*, de_*, es_*, it_*, pt_*…).
LANGUAGES = (
    "fr", "en", "de", "es", "it", "pt", "nl", "pl", "ru", "ja", "zh", "ar", "ca", "eu", "gl",
    "da", "sv", "nb", "nn", "fi", "is", "cs", "sk", "hu", "ro", "bg", "el", "tr", "uk", "hr",
    "sl", "sr", "bs", "lt", "lv", "et", "ga", "cy", "lb", "mt", "he", "ko", "hi", "id", "ms",
    "th", "vi", "fa", "sw", "af",
)


@functools.cache
def locale_choices() -> tuple[tuple[str, str], ...]:
    """(code, native name) for the listed locales, sorted by name; computed once.

    Building it loads 50 languages' locale data (about 260 ms, on the GUI thread while the
    first form is built), so the list is kept in the on-disk cache, keyed by babel's
    version and the languages listed; a missing or stale entry is built again.
    """
    import babel

    from presskit import diskcache

    key = f"locale-choices 1 babel {babel.__version__} {' '.join(LANGUAGES)}"
    cached = diskcache.load("ui", key)
    if isinstance(cached, tuple) and cached and all(
            isinstance(c, tuple) and len(c) == 2 for c in cached):
        return cached
    choices = _build_locale_choices()
    diskcache.store("ui", key, choices, limit=4)
    return choices


def _build_locale_choices() -> tuple[tuple[str, str], ...]:
    """Names are read from each language's own locale data (one load per language, not
    one per locale)."""
    from babel import Locale
    from babel.localedata import locale_identifiers

    by_lang: dict[str, list[str]] = {}
    for ident in locale_identifiers():
        parts = ident.split("_")
        if parts[0] in LANGUAGES and len(parts) <= 3 and "POSIX" not in ident:
            by_lang.setdefault(parts[0], []).append(ident)
    out: list[tuple[str, str]] = []
    for lang, idents in by_lang.items():
        try:
            base = Locale.parse(lang)
        except (ValueError, LookupError):
            continue
        lang_name = base.languages.get(lang) or lang
        for ident in idents:
            parts = ident.split("_")[1:]
            details: list[str] = []
            ok = True
            for part in parts:
                name = base.scripts.get(part) if len(part) == 4 else base.territories.get(part)
                if not name:
                    ok = False
                    break
                details.append(name)
            if not ok:
                continue
            label = lang_name + (f" ({', '.join(details)})" if details else "")
            out.append((ident, label))
    out.sort(key=lambda item: (item[1].casefold(), item[0]))
    return tuple(out)


def native_name(code: str) -> str:
    for ident, label in locale_choices():
        if ident == code:
            return label
    return code


class LanguageCombo(QComboBox):
    """Editable, searchable language list. ``code()`` is None while the typed text
    matches no language (the form flags it); ``languageChanged(code)`` on a user choice."""

    languageChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(18)
        for ident, label in locale_choices():
            self.addItem(label, ident)
            self.setItemData(self.count() - 1, ident, Qt.ItemDataRole.ToolTipRole)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self._code: str | None = None
        self._last = "en_US"
        self._setting = False
        self.currentIndexChanged.connect(self._on_index)
        line = self.lineEdit()
        assert line is not None  # editable
        line.textEdited.connect(self._on_typed)
        line.editingFinished.connect(self._on_finished)
        # The text overload; the stubs type SignalInstance without overloads, so no indexing.
        completer.activated[str].connect(self._on_completed)  # type: ignore[index]

    # -- public --------------------------------------------------------------------------
    def set_code(self, code: str) -> None:
        self._setting = True
        try:
            index = self.findData(code)
            if index < 0:
                # A code the list does not have (from a draft) is kept and shown as is.
                self.addItem(native_name(code), code)
                index = self.count() - 1
            self.setCurrentIndex(index)
            self.setEditText(self.itemText(index))
            self._code = self._last = code
        finally:
            self._setting = False

    def code(self) -> str | None:
        return self._code

    def last_code(self) -> str:
        """The last language chosen, while the typed text matches none."""
        return self._last

    # -- user input ----------------------------------------------------------------------
    def _on_index(self, index: int) -> None:
        if self._setting or index < 0:
            return
        code = self.itemData(index)
        if isinstance(code, str) and code != self._code:
            self._code = self._last = code
            self.languageChanged.emit(code)

    def _on_typed(self, text: str) -> None:
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        code = self.itemData(index) if index >= 0 else None
        if code != self._code:
            self._code = code if isinstance(code, str) else None
            if self._code:
                self._last = self._code
            self.languageChanged.emit(self._code or "")

    def _on_completed(self, text: str) -> None:
        index = self.findText(text, Qt.MatchFlag.MatchExactly)
        if index >= 0:
            self.setCurrentIndex(index)
            self._on_index(index)

    def _on_finished(self) -> None:
        text = self.currentText()
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0 and self.currentIndex() != index:
            self.setCurrentIndex(index)
