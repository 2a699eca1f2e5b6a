"""The editor's Qt-free logic: dirty tracking, undo history, autosave timing, recovery, locks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from presskit import draft
from presskit.draft_safety import (
    Autosaver,
    DraftLock,
    Owner,
    backup_path,
    list_recoverable,
    lock_key,
    process_start_time,
)
from presskit.errors import DraftError
from presskit.model import Contact, Release
from presskit.session import EditorSession, History, document_texts, with_suffix, word_count


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def release(title: str = "Title", body: str = "Body text.") -> Release:
    return Release(language="en_US", title=title, body=body,
                   contacts=[Contact(name="Bob", email="bob@example.org")])


def dead_owner() -> Owner:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return Owner(proc.pid, "linux:1", "gone")


def test_core_does_not_import_qt() -> None:
    code = ("import sys, presskit.session, presskit.draft_safety; "
            "sys.exit(1 if any(m.startswith('PySide6') for m in sys.modules) else 0)")
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


# -- history -------------------------------------------------------------------------------
def test_history_records_undoes_and_redoes() -> None:
    h = History("a")
    assert not h.record("a")
    assert h.record("b") and h.record("c")
    assert h.undo() == "b" and h.undo() == "a" and h.undo() is None
    assert h.redo() == "b"
    h.record("x")  # a new edit clears the redo side
    assert not h.can_redo and h.current == "x"
    assert h.undo() == "b"


def test_history_limit() -> None:
    h = History("0", limit=5)
    for i in range(1, 20):
        h.record(str(i))
    assert len(h) == 5
    while h.can_undo:
        h.undo()
    assert h.current == "15"


# -- dirty tracking ------------------------------------------------------------------------
def test_dirty_compares_canonical_text(tmp_path: Path) -> None:
    path = tmp_path / "a.presskit"
    draft.save(release(), path)
    s = EditorSession.open(path)
    assert not s.dirty
    assert s.update(release(title="Other"))
    assert not s.update(release())  # typing back to the saved text is not a change
    assert s.display_name() == "a.presskit"


def test_new_session_is_pristine_until_edited() -> None:
    s = EditorSession.new("fr_FR")
    assert not s.dirty and s.is_pristine
    assert s.display_name() == "Untitled" and s.display_name("Mon titre") == "Mon titre"
    s.update(release(title="x"))
    assert s.dirty and not s.is_pristine and s.save_needs_path()


def test_save_writes_atomically_with_backup_and_clears_dirty(tmp_path: Path) -> None:
    path = tmp_path / "b.presskit"
    s = EditorSession(release(), None)
    s.update(release(title="First"))
    assert s.save(release(title="First"), path) == path
    assert not s.dirty and s.path == path and not s.changed_on_disk()
    s.update(release(title="Second"))
    s.save(release(title="Second"))
    assert draft.load(path).title == "Second"
    assert draft.load(backup_path(path)).title == "First"
    assert not list(tmp_path.glob(".*.tmp"))


def test_changed_on_disk_and_revert(tmp_path: Path) -> None:
    path = tmp_path / "c.presskit"
    draft.save(release(title="Disk"), path)
    s = EditorSession.open(path)
    s.update(release(title="Mine"))
    os.utime(path, ns=(1, 1))
    assert s.changed_on_disk()
    again = s.revert()
    assert again.title == "Disk" and not s.dirty and not s.changed_on_disk()
    assert s.history.can_undo  # the revert itself can be undone
    assert s.undo() is not None


def test_with_suffix() -> None:
    assert with_suffix("a") == Path("a.presskit")
    assert with_suffix("a.PRESSKIT") == Path("a.PRESSKIT")
    assert with_suffix("a.json") == Path("a.json.presskit")


# -- undo snapshots and autosave timing ----------------------------------------------------
def test_quick_typing_is_coalesced_into_one_step() -> None:
    clock = Clock()
    s = EditorSession(release(), None, clock=clock)
    for i in range(5):
        clock.now += 0.1
        s.note_edit()
        s.update(release(title="T" * (i + 1)))
        assert not s.snapshot_due()
    clock.now += EditorSession.settle
    assert s.snapshot_due()
    s.take_snapshot()
    assert s.undo().title == "Title"  # one step back undoes the whole burst


def test_long_burst_is_split() -> None:
    clock = Clock()
    s = EditorSession(release(), None, clock=clock)
    s.note_edit()
    for _ in range(int(EditorSession.max_group / 0.2) + 1):
        clock.now += 0.2
        s.note_edit()
    assert s.snapshot_due()


def test_undo_redo_restore_all_fields() -> None:
    s = EditorSession(release(), None)
    s.note_edit()
    s.take_snapshot(draft.dumps(release(title="A")))
    s.note_edit()
    s.take_snapshot(draft.dumps(release(title="A", body="New body")))
    r = s.undo()
    assert (r.title, r.body) == ("A", "Body text.")
    r = s.undo()
    assert r.title == "Title"
    assert s.redo().title == "A"


def test_autosave_due_after_interval_of_editing() -> None:
    # Issue 14 §3: with no pause in the typing, an autosave is still due every 30 s.
    clock = Clock()
    s = EditorSession(release(), None, autosave_interval=30, clock=clock)
    assert not s.autosave_due()
    for second in range(30):
        s.note_edit()
        s.update(release(title=f"Edited {second}"))
        assert not s.autosave_due()
        clock.now += 1
    assert s.autosave_due()
    s.mark_autosaved()
    clock.now += 60
    assert not s.autosave_due()  # nothing new since
    s.note_edit()
    clock.now += 30
    assert not s.autosave_due()  # edited, but the text is what was autosaved


def test_autosave_due_two_seconds_after_the_last_keystroke() -> None:
    # Issue 14 §3: text typed 10 s before a kill was lost (the autosave came 30 s after the
    # first edit); now it comes when the typing pauses for 2 s.
    clock = Clock()
    s = EditorSession(release(), None, autosave_interval=30, clock=clock)
    s.note_edit()
    s.update(release(title="Edited"))
    assert s.autosave_seconds_left() == pytest.approx(2.0)
    clock.now += 1.9
    assert not s.autosave_due()
    s.note_edit()  # another keystroke restarts the pause
    s.update(release(title="Edited again"))
    clock.now += 1.9
    assert not s.autosave_due()
    assert s.autosave_seconds_left() == pytest.approx(0.1)
    clock.now += 0.1
    assert s.autosave_due()
    s.mark_autosaved()
    assert s.autosave_seconds_left() is None and not s.autosave_due()


def test_autosave_after_undo_waits_for_the_pause() -> None:
    clock = Clock()
    s = EditorSession(release(), None, autosave_interval=30, clock=clock)
    for title in ("A", "AB"):
        s.note_edit()
        s.take_snapshot(draft.dumps(release(title=title)))
    s.mark_autosaved()
    assert s.undo() is not None and s.dirty  # back to "A", still unsaved
    assert not s.autosave_due()
    clock.now += 2
    assert s.autosave_due()


def test_display_name_takes_the_translated_untitled() -> None:
    s = EditorSession(release(title=""), None)
    assert s.display_name("") == "Untitled"
    assert s.display_name("  ", untitled="Sans titre") == "Sans titre"
    assert s.display_name("Le titre", untitled="Sans titre") == "Le titre"


# -- backup and recovered sessions ---------------------------------------------------------
def test_from_backup_never_targets_damaged_file(tmp_path: Path) -> None:
    path = tmp_path / "d.presskit"
    draft.save(release(title="Old"), path)
    draft.save(release(title="New"), path)
    path.write_text('{"presskit": 1, "title": "trunc', encoding="utf-8")
    with pytest.raises(DraftError):
        EditorSession.open(path)
    s = EditorSession.from_backup(backup_path(path), path)
    assert s.path is None and s.suggested_path == path and s.save_needs_path() and s.dirty
    assert draft.loads(s.text).title == "Old"


def test_recovered_session_keeps_original_path(tmp_path: Path) -> None:
    path = tmp_path / "e.presskit"
    draft.save(release(title="Saved"), path)
    s = EditorSession.recovered(draft.dumps(release(title="Unsaved")), str(path))
    assert s.path == path and s.dirty
    s2 = EditorSession.recovered(draft.dumps(release(title="Unsaved")), None)
    assert s2.path is None and s2.dirty


# -- process identity, locks and autosaves -------------------------------------------------
def test_owner_liveness() -> None:
    me = Owner.current("t")
    assert me.is_alive()
    assert not dead_owner().is_alive()
    if sys.platform.startswith("linux"):
        assert process_start_time(os.getpid()) is not None
        # Same pid, different start time: a reused pid is not our editor.
        assert not Owner(os.getppid(), "linux:0", "x").is_alive()


def test_lock_same_draft_twice(tmp_path: Path) -> None:
    data = tmp_path / "data"
    path = tmp_path / "f.presskit"
    a = DraftLock(data, path, Owner.current("window-a"))
    b = DraftLock(data, path, Owner.current("window-b"))
    assert a.acquire() is None
    holder = b.acquire()
    assert holder is not None and holder.same_process
    assert b.acquire(force=True) is None
    a.release()  # not a's lock any more: left alone
    assert b.file.exists()
    b.release()
    assert not b.file.exists()


def test_stale_lock_from_dead_process_is_ignored(tmp_path: Path) -> None:
    data = tmp_path / "data"
    path = tmp_path / "g.presskit"
    lock_file = data / "locks" / (lock_key(path) + ".lock")
    lock_file.parent.mkdir(parents=True)
    lock_file.write_text(json.dumps({"owner": dead_owner().to_json(), "path": str(path)}))
    assert DraftLock(data, path, Owner.current("w")).acquire() is None
    lock_file.write_text("garbage")
    assert DraftLock(data, path, Owner.current("w2")).holder() is None


def test_lock_key_uses_resolved_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert lock_key("x.presskit") == lock_key(tmp_path / "sub" / ".." / "x.presskit")


def test_autosave_listing_skips_live_owners(tmp_path: Path) -> None:
    data = tmp_path / "data"
    live = Autosaver(data, Owner.current("w"))
    live.write(draft.dumps(release(title="Live")), None, "Live")
    assert list_recoverable(data) == []
    dead = Autosaver(data, dead_owner())
    dead.write(draft.dumps(release(title="Crashed")), str(tmp_path / "h.presskit"), "Crashed")
    found = list_recoverable(data)
    assert [e.title for e in found] == ["Crashed"]
    assert draft.loads(found[0].read_text()).title == "Crashed"
    assert found[0].original == str(tmp_path / "h.presskit")
    found[0].discard()
    assert list_recoverable(data) == []
    live.remove()
    assert not list((data / "autosave").iterdir())


def test_autosave_leftovers(tmp_path: Path) -> None:
    data = tmp_path / "data"
    a = Autosaver(data, dead_owner())
    a.write(draft.dumps(release()), None, "x")
    a.draft_file.unlink()  # a crash between the sidecar and the draft: nothing to offer
    assert list_recoverable(data) == [] and not a.sidecar.exists()
    b = Autosaver(data, dead_owner())
    b.write(draft.dumps(release(title="Orphan")), None, "x")
    b.sidecar.unlink()  # draft without sidecar: still offered
    assert [draft.loads(e.read_text()).title for e in list_recoverable(data)] == ["Orphan"]


def test_word_count() -> None:
    from presskit.compose import compose

    assert word_count(["Hello, world!", "l'équipe d’IOV a-t-il 3 ans"]) == 7
    doc = compose(release(title="Three word title", body="Four words in body."))
    assert word_count(document_texts(doc)) == 7


def test_open_lenient_leaves_the_bad_field_empty_and_the_file_alone(tmp_path: Path) -> None:
    path = tmp_path / "r.presskit"
    data = json.loads(draft.dumps(release("Kept title")))
    data["date"] = "2018-02-30"
    path.write_text(json.dumps(data), encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(DraftError):
        EditorSession.open(path)
    s = EditorSession.open_lenient(path)
    assert [(p.field, p.message) for p in s.problems] == [
        ("date", "'2018-02-30' is not a real date (day is out of range for month)")]
    loaded = draft.loads(s.text)
    assert loaded.title == "Kept title" and loaded.date is None and loaded.contacts[0].name == "Bob"
    assert s.path == path and not s.dirty and not s.needs_autosave
    assert path.read_bytes() == before  # not rewritten until the user saves
    s.save(loaded)
    assert "date" not in json.loads(path.read_text(encoding="utf-8"))
    assert draft.load(path).title == "Kept title"


def test_backup_of_a_draft_opened_through_a_symlink_is_beside_its_target(tmp_path: Path) -> None:
    real = tmp_path / "real.presskit"
    draft.save(release("One"), real, backup=False)
    link = tmp_path / "link.presskit"
    link.symlink_to(real)
    s = EditorSession.open(link)
    s.save(release("Two"))
    assert link.is_symlink() and draft.load(real).title == "Two"
    assert backup_path(link) == tmp_path / "real.presskit.bak"
    assert draft.load(backup_path(link)).title == "One"


def test_detach_as_untitled_copy_keeps_the_text_and_suggests_the_path(tmp_path) -> None:
    from presskit import draft
    from presskit.model import Release
    from presskit.session import EditorSession

    path = tmp_path / "kept.presskit"
    draft.save(Release(title="Kept"), path, backup=False)
    session = EditorSession.open(path)
    text = session.text
    session.detach_as_untitled_copy()
    assert session.path is None and session.suggested_path == path
    assert session.dirty and session.text == text
    assert session.display_name() == "kept.presskit"
