"""``presskit check DRAFT|KIT [--json] [--lang LOCALE]``: the preflight from the command line.

One line per finding, ``FILE: field: severity: message``; or, with ``--json``, a list of
objects (``code``, ``field``, ``severity``, ``message``, plus ``word`` and ``suggestions``
for spelling). Exit status 0 when nothing is found, 1 when something is, 2 when the draft or
kit cannot be read (the usual one-line error). Messages are in the interface language:
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
                    "1 findings, 2 unreadable input.")
    check.add_argument("draft", type=Path, metavar="DRAFT|KIT",
                       help="the .presskit draft or .presskit-kit kit")
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
    from presskit.cli import _home_country as home

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


def run(args: argparse.Namespace) -> int:
    from presskit.cli import is_kit_path
    from presskit.errors import PresskitError
    from presskit.preflight.engine import check

    path: Path = args.draft
    kit = None
    try:
        if is_kit_path(path):
            from presskit.kit.container import load_kit

            kit = load_kit(path)
            release = kit.release
        else:
            from presskit import draft

            release = draft.load(path)
    except PresskitError as exc:
        print(f"presskit: error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    ui_language = interface_language(args.lang)
    book = _open_book()
    try:
        findings = check(release, book=book, kit=kit, ui_language=ui_language,
                         options={"home_country": _home_country(), "exact_length": True})
    finally:
        if book is not None:
            book.close()
    try:
        if args.json:
            json.dump([f.to_json() for f in findings], sys.stdout, ensure_ascii=False, indent=2)
            sys.stdout.write("\n")
        else:
            for f in findings:
                print(f"{path}: {f.field}: {f.severity}: {f.message}")
        sys.stdout.flush()
    except BrokenPipeError:  # the reader stopped reading (``| head -1``): nothing to add
        from presskit.cli import _quiet_stdout

        _quiet_stdout()
    return EXIT_FOUND if findings else EXIT_OK
