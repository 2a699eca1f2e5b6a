"""Spelling in the release's language: Hunspell dictionaries through Enchant (pyenchant).

Why pyenchant over the system's Hunspell dictionaries:

- **Maintained dictionaries, not ours.** Debian's ``hunspell-en-us``, ``hunspell-en-gb``,
  ``hunspell-fr``, ``hunspell-de-de``, ``hunspell-es`` and ``hunspell-it`` are kept up to date
  by their language communities under their own licences; shipping copies in the wheel
  would freeze them and put their licences (MPL, LGPL, GPL) inside ours.
- **A maintained binding.** pyenchant is a thin ctypes layer over libenchant, which loads the
  real Hunspell engine (affix rules, compounding, suggestions). A pure-Python Hunspell
  reader is slower to load a French dictionary (hundreds of milliseconds) and implements
  only part of the affix language, which shows as false misspellings in French and German.
- **It degrades cleanly.** A missing libenchant or dictionary is reported as one clear
  reason ("no French dictionary installed: install hunspell-fr"), which the engine turns
  into one finding; nothing crashes and nothing else stops being checked.

The tokenizer splits a text into words the way a reader does: French and Italian elision
(``l'exploration``, ``d’une``, ``qu’il``, ``dell’agenzia``) checks the word after the
apostrophe; a hyphenated compound (``Jean-Yves``, ``porte-parole``) is accepted whole or
when each part is known; acronyms in capitals (``CNES``), words with digits (``ISEF2``),
web addresses and email addresses are skipped, and so are words in another script than the
dictionary's (a Greek name in an English release).

A personal dictionary ("Add to dictionary") per language lives in the data folder
(``dictionaries/fr_FR.txt``, one word a line, written atomically, merged with and re-read
after another window's changes); ``ignore`` lasts for the session only.
"""

from __future__ import annotations

import functools
import re
import threading
import unicodedata
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from presskit.model import Release

