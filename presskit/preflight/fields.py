"""The texts of a release (and kit) by field path, and each path's label for a reader.

``text_fields`` lists every text the engine reads, with its path (``quotes[0].text``);
``field_label`` turns a path into what the form calls it ("Quote 1", "Citation 1"), so no
message shows a draft key. The editor uses both (jump to a field, find and replace).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from presskit.model import Release
from presskit.preflight import messages as M


@dataclass(frozen=True)
class TextField:
    """One text of the release: ``prose`` texts are spell-checked and searched for links."""

    field: str
    text: str
    prose: bool = False


def text_fields(release: Release, kit: Any = None) -> list[TextField]:
    """Every printed text of *release* (and of *kit*'s documents and photos), in form order."""
    out = [TextField("title", release.title, True),
           TextField("subtitle", release.subtitle, True),
           TextField("place", release.place),
           TextField("body", release.body, True)]
    for i, q in enumerate(release.quotes):
        out += [TextField(f"quotes[{i}].text", q.text, True),
                TextField(f"quotes[{i}].speaker", q.speaker),
                TextField(f"quotes[{i}].role", q.role)]
    out.append(TextField("boilerplate", release.boilerplate, True))
    for i, c in enumerate(release.contacts):
        out += [TextField(f"contacts[{i}].name", c.name), TextField(f"contacts[{i}].role", c.role)]
    lh = release.letterhead
    out += [TextField("letterhead.organization", lh.organization),
            TextField("letterhead.address", lh.address),
            TextField("letterhead.footer", lh.footer)]
    if kit is not None:
        for i, item in enumerate(kit.items):
            kind = getattr(item, "kind", "")
            if kind == "document":
                out += [TextField(f"items[{i}].title", item.title, True),
                        TextField(f"items[{i}].body", item.body, True)]
            elif kind == "photo":
                out += [TextField(f"items[{i}].caption", item.caption, True),
                        TextField(f"items[{i}].credit", item.credit),
                        TextField(f"items[{i}].alt", item.alt, True)]
    return [f for f in out if f.text]


_PATH = re.compile(r"^(?P<key>[a-z_]+)(?:\[(?P<index>\d+)\])?(?:\.(?P<sub>[a-z_]+))?$")
_SIMPLE = {"title": M.WHERE_TITLE, "subtitle": M.WHERE_SUBTITLE, "body": M.WHERE_BODY,
           "boilerplate": M.WHERE_BOILERPLATE, "place": M.WHERE_PLACE,
           "embargo": M.WHERE_EMBARGO, "language": M.WHERE_LANGUAGE}


def field_label(path: str, ui_language: str = "en", kit: Any = None) -> str:
    """The reader's name of *path* in the interface language: ``quotes[1].text`` -> "Quote 2"."""
    return label_with(path, M.translator(ui_language), kit)


def label_with(path: str, t: Callable[[str], str], kit: Any = None) -> str:
    m = _PATH.match(path)
    if not m:
        return path
    key, sub = m.group("key"), m.group("sub")
    n = int(m.group("index") or 0) + 1
    if key in _SIMPLE:
        return t(_SIMPLE[key])
    if key == "quotes":
        if sub == "speaker":
            return t(M.WHERE_QUOTE_SPEAKER).format(n=n)
        if sub == "role":
            return t(M.WHERE_QUOTE_ROLE).format(n=n)
        return t(M.WHERE_QUOTE).format(n=n)
    if key == "contacts":
        if m.group("index") is None:
            return t(M.WHERE_CONTACTS)
        return t(M.WHERE_CONTACT).format(n=n)
    if key == "letterhead":
        if sub == "color":
            return t(M.WHERE_ACCENT)
        return t(M.WHERE_FOOTER) if sub == "footer" else t(M.WHERE_LETTERHEAD)
    if key == "items" and kit is not None and n <= len(kit.items):
        item = kit.items[n - 1]
        kind = getattr(item, "kind", "")
        if kind == "document":
            if sub == "title":
                return t(M.WHERE_DOCUMENT_TITLE).format(n=_ordinal(kit, item))
            return t(M.WHERE_DOCUMENT).format(n=_ordinal(kit, item), name=item.title or "…")
        if kind == "photo":
            return t(M.WHERE_PHOTO).format(n=_ordinal(kit, item))
        if kind == "link":
            return t(M.WHERE_LINK).format(n=_ordinal(kit, item))
    if key == "items":
        return t(M.WHERE_ITEM).format(n=n)
    return path  # a path this version does not know: shown as it is rather than misnamed


def _ordinal(kit: Any, item: Any) -> int:
    """1-based position of *item* among the kit's items of its kind."""
    same = [i for i in kit.items if getattr(i, "kind", "") == getattr(item, "kind", "")]
    return next((k for k, i in enumerate(same, 1) if i is item), 1)
