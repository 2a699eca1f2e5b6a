"""The typography engine, language by language: typed text in, what a typographer prints out.

Each table is written from the language's authority (presskit/typography_rules.py names
it): quotation marks nested three deep, apostrophes, ellipses, dashes, ranges, spaces,
and the never-change cases (URLs, e-mail addresses, code, times, feet and inches,
unbalanced quotes left as typed).
"""

from __future__ import annotations

import pytest

from presskit.typography import apply, find_unbalanced_quotes, quote
from presskit.typography_rules import TABLE, rules_for

N = "\u00a0"  # no-break space
n = "\u202f"  # narrow no-break space

FRENCH = [
    # The case: nested quotes decided by context, never »inverted«.
    ('Il a dit : "C\'est "génial" !"', f"Il a dit{N}: «{N}C’est “génial”{n}!{N}»"),
    # Three deep: « then “ then « again.
    ('"Il m\'a dit : "Elle a crié \'Au feu !\' puis s\'est tue" et il est parti."',
     f"«{N}Il m’a dit{N}: “Elle a crié «{N}Au feu{n}!{N}» puis s’est tue” et il est parti.{N}»"),
    ("l'exploration d'aujourd'hui", "l’exploration d’aujourd’hui"),
    ('Elle la qualifiait d\'"ambitieuse".', f"Elle la qualifiait d’«{N}ambitieuse{N}»."),
    ('"L\'été" arrive', f"«{N}L’été{N}» arrive"),
    ("Et ensuite...", "Et ensuite…"),
    ("Le projet - lancé en 2018 - avance -- vite.", "Le projet – lancé en 2018 – avance – vite."),
    ("la guerre de 1914-1918", "la guerre de 1914-1918"),  # the trait d'union stays
    ("4 200 ingénieurs, 12 500 000 habitants", f"4{n}200 ingénieurs, 12{n}500{n}000 habitants"),
    ("12,5 % de 790 km", f"12,5{N}% de 790{N}km"),
    ("à 10 h 30 précises", f"à 10{N}h{N}30 précises"),
    ("le n° 5 de M. Dupont et Mme Roux", f"le n°{N}5 de M.{N}Dupont et Mme{N}Roux"),
    ("Vraiment ? Oui ; non ! Voilà : fin", f"Vraiment{n}? Oui{n}; non{n}! Voilà{N}: fin"),
    ("«Bonjour»", f"«{N}Bonjour{N}»"),
    # Marks typed curly are kept, and count for the nesting.
    ('Il a dit « c\'est "très" bien »', f"Il a dit «{N}c’est “très” bien{N}»"),
    ("« Il a dit « oui » »", f"«{N}Il a dit «{N}oui{N}»{N}»"),
    # Ordinals: the text is unchanged (the superscript is a run style, tested on the runs).
    ("le 1er mars, la 1re fois, le 2e étage, le 2d tour, le XXIe siècle",
     "le 1er mars, la 1re fois, le 2e étage, le 2d tour, le XXIe siècle"),
    # Never changed: an unbalanced quote, URLs, e-mail, code, times.
    ('Il a dit "bonjour', 'Il a dit "bonjour'),
    ("voir https://iov.example/l'a--b...c à 10:30", "voir https://iov.example/l'a--b...c à 10:30"),
    ("écrire à presse@iov.example : merci", f"écrire à presse@iov.example{N}: merci"),
    ('lancez `presskit export "brouillon"...` puis', 'lancez `presskit export "brouillon"...` puis'),
]

GERMAN = [
    ('so Meyer, "nichts mit "Globalisierung" zu tun".',
     "so Meyer, „nichts mit ‚Globalisierung‘ zu tun“."),
    ('"Er sagte: "Sie rief \'Feuer!\' und ging" - dann nichts."',
     "„Er sagte: ‚Sie rief „Feuer!“ und ging‘ – dann nichts.“"),
    ("Wie geht's? Gibt's was?", "Wie geht’s? Gibt’s was?"),
    ("Wie 's kommt", "Wie ’s kommt"),
    ("Und dann...", "Und dann…"),
    ("Das Projekt - seit 2018 - läuft.", "Das Projekt – seit 2018 – läuft."),
    ("von 2018-2020, Seiten 12-15", "von 2018–2020, Seiten 12–15"),
    ("am 2018-03-05 mit CP028-2026", "am 2018-03-05 mit CP028-2026"),
    ("790 km und 5 %", f"790{N}km und 5{N}%"),
    ("Dr. Meyer", f"Dr.{N}Meyer"),
    ("„Hallo“ sagte er", "„Hallo“ sagte er"),
    # A straight mark never pairs with a curly one: left as typed (and reported).
    ('„Hallo" sagte er', '„Hallo" sagte er'),
    ("das Wort 'Heimat'", "das Wort ‚Heimat‘"),
    ('Er sagte "Hallo', 'Er sagte "Hallo'),
    ("siehe https://sternwarte.example/2018-2020...x oder info@sternwarte.example",
     "siehe https://sternwarte.example/2018-2020...x oder info@sternwarte.example"),
    ("um 10:30 - pünktlich", "um 10:30 – pünktlich"),
    ('das Feld user_name "leer"', "das Feld user_name „leer“"),
    ("Wirklich ?", "Wirklich ?"),  # no French spaces in German
]

