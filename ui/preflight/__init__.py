"""Preflight in the editor: the live panel, spelling underlines, find and replace."""

from __future__ import annotations

from presskit_ui.window.api import EditorWindow


class PreflightFeature:
    """What ``install`` adds to one window (kept referenced by the window's objects)."""

    def __init__(self, window: EditorWindow):
        from presskit_ui.preflight.find_dialog import FindFeature

        self.window = window
        self.find = FindFeature(window)


def install(window: EditorWindow) -> PreflightFeature:
    return PreflightFeature(window)
