"""Warn when the data folder sits on a network share or in a synced folder.

SQLite's locking is unreliable over network file systems, and sync clients
(Dropbox, OneDrive…) may copy the database half-written or create conflicted
copies. Detection is best effort: Linux mount types and well-known folder names.
"""

from __future__ import annotations

import os
from pathlib import Path, PurePath

NETWORK_FS = {
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "afs", "9p", "ceph",
    "glusterfs", "lustre", "gpfs", "davfs", "fuse.davfs", "fuse.sshfs", "sshfs",
    "fuse.rclone", "fuse.s3fs", "fuse.gcsfuse", "fuse.gvfsd-fuse", "fuse.glusterfs",
    "fuse.cephfs", "fuse.onedriver", "fuse.google-drive-ocamlfuse", "webdav",
}
SYNCED_NAMES = {
    "dropbox": "Dropbox", "onedrive": "OneDrive", "google drive": "Google Drive",
    "googledrive": "Google Drive", "my drive": "Google Drive", "icloud drive": "iCloud",
    "icloud": "iCloud", "iclouddrive": "iCloud", "mobile documents": "iCloud",
    "nextcloud": "Nextcloud", "owncloud": "ownCloud", "pcloud": "pCloud",
    "pcloud drive": "pCloud", "box sync": "Box", "box drive": "Box", "megasync": "MEGA",
    "seafile": "Seafile", "sync.com": "Sync.com", "syncthing": "Syncthing",
}


def _unescape_mount(text: str) -> str:
    # /proc/mounts escapes space, tab, newline and backslash as octal.
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        text = text.replace(code, char)
    return text


def mount_type(path: str | Path, mounts: str | None = None) -> str | None:
    """File-system type of the mount holding *path* (from /proc/mounts), if known."""
    if mounts is None:
        try:
            mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    target = os.path.abspath(os.path.realpath(path))
    best, best_type = "", None
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point, fstype = _unescape_mount(fields[1]), fields[2]
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, best_type = point, fstype
    return best_type


def synced_folder(path: str | Path) -> str | None:
    """Name of the sync service whose folder holds *path* ("Dropbox"), if recognised."""
    for part in PurePath(os.path.abspath(path)).parts:
        key = part.strip().casefold()
        if key in SYNCED_NAMES:
            return SYNCED_NAMES[key]
        for prefix, service in (("onedrive - ", "OneDrive"), ("dropbox (", "Dropbox"),
                                ("nextcloud", "Nextcloud"), ("google drive", "Google Drive")):
            if key.startswith(prefix):
                return service
    return None


def storage_warning(path: str | Path, mounts: str | None = None) -> str | None:
    """A warning to show when *path* is on a network share or a synced folder, else None."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return (f"The data folder {text} is on a network share: keep the contact book on a "
                "local disk, or two computers may damage it.")
    fstype = mount_type(path, mounts)
    if fstype and (fstype in NETWORK_FS or fstype.split(".")[0] in NETWORK_FS):
        return (f"The data folder {text} is on a network share ({fstype}): keep the contact "
                "book on a local disk, or two computers may damage it.")
    service = synced_folder(path)
    if service:
        return (f"The data folder {text} is inside a {service} folder: syncing an open "
                "database can damage it or create conflicting copies; use a local folder.")
    return None
