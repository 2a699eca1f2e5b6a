"""Reading and writing draft files, format version 1.

A draft is one self-contained UTF-8 JSON object. Unknown keys are kept and
written back. Every problem is reported as a ``DraftError`` naming the file
and the field. Validation mirrors ``presskit-draft-1.schema.json`` in plain
Python so that loading a draft does not pay for importing jsonschema.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from presskit.draft_json import BadJson
from presskit.draft_json import parse as parse_json
from presskit.errors import N_, DraftError, Msg, NewerFormatError, msg
from presskit.fileio import READ_REASONS, error_from_os, read_capped
from presskit.model import KINDS, PAPERS, Contact, Letterhead, Quote, Release

FORMAT_VERSION = 1
SUFFIX = ".presskit"
MAX_DRAFT_BYTES = 64 * 1024 * 1024
_READ_REASONS = {**READ_REASONS, IsADirectoryError: N_("is a folder, not a draft file")}

_RELEASE_KEYS = (
    "presskit", "language", "kind", "reference", "date", "place", "embargo", "title",
    "subtitle", "body", "quotes", "boilerplate", "contacts", "letterhead", "paper",
)
_QUOTE_KEYS = ("text", "speaker", "role")
_CONTACT_KEYS = ("name", "role", "phone", "email", "country", "book_id", "book_updated")


class _Fail(Exception):
    def __init__(self, field: str, reason: Msg):
        self.reason = reason
        self.message = reason.text()
        super().__init__(self.message)
        self.field = field


def _str(obj: dict[str, Any], key: str, where: str) -> str:
    value = obj.get(key, "")
    if value is None:
        return ""
    if not isinstance(value, str):
        raise _Fail(where + key, msg(N_("must be text, not {type}"), type=_json_type(value)))
    return value


def _json_type(value: Any) -> Msg:
    return msg({dict: N_("an object"), list: N_("a list"), bool: N_("true/false"),
                int: N_("a number"), float: N_("a number"), str: N_("text")}.get(
                    type(value), "null"))


def parse_date(value: str, field: str = "date") -> dt.date:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise _Fail(field, msg(N_("'{value}' is not an ISO date like 2018-03-05"), value=value))
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise _Fail(field, msg(N_("'{value}' is not a real date ({detail})"), value=value,
                               detail=str(exc))) from None


def parse_embargo(value: str, field: str = "embargo") -> dt.datetime:
    try:
        when = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise _Fail(field, msg(N_("'{value}' is not an ISO 8601 date-time like "
                                  "2026-12-01T09:00:00+01:00"), value=value)) from None
    if when.tzinfo is None or when.utcoffset() is None:
        raise _Fail(field, msg(N_("'{value}' needs a UTC offset, e.g. +01:00 or Z"), value=value))
    return when


def _letterhead(obj: Any) -> Letterhead:
    # One reader for the letterhead, shared with profile files (presskit.profiles).
    from presskit.profiles import LetterheadError, letterhead_from_dict

    if obj is None:
        return Letterhead()
    try:
        return letterhead_from_dict(obj)
    except LetterheadError as exc:
        raise _Fail(exc.field or "letterhead", exc.reason) from None


def letterhead_to_dict(lh: Letterhead) -> dict[str, Any]:
    from presskit.profiles import letterhead_to_dict as to_dict

    return to_dict(lh)


def _list_of_objects(data: dict[str, Any], key: str) -> list[dict[str, Any]]:
    value = data.get(key, [])
    if value is None:
        return []
    if not isinstance(value, list):
        raise _Fail(key, msg(N_("must be a list, not {type}"), type=_json_type(value)))
    for i, item in enumerate(value):
        if not isinstance(item, dict):
            raise _Fail(f"{key}[{i}]", msg(N_("must be an object, not {type}"),
                                           type=_json_type(item)))
    return value


def release_from_dict(data: Any) -> Release:
    """Build a Release from parsed JSON; raises ``_Fail`` naming the field."""
    if not isinstance(data, dict):
        raise _Fail("", msg(N_("a draft must be a JSON object, not {type}"),
                            type=_json_type(data)))
    version = data.get("presskit")
    if isinstance(version, bool) or not isinstance(version, int):
        raise _Fail("presskit", msg(N_("missing or not a format version number "
                                       "(expected \"presskit\": 1)")))
    if version > FORMAT_VERSION:
        raise _Fail("presskit", msg(N_("format version {version} is newer than this Presskit "
                                       "understands ({known}); update Presskit to open it"),
                                    version=version, known=FORMAT_VERSION))
    if version < 1:
        raise _Fail("presskit", msg(N_("unknown format version {version}"), version=version))
    r = Release()
    r.language = _str(data, "language", "") or "en_US"
    if not re.fullmatch(r"[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8})*", r.language):
        raise _Fail("language", msg(N_("'{value}' is not a locale code like fr_FR or en_US"),
                                    value=r.language))
    r.kind = _str(data, "kind", "") or "press_release"
    if r.kind not in KINDS:
        raise _Fail("kind", msg(N_("'{value}' must be one of {choices}"), value=r.kind,
                                choices=", ".join(KINDS)))
    r.reference = _str(data, "reference", "")
    date = _str(data, "date", "")
    r.date = parse_date(date) if date else None
    r.place = _str(data, "place", "")
    embargo = _str(data, "embargo", "")
    r.embargo = parse_embargo(embargo) if embargo else None
    r.title = _str(data, "title", "")
    r.subtitle = _str(data, "subtitle", "")
    r.body = _str(data, "body", "")
    r.boilerplate = _str(data, "boilerplate", "")
    r.paper = _str(data, "paper", "").lower()
    if r.paper and r.paper not in PAPERS:
        raise _Fail("paper", msg(N_("'{value}' must be one of {choices}"), value=r.paper,
                                 choices=", ".join(PAPERS)))
    for i, q in enumerate(_list_of_objects(data, "quotes")):
        w = f"quotes[{i}]."
        r.quotes.append(Quote(text=_str(q, "text", w), speaker=_str(q, "speaker", w),
                              role=_str(q, "role", w),
                              extra={k: v for k, v in q.items() if k not in _QUOTE_KEYS}))
    for i, c in enumerate(_list_of_objects(data, "contacts")):
        w = f"contacts[{i}]."
        r.contacts.append(Contact(
            name=_str(c, "name", w), role=_str(c, "role", w), phone=_str(c, "phone", w),
            email=_str(c, "email", w), country=_country(c, w),
            book_id=_str(c, "book_id", w) or None,
            book_updated=_str(c, "book_updated", w) or None,
            extra={k: v for k, v in c.items() if k not in _CONTACT_KEYS}))
    r.letterhead = _letterhead(data.get("letterhead"))
    r.extra = {k: v for k, v in data.items() if k not in _RELEASE_KEYS}
    return r


def _country(obj: dict[str, Any], where: str) -> str:
    """A contact's optional ISO country ("FR"): the country of its number typed without +CC."""
    from presskit.phones import region

    value = _str(obj, "country", where).strip()
    if value and region(value) is None:
        raise _Fail(where + "country", msg(N_("must be a two-letter country code such as FR, "
                                              "not '{value}'"), value=value[:20]))
    return region(value) or ""


