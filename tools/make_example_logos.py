"""Draw the fictional organisations' logos used by examples/ (run once; output committed)."""

from __future__ import annotations

import base64
import io
import json
import sys
from pathlib import Path

from PIL import Image, ImageDraw


def orbit_mark(color: tuple[int, int, int], size: int = 480) -> bytes:
    img = Image.new("RGBA", (size * 2, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    cx, cy, r = size // 2, size // 2, int(size * 0.30)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=(*color, 255))
    d.ellipse([cx - int(r * 1.9), cy - int(r * 0.55), cx + int(r * 1.9), cy + int(r * 0.55)],
              outline=(*color, 255), width=max(6, size // 40))
    d.ellipse([cx + int(r * 1.55), cy - int(r * 0.75), cx + int(r * 1.95), cy - int(r * 0.35)],
              fill=(*color, 255))
    # A wordmark-like set of bars to the right (no text: the name is set in type).
    for k, w in enumerate((0.9, 0.7, 0.8)):
        y = int(size * (0.30 + 0.16 * k))
        d.rounded_rectangle([size, y, size + int(size * w), y + size // 11], radius=size // 24,
                            fill=(*color, 255 if k == 0 else 150))
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=True)
    return buf.getvalue()


def data_url(png: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


if __name__ == "__main__":
    for name, color in (("communique-fr.presskit", (0x1B, 0x3A, 0x6B)),
                        ("release-en.presskit", (0x0B, 0x6E, 0x4F))):
        path = Path(sys.argv[1] if len(sys.argv) > 1 else "examples") / name
        draft = json.loads(path.read_text(encoding="utf-8"))
        draft.setdefault("letterhead", {})["logo"] = data_url(orbit_mark(color))
        path.write_text(json.dumps(draft, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
