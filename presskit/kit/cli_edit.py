"""``presskit kit edit``, ``remove`` and ``release``: change a kit from the command line.

    presskit kit edit KIT ITEM [--caption T] [--credit C] [--rights R] [--alt A] [--date D]
                               [--title T] [--doc-kind K] [--body-file F.md]
                               [--url U] [--description D] [--move-to N]
    presskit kit remove KIT ITEM...
    presskit kit release KIT DRAFT       the release replaced by an edited draft

ITEM is an item's number (1 for the first line of ``presskit kit list``) or what that list
shows in its second column (``media/01-pad.jpg``, ``documents/02-key-figures.md``, a link's
URL). An option that does not apply to the item's kind is refused. The edited kit is read
back before it replaces the file, so a value the kit format refuses (a date that is not ISO,
a link that is not http/https) is reported and the kit stays byte for byte as it was.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from presskit.kit.model import Kit, KitItem

# option -> (the item kinds it applies to, the attribute it sets)
_FIELDS: dict[str, tuple[tuple[str, ...], str]] = {
    "caption": (("photo",), "caption"),
    "credit": (("photo",), "credit"),
    "rights": (("photo",), "rights"),
    "alt": (("photo",), "alt"),
    "date": (("photo",), "date"),
    "title": (("document", "logo"), "title"),
    "doc_kind": (("document",), "doc_kind"),
    "url": (("link",), "url"),
    "description": (("link",), "description"),
}


class EditRefused(Exception):
    """The edit was refused; the message is the whole line."""


def add_parsers(actions: Any) -> None:
    edit = actions.add_parser(
        "edit", help="change an item's caption, credit, title… or its place",
        description="Change one item of the kit. ITEM is its number in 'presskit kit list' "
                    "(from 1) or the file or URL that list shows. Only the options given "
                    "change; each must apply to the item's kind.")
    edit.add_argument("kit", type=Path, metavar="KIT", help="the .presskit-kit file")
    edit.add_argument("item", metavar="ITEM", help="item number, file or URL")
    photo = edit.add_argument_group("photos")
    photo.add_argument("--caption")
    photo.add_argument("--credit")
    photo.add_argument("--rights")
    photo.add_argument("--alt", help="alt text")
    photo.add_argument("--date", help="the ISO date the photo was taken (YYYY-MM-DD); '' clears it")
    doc = edit.add_argument_group("documents and logos")
    doc.add_argument("--title")
    doc.add_argument("--doc-kind", choices=("factsheet", "backgrounder", "biography", "qa",
                                            "document"))
    doc.add_argument("--body-file", type=Path, metavar="FILE.md",
                     help="replace a document's Markdown with this file's")
    link = edit.add_argument_group("links")
    link.add_argument("--url")
    link.add_argument("--description")
    edit.add_argument("--move-to", type=int, metavar="N", help="move the item to place N")
    edit.add_argument("-q", "--quiet", action="store_true", help="print only errors and warnings")
    release = actions.add_parser("release", help="replace the kit's release with a draft",
                                 description="Put DRAFT in the kit in place of its release "
                                             "(after the release was edited as a .presskit "
                                             "draft); the items stay as they are.")
    release.add_argument("kit", type=Path, metavar="KIT", help="the .presskit-kit file")
    release.add_argument("draft", type=Path, metavar="DRAFT", help="the .presskit draft")
    remove = actions.add_parser("remove", help="remove items from a kit",
                                description="Remove the items named (numbers as in 'presskit "
                                            "kit list', files or URLs). Photos and logos no "
                                            "item uses any more leave the file.")
    remove.add_argument("kit", type=Path, metavar="KIT", help="the .presskit-kit file")
    remove.add_argument("items", nargs="+", metavar="ITEM", help="item number, file or URL")
    remove.add_argument("-q", "--quiet", action="store_true", help="print only errors and warnings")


def find_item(kit: Kit, ref: str, path: Path) -> int:
    """The index of the item *ref* names (a number from 1, or the file or URL ``list`` shows)."""
    from presskit.kit.cli import item_file

    text = ref.strip()
    if text.isdigit():
        number = int(text)
        if 1 <= number <= len(kit.items):
            return number - 1
    else:
        for i, item in enumerate(kit.items):
            if item_file(item, i) == text:
                return i
    span = f"items 1 to {len(kit.items)}" if kit.items else "the kit has no items"
    raise EditRefused(f"{path}: no item '{ref[:80]}' ({span}; see 'presskit kit list {path}')")


def _apply(kit: Kit, index: int, args: argparse.Namespace) -> None:
    from presskit.kit.cli import read_input
    from presskit.kit.container import MAX_TEXT_BYTES
    from presskit.kit.model import KitDocument

    item: KitItem = kit.items[index]
    changed = False
    for option, (kinds, attr) in _FIELDS.items():
        value = getattr(args, option)
        if value is None:
            continue
        if item.kind not in kinds:
            flag = "--" + option.replace("_", "-")
            raise EditRefused(f"{args.kit}: {flag} is for {' and '.join(k + 's' for k in kinds)}; "
                              f"item {index + 1} is a {item.kind}")
        setattr(item, attr, value)
        changed = True
    if args.body_file is not None:
        if not isinstance(item, KitDocument):
            raise EditRefused(f"{args.kit}: --body-file is for documents; item {index + 1} is a "
                              f"{item.kind}")
        raw = read_input(args.body_file, MAX_TEXT_BYTES)
        try:
            item.body = raw.decode("utf-8-sig").replace("\r\n", "\n")
        except UnicodeDecodeError as exc:
            raise EditRefused(f"{args.body_file}: not UTF-8 text (invalid byte at offset "
                              f"{exc.start}); a document must be Markdown in UTF-8") from None
        changed = True
    if args.move_to is not None:
        if not 1 <= args.move_to <= len(kit.items):
            raise EditRefused(f"{args.kit}: --move-to {args.move_to}: the places are 1 to "
                              f"{len(kit.items)}")
        kit.items.insert(args.move_to - 1, kit.items.pop(index))
        changed = True
    if not changed:
        raise EditRefused(f"{args.kit}: nothing to change: give --caption, --title, --move-to…")


def _save_checked(kit: Kit, path: Path) -> None:
    """Save *kit* over *path* once it reads back as a kit (the reader names a bad field)."""
    from presskit.atomic import write_bytes
    from presskit.errors import KitError
    from presskit.kit.container import dumps_kit, loads_kit

    try:
        data = dumps_kit(kit)
    except KitError as exc:
        raise KitError(exc.message, path=str(path), field=exc.field) from None
    loads_kit(data, path)
    try:
        write_bytes(path, data, backup=True)
    except OSError as exc:
        raise KitError(f"cannot be written ({exc.strerror or exc})", path=str(path)) from None


def edit(args: argparse.Namespace) -> int:
    from presskit.kit.cli import print_row
    from presskit.kit.container import load_kit

    kit = load_kit(args.kit)
    index = find_item(kit, args.item, args.kit)
    item = kit.items[index]
    _apply(kit, index, args)
    _save_checked(kit, args.kit)
    if not args.quiet:
        print_row(item, kit.items.index(item))
    return 0


def remove(args: argparse.Namespace) -> int:
    from presskit.kit.cli import print_row
    from presskit.kit.container import load_kit

    kit = load_kit(args.kit)
    indexes = sorted({find_item(kit, ref, args.kit) for ref in args.items})
    removed = [(i, kit.items[i]) for i in indexes]
    for i in reversed(indexes):
        del kit.items[i]
    _save_checked(kit, args.kit)
    if not args.quiet:
        for i, item in removed:
            print_row(item, i, prefix="removed\t")
    return 0


def replace_release(args: argparse.Namespace) -> int:
    from presskit import draft
    from presskit.kit.container import load_kit

    kit = load_kit(args.kit)
    kit.release = draft.load(args.draft)
    _save_checked(kit, args.kit)
    print(f"Kit: {args.kit} ({kit.release.title or 'untitled release'})")
    return 0
