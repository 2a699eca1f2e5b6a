"""The spelling caches: a re-check after one keystroke gives exactly the findings of a fresh
check, looks up only the changed line, and the caches stay bounded."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from presskit.model import Quote, Release
from presskit.preflight import spelling
from presskit.preflight.engine import Cancelled, check
from presskit.preflight.spelling import Speller, compound_names, release_names
from tests.presskit.preflight.support import NOW, good_release

# Words known and unknown, names with numbers, addresses, elisions, hyphens, line breaks.
PIECES = ["mission", "mision", "recieve", "launch", "Héliade-2", "Héliade", "l'exploration",
          "porte-parole", "CNES", "ISEF2", "www.example.com", "press@example.org", "naïve",
          "Ωμέγα", "_word_", "`code`", "café", "Jean-Yves", "zorglub", "Zorglub's", "it's"]
TEXT = st.lists(st.one_of(st.sampled_from(PIECES),
                          st.text(st.sampled_from(list("abcdeéxyz '’-_.:@\n")), max_size=12)),
                max_size=30).map(lambda parts: "".join(
                    p + s for p, s in zip(parts, [" ", "\n", ". ", " "] * 8, strict=False)))
NAMES = st.frozensets(st.sampled_from(["zorglub", "Mision", "héliade", "recieve"]), max_size=3)


@pytest.fixture(scope="module")
def en(tmp_path_factory: pytest.TempPathFactory) -> Speller:
    return Speller.for_language("en_US", tmp_path_factory.mktemp("dicts"))


@pytest.fixture(scope="module")
def fr(tmp_path_factory: pytest.TempPathFactory) -> Speller:
    return Speller.for_language("fr_FR", tmp_path_factory.mktemp("dicts"))


@settings(max_examples=150, deadline=None, suppress_health_check=[
    HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(text=TEXT, names=NAMES, edit=TEXT)
def test_cached_findings_equal_a_fresh_check_of_the_whole_text(
        en: Speller, fr: Speller, text: str, names: frozenset[str], edit: str) -> None:
    for speller in (en, fr):
        first = speller.misspellings(text, ignore=names)
        assert first == speller.misspellings_uncached(text, ignore=names)
        # One "keystroke": a line changed in the middle, the rest served from the cache.
        lines = text.split("\n")
        lines[len(lines) // 2] = edit.replace("\n", " ")
        edited = "\n".join(lines)
        assert speller.misspellings(edited, ignore=names) == \
            speller.misspellings_uncached(edited, ignore=names)
        assert speller.misspellings(text, ignore=names) == first


def test_only_the_changed_line_is_looked_up_again(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    speller = Speller.for_language("en_US", tmp_path / "own")
    body = "\n".join(f"Paragraph {i} tells of the mision and its launch." for i in range(50))
    assert len(speller.misspellings(body)) == 50
    seen: list[str] = []
    real = speller._uncached
    monkeypatch.setattr(speller, "_uncached",
                        lambda text, ignore: seen.append(text) or real(text, ignore))
    edited = body.replace("Paragraph 7 tells", "Paragraph 7 telz")
    found = speller.misspellings(edited)
    assert seen == ["Paragraph 7 telz of the mision and its launch."]
    assert [w for _, _, w in found].count("telz") == 1
    start = edited.index("telz")
    assert (start, start + 4, "telz") in found


def test_words_added_or_ignored_are_not_served_stale(tmp_path: Path) -> None:
    speller = Speller.for_language("en_US", tmp_path / "own")
    text = "The zorglub module\nand the blorf."
    assert [w for _, _, w in speller.misspellings(text)] == ["zorglub", "blorf"]
    speller.add_to_personal("zorglub")
    assert [w for _, _, w in speller.misspellings(text)] == ["blorf"]
    speller.ignore("blorf")
    assert speller.misspellings(text) == []
    # Another window adds a word to the file: the re-read drops the cached lines too.
    other = Speller.for_language("en_US", tmp_path / "other")
    assert [w for _, _, w in other.misspellings("a quuxle")] == ["quuxle"]
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "en_US.txt").write_text("quuxle\nmore\n", encoding="utf-8")
    assert other.misspellings("a quuxle") == []


def test_the_line_cache_is_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(spelling, "LINE_CACHE", 40)
    speller = Speller.for_language("en_US", tmp_path / "bounded")
    body = "\n".join(f"line {i} with a mision" for i in range(200))
    assert len(speller.misspellings(body)) == 200
    assert speller.cached_lines() == 40
    # The most recent lines are the ones kept: the last line's answer still comes back right.
    assert speller.misspellings("line 199 with a mision") == [(16, 22, "mision")]
    assert speller.cached_lines() == 40


def test_names_are_the_same_object_while_they_do_not_change() -> None:
    release = good_release()
    names = release_names(release)
    typed = replace(release, body=release.body + "\n\nOne more paragraph about Héliade.")
    assert release_names(typed) is names
    named = replace(release, body=release.body + "\n\nThe Zéphyr-3 mission follows.")
    grown = release_names(named)
    assert "zéphyr" in grown and "zéphyr" not in names
    assert grown - names == {"zéphyr"}


@given(st.lists(TEXT, max_size=4))
@settings(max_examples=80, deadline=None)
def test_compound_names_line_by_line_equal_the_whole_text_scan(texts: list[str]) -> None:
    whole = {m.group(1).casefold() for text in texts if text
             for m in spelling._NAME_NUMBER.finditer(text)}
    assert compound_names(texts) == whole


def test_a_cancelled_check_stops_between_rules(tmp_path: Path) -> None:
    release = replace(good_release(), body="The mision.",
                      quotes=[Quote(text="A recieve.", speaker="Ana Ruiz", role="CEO")])
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 3

    with pytest.raises(Cancelled):
        check(release, now=NOW, options={"personal_dir": str(tmp_path)}, cancelled=cancelled)
    assert len(asked) == 4
    found = check(release, now=NOW, options={"personal_dir": str(tmp_path)},
                  cancelled=lambda: False)
    assert {f.word for f in found if f.code == "spelling"} >= {"mision", "recieve"}


def test_a_keystroke_recheck_of_a_long_release_equals_a_fresh_one(tmp_path: Path) -> None:
    release: Release = good_release()
    body = "\n\n".join(f"Paragraph {i}: the mision of Héliade-2 goes on." for i in range(120))
    release = replace(release, body=body)
    opts = {"personal_dir": str(tmp_path), "suggestions": 0}
    check(release, now=NOW, options=opts)
    typed = replace(release, body=body.replace("Paragraph 60:", "Paragrap 60:"))
    again = check(typed, now=NOW, options=opts)
    fresh = Speller(typed.language or "en_US", spelling._open_dict("en_US")[0], None)
    expected = fresh.misspellings_uncached(typed.body, ignore=release_names(typed))
    got = [(f.start, f.end, f.word) for f in again if f.code == "spelling" and f.field == "body"]
    assert got == expected
    assert ("Paragrap" in [w for _, _, w in got]) and len(got) == 121
