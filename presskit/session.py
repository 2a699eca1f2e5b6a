"""The editor's logic without widgets: one open release, its file, its history.

``EditorSession`` decides what the window shows and asks: whether the release
is modified (the canonical ``draft.dumps`` text compared with what was last
saved), what Save / Save As / Revert do, when an undo snapshot is due and when
an autosave is due. The window feeds it the current release and the time; the
tests drive it without Qt.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from presskit import draft
from presskit.draft import FieldProblem
from presskit.model import Release

SUFFIX = draft.SUFFIX
KIT_SUFFIX = ".presskit-kit"  # presskit.kit.model.SUFFIX: a release with its kit items
# The English name of a release with no file and no headline; the editor passes its
# translation to ``display_name``.
UNTITLED = "Untitled"


# -- undo / redo ---------------------------------------------------------------------------
class History:
    """Snapshot-based undo/redo across all fields.

    Each entry is the canonical draft text of the whole release. ``record`` adds
    one when it differs from the current entry and clears the redo side.
    """

    def __init__(self, initial: str, limit: int = 200):
        self._entries: list[str] = [initial]
        self._index = 0
        self.limit = max(2, limit)

    @property
    def current(self) -> str:
        return self._entries[self._index]

    def reset(self, snapshot: str) -> None:
        self._entries = [snapshot]
        self._index = 0

    def record(self, snapshot: str) -> bool:
        if snapshot == self.current:
            return False
        del self._entries[self._index + 1:]
        self._entries.append(snapshot)
        if len(self._entries) > self.limit:
            del self._entries[: len(self._entries) - self.limit]
        self._index = len(self._entries) - 1
        return True

    @property
    def can_undo(self) -> bool:
        return self._index > 0

    @property
    def can_redo(self) -> bool:
        return self._index < len(self._entries) - 1

    def undo(self) -> str | None:
        if not self.can_undo:
            return None
        self._index -= 1
        return self.current

    def redo(self) -> str | None:
        if not self.can_redo:
            return None
        self._index += 1
        return self.current

    def __len__(self) -> int:
        return len(self._entries)


@dataclass(frozen=True)
class DiskSignature:
    mtime_ns: int
    size: int

    @classmethod
    def of(cls, path: Path) -> DiskSignature | None:
        try:
            st = path.stat()
        except OSError:
            return None
        return cls(st.st_mtime_ns, st.st_size)


class EditorSession:
    """One release being edited, with the file it belongs to (or none yet).

    Timing knobs, in seconds: ``settle`` (an edit group ends after this quiet time),
    ``max_group`` (a long burst of typing is still split into undo steps this often),
    ``autosave_idle`` (an autosave follows this long after the last edit) and
    ``autosave_interval`` (during long typing with no pause, an autosave at least this often).
    """

    settle = 0.7
    max_group = 4.0
    autosave_idle = 2.0

    def __init__(self, release: Release, path: Path | None = None, *,
                 saved_text: str | None = None, suggested_path: Path | None = None,
                 autosave_interval: float = 30.0, clock: Callable[[], float] = time.monotonic):
        self.clock = clock
        self.path = Path(path) if path else None
        # Where Save As proposes to write when there is no path (e.g. a backup or recovery).
        self.suggested_path = suggested_path
        text = draft.dumps(release)
        # A never-saved release counts as unmodified until it differs from how it started.
        self.saved_text = text if saved_text is None else saved_text
        self.text = text
        self.history = History(text)
        self.autosave_interval = autosave_interval
        self.disk = DiskSignature.of(self.path) if self.path else None
        self._group_start: float | None = None
        self._last_edit: float | None = None
        self._pending_snapshot = False
        self._autosave_since: float | None = None
        self._autosave_edit: float | None = None  # the last edit not autosaved yet
        self.autosaved_text: str | None = None
        # Fields left empty when the draft was opened anyway (``open_lenient``).
        self.problems: list[FieldProblem] = []
        # The shipped sample release: labelled as such; saving it is always Save As.
        self.sample = False
        # The bytes of the photos and logos the release's kit items name (entry name -> bytes
        # as added; ``presskit.kit.editing``). Saving to a ``.presskit-kit`` writes them.
        self.media: dict[str, bytes] = {}

    # -- construction ----------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | os.PathLike[str], **kw: object) -> EditorSession:
        """Load a draft; ``DraftError`` / ``NewerFormatError`` propagate untouched.

        Temp files that killed saves of this draft left beside it are removed first.
        """
        p = Path(path)
        remove_leftovers(p)
        if is_kit(p):
            release, media = _load_kit(p)
            session = cls(release, p, **kw)  # type: ignore[arg-type]
            session.media = media
            return session
        release = draft.load(p)
        return cls(release, p, **kw)  # type: ignore[arg-type]

    @classmethod
    def open_lenient(cls, path: str | os.PathLike[str], **kw: object) -> EditorSession:
        """Open a draft with unusable fields anyway: they are left empty and listed in
        ``problems``. The file is not touched; the session counts as unmodified, so only
        an explicit Save writes it (without the unusable values)."""
        p = Path(path)
        if is_kit(p):
            return cls.open(p, **kw)  # a kit opens whole or not at all
        remove_leftovers(p)
        release, problems = draft.load_lenient(p)
        session = cls(release, p, **kw)  # type: ignore[arg-type]
        session.problems = problems
        return session

    @classmethod
    def new(cls, language: str = "en_US", **kw: object) -> EditorSession:
        return cls(Release(language=language or "en_US"), None, **kw)  # type: ignore[arg-type]

    @classmethod
    def from_backup(cls, bak: Path, original: Path, **kw: object) -> EditorSession:
        """Open ``NAME.presskit.bak`` as an untitled copy; Save As proposes the original name.

        The damaged original is never written unless the user picks it in Save As. The
        backup of a kit (``NAME.presskit-kit.bak``) opens as a kit.
        """
        if is_kit(original):
            release, media = _load_kit(bak)
            session = cls(release, None, saved_text="", suggested_path=original, **kw)  # type: ignore[arg-type]
            session.media = media
            return session
        release = draft.load(bak)
        return cls(release, None, saved_text="", suggested_path=original, **kw)  # type: ignore[arg-type]

    @classmethod
    def recovered(cls, text: str, original: str | None, **kw: object) -> EditorSession:
        """A session for an autosave being recovered: modified until saved.

        With an original path that still holds a readable draft, the session keeps that
        path (Save writes there, after the usual checks); otherwise it is untitled.
        """
        release = draft.loads(text, "<autosave>")
        path = Path(original) if original else None
        saved = ""
        media: dict[str, bytes] = {}
        if path is not None:
            try:
                if is_kit(path):
                    on_disk, media = _load_kit(path)
                else:
                    on_disk = draft.load(path)
                saved = draft.dumps(on_disk)
            except draft.DraftError:
                return cls(release, None, saved_text="", suggested_path=path, **kw)  # type: ignore[arg-type]
        session = cls(release, path, saved_text=saved, **kw)  # type: ignore[arg-type]
        session.media = media  # the kit's own photos; the editor restores the others by hash
        return session

    def detach_as_untitled_copy(self) -> None:
        """Make this an untitled, modified copy of its draft (e.g. a recovered autosave whose
        draft is open elsewhere meanwhile): Save asks for a name, suggesting the draft's."""
        if self.path is not None:
            self.path, self.suggested_path = None, self.path
        self.saved_text = ""

    # -- state -----------------------------------------------------------------------------
    @property
    def dirty(self) -> bool:
        return self.text != self.saved_text

    @property
    def is_pristine(self) -> bool:
        """An untouched new release: opening a file may reuse its window."""
        return self.path is None and not self.dirty and not self.history.can_undo \
            and self.suggested_path is None

    def display_name(self, title: str = "", untitled: str = UNTITLED) -> str:
        """The file name, else the headline, else *untitled* (the translated "Untitled")."""
        if self.path is not None:
            return self.path.name
        if self.suggested_path is not None:
            return self.suggested_path.name
        return title.strip() or untitled

    def update(self, release: Release) -> bool:
        """Take the form's current release; returns whether it is modified."""
        self.text = draft.dumps(release)
        return self.dirty

    def update_text(self, text: str) -> bool:
        self.text = text
        return self.dirty

    # -- edits, undo snapshots, autosave timing --------------------------------------------
    def note_edit(self, now: float | None = None) -> None:
        now = self.clock() if now is None else now
        if self._group_start is None:
            self._group_start = now
        self._last_edit = now
        self._pending_snapshot = True
        self._autosave_edit = now
        if self._autosave_since is None:
            self._autosave_since = now

    def snapshot_due(self, now: float | None = None) -> bool:
        """An edit group has settled (quiet for ``settle``) or grown past ``max_group``."""
        if not self._pending_snapshot or self._last_edit is None or self._group_start is None:
            return False
        now = self.clock() if now is None else now
        return now - self._last_edit >= self.settle or now - self._group_start >= self.max_group

    @property
    def snapshot_pending(self) -> bool:
        return self._pending_snapshot

    def take_snapshot(self, text: str | None = None) -> bool:
        """Record the current text as an undo step (ends the edit group)."""
        if text is not None:
            self.text = text
        self._pending_snapshot = False
        self._group_start = None
        return self.history.record(self.text)

    def undo(self) -> Release | None:
        return self._step(self.history.undo())

    def redo(self) -> Release | None:
        return self._step(self.history.redo())

    def _step(self, text: str | None) -> Release | None:
        if text is None:
            return None
        self._pending_snapshot = False
        self._group_start = None
        self.text = text
        self._autosave_edit = self.clock()
        if self._autosave_since is None:
            self._autosave_since = self._autosave_edit
        return draft.loads(text, "<undo>")

    def autosave_due(self, now: float | None = None) -> bool:
        """Unsaved edits that differ from disk, and typing paused ``autosave_idle`` seconds
        or went on for ``autosave_interval`` since the first edit not autosaved."""
        left = self.autosave_seconds_left(now)
        return left is not None and left <= 0 and self.needs_autosave

    @property
    def needs_autosave(self) -> bool:
        return self.dirty and self.text != self.autosaved_text

    def autosave_seconds_left(self, now: float | None = None) -> float | None:
        """Seconds until the next autosave is due (0 when due), None with nothing to save."""
        if self._autosave_since is None:
            return None
        now = self.clock() if now is None else now
        left = self.autosave_interval - (now - self._autosave_since)
        if self._autosave_edit is not None:
            idle = min(self.autosave_idle, self.autosave_interval)
            left = min(left, idle - (now - self._autosave_edit))
        return max(0.0, left)

    def mark_autosaved(self, text: str | None = None) -> None:
        self.autosaved_text = self.text if text is None else text
        self._autosave_since = None
        self._autosave_edit = None

    # -- saving ----------------------------------------------------------------------------
    def save_needs_path(self) -> bool:
        """Save must ask for a file name (never-saved, or a recovered/backup copy)."""
        return self.path is None

    def changed_on_disk(self) -> bool:
        """The file was changed by someone else since we opened or saved it."""
        if self.path is None or self.disk is None:
            return False
        return DiskSignature.of(self.path) != self.disk

    def save(self, release: Release, path: str | os.PathLike[str] | None = None) -> Path:
        """Write the release atomically (keeping ``.bak``); raises ``OSError`` on failure."""
        target = Path(path) if path is not None else self.path
        if target is None:
            raise ValueError("no file name to save to")
        text = draft.dumps(release)
        if is_kit(target):
            from presskit.kit.editing import save_kit_release

            save_kit_release(release, self.media, target)
        elif needs_kit(release):
            raise ValueError("a release with kit items is saved as a .presskit-kit")
        else:
            draft.save(release, target)
        self.path = target
        self.suggested_path = None
        self.text = self.saved_text = text
        self.disk = DiskSignature.of(target)
        self._autosave_since = None
        self._autosave_edit = None
        return target

    def revert(self) -> Release:
        """Reload the file from disk (``DraftError`` propagates); the reload is an undo step."""
        if self.path is None:
            raise ValueError("nothing to revert to")
        if is_kit(self.path):
            release, media = _load_kit(self.path)
            self.media.update(media)  # undo may still want the photos added since
        else:
            release = draft.load(self.path)
        self.history.record(self.text)  # the unsaved edits stay one undo step away
        text = draft.dumps(release)
        self.text = self.saved_text = text
        self.disk = DiskSignature.of(self.path)
        self.history.record(text)
        self._pending_snapshot = False
        self._group_start = None
        self._autosave_since = None
        self._autosave_edit = None
        return release


