"""``presskit check DRAFT|KIT [--json] [--lang LOCALE]``: the preflight from the command line.

One line per finding, ``FILE: field: severity: message``; or, with ``--json``, a list of
objects (``file``, ``code``, ``field``, ``severity``, ``message``, plus ``word`` and
``suggestions`` for spelling). Several files may be given (``presskit check examples/*``).
Exit status 0 when nothing is found, 1 when something is, 2 when a draft or kit cannot be
read (the usual one-line error; the other files are still checked). Messages are in the interface language:
``--lang``, else the Preferences', else the system locale's (English without a catalog).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

EXIT_OK = 0
EXIT_FOUND = 1
EXIT_BAD_INPUT = 2
_LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")


def add_parser(sub: Any) -> None:
    check = sub.add_parser(
        "check", help="check a draft or kit before it goes out",
        description="Check a draft or press kit before it goes out: headline, body, length, "
                    "embargo, contacts, glyphs, links, contrast, spelling, and for a kit the "
                    "photos' alt text, credit and resolution. Exit status: 0 nothing found, "
                    "1 findings, 2 an input that cannot be read (the others are still "
                    "checked).")
    check.add_argument("drafts", type=Path, nargs="+", metavar="DRAFT|KIT",
                       help="the .presskit draft or .presskit-kit kit (several: each is "
                            "checked, its findings named by its file)")
    check.add_argument("--json", action="store_true",
                       help="print the findings as a JSON list (code, field, severity, message; "
                            "word and suggestions for spelling)")
    check.add_argument("--lang", metavar="LOCALE",
                       help="the language of the messages (en, fr); default: the interface "
                            "language of the Preferences, else the system's")


def interface_language(given: str | None, environ: Mapping[str, str] | None = None) -> str:
    """--lang, else the Preferences' interface language, else the system locale's language."""
    if given:
        return given.replace("-", "_")
    try:
        from presskit.paths import config_dir
        from presskit.preferences import Preferences

        chosen = Preferences.in_folder(config_dir(create=False)).ui_language
    except OSError:
        chosen = ""
    if chosen:
        return chosen
    env = os.environ if environ is None else environ
    for name in _LOCALE_VARIABLES:
        value = env.get(name, "")
        if value:
            base = value.split(".")[0].split("@")[0]
            return "en" if base in ("C", "POSIX") else base
    return "en"


def _home_country() -> str | None:
    from presskit.cli import home_country_setting as home

    return home()


def _open_book() -> Any:
    """The contact book, read for stale contacts; None when there is none (never created)."""
    import sqlite3

    from presskit.contacts.db import book_path, open_book
    from presskit.errors import PresskitError

    try:
        if not book_path().exists():
            return None
        return open_book(daily_backup=False)
    except (PresskitError, OSError, sqlite3.Error):
        return None  # a locked or newer book: the other checks still run


def _load(path: Path) -> tuple[Any, Any]:
    """(release, kit or None) of a draft or kit file; PresskitError when unreadable."""
    from presskit.cli import is_kit_path

    if is_kit_path(path):
        from presskit.kit.container import load_kit

        kit = load_kit(path)
        return kit.release, kit
    from presskit import draft

    return draft.load(path), None


def run(args: argparse.Namespace) -> int:
    ui_language = interface_language(args.lang)
    options = {"home_country": _home_country(), "exact_length": True}
    book = _open_book()
    try:
        return _check_all(args.drafts, args.json, book, ui_language, options)
    except BrokenPipeError:  # the reader stopped reading (``| head -1``): nothing to add
        from presskit.cli import quiet_stdout

        quiet_stdout()
        return EXIT_FOUND
    finally:
        if book is not None:
            book.close()


def _check_all(paths: list[Path], as_json: bool, book: Any, ui_language: str,
               options: dict[str, Any]) -> int:
    """Check each file in turn; lines are printed as each file is done, the JSON list at the
    end (none when no file could be read)."""
    from presskit.errors import PresskitError
    from presskit.preflight.engine import check

    status = EXIT_OK
    rows: list[dict[str, Any]] = []
    checked = 0
    for path in paths:
        try:
            release, kit = _load(path)
        except PresskitError as exc:
            sys.stdout.flush()
            print(f"presskit: error: {exc}", file=sys.stderr)
            status = EXIT_BAD_INPUT
            continue
        findings = check(release, book=book, kit=kit, ui_language=ui_language, options=options)
        checked += 1
        if findings and status == EXIT_OK:
            status = EXIT_FOUND
        if as_json:
            rows += [{"file": str(path), **f.to_json()} for f in findings]
        else:
            for f in findings:
                print(f"{path}: {f.field}: {f.severity}: {f.message}")
    if as_json and checked:  # nothing read, nothing to list: the error lines say why
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    sys.stdout.flush()
    return status
