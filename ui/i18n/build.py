"""Refresh the interface catalogs: extract strings (lupdate) and compile them (lrelease).

    python ui/i18n/build.py

Sources are every module of the editor (``ui/**/*.py``); translations are edited in
``ui/i18n/presskit_<lang>.ts`` (Qt Linguist works well) and compiled to
``resources/i18n/presskit_<lang>.qm``, which ships in the wheel and is loaded by
``presskit_ui.translations``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("fr",)


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    return found


def main() -> int:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py")
                     if "i18n" not in p.parts)
    out = ROOT / "resources" / "i18n"
    out.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        ts = f"ui/i18n/presskit_{lang}.ts"
        subprocess.run([tool("pyside6-lupdate"), *sources, "-ts", ts, "-no-obsolete",
                        "-source-language", "en", "-target-language", lang], cwd=ROOT, check=True)
        subprocess.run([tool("pyside6-lrelease"), ts, "-qm", str(out / f"presskit_{lang}.qm")],
                       cwd=ROOT, check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
