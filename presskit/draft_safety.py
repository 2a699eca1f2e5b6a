"""Keeping drafts safe while they are edited: autosaves, recovery and "open twice" locks.

Qt-free. Both autosaves and locks record the owning process as a pid plus the
process's start time, so a pid reused by an unrelated process after a crash is
not mistaken for a running editor.

Layout under the data folder::

    autosave/<id>.presskit   the autosaved draft (written atomically)
    autosave/<id>.json       sidecar: original path, owner pid + start time, title, time
    locks/<key>.lock         one per open draft, keyed by the draft's resolved path
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sys
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from presskit.atomic import write_text

AUTOSAVE_DIR = "autosave"
LOCKS_DIR = "locks"


# -- process identity ----------------------------------------------------------------------
def process_start_time(pid: int) -> str | None:
    """An opaque token for when *pid* started, or None if unknown or not running."""
    if sys.platform.startswith("linux"):
        try:
            stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
        except OSError:
            return None
        # The command name (field 2) is in parentheses and may hold spaces.
        fields = stat[stat.rfind(")") + 2:].split()
        if len(fields) < 20 or fields[0] in ("Z", "X"):  # zombie or dead: not running
            return None
        return "linux:" + fields[19]
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        return _windows_start_time(pid)
    return None


def _windows_start_time(pid: int) -> str | None:  # pragma: no cover - Windows only
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return None
    try:
        code = wintypes.DWORD()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)) or code.value != 259:
            return None  # 259 = STILL_ACTIVE
        created, exited, kernel, user = (wintypes.FILETIME() for _ in range(4))
        if not kernel32.GetProcessTimes(handle, ctypes.byref(created), ctypes.byref(exited),
                                        ctypes.byref(kernel), ctypes.byref(user)):
            return "win:?"
        return f"win:{created.dwHighDateTime}:{created.dwLowDateTime}"
    finally:
        kernel32.CloseHandle(handle)


def _pid_exists(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":  # pragma: no cover - os.kill(pid, 0) would terminate it there
        return _windows_start_time(pid) is not None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


@dataclass(frozen=True)
class Owner:
    """The process (and, within it, the window) that owns an autosave or a lock."""

    pid: int
    started: str | None
    token: str = ""

    @classmethod
    def current(cls, token: str = "") -> Owner:
        return cls(os.getpid(), process_start_time(os.getpid()), token)

    def to_json(self) -> dict[str, Any]:
        return {"pid": self.pid, "started": self.started, "token": self.token}

    @classmethod
    def from_json(cls, data: Any) -> Owner | None:
        if not isinstance(data, dict) or not isinstance(data.get("pid"), int):
            return None
        started = data.get("started")
        token = data.get("token")
        return cls(data["pid"], started if isinstance(started, str) else None,
                   token if isinstance(token, str) else "")

    def is_alive(self) -> bool:
        """True if this process is still running (and is the same process, not a reused pid)."""
        if self.pid == os.getpid():
            mine = process_start_time(self.pid)
            return self.started is None or mine is None or mine == self.started
        if not _pid_exists(self.pid):
            return False
        now = process_start_time(self.pid)
        if sys.platform.startswith("linux") and now is None:
            return False  # gone, or a zombie waiting to be reaped
        return self.started is None or now is None or now == self.started


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


# -- "same draft open twice" locks --------------------------------------------------------
def lock_key(path: str | os.PathLike[str]) -> str:
    resolved = os.path.normcase(str(Path(path).expanduser().resolve()))
    return hashlib.sha256(resolved.encode("utf-8", "surrogatepass")).hexdigest()[:32]


@dataclass(frozen=True)
class LockHolder:
    owner: Owner
    path: str
    since: float

    @property
    def same_process(self) -> bool:
        return self.owner.pid == os.getpid()


class DraftLock:
    """A lock file in ``locks/`` saying which window of which process has a draft open.

    Stale locks (dead pid, or a pid reused by another program) are ignored and replaced.
    """

    def __init__(self, data_dir: Path, path: str | os.PathLike[str], owner: Owner):
        self.path = Path(path)
        self.owner = owner
        self.file = data_dir / LOCKS_DIR / (lock_key(path) + ".lock")
        self.held = False

    def holder(self) -> LockHolder | None:
        """The live holder of this draft other than us, if any."""
        data = _read_json(self.file)
        if not isinstance(data, dict):
            return None
        owner = Owner.from_json(data.get("owner"))
        if owner is None or owner == self.owner or not owner.is_alive():
            return None
        since = data.get("since")
        return LockHolder(owner, str(data.get("path", "")),
                          float(since) if isinstance(since, (int, float)) else 0.0)

    def acquire(self, *, force: bool = False) -> LockHolder | None:
        """Take the lock; returns the other live holder instead if there is one (unless *force*)."""
        other = self.holder()
        if other is not None and not force:
            return other
        self.file.parent.mkdir(parents=True, exist_ok=True)
        payload = {"owner": self.owner.to_json(), "path": str(self.path.resolve()),
                   "since": time.time()}
        try:
            write_text(self.file, json.dumps(payload, ensure_ascii=False))
        except OSError:
            return None  # a lock we cannot write never stops the user from editing
        self.held = True
        return None

    def release(self) -> None:
        if not self.held:
            return
        self.held = False
        data = _read_json(self.file)
        owner = Owner.from_json(data.get("owner")) if isinstance(data, dict) else None
        if owner is None or owner == self.owner:
            with contextlib.suppress(OSError):
                self.file.unlink()


# -- autosave and recovery ----------------------------------------------------------------
@dataclass(frozen=True)
class AutosaveEntry:
    """An autosave found on disk, as offered for recovery."""

    ident: str
    draft_file: Path
    sidecar: Path
    original: str | None  # the draft's own path, or None for a never-saved release
    title: str
    saved_at: float
    owner: Owner | None

    def read_text(self) -> str:
        return self.draft_file.read_text(encoding="utf-8")

    def discard(self) -> None:
        for p in (self.draft_file, self.sidecar):
            with contextlib.suppress(OSError):
                p.unlink()


class Autosaver:
    """One editor window's autosave slot: ``autosave/<id>.presskit`` plus its sidecar."""

    def __init__(self, data_dir: Path, owner: Owner, ident: str | None = None):
        self.folder = data_dir / AUTOSAVE_DIR
        self.ident = ident or uuid.uuid4().hex
        self.owner = owner
        self.draft_file = self.folder / f"{self.ident}.presskit"
        self.sidecar = self.folder / f"{self.ident}.json"
        self.last_written: str | None = None

    def write(self, text: str, original: str | os.PathLike[str] | None, title: str) -> None:
        """Write the autosave atomically: the sidecar (owner first) then the draft."""
        self.folder.mkdir(parents=True, exist_ok=True)
        side = {
            "presskit_autosave": 1,
            "original": str(original) if original else None,
            "title": title,
            "saved_at": time.time(),
            "owner": self.owner.to_json(),
        }
        write_text(self.sidecar, json.dumps(side, ensure_ascii=False, indent=1))
        write_text(self.draft_file, text)
        self.last_written = text

    @property
    def exists(self) -> bool:
        return self.draft_file.exists() or self.sidecar.exists()

    def remove(self) -> None:
        for p in (self.draft_file, self.sidecar):
            with contextlib.suppress(OSError):
                p.unlink()
        self.last_written = None


