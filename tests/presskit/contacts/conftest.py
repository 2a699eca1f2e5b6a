"""Fixtures of the contact-book tests: a fresh book in the test's data folder, the corpus,
and a reader that gets contacts straight from the SQLite file (not through ContactBook)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from presskit.contacts.db import ContactBook, book_path

CORPUS = Path(__file__).resolve().parent / "corpus"


@pytest.fixture
def corpus() -> Path:
    return CORPUS


@pytest.fixture
def book(isolated_data_dir: Path) -> Iterator[ContactBook]:
    b = ContactBook(book_path(isolated_data_dir))
    try:
        yield b
    finally:
        b.close()


def db_rows(db: Path) -> dict[str, dict[str, Any]]:
    """Every contact in the SQLite file at *db*, keyed by display name (or organization)."""
    conn = sqlite3.connect(db)
    try:
        out: dict[str, dict[str, Any]] = {}
        for (cid, display, given, family, role, org, langs, country, notes,
             verified) in conn.execute(
                "SELECT id, display_name, given_name, family_name, role, organization, "
                "languages, country, notes, last_verified FROM contacts"):
            phones = conn.execute("SELECT kind, number FROM phones WHERE contact_id = ? "
                                  "ORDER BY position", (cid,)).fetchall()
            emails = [r[0] for r in conn.execute(
                "SELECT address FROM emails WHERE contact_id = ? ORDER BY position", (cid,))]
            key = display or org
            assert key not in out, f"two contacts named {key!r}"
            out[key] = {"given": given, "family": family, "role": role, "organization": org,
                        "phones": [tuple(p) for p in phones], "emails": emails,
                        "languages": [x for x in langs.split("\n") if x], "country": country,
                        "notes": notes, "verified": verified, "id": cid}
        return out
    finally:
        conn.close()


def integrity(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def count_rows(db: Path, table: str = "contacts") -> int:
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()
