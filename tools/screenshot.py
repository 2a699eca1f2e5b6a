"""Take the README screenshots of the editor: docs/editor.png and docs/editor-typing.png.

    python tools/screenshot.py [--draft examples/communique-fr.presskit] [--out docs]

Starts a private Xvfb display (falls back to Qt's offscreen platform when Xvfb
is missing), runs ``presskit DRAFT`` exactly as a user would, waits for the
first preview render, saves the window, then types into the title and saves a
second picture while typing. The editor quits without touching the draft; its
data folder is a throw-away one, so no preferences or autosaves are left behind.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def start_xvfb(size: str) -> tuple[subprocess.Popen | None, str | None]:
    if not shutil.which("Xvfb"):
        return None, None
    for n in range(90, 110):
        if Path(f"/tmp/.X{n}-lock").exists():
            continue
        proc = subprocess.Popen(["Xvfb", f":{n}", "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(50):
            if Path(f"/tmp/.X11-unix/X{n}").exists():
                return proc, f":{n}"
            if proc.poll() is not None:
                break
            time.sleep(0.1)
        proc.kill()
    return None, None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--draft", default=str(ROOT / "examples" / "communique-fr.presskit"))
    parser.add_argument("--out", default=str(ROOT / "docs"))
    parser.add_argument("--size", default="1440x900")
    parser.add_argument("--lang", default="fr", help="interface language for the shot")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    data = Path(tempfile.mkdtemp(prefix="presskit-shot-"))
    (data / "config").mkdir()
    # Not a first run (no sample substitution), interface language chosen for the README.
    (data / "config" / "preferences.json").write_text(
        json.dumps({"ui_language": args.lang}), encoding="utf-8")
    xvfb, display = start_xvfb(args.size)
    env = {**os.environ, "PRESSKIT_DATA_DIR": str(data), "PRESSKIT_DEVHOOKS": "1",
           "PRESSKIT_SCREENSHOT": str(out / "editor.png"),
           "PRESSKIT_SCREENSHOT_TYPING": str(out / "editor-typing.png")}
    if display:
        env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
    else:
        env["QT_QPA_PLATFORM"] = "offscreen"
        print("Xvfb not found: using Qt's offscreen platform", file=sys.stderr)
    try:
        cmd = [sys.executable, "-m", "presskit", args.draft]
        done = subprocess.run(cmd, env=env, timeout=120)
        if done.returncode != 0:
            print(f"the editor exited with {done.returncode}", file=sys.stderr)
            return done.returncode
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait()
        shutil.rmtree(data, ignore_errors=True)
    for name in ("editor.png", "editor-typing.png"):
        print(out / name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
