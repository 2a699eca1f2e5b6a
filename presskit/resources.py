"""Named loaders for the files shipped in ``presskit_resources``.

Everything goes through ``importlib.resources`` so a wheel holds all the app
needs. Fonts reach reportlab as real paths via ``as_file`` (a no-op for a
normal install, a temporary extraction for a zipped one).
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import json
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

_PACKAGE = "presskit_resources"
_stack = contextlib.ExitStack()
atexit.register(_stack.close)


def root() -> Traversable:
    return resources.files(_PACKAGE)


def resource(*parts: str) -> Traversable:
    node = root()
    for part in parts:
        node = node.joinpath(part)
    return node


def resource_path(*parts: str) -> Path:
    """A real filesystem path for a shipped file, valid until the process exits."""
    return _cached_path(tuple(parts))


@functools.cache
def _cached_path(parts: tuple[str, ...]) -> Path:
    return _stack.enter_context(resources.as_file(resource(*parts)))


def read_bytes(*parts: str) -> bytes:
    return resource(*parts).read_bytes()


def read_text(*parts: str) -> str:
    return resource(*parts).read_text(encoding="utf-8")


def font_path(filename: str) -> Path:
    return resource_path("fonts", filename)


def locale_dir() -> Path:
    """Folder of compiled gettext catalogs for export labels (``LANG/LC_MESSAGES/labels.mo``)."""
    return resource_path("locale")


@functools.cache
def draft_schema() -> dict[str, Any]:
    return json.loads(read_text("schema", "presskit-draft-1.schema.json"))


def example_path(name: str) -> Path:
    return resource_path("examples", name)


def icon_path(name: str) -> Path:
    return resource_path("icons", name)
