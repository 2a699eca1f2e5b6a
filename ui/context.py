"""The application context handed to every window, dialog and widget (no global singletons)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from presskit.paths import config_dir, data_dir
from presskit.preferences import Preferences


@dataclass
class AppContext:
    data_dir: Path
    config_dir: Path
    prefs: Preferences
    # Services added by later features (contact book, letterhead profiles) live here too,
    # created lazily by their owners; keyed by name to keep this module dependency-free.
    services: dict[str, object] = field(default_factory=dict)

    @classmethod
    def create(cls) -> AppContext:
        data = data_dir()
        config = config_dir()
        return cls(data_dir=data, config_dir=config, prefs=Preferences.in_folder(config))
