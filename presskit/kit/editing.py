"""The kit being edited in the editor: its items in order, the media bytes, what changed.

Qt-free, so the tests reach every decision without widgets. The editor keeps a kit's items
inside the release it edits, under ``release.extra[KIT_KEY]`` (plain JSON: each item's
fields, photos and logos naming their media entry and its SHA-256), and the media bytes
beside it (``EditorSession.media``: entry name -> bytes as added). That way everything the
window already does for a release holds for the kit too: one undo history, the modified
marker, the autosave and its recovery (the autosave keeps the items; the photos themselves
go to a :class:`MediaSpill` folder once, by hash). The key never reaches a file a user
sees: :func:`split_release` takes it out before a kit is saved or exported.

* :class:`KitEditing` — add, remove, move and update items; media deduplicated by hash;
  ``dirty`` against what was last saved.
* :func:`load_kit_release` / :func:`save_kit_release` — a ``.presskit-kit`` file to and from
  a release carrying its items plus the media (``EditorSession`` uses them for kit files).
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import hashlib
import json
import os
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from presskit.kit.model import DOCUMENT_KINDS, SUFFIX, Kit, KitDocument, KitItem, Link, Logo, Photo
from presskit.model import Release

KIT_KEY = "presskit_kit"  # release.extra key holding the items while the kit is edited

# The fields a user edits in place, per kind (``KitEditing.update`` accepts only these).
EDITABLE: dict[str, tuple[str, ...]] = {
    "photo": ("caption", "credit", "rights", "alt", "date"),
    "logo": ("title",),
    "document": ("title", "body", "doc_kind"),
    "link": ("url", "description"),
}
_CLASSES: dict[str, type[Any]] = {"document": KitDocument, "photo": Photo, "logo": Logo,
                                  "link": Link}


# What the kit file accepts (presskit.kit.container checks the same on load): an edit that
# would make the kit unreadable is refused here, before it reaches the file.
_URL = re.compile(r"(?i)^(https?://|mailto:)\S+$")


def check_value(kind: str, name: str, value: str) -> None:
    """ValueError (a short English reason) for a value the kit file would refuse."""
    if name == "url" and not _URL.match(value.strip()):
        raise ValueError("a link must be a web address (https://…) or a mailto: address")
    if name == "date" and value:
        try:
            ok = bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", value)) and bool(dt.date.fromisoformat(value))
        except ValueError:
            ok = False
        if not ok:
            raise ValueError("a date must be written like 2026-03-05")
    if name == "doc_kind" and value not in DOCUMENT_KINDS:
        raise ValueError(f"unknown document kind {value!r}")


class DuplicateItem(ValueError):
    """The photo or logo is already in the kit (the same bytes), as item *index*."""

    def __init__(self, index: int, name: str):
        super().__init__(f"{name}: already in the kit (item {index + 1})")
        self.index = index
        self.name = name


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# -- items as plain JSON (inside the release while it is edited) ------------------------------
def item_to_dict(item: KitItem, digest: str = "") -> dict[str, Any]:
    """Every field of *item* and its kind; a photo or logo also names its media's SHA-256."""
    out: dict[str, Any] = {"kind": item.kind}
    for f in dataclasses.fields(item):
        if f.name != "kind":
            out[f.name] = copy.deepcopy(getattr(item, f.name))
    if digest:
        out["sha256"] = digest
    return out


def item_from_dict(data: dict[str, Any]) -> KitItem:
    """The item *data* describes (unknown keys go to its ``extra``); ValueError if unusable."""
    kind = data.get("kind")
    cls = _CLASSES.get(kind) if isinstance(kind, str) else None
    if cls is None:
        raise ValueError(f"unknown kit item kind {kind!r}")
    names = {f.name for f in dataclasses.fields(cls) if f.init}
    kwargs = {k: copy.deepcopy(v) for k, v in data.items() if k in names}
    item: KitItem = cls(**kwargs)
    return item


def item_sha(data: dict[str, Any]) -> str:
    value = data.get("sha256")
    return value if isinstance(value, str) else ""


