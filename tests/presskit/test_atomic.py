"""Files on disk: symlinks followed, special and read-only outputs refused, ``-`` is standard
output, one file per format, leftovers of killed saves removed at the next open."""

from __future__ import annotations

import io
import os
import signal
import socket
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pypdf import PdfReader

from presskit import atomic, draft
from presskit.cli import main
from presskit.session import EditorSession

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "release-en.presskit"
TITLE = "Northwind Orbital Selects Harbor & Finch for Lunar Logistics Mission"
TITLE_START = "Northwind Orbital Selects"


def _run(args: list[str], cwd: Path | None = None, timeout: float = 120
         ) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "presskit", *args], capture_output=True,
                          cwd=cwd, timeout=timeout)


def _one_error_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("presskit: error: ") and "Traceback" not in err
    return lines[0]


# -- symlinks ------------------------------------------------------------------------------
def test_saving_a_draft_opened_through_a_symlink_writes_its_target(tmp_path: Path) -> None:
    real = tmp_path / "real" / "release.presskit"
    real.parent.mkdir()
    draft.save(draft.load(EXAMPLE), real, backup=False)
    link = tmp_path / "link.presskit"
    link.symlink_to(real)
    session = EditorSession.open(link)
    changed = draft.load(link)
    changed.title = "Saved through the link"
    session.save(changed)
    assert os.path.islink(link) and os.readlink(link) == str(real)
    assert draft.load(real).title == "Saved through the link"
    # The previous version is kept beside the real file; nothing is left beside the link.
    assert draft.load(real.parent / "release.presskit.bak").title == TITLE
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.presskit", "real"]