def release_to_dict(r: Release) -> dict[str, Any]:
    out: dict[str, Any] = {"presskit": FORMAT_VERSION, "language": r.language, "kind": r.kind}
    if r.reference:
        out["reference"] = r.reference
    if r.date:
        out["date"] = r.date.isoformat()
    if r.place:
        out["place"] = r.place
    if r.embargo:
        out["embargo"] = r.embargo.isoformat()
    out["title"] = r.title
    if r.subtitle:
        out["subtitle"] = r.subtitle
    out["body"] = r.body
    out["quotes"] = [{"text": q.text, "speaker": q.speaker, "role": q.role, **q.extra}
                     for q in r.quotes]
    if r.boilerplate:
        out["boilerplate"] = r.boilerplate
    contacts = []
    for c in r.contacts:
        item: dict[str, Any] = {"name": c.name, "role": c.role, "phone": c.phone, "email": c.email}
        if c.country:
            item["country"] = c.country
        if c.book_id:
            item["book_id"] = c.book_id
        if c.book_updated:
            item["book_updated"] = c.book_updated
        item.update(c.extra)
        contacts.append(item)
    out["contacts"] = contacts
    lh = letterhead_to_dict(r.letterhead)
    if lh:
        out["letterhead"] = lh
    if r.paper:
        out["paper"] = r.paper
    out.update(r.extra)
    return out


def dumps(r: Release) -> str:
    return json.dumps(release_to_dict(r), ensure_ascii=False, indent=2) + "\n"


def _parse(text: str, path: str | os.PathLike[str]) -> Any:
    """The draft's JSON, with every value checked (``draft_json``); ``DraftError`` otherwise."""
    try:
        return parse_json(text)
    except json.JSONDecodeError as exc:
        truncated = exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated")
        what = (N_("truncated JSON, the file is incomplete (line {line}, column {column}: "
                   "{detail})") if truncated
                else N_("not valid JSON (line {line}, column {column}: {detail})"))
        raise DraftError(msg(what, line=exc.lineno, column=exc.colno, detail=exc.msg),
                         path=str(path)) from None
    except BadJson as bad:
        raise DraftError(bad.message, path=str(path), field=bad.field or None) from None
    except (ValueError, RecursionError) as exc:  # anything else the parser refuses
        raise DraftError(msg(N_("not valid JSON ({detail})"), detail=type(exc).__name__),
                         path=str(path)) from None