# A word: letters (any script) joined by apostrophes or hyphens. Digits are kept in the token
# so that "ISEF2" is seen whole (and skipped); "_" is Markdown emphasis (_word_, __word__).
_TOKEN = re.compile(r"[^\W_]+(?:['’\-\u2010\u2011][^\W_]+)*")
# Text that is not prose: Markdown code spans, HTML entities, web and email addresses, bare
# domains ("northwind-orbital.example").
_NOT_PROSE = re.compile(
    r"`[^`\n]*`|&#?\w+;"
    r"|(?:https?|ftp|mailto):\S+|www\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\b[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:/\S*)?(?=[\s,;:)!?]|\.?$|\.\s)",
    re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_APOSTROPHE = re.compile("['’]")
_HYPHENS = "-\u2010\u2011"  # hyphen-minus, hyphen, non-breaking hyphen
# Elided articles and pronouns, before an apostrophe (French, Italian).
_ELISIONS = {
    "fr": {"l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu",
           "quoiqu", "presqu", "quelqu"},
    "it": {"l", "d", "un", "dell", "all", "dall", "nell", "sull", "coll", "quest", "quell",
           "c", "v", "tutt", "nessun", "buon", "sant", "mezz", "anch", "com", "dov"},
}
# German separable verb prefixes: "mitgebaut", "vorgestellt" are the prefix and a known form.
_DE_SEPARABLE = ("zusammen", "zurück", "heraus", "herein", "voran", "weiter", "fort", "nach",
                 "hin", "her", "mit", "vor", "auf", "aus", "bei", "ein", "weg", "los", "an",
                 "ab", "zu", "dar", "teil", "statt", "fest", "hoch")
# Words of press releases the installed dictionaries lack (checked against Debian's
# hunspell-de-de 20161207, hunspell-fr 7.0, hunspell-en-us 2020.12.07): not names, so they
# belong here rather than in every user's personal dictionary.
_EXTRA_WORDS = {
    "de": frozenset({"planetarium", "planetariums", "planetarien"}),
}
# English possessive and contracted forms checked on the word before them.
_EN_SUFFIXES = ("'s", "’s", "s'", "s’")
# The Debian package carrying each language's Hunspell dictionary.
PACKAGES = {"en_US": "hunspell-en-us", "en_GB": "hunspell-en-gb", "fr": "hunspell-fr",
            "de": "hunspell-de-de", "es": "hunspell-es", "it": "hunspell-it"}
_DEFAULT_REGION = {"en": "US", "fr": "FR", "de": "DE", "es": "ES", "it": "IT", "pt": "PT",
                   "nl": "NL"}
_WORD_CACHE = 20000  # known/unknown answers kept per speller
_SUGGEST_CACHE = 512
# Findings per line of text kept per speller: a re-check after one keystroke looks up only
# the changed line (a 20-page body is ~600 lines; several releases fit).
LINE_CACHE = 4096


def package_for(locale: str) -> str:
    """The Debian package that installs *locale*'s dictionary ("fr_FR" -> hunspell-fr)."""
    tag = normalize(locale)
    lang = tag.split("_")[0]
    return PACKAGES.get(tag) or PACKAGES.get(lang) or PACKAGES.get(
        f"{lang}_{_DEFAULT_REGION.get(lang, '')}") or f"hunspell-{tag.lower().replace('_', '-')}"


def normalize(locale: str) -> str:
    """``fr-fr`` -> ``fr_FR``; ``EN`` -> ``en``."""
    parts = locale.strip().replace("-", "_").split("_")
    lang = parts[0].lower()
    return f"{lang}_{parts[1].upper()}" if len(parts) > 1 and parts[1] else lang


def _candidates(locale: str) -> list[str]:
    """Dictionary tags to try, best first: fr_CA -> fr_CA, fr, fr_FR."""
    tag = normalize(locale)
    lang = tag.split("_")[0]
    out = [tag, lang]
    if lang in _DEFAULT_REGION:
        out.append(f"{lang}_{_DEFAULT_REGION[lang]}")
    return list(dict.fromkeys(out))


@dataclass(frozen=True)
class Missing:
    """Why spelling cannot be checked: ``kind`` is "library" or "dictionary"."""

    kind: str
    locale: str
    package: str = ""
    detail: str = ""

    def __str__(self) -> str:
        if self.kind == "library":
            return f"the Enchant library is missing ({self.detail})"
        return f"no {self.locale} dictionary installed: install {self.package}"


def _open_dict(locale: str) -> tuple[Any, Missing | None]:
    try:
        import enchant
    except ImportError as exc:  # pyenchant absent, or libenchant not found by it
        return None, Missing("library", locale, detail=str(exc) or "pyenchant not importable")
    for tag in _candidates(locale):
        try:
            if enchant.dict_exists(tag):
                return enchant.Dict(tag), None
        except enchant.errors.Error:
            continue
    # Any regional variant of the language will do (es -> es_MX when only that is installed).
    lang = normalize(locale).split("_")[0]
    try:
        for tag in sorted(enchant.list_languages()):
            if tag.split("_")[0] == lang:
                return enchant.Dict(tag), None
    except enchant.errors.Error:
        pass
    return None, Missing("dictionary", normalize(locale), package=package_for(locale))


class SharedDict:
    """One loaded Enchant dictionary and the lock every speller over it holds to call it."""

    def __init__(self, dictionary: Any) -> None:
        self.dict = dictionary
        self.lock = threading.RLock()


@functools.lru_cache(maxsize=6)
def _dictionary(locale: str) -> tuple[SharedDict | None, Missing | None]:
    """The dictionary of *locale*, loaded once (120-190 ms for French, English or German)."""
    dictionary, missing = _open_dict(locale)
    return (SharedDict(dictionary) if dictionary is not None else None), missing


@functools.lru_cache(maxsize=4096)
def _script(ch: str) -> str:
    """A coarse script name from the character's Unicode name ("LATIN", "GREEK", …)."""
    try:
        return unicodedata.name(ch).split(" ", 1)[0]
    except ValueError:
        return ""


def _casefold_set(words: Iterable[str]) -> frozenset[str]:
    return frozenset(w.casefold() for w in words if w)


class Speller:
    """Spelling of one language: Enchant's dictionary, a personal one, and session ignores.

    Thread-safe: the engine calls it from a worker thread while the editor underlines.
    """

    def __init__(self, locale: str, dictionary: Any, personal_path: Path | None,
                 missing: Missing | None = None) -> None:
        """*dictionary*: an ``enchant.Dict`` (or a shared one from ``_dictionary``), or None."""
        self.locale = normalize(locale)
        self.language = self.locale.split("_")[0]
        shared = dictionary if isinstance(dictionary, SharedDict) or dictionary is None \
            else SharedDict(dictionary)
        self._dict: Any = shared.dict if shared is not None else None
        self.missing = missing
        self.personal_path = personal_path
        # Spellers of one language share its dictionary, and Hunspell is not thread-safe:
        # they share its lock too.
        self._lock = shared.lock if shared is not None else threading.RLock()
        self._personal: set[str] = set()
        self._personal_folded: frozenset[str] = frozenset()
        self._personal_stamp: tuple[int, int] | None = None
        self._ignored: set[str] = set()
        self._known: dict[str, bool] = {}
        # (line, names, state) -> its findings; *state* changes whenever an answer may
        # (personal dictionary re-read or added to, a word ignored).
        self._lines: OrderedDict[tuple[str, frozenset[str], int],
                                 tuple[tuple[int, int, str], ...]] = OrderedDict()
        self._lines_lock = threading.Lock()
        self._state = 0
        self._suggestions: dict[str, tuple[str, ...]] = {}
        self._elisions = _ELISIONS.get(self.language, set())
        self._extra = _EXTRA_WORDS.get(self.language, frozenset())
        self._script = "LATIN"
        self._refresh_personal()

    @classmethod
    def for_language(cls, locale: str, personal_dir: str | Path | None = None) -> Speller:
        """The speller of *locale* (cached: the dictionary loads once per language and folder).

        *personal_dir* holds the personal dictionaries; None means ``<data>/dictionaries``.
        """
        if personal_dir is None:
            from presskit.paths import data_dir

            personal_dir = data_dir(create=False) / "dictionaries"
        return _speller(normalize(locale or "en_US"), str(personal_dir))

    # -- state --------------------------------------------------------------------------
    @property
    def available(self) -> bool:
        return self._dict is not None

    @property
    def reason(self) -> str | None:
        """Why spelling is not checked (English), or None when it is."""
        return None if self.missing is None else str(self.missing)

    def _read_personal(self) -> set[str]:
        if self.personal_path is None:
            return set()
        try:
            text = self.personal_path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return set()
        return {line.strip() for line in text.splitlines() if line.strip()}

    def _refresh_personal(self) -> None:
        """Re-read the personal dictionary when its file changed (another window or process
        added a word). One stat a call."""
        if self.personal_path is None:
            return
        try:
            st = self.personal_path.stat()
            stamp: tuple[int, int] | None = (st.st_mtime_ns, st.st_size)
        except OSError:
            stamp = None
        if stamp == self._personal_stamp:
            return
        with self._lock:
            if stamp == self._personal_stamp:
                return
            self._personal_stamp = stamp
            self._personal = self._read_personal()
            self._personal_folded = _casefold_set(self._personal)
            self._forget()

    def personal_words(self) -> list[str]:
        self._refresh_personal()
        with self._lock:
            return sorted(self._personal, key=str.casefold)

    def add_to_personal(self, word: str) -> None:
        """Add *word* to this language's personal dictionary (``<data>/dictionaries/fr_FR.txt``),
        written atomically with the words already in the file. Raises OSError when the data
        folder cannot be written."""
        word = word.strip()
        if not word:
            return
        with self._lock:
            words = self._read_personal() | self._personal | {word}
            if self.personal_path is not None:
                from presskit import atomic

                self.personal_path.parent.mkdir(parents=True, exist_ok=True)
                atomic.write_text(self.personal_path,
                                  "\n".join(sorted(words, key=str.casefold)) + "\n")
            self._personal = words
            self._personal_folded = _casefold_set(words)
            self._personal_stamp = None
            self._forget()
        self._refresh_personal()

    def ignore(self, word: str) -> None:
        """Accept *word* until the application quits."""
        with self._lock:
            self._ignored.add(word.casefold())
            self._forget()

    def _forget(self) -> None:
        """Drop every cached answer (call with the lock held): the words known changed."""
        self._known.clear()
        with self._lines_lock:
            self._state += 1
            self._lines.clear()

    def cached_lines(self) -> int:
        """How many lines' findings are cached (at most ``LINE_CACHE``)."""
        return len(self._lines)

    # -- checking -----------------------------------------------------------------------
    def check(self, word: str) -> bool:
        """True when *word* is known (dictionary, personal dictionary or ignored)."""
        if self._dict is None:
            return True
        known = self._known.get(word)  # no lock for a known answer: the editor asks too
        if known is not None:
            return known
        with self._lock:
            known = self._known.get(word)
            if known is None:
                known = self._check_uncached(word)
                if len(self._known) >= _WORD_CACHE:
                    self._known.clear()
                self._known[word] = known
            return known

    def _check_uncached(self, word: str) -> bool:
        folded = word.casefold()
        if folded in self._ignored or folded in self._personal_folded:
            return True
        plain = word.replace("’", "'").replace("\u2010", "-").replace("\u2011", "-")
        if self._dict.check(plain):
            return True
        if folded in self._extra:
            return True
        if self.language == "en" and not plain.isascii():
            # Loanwords keep or drop their accents in English (café, naïve, résumé).
            bare = "".join(ch for ch in unicodedata.normalize("NFKD", plain)
                           if not unicodedata.combining(ch))
            if bare != plain and bare.isascii() and self._dict.check(bare):
                return True
        # A capitalised or all-capital form of a known word ("Lune", "LUNE").
        if word[:1].isupper() and self._dict.check(plain[:1] + plain[1:].lower()):
            return True
        return self.language == "de" and self._separable(folded)

    def _separable(self, folded: str) -> bool:
        """A German separable verb: a prefix and a form the dictionary knows ("mitgebaut")."""
        for prefix in _DE_SEPARABLE:
            rest = folded[len(prefix):]
            if folded.startswith(prefix) and len(rest) >= 4 and self._dict.check(rest):
                return True
        return False

    def misspellings(self, text: str, *, ignore: frozenset[str] = frozenset()
                     ) -> list[tuple[int, int, str]]:
        """(start, end, word) of each unknown word of *text*, in order.

        *ignore* holds words not to flag (the release's names: ``release_names``), compared
        without regard to case. Each line's findings are cached (``LINE_CACHE`` lines, least
        recently used dropped first): no word or address spans a line break, so a re-check
        after one keystroke tokenizes and looks up only the line that changed.
        """
        if self._dict is None or not text:
            return []
        self._refresh_personal()
        folded_ignore = _folded(ignore)
        out: list[tuple[int, int, str]] = []
        offset = 0
        for line in text.split("\n"):
            if line:
                out.extend((offset + start, offset + end, word)
                           for start, end, word in self._line(line, folded_ignore))
            offset += len(line) + 1
        return out

    def _line(self, line: str, ignore: frozenset[str]) -> tuple[tuple[int, int, str], ...]:
        state = self._state
        key = (line, ignore, state)
        with self._lines_lock:
            found = self._lines.get(key)
            if found is not None:
                self._lines.move_to_end(key)
                return found
        found = tuple(self._uncached(line, ignore))
        with self._lines_lock:
            if state == self._state:  # not answered under words known since changed
                self._lines[key] = found
                while len(self._lines) > LINE_CACHE:
                    self._lines.popitem(last=False)
        return found

    def misspellings_uncached(self, text: str, *, ignore: frozenset[str] = frozenset()
                              ) -> list[tuple[int, int, str]]:
        """``misspellings`` of the whole *text* at once, nothing cached (the reference the
        cached lines are tested against)."""
        if self._dict is None or not text:
            return []
        self._refresh_personal()
        return self._uncached(text, _folded(ignore))

    def _uncached(self, text: str, ignore: frozenset[str]) -> list[tuple[int, int, str]]:
        out: list[tuple[int, int, str]] = []
        for m in _TOKEN.finditer(_mask(text)):
            out.extend(self._token(m.group(), m.start(), ignore))
        return out

    def _token(self, token: str, start: int, ignore: frozenset[str]
               ) -> list[tuple[int, int, str]]:
        if not self._checkable(token) or token.casefold() in ignore:
            return []
        # Elision: l'exploration -> exploration (the article is always right).
        apostrophe = _APOSTROPHE.search(token) if self._elisions else None
        if apostrophe is not None and token[:apostrophe.start()].casefold() in self._elisions:
            i = apostrophe.start()
            return self._token(token[i + 1:], start + i + 1, ignore)
        if self.check(token):
            return []
        if self.language == "en":
            for suffix in _EN_SUFFIXES:
                if token.endswith(suffix) and len(token) > len(suffix):
                    base = token[: -len(suffix) + 1] if suffix[0] == "s" else token[: -len(suffix)]
                    if base.casefold() in ignore or not self._checkable(base) or self.check(base):
                        return []
        if any(h in token for h in _HYPHENS):
            out: list[tuple[int, int, str]] = []
            pos = 0
            for part in re.split("[-\u2010\u2011]", token):
                if part:
                    out.extend(self._token(part, start + pos, ignore))
                pos += len(part) + 1
            return out
        return [(start, start + len(token), token)]

    def _checkable(self, token: str) -> bool:
        if _DIGIT.search(token):
            return False  # ISEF2, A320neo
        if token.isupper():
            return False  # acronyms: CNES, NASA, CNES’ (every cased letter a capital)
        if token.isascii():
            return len(token) >= 2  # letters, and apostrophes or hyphens only between them
        letters = [ch for ch in token if ch.isalpha()]
        # Only words in the dictionary's script (a Greek name in an English release is a name).
        return len(letters) >= 2 and all(_script(ch) == self._script for ch in letters)

    def suggest(self, word: str, limit: int = 5) -> tuple[str, ...]:
        """The dictionary's suggestions for *word*, best first (cached)."""
        if self._dict is None or not word:
            return ()
        with self._lock:
            found = self._suggestions.get(word)
            if found is None:
                try:
                    found = tuple(self._dict.suggest(word.replace("’", "'")))
                except Exception:  # Enchant raises its own error types on odd input
                    found = ()
                if len(self._suggestions) >= _SUGGEST_CACHE:
                    self._suggestions.clear()
                self._suggestions[word] = found
            return found[:limit]


def _folded(words: frozenset[str]) -> frozenset[str]:
    return words if all(w == w.casefold() for w in words) else _casefold_set(words)


def _mask(text: str) -> str:
    """*text* with addresses blanked out (same length, so offsets stay right)."""
    if not any(mark in text for mark in ".:@`&"):
        return text
    return _NOT_PROSE.sub(lambda m: " " * len(m.group()), text)


@functools.lru_cache(maxsize=16)
def _speller(locale: str, personal_dir: str) -> Speller:
    dictionary, missing = _dictionary(locale)
    tag = normalize(locale)
    return Speller(tag, dictionary, Path(personal_dir) / f"{tag}.txt", missing)


# A name with a number: the mission "Héliade-2", the launcher "Ariane 6" is typed "Ariane-6".
_NAME_NUMBER = re.compile(r"([^\W\d_]+)[-\u2010\u2011]\d")


def compound_names(texts: Iterable[str]) -> set[str]:
    """The words named with a number somewhere in *texts* ("Héliade-2" -> "héliade"), casefolded:
    the same word alone ("la mission Héliade") is that name, not a misspelling.

    Scanned line by line, each line's names cached: after one keystroke only the changed
    line of a long body is scanned again."""
    words: set[str] = set()
    for text in texts:
        if text:
            for line in text.split("\n"):
                words |= _line_compounds(line)
    return words


@functools.lru_cache(maxsize=LINE_CACHE)
def _line_compounds(line: str) -> frozenset[str]:
    return frozenset(m.group(1).casefold() for m in _NAME_NUMBER.finditer(line))


def name_words(text: str) -> set[str]:
    """The words of a name, casefolded, whole and by part ("Jean-Yves" -> jean-yves, jean, yves)."""
    words: set[str] = set()
    for m in _TOKEN.finditer(text or ""):
        token = m.group()
        words.add(token.casefold())
        words.update(part.casefold() for part in re.split(r"[-\u2010\u2011'’]", token) if part)
    return words


def release_names(release: Release, book: Any = None) -> frozenset[str]:
    """The words of the release's names, casefolded: never flagged as misspellings.

    The organisation, contact names and roles, quote speakers and roles, and every word of
    the letterhead (address, footer, profile name), and words named with a number in the
    release ("Héliade-2"). *book* (a ContactBook) adds the organisation and name of the book
    entries the contacts came from.
    """
    lh = release.letterhead
    texts = [lh.organization, lh.address, lh.footer, lh.profile, lh.website, release.place,
             *lh.social]
    for q in release.quotes:
        texts += [q.speaker, q.role]
    for c in release.contacts:
        texts += [c.name, c.role]
        if book is not None and c.book_id:
            try:
                entry = book.get(c.book_id)
            except Exception:  # a locked or damaged book: names from the release only
                entry = None
            if entry is not None:
                texts += [entry.name(), entry.organization, entry.role]
    prose = (release.title, release.subtitle, release.body, release.boilerplate,
             *(q.text for q in release.quotes))
    return _names_of(tuple(texts), prose)


@functools.lru_cache(maxsize=16)
def _names_of(texts: tuple[str, ...], prose: tuple[str, ...]) -> frozenset[str]:
    """``release_names`` of these texts, cached per release content: the same frozenset
    while the names do not change, so the speller's line cache finds its key at once."""
    words = compound_names(prose)
    for text in texts:
        words |= name_words(text)
    return same_names(frozenset(words))


@functools.lru_cache(maxsize=16)
def same_names(names: frozenset[str]) -> frozenset[str]:
    """The first-seen frozenset equal to *names*: a body edit that changes no name gives the
    very object the speller's cached lines are keyed by (compared by identity, not word by
    word)."""
    return names
