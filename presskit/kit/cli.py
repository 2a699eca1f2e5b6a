"""The ``presskit kit`` command (issue 12); ``presskit export KIT`` is in ``export_cli``.

    presskit kit new KIT.presskit-kit --release DRAFT.presskit
    presskit kit add KIT FILE... [--kind photo|document|logo] [--caption T] [--credit C]
                                 [--rights R] [--alt A] [--title T] [--doc-kind K]
    presskit kit add KIT --link URL [--description D]
    presskit kit list KIT        one line per item, tab separated: kind, file, title or
                                 caption, credit
    presskit kit edit KIT ITEM [--caption T] … [--move-to N]     (in ``cli_edit``)
    presskit kit remove KIT ITEM...
    presskit kit release KIT DRAFT

What a file is: an image (JPEG, PNG, TIFF, WebP) is a photo unless ``--kind logo``; an SVG,
EPS or PDF file is a logo; a ``.md`` file is a document titled by its first heading (the
heading then leaves the body). A photo or logo already in the kit is not added again. Values
given here beat the photo's own metadata. Every file is checked before the kit is written,
so an ``add`` that fails leaves the kit byte for byte as it was.

Errors print one line, ``presskit: error: FILE: …``, and exit with status 2; warnings go to
stderr with status 0. Only argparse is imported at start-up.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from presskit.kit.model import Kit, KitItem

PROG = "presskit"
EXIT_OK = 0
EXIT_BAD_INPUT = 2
EXIT_SIGPIPE = 128 + 13
KINDS = ("photo", "document", "logo")
MARKDOWN_SUFFIXES = (".md", ".markdown")
LOGO_ONLY_SUFFIXES = (".svg", ".eps", ".pdf")  # formats a photo never has
# Document kinds guessed from a file name, when --doc-kind is not given.
_DOC_KIND_WORDS = (
    ("biography", ("bio", "bios", "biography", "biographie", "biographies", "biografie",
                   "biografia", "portrait")),
    ("qa", ("qa", "faq", "q-a", "questions", "fragen")),
    ("backgrounder", ("backgrounder", "background", "contexte", "hintergrund")),
    ("factsheet", ("factsheet", "fact", "facts", "fiche", "chiffres", "key-figures",
                   "faktenblatt", "ficha", "scheda")),
)


class _Refused(Exception):
    """The command was refused; the message is the whole line."""


def _err(message: str) -> None:
    print(f"{PROG}: error: {message}", file=sys.stderr)


def _warn(message: str) -> None:
    print(f"{PROG}: warning: {message}", file=sys.stderr)


class _Intermixed(argparse.ArgumentParser):
    """Parses options and positionals in any order (``parse_known_intermixed_args``), also
    when reached as a sub-command, which argparse parses with ``parse_known_args``."""

    _inside = False

    def parse_known_args(self, args: Any = None, namespace: Any = None) -> Any:
        if self._inside:
            return super().parse_known_args(args, namespace)
        self._inside = True
        try:
            return self.parse_known_intermixed_args(args, namespace)
        finally:
            self._inside = False


def add_parser(sub: Any) -> argparse.ArgumentParser:
    kit: argparse.ArgumentParser = sub.add_parser(
        "kit", help="build a press kit: the release with photos, documents, logos and links",
        description="Build a press kit (.presskit-kit): the release, then fact sheets, "
                    "biographies and Q&A (Markdown), photos with caption, credit and rights, "
                    "logos and links. Export it with 'presskit export KIT'.")
    # Options may come between the files ("add KIT -q --alt A a.jpg b.jpg"), as users type them.
    intermixed = type("_KitParser", (_Intermixed, type(kit)), {})
    actions: Any = kit.add_subparsers(dest="kit_command", metavar="COMMAND",
                                      parser_class=intermixed)
    new = actions.add_parser("new", help="create a kit around a release",
                             description="Create KIT holding the release DRAFT and no items "
                                         "yet. An existing file is never overwritten.")
    new.add_argument("kit", type=Path, metavar="KIT", help="the .presskit-kit file to create")
    new.add_argument("--release", type=Path, required=True, metavar="DRAFT",
                     help="the release (.presskit draft) the kit is built around")
    add = actions.add_parser(
        "add", help="add photos, documents, logos or a link to a kit",
        description="Add files to the end of the kit, in the order given. An image is a photo "
                    "(its caption, credit, rights and date read from its XMP, IPTC and EXIF) "
                    "unless --kind logo; an SVG, EPS or PDF file is a logo; a .md file is a "
                    "document titled by its first heading. "
                    "The options below beat what the files say and apply to every FILE.")
    add.add_argument("kit", type=Path, metavar="KIT", help="the .presskit-kit file")
    add.add_argument("files", type=Path, nargs="*", metavar="FILE",
                     help="photos (JPEG, PNG, TIFF, WebP), logos (also SVG, EPS, PDF) and "
                          "Markdown documents (.md)")
    add.add_argument("--kind", choices=KINDS, help="what the files are (default: from the file)")
    add.add_argument("--caption", help="photo caption")
    add.add_argument("--credit", help="photo credit, e.g. 'CNES/ESA'")
    add.add_argument("--rights", help="usage rights, e.g. '© CNES 2026 – press use only'")
    add.add_argument("--alt", help="alt text for the tagged PDF and the newsroom page")
    add.add_argument("--title", help="document or logo title")
    add.add_argument("--doc-kind", choices=_doc_kinds(),
                     help="what a document is (default: guessed from its file name, else "
                          "'document')")
    add.add_argument("--link", metavar="URL", help="add a link (B-roll, video) instead of files")
    add.add_argument("--description", help="what the link leads to")
    add.add_argument("-q", "--quiet", action="store_true", help="print only errors and warnings")
    lst = actions.add_parser("list", help="list a kit's items",
                             description="Print one item per line, tab separated: kind, file "
                                         "(or URL), title or caption, credit.")
    lst.add_argument("kit", type=Path, metavar="KIT", help="the .presskit-kit file")
    from presskit.kit.cli_edit import add_parsers as add_edit_parsers

    add_edit_parsers(actions)
    kit.set_defaults(kit_parser=kit)
    return kit


def _doc_kinds() -> tuple[str, ...]:
    return ("factsheet", "backgrounder", "biography", "qa", "document")


def run(args: argparse.Namespace) -> int:
    from presskit.errors import PresskitError
    from presskit.kit import cli_edit

    command = getattr(args, "kit_command", None)
    if command is None:
        args.kit_parser.print_usage(sys.stderr)
        _err("kit: choose a command: new, add, list, edit, remove or release")
        return EXIT_BAD_INPUT
    try:
        if command == "new":
            return _new(args)
        if command == "add":
            return _add(args)
        if command == "edit":
            return cli_edit.edit(args)
        if command == "remove":
            return cli_edit.remove(args)
        if command == "release":
            return cli_edit.replace_release(args)
        return _list(args)
    except (PresskitError, _Refused, cli_edit.EditRefused) as exc:
        _err(str(exc))
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        _quiet_stdout()
        return EXIT_SIGPIPE


# -- new -----------------------------------------------------------------------------------
def _new(args: argparse.Namespace) -> int:
    from presskit import draft
    from presskit.kit.container import save_kit
    from presskit.kit.model import SUFFIX, Kit

    path: Path = args.kit
    if os.path.lexists(path):
        raise _Refused(f"{path}: already exists; a new kit never replaces a file")
    if path.suffix.lower() != SUFFIX:
        _warn(f"{path}: a kit is usually named NAME{SUFFIX}; 'presskit export' reads only "
              f"files ending in {SUFFIX} as kits")
    release = draft.load(args.release)
    save_kit(Kit(release=release), path, backup=False)
    print(f"Kit: {path} ({release.title or 'untitled release'})")
    return EXIT_OK


# -- add -----------------------------------------------------------------------------------
def read_input(path: Path, limit: int) -> bytes:
    from presskit.kit.container import read_regular

    return read_regular(path, limit, what="a photo, logo or document")


_ATX = re.compile(r" {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r" {0,3}(=+|-+)[ \t]*")
_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")


def _headings(lines: list[str]) -> list[tuple[int, int, str]]:
    """(line index, level, text) of the ATX and setext headings, fenced code skipped."""
    out: list[tuple[int, int, str]] = []
    fence = ""
    for i, raw in enumerate(lines):
        line = raw.rstrip("\r\n")
        m = _FENCE.match(line)
        if m and (not fence or (m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence))):
            fence = "" if fence else m.group(1)
            continue
        if fence:
            continue
        atx = _ATX.match(line)
        if atx and atx.group(2).strip():
            out.append((i, len(atx.group(1)), atx.group(2).strip()))
        elif (i + 1 < len(lines) and line.strip() and not re.match(r" {0,3}([-*+]|\d+[.)])[ \t]", line)
              and _SETEXT.fullmatch(lines[i + 1].rstrip("\r\n"))
              and not (i > 0 and lines[i - 1].strip())):
            out.append((i, 1 if lines[i + 1].strip()[0] == "=" else 2, line.strip()))
    return out


def first_heading(markdown: str) -> tuple[str, str]:
    """(title, body without it): a document's title is its first block when that is a
    heading and no later heading is of its level or above (a Q&A opening on its first
    question is not titled by it); ("", markdown) otherwise."""
    lines = markdown.splitlines(keepends=True)
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    heads = _headings(lines)
    if first is None or not heads or heads[0][0] != first:
        return "", markdown
    _, level, title = heads[0]
    if any(other <= level for _, other, _ in heads[1:]):
        return "", markdown
    setext = not _ATX.match(lines[first].rstrip("\r\n"))
    return title, "".join(lines[first + (2 if setext else 1):]).lstrip("\r\n")


def guess_doc_kind(name: str) -> str:
    from presskit.kit.model import slug

    words = set(slug(Path(name).stem, max_len=200).split("-"))
    joined = slug(Path(name).stem, max_len=200)
    for kind, hints in _DOC_KIND_WORDS:
        if any(h in words or ("-" in h and h in joined) for h in hints):
            return kind
    return "document"


def _kind_of(path: Path, asked: str | None) -> str:
    if asked:
        return asked
    if path.suffix.lower() in MARKDOWN_SUFFIXES:
        return "document"
    if path.suffix.lower() in LOGO_ONLY_SUFFIXES:
        return "logo"  # a photo is never SVG, EPS or PDF
    return "photo"  # identify_photo refuses what is not an image, with the reason


def _document(path: Path, data: bytes, args: argparse.Namespace) -> KitItem:
    from presskit.kit.model import KitDocument

    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _Refused(f"{path}: not UTF-8 text (invalid byte at offset {exc.start}); a "
                       "document must be Markdown in UTF-8") from None
    text = text.replace("\r\n", "\n")
    heading, body = first_heading(text)  # --title replaces that heading
    title = args.title or heading or path.stem
    if not args.title and not heading:
        _warn(f"{path}: does not open on a title heading; titled '{title}' (use --title)")
    kind = args.doc_kind or guess_doc_kind(path.name)
    return KitDocument(title=title, body=body, doc_kind=kind)


class _Duplicate(Exception):
    """The same bytes are already in the kit, as item *index* (from 0)."""

    def __init__(self, index: int):
        super().__init__(index)
        self.index = index


def _check_not_in(kit: Kit, data: bytes) -> None:
    from presskit.kit.model import Logo, Photo

    for i, item in enumerate(kit.items):
        if isinstance(item, (Photo, Logo)) and kit.media.get(item.file) == data:
            raise _Duplicate(i)


def _photo(path: Path, data: bytes, args: argparse.Namespace, kit: Kit) -> KitItem:
    from presskit.kit.model import Photo
    from presskit.kit.photos import identify_photo

    info = identify_photo(data, str(path))
    _check_not_in(kit, data)
    meta = info.metadata
    photo = Photo(file="", caption=_given(args.caption, meta.caption),
                  credit=_given(args.credit, meta.credit), rights=_given(args.rights, meta.rights),
                  alt=_given(args.alt, meta.alt), date=meta.date, original_name=path.name)
    photo.file = kit.add_media(path.name, data)
    if not photo.credit:
        _warn(f"{path}: no credit (none in the photo's metadata); journalists must print "
              "one: add --credit")
    if not photo.alt:
        _warn(f"{path}: no alt text (none in the photo's metadata); the PDF and the newsroom "
              "page need one: add --alt")
    return photo


def _given(value: str | None, fallback: str) -> str:
    return value if value is not None else fallback


def _logo(path: Path, data: bytes, args: argparse.Namespace, kit: Kit) -> KitItem:
    from presskit.kit.model import Logo
    from presskit.kit.photos import identify_logo

    identify_logo(data, str(path))
    _check_not_in(kit, data)
    return Logo(file=kit.add_media(path.name, data), title=args.title or path.stem,
                original_name=path.name)


def _add(args: argparse.Namespace) -> int:
    from presskit.kit.container import MAX_TEXT_BYTES, load_kit, save_kit
    from presskit.kit.model import Link
    from presskit.kit.photos import MAX_PHOTO_BYTES

    if not args.files and not args.link:
        raise _Refused(f"{args.kit}: nothing to add: give FILE… or --link URL")
    if args.link and args.files:
        raise _Refused(f"{args.kit}: --link adds a link; add files with a separate command")
    if args.description is not None and not args.link:
        raise _Refused(f"{args.kit}: --description goes with --link URL")
    if not os.path.lexists(args.kit):
        raise _Refused(f"{args.kit}: no such file; create the kit first with 'presskit kit new "
                       f"{args.kit} --release DRAFT'")
    kit = load_kit(args.kit)
    _quiet_pillow()
    added: list[KitItem] = []
    if args.link:
        if not re.match(r"(?i)^https?://\S+$", args.link):
            raise _Refused(f"{args.kit}: --link '{args.link[:80]}' is not an http or https URL")
        added.append(Link(url=args.link, description=args.description or ""))
        kit.items.extend(added)
    for path in args.files:
        kind = _kind_of(path, args.kind)
        data = read_input(path, MAX_TEXT_BYTES if kind == "document" else MAX_PHOTO_BYTES)
        try:
            if kind == "document":
                item = _document(path, data, args)
            elif kind == "logo":
                item = _logo(path, data, args, kit)
            else:
                item = _photo(path, data, args, kit)
        except _Duplicate as dup:
            _warn(f"{path}: already in the kit (item {dup.index + 1}); not added again")
            continue
        added.append(item)
        kit.items.append(item)
    if not added:
        return EXIT_OK
    save_kit(kit, args.kit)
    if not args.quiet:
        first = len(kit.items) - len(added)
        for i, item in enumerate(added, first):
            print_row(item, i)
    return EXIT_OK


# -- list ----------------------------------------------------------------------------------
def _one_line(text: str) -> str:
    return " ".join(text.split())


def item_file(item: KitItem, index: int) -> str:
    """What ``list`` shows as an item's file: its entry name (a document's as it is saved at
    place *index*, from 0), or a link's URL."""
    from presskit.kit.container import document_entry
    from presskit.kit.model import KitDocument, Link

    if isinstance(item, KitDocument):
        return document_entry(index + 1, item)
    if isinstance(item, Link):
        return item.url
    return item.file


