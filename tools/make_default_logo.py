"""Draw the default profile's logo and write resources/profiles/default.presskit-letterhead.

The default profile belongs to a fictional organisation, the "Observatoire de
Valmont". Its mark is drawn here with Pillow (a badge with an observatory dome
and a star, no text) so the shipped file holds nothing borrowed. Run once from
the repository root; the output is committed:

    python tools/make_default_logo.py
"""

from __future__ import annotations

import base64
import io
import json
import sys
from pathlib import Path

from PIL import Image, ImageDraw

ACCENT = (0x2B, 0x4C, 0x7E)
GOLD = (0xE8, 0xB9, 0x4A)
SIZE = 600  # final pixels (about 50 mm at 300 dpi)
SS = 4  # supersampling factor for smooth edges

PROFILE = {
    "presskit-letterhead": 1,
    "name": "Observatoire de Valmont",
    "organization": "Observatoire de Valmont",
    "address": "4, route de la Coupole\n99000 Valmont\nFrance",
    "website": "www.observatoire-valmont.example",
    "color": "#{:02X}{:02X}{:02X}".format(*ACCENT),
    "social": ["@observatoire-valmont@social.example"],
    "font": "Noto Sans",
    "paper": "a4",
    "margins": {"top": 18, "right": 20, "bottom": 18, "left": 20},
    "footer": "Observatoire de Valmont — fictional example organisation. "
              "Replace this profile with your own letterhead.",
    "repeat_logo": True,
}


def draw_mark() -> bytes:
    s = SIZE * SS
    img = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    white = (255, 255, 255, 255)
    accent = (*ACCENT, 255)
    # Round badge.
    pad = s * 0.02
    d.ellipse([pad, pad, s - pad, s - pad], fill=accent)
    cx = s / 2
    # Dome: a half disc on a building block, with an open slit.
    dome_r = s * 0.22
    base_y = s * 0.64
    d.pieslice([cx - dome_r, base_y - dome_r, cx + dome_r, base_y + dome_r], 180, 360, fill=white)
    d.rectangle([cx - dome_r * 1.05, base_y, cx + dome_r * 1.05, base_y + s * 0.13], fill=white)
    # Open shutter: a slit from the top of the dome, angled like a pointed telescope.
    slit_w = dome_r * 0.26
    d.polygon([(cx - slit_w / 2 + dome_r * 0.10, base_y - dome_r * 1.02),
               (cx + slit_w / 2 + dome_r * 0.10, base_y - dome_r * 1.02),
               (cx + slit_w / 2 - dome_r * 0.02, base_y - dome_r * 0.35),
               (cx - slit_w / 2 - dome_r * 0.02, base_y - dome_r * 0.35)], fill=accent)
    # A band under the dome.
    d.rectangle([cx - dome_r * 1.05, base_y + s * 0.02, cx + dome_r * 1.05, base_y + s * 0.035],
                fill=accent)
    # Ground line.
    d.rectangle([s * 0.2, base_y + s * 0.13, s * 0.8, base_y + s * 0.145], fill=white)
    # A four-pointed star up and to the right of the slit.
    sx, sy, r1, r2 = s * 0.68, s * 0.26, s * 0.075, s * 0.022
    d.polygon([(sx, sy - r1), (sx + r2, sy - r2), (sx + r1, sy), (sx + r2, sy + r2),
               (sx, sy + r1), (sx - r2, sy + r2), (sx - r1, sy), (sx - r2, sy - r2)],
              fill=(*GOLD, 255))
    # Two small stars.
    for x, y, r in ((0.33, 0.24, 0.016), (0.76, 0.42, 0.012)):
        d.ellipse([s * (x - r), s * (y - r), s * (x + r), s * (y + r)], fill=white)
    img = img.resize((SIZE, SIZE), Image.Resampling.LANCZOS)
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=True)
    return buf.getvalue()


def main(root: Path) -> Path:
    from presskit.images import normalise_image

    # Stored as the app stores every logo, so import/export round trips are byte-stable.
    png = normalise_image(draw_mark(), source="default logo").png
    profile = dict(PROFILE)
    profile["logo"] = "data:image/png;base64," + base64.b64encode(png).decode("ascii")
    # Key order as the app writes it.
    order = ["presskit-letterhead", "name", "organization", "address", "website", "logo",
             "color", "social", "font", "paper", "margins", "footer", "repeat_logo"]
    out = {k: profile[k] for k in order}
    dest = root / "resources" / "profiles" / "default.presskit-letterhead"
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return dest


if __name__ == "__main__":
    repo = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent
    print(main(repo))
