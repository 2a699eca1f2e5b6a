"""The press kit file, ``NAME.presskit-kit``: one ZIP container, format version 1.

Entries, always in this order:

``mimetype``
    ``application/x-presskit-kit``, first, stored uncompressed (as ODF does), so a tool can
    tell a kit from any other ZIP by its first bytes.
``manifest.json``
    ``{"presskit-kit": 1, "items": [...]}``: the items in order, each with its ``kind``
    (``document``, ``photo``, ``logo``, ``link``) and metadata. Unknown keys are kept, per
    item and at the top level. Schema: ``resources/schema/presskit-kit-1.schema.json``.
``release.presskit``
    the release, a format-1 draft exactly as ``presskit.draft.dumps`` writes it.
``documents/NN-slug.md``
    each document's Markdown (UTF-8), named by its item number and title. The names are
    rewritten on every save; the manifest's ``file`` says which entry holds which document.
``media/NN-slug.ext``
    photos and logos, byte for byte as added (``Kit.add_media`` names them). Media no item
    refers to are not written back.

The same kit always saves to the same bytes: entries in that order, every timestamp taken
from ``SOURCE_DATE_EPOCH`` (else 1980-01-01), fixed permissions. Saves are atomic and keep
the previous file as ``NAME.presskit-kit.bak``. Reading refuses, with one line naming the file
and the entry or manifest field, anything hostile or damaged (see ``zipread``), and a kit of a
newer format version (``NewerKitError``).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import stat
import zipfile
from pathlib import Path
from typing import Any

from presskit.errors import DraftError, KitError, NewerFormatError, NewerKitError
from presskit.kit import zipread
from presskit.kit.model import (
    DOCUMENT_KINDS,
    KIT_FORMAT,
    MEDIA_PREFIX,
    MIMETYPE,
    Kit,
    KitDocument,
    KitItem,
    Link,
    Logo,
    Photo,
    slug,
)
from presskit.kit.zipread import SafeZip, unsafe_name

MANIFEST = "manifest.json"
RELEASE = "release.presskit"
DOCUMENTS_PREFIX = "documents/"
MAX_KIT_BYTES = 1024 * 1024 * 1024  # the kit file itself
MAX_MANIFEST_BYTES = 8 * 1024 * 1024
MAX_TEXT_BYTES = 16 * 1024 * 1024  # one document
MAX_RELEASE_BYTES = 64 * 1024 * 1024  # as for a .presskit draft (its logos are inline)
MAX_ITEMS = 500
DEFAULT_DATE_TIME = (1980, 1, 1, 0, 0, 0)  # the earliest a ZIP can hold
# Media already compressed are stored as they are; deflating them again gains nothing.
_STORED_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".gif", ".zip", ".mp4", ".mov")

_TOP_KEYS = ("presskit-kit", "items")
_KNOWN: dict[str, tuple[str, ...]] = {
    "document": ("kind", "doc_kind", "title", "file"),
    "photo": ("kind", "file", "caption", "credit", "rights", "alt", "date", "original_name"),
    "logo": ("kind", "file", "title", "original_name"),
    "link": ("kind", "url", "description"),
}
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_URL = re.compile(r"(?i)^(https?://|mailto:)\S+$")


# -- reading -------------------------------------------------------------------------------
class _Bad(Exception):
    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field
        self.message = message


def _json_type(value: Any) -> str:
    return {dict: "an object", list: "a list", bool: "true/false", int: "a number",
            float: "a number", str: "text"}.get(type(value), "null")


def _text(obj: dict[str, Any], key: str, where: str, *, required: bool = False) -> str:
    if key not in obj or obj[key] is None:
        if required:
            raise _Bad(f"{where}.{key}", "is missing")
        return ""
    value = obj[key]
    if not isinstance(value, str):
        raise _Bad(f"{where}.{key}", f"must be text, not {_json_type(value)}")
    return value


def _extra(obj: dict[str, Any], kind: str) -> dict[str, Any]:
    known = _KNOWN[kind]
    return {k: v for k, v in obj.items() if k not in known}


class _Reader:
    def __init__(self, data: bytes, path: str):
        self.path = path
        self.zip = SafeZip(data, path)

    def error(self, message: str, field: str | None = None) -> KitError:
        return KitError(message, path=self.path, field=field)

    def text(self, name: str, field: str | None = None, limit: int = MAX_TEXT_BYTES) -> str:
        raw = self.zip.read(name, limit=limit)
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise self.error(f"entry '{name}' is not UTF-8 text (invalid byte at offset "
                             f"{exc.start})", field) from None

    def check_mimetype(self) -> None:
        if "mimetype" not in self.zip:
            raise self.error("not a press kit (a ZIP without the 'mimetype' entry)")
        value = self.zip.read("mimetype", limit=256).decode("ascii", "replace").strip()
        if value != MIMETYPE:
            raise self.error(f"not a press kit (its mimetype is '{value[:60]}', not {MIMETYPE})")

    def manifest(self) -> dict[str, Any]:
        from presskit.draft_json import BadJson
        from presskit.draft_json import parse as parse_json

        if MANIFEST not in self.zip:
            raise self.error(f"the '{MANIFEST}' entry is missing; the kit is damaged")
        raw = self.zip.read(MANIFEST, limit=MAX_MANIFEST_BYTES)
        try:
            data = parse_json(raw.decode("utf-8"))
        except UnicodeDecodeError as exc:
            raise self.error(f"entry '{MANIFEST}' is not UTF-8 (invalid byte at offset "
                             f"{exc.start})") from None
        except json.JSONDecodeError as exc:
            raise self.error(f"entry '{MANIFEST}' is not valid JSON (line {exc.lineno}, column "
                             f"{exc.colno}: {exc.msg})") from None
        except BadJson as bad:
            raise self.error(f"entry '{MANIFEST}': {bad.message}", bad.field or None) from None
        if not isinstance(data, dict):
            raise self.error(f"entry '{MANIFEST}' must hold a JSON object, not "
                             f"{_json_type(data)}")
        version = data.get("presskit-kit")
        if isinstance(version, bool) or not isinstance(version, int):
            raise self.error('missing or not a format version number (expected '
                             '"presskit-kit": 1)', "presskit-kit")
        if version > KIT_FORMAT:
            raise NewerKitError(f"kit format version {version} is newer than this Presskit "
                                f"understands ({KIT_FORMAT}); update Presskit to open it",
                                path=self.path, field="presskit-kit")
        if version < 1:
            raise self.error(f"unknown kit format version {version}", "presskit-kit")
        return data

    def release(self) -> Any:
        from presskit import draft

        if RELEASE not in self.zip:
            raise self.error(f"the '{RELEASE}' entry (the release) is missing; the kit is "
                             "damaged")
        text = self.text(RELEASE, limit=MAX_RELEASE_BYTES)
        try:
            return draft.loads(text, f"{self.path}: {RELEASE}")
        except NewerFormatError as exc:
            raise NewerKitError(f"{RELEASE}: {exc.message}", path=self.path,
                                field=exc.field) from None
        except DraftError as exc:
            raise KitError(f"{RELEASE}: {exc.message}", path=self.path, field=exc.field) from None

    def entry(self, obj: dict[str, Any], where: str, prefix: str) -> str:
        name = _text(obj, "file", where, required=True)
        why = unsafe_name(name)
        if why or not name.startswith(prefix) or name.endswith("/"):
            raise _Bad(f"{where}.file", f"'{name[:80]}' is not an entry name under {prefix}")
        if name not in self.zip:
            raise _Bad(f"{where}.file", f"names the entry '{name[:80]}', which is not in the kit")
        return name

    def item(self, obj: Any, i: int, kit: Kit) -> KitItem:
        where = f"items[{i}]"
        if not isinstance(obj, dict):
            raise _Bad(where, f"must be an object, not {_json_type(obj)}")
        kind = _text(obj, "kind", where, required=True)
        if kind not in _KNOWN:
            raise _Bad(f"{where}.kind", f"'{kind[:40]}' must be one of {', '.join(_KNOWN)}")
        if kind == "document":
            doc_kind = _text(obj, "doc_kind", where) or "document"
            if doc_kind not in DOCUMENT_KINDS:
                raise _Bad(f"{where}.doc_kind", f"'{doc_kind[:40]}' must be one of "
                                                f"{', '.join(DOCUMENT_KINDS)}")
            name = self.entry(obj, where, DOCUMENTS_PREFIX)
            return KitDocument(title=_text(obj, "title", where), body=self.text(name, where),
                               doc_kind=doc_kind, extra=_extra(obj, kind))
        if kind == "link":
            url = _text(obj, "url", where, required=True)
            if not _URL.match(url):
                raise _Bad(f"{where}.url", f"'{url[:80]}' is not an http, https or mailto link")
            return Link(url=url, description=_text(obj, "description", where),
                        extra=_extra(obj, kind))
        name = self.entry(obj, where, MEDIA_PREFIX)
        if name not in kit.media:
            kit.media[name] = self.zip.read(name)
        if kind == "logo":
            return Logo(file=name, title=_text(obj, "title", where),
                        original_name=_text(obj, "original_name", where), extra=_extra(obj, kind))
        date = _text(obj, "date", where)
        if date:
            _check_date(date, f"{where}.date")
        return Photo(file=name, caption=_text(obj, "caption", where),
                     credit=_text(obj, "credit", where), rights=_text(obj, "rights", where),
                     alt=_text(obj, "alt", where), date=date,
                     original_name=_text(obj, "original_name", where), extra=_extra(obj, kind))

    def kit(self) -> Kit:
        self.check_mimetype()
        data = self.manifest()
        kit = Kit(release=self.release())
        items = data.get("items", [])
        if items is None:
            items = []
        if not isinstance(items, list):
            raise self.error(f"must be a list, not {_json_type(items)}", "items")
        if len(items) > MAX_ITEMS:
            raise self.error(f"has {len(items)} items, more than a kit may hold ({MAX_ITEMS})",
                             "items")
        try:
            kit.items = [self.item(obj, i, kit) for i, obj in enumerate(items)]
        except _Bad as bad:
            raise self.error(bad.message, bad.field) from None
        kit.extra = {k: v for k, v in data.items() if k not in _TOP_KEYS}
        return kit


def _check_date(value: str, field: str) -> None:
    if not _DATE.fullmatch(value):
        raise _Bad(field, f"'{value[:40]}' is not an ISO date like 2018-03-05")
    try:
        dt.date.fromisoformat(value)
    except ValueError as exc:
        raise _Bad(field, f"'{value}' is not a real date ({exc})") from None


def loads_kit(data: bytes, path: str | os.PathLike[str] = "<kit>") -> Kit:
    """Read a kit from the bytes of its file; ``KitError`` naming *path* and the entry or field."""
    return _Reader(data, str(path)).kit()


def read_regular(path: str | os.PathLike[str], limit: int, *, what: str = "a press kit") -> bytes:
    """The bytes of the regular file *path*, at most *limit* of them (``fileio.read_capped``:
    FIFOs and devices refused unread); ``KitError`` naming the file otherwise. *what* names
    the kind of file in the messages ("is a folder, not a press kit")."""
    from presskit.fileio import READ_REASONS, error_from_os, read_capped

    try:
        return read_capped(path, limit, KitError, what=what)
    except IsADirectoryError:
        raise KitError(f"is a folder, not {what}", path=str(path)) from None
    except OSError as exc:
        raise error_from_os(exc, KitError, path, reasons=READ_REASONS) from None


def load_kit(path: str | os.PathLike[str]) -> Kit:
    """Read and check a ``.presskit-kit`` file."""
    p = Path(path)
    return loads_kit(read_regular(p, MAX_KIT_BYTES), p)


# -- writing -------------------------------------------------------------------------------
def zip_date_time() -> tuple[int, int, int, int, int, int]:
    """The timestamp of every entry: ``SOURCE_DATE_EPOCH`` if set (clamped to what a ZIP can
    hold), else 1980-01-01 00:00, so that a kit never records when it was saved."""
    raw = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not raw.isdigit():
        return DEFAULT_DATE_TIME
    when = dt.datetime.fromtimestamp(min(int(raw), 4_354_819_199), tz=dt.UTC)
    if when.year < 1980:
        return DEFAULT_DATE_TIME
    return (when.year, when.month, when.day, when.hour, when.minute, when.second // 2 * 2)


def document_entry(index: int, doc: KitDocument) -> str:
    """``documents/NN-slug.md`` for the document that is item number *index* (from 1)."""
    return f"{DOCUMENTS_PREFIX}{index:02d}-{slug(doc.title, default='document')}.md"


def _item_dict(item: KitItem, index: int) -> dict[str, Any]:
    out: dict[str, Any]
    if isinstance(item, KitDocument):
        out = {"kind": "document", "doc_kind": item.doc_kind, "title": item.title,
               "file": document_entry(index, item)}
    elif isinstance(item, Photo):
        out = {"kind": "photo", "file": item.file, "caption": item.caption,
               "credit": item.credit, "rights": item.rights, "alt": item.alt}
        if item.date:
            out["date"] = item.date
        if item.original_name:
            out["original_name"] = item.original_name
    elif isinstance(item, Logo):
        out = {"kind": "logo", "file": item.file, "title": item.title}
        if item.original_name:
            out["original_name"] = item.original_name
    else:
        out = {"kind": "link", "url": item.url, "description": item.description}
    out.update(_extra(item.extra, out["kind"]))
    return out


def manifest_dict(kit: Kit) -> dict[str, Any]:
    """The manifest ``dumps_kit`` writes for *kit*."""
    top = {k: v for k, v in kit.extra.items() if k not in _TOP_KEYS}
    return {"presskit-kit": KIT_FORMAT,
            "items": [_item_dict(item, i) for i, item in enumerate(kit.items, 1)], **top}


def _entries(kit: Kit) -> list[tuple[str, bytes]]:
    from presskit import draft

    try:
        manifest = json.dumps(manifest_dict(kit), ensure_ascii=False, indent=2,
                              allow_nan=False) + "\n"
    except (TypeError, ValueError) as exc:
        raise KitError(f"the manifest cannot be written as JSON ({exc})") from None
    if len(kit.items) > MAX_ITEMS:
        raise KitError(f"has {len(kit.items)} items, more than a kit may hold ({MAX_ITEMS})",
                       field="items")
    out = [("mimetype", MIMETYPE.encode("ascii")), (MANIFEST, manifest.encode("utf-8")),
           (RELEASE, draft.dumps(kit.release).encode("utf-8"))]
    # Nothing is written that reading would refuse.
    if len(manifest.encode("utf-8")) > MAX_MANIFEST_BYTES:
        raise KitError(f"the manifest is over {MAX_MANIFEST_BYTES // 1_048_576} MiB")
    if len(out[2][1]) > MAX_RELEASE_BYTES:
        raise KitError(f"the release is over {MAX_RELEASE_BYTES // 1_048_576} MiB")
    seen: set[str] = set()
    for i, item in enumerate(kit.items, 1):
        if isinstance(item, KitDocument):
            body = item.body.encode("utf-8")
            if len(body) > MAX_TEXT_BYTES:
                raise KitError(f"the document is over {MAX_TEXT_BYTES // 1_048_576} MiB of text",
                               field=f"items[{i - 1}]")
            out.append((document_entry(i, item), body))
        elif isinstance(item, (Photo, Logo)):
            where = f"items[{i - 1}].file"
            if unsafe_name(item.file) or not item.file.startswith(MEDIA_PREFIX):
                raise KitError(f"'{item.file[:80]}' is not an entry name under {MEDIA_PREFIX}",
                               field=where)
            if item.file not in kit.media:
                raise KitError(f"the kit holds no bytes for '{item.file[:80]}'", field=where)
            if len(kit.media[item.file]) > zipread.MAX_MEMBER_BYTES:
                raise KitError(f"'{item.file[:80]}' is over "
                               f"{zipread.MAX_MEMBER_BYTES // 1_048_576} MiB", field=where)
            if item.file not in seen:
                seen.add(item.file)
                out.append((item.file, kit.media[item.file]))
    return out


def dumps_kit(kit: Kit) -> bytes:
    """The bytes of the kit file: the same kit always gives the same bytes."""
    import io

    when = zip_date_time()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", allowZip64=True) as zf:
        for name, data in _entries(kit):
            info = zipfile.ZipInfo(name, date_time=when)
            info.create_system = 3  # Unix, whatever the platform, for the same bytes everywhere
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            stored = name == "mimetype" or name.lower().endswith(_STORED_SUFFIXES)
            info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            zf.writestr(info, data, compresslevel=None if stored else 9)
    return buf.getvalue()


def save_kit(kit: Kit, path: str | os.PathLike[str], *, backup: bool = True) -> None:
    """Write the kit atomically; the previous version is kept as ``NAME.presskit-kit.bak``."""
    from presskit.atomic import write_bytes

    try:
        data = dumps_kit(kit)
    except KitError as exc:
        if exc.path:
            raise
        raise KitError(exc.message, path=str(path), field=exc.field) from None
    try:
        write_bytes(path, data, backup=backup)
    except OSError as exc:
        raise KitError(f"cannot be written ({exc.strerror or exc})", path=str(path)) from None
