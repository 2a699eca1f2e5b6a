"""Reading a draft's JSON with limits, so that no JSON a file can hold gets past as an
internal error later on.

``parse`` is ``json.loads`` plus checks on every value, unknown keys included:

* integers longer than Python converts (``sys.get_int_max_str_digits``, 4300 digits);
* numbers that are not finite (``NaN``, ``Infinity``, ``1e400``): they could not be
  written back as JSON;
* nesting deeper than ``MAX_DEPTH`` (deep copies and renderers recurse);
* text holding an unpaired UTF-16 surrogate (``"\\ud800"``): it cannot be written as UTF-8.

A problem raises ``BadJson`` naming the field as the rest of Presskit does
(``contacts[0].name``, ``x-newsroom.tags[3]``).
"""

from __future__ import annotations

import json
import math
import sys
from typing import Any

MAX_DEPTH = 64  # a draft's own structure is 4 deep; unknown keys get the rest
_SHOWN_STEPS = 4  # field names of deep values are cut after this many steps
_SHOWN_KEY = 40


class BadJson(ValueError):
    """The JSON cannot be used; ``field`` is "" when the problem is in the syntax itself."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field
        self.message = message


class _Refused:
    """Stands in for a number json.loads was given but Presskit refuses."""

    def __init__(self, message: str):
        self.message = message


def _parse_int(text: str) -> int | _Refused:
    digits = len(text) - text.startswith("-")
    limit = sys.get_int_max_str_digits()
    if limit and digits > limit:
        return _Refused(f"a number with {digits} digits is too long (at most {limit})")
    return int(text)


def _parse_float(text: str) -> float | _Refused:
    value = float(text)
    if not math.isfinite(value):
        return _Refused(f"the number {text[:20]} is too large")
    return value


def _parse_constant(name: str) -> _Refused:
    return _Refused(f"{name} is not a number JSON allows")


def _step(path: tuple[str | int, ...]) -> str:
    out = ""
    for i, part in enumerate(path):
        if i == _SHOWN_STEPS:
            return out + "…"
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            key = part if len(part) <= _SHOWN_KEY else part[:_SHOWN_KEY] + "…"
            out += f".{key}" if out else key
    return out


def field_name(path: tuple[str | int, ...]) -> str:
    """``("contacts", 0, "name")`` -> ``"contacts[0].name"`` (long paths and keys shortened)."""
    return _step(path)


def _bad_text(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def check(data: Any) -> None:
    """Raise ``BadJson`` for the first unusable value of *data*, walked without recursion."""
    stack: list[tuple[Any, tuple[str | int, ...]]] = [(data, ())]
    while stack:
        value, path = stack.pop()
        if len(path) >= MAX_DEPTH and isinstance(value, (dict, list)):
            raise BadJson(field_name(path), f"nested more than {MAX_DEPTH} levels deep")
        if isinstance(value, _Refused):
            raise BadJson(field_name(path), value.message)
        if isinstance(value, str):
            if _bad_text(value):
                raise BadJson(field_name(path), "holds an unpaired surrogate (\\ud800-\\udfff), "
                              "which is not text")
        elif isinstance(value, dict):
            items = list(value.items())
            for key, item in reversed(items):
                if _bad_text(key):
                    raise BadJson(field_name(path), "has a key holding an unpaired surrogate "
                                  "(\\ud800-\\udfff)")
                stack.append((item, (*path, key)))
        elif isinstance(value, list):
            stack.extend((item, (*path, i)) for i, item in reversed(list(enumerate(value))))


def parse(text: str) -> Any:
    """``json.loads`` that refuses what Presskit could not keep; raises ``BadJson``.

    Syntax errors keep raising ``json.JSONDecodeError`` (the caller explains them with the
    line and column); nesting too deep for the parser itself raises ``BadJson`` with no field.
    """
    try:
        data = json.loads(text, parse_int=_parse_int, parse_float=_parse_float,
                          parse_constant=_parse_constant)
    except RecursionError:
        raise BadJson("", "not valid JSON (nested too deeply)") from None
    check(data)
    return data
