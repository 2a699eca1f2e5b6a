"""The ``presskit`` command.

    presskit                      open the editor
    presskit DRAFT.presskit       open a draft in the editor
    presskit export DRAFT [--pdf A] [--docx B] [--txt C] [--eml D] [--all]
    presskit contacts import|export|list …

Start-up matters (cold start is most of an export's time), so this module
imports only argparse; everything else is imported by the command that needs
it. It never imports Qt except to open the editor.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

PROG = "presskit"
EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_BAD_INPUT = 2


def _err(message: str, stream: TextIO | None = None) -> None:
    print(f"{PROG}: error: {message}", file=stream or sys.stderr)


def _warn(message: str, stream: TextIO | None = None) -> None:
    print(f"{PROG}: warning: {message}", file=stream or sys.stderr)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        _err(message)
        raise SystemExit(EXIT_BAD_INPUT)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=PROG, description="Offline editor and exporter for press releases.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    exp = sub.add_parser("export", help="export a draft to PDF, DOCX, plain text or email",
                         description="Export a draft. With no format option, writes the PDF "
                                     "next to the draft, named from the reference and title.")
    exp.add_argument("draft", type=Path, help="the .presskit draft")
    exp.add_argument("--pdf", type=Path, metavar="OUT.pdf", help="write the letterhead PDF")
    exp.add_argument("--docx", type=Path, metavar="OUT.docx", help="write a Word document")
    exp.add_argument("--txt", type=Path, metavar="OUT.txt", help="write the email body text")
    exp.add_argument("--eml", type=Path, metavar="OUT.eml",
                     help="write a ready-to-send email with the PDF attached")
    exp.add_argument("--all", action="store_true",
                     help="write every format next to the draft, with the default names")
    exp.add_argument("-q", "--quiet", action="store_true", help="print only errors and warnings")
    edit = sub.add_parser("edit", help="open the editor (the default with no command)")
    edit.add_argument("draft", nargs="?", type=Path)
    try:
        from presskit.contacts.cli import add_parser as add_contacts
    except ImportError:  # pragma: no cover - contacts ship with presskit
        pass
    else:
        add_contacts(sub)
    return parser


def _version() -> str:
    from presskit import __version__

    return __version__


def _export(args: argparse.Namespace) -> int:
    from presskit import deferred

    deferred.defer()  # HarfBuzz and Pillow load only if this release needs them
    from presskit import draft
    from presskit.errors import PresskitError
    from presskit.export import EXTENSIONS, FORMAT_ORDER, RENDERERS, default_path, export

    try:
        release = draft.load(args.draft)
    except PresskitError as exc:
        _err(str(exc))
        return EXIT_BAD_INPUT
    targets: dict[str, Path] = {}
    for fmt in FORMAT_ORDER:
        value = getattr(args, fmt, None)
        if value is not None:
            targets[fmt] = value
    if args.all:
        for fmt in FORMAT_ORDER:
            if fmt in RENDERERS:
                targets.setdefault(fmt, default_path(release, args.draft, fmt))
    if not targets:
        targets["pdf"] = default_path(release, args.draft, "pdf")
    for fmt in list(targets):
        if fmt not in RENDERERS:
            _err(f"{args.draft}: {fmt.upper()} export is not available in this version")
            return EXIT_BAD_INPUT
    draft_abs = args.draft.resolve()
    for fmt, path in targets.items():
        if path.resolve() == draft_abs:
            _err(f"{path}: refusing to overwrite the draft with the {fmt.upper()} export")
            return EXIT_BAD_INPUT
        if path.suffix.lower() != EXTENSIONS[fmt] and not args.quiet:
            _warn(f"{path}: {fmt.upper()} written to a file not ending in {EXTENSIONS[fmt]}")
    try:
        result = export(release, targets)
    except PresskitError as exc:
        _err(str(exc))
        return EXIT_BAD_INPUT
    for w in result.warnings:
        _warn(f"{args.draft}: {w}")
    if not args.quiet:
        for fmt, path in result.written.items():
            extra = f" ({result.pages} page{'s' if result.pages != 1 else ''})" \
                if fmt == "pdf" and result.pages else ""
            print(f"{fmt.upper()}: {path}{extra}")
    return EXIT_OK


def _edit(draft: Path | None) -> int:
    try:
        from presskit_ui.app import run as run_editor
    except ImportError as exc:
        _err(f"the editor is not available ({exc}); install presskit[gui] or use "
             "'presskit export DRAFT'")
        return EXIT_INTERNAL
    return int(run_editor([str(draft)] if draft else []))


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # "presskit FILE.presskit" opens the draft in the editor.
    if len(argv) == 1 and not argv[0].startswith("-") and argv[0] not in ("export", "edit", "contacts"):
        argv = ["edit", argv[0]]
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if args.command == "export":
            return _export(args)
        if args.command == "contacts":
            from presskit.contacts.cli import run as run_contacts

            return int(run_contacts(args))
        return _edit(getattr(args, "draft", None))
    except SystemExit as exc:
        return int(exc.code) if isinstance(exc.code, int) else EXIT_BAD_INPUT
    except KeyboardInterrupt:
        _err("interrupted")
        return 130
    except MemoryError:
        _err("out of memory")
        return EXIT_INTERNAL
    except Exception as exc:
        _err(f"internal error: {type(exc).__name__}: {exc} "
             "(please report this, with the draft if you can)")
        return EXIT_INTERNAL


if __name__ == "__main__":
    raise SystemExit(main())
