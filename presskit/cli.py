"""The ``presskit`` command.

    presskit                      open the editor
    presskit DRAFT.presskit       open a draft in the editor
    presskit export DRAFT [--pdf A] [--docx B] [--txt C] [--eml D] [--html E] [--all]
    presskit export KIT [--pdf A] [--zip B] [--html DIR]
    presskit export DRAFT|KIT|FOLDER... --outdir DIR [--pdf] [--docx] … [-j N]
    presskit check DRAFT|KIT [--json] [--lang LOCALE]
    presskit kit new|add|list …
    presskit contacts import|export|list …
    presskit --install-desktop | --uninstall-desktop

Start-up matters (cold start is most of an export's time), so this module
imports only argparse; everything else is imported by the command that needs
it. It never imports Qt except to open the editor.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from presskit.export import Target
    from presskit.model import Release

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


# Commands whose parsers are defined in their own packages: each is imported only when its
# command is the one given (or no command is), so ``presskit export`` never imports
# preflight, kits or the contact book.
_PACKAGED_PARSERS = (("check", "presskit.preflight.cli"), ("kit", "presskit.kit.cli"),
                     ("contacts", "presskit.contacts.cli"))


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The whole command line; with *command*, only that command's parser of those above."""
    parser = _Parser(prog=PROG, description="Offline editor and exporter for press releases.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    desktop = parser.add_mutually_exclusive_group()
    desktop.add_argument("--install-desktop", action="store_true",
                         help="add Presskit to this user's application menu, with its file "
                              "types and icons (under $XDG_DATA_HOME, default ~/.local/share)")
    desktop.add_argument("--uninstall-desktop", action="store_true",
                         help="remove what --install-desktop installed")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    exp = sub.add_parser("export", help="export a draft to PDF, DOCX, plain text or email",
                         description="Export a draft. With no format option, writes the PDF "
                                     "next to the draft, named from the reference and title.")
    exp.add_argument("inputs", type=Path, nargs="+", metavar="DRAFT",
                     help="the .presskit draft or .presskit-kit kit; several (or a folder of "
                          "them) with --outdir")
    # Kept as typed (str): Path("./-") would become "-", which means standard output. With
    # --outdir a format option takes no value (nargs="?", const=OUTDIR_DEFAULT).
    exp.add_argument("--pdf", metavar="OUT.pdf", nargs="?", const=OUTDIR_DEFAULT,
                     help="write the letterhead PDF ('-': to standard output)")
    exp.add_argument("--docx", metavar="OUT.docx", nargs="?", const=OUTDIR_DEFAULT,
                     help="write a Word document")
    exp.add_argument("--txt", metavar="OUT.txt", nargs="?", const=OUTDIR_DEFAULT,
                     help="write the email body text")
    exp.add_argument("--eml", metavar="OUT.eml", nargs="?", const=OUTDIR_DEFAULT,
                     help="write a ready-to-send email with the PDF attached")
    exp.add_argument("--html", metavar="OUT.html", nargs="?", const=OUTDIR_DEFAULT,
                     help="write the accessible HTML version (self-contained, no script); "
                          "for a kit, the folder to write the newsroom page into")
    exp.add_argument("--zip", metavar="OUT.zip", nargs="?", const=OUTDIR_DEFAULT,
                     help="for a kit: the ZIP for journalists (release, documents, original "
                          "photos, credits, newsroom page)")
    exp.add_argument("--all", action="store_true",
                     help="write every format next to the draft, with the default names")
    exp.add_argument("--outdir", type=Path, metavar="DIR",
                     help="export every input into DIR (created if missing), named from "
                          "each reference and title")
    exp.add_argument("-j", "--jobs", type=int, metavar="N",
                     help="with --outdir: the number of worker processes (default: the "
                          "number of cores)")
    exp.add_argument("-q", "--quiet", action="store_true", help="print only errors and warnings")
    edit = sub.add_parser("edit", help="open the editor (the default with no command)")
    edit.add_argument("drafts", nargs="*", type=Path, metavar="DRAFT")
    for name, module in _PACKAGED_PARSERS:
        if command in (None, name):
            importlib.import_module(module).add_parser(sub)
    return parser


def _version() -> str:
    from presskit import __version__

    return __version__


STDOUT = "-"
# A format option given with no value (``--outdir DIR --pdf``): "write this format".
OUTDIR_DEFAULT = "\0outdir"
_BINARY = ("pdf", "docx")


class _Refused(Exception):
    """The export was refused before anything was written; the message is the whole line."""


def _targets(args: argparse.Namespace, release: Release) -> dict[str, Target]:
    """The outputs asked for: files, or standard output for at most one format (``-``)."""
    from presskit.export import FORMAT_ORDER, RENDERERS, Stream, default_path

    targets: dict[str, Target] = {}
    to_stdout = [fmt for fmt in FORMAT_ORDER if getattr(args, fmt, None) == STDOUT]
    if len(to_stdout) > 1:
        raise _Refused(f"{args.draft}: only one format can go to standard output ('-'), not "
                       f"{' and '.join(f.upper() for f in to_stdout)}")
    for fmt in FORMAT_ORDER:
        value = getattr(args, fmt, None)
        if value == STDOUT:
            if sys.stdout is None:
                raise _Refused(f"{args.draft}: standard output is closed; cannot write the "
                               f"{fmt.upper()} there")
            if fmt in _BINARY and sys.stdout.isatty():
                raise _Refused(f"{args.draft}: refusing to write the {fmt.upper()} to a terminal; "
                               "redirect standard output to a file or a pipe")
            targets[fmt] = Stream(sys.stdout.buffer)
        elif value is not None:
            targets[fmt] = Path(value)
    if args.all:
        for fmt in FORMAT_ORDER:
            if fmt in RENDERERS:
                targets.setdefault(fmt, default_path(release, args.draft, fmt))
    if not targets:
        targets["pdf"] = default_path(release, args.draft, "pdf")
    for fmt in targets:
        if fmt not in RENDERERS:
            raise _Refused(f"{args.draft}: {fmt.upper()} export is not available in this version")
    return targets


def _check_files(args: argparse.Namespace, targets: dict[str, Target]) -> None:
    """Refuse before anything is written: two formats in one file, an export over the draft."""
    from presskit.export import EXTENSIONS, check_targets, file_key

    check_targets(targets)
    draft_key = file_key(args.draft)
    for fmt, path in targets.items():
        if not isinstance(path, Path):
            continue
        if file_key(path) == draft_key:
            raise _Refused(f"{path}: refusing to overwrite the draft with the {fmt.upper()} export")
        if path.suffix.lower() != EXTENSIONS[fmt] and not args.quiet:
            _warn(f"{path}: {fmt.upper()} written to a file not ending in {EXTENSIONS[fmt]}")


def home_country_setting() -> str | None:
    """The Preferences' home country (else the system locale's), for numbers typed without +CC."""
    from presskit.paths import config_dir
    from presskit.preferences import Preferences

    try:
        return Preferences.in_folder(config_dir(create=False)).home_country
    except OSError:
        from presskit.phones import system_country

        return system_country()


def is_kit_path(path: Path) -> bool:
    """A kit is named ``*.presskit-kit``; anything else given to export is read as a draft."""
    return path.suffix.lower() == ".presskit-kit"


def _export(args: argparse.Namespace) -> int:
    inputs: list[Path] = args.inputs
    if args.outdir is not None or len(inputs) > 1 or inputs[0].is_dir():
        from presskit.batch_cli import run as run_batch

        return int(run_batch(args))
    args.draft = inputs[0]
    given = [f"--{fmt}" for fmt in ("pdf", "docx", "txt", "eml", "html", "zip")
             if getattr(args, fmt, None) == OUTDIR_DEFAULT]
    if given:
        _err(f"{args.draft}: {', '.join(given)} needs a file name (or use --outdir DIR)")
        return EXIT_BAD_INPUT
    if is_kit_path(args.draft):
        from presskit.kit.export_cli import export_command

        return int(export_command(args))
    if args.zip is not None:
        _err(f"{args.draft}: --zip is for a press kit (.presskit-kit), not a draft")
        return EXIT_BAD_INPUT
    return _export_draft(args)


def _export_draft(args: argparse.Namespace) -> int:
    from presskit import deferred

    deferred.defer()  # HarfBuzz and Pillow load only if this release needs them
    from presskit import draft
    from presskit.errors import PresskitError
    from presskit.export import export

    try:
        release = draft.load(args.draft)
        targets = _targets(args, release)
        _check_files(args, targets)
        result = export(release, targets, home_country=home_country_setting())
    except PresskitError as exc:
        _err(str(exc))
        return EXIT_BAD_INPUT
    except _Refused as exc:
        _err(str(exc))
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        quiet_stdout()  # the reader stopped reading (``| head``): nothing to say
        return EXIT_OK
    # Messages go to stderr when standard output carries an export.
    info = sys.stderr if any(not isinstance(t, Path) for t in targets.values()) else sys.stdout
    for w in result.warnings:
        _warn(f"{args.draft}: {w}")
    if not args.quiet:
        for fmt, path in result.written.items():
            extra = f" ({result.pages} page{'s' if result.pages != 1 else ''})" \
                if fmt == "pdf" and result.pages else ""
            print(f"{fmt.upper()}: {path}{extra}", file=info)
    return EXIT_OK


def quiet_stdout() -> None:
    """After a broken pipe, point stdout at /dev/null so the interpreter's final flush is silent."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


def _desktop(install: bool) -> int:
    from presskit import desktop

    try:
        lines = desktop.install() if install else desktop.uninstall()
    except desktop.DesktopError as exc:
        _err(str(exc))
        return EXIT_BAD_INPUT
    for line in lines:
        print(line)
    return EXIT_OK


def _edit(drafts: list[Path]) -> int:
    try:
        from presskit_ui.app import run as run_editor
    except ImportError as exc:
        _err(f"the editor is not available ({exc}); reinstall presskit (it brings PySide6) "
             "or use 'presskit export DRAFT'")
        return EXIT_INTERNAL
    return int(run_editor([str(d) for d in drafts]))


COMMANDS = ("export", "edit", "check", "kit", "contacts")


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # "presskit FILE.presskit [FILE…]" opens the drafts in the editor.
    if argv and not argv[0].startswith("-") and argv[0] not in COMMANDS:
        argv = ["edit", *argv]
    parser = build_parser(argv[0] if argv and argv[0] in COMMANDS else None)
    try:
        args = parser.parse_args(argv)
        if args.install_desktop or args.uninstall_desktop:
            return _desktop(install=args.install_desktop)
        if args.command == "export":
            return _export(args)
        if args.command == "check":
            from presskit.preflight.cli import run as run_check

            return int(run_check(args))
        if args.command == "kit":
            from presskit.kit.cli import run as run_kit

            return int(run_kit(args))
        if args.command == "contacts":
            from presskit.contacts.cli import run as run_contacts

            return int(run_contacts(args))
        return _edit(list(getattr(args, "drafts", None) or []))
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