def _refuse(fail: _Fail, path: str | os.PathLike[str]) -> DraftError:
    cls = NewerFormatError if fail.field == "presskit" and "newer" in fail.message else DraftError
    return cls(fail.reason, path=str(path), field=fail.field or None)


def loads(text: str, path: str | os.PathLike[str] = "<draft>") -> Release:
    data = _parse(text, path)
    try:
        return release_from_dict(data)
    except _Fail as fail:
        raise _refuse(fail, path) from None


# -- opening a draft with unusable fields ----------------------------------------------------
MAX_FIELD_PROBLEMS = 10
_STEP = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


@dataclass(frozen=True)
class FieldProblem:
    """A field ``load_lenient`` left empty because its value could not be used."""

    field: str  # named as in DraftError: "date", "contacts[0].phone", "letterhead.color"
    message: str  # English
    # The same, to translate (``localized``); problems compare by field and English text.
    reason: Msg | None = dataclasses.field(default=None, compare=False)

    def __str__(self) -> str:
        return f"field '{self.field}': {self.message}"

    def localized(self, gettext: Callable[[str], str]) -> str:
        return self.reason.text(gettext) if self.reason is not None else self.message


def _field_path(field: str) -> list[str | int] | None:
    """``"contacts[0].phone"`` -> ``["contacts", 0, "phone"]``; None if it is not a path."""
    steps: list[str | int] = []
    pos = 0
    for m in _STEP.finditer(field):
        if m.start() != pos and field[pos:m.start()] != ".":
            return None
        steps.append(m.group(1) if m.group(1) is not None else int(m.group(2)))
        pos = m.end()
    return steps if steps and pos == len(field) else None


_MISSING = object()


def _child(node: Any, step: str | int) -> Any:
    if isinstance(step, int):
        return node[step] if isinstance(node, list) and step < len(node) else _MISSING
    return node.get(step, _MISSING) if isinstance(node, dict) else _MISSING


def _empty_field(data: Any, field: str) -> bool:
    """Empty *field* in parsed draft *data* (a key is removed, a list item becomes ``{}``)."""
    steps = _field_path(field)
    if not steps or steps[0] == "presskit":
        return False
    node = data
    for step in steps[:-1]:
        node = _child(node, step)
        if node is _MISSING:
            return False
    last = steps[-1]
    if isinstance(last, str) and isinstance(node, dict) and last in node:
        del node[last]
        return True
    if isinstance(last, int) and isinstance(node, list) and last < len(node) and node[last] != {}:
        node[last] = {}
        return True
    return False


def loads_lenient(text: str, path: str | os.PathLike[str] = "<draft>"
                  ) -> tuple[Release, list[FieldProblem]]:
    """Like ``loads``, but a field whose value cannot be used is left empty and reported.

    The JSON itself must be sound (syntax, numbers, nesting) and the format version known:
    those still raise ``DraftError``, as does a draft with more than ``MAX_FIELD_PROBLEMS``
    unusable fields. Nothing is written.
    """
    data = _parse(text, path)
    problems: list[FieldProblem] = []
    while True:
        try:
            return release_from_dict(data), problems
        except _Fail as fail:
            if len(problems) >= MAX_FIELD_PROBLEMS or not _empty_field(data, fail.field):
                raise _refuse(fail, path) from None
            problems.append(FieldProblem(fail.field, fail.message, fail.reason))


def load_lenient(path: str | os.PathLike[str]) -> tuple[Release, list[FieldProblem]]:
    """Read a draft file with ``loads_lenient``: ``(release, problems)``."""
    p = Path(path)
    return loads_lenient(_read_text(p), p)


# -- reading the file ------------------------------------------------------------------------
def _read_text(p: Path) -> str:
    try:
        raw = read_capped(p, MAX_DRAFT_BYTES, DraftError, what=N_("a draft"))
    except OSError as exc:
        raise error_from_os(exc, DraftError, p, reasons=_READ_REASONS) from None
    if not raw.strip():
        raise DraftError(msg(N_("the file is empty (truncated draft)")), path=str(p))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DraftError(msg(N_("not UTF-8 text (invalid byte at offset {offset})"),
                             offset=exc.start), path=str(p)) from None
    return text


def load(path: str | os.PathLike[str]) -> Release:
    """Read and validate a draft file (a regular file, read with a bound)."""
    p = Path(path)
    return loads(_read_text(p), p)


def save(r: Release, path: str | os.PathLike[str], *, backup: bool = True) -> None:
    """Write the draft atomically; the previous version is kept as ``NAME.presskit.bak``."""
    from presskit.atomic import write_text

    write_text(path, dumps(r), backup=backup)
