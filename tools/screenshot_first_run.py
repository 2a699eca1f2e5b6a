"""Take the README screenshots of the first window: docs/first-run-en.png and -fr.png.

    python tools/screenshot_first_run.py [--out docs] [--lang en fr]

Runs ``presskit`` with no draft, as on a first start (a throw-away data folder with two
recent drafts listed), under a private Xvfb display (Qt's offscreen platform when Xvfb is
missing), and saves the screen once the start choices are shown over the empty window.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshot import ROOT, start_xvfb  # the sibling tool's Xvfb helper

SHOT = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from presskit_ui.app import create_application
from presskit_ui.context import AppContext
from presskit_ui.translations import UiTranslations
from presskit_ui.window import starter
from presskit_ui.window.manager import WindowManager
from presskit_ui.window.start_dialog import StartDialog

out = sys.argv[1]
app = create_application()
ctx = AppContext.create()
UiTranslations(app).install(ctx.prefs.get("ui_language"))
manager = WindowManager(ctx)
window = manager.new_window()
window.move(40, 30)
dlg = StartDialog(window, starter.profile_names(ctx), starter.recent_paths(ctx))

def show():
    dlg.show()
    dlg.raise_()
    QTimer.singleShot(2500, shoot)

def shoot():
    screen = QGuiApplication.primaryScreen()
    picture = screen.grabWindow(0)
    if picture.isNull() or QGuiApplication.platformName() == "offscreen":
        picture = window.grab()
    picture.save(out)
    print("saved", out, file=sys.stderr)
    for w in list(manager.windows):
        w.shutdown()
    app.quit()

window.preview.painted.connect(lambda *_: QTimer.singleShot(300, show))
QTimer.singleShot(8000, show)
app.exec()
"""


def shoot(lang: str, out: Path, size: str) -> int:
    data = Path(tempfile.mkdtemp(prefix="presskit-first-run-"))
    (data / "config").mkdir()
    examples = ROOT / "examples"
    recent = [str(p) for p in sorted(examples.glob("*.presskit"))[:3]]
    (data / "config" / "preferences.json").write_text(
        json.dumps({"ui_language": lang, "recent_files": recent}), encoding="utf-8")
    xvfb, display = start_xvfb(size)
    # The system locale of a user of that language: a blank release is written in it.
    system = {"en": "en_US.UTF-8", "fr": "fr_FR.UTF-8"}.get(lang, "C.UTF-8")
    env = {**os.environ, "PRESSKIT_DATA_DIR": str(data), "LANG": system, "LC_ALL": system}
    if display:
        env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
    else:
        env["QT_QPA_PLATFORM"] = "offscreen"
        print("Xvfb not found: using Qt's offscreen platform", file=sys.stderr)
    try:
        return subprocess.run([sys.executable, "-c", SHOT, str(out)], env=env,
                              timeout=120).returncode
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait()
        shutil.rmtree(data, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", default=str(ROOT / "docs"))
    parser.add_argument("--size", default="1440x900")
    parser.add_argument("--lang", nargs="+", default=["en", "fr"])
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for lang in args.lang:
        status = shoot(lang, out / f"first-run-{lang}.png", args.size)
        if status:
            return status
        print(out / f"first-run-{lang}.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
