"""Atomic file writes: temp file in the target's folder, fsync, rename.

A failed or interrupted write never leaves a half-written target: the file on
disk is either the old version or the new one.

* A symlink is followed: the file it points to is replaced (as QSaveFile does) and the
  link stays a link.
* An existing target that is not a regular file (a FIFO, a device, a socket) or that is
  read-only is refused with ``RefusedTarget``; it is never replaced through its folder.
* The temporary file is ``.NAME.PID-RANDOM.tmp`` beside the target. Its writer holds an
  exclusive ``flock`` on it until the rename, so ``remove_leftovers`` can tell the temp
  file of a killed writer (unlocked, its process gone) from one still being written.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]  # no flock there: ages and pids decide alone

TEMP_SUFFIX = ".tmp"
# A temp file whose writer's pid is running, or that carries no pid (written by an older
# Presskit), is only removed once it is this old.
STALE_TMP_SECONDS = 15 * 60
# A temp file of a running pid is never removed younger than this, locked or not: it may
# be between its creation and its lock, or between its unlock and its rename.
FRESH_GRACE_SECONDS = 60
_PREFIX_BYTES = 120  # keeps ".NAME.PID-RANDOM.tmp" under the usual 255-byte name limit


class RefusedTarget(OSError):
    """An existing file Presskit will not replace: not a regular file, or read-only."""


def real_target(path: str | os.PathLike[str]) -> Path:
    """The file a write to *path* replaces: symlinks are followed (the link itself stays)."""
    return Path(os.path.realpath(os.fspath(path)))


def file_kind(mode: int) -> str:
    """What a non-regular file is, for messages: "a named pipe (FIFO)", "a device"…"""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a special file"


def check_replaceable(target: Path) -> None:
    """Raise unless *target* is missing or a regular file the user may write.

    Write permission is decided by ``os.access`` and by the file's write bits: root passes
    every ``os.access`` check, yet a file nobody may write (``chmod 444``) was marked
    read-only on purpose and is not replaced either.
    """
    try:
        st = os.stat(target)
    except FileNotFoundError:
        return
    except OSError:
        return  # the write itself will report it
    if stat.S_ISDIR(st.st_mode):
        raise IsADirectoryError(errno.EISDIR, "is a folder", str(target))
    if not stat.S_ISREG(st.st_mode):
        raise RefusedTarget(errno.EEXIST, f"is {file_kind(st.st_mode)}, not a regular file; "
                            "it was not replaced", str(target))
    if not st.st_mode & 0o222 or not os.access(target, os.W_OK):
        raise RefusedTarget(errno.EACCES, "is read-only; it was not replaced", str(target))


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


# -- temp files and their leftovers ------------------------------------------------------
def _temp_stem(name: str) -> str:
    raw = os.fsencode(name)
    return name if len(raw) <= _PREFIX_BYTES else os.fsdecode(raw[:_PREFIX_BYTES])


def temp_prefix(name: str) -> str:
    """The start of the temp file names used to write a file called *name*."""
    return f".{_temp_stem(name)}.{os.getpid()}-"


def _temp_pattern(name: str) -> re.Pattern[str]:
    """Our temp files for *name*: ``.NAME.PID-RANDOM.tmp``, and ``.NAME.RANDOM.tmp`` as older
    versions named them (group ``pid`` is then None)."""
    return re.compile(rf"\.{re.escape(_temp_stem(name))}\.(?:(?P<pid>\d+)-)?[A-Za-z0-9_]+"
                      rf"{re.escape(TEMP_SUFFIX)}")


_ANY_TEMP = re.compile(rf"\..+\.(?:(?P<pid>\d+)-)?[A-Za-z0-9_]+{re.escape(TEMP_SUFFIX)}")


def _pid_running(pid: int) -> bool:
    if pid <= 0:
        return False
    if os.name == "nt":  # pragma: no cover - os.kill(pid, 0) would terminate it there
        return True  # unknown: the age decides
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, owned by someone else
    return True


def _locked(path: Path) -> bool:
    """True if a writer holds the temp file's lock (it is still being written)."""
    if fcntl is None:  # pragma: no cover - Windows
        return True
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return True  # cannot look: leave it alone
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(fd)  # also releases our probe lock
    return False


def _is_leftover(path: Path, pid: int | None, now: float) -> bool:
    """A temp file no writer will ever rename: its writer was killed (or it is very old)."""
    try:
        st = os.lstat(path)
    except OSError:
        return False
    if not stat.S_ISREG(st.st_mode):
        return False
    age = now - st.st_mtime
    if pid is None:
        return age > STALE_TMP_SECONDS
    if _pid_running(pid) and age < (FRESH_GRACE_SECONDS if fcntl is not None else STALE_TMP_SECONDS):
        return False
    return not _locked(path)


def _sweep(folder: Path, *patterns: re.Pattern[str]) -> int:
    removed = 0
    now = time.time()
    try:
        names = os.listdir(folder)
    except OSError:
        return 0
    for name in names:
        m = next((m for p in patterns if (m := p.fullmatch(name)) is not None), None)
        if m is None:
            continue
        path = folder / name
        pid = int(m.group("pid")) if m.group("pid") else None
        if _is_leftover(path, pid, now):
            with contextlib.suppress(OSError):
                path.unlink()
                removed += 1
    return removed


def remove_leftovers(path: str | os.PathLike[str]) -> int:
    """Remove the temp files killed writes of *path* (or of its ``.bak``) left beside it.

    Only files named as ours are considered, and a temp file still being written (its
    lock held, or its writer running and the file under a minute old) is kept. Returns
    how many were removed; never raises.
    """
    target = real_target(path)
    return _sweep(target.parent, _temp_pattern(target.name), _temp_pattern(target.name + ".bak"))


def remove_leftovers_in(folder: str | os.PathLike[str]) -> int:
    """``remove_leftovers`` for every file of a folder Presskit owns (autosaves, locks…)."""
    return _sweep(Path(folder), _ANY_TEMP)


def _lock(fd: int) -> None:
    if fcntl is not None:
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


# -- writing -----------------------------------------------------------------------------
def _finish(tmp: Path, target: Path, backup: bool) -> None:
    """Give the temp file the target's permissions, keep the ``.bak``, rename over the target."""
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
    _fsync_dir(target.parent)


@contextlib.contextmanager
def atomic_open(path: str | os.PathLike[str], mode: str = "wb", *, backup: bool = False,
                encoding: str | None = None) -> Iterator[IO]:
    """Open a temporary sibling of *path*'s real file for writing; on success it replaces it.

    With ``backup=True`` the previous version (if any) is kept as ``PATH.bak``. Raises
    ``RefusedTarget`` (an ``OSError``) before anything is written when the existing file
    must not be replaced.
    """
    import tempfile

    target = real_target(path)
    check_replaceable(target)
    remove_leftovers(target)
    fd, tmp_name = tempfile.mkstemp(prefix=temp_prefix(target.name), suffix=TEMP_SUFFIX,
                                    dir=target.parent)
    tmp = Path(tmp_name)
    _lock(fd)
    # POSIX renames an open file: the lock is held until the temp file has become the target.
    rename_open = os.name != "nt"
    try:
        if "b" in mode:
            fh: IO = os.fdopen(fd, mode)
        else:
            fh = os.fdopen(fd, mode, encoding=encoding or "utf-8", newline="")
        with fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
            if rename_open:
                _finish(tmp, target, backup)
        if not rename_open:  # pragma: no cover - Windows
            _finish(tmp, target, backup)
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
