"""The ``presskit contacts`` command.

    presskit contacts import FILE…        import vCard/CSV files (one transaction), print the report
    presskit contacts export FILE.vcf|FILE.csv
    presskit contacts export - [--format vcard|csv]   the same on standard output
    presskit contacts list [QUERY]        name, role, organization, phone, email (tab separated)

Errors print one line, ``presskit: error: FILE: …``, on stderr and exit with
status 2. When whoever reads standard output stops reading
(``presskit contacts list | head -1``), the command stops quietly with the
status of a command ended by SIGPIPE (141), as other command-line tools do.
Only argparse is imported at start-up; the book is loaded by the
sub-command that needs it. Until the main CLI calls :func:`add_parser` and
:func:`run`, ``python -m presskit.contacts.cli import FILE`` works too.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from presskit.contacts.model import PossibleDuplicate

PROG = "presskit"
EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_BAD_INPUT = 2
EXIT_SIGPIPE = 128 + 13  # what a shell reports for a command ended by SIGPIPE
STDOUT = "-"


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
                                     "transaction. A record is merged into a contact only when "
                                     "it is the same person (same UID, or the same name and a "
                                     "shared email or phone); look-alikes are kept separate "
                                     "and listed.")
    imp.add_argument("files", nargs="+", type=Path, metavar="FILE")
    imp.add_argument("-v", "--verbose", action="store_true",
                     help="also print warnings about invalid phones and emails, and every "
                          "possible duplicate")
    exp = sub.add_parser("export", help="export the book to a .vcf or .csv file",
                         description="Export the whole book: vCard 4.0 for .vcf, "
                                     "CSV (UTF-8 with BOM, for Excel) for .csv. "
                                     "FILE - writes to standard output.")
    exp.add_argument("file", metavar="FILE")
    exp.add_argument("--format", choices=("vcard", "csv"), default=None,
                     help="file format (default: from the extension; vcard for -)")
    lst = sub.add_parser("list", help="list contacts, or those matching QUERY",
                         description="Print one contact per line: name, role, organization, "
                                     "phone, email, separated by tabs.")
    lst.add_argument("query", nargs="*", metavar="QUERY")
    lst.add_argument("-n", "--limit", type=int, default=None, help="print at most N contacts")
    parser.set_defaults(contacts_parser=parser)
    return parser


def _one_line(text: str) -> str:
    return " ".join(text.split())


MAX_POSSIBLE_LINES = 10


def _import(args: argparse.Namespace) -> int:
    from presskit.contacts.db import open_book
    from presskit.contacts.files import read_contact_file

    items = []
    for path in args.files:
        items.extend(read_contact_file(path))
    with open_book() as book:
        report = book.import_items(items)
    print(report)
    _print_possible(report.possible, args.verbose)
    for warning in report.read_warnings:
        _warn(warning)
    others = [w for w in report.warnings if w not in set(report.read_warnings)]
    if args.verbose:
        for warning in others:
            _warn(warning)
    elif others:
        print(f"{len(others)} warning(s) about phones or emails; use --verbose to see them")
    return EXIT_OK


def _print_possible(possible: list[PossibleDuplicate], verbose: bool) -> None:
    """One line per look-alike kept separate, then where to decide about them."""
    if not possible:
        return
    shown = possible if verbose else possible[:MAX_POSSIBLE_LINES]
    for p in shown:
        print(f"possible duplicate: {_one_line(str(p))}")
    if len(shown) < len(possible):
        print(f"… and {len(possible) - len(shown)} more; use --verbose to see them")
    print("Nothing was merged for these: compare them in the editor's contact book "
          "(Merge Duplicates) and merge or keep them apart there.")


def _export(args: argparse.Namespace) -> int:
    from presskit.contacts.csvio import ContactFileError
    from presskit.contacts.db import open_book
    from presskit.contacts.files import VCARD_EXTENSIONS, export_bytes, export_contacts

    if args.file == STDOUT:
        with open_book() as book:
            data, _count = export_bytes(book, fmt=args.format or "vcard")
        sys.stdout.flush()
        _write_all(sys.stdout.buffer, data)
        return EXIT_OK
    path = Path(args.file)
    if args.format is None and path.suffix.lower() not in (*VCARD_EXTENSIONS, ".csv"):
        raise ContactFileError("unknown format: the name must end in .vcf or .csv",
                               path=str(path))
    if path.is_dir():
        raise ContactFileError("is a folder", path=str(path))
    with open_book() as book:
        count = export_contacts(book, path, fmt=args.format)
    print(f"{count} contact{'' if count == 1 else 's'} written to {path}")
    return EXIT_OK


def _write_all(stream: Any, data: bytes) -> None:
    """Write every byte: a pipe whose reader leaves mid-way can take only part of a write."""
    view = memoryview(data)
    while view:
        written = stream.write(view)
        if not written:
            raise BrokenPipeError("standard output took nothing")
        view = view[written:]


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
        code = handlers[command](args)
        sys.stdout.flush()  # a reader gone away shows here, not in Python's last flush
        return code
    except BrokenPipeError:
        return _stdout_closed()
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


def _stdout_closed() -> int:
    """Standard output's reader went away: stop quietly.

    Standard output is pointed at /dev/null first (as Python's documentation
    advises), so that the interpreter's last flush does not fail once more.
    """
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    return EXIT_SIGPIPE


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