US_ENGLISH = [
    ('"I was reading "The Economist" yesterday," she said.',
     "“I was reading ‘The Economist’ yesterday,” she said."),
    ("He told me 'no' twice.", "He told me ‘no’ twice."),
    ('"She said, "He told me \'never\' again.""', "“She said, ‘He told me “never” again.’”"),
    ("it's the players' union", "it’s the players’ union"),
    ("music of the '90s", "music of the ’90s"),
    ("rock 'n' roll", "rock ’n’ roll"),
    ("'Tis the season", "’Tis the season"),
    ("And then...", "And then…"),
    ("The module - built in Boston - flies.", "The module—built in Boston—flies."),
    ("yes -- no, yes--no", "yes—no, yes—no"),
    ("from 2018-2020", "from 2018–2020"),
    ("call 555-0142 or 617-555-0142", "call 555-0142 or 617-555-0142"),
    ("He is 5'10\" tall with a 27\" screen", "He is 5'10\" tall with a 27\" screen"),
    ("at 10:30 sharp", "at 10:30 sharp"),
    ("see https://example.org/it's...now/", "see https://example.org/it's...now/"),
    ("see https://example.org/page... then", "see https://example.org/page… then"),
    ('"Write to press@northwind.example"', "“Write to press@northwind.example”"),
    ('He said "hello', 'He said "hello'),
    ("“Hello,” he said", "“Hello,” he said"),
    ("“She said 'hi'”", "“She said ‘hi’”"),
    ('"Born in 1990" he said', "“Born in 1990” he said"),
    ('run `x = "y"` and --all', 'run `x = "y"` and --all'),
    ("3,400 kg", f"3,400{N}kg"),
]

BRITISH_ENGLISH = [
    ('"I was reading "The Economist" yesterday," she said.',
     "“I was reading ‘The Economist’ yesterday,” she said."),
    ('"a "b \'c\' b" a"', "“a ‘b “c” b’ a”"),
    ("He told me 'no' twice.", "He told me ‘no’ twice."),
    ("it's the players' union", "it’s the players’ union"),
    ("music of the '90s", "music of the ’90s"),
    ("And then...", "And then…"),
    ("The module - built in London - flies.", "The module – built in London – flies."),
    ("yes -- no", "yes – no"),
    ("yes--no", "yes--no"),  # only the US habit makes a dash of an unspaced --
    ("from 2018-2020", "from 2018–2020"),
    ("He is 5'10\" tall", "He is 5'10\" tall"),
    ("at 10:30 sharp", "at 10:30 sharp"),
    ("see www.example.co.uk/it's--here...too", "see www.example.co.uk/it's--here...too"),
    ("press@example.co.uk - any time", "press@example.co.uk – any time"),
    ('He said "hello', 'He said "hello'),
    ("‘Hello,’ he said", "‘Hello,’ he said"),
    ("Dr. Watson", f"Dr.{N}Watson"),
]

BRITISH_SINGLE_FIRST = [
    ('"I was reading "The Economist" yesterday," she said.',
     "‘I was reading “The Economist” yesterday,’ she said."),
    ('"a "b \'c\' b" a"', "‘a “b ‘c’ b” a’"),
    ("He told me 'no' twice.", "He told me ‘no’ twice."),
    ("it's", "it’s"),
]

SPANISH = [
    ('Dijo: "Es un \'éxito\' total".', "Dijo: «Es un “éxito” total»."),
    ('"Dijo: "Es un \'éxito\' total""', "«Dijo: “Es un ‘éxito’ total”»"),
    ('"a "b \'c "d" c\' b" a"', "«a “b ‘c «d» c’ b” a»"),  # deeper: the levels cycle
    ("la palabra 'hola' significa", "la palabra ‘hola’ significa"),  # a meaning: single marks
    ("Dijo - y lo repitió - que sí.", "Dijo —y lo repitió— que sí."),
    ("Lo dijo - sin dudar -.", "Lo dijo —sin dudar—."),
    ("Madrid - Barcelona", "Madrid — Barcelona"),
    ("entre 1990-1995", "entre 1990-1995"),  # guion for an interval
    ("Y entonces...", "Y entonces…"),
    ("O'Donnell", "O’Donnell"),
    ("790 km", f"790{N}km"),
    ("Sra. García", f"Sra.{N}García"),
    ("«Hola»", "«Hola»"),  # no French spaces in Spanish
    ('¿"Qué"?', "¿«Qué»?"),
    ('Dijo "hola', 'Dijo "hola'),
    ("a las 10:30 en https://ejemplo.es/a-b...c o prensa@ejemplo.es",
     "a las 10:30 en https://ejemplo.es/a-b...c o prensa@ejemplo.es"),
    ("“Hola”, dijo", "“Hola”, dijo"),
]

