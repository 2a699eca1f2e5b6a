"""Preflight while the user types: the engine run off the GUI thread, stale results dropped.

``LivePreflight`` hears the window's ``sessionLoaded`` and ``releaseChanged``, waits for a
pause (``debounce_ms``) and hands the release to the window's runner under one key: a
newer release cancels the running check (the engine asks ``progress.cancelled()`` between
rules and fields, so it stops within a few milliseconds) and its result is never shown.
The check never competes with the preview for the interpreter: it starts only once the
preview of the same release has been rendered and painted (or the preview is idle). The worker
also loads the release language's speller (Enchant takes ~0.2 s to open a French
dictionary), so the GUI thread never waits for a dictionary. ``checked`` carries the
findings and the speller to the panel, the status bar and the spelling underlines.
"""

from __future__ import annotations

import datetime as dt
import functools
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QObject, QTimer, Signal

from presskit.model import Release
from presskit.preflight.findings import Finding
from presskit.preflight.spelling import Speller, release_names
from presskit.session import EditorSession
from presskit_ui.runner import Failure
from presskit_ui.window.api import EditorWindow


@dataclass(frozen=True)
class Checked:
    """One finished check: the release it was for, its findings, the speller the engine
    used and the GUI thread's own speller of the same language (for the underlines)."""

    release: Release
    findings: list[Finding]
    speller: Speller | None
    gui_speller: Speller | None = None
    names: frozenset[str] = frozenset()  # release_names(): never misspellings
    kit: Any = None  # the kit checked (presskit.kit.model.Kit), when the release has items


@functools.lru_cache(maxsize=8)
def own_speller(locale: str, personal_dir: str) -> Speller:
    """A speller for the GUI thread with a Hunspell dictionary of its own.

    The engine's speller (``Speller.for_language``, shared by every check) serialises its
    Hunspell calls with a lock, and a lock is not fair: while a worker checks a 20-page
    release word by word, the GUI thread asking for one word waited for the whole check
    (stalls of 50-800 ms measured in ``bench_editor.py``). Enchant shares a dictionary
    within one broker, so this one comes from a broker of its own. Loading it takes
    0.1-0.2 s: call this on a worker thread. Every window shares it (it is only ever used
    on the GUI thread), so a word added to the dictionary in one is known in all.
    """
    from presskit.preflight.spelling import normalize

    shared = Speller.for_language(locale, personal_dir)
    tag = normalize(locale)
    if not shared.available:
        return shared
    try:
        import enchant

        broker = enchant.Broker()
        lang = tag.split("_")[0]
        candidates = [tag, lang, *sorted(t for t in broker.list_languages()
                                         if t.split("_")[0] == lang)]
        found = next((t for t in candidates if broker.dict_exists(t)), None)
        if found is None:
            return shared
        return Speller(tag, broker.request_dict(found), Path(personal_dir) / f"{tag}.txt")
    except Exception:  # Enchant refusing a second broker: share the engine's (slower)
        return shared


def ui_language() -> str:
    """The interface language ("en", "fr"), as ``presskit_ui.translations`` installed it."""
    return QLocale().name().split("_")[0] or "en"


class _BookSnapshot:
    """The contact-book entries of a release's contacts, read on the GUI thread (the book's
    connection stays there); the engine only calls ``get``."""

    def __init__(self, entries: dict[str, Any]):
        self.entries = entries

    def get(self, contact_id: str) -> Any:
        return self.entries.get(contact_id)


def book_snapshot(window: EditorWindow, release: Release) -> _BookSnapshot | None:
    ids = [c.book_id for c in release.contacts if c.book_id]
    if not ids:
        return None
    try:
        from presskit_ui.contacts import service

        book = service.contact_book(window.ctx)
        return _BookSnapshot({i: book.get(i) for i in ids})
    except Exception:  # a locked or damaged book: the other checks still run
        return None


