"""Render the hicolor PNGs shipped in resources/icons from their SVG sources.

    python packaging/make_icons.py

The PNGs are committed (a wheel and the frozen bundle need no build step), so this
runs only when an SVG changes. It needs ``rsvg-convert`` (Debian: librsvg2-bin);
Pillow then rewrites each PNG optimised and without a timestamp, so a rerun on the
same SVG gives the same bytes.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
NAMES = ("presskit", "application-x-presskit", "application-x-presskit-kit")
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def render(svg: Path, size: int, out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "raw.png"
        subprocess.run(["rsvg-convert", "-w", str(size), "-h", str(size), str(svg), "-o", str(raw)],
                       check=True)
        with Image.open(raw) as image:
            image.convert("RGBA").save(out, optimize=True)


def main() -> int:
    if shutil.which("rsvg-convert") is None:
        print("make_icons: rsvg-convert not found (apt-get install librsvg2-bin)", file=sys.stderr)
        return 1
    for name in NAMES:
        for size in SIZES:
            render(ICONS / f"{name}.svg", size, ICONS / f"{name}-{size}.png")
    print(f"make_icons: {len(NAMES) * len(SIZES)} PNGs in {ICONS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
