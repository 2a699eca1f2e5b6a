"""Kill -9 harness: a draft being saved is never left half-written.

A child process saves a large-ish draft over and over with ``presskit.draft.save``,
alternating two versions, while the parent kills it with SIGKILL at random
moments. After every kill the file on disk must parse and equal one of the two
versions (and so must the ``.bak``). The temp files the kills leave behind are gone
once the draft is opened again.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from presskit import draft
from presskit.draft_safety import backup_path
from presskit.model import Contact, Quote, Release
from presskit.session import EditorSession

KILLS = 200

CHILD = r"""
import sys
from presskit import draft
path, a, b = sys.argv[1], sys.argv[2], sys.argv[3]
versions = [draft.load(a), draft.load(b)]
sys.stdout.write("go\n"); sys.stdout.flush()
i = 0
while True:
    draft.save(versions[i % 2], path)
    i += 1
"""


def big_release(tag: str) -> Release:
    para = f"{tag} — paragraphe de contrôle avec des accents éèà et des guillemets « » " * 12
    return Release(
        language="fr_FR", reference=f"CP-{tag}", title=f"Version {tag}",
        body="\n\n".join(f"{i}. {para}" for i in range(120)),  # ~150 KB of JSON
        quotes=[Quote(text=f"Citation {tag}", speaker="Claire", role="Directrice")],
        contacts=[Contact(name="Amélie", email="amelie@example.org")],
    )


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_during_saves_never_corrupts(tmp_path: Path) -> None:
    a, b = tmp_path / "a.presskit", tmp_path / "b.presskit"
    draft.save(big_release("A"), a, backup=False)
    draft.save(big_release("B"), b, backup=False)
    texts = {draft.dumps(draft.load(a)), draft.dumps(draft.load(b))}
    assert len(a.read_bytes()) > 100_000
    target = tmp_path / "target.presskit"
    draft.save(big_release("A"), target, backup=False)
    rng = random.Random(20260301)
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    started = time.monotonic()
    mid_write = 0
    for n in range(KILLS):
        proc = subprocess.Popen([sys.executable, "-c", CHILD, str(target), str(a), str(b)],
                                stdout=subprocess.PIPE, env=env)
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == b"go"
        time.sleep(rng.uniform(0.0, 0.03))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
        assert proc.returncode == -signal.SIGKILL
        # The draft parses and is exactly one of the two versions, never a mixture.
        assert draft.dumps(draft.load(target)) in texts, f"corrupt draft after kill {n}"
        bak = backup_path(target)
        if bak.exists():
            assert draft.dumps(draft.load(bak)) in texts, f"corrupt backup after kill {n}"
        # This kill interrupted a write if it left a temp file named with the child's pid.
        mid_write += any(target.parent.glob(f".target.presskit*.{proc.pid}-*.tmp"))
    # Temp files of interrupted writes are the only leftovers; the draft never suffers.
    assert time.monotonic() - started < 60
    print(f"{KILLS} kills, {mid_write} of them in the middle of a write")
    assert mid_write > KILLS // 4  # the kills really did land during writes
    # Opening the draft again removes every leftover of the killed saves.
    assert draft.dumps(draft.load(EditorSession.open(target).path)) in texts
    assert list(tmp_path.glob(".*.tmp")) == []
