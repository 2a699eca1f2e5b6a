"""A small on-disk cache for work that is costly and never changes for the same input.

Two things are worth keeping between runs, the way fontconfig keeps its font cache:

* the metrics reportlab reads out of each bundled TrueType file (character map, advance
  widths, glyph offsets — about 25 ms of parsing per cold export for the four styles);
* a logo decoded, checked and scaled, and its compressed PDF image stream (about 25 ms:
  Pillow's decoders, a resample and a zlib pass).

Entries live under ``cache_dir()/NAMESPACE``, named by a digest of their key. The key
holds everything the value depends on (file size and modification time, library
versions, a format number), so a changed input or an upgraded library simply misses.
A cache is never a source of truth: an unreadable, corrupt or stale entry is a miss,
and a failed write is ignored. Each namespace keeps its newest ``limit`` entries.

The values are pickles written by this program into the user's own cache folder, the
same trust as the drafts and preferences beside it.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import sys
import tempfile
from pathlib import Path
from typing import Any

FORMAT = 1  # bump when the layout of any cached value changes
_STAMP = f"presskit-cache {FORMAT} py{sys.version_info[0]}.{sys.version_info[1]}"


def _folder(namespace: str) -> Path | None:
    from presskit.paths import cache_dir

    try:
        folder = cache_dir() / namespace
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return folder


def _entry(folder: Path, key: str) -> Path:
    digest = hashlib.blake2b(f"{_STAMP}\0{key}".encode("utf-8", "surrogatepass"),
                             digest_size=16).hexdigest()
    return folder / f"{digest}.pickle"


def load(namespace: str, key: str) -> Any | None:
    """The value stored under *key*, or None when there is none (or it cannot be read)."""
    folder = _folder(namespace)
    if folder is None:
        return None
    path = _entry(folder, key)
    try:
        data = path.read_bytes()
    except OSError:
        return None
    try:
        stored_key, value = pickle.loads(data)
    except Exception:  # truncated or from an incompatible version: a miss
        return None
    return value if stored_key == key else None


def store(namespace: str, key: str, value: Any, *, limit: int = 32) -> None:
    """Keep *value* under *key* (best effort: a cache that cannot be written is skipped)."""
    folder = _folder(namespace)
    if folder is None:
        return
    path = _entry(folder, key)
    try:
        data = pickle.dumps((key, value), protocol=pickle.HIGHEST_PROTOCOL)
        fd, tmp = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, path)  # readers see the old entry or the whole new one
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
    except Exception:
        return
    _prune(folder, limit)


def _prune(folder: Path, limit: int) -> None:
    with contextlib.suppress(OSError):
        entries = sorted(folder.glob("*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in entries[limit:]:
            with contextlib.suppress(OSError):
                old.unlink()


def file_key(path: str | os.PathLike[str]) -> str:
    """Identifies a file's current content cheaply: its path, size and modification time."""
    st = os.stat(path)
    return f"{os.fspath(path)}|{st.st_size}|{st.st_mtime_ns}"


def digest(data: bytes | str) -> str:
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    return hashlib.sha256(raw).hexdigest()
