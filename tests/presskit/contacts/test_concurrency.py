"""Several processes on one book: nothing lost or corrupted; a killed import leaves nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from presskit.contacts.db import ContactBook
from presskit.contacts.files import import_files
from presskit.contacts.model import BookContact
from tests.presskit.contacts.conftest import count_rows, integrity

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="uses POSIX signals")

IMPORTER = """
import os, sys, time
from presskit.contacts.db import ContactBook
from presskit.contacts.files import import_files
db, go, *files = sys.argv[1:]
book = ContactBook(db)
while not os.path.exists(go):
    time.sleep(0.002)
print(import_files(book, files), flush=True)
"""

WRITER = """
import os, sys, time
from presskit.contacts.db import ContactBook
from presskit.contacts.model import BookContact
db, go, tag, n, list_id = sys.argv[1:]
book = ContactBook(db)
while not os.path.exists(go):
    time.sleep(0.002)
for i in range(int(n)):
    c = book.add(BookContact(given_name=f"{tag}{i}", emails=[f"{tag}{i}@example.org"]))
    book.add_to_list(list_id, c.id)
    if i % 10 == 0:
        book.search(tag)
print("done", flush=True)
"""

KILLED = """
import sys, time
from presskit.contacts.db import ContactBook
from presskit.contacts.files import import_files
db, file = sys.argv[1:]
book = ContactBook(db)
def progress(done, total):
    if done >= total // 2:
        print("HALF", done, flush=True)
        time.sleep(60)  # killed here, in the middle of the import's transaction
import_files(book, [file], progress=progress)
print("FINISHED", flush=True)
"""


def _cards(path: Path, prefix: str, numbers: range) -> None:
    """Person i has the same name, email and phone in every file (the same person)."""
    path.write_bytes("".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {i}\r\nN:{i};Person;;;\r\nORG:{prefix} Weekly\r\n"
        f"EMAIL:person{i}@example.org\r\nTEL;TYPE=CELL:+33 6 {i // 10000 % 100:02d} "
        f"{i // 100 % 100:02d} {i % 100:02d} 99\r\nNOTE:Imported by {prefix}\r\nEND:VCARD\r\n"
        for i in numbers).encode())


def _spawn(code: str, *args: object) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", code, *map(str, args)], text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_two_processes_importing_at_once(tmp_path: Path) -> None:
    db = tmp_path / "contacts.sqlite3"
    go = tmp_path / "go"
    a, b = tmp_path / "a.vcf", tmp_path / "b.vcf"
    _cards(a, "Alpha", range(0, 1500))
    _cards(b, "Beta", range(1400, 2900))  # 100 people in both files
    procs = [_spawn(IMPORTER, db, go, a), _spawn(IMPORTER, db, go, b)]
    time.sleep(0.3)
    go.touch()
    outs = [p.communicate(timeout=180) for p in procs]
    for p, (_out, err) in zip(procs, outs, strict=True):
        assert p.returncode == 0, err
        assert "Traceback" not in err
    reports = sorted(out.strip() for out, _ in outs)
    # Whichever ran second merged the 100 shared people instead of duplicating them.
    assert reports == [
        "1400 imported, 100 merged (same person), 0 possible duplicates kept separate, 0 skipped",
        "1500 imported, 0 merged (same person), 0 possible duplicates kept separate, 0 skipped"]
    assert count_rows(db) == 2900
    assert count_rows(db, "emails") == 2900
    assert count_rows(db, "contacts_fts") == 2900
    assert integrity(db) == "ok"
    book = ContactBook(db)
    emails = {r[0] for r in book.connection.execute("SELECT address FROM emails")}
    assert emails == {f"person{i}@example.org" for i in range(2900)}
    assert book.duplicate_pairs() == []
    book.close()


def test_two_processes_writing_small_transactions(tmp_path: Path) -> None:
    db = tmp_path / "contacts.sqlite3"
    go = tmp_path / "go"
    with ContactBook(db) as book:
        shared = book.create_list("Shared")
    procs = [_spawn(WRITER, db, go, tag, 150, shared.id) for tag in ("left", "right")]
    time.sleep(0.3)
    go.touch()
    for p in procs:
        out, err = p.communicate(timeout=180)
        assert p.returncode == 0, err
        assert out.strip() == "done"
    assert count_rows(db) == 300
    assert integrity(db) == "ok"
    with ContactBook(db) as book:
        members = book.list_contacts(shared.id)
        names = [c.given_name for c in members]
        assert sorted(names) == sorted([f"{t}{i}" for t in ("left", "right") for i in range(150)])
        # Each writer's own additions keep their order in the shared list.
        for tag in ("left", "right"):
            assert [n for n in names if n.startswith(tag)] == [f"{tag}{i}" for i in range(150)]
        positions = [r[0] for r in book.connection.execute(
            "SELECT position FROM list_members WHERE list_id = ? ORDER BY position", (shared.id,))]
        assert positions == list(range(300))


def test_sigkill_during_import_leaves_nothing_half_done(tmp_path: Path) -> None:
    db = tmp_path / "contacts.sqlite3"
    big = tmp_path / "big.vcf"
    _cards(big, "Big", range(6000))
    with ContactBook(db) as book:
        book.add(BookContact(given_name="Already", family_name="There",
                             emails=["already@example.org"]))
    proc = _spawn(KILLED, db, big)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    assert line.startswith("HALF"), proc.stderr.read() if proc.stderr else line
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    # All or nothing: the half-imported cards are gone, the old contact is intact.
    assert integrity(db) == "ok"
    assert count_rows(db) == 1
    assert count_rows(db, "emails") == 1
    assert count_rows(db, "phones") == 0
    with ContactBook(db) as book:
        assert [c.name() for c in book.search("already")] == ["Already There"]
        assert book.search("big") == []
        assert book.integrity_check() == "ok"
        # And the book takes the whole import afterwards.
        report = import_files(book, [big])
        assert str(report) == ("6000 imported, 0 merged (same person), "
                               "0 possible duplicates kept separate, 0 skipped")
    assert count_rows(db) == 6001
    assert integrity(db) == "ok"