ITALIAN = [
    ('Ha detto: "È un "successo" totale".', "Ha detto: «È un “successo” totale»."),
    ('"a "b \'c\' b" a"', "«a “b «c» b” a»"),
    ("l'anno scorso", "l’anno scorso"),
    ("un po' di tempo", "un po’ di tempo"),
    ('dell\'"Espresso"', "dell’«Espresso»"),
    ("la parola 'ciao'", "la parola “ciao”"),
    ("E poi...", "E poi…"),
    ("Il progetto - avviato nel 2018 - procede.", "Il progetto – avviato nel 2018 – procede."),
    ("dal 2018-2020", "dal 2018-2020"),
    ("790 km e 5 %", f"790{N}km e 5{N}%"),
    ("Dott. Rossi", f"Dott.{N}Rossi"),
    ("«Ciao»", "«Ciao»"),
    ('Ha detto "ciao', 'Ha detto "ciao'),
    ("alle 10:30 su https://esempio.it/a-b...c o stampa@esempio.it",
     "alle 10:30 su https://esempio.it/a-b...c o stampa@esempio.it"),
    ("usa `nome_file.py` e --tutto", "usa `nome_file.py` e --tutto"),
    ("«Ha detto \"sì\"»", "«Ha detto “sì”»"),
]


def _ids(cases: list[tuple[str, str]]) -> list[str]:
    return [typed[:40] for typed, _ in cases]


@pytest.mark.parametrize(("typed", "printed"), FRENCH, ids=_ids(FRENCH))
def test_french(typed: str, printed: str) -> None:
    assert apply(typed, "fr_FR") == printed


@pytest.mark.parametrize(("typed", "printed"), GERMAN, ids=_ids(GERMAN))
def test_german(typed: str, printed: str) -> None:
    assert apply(typed, "de_DE") == printed


@pytest.mark.parametrize(("typed", "printed"), US_ENGLISH, ids=_ids(US_ENGLISH))
def test_us_english(typed: str, printed: str) -> None:
    assert apply(typed, "en_US") == printed


@pytest.mark.parametrize(("typed", "printed"), BRITISH_ENGLISH, ids=_ids(BRITISH_ENGLISH))
def test_british_english(typed: str, printed: str) -> None:
    assert apply(typed, "en_GB") == printed


@pytest.mark.parametrize(("typed", "printed"), BRITISH_SINGLE_FIRST, ids=_ids(BRITISH_SINGLE_FIRST))
def test_british_english_single_first_house_style(typed: str, printed: str) -> None:
    assert apply(typed, "en_GB", single_first=True) == printed


@pytest.mark.parametrize(("typed", "printed"), SPANISH, ids=_ids(SPANISH))
def test_spanish(typed: str, printed: str) -> None:
    assert apply(typed, "es_ES") == printed


@pytest.mark.parametrize(("typed", "printed"), ITALIAN, ids=_ids(ITALIAN))
def test_italian(typed: str, printed: str) -> None:
    assert apply(typed, "it_IT") == printed


def test_every_table_has_fifteen_cases_or_more() -> None:
    for table in (FRENCH, GERMAN, US_ENGLISH, BRITISH_ENGLISH, SPANISH, ITALIAN):
        assert len(table) >= 15


def test_swiss_marks() -> None:
    assert apply('"Grüezi "mitenand""', "de_CH") == "«Grüezi ‹mitenand›»"
    assert apply('"Salut "toi""', "fr_CH") == f"«{N}Salut ‹toi›{N}»"


def test_single_first_is_british_only() -> None:
    assert apply('"a"', "en_US", single_first=True) == "“a”"
    assert apply('"a"', "fr_FR", single_first=True) == f"«{N}a{N}»"
    assert rules_for("en_GB", single_first=True).single_first


@pytest.mark.parametrize(("locale", "typed", "printed"), [
    ("fr_FR", 'Il dit "oui"', f"«{N}Il dit “oui”{N}»"),
    ("en_US", 'They call it "the groceries"', "“They call it ‘the groceries’”"),
    ("de_DE", "Das ist 'gut'", "„Das ist ‚gut‘“"),
    ("es_ES", 'Es "muy" bueno', "«Es “muy” bueno»"),
])
def test_quote_block_text_starts_at_the_second_level(locale: str, typed: str, printed: str) -> None:
    assert quote(apply(typed, locale, inner=True), locale) == printed