# -- the kit being edited ---------------------------------------------------------------------
class KitEditing:
    """A kit's items and media while a window edits them (no widgets, no files).

    ``media`` maps entry names to bytes and only ever grows while the kit is edited, so an
    undone removal finds its photo again; a save writes only what the items still use.
    """

    def __init__(self, items: Iterable[KitItem] = (), media: dict[str, bytes] | None = None,
                 extra: dict[str, Any] | None = None):
        self.items: list[KitItem] = list(items)
        self.media: dict[str, bytes] = media if media is not None else {}
        self.extra: dict[str, Any] = dict(extra or {})  # unknown top-level manifest keys
        self._hashes: dict[str, str] = {}  # entry name -> SHA-256 (entries never change)
        self._saved = self.state()

    # -- construction -----------------------------------------------------------------------
    @classmethod
    def from_kit(cls, kit: Kit) -> KitEditing:
        return cls(copy.deepcopy(kit.items), dict(kit.media), copy.deepcopy(kit.extra))

    @classmethod
    def from_release(cls, release: Release, media: dict[str, bytes] | None = None) -> KitEditing:
        """The items *release* carries under ``KIT_KEY`` (none for a plain release).

        *media* is kept as the editing's own dict (the session's), not copied."""
        editing = cls(media=media)
        editing.sync_from(release)
        editing.mark_saved()
        return editing

    def sync_from(self, release: Release) -> bool:
        """Take the items *release* carries (after an undo, a revert); True if they differ.

        An item this version cannot read is skipped, never guessed at."""
        stored = release.extra.get(KIT_KEY)
        items: list[KitItem] = []
        extra: dict[str, Any] = {}
        if isinstance(stored, dict):
            for data in stored.get("items") or []:
                if not isinstance(data, dict):
                    continue
                try:
                    item = item_from_dict(data)
                except (TypeError, ValueError):
                    continue
                if isinstance(item, (Photo, Logo)) and item_sha(data) and item.file in self.media:
                    self._hashes.setdefault(item.file, item_sha(data))
                items.append(item)
            if isinstance(stored.get("extra"), dict):
                extra = copy.deepcopy(stored["extra"])
        before = self.state()
        self.items, self.extra = items, extra
        return self.state() != before

    # -- state ------------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.items)

    def to_json(self) -> dict[str, Any]:
        items = [item_to_dict(i, self.hash_of(i.file) if isinstance(i, (Photo, Logo)) else "")
                 for i in self.items]
        return {"items": items, "extra": copy.deepcopy(self.extra)}

    def hash_of(self, entry: str) -> str:
        """The SHA-256 of media *entry* (hashed once; "" if the bytes are not here)."""
        digest = self._hashes.get(entry)
        if digest is None:
            blob = self.media.get(entry)
            if blob is None:
                return ""
            digest = self._hashes[entry] = sha256(blob)
        return digest

    def know_hash(self, entry: str, digest: str) -> None:
        """Record the hash of *entry* computed elsewhere (off the GUI thread)."""
        self._hashes[entry] = digest

    def state(self) -> str:
        """The canonical text of the items (media by hash): equal states, equal kits."""
        return json.dumps(self.to_json(), ensure_ascii=False, sort_keys=True)

    @property
    def dirty(self) -> bool:
        return self.state() != self._saved

    def mark_saved(self) -> None:
        self._saved = self.state()

    def apply_to(self, release: Release) -> Release:
        """A copy of *release* carrying these items (without the key when there are none)."""
        out = copy.deepcopy(release)
        if self.items or self.extra:
            out.extra[KIT_KEY] = self.to_json()
        else:
            out.extra.pop(KIT_KEY, None)
        return out

    def kit(self, release: Release) -> Kit:
        """The kit as saved and exported: the release without ``KIT_KEY``, the items, and only
        the media they use (bytes shared, never copied)."""
        plain, _ = split_release(release)
        used = {i.file for i in self.items if isinstance(i, (Photo, Logo))}
        return Kit(plain, copy.deepcopy(self.items),
                   {name: self.media[name] for name in sorted(used) if name in self.media},
                   copy.deepcopy(self.extra))

    def missing_media(self) -> list[Photo | Logo]:
        """Photos and logos whose bytes are not here (an autosave recovered elsewhere)."""
        return [i for i in self.items if isinstance(i, (Photo, Logo)) and i.file not in self.media]

    # -- media ------------------------------------------------------------------------------
    def _entry_for(self, name: str, data: bytes, digest: str) -> str:
        """The media entry holding *data*: the existing one for the same bytes, else a new one."""
        for entry, blob in self.media.items():
            if len(blob) == len(data) and self.hash_of(entry) == digest:
                return entry
        entry = Kit(Release(), media=self.media).add_media(os.path.basename(name) or "file", data)
        self._hashes[entry] = digest
        return entry

    def _duplicate(self, cls: type[Photo] | type[Logo], digest: str) -> int | None:
        for index, item in enumerate(self.items):
            if isinstance(item, cls) and self.hash_of(item.file) == digest:
                return index
        return None

    # -- edits ------------------------------------------------------------------------------
    def add_photo(self, name: str, data: bytes, *, caption: str = "", credit: str = "",
                  rights: str = "", alt: str = "", date: str = "", index: int | None = None,
                  digest: str = "") -> Photo:
        """Add a photo (bytes as given); raises ``DuplicateItem`` if it is already a photo here.

        *digest*: the bytes' SHA-256 if already computed (the editor hashes off the GUI thread)."""
        digest = digest or sha256(data)
        dup = self._duplicate(Photo, digest)
        if dup is not None:
            raise DuplicateItem(dup, os.path.basename(name))
        photo = Photo(file=self._entry_for(name, data, digest), caption=caption, credit=credit,
                      rights=rights, alt=alt, date=date,
                      original_name=os.path.basename(name))
        return self._insert(photo, index)

    def add_logo(self, name: str, data: bytes, *, title: str = "", index: int | None = None,
                 digest: str = "") -> Logo:
        digest = digest or sha256(data)
        dup = self._duplicate(Logo, digest)
        if dup is not None:
            raise DuplicateItem(dup, os.path.basename(name))
        logo = Logo(file=self._entry_for(name, data, digest), title=title or _stem(name),
                    original_name=os.path.basename(name))
        return self._insert(logo, index)

    def add_document(self, title: str, body: str = "", doc_kind: str = "factsheet", *,
                     index: int | None = None) -> KitDocument:
        check_value("document", "doc_kind", doc_kind)
        return self._insert(KitDocument(title=title, body=body, doc_kind=doc_kind), index)

    def add_link(self, url: str, description: str = "", *, index: int | None = None) -> Link:
        check_value("link", "url", url)
        return self._insert(Link(url=url.strip(), description=description), index)

    def insert(self, index: int, item: KitItem) -> KitItem:
        """Put *item* back at *index* (its media must be here)."""
        return self._insert(item, index)

    def _insert(self, item: Any, index: int | None) -> Any:
        at = len(self.items) if index is None else max(0, min(len(self.items), index))
        self.items.insert(at, item)
        return item

    def remove(self, index: int) -> KitItem:
        """Take item *index* out (its media stays until saved, so it can come back)."""
        return self.items.pop(self._check(index))

    def move(self, index: int, to: int) -> bool:
        """Move item *index* to position *to* (clamped); False when nothing moves."""
        self._check(index)
        to = max(0, min(len(self.items) - 1, to))
        if to == index:
            return False
        self.items.insert(to, self.items.pop(index))
        return True

    def update(self, index: int, **changes: str) -> bool:
        """Set fields of item *index* (only the editable ones); True if anything changed."""
        item = self.items[self._check(index)]
        allowed = EDITABLE[item.kind]
        changed = False
        for name, value in changes.items():
            if name not in allowed:
                raise ValueError(f"{item.kind}: '{name}' cannot be edited")
            if not isinstance(value, str):
                raise ValueError(f"{item.kind}: '{name}' must be text")
            check_value(item.kind, name, value)
            if name == "url":
                value = value.strip()
            if getattr(item, name) != value:
                setattr(item, name, value)
                changed = True
        return changed

    def _check(self, index: int) -> int:
        if not 0 <= index < len(self.items):
            raise IndexError(f"no kit item {index + 1} (the kit has {len(self.items)})")
        return index


