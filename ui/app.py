"""Starting the editor: ``presskit`` / ``presskit DRAFT.presskit`` end up in ``run``.

    run(argv) -> exit code

Sets up the QApplication (high-DPI, names, icon, interface language), the
application context, a last-resort error handler that autosaves everyone's
work before explaining, the offer to recover autosaves left by a crash, and
then opens the drafts given; with none, an empty window and the start choices over it
(blank release, from a letterhead profile, recent files, the sample release).
"""

from __future__ import annotations

import contextlib
import faulthandler
import os
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from presskit_ui.context import AppContext
from presskit_ui.translations import UiTranslations
from presskit_ui.workarounds import apply_switch_interval

_crash_log: Any = None


def app_icon() -> QIcon:
    from presskit.resources import icon_path

    icon = QIcon()
    for name in ("presskit.svg", "presskit-256.png", "presskit-64.png", "presskit-32.png"):
        with contextlib.suppress(FileNotFoundError, ModuleNotFoundError):
            path = icon_path(name)
            if path.exists():
                icon.addFile(str(path))
    return icon


def create_application(args: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication([sys.argv[0] if sys.argv else "presskit", *(args or [])])
    # The preview's worker thread holds the GIL while reportlab works: a shorter switch
    # interval hands the GUI thread its turn sooner (presskit_ui.workarounds).
    apply_switch_interval()
    app.setApplicationName("Presskit")
    app.setOrganizationName("Presskit")
    app.setApplicationDisplayName("Presskit")
    app.setDesktopFileName("presskit")
    app.setWindowIcon(app_icon())
    return app


class ExceptHook:
    """``sys.excepthook`` that remembers the hook it replaced (put back at exit)."""

    def __init__(self, handle: Callable[[type[BaseException], BaseException, Any], None],
                 previous: Callable[..., object]):
        self.handle = handle
        self.previous = previous

    def __call__(self, exc_type: type[BaseException], exc: BaseException, tb: Any) -> None:
        self.handle(exc_type, exc, tb)

    def on_thread(self, args: threading.ExceptHookArgs) -> None:
        """``threading.excepthook``: a worker's exception goes the same way."""
        if args.exc_value is not None:
            self.handle(args.exc_type, args.exc_value, args.exc_traceback)


def install_excepthook(manager: Any) -> ExceptHook:
    """Unexpected errors: autosave every window first, then a dialog with "Copy details"."""
    from presskit_ui.widgets import ErrorDialog

    busy = threading.Lock()
    previous = sys.excepthook

    def hook(exc_type: type[BaseException], exc: BaseException, tb: Any) -> None:
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        sys.stderr.write(details)
        if _crash_log is not None:
            with contextlib.suppress(Exception):
                _crash_log.write(details)
                _crash_log.flush()
        if issubclass(exc_type, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        if threading.current_thread() is not threading.main_thread():
            return  # no widgets off the GUI thread; the runner reports its own failures
        if not busy.acquire(blocking=False):
            return  # an error while showing the error: already on stderr
        try:
            saved = 0
            with contextlib.suppress(Exception):
                saved = manager.autosave_all()
            parent = QApplication.activeWindow()
            message = QCoreApplication.translate("App", "Something unexpected went wrong in Presskit.")
            if saved:
                message += " " + QCoreApplication.translate(
                    "App", "Your work has been saved automatically and will be offered for "
                    "recovery if Presskit has to close.")
            else:
                message += " " + QCoreApplication.translate(
                    "App", "You can keep working; please save your draft.")
            ErrorDialog.show_error(parent, QCoreApplication.translate("App", "Unexpected error"),
                                   message, details)
        finally:
            busy.release()

    installed = ExceptHook(hook, previous)
    sys.excepthook = installed
    threading.excepthook = installed.on_thread
    return installed


def _enable_faulthandler(data_dir: Path) -> None:
    """A hard crash (segfault) still leaves a trace in the data folder and on stderr."""
    global _crash_log
    with contextlib.suppress(OSError):
        _crash_log = open(data_dir / "crash.log", "a", encoding="utf-8")  # noqa: SIM115
        faulthandler.enable(_crash_log)


def run(argv: list[str] | None = None) -> int:
    """Open the editor window(s) and run until the last one closes."""
    argv = list(sys.argv[1:] if argv is None else argv)
    app = create_application()
    ctx = AppContext.create()
    translations = UiTranslations(app)
    translations.install(ctx.prefs.ui_language)
    ctx.ui_translations = translations

    from presskit_ui.window.manager import WindowManager

    manager = WindowManager(ctx)
    manager.on_preferences.append(lambda: translations.install(ctx.prefs.ui_language))
    hook = install_excepthook(manager)
    _enable_faulthandler(ctx.data_dir)
    if os.environ.get("PRESSKIT_DEVHOOKS"):
        from presskit_ui import devhooks

        devhooks.install(app, manager)

    _sweep_leftovers(ctx)
    manager.offer_recovery()
    files = [a for a in argv if not a.startswith("-")]
    manager.open_paths([Path(name) for name in files])
    if not manager.windows:
        window = manager.new_window()
        if not files:
            from presskit_ui.window.starter import start

            QTimer.singleShot(0, lambda: start(manager, window, reuse=window))
    app.setQuitOnLastWindowClosed(True)
    try:
        return int(app.exec())
    finally:
        for w in list(manager.windows):
            w.shutdown()
        sys.excepthook = hook.previous
        _close_crash_log(ctx.data_dir)


def _sweep_leftovers(ctx: AppContext) -> None:
    """Temp files of saves and autosaves killed last time go before anything is offered."""
    from presskit.draft_safety import sweep_leftovers

    recent: list[str | os.PathLike[str]] = list(ctx.prefs.recent_files)
    sweep_leftovers(ctx.data_dir, recent)  # never raises


def _close_crash_log(data_dir: Path) -> None:
    """A clean exit leaves no empty crash log behind."""
    global _crash_log
    if _crash_log is None:
        return
    with contextlib.suppress(Exception):
        faulthandler.disable()
        _crash_log.close()
    _crash_log = None
    log = data_dir / "crash.log"
    with contextlib.suppress(OSError):
        if log.stat().st_size == 0:
            log.unlink()
