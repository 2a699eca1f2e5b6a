"""The press kit in the editor: the Kit section, thumbnails, the kit preview and exports.

``install(window)`` (listed in ``WindowManager``'s default features) adds the Kit dock and
menu, File ▸ Save as Kit…, the ``.presskit-kit`` document kind and the kit preview to one
window; see :mod:`.feature`. The widgets are in :mod:`.panel`, the kit preview in
:mod:`.preview`, the exports in :mod:`.export`;
the logic without widgets is ``presskit.kit.editing``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from presskit_ui.kit.feature import KitFeature
    from presskit_ui.window.api import EditorWindow


def install(window: EditorWindow) -> KitFeature:
    from presskit_ui.kit.feature import install as install_feature

    return install_feature(window)