def _stem(name: str) -> str:
    base = os.path.basename(name)
    return base.rpartition(".")[0] or base


# -- the release <-> kit files ----------------------------------------------------------------
def has_items(release: Release) -> bool:
    """Whether *release* carries kit items (it must then be saved as a kit)."""
    stored = release.extra.get(KIT_KEY)
    return isinstance(stored, dict) and bool(stored.get("items"))


def split_release(release: Release) -> tuple[Release, dict[str, Any] | None]:
    """The release without ``KIT_KEY`` (a copy), and what was stored under it."""
    if KIT_KEY not in release.extra:
        return release, None
    plain = copy.copy(release)
    plain.extra = {k: v for k, v in release.extra.items() if k != KIT_KEY}
    stored = release.extra[KIT_KEY]
    return plain, stored if isinstance(stored, dict) else None


def is_kit_path(path: str | os.PathLike[str]) -> bool:
    return os.fspath(path).lower().endswith(SUFFIX)


def release_from_kit(kit: Kit) -> Release:
    """The release a window edits for *kit*: its release carrying the items."""
    return KitEditing.from_kit(kit).apply_to(kit.release)


def load_kit_release(path: str | os.PathLike[str]) -> tuple[Release, dict[str, bytes]]:
    """Read a ``.presskit-kit``: the release carrying its items, and the media bytes.

    ``KitError`` (``NewerKitError``) propagates, naming the file and the entry."""
    from presskit.kit.container import load_kit

    kit = load_kit(Path(path))
    return release_from_kit(kit), dict(kit.media)


