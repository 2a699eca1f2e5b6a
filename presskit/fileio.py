"""Reading user files with a size cap, and OSErrors as one clear Presskit error.

    raw = read_capped(path, MAX_DRAFT_BYTES, DraftError, what="a draft")
    except OSError as exc:
        raise error_from_os(exc, ExportError, path, reasons=WRITE_REASONS) from None

Drafts, letterhead profiles and exports all report a file the user named that cannot be
read or written as one line naming the file (``presskit: error: FILE: permission
denied``), never a traceback; these two helpers keep the wording and the bounded read in
one place.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Mapping
from pathlib import Path
from typing import TypeVar

from presskit.errors import N_, Msg, PresskitError, msg

E = TypeVar("E", bound=PresskitError)

#: Reasons for the usual failures to read a file the user named.
READ_REASONS: Mapping[type[OSError], str] = {
    FileNotFoundError: N_("no such file"),
    IsADirectoryError: N_("is a folder"),
    PermissionError: N_("permission denied"),
}
#: ... and to write one.
WRITE_REASONS: Mapping[type[OSError], str] = {
    FileNotFoundError: N_("the folder does not exist"),
    IsADirectoryError: N_("is a folder"),
    PermissionError: N_("permission denied"),
}


def error_from_os(exc: OSError, error: type[E], path: str | os.PathLike[str], *,
                  reasons: Mapping[type[OSError], str] | None = None,
                  template: str = "{reason}") -> E:
    """*error* for *exc* on *path*: the reason given for its kind in *reasons* (translated
    in the editor), else the system's words (``strerror``), put into *template*."""
    known = next((text for kind, text in (reasons or {}).items() if isinstance(exc, kind)), None)
    reason: Msg | str = msg(known) if known else (exc.strerror or str(exc))
    return error(msg(template, reason=reason), path=str(path))


def read_capped(path: str | os.PathLike[str], limit: int, error: type[E], *,
                what: str) -> bytes:
    """The bytes of the regular file *path*, refused (*error*) if it holds more than *limit*.

    Anything else (a FIFO, a device such as /dev/zero) is refused before it is read; the
    file is opened non-blocking, so a FIFO swapped in meanwhile cannot block either, and the
    size is what is read (at most ``limit + 1`` bytes), not what ``stat`` says. *what*
    names the kind of file in the messages ("a draft"). OSErrors are left to the caller.
    """
    from presskit.atomic import file_kind

    p = Path(path)
    mode = os.stat(p).st_mode
    if not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
        raise error(msg(N_("is {kind}, not {what} file"), kind=msg(file_kind(mode)),
                        what=msg(what)), path=str(p))
    fd = os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(p)
        if not stat.S_ISREG(mode):
            raise error(msg(N_("is {kind}, not {what} file"), kind=msg(file_kind(mode)),
                            what=msg(what)), path=str(p))
        chunks: list[bytes] = []
        left = limit + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    finally:
        os.close(fd)
    if left <= 0:
        raise error(msg(N_("file is too large for {what} (more than {mb} MB)"), what=msg(what),
                        mb=limit // (1024 * 1024)), path=str(p))
    return b"".join(chunks)