class PreflightRun:
    """How the editor calls the engine (the same for the live panel and the export check)."""

    def __init__(self, window: EditorWindow):
        self.window = window
        # The GUI thread's spellers by release language, loaded by the worker (own_speller).
        self.gui_spellers: dict[str, Speller] = {}

    def personal_dir(self) -> str:
        return str(self.window.ctx.data_dir / "dictionaries")

    def job(self, release: Release, speller: Speller | None = None, *,
            load_gui_speller: bool = True, media: dict[str, bytes] | None = None,
            as_kit: bool = True) -> Callable[[Any], Checked]:
        """A function for the runner's worker thread (reads everything it needs now);
        *speller* instead of the engine's shared one of the release language. A release
        carrying kit items (the press kit feature keeps them in the release) is checked as
        a kit, its photos read from *media* (the session's)."""
        from presskit.preflight.engine import Options

        language = ui_language()
        book = book_snapshot(self.window, release)
        personal = self.personal_dir()
        # No suggestions here: Hunspell takes 40-400 ms per word to suggest, holding the
        # speller's lock, and the underlines being typed would wait for it. The context
        # menu asks for a word's suggestions when the user right-clicks it.
        options = Options(home_country=self.window.ctx.prefs.home_country or None,
                          personal_dir=personal, suggestions=0)

        spellers = self.gui_spellers
        photos = dict(media or {})  # the entries as they are now (the bytes are not copied)

        def work(progress: Any = None) -> Checked:  # worker thread: no widgets here
            from presskit.kit.editing import KitEditing, has_items
            from presskit.preflight.engine import Cancelled, check

            cancelled = getattr(progress, "cancelled", None)
            locale = release.language or "en_US"
            used = speller or Speller.for_language(locale, personal)
            kit = KitEditing.from_release(release, photos).kit(release) \
                if as_kit and has_items(release) else None
            findings = check(kit.release if kit is not None else release, book=book, kit=kit,
                             ui_language=language, options=options, speller=used,
                             now=dt.datetime.now(dt.UTC), cancelled=cancelled)
            if cancelled is not None and cancelled():
                raise Cancelled  # a newer edit: the runner drops this job's outcome
            mine = spellers.get(locale)
            if mine is None and load_gui_speller:
                mine = spellers.setdefault(locale, own_speller(locale, personal))
            # The names scan every text for "Héliade-2"-like names (cached per release
            # content and per line, but the first scan of 20 pages takes 30-45 ms), so here
            # rather than on the GUI thread.
            names = release_names(release, book)
            return Checked(release, findings, used, mine, names, kit)

        return work

    def now(self, release: Release) -> Checked:
        """Check *release* on this thread (Export: the release being exported, not the last
        list shown), with the GUI thread's own speller once loaded: the engine's may be busy
        on the worker (looking up suggestions) and would make this wait."""
        mine = self.gui_spellers.get(release.language or "en_US")
        # Export ▸ PDF, DOCX… send the release: its kit's photos are the kit export's business.
        return self.job(release, mine, load_gui_speller=False, as_kit=False)(None)


class LivePreflight(QObject):
    checked = Signal(object)  # Checked
    started = Signal()

    debounce_ms = 300
    # While the preview is busy the check waits, looking again this often; a preview
    # rendered but never painted (a hidden window) stops holding it back after paint_wait_s.
    retry_ms = 40
    paint_wait_s = 0.5
    key = "preflight"
    preview_key = "preview"  # the preview pane's runner key

    def __init__(self, window: EditorWindow):
        super().__init__(window.widget())
        self.window = window
        self.run = PreflightRun(window)
        self.latest: Checked | None = None
        self._pending: Release | None = None
        self._session: EditorSession | None = None  # for a kit's photos (session.media)
        self._unpainted: float | None = None  # when the preview last rendered, until painted
        self._timer = QTimer(self, singleShot=True, interval=self.debounce_ms)
        self._timer.timeout.connect(self._submit_when_idle)
        window.sessionLoaded.connect(self._loaded)
        window.releaseChanged.connect(self.schedule)
        preview = getattr(window, "preview", None)  # MainWindow's PreviewPane
        if preview is not None and hasattr(preview, "painted"):
            preview.rendered.connect(self._preview_rendered)
            preview.painted.connect(self._preview_painted)

    def _loaded(self, session: EditorSession) -> None:
        self._session = session
        self.schedule(self.window.current_release())

    def schedule(self, release: Release | None = None) -> None:
        """Check *release* (default: the form's) once typing pauses; a check still running
        for an older release is cancelled now, so it stops competing with the preview."""
        self._pending = release if release is not None else self.window.current_release()
        self.window.runner.cancel(self.key)
        self._timer.setInterval(self.debounce_ms)
        self._timer.start()

    def check_now(self) -> None:
        self._timer.stop()
        self._pending = self._pending or self.window.current_release()
        self._submit()

    def preview_busy(self) -> bool:
        """True while the preview renders, or has rendered and not yet been painted."""
        if self.window.runner.is_busy(self.preview_key):
            return True
        return self._unpainted is not None and \
            time.perf_counter() - self._unpainted < self.paint_wait_s

    def _preview_rendered(self, _result: object) -> None:
        self._unpainted = time.perf_counter()

    def _preview_painted(self, _result: object) -> None:
        self._unpainted = None
        if self._pending is not None and self._timer.isActive() \
                and self._timer.interval() == self.retry_ms:
            self._timer.stop()
            self._submit_when_idle()

    def _submit_when_idle(self) -> None:
        if self._pending is None:
            return
        if self.preview_busy():
            self._timer.setInterval(self.retry_ms)
            self._timer.start()
            return
        self._submit()

    def _submit(self) -> None:
        release, self._pending = self._pending, None
        if release is None:
            return
        self.started.emit()
        media = self._session.media if self._session is not None else None
        self.window.runner.submit(self.run.job(release, media=media), key=self.key,
                                  on_success=self._done, on_failure=self._failed)

    def _done(self, result: Checked) -> None:
        self.latest = result
        self.checked.emit(result)

    def _failed(self, failure: Failure) -> None:
        import sys

        print(failure.details, file=sys.stderr)  # a bug in a rule: the editor keeps working
