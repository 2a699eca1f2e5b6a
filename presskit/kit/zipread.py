"""Reading a ZIP container someone else may have built to hurt us, with limits.

Every check is made on the central directory before any member is inflated:

* the number of entries (``MAX_ENTRIES``);
* each name: relative, ``/``-separated, no ``..``, no drive letter, no backslash, no NUL,
  not twice in the directory;
* no symlinks (the Unix mode in ``external_attr``), no encrypted members;
* the declared size of each member (``max_member``), of them all (``MAX_TOTAL_BYTES``) and
  the compression ratio of large members (``MAX_RATIO``): a zip bomb is refused unread.

A member is then read through a bounded stream, never with an unbounded ``read()``: a member
inflating past what its header declares (or past the cap) is refused as soon as it does.
Every refusal is a ``KitError`` naming the container and the entry.
"""

from __future__ import annotations

import io
import re
import stat
import zipfile
import zlib
from collections.abc import Iterable

from presskit.errors import KitError

MAX_ENTRIES = 1000
MAX_MEMBER_BYTES = 96 * 1024 * 1024  # a photo may be 80 MiB (presskit.kit.photos)
MAX_TOTAL_BYTES = 1024 * 1024 * 1024
MAX_RATIO = 200  # deflate's own maximum is about 1032:1; real photos and text stay far below
RATIO_FLOOR = 256 * 1024  # small members may compress as well as they like
_CHUNK = 1 << 16

_DRIVE = re.compile(r"^[A-Za-z]:")
_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA)


def unsafe_name(name: str) -> str | None:
    """Why *name* may not be an entry name, or None when it is a safe relative path."""
    if not name:
        return "has an empty name"
    if "\0" in name:
        return "has a NUL byte in its name"
    if "\\" in name:
        return "has a backslash in its name (entry names use '/')"
    if name.startswith("/") or _DRIVE.match(name):
        return "has an absolute path"
    parts = name.rstrip("/").split("/")
    if any(p == ".." for p in parts):
        return "has '..' in its path"
    if any(p in ("", ".") for p in parts):
        return "has an empty or '.' step in its path"
    return None


def is_symlink(info: zipfile.ZipInfo) -> bool:
    """A symbolic link, as Info-ZIP and Python record one: S_IFLNK in the Unix mode bits."""
    return stat.S_ISLNK((info.external_attr >> 16) & 0xFFFF)


class SafeZip:
    """A ZIP archive in memory whose directory passed every check above."""

    def __init__(self, data: bytes, path: str, *, max_member: int | None = None):
        self.path = path
        self.max_member = max_member or MAX_MEMBER_BYTES
        try:
            self.zf = zipfile.ZipFile(io.BytesIO(data))
        except zipfile.BadZipFile:
            raise self.error(_not_zip_message(data)) from None
        except (OSError, ValueError, EOFError, NotImplementedError) as exc:
            raise self.error(f"damaged ZIP container ({exc})") from None
        self.infos: dict[str, zipfile.ZipInfo] = {}
        self._check_directory(self.zf.infolist())

    def error(self, message: str, field: str | None = None) -> KitError:
        return KitError(message, path=self.path, field=field)

    def entry_error(self, name: str, message: str) -> KitError:
        return self.error(f"entry '{_shown(name)}' {message}")

    def _check_directory(self, infos: Iterable[zipfile.ZipInfo]) -> None:
        infos = list(infos)
        if len(infos) > MAX_ENTRIES:
            raise self.error(f"has {len(infos)} entries, more than a kit may hold ({MAX_ENTRIES})")
        total = 0
        for info in infos:
            name = info.filename
            why = unsafe_name(name)
            if why:
                raise self.entry_error(name, why + "; refused")
            if name in self.infos:
                raise self.entry_error(name, "appears twice in the ZIP directory; refused")
            if is_symlink(info):
                raise self.entry_error(name, "is a symbolic link; refused")
            if info.flag_bits & 0x1:
                raise self.entry_error(name, "is encrypted; refused")
            if info.compress_type not in _METHODS:
                raise self.entry_error(name, f"uses compression method {info.compress_type}, "
                                             "which Presskit cannot read (stored, deflate, bzip2 "
                                             "or LZMA only)")
            if info.file_size > self.max_member:
                raise self.entry_error(name, f"inflates to {_mib(info.file_size)}, over the "
                                             f"{_mib(self.max_member)} limit for one entry")
            if info.file_size > RATIO_FLOOR and (
                    info.compress_size <= 0 or info.file_size / info.compress_size > MAX_RATIO):
                raise self.entry_error(name, f"has an absurd compression ratio ("
                                             f"{info.compress_size} bytes inflating to "
                                             f"{info.file_size}): refused as a zip bomb")
            total += info.file_size
            if total > MAX_TOTAL_BYTES:
                raise self.error(f"inflates to more than {_mib(MAX_TOTAL_BYTES)} in all; refused")
            self.infos[name] = info

    def names(self) -> list[str]:
        """Entry names in directory order (folders, ending in '/', left out)."""
        return [n for n in self.infos if not n.endswith("/")]

    def first_name(self) -> str | None:
        return next(iter(self.infos), None)

    def __contains__(self, name: object) -> bool:
        return name in self.infos

    def read(self, name: str, *, limit: int | None = None) -> bytes:
        """The inflated bytes of *name*, through a bounded stream (KitError on any trouble)."""
        info = self.infos.get(name)
        if info is None:
            raise self.entry_error(name, "is missing from the kit")
        cap = min(limit if limit is not None else self.max_member, self.max_member)
        if info.file_size > cap:
            raise self.entry_error(name, f"inflates to {_mib(info.file_size)}, over the "
                                         f"{_mib(cap)} limit for it")
        bound = min(info.file_size, cap)
        chunks: list[bytes] = []
        got = 0
        try:
            with self.zf.open(info) as fh:
                while True:
                    chunk = fh.read(min(_CHUNK, bound + 1 - got))
                    if not chunk:
                        break
                    got += len(chunk)
                    if got > bound:
                        raise self.entry_error(name, "inflates past its declared size; "
                                                     "refused as a zip bomb")
                    chunks.append(chunk)
        except KitError:
            raise
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError,
                NotImplementedError) as exc:
            raise self.entry_error(name, f"is damaged or truncated ({exc})") from None
        if got != info.file_size:
            raise self.entry_error(name, f"is truncated ({got} of {info.file_size} bytes)")
        return b"".join(chunks)


def _not_zip_message(data: bytes) -> str:
    if not data:
        return "the file is empty, not a press kit"
    if data.startswith(b"PK\x03\x04"):
        return "truncated or damaged ZIP container: its directory is missing (the file is " \
               "incomplete)"
    return "not a press kit (not a ZIP container)"


def _mib(n: int) -> str:
    return f"{n / 1_048_576:.0f} MiB" if n >= 1_048_576 else f"{n} bytes"


def _shown(name: str) -> str:
    text = name if len(name) <= 80 else name[:80] + "…"
    return text.encode("unicode_escape").decode("ascii") if not text.isprintable() else text
