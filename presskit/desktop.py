"""Desktop integration: ``presskit --install-desktop`` and ``presskit --uninstall-desktop``.

    install(home=None, command=None) -> list of lines to print
    uninstall(home=None)             -> list of lines to print
    share_files(command)             -> {path under share/: bytes} (also used by the .deb)

Under the XDG data folder (``$XDG_DATA_HOME``, default ``~/.local/share``) it writes
the launcher ``applications/presskit.desktop`` (``Exec`` is the command now running,
with ``%F``), the shared-mime-info package ``mime/packages/presskit.xml`` declaring
``application/x-presskit`` and ``application/x-presskit-kit``, and the icons of the
app and of both document types in the hicolor theme; then it runs
``update-desktop-database`` and ``update-mime-database`` where they exist.

A manifest (``presskit/desktop-install.json`` in the same folder) records every file
written, every folder created, each file of someone else's that was replaced (its
previous bytes are kept beside the manifest) and the caches that did not exist
before, so uninstalling removes exactly what was installed and gives back the rest.
Never imports Qt.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from presskit import atomic
from presskit.errors import PresskitError

DESKTOP_FILE = PurePosixPath("applications/presskit.desktop")
MIME_FILE = PurePosixPath("mime/packages/presskit.xml")
MIME_TYPES = ("application/x-presskit", "application/x-presskit-kit")
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICONS = {"presskit": "apps", "application-x-presskit": "mimetypes",
         "application-x-presskit-kit": "mimetypes"}
MANIFEST = PurePosixPath("presskit/desktop-install.json")
BACKUPS = PurePosixPath("presskit/desktop-backup")
MIMEINFO_CACHE = PurePosixPath("applications/mimeinfo.cache")
_TOOL_TIMEOUT = 120
# Characters that oblige an Exec argument to be quoted (Desktop Entry Specification).
_RESERVED = frozenset(" \t\"'\\><~|&;$*?#()`")

Runner = Callable[[list[str]], None]


class DesktopError(PresskitError):
    """The desktop files could not be installed or removed; the message names the file."""


# -- what is installed ---------------------------------------------------------------------
def data_home(env: Mapping[str, str] | None = None) -> Path:
    """``$XDG_DATA_HOME`` when it is an absolute path (as the spec asks), else ``~/.local/share``."""
    value = (os.environ if env is None else env).get("XDG_DATA_HOME", "")
    if value and os.path.isabs(value):
        return Path(value)
    return Path.home() / ".local" / "share"


def launcher_command() -> list[str]:
    """The absolute command that started this Presskit, as the launcher should run it."""
    if getattr(sys, "frozen", False):  # the PyInstaller bundle
        return [os.path.abspath(sys.executable)]
    script = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if script is not None and script.name == "presskit" and script.is_file():
        return [os.path.abspath(script)]  # a symlink (pipx's ~/.local/bin) is kept as such
    return [os.path.abspath(sys.executable), "-m", "presskit"]


def _quote_arg(arg: str) -> str:
    if "\n" in arg or "\r" in arg:
        raise DesktopError(f"{arg!r}: a launcher cannot run a command whose path holds a newline")
    arg = arg.replace("%", "%%")
    if not any(c in _RESERVED for c in arg):
        return arg
    inner = "".join("\\" + c if c in '"`$\\' else c for c in arg)
    return f'"{inner}"'


def exec_value(command: list[str]) -> str:
    """``Exec=`` value for *command*: quoted as the spec says, then escaped as a string value."""
    return " ".join(_quote_arg(a) for a in command).replace("\\", "\\\\")


def desktop_entry(command: list[str]) -> str:
    from presskit.resources import read_text

    return read_text("desktop", "presskit.desktop.in").replace("@EXEC@", exec_value(command))


def icon_files() -> dict[PurePosixPath, bytes]:
    from presskit.resources import read_bytes

    files: dict[PurePosixPath, bytes] = {}
    for name, context in ICONS.items():
        for size in ICON_SIZES:
            files[PurePosixPath(f"icons/hicolor/{size}x{size}/{context}/{name}.png")] = \
                read_bytes("icons", f"{name}-{size}.png")
        files[PurePosixPath(f"icons/hicolor/scalable/{context}/{name}.svg")] = \
            read_bytes("icons", f"{name}.svg")
    return files


def share_files(command: list[str]) -> dict[PurePosixPath, bytes]:
    """Every file, by its path under a ``share`` folder, for a launcher running *command*."""
    from presskit.resources import read_bytes

    files = {DESKTOP_FILE: desktop_entry(command).encode("utf-8"),
             MIME_FILE: read_bytes("desktop", "presskit-mime.xml")}
    files.update(icon_files())
    return files


# -- the manifest --------------------------------------------------------------------------
@dataclass
class Manifest:
    command: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    dirs: list[str] = field(default_factory=list)  # created by the install, parents first
    replaced: list[str] = field(default_factory=list)  # someone else's, kept under BACKUPS
    new_caches: list[str] = field(default_factory=list)  # caches absent before the install

    @classmethod
    def read(cls, home: Path) -> Manifest | None:
        path = home / MANIFEST
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return cls(**{k: list(data.get(k, [])) for k in cls.__dataclass_fields__})
        except FileNotFoundError:
            return None
        except (OSError, ValueError, TypeError) as exc:
            raise DesktopError(f"{path}: unreadable install manifest ({exc})") from None

    def write(self, home: Path) -> None:
        text = json.dumps(self.__dict__, indent=2, ensure_ascii=False) + "\n"
        atomic.write_text(home / MANIFEST, text)


# -- install / uninstall -------------------------------------------------------------------
def _run_tool(argv: list[str]) -> None:
    if shutil.which(argv[0]) is None:
        return
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        subprocess.run(argv, capture_output=True, timeout=_TOOL_TIMEOUT, check=False)


def _refresh(home: Path, run: Runner) -> list[str]:
    """Rebuild the desktop and MIME caches of *home* with the tools this machine has."""
    notes = []
    for tool, folder in (("update-desktop-database", "applications"), ("update-mime-database", "mime")):
        if (home / folder).is_dir():
            if shutil.which(tool) is None:
                notes.append(f"{tool} not found: the file manager may only see the change "
                             "after the next login")
            else:
                run([tool, str(home / folder)] if tool.endswith("mime-database")
                    else [tool, "-q", str(home / folder)])
    hicolor = home / "icons" / "hicolor"
    if (hicolor / "icon-theme.cache").exists():
        run(["gtk-update-icon-cache", "-q", "-f", "-t", str(hicolor)])
    elif hicolor.is_dir():
        with contextlib.suppress(OSError):
            os.utime(hicolor)  # what icon themes watch
    return notes


def _dirs_to_create(home: Path, paths: list[PurePosixPath]) -> list[str]:
    missing: list[Path] = []
    for rel in paths:
        for folder in [*reversed((home / rel).parents)]:
            if (folder == home or home in folder.parents) and not folder.exists() \
                    and folder not in missing:
                missing.append(folder)
    return [str(d) for d in sorted(set(missing), key=lambda d: len(d.parts))]


def _write(path: Path, data: bytes) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic.write_bytes(path, data)
    except OSError as exc:
        raise DesktopError(f"{path}: cannot write: {exc.strerror or exc}") from None


def install(home: Path | None = None, command: list[str] | None = None,
            run: Runner = _run_tool) -> list[str]:
    """Install the launcher, MIME types and icons for this user; lines saying what was done."""
    home = home or data_home()
    command = command or launcher_command()
    files = share_files(command)
    old = Manifest.read(home) or Manifest()
    ours = set(old.files)
    manifest = Manifest(command=command, files=[str(p) for p in files],
                        dirs=old.dirs + [d for d in _dirs_to_create(home, [*files, MANIFEST])
                                         if d not in old.dirs],
                        replaced=list(old.replaced), new_caches=list(old.new_caches))
    if not (home / MIMEINFO_CACHE).exists() and str(MIMEINFO_CACHE) not in manifest.new_caches:
        manifest.new_caches.append(str(MIMEINFO_CACHE))
    for rel in files:
        target = home / rel
        if str(rel) not in ours and str(rel) not in manifest.replaced and target.is_file():
            _write(home / BACKUPS / rel, target.read_bytes())  # someone else's: kept
            manifest.replaced.append(str(rel))
    _write_manifest(home, manifest)
    for stale in sorted(ours - set(manifest.files)):
        _remove(home / stale)  # left by an older Presskit, no longer shipped
    for rel, data in files.items():
        _write(home / rel, data)
    mime_before = _subdirs(home / "mime")
    notes = _refresh(home, run)
    # Folders update-mime-database made for our types ("application/"): removed once empty.
    made = [str(d) for d in sorted(_subdirs(home / "mime") - mime_before)
            if str(d) not in manifest.dirs]
    if made:
        manifest.dirs += made
        _write_manifest(home, manifest)
    return [f"Installed the Presskit launcher, file types and icons in {home}",
            f"  launcher: {home / DESKTOP_FILE} (runs {exec_value(command)})", *notes]


def _write_manifest(home: Path, manifest: Manifest) -> None:
    try:
        (home / MANIFEST).parent.mkdir(parents=True, exist_ok=True)
        manifest.write(home)
    except OSError as exc:
        raise DesktopError(f"{home / MANIFEST}: cannot write: {exc.strerror or exc}") from None


def _remove(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError as exc:
        raise DesktopError(f"{path}: cannot remove: {exc.strerror or exc}") from None


def uninstall(home: Path | None = None, run: Runner = _run_tool) -> list[str]:
    """Remove what ``install`` wrote (and nothing else); lines saying what was done."""
    home = home or data_home()
    manifest = Manifest.read(home)
    if manifest is None:
        return [f"No Presskit desktop files to remove in {home} (no {home / MANIFEST})"]
    for rel in manifest.files:
        _remove(home / rel)
    for rel in manifest.replaced:
        backup = home / BACKUPS / rel
        if backup.is_file():
            _write(home / rel, backup.read_bytes())
    _clear_backups(home)
    created = {Path(d) for d in manifest.dirs}
    mime = home / "mime"
    if mime in created and not _has_entries(mime / "packages"):
        shutil.rmtree(mime, ignore_errors=True)  # only the database built for our package
    notes = _refresh(home, run)
    for rel in manifest.new_caches:
        _remove_empty_cache(home / rel)
    _remove(home / MANIFEST)
    for folder in sorted(created, key=lambda d: len(d.parts), reverse=True):
        with contextlib.suppress(OSError):
            folder.rmdir()  # only if empty: anything else put there stays
    return [f"Removed the Presskit launcher, file types and icons from {home}", *notes]


def _subdirs(folder: Path) -> set[Path]:
    try:
        return {p for p in folder.iterdir() if p.is_dir()}
    except OSError:
        return set()


def _has_entries(folder: Path) -> bool:
    try:
        return any(folder.iterdir())
    except OSError:
        return False


def _clear_backups(home: Path) -> None:
    shutil.rmtree(home / BACKUPS, ignore_errors=True)


def _remove_empty_cache(path: Path) -> None:
    """A cache the install brought into being goes once it lists nothing but its header."""
    try:
        lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    except (OSError, UnicodeError):
        return
    if all(ln.startswith("[") for ln in lines):
        _remove(path)