def save_kit_release(release: Release, media: dict[str, bytes], path: str | os.PathLike[str]) -> None:
    """Write *release* and its items as a ``.presskit-kit`` (atomic, ``.bak`` kept).

    ``KitError`` names the item whose bytes are missing (nothing is written then)."""
    from presskit.errors import KitError
    from presskit.kit.container import save_kit

    editing = KitEditing.from_release(release, media)
    missing = editing.missing_media()
    if missing:
        where = f"items[{editing.items.index(missing[0])}]"
        raise KitError(f"the bytes of '{missing[0].original_name or missing[0].file}' are missing",
                       path=os.fspath(path), field=where)
    save_kit(editing.kit(release), Path(path))


# -- media kept for recovery --------------------------------------------------------------------
class MediaSpill:
    """Media bytes kept on disk by hash while a kit is edited, so a recovered autosave gets its
    photos back (``autosave/kit-media/<sha256>`` under the data folder)."""

    def __init__(self, folder: Path):
        self.folder = folder

    def path(self, digest: str) -> Path:
        if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
            raise ValueError(f"not a SHA-256: {digest!r}")
        return self.folder / digest

    def put(self, data: bytes) -> str:
        """Keep *data* (once per content); returns its hash. ``OSError`` propagates."""
        from presskit.atomic import write_bytes

        digest = sha256(data)
        target = self.path(digest)
        if target.exists():
            os.utime(target)  # in use again: not pruned for a while
        else:
            self.folder.mkdir(parents=True, exist_ok=True)
            write_bytes(target, data)
        return digest

    def get(self, digest: str) -> bytes | None:
        try:
            data = self.path(digest).read_bytes()
        except (OSError, ValueError):
            return None
        return data if sha256(data) == digest else None

    def prune(self, keep: set[str], *, older_than: float = 0.0) -> int:
        """Remove every kept file whose hash is not in *keep* and that is at least
        *older_than* seconds old (another editor may have just added it and not autosaved
        yet); returns how many went."""
        import time

        removed = 0
        try:
            entries = list(self.folder.iterdir())
        except OSError:
            return 0
        now = time.time()
        for p in entries:
            if p.name in keep or len(p.name) != 64 or not p.is_file():
                continue
            try:
                young = now - p.stat().st_mtime < older_than
            except OSError:
                continue
            if not young:
                try:
                    p.unlink()
                    removed += 1
                except OSError:
                    continue
        return removed


def restore_media(release: Release, media: dict[str, bytes], sources: Iterable[Any]) -> list[str]:
    """Fill *media* with the bytes *release*'s items name but lack, looked up by hash in
    *sources* (``MediaSpill`` objects or ``{sha256: bytes}`` mappings); returns the names of
    the items still missing."""
    stored = release.extra.get(KIT_KEY)
    if not isinstance(stored, dict):
        return []
    lost: list[str] = []
    for data in stored.get("items") or []:
        if not isinstance(data, dict) or data.get("kind") not in ("photo", "logo"):
            continue
        entry = data.get("file")
        if not isinstance(entry, str) or entry in media:
            continue
        digest = item_sha(data)
        found: bytes | None = None
        for source in sources:
            found = source.get(digest) if digest else None
            if found is not None:
                break
        if found is None:
            lost.append(str(data.get("original_name") or entry))
        else:
            media[entry] = found
    return lost


def referenced_hashes(texts: Iterable[str]) -> set[str]:
    """The media hashes named by kit items in autosaved drafts (for ``MediaSpill.prune``)."""
    out: set[str] = set()
    for text in texts:
        try:
            data = json.loads(text)
        except ValueError:
            continue
        stored = data.get(KIT_KEY) if isinstance(data, dict) else None
        if isinstance(stored, dict):
            for item in stored.get("items") or []:
                if isinstance(item, dict) and item_sha(item):
                    out.add(item_sha(item))
    return out
