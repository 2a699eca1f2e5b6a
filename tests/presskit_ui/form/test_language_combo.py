"""The release-language list: native names from babel, kept in the on-disk cache."""

from __future__ import annotations

import pytest

from presskit_ui.form import language_combo


def test_the_list_names_locales_natively_and_comes_back_from_the_cache(
        monkeypatch: pytest.MonkeyPatch) -> None:
    language_combo.locale_choices.cache_clear()
    built = language_combo.locale_choices()
    labels = dict(built)
    assert labels["fr_FR"] == "français (France)"
    assert labels["en_US"] == "English (United States)"
    assert labels["de_DE"] == "Deutsch (Deutschland)"
    # A second process (the cache cleared) reads the list from disk, building nothing.
    language_combo.locale_choices.cache_clear()

    def refuse() -> None:
        raise AssertionError("built again instead of read from the cache")

    monkeypatch.setattr(language_combo, "_build_locale_choices", refuse)
    try:
        assert language_combo.locale_choices() == built
    finally:
        language_combo.locale_choices.cache_clear()


def test_a_damaged_cache_entry_is_built_again(monkeypatch: pytest.MonkeyPatch) -> None:
    from presskit import diskcache

    language_combo.locale_choices.cache_clear()
    monkeypatch.setattr(diskcache, "load", lambda namespace, key: ("not", "pairs"))
    try:
        assert dict(language_combo.locale_choices())["it_IT"] == "italiano (Italia)"
    finally:
        language_combo.locale_choices.cache_clear()