def test_export_onto_a_symlink_writes_its_target(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "exports" / "current.pdf"
    target.parent.mkdir()
    target.write_bytes(b"old export")
    link = tmp_path / "latest.pdf"
    link.symlink_to(target)
    txt_target = tmp_path / "exports" / "current.txt"
    txt_link = tmp_path / "latest.txt"
    txt_link.symlink_to(txt_target)  # dangling: the export creates what it points to
    assert main(["export", str(EXAMPLE), "--pdf", str(link), "--txt", str(txt_link), "-q"]) == 0
    assert os.path.islink(link) and os.path.islink(txt_link)
    assert TITLE_START in PdfReader(str(target)).pages[0].extract_text()
    assert txt_target.read_text(encoding="utf-8").startswith("Press release")
    assert not [p for p in tmp_path.rglob("*.tmp")]


# -- special and read-only outputs ---------------------------------------------------------
def _refused(tmp_path: Path, out: Path, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["export", str(EXAMPLE), "--txt", str(out)]) == 2
    return _one_error_line(capsys.readouterr().err)


def test_existing_fifo_output_is_refused_not_replaced(tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    fifo = tmp_path / "out.txt"
    os.mkfifo(fifo)
    line = _refused(tmp_path, fifo, capsys)
    assert line == f"presskit: error: {fifo}: is a named pipe (FIFO), not a regular file; it was not replaced"
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_existing_device_output_is_refused_not_replaced(tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    node = tmp_path / "null.pdf"
    try:  # a private copy of /dev/null: the real one must never be at risk in a test
        os.mknod(node, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    except (PermissionError, AttributeError):
        pytest.skip("creating a device node needs root")
    assert main(["export", str(EXAMPLE), "--pdf", str(node)]) == 2
    line = _one_error_line(capsys.readouterr().err)
    assert line == f"presskit: error: {node}: is a device, not a regular file; it was not replaced"
    assert stat.S_ISCHR(os.lstat(node).st_mode)


def test_symlink_to_a_device_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    link = tmp_path / "out.txt"
    link.symlink_to(os.devnull)
    line = _refused(tmp_path, link, capsys)
    assert "is a device, not a regular file" in line
    assert os.path.islink(link) and stat.S_ISCHR(os.stat(os.devnull).st_mode)


def test_existing_socket_output_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "s.txt"
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        sock.bind(str(path))
        assert "is a socket, not a regular file" in _refused(tmp_path, path, capsys)
        assert stat.S_ISSOCK(os.lstat(path).st_mode)
    finally:
        sock.close()


def test_read_only_output_is_refused_even_for_root(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "final.txt"
    out.write_bytes(b"approved version")
    out.chmod(0o444)
    line = _refused(tmp_path, out, capsys)
    assert line == f"presskit: error: {out}: is read-only; it was not replaced"
    assert out.read_bytes() == b"approved version"
    assert stat.S_IMODE(out.stat().st_mode) == 0o444
    assert [p.name for p in tmp_path.iterdir()] == ["final.txt"]


def test_read_only_draft_is_not_replaced_by_save(tmp_path: Path) -> None:
    path = tmp_path / "r.presskit"
    draft.save(draft.load(EXAMPLE), path, backup=False)
    before = path.read_bytes()
    path.chmod(0o444)
    release = draft.load(path)
    release.title = "Changed"
    with pytest.raises(OSError) as info:
        draft.save(release, path)
    assert info.value.strerror == "is read-only; it was not replaced"
    assert path.read_bytes() == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write any file; the write bits decide")
def test_output_the_user_may_not_write_is_refused(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "theirs.txt"
    out.write_bytes(b"x")
    out.chmod(0o464)  # the group may write, the owner (us) may not: os.access decides
    assert "is read-only" in _refused(tmp_path, out, capsys)
    out.chmod(0o644)
    assert out.read_bytes() == b"x"


def test_output_os_access_denies_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    """Write bits set, but the system says this user may not write it (another owner, an
    ACL): refused, never replaced through the folder (which this user may write)."""
    out = tmp_path / "theirs.txt"
    out.write_bytes(b"their version")
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if Path(p) == out and mode == os.W_OK
                        else real_access(p, mode, **kw))
    assert _refused(tmp_path, out, capsys).endswith(f"{out}: is read-only; it was not replaced")
    assert out.read_bytes() == b"their version"


# -- standard output -----------------------------------------------------------------------
def test_dash_writes_the_pdf_to_standard_output(tmp_path: Path) -> None:
    proc = _run(["export", str(EXAMPLE), "--pdf", "-"], cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith(b"%PDF-")
    assert TITLE_START in PdfReader(io.BytesIO(proc.stdout)).pages[0].extract_text()
    assert list(tmp_path.iterdir()) == []  # no file called "-"


def test_dash_with_other_formats_keeps_stdout_clean(tmp_path: Path) -> None:
    proc = _run(["export", str(EXAMPLE), "--txt", "-", "--docx", "r.docx"], cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    text = proc.stdout.decode("utf-8")
    assert text.startswith("Press release") and TITLE in text
    assert proc.stderr.decode() == "DOCX: r.docx\n"  # what was written goes to stderr
    assert (tmp_path / "r.docx").read_bytes().startswith(b"PK")


def test_only_one_format_may_go_to_standard_output(tmp_path: Path) -> None:
    proc = _run(["export", str(EXAMPLE), "--pdf", "-", "--txt", "-"], cwd=tmp_path)
    assert proc.returncode == 2 and proc.stdout == b""
    assert _one_error_line(proc.stderr.decode()) == (
        f"presskit: error: {EXAMPLE}: only one format can go to standard output ('-'), not PDF and TXT")


def test_dot_slash_dash_is_a_file(tmp_path: Path) -> None:
    proc = _run(["export", str(EXAMPLE), "--txt", "./-", "-q"], cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == b""
    assert (tmp_path / "-").read_text(encoding="utf-8").startswith("Press release")


# -- one path, two formats -----------------------------------------------------------------
@pytest.mark.parametrize("spelling", ["same", "relative", "dotdot", "symlink", "hardlink"])
def test_two_formats_to_one_file_are_refused_before_writing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        spelling: str) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sub").mkdir()
    x = tmp_path / "x.out"
    if spelling in ("symlink", "hardlink"):
        x.write_bytes(b"previous")
    other = {
        "same": str(x),
        "relative": "x.out",
        "dotdot": str(tmp_path / "sub" / ".." / "x.out"),
        "symlink": str(tmp_path / "link.out"),
        "hardlink": str(tmp_path / "hard.out"),
    }[spelling]
    if spelling == "symlink":
        Path(other).symlink_to(x)
    elif spelling == "hardlink":
        os.link(x, other)
    before = sorted(p.name for p in tmp_path.iterdir())
    assert main(["export", str(EXAMPLE), "--pdf", str(x), "--txt", other]) == 2
    line = _one_error_line(capsys.readouterr().err)
    assert line == (f"presskit: error: {other}: the PDF and the TXT exports would both be written "
                    "here; give each format its own file")
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    if x.exists():
        assert x.read_bytes() == b"previous"


# -- leftovers of killed saves -------------------------------------------------------------
WRITER = r"""
import sys, time
from presskit import atomic
with atomic.atomic_open(sys.argv[1], "wb") as fh:
    fh.write(b"half a draft")
    fh.flush()
    print("writing", flush=True)
    time.sleep(120)
"""


def _writer(path: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE,
                            text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "writing"
    return proc


def _temps(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.name.endswith(".tmp"))


def _killed_writer_leftover(path: Path) -> Path:
    before = set(_temps(path.parent))
    proc = _writer(path)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert proc.stdout is not None
    proc.stdout.close()
    (left,) = set(_temps(path.parent)) - before
    assert left.name.startswith(f".{path.name}.")
    return left


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_temp_files_of_killed_saves_are_removed_when_the_draft_is_opened(tmp_path: Path) -> None:
    path = tmp_path / "r.presskit"
    draft.save(draft.load(EXAMPLE), path, backup=False)
    killed = [_killed_writer_leftover(path) for _ in range(3)]
    killed_bak = _killed_writer_leftover(tmp_path / "r.presskit.bak")
    live = _writer(path)  # a save still running in another process
    try:
        live_temp = set(_temps(tmp_path)) - {*killed, killed_bak}
        assert len(live_temp) == 1
        other = tmp_path / ".other.presskit.12345-abcdefgh.tmp"  # another draft's
        other.write_bytes(b"not ours to judge here")
        notes = tmp_path / "r.presskit.tmp"  # not our naming: a user's file
        notes.write_bytes(b"keep me")
        session = EditorSession.open(path)
        assert session.path == path
        assert _temps(tmp_path) == sorted([*live_temp, other, notes])
        assert notes.read_bytes() == b"keep me"
    finally:
        live.kill()
        live.wait()
        if live.stdout:
            live.stdout.close()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_editor_start_sweeps_the_data_folder_and_recent_drafts(tmp_path: Path) -> None:
    from presskit.draft_safety import sweep_leftovers

    data = tmp_path / "data"
    (data / "autosave").mkdir(parents=True)
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    recent = drafts / "recent.presskit"
    draft.save(draft.load(EXAMPLE), recent, backup=False)
    left_autosave = _killed_writer_leftover(data / "autosave" / "abc.presskit")
    left_recent = _killed_writer_leftover(recent)
    assert left_autosave.exists() and left_recent.exists()
    assert sweep_leftovers(data, [str(recent), str(drafts / "gone.presskit")]) == 2
    assert _temps(data / "autosave") == [] and _temps(drafts) == []


def test_own_process_temp_in_progress_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "r.presskit"
    with atomic.atomic_open(path, "wb") as fh:
        fh.write(b"{}")
        (tmp,) = _temps(tmp_path)
        old = time.time() - 3600  # even an hour old: its lock says it is being written
        os.utime(tmp, (old, old))
        assert atomic.remove_leftovers(path) == 0
        assert tmp.exists()
    assert path.read_bytes() == b"{}" and _temps(tmp_path) == []


def test_legacy_temp_names_are_removed_only_when_old(tmp_path: Path) -> None:
    path = tmp_path / "r.presskit"
    old_tmp = tmp_path / ".r.presskit.abc123xy.tmp"
    fresh_tmp = tmp_path / ".r.presskit.def456zz.tmp"
    old_tmp.write_text("half", encoding="utf-8")
    fresh_tmp.write_text("in progress", encoding="utf-8")
    an_hour_ago = time.time() - 3600
    os.utime(old_tmp, (an_hour_ago, an_hour_ago))
    assert atomic.remove_leftovers(path) == 1
    assert not old_tmp.exists() and fresh_tmp.exists()
