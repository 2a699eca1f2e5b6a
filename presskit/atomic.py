"""Atomic file writes: temp file in the same folder, fsync, rename.

A failed or interrupted write never leaves a half-written target: the file on
disk is either the old version or the new one.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


STALE_TMP_SECONDS = 15 * 60


def _remove_stale_temps(target: Path) -> None:
    """Temp files left by a writer that was killed mid-write (they are never the real file)."""
    import time

    cutoff = time.time() - STALE_TMP_SECONDS
    with contextlib.suppress(OSError):
        for old in target.parent.glob(f".{target.name}.*.tmp"):
            with contextlib.suppress(OSError):
                if old.stat().st_mtime < cutoff:
                    old.unlink()


@contextlib.contextmanager
def atomic_open(path: str | os.PathLike[str], mode: str = "wb", *, backup: bool = False,
                encoding: str | None = None) -> Iterator[IO]:
    """Open a temporary sibling of *path* for writing; on success it replaces *path*.

    With ``backup=True`` the previous version (if any) is kept as ``PATH.bak``.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    _remove_stale_temps(target)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    tmp = Path(tmp_name)
    try:
        if "b" in mode:
            fh: IO = os.fdopen(fd, mode)
        else:
            fh = os.fdopen(fd, mode, encoding=encoding or "utf-8", newline="")
        with fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        if target.exists():
            with contextlib.suppress(OSError):
                os.chmod(tmp, target.stat().st_mode & 0o7777)
            if backup:
                bak = target.with_name(target.name + ".bak")
                # Hard-link-free copy keeps the old version even if rename below fails.
                _replace_copy(target, bak)
        else:
            with contextlib.suppress(OSError):
                umask = os.umask(0)
                os.umask(umask)
                os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
        _fsync_dir(folder)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def _replace_copy(src: Path, dst: Path) -> None:
    data = src.read_bytes()
    write_bytes(dst, data)


def write_bytes(path: str | os.PathLike[str], data: bytes, *, backup: bool = False) -> None:
    with atomic_open(path, "wb", backup=backup) as fh:
        fh.write(data)


def write_text(path: str | os.PathLike[str], text: str, *, backup: bool = False) -> None:
    write_bytes(path, text.encode("utf-8"), backup=backup)
