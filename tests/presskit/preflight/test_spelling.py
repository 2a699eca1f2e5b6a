"""The speller: Hunspell dictionaries through Enchant, the tokenizer, personal dictionaries."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from presskit.model import Contact, Letterhead, Quote, Release
from presskit.preflight.spelling import Speller, package_for, release_names


def words(speller: Speller, text: str, ignore: frozenset[str] = frozenset()) -> list[str]:
    found = speller.misspellings(text, ignore=ignore)
    for start, end, word in found:
        assert text[start:end] == word  # offsets point at the word in the text
    return [w for _, _, w in found]


@pytest.fixture
def en(tmp_path: Path) -> Speller:
    return Speller.for_language("en_US", tmp_path / "dicts")


@pytest.fixture
def fr(tmp_path: Path) -> Speller:
    return Speller.for_language("fr_FR", tmp_path / "dicts")


def test_dictionaries_of_every_release_language_are_installed(tmp_path: Path) -> None:
    for locale in ("en_US", "en_GB", "fr", "fr_FR", "de", "de_DE", "es", "it"):
        speller = Speller.for_language(locale, tmp_path)
        assert speller.available, (locale, speller.reason)


def test_english_misspellings_with_offsets(en: Speller) -> None:
    text = "The mision will recieve two modules."
    assert en.misspellings(text) == [(4, 10, "mision"), (16, 23, "recieve")]


def test_british_and_american_dictionaries_differ(tmp_path: Path) -> None:
    gb = Speller.for_language("en_GB", tmp_path)
    us = Speller.for_language("en_US", tmp_path)
    assert words(gb, "The colour of the centre.") == []
    assert words(us, "The colour of the centre.") == ["colour", "centre"]


def test_french_elision_checks_the_word_after_the_apostrophe(fr: Speller) -> None:
    assert words(fr, "l'exploration d’une planète qu’il jusqu’à l’Agence") == []
    assert words(fr, "l'exploraton d’une") == ["exploraton"]
    found = fr.misspellings("Pour l’exploraton.")
    assert found == [(7, 17, "exploraton")]


def test_hyphenated_compounds(fr: Speller) -> None:
    assert words(fr, "Le porte-parole Jean-Yves Le Gall, peut-être.",
                 ignore=frozenset({"jean", "yves", "gall"})) == []
    # An unknown part is reported alone, at its own offsets.
    text = "un porte-parolle"
    assert fr.misspellings(text) == [(9, 16, "parolle")]


def test_acronyms_words_with_digits_and_addresses_are_skipped(en: Speller) -> None:
    text = ("CNES and ISEF2 met at A320neo; see https://www.nol.example/brfx, "
            "www.qwzx.example or write to qwzx@nol.example.")
    assert words(en, text) == []
    assert words(en, "Cnes qwzx") == ["Cnes", "qwzx"]


def test_markdown_emphasis_does_not_hide_a_word(en: Speller) -> None:
    text = "An _importnat_ and __urgnet__ note, *realy*."
    assert words(en, text) == ["importnat", "urgnet", "realy"]


def test_capitalised_and_possessive_forms(en: Speller) -> None:
    assert words(en, "Mission. MISSION. The mission's goals.") == []
    assert words(en, "Okafor's team", ignore=frozenset({"okafor"})) == []
    assert words(en, "Okafor's team") == ["Okafor's"]


def test_english_loanwords_with_or_without_accents(en: Speller) -> None:
    assert words(en, "A naïve café résumé; a naive cafe resume.") == []
    assert words(en, "A café naïvf") == ["naïvf"]


def test_other_scripts_are_names_not_misspellings(en: Speller) -> None:
    assert words(en, "Νίκος Παπαδόπουλος and Дмитрий Ковалёв") == []


def test_german_and_spanish_and_italian(tmp_path: Path) -> None:
    assert words(Speller.for_language("de", tmp_path), "Die Raumfahrtagentur startet heute.") == []
    assert words(Speller.for_language("es", tmp_path), "La agencia espacial anunció hoy.") == []
    assert words(Speller.for_language("it", tmp_path), "L'agenzia dell’esplorazione spaziale.") == []
    assert words(Speller.for_language("it", tmp_path), "L'agenzzia") == ["agenzzia"]


def test_suggestions(en: Speller) -> None:
    assert "mission" in en.suggest("mision")
    assert len(en.suggest("mision", limit=2)) <= 2


def test_personal_dictionary_is_written_atomically_per_language(tmp_path: Path) -> None:
    folder = tmp_path / "dicts"
    speller = Speller.for_language("en_US", folder)
    assert words(speller, "The Zorblat module.") == ["Zorblat"]
    speller.add_to_personal("Zorblat")
    assert words(speller, "The Zorblat module.") == []
    path = folder / "en_US.txt"
    assert path.read_text(encoding="utf-8") == "Zorblat\n"
    assert [p.name for p in folder.iterdir()] == ["en_US.txt"]  # no temporary file left
    # Another language's dictionary is not touched; a fresh speller reads the file.
    assert words(Speller.for_language("fr", folder), "Zorblat") == ["Zorblat"]
    fresh = Speller("en_US", speller._dict, path)
    assert fresh.personal_words() == ["Zorblat"] and words(fresh, "zorblat") == []
    # Another speller over the same file (another window) sees a word added later.
    assert words(speller, "Zorblat Quxling") == ["Quxling"]
    fresh.add_to_personal("Quxling")
    assert words(speller, "Zorblat Quxling") == []
    speller.add_to_personal("Blorfen")  # merges with what the file holds now
    assert path.read_text(encoding="utf-8") == "Blorfen\nQuxling\nZorblat\n"


def test_ignore_lasts_for_the_speller_only(tmp_path: Path) -> None:
    speller = Speller.for_language("en_US", tmp_path / "a")
    speller.ignore("Qwzx")
    assert words(speller, "qwzx QWZX Qwzx") == []
    assert not (tmp_path / "a").exists()  # nothing written
    assert words(Speller.for_language("en_US", tmp_path / "b"), "Qwzx") == ["Qwzx"]


def test_missing_dictionary_gives_a_reason(tmp_path: Path) -> None:
    speller = Speller.for_language("zz_QQ", tmp_path)
    assert not speller.available
    assert speller.reason == "no zz_QQ dictionary installed: install hunspell-zz-qq"
    assert speller.misspellings("anything at all") == []
    assert package_for("fr_FR") == "hunspell-fr" and package_for("de") == "hunspell-de-de"
    assert package_for("en") == "hunspell-en-us" and package_for("en_GB") == "hunspell-en-gb"


def test_missing_enchant_library_gives_a_reason(monkeypatch: pytest.MonkeyPatch,
                                                tmp_path: Path) -> None:
    import builtins

    from presskit.preflight import spelling

    real_import = builtins.__import__

    def no_enchant(name: str, *args: object, **kwargs: object) -> object:
        if name == "enchant":
            raise ImportError("The 'enchant' C library was not found")
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", no_enchant)
    dictionary, missing = spelling._open_dict("en_US")
    speller = spelling.Speller("en_US", dictionary, None, missing)
    assert dictionary is None and not speller.available
    assert speller.reason is not None and "Enchant library is missing" in speller.reason


def test_release_names(tmp_path: Path) -> None:
    release = Release(
        quotes=[Quote("…", "Jean-Yves Le Gall", "Président du CNES")],
        contacts=[Contact("Zofia Łukasiewicz", "Rzeczniczka prasowa")],
        letterhead=Letterhead(organization="Northwind Orbital", address="Harborview Drive"),
    )
    names = release_names(release)
    assert {"jean-yves", "jean", "yves", "gall", "zofia", "łukasiewicz", "rzeczniczka",
            "northwind", "harborview"} <= names
    speller = Speller.for_language("en_US", tmp_path)
    assert words(speller, "Jean-Yves met Zofia Łukasiewicz at Northwind Harborview.",
                 ignore=names) == []


def test_speller_is_safe_across_threads(en: Speller) -> None:
    text = "The mision will recieve two modules. " * 20
    expected = en.misspellings(text)
    results: list[list[tuple[int, int, str]]] = []

    def work() -> None:
        for _ in range(20):
            results.append(en.misspellings(text))

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 80 and all(r == expected for r in results)


def test_german_separable_verbs_and_missing_words(tmp_path: Path) -> None:
    de = Speller.for_language("de", tmp_path)
    assert words(de, "Alle haben mitgebaut; sie wurde vorgestellt. Das Planetarium.") == []
    assert words(de, "Alle haben mitgebaat.") == ["mitgebaat"]


def test_any_text_gives_offsets_of_the_words_it_names(tmp_path: Path) -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    speller = Speller.for_language("fr", tmp_path)
    alphabet = st.sampled_from(list("abcdeéèfghijklmnopqrstuvwxyzABCÉ'’- -.:/@`&;#12"))

    @settings(max_examples=200, deadline=None)
    @given(st.text(alphabet, max_size=60))
    def check(text: str) -> None:
        for start, end, word in speller.misspellings(text):
            assert text[start:end] == word and word

    check()


def test_typographic_hyphens_join_compounds(fr: Speller) -> None:
    for hyphen in ("\u2010", "\u2011"):
        assert words(fr, f"le porte{hyphen}parole, peut{hyphen}être") == []
        assert words(fr, f"le porte{hyphen}parolle") == ["parolle"]


def test_a_word_named_with_a_number_is_a_name(tmp_path: Path) -> None:
    release = Release(language="fr", title="Héliade-2 est en orbite",
                      body="La mission Héliade a préparé Zorvax‑3.")
    names = release_names(release)
    assert {"héliade", "zorvax"} <= names
    fr = Speller.for_language("fr", tmp_path)
    assert words(fr, "La mission Héliade, puis Zorvax.", ignore=names) == []
    assert words(fr, "La mission Héliade.") == ["Héliade"]
