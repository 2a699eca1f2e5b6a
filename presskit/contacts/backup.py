"""Backups of the contact book with SQLite's online backup API.

Daily copies go to ``backups/contacts-YYYY-MM-DD.sqlite3`` next to the book;
the newest *keep* are kept. A restore first copies the current state to
``backups/contacts-before-restore-…`` so that it can itself be undone.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from presskit.contacts.errors import ContactBookError

if TYPE_CHECKING:
    from presskit.contacts.store import BookStore

DAILY = re.compile(r"^contacts-(\d{4}-\d{2}-\d{2})\.sqlite3$")
_STAMP = re.compile(r"(\d{4}-\d{2}-\d{2})(?:T(\d{6}))?")
KEEP_SAFETY = 10


def _stamp() -> str:
    return dt.datetime.now().strftime("%Y-%m-%dT%H%M%S")


def _fresh(folder: Path, prefix: str) -> Path:
    """A backup path that does not exist yet: never overwrite a safety copy."""
    stamp = _stamp()
    path = folder / f"{prefix}-{stamp}.sqlite3"
    n = 2
    while path.exists():
        path = folder / f"{prefix}-{stamp}-{n}.sqlite3"
        n += 1
    return path


def backup_to(store: BookStore, dest: Path) -> Path:
    """Copy the book to *dest* (a consistent snapshot, even while others write)."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.tmp")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    try:
        target = sqlite3.connect(tmp)
        try:
            store.copy_to(target)
            # A backup is a plain single file: no -wal/-shm companions to lose.
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, dest)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return dest


def daily_backup(store: BookStore, keep: int = 7, today: dt.date | None = None) -> Path | None:
    """Make today's backup unless it exists; keep the newest *keep*. Returns the new file."""
    folder = store.backup_folder()
    day = (today or dt.date.today()).isoformat()
    dest = folder / f"contacts-{day}.sqlite3"
    made = None
    if not dest.exists():
        made = backup_to(store, dest)
    daily = sorted((p for p in folder.glob("contacts-*.sqlite3") if DAILY.match(p.name)),
                   key=lambda p: p.name, reverse=True)
    for old in daily[max(keep, 1):]:
        with contextlib.suppress(OSError):
            old.unlink()
    return made


def _sort_key(path: Path) -> tuple[str, str, float]:
    m = _STAMP.search(path.name)
    mtime = path.stat().st_mtime if path.exists() else 0.0
    return (m.group(1) if m else "", m.group(2) or "" if m else "", mtime)


def list_backups(folder: Path) -> list[Path]:
    """Backups in *folder*, newest first (daily ones and safety copies)."""
    if not folder.is_dir():
        return []
    found = [p for p in folder.glob("contacts-*.sqlite3") if p.is_file()]
    return sorted(found, key=_sort_key, reverse=True)


def pre_migration_backup(store: BookStore, version: int) -> Path:
    """A copy of the book before its schema is upgraded from *version*."""
    return backup_to(store, _fresh(store.backup_folder(), f"contacts-before-upgrade-from-v{version}"))


def _check_backup(path: Path) -> None:
    from presskit.contacts import schema

    if not path.is_file():
        raise ContactBookError("no such backup", path=str(path))
    try:
        src = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            ok = src.execute("PRAGMA integrity_check").fetchone()[0]
            version = int(src.execute("PRAGMA user_version").fetchone()[0])
            tables = {r[0] for r in src.execute("SELECT name FROM sqlite_master")}
        finally:
            src.close()
    except sqlite3.DatabaseError as exc:
        raise ContactBookError(f"not a contact book backup ({exc})", path=str(path)) from exc
    if ok != "ok":
        raise ContactBookError(f"damaged backup ({ok})", path=str(path))
    if "contacts" not in tables or version < 1:
        raise ContactBookError("not a contact book backup", path=str(path))
    if version > schema.CURRENT_VERSION:
        raise ContactBookError("backup written by a newer Presskit", path=str(path))


def restore_backup(store: BookStore, path: Path) -> Path:
    """Replace the book's content with *path*; returns the safety copy of the old state."""
    _check_backup(path)
    safety = backup_to(store, _fresh(store.backup_folder(), "contacts-before-restore"))
    src = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        store.replace_from(src)
    finally:
        src.close()
    safeties = [p for p in list_backups(store.backup_folder())
                if p.name.startswith("contacts-before-restore-")]
    for old in safeties[KEEP_SAFETY:]:
        with contextlib.suppress(OSError):
            old.unlink()
    return safety
