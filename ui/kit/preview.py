"""The kit preview: the whole kit PDF rendered on the preview's worker thread.

``KitPreview.render`` is what the kit feature hands the window (``set_preview_renderer``):
a release without kit items renders as always (``render_preview``); one with items renders
as the kit PDF (``presskit.kit.pdf.render_kit_pdf``), with one
:class:`~presskit.kit.images.PhotoCache` per window, so a keystroke in the release decodes
no photo and composes no unchanged document again. No widget is touched here.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from presskit.kit.editing import KitEditing, has_items
from presskit.model import Release
from presskit_ui.preview.pane import PreviewResult, render_preview

if TYPE_CHECKING:
    from presskit.kit.images import PhotoCache


class KitPreview:
    """One window's kit renderer and photo cache (thread-safe)."""

    def __init__(self) -> None:
        # The media the worker thread reads: replaced whole on the GUI thread, never mutated.
        self.media_view: dict[str, bytes] = {}
        self._cache: PhotoCache | None = None
        self._lock = threading.Lock()

    def photo_cache(self) -> PhotoCache:
        """The window's print-ready photo JPEGs, kept across renders and exports."""
        with self._lock:  # asked from the preview's worker thread and the GUI thread
            if self._cache is None:
                from presskit.kit.images import PhotoCache

                self._cache = PhotoCache()
            return self._cache

    def render(self, release: Release, should_stop: Callable[[], bool],
               home_country: str | None) -> PreviewResult:
        """Worker thread: the kit PDF when *release* has items, else the release alone."""
        if not has_items(release):
            return render_preview(release, should_stop, home_country=home_country)
        from presskit.kit.compose import compose_kit
        from presskit.kit.pdf import render_kit_pdf
        from presskit.renderers.pdf import RenderCancelled
        from presskit.session import document_texts, word_count

        t0 = time.perf_counter()
        kit = KitEditing.from_release(release, self.media_view).kit(release)
        cache = self.photo_cache()
        composed = compose_kit(kit, home_country=home_country, memo=cache)  # documents memoised
        if should_stop():
            raise RenderCancelled
        res = render_kit_pdf(kit, should_stop=should_stop, cache=cache,
                             home_country=home_country, composed=composed)
        return PreviewResult(res.data, res.pages, word_count(document_texts(composed.release)),
                             list(res.warnings), render_seconds=time.perf_counter() - t0)