def _row(item: KitItem, index: int) -> list[str]:
    from presskit.kit.model import KitDocument, Link, Logo

    file = item_file(item, index)
    if isinstance(item, KitDocument):
        return ["document", file, _one_line(item.title), ""]
    if isinstance(item, Link):
        return ["link", file, _one_line(item.description), ""]
    if isinstance(item, Logo):
        return ["logo", file, _one_line(item.title), ""]
    return ["photo", file, _one_line(item.caption), _one_line(item.credit)]


def print_row(item: KitItem, index: int, *, prefix: str = "") -> None:
    print(prefix + "\t".join(_row(item, index)))


def _list(args: argparse.Namespace) -> int:
    from presskit.kit.container import load_kit

    kit = load_kit(args.kit)
    lines = ["\t".join(_row(item, i)) for i, item in enumerate(kit.items)]
    if lines:
        sys.stdout.write("\n".join(lines) + "\n")
        sys.stdout.flush()
    return EXIT_OK


def _quiet_pillow() -> None:
    """Pillow logs what it refuses in a damaged image (``logger.error``) before raising; with
    no logging set up, Python would print that on stderr beside our one-line error."""
    import logging

    logger = logging.getLogger("PIL")
    if not logger.handlers:
        logger.addHandler(logging.NullHandler())


def _quiet_stdout() -> None:
    from presskit.cli import quiet_stdout as quiet

    quiet()
