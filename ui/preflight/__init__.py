"""Preflight in the editor: the live panel, spelling underlines, find and replace.

``install(window)`` adds, through the window's API for features (nothing of the window is
patched):

* **Preflight dock** (View ▸ Preflight, F7; ``panel.py``) listing the engine's findings
  (``presskit.preflight.engine.check``), refreshed after each pause in typing off the GUI
  thread (``live.py``: the window's runner, stale results dropped); a row focuses its field
  and selects the word. The status bar shows the count; clicking it opens the dock.
* **Spelling as you type** (``spelling_ui.py``): red wavy underlines in the headline,
  subheadline, body, quotes and About text, in the release's language; right-click for
  suggestions, "Add to Dictionary" (the personal dictionary in the data folder) and
  "Ignore". A feature with text fields of its own (the press kit's documents) attaches
  them to the same speller::

      from presskit_ui.preflight.spelling_ui import SpellingSupport

      support = SpellingSupport.of(window)   # None if preflight is not installed
      if support is not None:
          support.attach(document_edit)      # a QTextEdit or QPlainTextEdit

* **Export checks first** (``export_check.py``): errors in the release being exported
  make Export ask ("Export Anyway" / "Show Problems"); warnings alone do not.
* **Find and replace** (``find_dialog.py``): Edit ▸ Find… (Ctrl+F), Replace… (Ctrl+H),
  Find Next (F3) / Previous (Shift+F3), over every text field, Replace All as one undo step.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence

from presskit.model import Release
from presskit.preflight.findings import Finding
from presskit_ui.window.api import EditorWindow

PREFETCH = 12  # words whose suggestions are looked up after each check


class PreflightFeature(QObject):
    """Everything preflight adds to one window."""

    def __init__(self, window: EditorWindow):
        from presskit_ui.preflight.find_dialog import FindFeature
        from presskit_ui.preflight.live import LivePreflight
        from presskit_ui.preflight.panel import PreflightPanel, PreflightStatusButton, go_to
        from presskit_ui.preflight.spelling_ui import SpellingSupport

        super().__init__(window.widget())
        self.setObjectName("preflightFeature")
        self.window = window
        self.find = FindFeature(window)
        self.spelling = SpellingSupport(window)
        self.live = LivePreflight(window)
        self.panel = PreflightPanel(window.widget())
        window.add_dock(self.panel)
        self.panel.toggleViewAction().setShortcut(QKeySequence("F7"))
        self.panel.hide()
        self.status = PreflightStatusButton(window.widget())
        window.add_status_widget(self.status)
        self.status.clicked.connect(self.show_panel)
        self.panel.findingActivated.connect(lambda f: go_to(window, f))
        self.live.started.connect(self.panel.set_checking)
        self.live.checked.connect(self._checked)
        self.spelling.changed.connect(lambda: self.live.schedule())
        window.add_export_check(self.check_before_export)

    def show_panel(self) -> None:
        self.panel.show()
        self.panel.raise_()
        self.panel.list.setFocus()

    def _checked(self, result: object) -> None:
        from presskit_ui.preflight.live import Checked

        if isinstance(result, Checked):
            self.panel.kit = result.kit
            self.show_findings(result.findings)
            self.spelling.update(result.release, result.gui_speller, names=result.names,
                                 shared=result.speller)
            self._prefetch_suggestions(result)

    def _prefetch_suggestions(self, result: object) -> None:
        """Ask the engine's speller, on the worker, for the suggestions of the words just
        found, so the context menu has them at once (Hunspell takes 40-400 ms a word)."""
        from presskit_ui.preflight.live import Checked

        if not isinstance(result, Checked) or result.speller is None:
            return
        speller, known = result.speller, self.spelling.suggestions
        words = list(dict.fromkeys(f.word for f in result.findings
                                   if f.code == "spelling" and f.word
                                   and (speller.locale, f.word) not in known))[:PREFETCH]
        if not words:
            return

        def work(_progress: object) -> dict[tuple[str, str], tuple[str, ...]]:  # worker thread
            return {(speller.locale, w): speller.suggest(w, 5) for w in words}

        self.window.runner.submit(work, key="preflight-suggestions", on_success=known.update)

    def show_findings(self, findings: list[Finding]) -> None:
        self.panel.set_findings(findings)
        self.status.set_findings(findings)

    def check_before_export(self, release: Release, *,
                            media: Mapping[str, bytes] | None = None) -> bool:
        """The window's export check (``api.ExportCheck``; ``export_check.py``)."""
        from presskit_ui.preflight.export_check import check_before_export

        return check_before_export(self, release, media)


def install(window: EditorWindow) -> PreflightFeature:
    return PreflightFeature(window)
