"""The ``presskit contacts`` command.

    presskit contacts import FILE…        import vCard/CSV files (one transaction), print the report
    presskit contacts export FILE.vcf|FILE.csv
    presskit contacts list [QUERY]        name, role, organization, phone, email (tab separated)

Errors print one line, ``presskit: error: FILE: …``, on stderr and exit with
status 2. Only argparse is imported at start-up; the book is loaded by the
sub-command that needs it. Until the main CLI calls :func:`add_parser` and
:func:`run`, ``python -m presskit.contacts.cli import FILE`` works too.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

PROG = "presskit"
EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_BAD_INPUT = 2


def _err(message: str) -> None:
    print(f"{PROG}: error: {message}", file=sys.stderr)


def _warn(message: str) -> None:
    print(f"{PROG}: warning: {message}", file=sys.stderr)


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Register ``contacts`` on an argparse sub-parsers object; returns its parser."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "contacts", help="import, export and list the contact book",
        description="Work with the contact book (stored in the data folder; "
                    "PRESSKIT_DATA_DIR overrides it).")
    sub = parser.add_subparsers(dest="contacts_command", metavar="COMMAND")
    imp = sub.add_parser("import", help="import vCard (.vcf) or CSV files",
                         description="Import contacts from vCard 2.1/3.0/4.0 and CSV files "
                                     "(Outlook, Google, Excel). Everything is imported in one "
                                     "transaction; duplicates are merged.")
    imp.add_argument("files", nargs="+", type=Path, metavar="FILE")
    imp.add_argument("-v", "--verbose", action="store_true",
                     help="also print warnings about invalid phones and emails")
    exp = sub.add_parser("export", help="export the book to a .vcf or .csv file",
                         description="Export the whole book: vCard 4.0 for .vcf, "
                                     "CSV (UTF-8 with BOM, for Excel) for .csv.")
    exp.add_argument("file", type=Path, metavar="FILE")
    lst = sub.add_parser("list", help="list contacts, or those matching QUERY",
                         description="Print one contact per line: name, role, organization, "
                                     "phone, email, separated by tabs.")
    lst.add_argument("query", nargs="*", metavar="QUERY")
    lst.add_argument("-n", "--limit", type=int, default=None, help="print at most N contacts")
    parser.set_defaults(contacts_parser=parser)
    return parser


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _import(args: argparse.Namespace) -> int:
    from presskit.contacts.db import open_book
    from presskit.contacts.files import read_contact_file

    items = []
    for path in args.files:
        items.extend(read_contact_file(path))
    with open_book() as book:
        report = book.import_items(items)
    print(report)
    if args.verbose:
        for warning in report.warnings:
            _warn(warning)
    elif report.warnings:
        print(f"{len(report.warnings)} warning(s) about phones or emails; "
              "use --verbose to see them")
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    from presskit.contacts.csvio import ContactFileError
    from presskit.contacts.db import open_book
    from presskit.contacts.files import VCARD_EXTENSIONS, export_contacts

    path: Path = args.file
    if path.suffix.lower() not in (*VCARD_EXTENSIONS, ".csv"):
        raise ContactFileError("unknown format: the name must end in .vcf or .csv",
                               path=str(path))
    if path.is_dir():
        raise ContactFileError("is a folder", path=str(path))
    with open_book() as book:
        count = export_contacts(book, path)
    print(f"{count} contact{'' if count == 1 else 's'} written to {path}")
    return EXIT_OK


def _list(args: argparse.Namespace) -> int:
    from presskit.contacts.db import open_book

    query = " ".join(args.query)
    limit = -1 if args.limit is None else max(args.limit, 0)
    with open_book() as book:
        found = book.search(query, limit=limit) if query.strip() else book.contacts(
            limit=None if limit < 0 else limit)
    out = sys.stdout
    for c in found:
        phone = c.phones[0].number if c.phones else ""
        email = c.emails[0] if c.emails else ""
        fields = (c.name(), c.role, c.organization, phone, email)
        out.write("\t".join(_one_line(f) for f in fields) + "\n")
    return EXIT_OK


def run(args: argparse.Namespace) -> int:
    """Run a parsed ``contacts`` command; returns the exit status (never raises)."""
    import sqlite3

    from presskit.errors import PresskitError

    command = getattr(args, "contacts_command", None)
    handlers = {"import": _import, "export": _export, "list": _list}
    if command not in handlers:
        parser = getattr(args, "contacts_parser", None)
        if parser is not None:
            parser.print_usage(sys.stderr)
        _err("contacts: choose a command: import, export or list")
        return EXIT_BAD_INPUT
    try:
        return handlers[command](args)
    except PresskitError as exc:
        _err(str(exc))
        return EXIT_BAD_INPUT
    except (OSError, sqlite3.Error) as exc:
        where = getattr(exc, "filename", None) or _book_path()
        _err(f"{where}: {getattr(exc, 'strerror', None) or exc}")
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        _err("interrupted, nothing saved")
        return 130
    except Exception as exc:
        _err(f"internal error: {type(exc).__name__}: {exc} (please report this)")
        return EXIT_INTERNAL


def _book_path() -> str:
    try:
        from presskit.contacts.db import book_path

        return str(book_path())
    except Exception:
        return "contact book"


def main(argv: list[str] | None = None) -> int:
    """``python -m presskit.contacts.cli [contacts] COMMAND …``."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] != "contacts":
        argv = ["contacts", *argv]
    parser = argparse.ArgumentParser(prog=PROG)
    sub = parser.add_subparsers(dest="command")
    add_parser(sub)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code) if isinstance(exc.code, int) else EXIT_BAD_INPUT
    return run(args)


if __name__ == "__main__":
    raise SystemExit(main())
