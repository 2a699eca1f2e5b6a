"""The press kit in an editor window, through the window's API for features.

* A **Kit** dock beside the form (View ▸ Kit): the items with thumbnails, added by button or
  by dropping files, reordered, removed, edited in place (``presskit_ui.kit.panel``).
* A **Kit** menu: Add Photos…, New Document, Document from a Markdown File…, Add Logo…,
  Add Link…, and the kit exports; **File ▸ Save as Kit…** below Save As.
* Every change goes into the release the window edits (``presskit.kit.editing``: the items
  ride in ``release.extra``), through ``apply_release``: one undo step, the modified
  marker, the autosave and its recovery, with nothing special in the window.
* A release with items is a kit: the feature registers the ``.presskit-kit``
  :class:`~presskit_ui.window.api.DocumentKind`, so Save asks once and saves a kit.
* The preview shows the whole kit PDF (``set_preview_renderer``), the photos' JPEGs kept in
  one :class:`~presskit.kit.images.PhotoCache` per window, so typing stays fast.

Reading, checking, hashing and thumbnailing added files run on the window's runner.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication as QCA
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QPixmap
from PySide6.QtWidgets import QDockWidget, QFileDialog, QInputDialog, QLineEdit, QMenu, QWidget

from presskit.errors import PresskitError
from presskit.kit.editing import (
    DuplicateItem,
    KitEditing,
    MediaSpill,
    has_items,
    referenced_hashes,
    restore_media,
)
from presskit.kit.incoming import Incoming, thumbnail_png
from presskit.kit.model import SUFFIX, Kit, Logo, Photo
from presskit.model import Release
from presskit.session import EditorSession
from presskit_ui.kit.export import KitExports
from presskit_ui.kit.focus import PREFIX, KitFieldFocus
from presskit_ui.kit.preview import KitPreview
from presskit_ui.kit.progress import JobProgress
from presskit_ui.runner import Failure, Reporter
from presskit_ui.widgets import ConfirmDialog, InfoDialog
from presskit_ui.window.api import EditorWindow

if TYPE_CHECKING:  # the panel module loads with the panel, after the first paint
    from presskit_ui.kit.panel import KitPanel

NAME = "kitFeature"  # the object name of what install() adds to a window
SPILL_DIR = ("autosave", "kit-media")
SPILL_GRACE_SECONDS = 3600.0  # kept media younger than this may be another editor's, unsaved
EDIT_SETTLE_MS = 400  # in-place edits reach the kit (one undo step) this long after typing
IMAGE_FILTER = "*.jpg *.jpeg *.png *.tif *.tiff *.webp"



class KitDocumentKind:
    """The ``.presskit-kit`` file: what a release with kit items is saved as."""

    suffix = SUFFIX

    def wanted(self, release: Release) -> bool:
        return has_items(release)

    def file_filter(self) -> str:
        return QCA.translate("KitFeature", "Press kits (*.presskit-kit)")

    def confirm(self, parent: QWidget, current: Path) -> bool:
        return ConfirmDialog.ask(
            parent, QCA.translate("KitFeature", "Save as Kit"), QCA.translate("KitFeature", "This release now has kit items."),
            QCA.translate("KitFeature", "A draft (.presskit) holds the release alone. Save the release with its "
               "documents, photos, logos and links as a kit (.presskit-kit)? “{name}” stays "
               "as it was last saved.").format(name=current.name),
            QCA.translate("KitFeature", "Save as Kit…"))


class KitFeature(QObject):
    """What ``install`` added to one window (a child of the window named ``NAME``)."""

    def __init__(self, window: EditorWindow):
        super().__init__(window.widget())
        self.setObjectName(NAME)
        self.window = window
        self.ctx = window.ctx
        self.kind = KitDocumentKind()
        self.session: EditorSession | None = None
        self._orphan_media: dict[str, bytes] = {}  # before the first sessionLoaded
        self.editing = KitEditing(media=self._orphan_media)
        self.spill = MediaSpill(Path(self.ctx.data_dir).joinpath(*SPILL_DIR))
        self.thumbs: dict[str, QPixmap] = {}
        self.preview = KitPreview()  # the whole kit PDF, rendered on the preview's worker
        self._pending: dict[int, dict[str, str]] = {}
        self._edit_timer = QTimer(self, singleShot=True, interval=EDIT_SETTLE_MS)
        self._edit_timer.timeout.connect(self.flush_edits)
        self._thumbs_wanted: set[str] = set()
        self._adds = 0  # batches of files added so far (each its own runner key)

        # The panel is built the first time it is needed (the dock shown, a kit opened, an
        # item added): most windows edit a plain release, and start-up stays as fast.
        self._panel: KitPanel | None = None
        self.dock = QDockWidget(window.widget())
        self.dock.setObjectName("kitDock")
        self.dock.visibilityChanged.connect(self._dock_shown)
        self.dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                              | QDockWidget.DockWidgetFeature.DockWidgetClosable
                              | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.actions: dict[str, QAction] = {}
        self.menu = QMenu(window.widget())
        self.menu.setObjectName("kitMenu")
        self._build_actions()
        self.exports = KitExports(self)
        self.retranslate()
        self._connect()
        window.add_field_focuser(PREFIX, KitFieldFocus(self))  # Preflight's items[2].alt…
        window.widget().installEventFilter(self)

    # -- construction ----------------------------------------------------------------------
    def _act(self, name: str, slot: Callable[[], object], keys: QKeySequence | None = None) -> QAction:
        act = QAction(self.window.widget())
        act.setObjectName(f"action_kit_{name}")
        if keys is not None:
            act.setShortcut(keys)
        act.triggered.connect(lambda _=False: slot())
        self.actions[name] = act
        return act

    def _build_actions(self) -> None:
        self._act("add_photos", lambda: self.add_requested("photos"), QKeySequence("Ctrl+Shift+P"))
        self._act("new_document", lambda: self.add_requested("document"))
        self._act("add_document", lambda: self.add_requested("document_file"))
        self._act("add_logo", lambda: self.add_requested("logo"))
        self._act("add_link", lambda: self.add_requested("link"))
        self._act("save_as_kit", self.save_as_kit)
        for name in ("add_photos", "new_document", "add_document", "add_logo", "add_link"):
            self.menu.addAction(self.actions[name])
        self.menu.addSeparator()
        self.export_menu = self.menu.addMenu("")
        self.export_menu.setObjectName("kitExportMenu")
        self.menu.addSeparator()
        self.menu.addAction(self.dock.toggleViewAction())

    @property
    def panel(self) -> KitPanel:
        """The dock's content, built on first use."""
        if self._panel is None:
            from presskit_ui.kit.panel import KitPanel

            p = self._panel = KitPanel()
            p.addRequested.connect(self.add_requested)
            p.filesDropped.connect(lambda paths, row: self.add_paths([Path(x) for x in paths], at=row))
            p.moveRequested.connect(self.move)
            p.removeRequested.connect(self.remove)
            p.fieldEdited.connect(self.field_edited)
            p.selectionChanged.connect(lambda _row: self.flush_edits())
            self.dock.setWidget(p)
            p.show_items(self.editing.items, self.thumbs)
            self.attach_spelling()
        return self._panel

    def _dock_shown(self, shown: bool) -> None:
        if shown:
            self.panel.show()  # builds it the first time

    def _connect(self) -> None:
        w = self.window
        w.sessionLoaded.connect(self.session_loaded)
        w.releaseChanged.connect(self.release_changed)
        w.aboutToSave.connect(lambda _path: self.flush_edits())
        w.closed.connect(self.window_closed)

    def retranslate(self) -> None:
        self.dock.setWindowTitle(QCA.translate("KitFeature", "Kit"))
        self.menu.setTitle(QCA.translate("KitFeature", "&Kit"))
        a = self.actions
        a["add_photos"].setText(QCA.translate("KitFeature", "Add &Photos…"))
        a["add_photos"].setStatusTip(QCA.translate("KitFeature", "Add photos to the kit; caption, credit and rights are "
                                        "read from the files"))
        a["new_document"].setText(QCA.translate("KitFeature", "&New Document"))
        a["new_document"].setStatusTip(QCA.translate("KitFeature", "A fact sheet, backgrounder, biography or questions and answers, written "
                                          "here in Markdown"))
        a["add_document"].setText(QCA.translate("KitFeature", "Add &Document…"))
        a["add_document"].setStatusTip(QCA.translate("KitFeature", "Add a Markdown file as a document, titled by its "
                                          "first heading"))
        a["add_logo"].setText(QCA.translate("KitFeature", "Add &Logo…"))
        a["add_link"].setText(QCA.translate("KitFeature", "Add Lin&k…"))
        a["add_link"].setStatusTip(QCA.translate("KitFeature", "A link to a video, B-roll or an image bank"))
        a["save_as_kit"].setText(QCA.translate("KitFeature", "Save as &Kit…"))
        a["save_as_kit"].setStatusTip(QCA.translate("KitFeature", "Save the release with its documents, photos, logos "
                                         "and links as one .presskit-kit file"))
        self.export_menu.setTitle(QCA.translate("KitFeature", "&Export Kit"))
        self.dock.toggleViewAction().setText(QCA.translate("KitFeature", "Kit"))
        if hasattr(self, "exports"):
            self.exports.retranslate()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # Qt API name
        if obj is self.window.widget():
            if event.type() == QEvent.Type.LanguageChange:
                self.retranslate()
            elif event.type() == QEvent.Type.Close:
                # Before the window asks about unsaved changes: the last typed caption counts.
                self.flush_edits()
        return False

    # -- the kit and the window's release ------------------------------------------------
    @property
    def media(self) -> dict[str, bytes]:
        return self.session.media if self.session is not None else self._orphan_media

    def items(self) -> list[Any]:
        return list(self.editing.items)

    def kit(self) -> Kit:
        """The kit as it would be saved now (the release as the form shows it)."""
        self.flush_edits()
        return self.editing.kit(self.window.current_release())

    def commit(self, select: int | None = None) -> None:
        """Put the kit's items into the window's release: one undo step, the preview redrawn."""
        self.preview.media_view = dict(self.media)
        self.window.apply_release(self.editing.apply_to(self.window.current_release()))
        self._show(select)

    def _show(self, select: int | None = None) -> None:
        if self._panel is None and not self.editing.items:
            return  # nothing to show, and no panel yet to show it in
        self.panel.show_items(self.editing.items, self.thumbs)
        if select is not None:
            self.panel.select(select)
        self._want_thumbnails()

    def session_loaded(self, session: EditorSession) -> None:
        if self.session is None and self._orphan_media:
            session.media.update(self._orphan_media)
        self.session = session
        release = self.window.current_release()
        lost = restore_media(release, session.media, self._media_sources(session))
        self.editing = KitEditing.from_release(release, session.media)
        self._pending.clear()
        self.preview.media_view = dict(session.media)
        self._show(0 if self.editing.items else None)
        if self.editing.items and self.dock.isHidden():
            self.dock.show()
        if lost:
            InfoDialog.show(self.window.widget(), QCA.translate("KitFeature", "Kit"),
                            QCA.translate("KitFeature", "Some files of this kit could not be found."),
                            "\n".join(lost), warning=True)

    def _media_sources(self, session: EditorSession) -> list[Any]:
        return [self.spill]

    def release_changed(self, release: Release) -> None:
        """After an undo, a redo, a revert or another feature's change: show what the release
        carries now."""
        if self.editing.sync_from(release):
            self._pending.clear()
            self.preview.media_view = dict(self.media)
            self._show()

    def window_closed(self) -> None:
        self._edit_timer.stop()
        self.prune_spill()

    def prune_spill(self) -> int:
        """Drop kept media no autosave needs any more (this window's is gone once it closes)."""
        folder = Path(self.ctx.data_dir) / SPILL_DIR[0]
        texts: list[str] = []
        with contextlib.suppress(OSError):
            for p in folder.glob("*.presskit"):
                with contextlib.suppress(OSError):
                    texts.append(p.read_text(encoding="utf-8"))
        keep = referenced_hashes(texts)
        for other in self.window.other_windows():
            feature = other.widget().findChild(KitFeature, NAME)
            if feature is not None:
                keep |= {feature.editing.hash_of(i.file) for i in feature.editing.items
                         if isinstance(i, (Photo, Logo))}
        return self.spill.prune(keep, older_than=SPILL_GRACE_SECONDS)

    # -- in-place edits ------------------------------------------------------------------
    def field_edited(self, index: int, field: str, value: str) -> None:
        self._pending.setdefault(index, {})[field] = value
        self._edit_timer.start()

    def flush_edits(self) -> bool:
        """Apply the edits typed in the panel (one undo step); True if anything changed."""
        self._edit_timer.stop()
        if not self._pending:
            return False
        pending, self._pending = self._pending, {}
        changed = False
        for index, fields in pending.items():
            for name, value in fields.items():
                try:
                    changed = self.editing.update(index, **{name: value}) or changed
                except (ValueError, IndexError) as exc:
                    self.window.show_status(self._reason(name, exc))
        if changed:
            self.commit()
        return changed

    @staticmethod
    def _reason(field: str, exc: Exception) -> str:
        if field == "url":
            return QCA.translate("KitFeature", "Not saved yet: a link must be a web address (https://…).")
        if field == "date":
            return QCA.translate("KitFeature", "Not saved yet: write the date like 2026-03-05.")
        return str(exc)

    # -- adding ----------------------------------------------------------------------------
    def add_requested(self, what: str) -> None:
        parent = self.window.widget()
        folder = str(self.default_folder())
        if what == "photos":
            names, _ = QFileDialog.getOpenFileNames(
                parent, QCA.translate("KitFeature", "Add Photos"), folder, QCA.translate("KitFeature", "Photos ({patterns})").format(patterns=IMAGE_FILTER))
            self.add_paths([Path(n) for n in names])
        elif what == "logo":
            name, _ = QFileDialog.getOpenFileName(
                parent, QCA.translate("KitFeature", "Add Logo"), folder,
                QCA.translate("KitFeature", "Logos ({patterns})").format(patterns="*.svg *.png *.jpg *.jpeg *.eps *.pdf"))
            if name:
                self.add_paths([Path(name)], logo=True)
        elif what == "document_file":
            names, _ = QFileDialog.getOpenFileNames(
                parent, QCA.translate("KitFeature", "Add Document"), folder, QCA.translate("KitFeature", "Markdown documents (*.md *.markdown *.txt)"))
            self.add_paths([Path(n) for n in names])
        elif what == "document":
            self.new_document()
        elif what == "link":
            self.add_link()

    def default_folder(self) -> Path:
        if self.session is not None and self.session.path is not None:
            return self.session.path.parent
        docs = Path.home() / "Documents"
        return docs if docs.is_dir() else Path.home()

    def new_document(self, kind: str = "factsheet") -> None:
        self.flush_edits()
        at = self._insert_row()
        from presskit_ui.kit.panel import doc_kind_label

        self.editing.add_document(doc_kind_label(kind), "", kind, index=at)
        self.commit(select=at)
        self._reveal()
        self.panel.document_editor.title.setFocus(Qt.FocusReason.OtherFocusReason)
        self.panel.document_editor.title.selectAll()

    def add_link(self, url: str | None = None, description: str = "") -> bool:
        if url is None:
            url, ok = QInputDialog.getText(self.window.widget(), QCA.translate("KitFeature", "Add Link"),
                                           QCA.translate("KitFeature", "Address of the video, B-roll or image bank:"),
                                           QLineEdit.EchoMode.Normal, "https://")
            if not ok:
                return False
        self.flush_edits()
        at = self._insert_row()
        try:
            self.editing.add_link(url, description, index=at)
        except ValueError:
            InfoDialog.show(self.window.widget(), QCA.translate("KitFeature", "Add Link"),
                            QCA.translate("KitFeature", "“{url}” is not a web address.").format(url=url[:200]),
                            QCA.translate("KitFeature", "A link starts with https:// or http://."), warning=True)
            return False
        self.commit(select=at)
        self._reveal()
        return True

    def _insert_row(self) -> int:
        """New items go after the selected one (at the end when nothing is selected)."""
        row = self._panel.current_index() if self._panel is not None else -1
        return row + 1 if 0 <= row < len(self.editing.items) else len(self.editing.items)

    def add_paths(self, paths: list[Path], *, logo: bool = False, at: int | None = None) -> None:
        """Read, check, hash and thumbnail *paths* off the GUI thread, then add them."""
        from presskit.kit.incoming import read_incoming

        if not paths:
            return
        self.flush_edits()
        spill = self.spill
        total = len(paths)

        def work(progress: Reporter) -> list[Incoming | PresskitError]:
            out: list[Incoming | PresskitError] = []
            for n, path in enumerate(paths, 1):
                if progress.cancelled():
                    break
                progress(f"{n}\t{total}\t{path.name}")
                try:
                    incoming = read_incoming(path, logo=logo)
                except PresskitError as exc:
                    out.append(exc)
                    continue
                if incoming.data:
                    with contextlib.suppress(OSError):  # recovery then falls back to the file
                        spill.put(incoming.data)
                out.append(incoming)
            return out

        self._adds += 1
        key = f"kit-add-{self._adds}"  # its own key: a second batch never cancels the first
        progress = JobProgress(self.window, key, QCA.translate("KitFeature", "Add to the Kit"),
                               QCA.translate("KitFeature", "Reading, checking and hashing the files…"))
        progress.cancelled.connect(lambda: self.window.show_status(
            QCA.translate("KitFeature", "Adding cancelled; nothing was added.")))

        def done(results: list[Incoming | PresskitError]) -> None:
            progress.close()
            self._files_read(results, at)

        def failed(failure: Failure) -> None:
            progress.close()
            self._job_failed(failure)

        self.window.runner.submit(work, key=key, on_success=done, on_failure=failed,
                                  on_progress=lambda text: self._reading(text, progress))

    def _reading(self, text: str, progress: JobProgress) -> None:
        n, total, name = text.split("\t", 2)
        progress.step(int(n) - 1, int(total))
        self.window.show_status(QCA.translate("KitFeature", "Adding “{name}” ({n} of {total})…").format(name=name, n=n, total=total))

    def _job_failed(self, failure: Failure) -> None:
        InfoDialog.show(self.window.widget(), QCA.translate("KitFeature", "Kit"), QCA.translate("KitFeature", "The files could not be added."),
                        str(failure.error) or type(failure.error).__name__, warning=True)

    def _files_read(self, results: list[Incoming | PresskitError], at: int | None) -> None:
        self.flush_edits()
        index = len(self.editing.items) if at is None else max(0, min(at, len(self.editing.items)))
        first = index
        problems: list[str] = []
        added = 0
        for result in results:
            if isinstance(result, PresskitError):
                problems.append(str(result))
                continue
            try:
                self._add_incoming(result, index)
            except DuplicateItem as dup:
                problems.append(QCA.translate("KitFeature", "{name}: already in the kit (item {n})").format(
                    name=result.name, n=dup.index + 1))
                continue
            index += 1
            added += 1
        if added:
            self.commit(select=first)
            self._reveal()
            self.window.show_status(
                QCA.translate("KitFeature", "Added one item to the kit.") if added == 1 else
                QCA.translate("KitFeature", "Added {n} items to the kit.").format(n=added))
        if problems:
            InfoDialog.show(self.window.widget(), QCA.translate("KitFeature", "Kit"),
                            QCA.translate("KitFeature", "Some files were not added.") if added else
                            QCA.translate("KitFeature", "The files were not added."),
                            "\n".join(problems), warning=True)

    def _add_incoming(self, incoming: Incoming, index: int) -> None:
        e = self.editing
        if incoming.kind == "document":
            e.add_document(incoming.title, incoming.body, incoming.doc_kind, index=index)
            return
        if incoming.kind == "logo":
            item: Photo | Logo = e.add_logo(incoming.name, incoming.data, title=incoming.title,
                                            index=index, digest=incoming.digest)
        else:
            item = e.add_photo(incoming.name, incoming.data, caption=incoming.caption,
                               credit=incoming.credit, rights=incoming.rights, date=incoming.date,
                               alt=incoming.alt,
                               index=index, digest=incoming.digest)
        if incoming.thumbnail:
            pixmap = QPixmap()
            if pixmap.loadFromData(incoming.thumbnail):
                self.thumbs[item.file] = pixmap

    def _reveal(self) -> None:
        if self.dock.isHidden():
            self.dock.show()
        self.dock.raise_()

    # -- thumbnails of photos already in the kit -----------------------------------------
    def _want_thumbnails(self) -> None:
        wanted = {i.file: self.media[i.file] for i in self.editing.items
                  if isinstance(i, (Photo, Logo)) and i.file not in self.thumbs
                  and i.file not in self._thumbs_wanted and i.file in self.media}
        if not wanted:
            return
        self._thumbs_wanted |= set(wanted)

        def work(_progress: Reporter) -> dict[str, bytes]:
            return {entry: thumbnail_png(data) for entry, data in wanted.items()}

        self.window.runner.submit(work, on_success=self._thumbnails_made,
                                  on_failure=lambda _f: None)

    def _thumbnails_made(self, pngs: dict[str, bytes]) -> None:
        for entry, png in pngs.items():
            self._thumbs_wanted.discard(entry)
            pixmap = QPixmap()
            if png and pixmap.loadFromData(png):
                self.thumbs[entry] = pixmap
                if self._panel is not None:
                    self._panel.set_thumbnail(entry, pixmap)

    # -- order and removal ---------------------------------------------------------------
    def move(self, index: int, to: int) -> None:
        self.flush_edits()
        with contextlib.suppress(IndexError):
            if self.editing.move(index, to):
                self.commit(select=max(0, min(to, len(self.editing.items) - 1)))

    def remove(self, index: int) -> None:
        """Remove item *index*: undoable (Edit ▸ Undo), so nothing is asked."""
        self.flush_edits()
        try:
            item = self.editing.remove(index)
        except IndexError:
            return
        self.commit(select=min(index, len(self.editing.items) - 1))
        name = getattr(item, "title", "") or getattr(item, "caption", "") or \
            getattr(item, "original_name", "") or getattr(item, "url", "")
        self.window.show_status(QCA.translate("KitFeature", "Removed “{name}” from the kit. Edit ▸ Undo brings it back.")
                                .format(name=" ".join(str(name).split())[:60]))

    def attach_spelling(self) -> bool:
        """Underline misspellings in the documents, captions and alt texts, as in the
        release (preflight's speller, when that feature is installed)."""
        from presskit_ui.preflight.spelling_ui import SpellingSupport

        support = SpellingSupport.of(self.window)
        if support is None or self._panel is None:
            return False
        p = self._panel
        for edit in (p.document_editor.body.editor, p.photo_editor.caption, p.photo_editor.alt):
            support.attach(edit)
        return True

    # -- saving ----------------------------------------------------------------------------
    def save_as_kit(self) -> bool:
        """File ▸ Save as Kit…: the release (and its items, if any) as a .presskit-kit."""
        self.flush_edits()
        return self.window.save_as(kind=self.kind)

    def photo_cache(self) -> Any:
        """The window's cache of print-ready photo JPEGs (the preview's, reused by exports)."""
        return self.preview.photo_cache()


def install(window: EditorWindow) -> KitFeature:
    existing = window.widget().findChild(KitFeature, NAME)
    if existing is not None:
        return existing  # installed already: nothing more
    feature = KitFeature(window)
    window.add_menu(feature.menu)
    window.add_menu_action("file", feature.actions["save_as_kit"], after="save_as")
    window.add_dock(feature.dock, Qt.DockWidgetArea.LeftDockWidgetArea)
    feature.dock.hide()  # shown once the kit has items, or from View ▸ Kit / the Kit menu
    window.add_document_kind(feature.kind)
    # A plain release renders the same either way: only a kit needs rendering again.
    window.set_preview_renderer(feature.preview.render,
                                render_again=has_items(window.current_release()))
    return feature