def remove_leftovers(path: Path) -> int:
    """Temp files of killed saves of *path*, removed when the draft is opened (never raises)."""
    from presskit import atomic

    try:
        return atomic.remove_leftovers(path)
    except OSError:
        return 0


def with_suffix(path: str | os.PathLike[str], suffix: str = SUFFIX) -> Path:
    """Save As adds *suffix* (``.presskit``, or ``.presskit-kit`` for a kit) when the name
    lacks it; a name ending in our other suffix has it replaced."""
    p = Path(path)
    if p.name.lower().endswith(suffix):
        return p
    for ours in (SUFFIX, KIT_SUFFIX):
        if p.name.lower().endswith(ours) and len(p.name) > len(ours):
            p = p.with_name(p.name[: -len(ours)])
            break
    return p.with_name(p.name + suffix)


def is_kit(path: str | os.PathLike[str]) -> bool:
    """A ``.presskit-kit`` file: the release with its documents, photos, logos and links."""
    return os.fspath(path).lower().endswith(KIT_SUFFIX)


def needs_kit(release: Release) -> bool:
    """The release carries kit items, so it must be saved as a ``.presskit-kit``."""
    from presskit.kit.editing import has_items

    return has_items(release)


def suffix_for(release: Release) -> str:
    """The file suffix *release* must be saved with."""
    return KIT_SUFFIX if needs_kit(release) else SUFFIX


