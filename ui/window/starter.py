"""What File ▸ New and the first window start: a blank release, a release from a letterhead
profile, a recent file or the sample release (issue 14 §2).

New releases take the profile's language, else the last release's, else the system
locale's (``presskit.newrelease``); the sample opens untitled with its name suggested in
the Documents folder, so saving it is always Save As and the shipped file never changes.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication as QCA
from PySide6.QtWidgets import QWidget

from presskit import newrelease
from presskit.model import Contact, Release
from presskit.session import EditorSession
from presskit_ui.context import AppContext
from presskit_ui.window.start_dialog import BLANK, OPEN, PROFILE, RECENT, SAMPLE, StartDialog

if TYPE_CHECKING:
    from presskit_ui.window.main_window import MainWindow
    from presskit_ui.window.manager import WindowManager

SAMPLE_NAME = "communique-fr.presskit"
LAST_LANGUAGE = "last_language"


def _interval(ctx: AppContext) -> float:
    return ctx.prefs.autosave_seconds


def last_language(ctx: AppContext) -> str:
    """The language of the release last opened, saved or started (Preferences' choice
    of a language for new releases, when set, stands in for it)."""
    chosen = str(ctx.prefs.get("default_language") or "")
    return chosen or str(ctx.prefs.get(LAST_LANGUAGE) or "")


def remember_language(ctx: AppContext, release: Release) -> None:
    """Keep the language of the release worked on for the next new one."""
    if release.language and ctx.prefs.get(LAST_LANGUAGE) != release.language:
        ctx.prefs.set(LAST_LANGUAGE, release.language)


def blank_session(ctx: AppContext) -> EditorSession:
    language = newrelease.new_release_language(None, last_language(ctx),
                                               newrelease.system_language())
    return EditorSession.new(language, autosave_interval=_interval(ctx))


def profile_contacts(ctx: AppContext, list_name: str, language: str) -> list[Contact]:
    """The members of the contact book's list *list_name* (none when there is no such list)."""
    if not list_name:
        return []
    from presskit.contacts.validate import to_release_contact
    from presskit_ui.contacts.service import contact_book

    book = contact_book(ctx)
    found = book.find_list(list_name)
    if found is None:
        return []
    return [to_release_contact(c, language) for c in book.list_contacts(found.id)]


def profile_session(ctx: AppContext, name: str) -> EditorSession:
    """A new release from the saved profile *name* (``ProfileError`` if it cannot be read)."""
    from presskit_ui.profiles.support import profile_store

    profile = profile_store(ctx).get(name)
    defaults = newrelease.profile_defaults(profile)
    language = newrelease.new_release_language(defaults.language, last_language(ctx),
                                               newrelease.system_language())
    contacts = profile_contacts(ctx, defaults.contact_list, language)
    release = newrelease.release_from_profile(profile, contacts=contacts,
                                              last_language=last_language(ctx),
                                              system=newrelease.system_language())
    return EditorSession(release, None, autosave_interval=_interval(ctx))


def sample_session(ctx: AppContext) -> EditorSession | None:
    """The shipped French sample, untitled: Save As proposes Documents/communique-fr.presskit."""
    from presskit import draft
    from presskit.errors import DraftError
    from presskit.resources import example_path

    try:
        release = draft.load(example_path(SAMPLE_NAME))
    except (FileNotFoundError, ModuleNotFoundError, DraftError):
        return None
    docs = Path.home() / "Documents"
    folder = docs if docs.is_dir() else Path.home()
    session = EditorSession(release, None, suggested_path=folder / SAMPLE_NAME,
                            autosave_interval=_interval(ctx))
    session.sample = True
    return session


def profile_names(ctx: AppContext) -> list[str]:
    from presskit_ui.profiles.support import profile_store

    try:
        return profile_store(ctx).list()
    except OSError:
        return []


def recent_paths(ctx: AppContext) -> list[Path]:
    return [Path(p) for p in ctx.prefs.get("recent_files") or [] if isinstance(p, str)]


def start(manager: WindowManager, parent: QWidget | None, *,
          reuse: MainWindow | None = None) -> MainWindow | None:
    """Ask what to start with and open it; None when the user cancels.

    With *reuse* (an untouched window) the choice replaces its empty release.
    """
    from presskit.errors import PresskitError
    from presskit_ui.widgets import InfoDialog
    from presskit_ui.window.dialogs import FileDialogs

    ctx = manager.ctx
    choice = StartDialog.ask(parent, profile_names(ctx), recent_paths(ctx))
    if choice is None:
        return None
    if choice.kind in (RECENT, OPEN):
        paths = [choice.path] if choice.kind == RECENT and choice.path else \
            FileDialogs.open_drafts(parent, Path.home())
        opened = None
        for path in paths:
            opened = manager.open_path(path, parent=parent, reuse=reuse) or opened
        return opened
    session: EditorSession | None
    if choice.kind == PROFILE:
        try:
            session = profile_session(ctx, choice.profile)
        except (PresskitError, OSError) as exc:
            InfoDialog.show(parent, QCA.translate("Starter", "New from Letterhead Profile"),
                            QCA.translate("Starter", "The profile could not be read."), str(exc),
                            warning=True)
            return None
    elif choice.kind == SAMPLE:
        session = sample_session(ctx)
    else:
        assert choice.kind == BLANK
        session = blank_session(ctx)
    if session is None:
        return None
    remember_language(ctx, _release_of(session))
    if reuse is not None and reuse.session.is_pristine:
        reuse.load_session(session)
        return reuse
    return manager.new_window(session)


def _release_of(session: EditorSession) -> Release:
    from presskit import draft

    return draft.loads(session.text, "<new>")


__all__ = ["BLANK", "OPEN", "PROFILE", "RECENT", "SAMPLE", "blank_session", "profile_session",
           "remember_language", "sample_session", "start"]
