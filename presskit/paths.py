"""Where Presskit keeps its data, configuration and caches.

``PRESSKIT_DATA_DIR`` overrides all three folders (tests always set it); otherwise
platformdirs gives the per-user folders of the platform.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "presskit"
ENV_DATA_DIR = "PRESSKIT_DATA_DIR"


def data_dir(create: bool = True) -> Path:
    """The folder holding drafts' autosaves, the contact book and profiles."""
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        path = Path(override).expanduser()
    else:
        import platformdirs

        path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    if create:
        path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir(create: bool = True) -> Path:
    """The folder holding preferences. Under ``PRESSKIT_DATA_DIR`` it is a sub-folder."""
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        path = Path(override).expanduser() / "config"
    else:
        import platformdirs

        path = Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    if create:
        path.mkdir(parents=True, exist_ok=True)
    return path


def cache_dir() -> Path:
    """The folder for caches that can be deleted at any time. Under ``PRESSKIT_DATA_DIR``
    it is a sub-folder; it is not created here (see ``presskit.diskcache``)."""
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        return Path(override).expanduser() / "cache"
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))
