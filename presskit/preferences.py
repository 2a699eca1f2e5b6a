"""User preferences: a small JSON file in the config folder, written atomically.

Qt-free so the editor's decisions can be tested without widgets.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

DEFAULTS: dict[str, Any] = {
    "ui_language": "",  # "" = follow the system; "en" / "fr"
    "recent_files": [],
    "autosave_seconds": 30,
    # Language of new releases when no letterhead profile gives one: "" = the last
    # release's ("last_language"), else the system locale's.
    "default_language": "",
    "last_language": "",
    "home_country": "",  # ISO code of numbers typed without +CC; "" = the system locale's
    "window_geometry": "",  # base64 of QWidget.saveGeometry()
    "window_state": "",
    "preview_zoom": "fit_width",
}
MAX_RECENT = 10


class Preferences:
    def __init__(self, path: Path):
        self.path = path
        self._values: dict[str, Any] = dict(DEFAULTS)
        self.load()

    def load(self) -> None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return  # missing or damaged preferences: defaults (never fatal)
        if isinstance(data, dict):
            for key, value in data.items():
                if key in DEFAULTS and isinstance(value, type(DEFAULTS[key])):
                    self._values[key] = value

    def save(self) -> None:
        from presskit.atomic import write_text

        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_text(self.path, json.dumps(self._values, ensure_ascii=False, indent=2))

    def get(self, key: str) -> Any:
        return self._values.get(key, DEFAULTS.get(key))

    def set(self, key: str, value: Any) -> None:
        self._values[key] = value

    @property
    def home_country(self) -> str | None:
        """The country of phone numbers typed without +CC: as set, else the system locale's."""
        from presskit.phones import home_country, system_country

        return home_country(str(self.get("home_country") or ""), system_country())

    @property
    def autosave_seconds(self) -> float:
        """Seconds between autosaves during long typing (30 unless set to a positive number)."""
        value = self.get("autosave_seconds")
        return float(value) if isinstance(value, int | float) and value > 0 else 30.0

    @property
    def ui_language(self) -> str:
        """The interface language ("en", "fr"), "" to follow the system."""
        return str(self.get("ui_language") or "")

    @property
    def default_language(self) -> str:
        """The language of new releases when no profile gives one ("fr_FR"); "" = the last
        release's, else the system locale's."""
        return str(self.get("default_language") or "")

    @property
    def last_language(self) -> str:
        """The language of the last release opened or started ("" before the first)."""
        return str(self.get("last_language") or "")

    @property
    def recent_files(self) -> list[str]:
        """Recently used drafts, the newest first (entries that are not text are skipped)."""
        return [p for p in self.get("recent_files") or [] if isinstance(p, str)]

    @property
    def preview_zoom(self) -> str:
        """"fit_width", "fit_page" or a percentage such as "125"."""
        return str(self.get("preview_zoom") or "fit_width")

    def add_recent(self, path: str) -> None:
        recent = [p for p in self._values.get("recent_files", []) if p != path]
        recent.insert(0, path)
        self._values["recent_files"] = recent[:MAX_RECENT]

    @classmethod
    def in_folder(cls, config_dir: Path) -> Preferences:
        return cls(config_dir / "preferences.json")