@pytest.mark.parametrize(("locale", "typed"), [
    ("fr_FR", 'Il a dit : "C\'est "génial" !"'),
    ("de_DE", '"nichts mit "Globalisierung" zu tun"'),
    ("en_US", "\"a 'b \"c\" b' a\" -- and... 2018-2020"),
    ("es_ES", "Dijo - y lo repitió - que \"sí\"..."),
    ("it_IT", "\"l'anno - il 2e\""),
])
def test_typesetting_typeset_text_changes_nothing(locale: str, typed: str) -> None:
    once = apply(typed, locale)
    assert apply(once, locale) == once


@pytest.mark.parametrize(("typed", "expected"), [
    ('He said "hello and \'bye', [(8, '"', "never closed"), (19, "'", "never closed")]),
    ('She left." Then', [(9, '"', "never opened")]),
    ('a"b', [(1, '"', "cannot tell whether it opens or closes")]),
    ('"fine" and it\'s 5\'10" and 27" wide', []),  # apostrophes, feet and inches: not quotes
    # A ' after a letter with no single quote open is an apostrophe (the players' union).
    ('"crossed \'marks" here\'', [(9, "'", "never closed")]),
    ("“curly never closed", [(0, "“", "never closed")]),
    ('„Hallo" sagte er', [(0, "„", "never closed"), (6, '"', "never opened")]),
    ("\"w 'a’ b\" c'", [(3, "'", "never closed")]),
    ("see https://x.example/a'b'c", []),  # inside a URL: not a quotation mark
])
def test_unbalanced_quotes_are_found_with_their_positions(
        typed: str, expected: list[tuple[int, str, str]]) -> None:
    found = [(q.position, q.mark, q.problem) for q in find_unbalanced_quotes(typed, "en_US")]
    assert found == expected
    for position, mark, _ in found:
        assert typed[position] == mark
    # ... and every one of them is left exactly as typed.
    printed = apply(typed, "en_US")
    for _, mark, _ in found:
        assert mark in printed


def test_every_language_names_its_authority_for_every_rule() -> None:
    for code in ("fr", "de", "en", "en_GB", "es", "it"):
        rules = TABLE[code]
        topics = {rule.topic for rule in rules.rules}
        assert {"quotes", "apostrophe", "ellipsis", "dash", "range"} <= topics, code
        for rule in rules.rules:
            assert rule.source.startswith(rules.authority.split(",")[0]), (code, rule)


@pytest.mark.parametrize(("typed", "printed"), [
    ("in '68, they marched", "in ’68, they marched"),
    ("'68 was a year'", "‘68 was a year’"),
    ("the '90s and '80s", "the ’90s and ’80s"),
    ("'42'", "‘42’"),
])
def test_abbreviated_years_against_quoted_numbers(typed: str, printed: str) -> None:
    assert apply(typed, "en_US") == printed


# Found by the hypothesis properties (each failed before its fix).
@pytest.mark.parametrize(("locale", "typed", "printed"), [
    ("fr_FR", '"»»', f'"{N}»{N}»'),  # the engine's own spaces inside « » change no mark
    ("fr_FR", '"-"', f"«{N}-{N}»"),  # nor make a spaced hyphen on a second pass
    ("fr_FR", "' -  - \"", "' -  - \""),  # hyphens next to hyphens are not between words
    ("fr_FR", "'alpha 42' 42", "“alpha 42” 42"),  # a quote closing after a number
    ("en_US", "He is 5' 10\" tall", "He is 5' 10\" tall"),
    ("en_US", "\"He is 5' 10\" tall\"", "“He is 5' 10\" tall”"),
    ("fr_FR", "'...\"'", "“…\"”"),  # a single-quoted pair printed “ ”: the " stays unpaired
    # A typed ’ after a word reads differently once its neighbours are curled: read again.
    ("fr_FR", "\"‘a'\"", f"«{N}‘a’{N}»"),
    ("en_US", "\"w 'a’ b\" c'", "“w 'a’ b” c’"),
    ("fr_FR", "\"'alpha 42' 42\"", f"«{N}“alpha 42” 42{N}»"),  # the quote closes: not feet
])
def test_regressions_found_by_the_properties(locale: str, typed: str, printed: str) -> None:
    once = apply(typed, locale)
    assert once == printed
    assert apply(once, locale) == once


def test_quotes_are_read_after_spaced_hyphens_close_up() -> None:
    """Found by the idempotence property: `' - ...'` in English gave `'—…'` (marks left
    straight, since a space followed the first one when quotes were read), and typesetting
    that again curled them. The marks are read once the dash has closed up."""
    once = apply("' - ...'", "en_US")
    assert once == "\u2018\u2014\u2026\u2019"
    assert apply(once, "en_US") == once