def _load_kit(path: Path) -> tuple[Release, dict[str, bytes]]:
    """A kit file as the editor edits it; its errors reported like a damaged draft's
    (``DraftError``, ``NewerFormatError``), naming the file and the entry."""
    from presskit.errors import KitError, NewerFormatError, NewerKitError
    from presskit.kit.editing import load_kit_release

    try:
        return load_kit_release(path)
    except NewerKitError as exc:
        raise NewerFormatError(exc.message, path=exc.path or str(path), field=exc.field) from exc
    except KitError as exc:
        raise draft.DraftError(exc.message, path=exc.path or str(path), field=exc.field) from exc


def word_count(texts: list[str]) -> int:
    import re

    return sum(len(re.findall(r"[^\W_]+(?:['’\-][^\W_]+)*", t)) for t in texts)


def document_texts(doc: object) -> list[str]:
    """The text a journalist reads as the release (title, subtitle, body, quotes).

    Letterhead, labels, the boilerplate and contacts are left out of the word count.
    """
    out: list[str] = []
    for b in getattr(doc, "blocks", []):
        field = getattr(b, "field", "")
        if not (field in ("title", "subtitle", "body", "place") or field.startswith("quotes")):
            continue
        for attr in ("text", "attribution"):
            v = getattr(b, attr, None)
            if isinstance(v, str) and v:
                out.append(v)
        for r in getattr(b, "runs", None) or []:
            out.append(r.text)
        for item in getattr(b, "items", None) or []:
            out.extend(r.text for r in item.runs)
    return out
