"""Properties of the typography engine on generated text.

- From balanced input (quotations nested at random, in straight marks, in any language)
  it never makes an unbalanced or inverted pair, nor nests a level inside the same marks.
- On arbitrary text it changes no letter or digit, and it is idempotent.
- Across inline runs it prints exactly what it prints for the joined text.
"""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from presskit.doctree import Run
from presskit.typography import apply, find_unbalanced_quotes, typesetter
from presskit.typography_rules import rules_for

LOCALES = ["fr_FR", "fr_CH", "de_DE", "de_CH", "en_US", "en_GB", "es_ES", "it_IT", "pt_PT", "xx"]
locales = st.sampled_from(LOCALES)
single_first = st.booleans()

# Words with no apostrophe (so that every ’ of the output is a quotation mark).
WORDS = ["alpha", "Béta", "œuvre", "Łódź", "Ελλάδα", "Москва", "x", "42", "1990", "2e", "km",
         "M.", "A", "zéro", "été"]
PUNCT = ["", "", "", ",", ".", "!", "?", ";", ":", "…", "...", " %"]


def _word() -> st.SearchStrategy[str]:
    return st.tuples(st.sampled_from(WORDS), st.sampled_from(PUNCT)).map("".join)


def _quoted(inner: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.tuples(st.sampled_from(['"', "'"]), st.lists(inner, min_size=1, max_size=4))


# A tree: a token is a word (str) or a quotation (mark, [tokens]).
tokens = st.recursive(_word(), _quoted, max_leaves=12)
separators = st.sampled_from([" ", " ", " ", " - ", " -- ", ", "])


def _render(items: list[Any], seps: list[str]) -> tuple[str, int]:
    """Typed text for a list of tokens, and how many quotations it holds."""
    out: list[str] = []
    count = 0
    for k, item in enumerate(items):
        if k:
            out.append(seps[k % len(seps)])
        if isinstance(item, str):
            out.append(item)
        else:
            mark, inner = item
            text, inner_count = _render(inner, [" "])
            out.append(f"{mark}{text}{mark}")
            count += 1 + inner_count
    return "".join(out), count


def _check_nesting(printed: str, locale: str, first: bool, expected_pairs: int) -> None:
    """Every quotation mark of *printed* is one of the language's, paired the right way
    round, and a quotation never sits directly inside the same marks."""
    levels = rules_for(locale, single_first=first).quotes
    closer_of = dict(levels)
    closers = set(closer_of.values())
    assert '"' not in printed and "'" not in printed, printed
    stack: list[str] = []
    pairs = 0
    for ch in printed:
        if ch in closer_of and not (ch in closers and stack and closer_of[stack[-1]] == ch):
            if stack:
                assert ch != stack[-1], f"same marks nested directly: {printed!r}"
            stack.append(ch)
        elif ch in closers:
            assert stack, f"a closing mark that closes nothing: {printed!r}"
            assert closer_of[stack.pop()] == ch, f"inverted or mismatched pair: {printed!r}"
            pairs += 1
    assert not stack, f"never closed: {printed!r}"
    assert pairs == expected_pairs, printed


@settings(max_examples=400, deadline=None)
@given(st.lists(tokens, min_size=1, max_size=5), st.lists(separators, min_size=1, max_size=3),
       locales, single_first)
def test_balanced_input_gives_balanced_marks(items: list[Any], seps: list[str], locale: str,
                                             first: bool) -> None:
    typed, count = _render(items, seps)
    printed = apply(typed, locale, single_first=first)
    _check_nesting(printed, locale, first, count)
    assert find_unbalanced_quotes(typed, locale, single_first=first) == []


# Arbitrary text, weighted towards what the rules look at.
SNIPPETS = ['"', "'", "“", "”", "„", "‘", "’", "‚", "«", "»", "‹", "›", " ", " ", "\u00a0",
            "\u202f", "\n", "-", "--", " - ", "...", ".", ",", ":", ";", "!", "?", "%", "(", ")",
            "a", "é", "Z", "l", "n", "s", "er", "e", "re", "XXI", "I", "h", "km", "M.", "Mme",
            "n°", "0", "1", "2", "5", "10", "42", "1990", "2018", "4 200", "10:30", "5'10\"",
            "https://", "www.", "x.org", "@", "_", "`", "=", "<", "/", "¿", "¡", "—", "–"]
arbitrary = st.one_of(
    st.lists(st.sampled_from(SNIPPETS), max_size=30).map("".join),
    st.text(max_size=40),
)


def _letters_and_digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isalnum())


@settings(max_examples=1000, deadline=None)
@given(arbitrary, locales, single_first, st.booleans())
def test_changes_no_letter_or_digit_and_is_idempotent(text: str, locale: str, first: bool,
                                                      inner: bool) -> None:
    once = apply(text, locale, inner=inner, single_first=first)
    assert _letters_and_digits(once) == _letters_and_digits(text)
    assert apply(once, locale, inner=inner, single_first=first) == once


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(arbitrary, st.booleans(), st.booleans()), min_size=1, max_size=5),
       locales)
def test_runs_print_what_the_joined_text_prints(pieces: list[tuple[str, bool, bool]],
                                                locale: str) -> None:
    runs = [Run(text, bold, italic) for text, bold, italic in pieces]
    joined = "".join(text for text, _, _ in pieces)
    out = typesetter(locale).runs(runs)
    assert "".join(r.text for r in out) == apply(joined, locale)
    # Superscripts only ever hold the letters of a French ordinal.
    for r in out:
        if r.sup:
            assert locale.startswith("fr") and r.text in {"er", "re", "ers", "res", "e", "es",
                                                          "d", "de", "ds", "des", "nd", "nde",
                                                          "nds", "ndes"}, out
