"""What a feature may use of an editor window: the window's API for features.

A feature (the contact book, letterhead profiles, and as they arrive the press kit and
preflight) is a function ``install(window: EditorWindow) -> object`` listed in
``WindowManager.features``. It adds its menu entries, docks and form sections through the
methods below and reacts to the window's signals; the window knows nothing about it, and
nothing of the window is replaced or patched::

    def install(window: EditorWindow) -> MyFeature:
        feature = MyFeature(window)          # a QObject parented to window.widget()
        window.add_menu_action("tools", feature.action)
        window.add_dock(feature.dock)
        window.sessionLoaded.connect(feature.check_opened)
        return feature

Signals, each named after what happened:

* ``sessionLoaded(EditorSession)`` — a draft is shown in the window: the one it was created
  with (once the event loop runs, so features installed after construction see it too), and
  every draft opened into the window later.
* ``releaseChanged(Release)`` — the release changed (after the typing debounce, an undo or
  redo, or ``apply_release``).
* ``aboutToSave(Path)`` — the draft is about to be written to this path; ``saved(Path)`` — it
  was.
* ``closed()`` — the window closed for good.

The form's parts that features extend are reached through small Protocols
(:class:`LetterheadPart`, :class:`ContactsPart`); a form without that part (a test's fake
form) gives None, and the feature then offers its menu entries only.

A feature that edits fields of its own (the press kit's items, ``items[2].alt``) registers a
:data:`FieldFocuser` for their path prefix, so ``focus_field`` (a Preflight finding clicked)
reaches them. Export checks (:class:`ExportCheck`, e.g. preflight's) run before the release's
exports and, through ``export_checks_pass(release, media=…)``, before a feature's own (Kit ▸
Export Kit).

A feature whose releases must be saved as another kind of file (the press kit: a release
with kit items is a ``.presskit-kit``) registers a :class:`DocumentKind`; one that shows
more than the release in the preview (the whole kit PDF) sets a :data:`PreviewRenderer`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMenu, QWidget

from presskit.model import Contact, Release

if TYPE_CHECKING:
    from presskit_ui.context import AppContext
    from presskit_ui.preview.pane import PreviewResult
    from presskit_ui.runner import Runner

__all__ = ["ContactsPart", "DocumentKind", "EditorWindow", "ExportCheck", "FieldFocuser",
           "LetterheadPart", "PreviewRenderer"]

# Worker-thread half of the preview: (release, should_stop, home_country) -> the PDF shown.
# Must not touch widgets; raises presskit.renderers.pdf.RenderCancelled when told to stop.
PreviewRenderer = Callable[[Release, Callable[[], bool], "str | None"], "PreviewResult"]


# A feature's field focuser: given a draft field path under its prefix (``items[2].alt``),
# show and focus that field's widget; False when there is no such field.
FieldFocuser = Callable[[str], bool]


class ExportCheck(Protocol):
    """A check run before an export (preflight's): False cancels it (the check said why)."""

    def __call__(self, release: Release, *, media: Mapping[str, bytes] | None = None) -> bool:
        """*release* about to be exported; with *media* (entry name -> bytes), it goes out as
        its whole press kit, the kit's items in the release and their files in *media*."""


class DocumentKind(Protocol):
    """A kind of file, beside the ``.presskit`` draft, that some releases must be saved as."""

    @property
    def suffix(self) -> str:
        """The file suffix, e.g. ``.presskit-kit``."""

    def wanted(self, release: Release) -> bool:
        """Whether *release* must be saved as this kind (e.g. it has kit items)."""

    def file_filter(self) -> str:
        """The save dialog's filter, translated: ``Press kits (*.presskit-kit)``."""

    def confirm(self, parent: QWidget, current: Path) -> bool:
        """Asked once when Save would turn the draft *current* into this kind; False cancels."""


class LetterheadPart(Protocol):
    """The form's letterhead section, as letterhead profiles use it."""

    def add_header_widget(self, widget: QWidget) -> None:
        """Put *widget* (e.g. a profile picker) above the letterhead fields."""


class ContactsPart(Protocol):
    """The form's press contacts section, as the contact book uses it."""

    def add_toolbar_action(self, action: QAction) -> QAction:
        """Add *action* to the contacts toolbar (its shortcut works inside the section)."""

    def contacts(self) -> list[Contact]: ...

    def set_contacts(self, contacts: list[Contact], *, emit: bool = False) -> None: ...

    def insert_contacts(self, contacts: list[Contact]) -> None:
        """Insert copies of *contacts*: a user edit (one undo step)."""


class EditorWindow(Protocol):
    """One editor window, as a feature sees it."""

    @property
    def ctx(self) -> AppContext: ...

    @property
    def runner(self) -> Runner:
        """Background work for this window (results come back on the GUI thread)."""

    @property
    def sessionLoaded(self) -> SignalInstance: ...

    @property
    def releaseChanged(self) -> SignalInstance: ...

    @property
    def aboutToSave(self) -> SignalInstance: ...

    @property
    def saved(self) -> SignalInstance: ...

    @property
    def closed(self) -> SignalInstance: ...

    def widget(self) -> QWidget:
        """The window as a widget: the parent of a feature's dialogs and objects."""

    def add_menu_action(self, menu: str, action: QAction, *, toolbar: bool = False,
                        after: str | None = None) -> QAction:
        """Add *action* to the menu *menu* ("file", "edit", "view", "tools", "help"); with
        *after* (a window action's name, e.g. "save_as"), just below that entry."""

    def add_menu(self, menu: QMenu) -> QMenu:
        """A feature's own menu in the menu bar, before Tools and Help (e.g. Kit)."""

    def add_dock(self, dock: QDockWidget,
                 area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea) -> QDockWidget:
        """Dock *dock* beside the form and the preview; View ▸ gets its show/hide entry."""

    def add_form_section(self, key: str, title: str, content: QWidget) -> bool:
        """Add a collapsible section *title* at the end of the form; False without a form
        that has sections."""

    def letterhead_part(self) -> LetterheadPart | None: ...

    def contacts_part(self) -> ContactsPart | None: ...

    def current_release(self) -> Release:
        """The release as the form shows it now."""

    def add_document_kind(self, kind: DocumentKind) -> None:
        """Save and Save As write a release *kind* wants as that kind of file."""

    def save_as(self, path: Path | None = None, *, kind: DocumentKind | None = None) -> bool:
        """File ▸ Save As (asking for a name when *path* is None), as *kind* if given."""

    def set_preview_renderer(self, renderer: PreviewRenderer | None, *,
                             render_again: bool = True) -> None:
        """Render the preview with *renderer* from now on (None: the release alone); with
        *render_again*, starting with the release shown (False when it would look the same)."""

    def apply_release(self, release: Release) -> None:
        """Replace the whole release: one undo step, the preview re-rendered."""

    def other_windows(self) -> list[EditorWindow]:
        """The other editor windows of this process still open."""

    def show_status(self, message: str) -> None:
        """A short message in the status bar."""

    def add_status_widget(self, widget: QWidget) -> None:
        """Keep *widget* at the right of the status bar (e.g. a count the user can click)."""

    def focus_field(self, field: str) -> bool:
        """Show and focus the widget of the draft field *field* (``contacts[1].email``…); a
        field under a registered prefix goes to that feature's focuser."""

    def add_field_focuser(self, prefix: str, focuser: FieldFocuser) -> None:
        """``focus_field(f)`` calls *focuser* for every *f* starting with *prefix* (``items[``)."""

    def field_widget(self, field: str) -> QWidget | None:
        """The widget that edits *field* (a line or text edit, the contacts table…), or None."""

    def add_export_check(self, check: ExportCheck) -> None:
        """Run *check* with the release about to be exported, before the user picks where:
        False cancels the export (the check has told the user why)."""

    def export_checks_pass(self, release: Release, *,
                           media: Mapping[str, bytes] | None = None) -> bool:
        """Run every export check on *release* (with *media*: exported as its press kit);
        True when the export may go on."""
