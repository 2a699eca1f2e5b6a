"""The shared file helpers: a bounded read of regular files, OSErrors as one clear error."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from presskit.errors import DraftError, ExportError
from presskit.fileio import READ_REASONS, WRITE_REASONS, error_from_os, read_capped
from presskit.profiles import ProfileError, read_profile_file


def test_reasons_by_kind_else_the_system_words(tmp_path: Path) -> None:
    where = tmp_path / "x"
    cases = [
        (FileNotFoundError(errno.ENOENT, "No such file or directory"), READ_REASONS,
         "no such file"),
        (PermissionError(errno.EACCES, "Permission denied"), READ_REASONS, "permission denied"),
        (FileNotFoundError(errno.ENOENT, "No such file or directory"), WRITE_REASONS,
         "the folder does not exist"),
        (OSError(errno.ENOSPC, "No space left on device"), WRITE_REASONS,
         "No space left on device"),
    ]
    for exc, reasons, reason in cases:
        err = error_from_os(exc, ExportError, where, reasons=reasons)
        assert isinstance(err, ExportError)
        assert str(err) == f"{where}: {reason}"
    err = error_from_os(PermissionError(errno.EACCES, "Permission denied"), DraftError, where,
                        template="cannot be read ({reason})")
    assert str(err) == f"{where}: cannot be read (Permission denied)"


def test_read_capped_reads_a_regular_file_up_to_the_cap(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"x" * 1000)
    assert read_capped(path, 1000, DraftError, what="a draft") == b"x" * 1000
    with pytest.raises(DraftError, match=r"too large for a draft \(more than 0 MB\)"):
        read_capped(path, 999, DraftError, what="a draft")
    with pytest.raises(IsADirectoryError):
        read_capped(tmp_path, 1000, DraftError, what="a draft")
    with pytest.raises(FileNotFoundError):
        read_capped(tmp_path / "missing", 1000, DraftError, what="a draft")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_profile_that_is_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.presskit-letterhead"
    os.mkfifo(fifo)
    with pytest.raises(ProfileError) as info:
        read_profile_file(fifo)  # would block forever if opened for a plain read
    assert str(info.value) == f"{fifo}: is a named pipe (FIFO), not a profile file"