def list_recoverable(data_dir: Path) -> list[AutosaveEntry]:
    """Autosaves left by editors that are no longer running, newest first.

    A running editor's autosaves are never listed. Leftover sidecars without a
    draft (a crash between the two writes of the very first autosave) are removed.
    """
    folder = data_dir / AUTOSAVE_DIR
    if not folder.is_dir():
        return []
    out: list[AutosaveEntry] = []
    for sidecar in folder.glob("*.json"):
        ident = sidecar.stem
        draft_file = folder / f"{ident}.presskit"
        data = _read_json(sidecar)
        data = data if isinstance(data, dict) else {}
        owner = Owner.from_json(data.get("owner"))
        if owner is not None and owner.is_alive():
            continue
        if not draft_file.exists():
            with contextlib.suppress(OSError):
                sidecar.unlink()
            continue
        original = data.get("original")
        saved_at = data.get("saved_at")
        if not isinstance(saved_at, (int, float)):
            try:
                saved_at = draft_file.stat().st_mtime
            except OSError:
                saved_at = 0.0
        out.append(AutosaveEntry(
            ident=ident, draft_file=draft_file, sidecar=sidecar,
            original=original if isinstance(original, str) and original else None,
            title=str(data.get("title") or ""), saved_at=float(saved_at), owner=owner))
    # Drafts whose sidecar is missing entirely (removed by hand): offer them too.
    known = {e.ident for e in out} | {p.stem for p in folder.glob("*.json")}
    for draft_file in folder.glob("*.presskit"):
        if draft_file.stem not in known:
            try:
                mtime = draft_file.stat().st_mtime
            except OSError:
                continue
            out.append(AutosaveEntry(ident=draft_file.stem, draft_file=draft_file,
                                     sidecar=folder / f"{draft_file.stem}.json", original=None,
                                     title="", saved_at=mtime, owner=None))
    out.sort(key=lambda e: e.saved_at, reverse=True)
    return out


def backup_path(path: str | os.PathLike[str]) -> Path:
    """Where ``presskit.draft.save`` keeps the previous version of *path*: beside the
    real file when *path* is a symlink (saves write the link's target)."""
    from presskit.atomic import real_target

    p = real_target(path) if os.path.islink(path) else Path(path)
    return p.with_name(p.name + ".bak")


def sweep_leftovers(data_dir: Path, drafts: list[str | os.PathLike[str]]) -> int:
    """At start-up: remove the temp files killed writes left in the data folder (autosaves,
    locks, preferences…) and beside the given drafts (the recent files). Never raises."""
    from presskit.atomic import remove_leftovers, remove_leftovers_in

    removed = 0
    for folder in (data_dir, *_subfolders(data_dir)):
        removed += remove_leftovers_in(folder)
    for path in drafts:
        with contextlib.suppress(OSError, ValueError):
            removed += remove_leftovers(path)
    return removed


def _subfolders(folder: Path) -> list[Path]:
    try:
        return [p for p in folder.iterdir() if p.is_dir() and not p.is_symlink()]
    except OSError:
        return []
