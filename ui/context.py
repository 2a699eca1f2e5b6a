"""The application context handed to every window, dialog and widget (no global singletons).

Everything shared by the windows of one application has a typed home here:

* ``prefs``: the user's preferences (typed properties, ``presskit.preferences``);
* ``profile_store``, ``profiles_notifier``, ``contacts_notifier``: created on first use;
* ``contact_book`` and ``contacts_window``: opened by the contacts feature when first
  asked for (``presskit_ui.contacts.service.contact_book``), ``None`` until then and again
  after the last editor window closes;
* ``last_contact_list``: the list last inserted or saved, selected first next time;
* ``windows`` and ``ui_translations``: set by the application at start-up.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from presskit.paths import config_dir, data_dir
from presskit.preferences import Preferences

if TYPE_CHECKING:  # the features import this module: their types only, no import cycle
    from presskit.contacts.db import ContactBook
    from presskit.profiles import ProfileStore
    from presskit_ui.contacts.book_window import ContactBookWindow
    from presskit_ui.translations import UiTranslations
    from presskit_ui.window.manager import WindowManager


class ChangeNotifier(QObject):
    """``changed`` after something shared by every window changed (the saved profiles, the
    contact book), so each open window and dialog reads it again."""

    changed = Signal()


@dataclass(eq=False)
class AppContext:
    data_dir: Path
    config_dir: Path
    prefs: Preferences
    contact_book: ContactBook | None = None
    contacts_window: ContactBookWindow | None = None
    last_contact_list: str = ""
    windows: WindowManager | None = None
    ui_translations: UiTranslations | None = None

    @classmethod
    def create(cls) -> AppContext:
        data = data_dir()
        config = config_dir()
        return cls(data_dir=data, config_dir=config, prefs=Preferences.in_folder(config))

    @cached_property
    def profile_store(self) -> ProfileStore:
        """The letterhead profiles (``data_dir/profiles``), created once."""
        from presskit.profiles import ProfileStore

        return ProfileStore(Path(self.data_dir) / "profiles")

    @cached_property
    def profiles_notifier(self) -> ChangeNotifier:
        return ChangeNotifier()

    @cached_property
    def contacts_notifier(self) -> ChangeNotifier:
        return ChangeNotifier()
