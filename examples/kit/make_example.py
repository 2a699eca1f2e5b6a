"""Build the example press kit, ``examples/dossier-heliade-2.presskit-kit``, from this folder.

    python examples/kit/make_example.py            build the kit from the sources here
    python examples/kit/make_example.py --photos   first draw the three photos again

The kit is the "dossier de presse" of the fictional Institut orbital du Vercors around
``examples/communique-fr.presskit``: a fact sheet, a biography and a Q&A (Markdown), three
photos drawn with Pillow that carry their caption, credit and rights as photo desks ship
them (XMP and IPTC-IIM; the portrait is stored sideways with EXIF orientation 6, as a phone
takes it), the logo and a link to B-roll. It is built with the ``presskit kit`` commands
themselves, with ``SOURCE_DATE_EPOCH`` set, so the same sources give the same kit.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
KIT = HERE.parent / "dossier-heliade-2.presskit-kit"
RELEASE = HERE.parent / "communique-fr.presskit"
EPOCH = "1764576000"  # 2025-12-01 08:00 UTC: the timestamp of every entry

DOCUMENTS = ["fiche-technique.md", "biographie-claire-dumoulin.md", "questions-reponses.md"]
# (file, alt text): captions, credits and rights come from the photos' own metadata, and so
# does the alt text where the photo carries one (None).
PHOTOS = [
    ("heliade-2-salle-blanche.jpg",
     "Le satellite Héliade-2, un cube doré aux deux panneaux solaires déployés, dans une salle "
     "blanche bleutée"),
    ("couronne-solaire.png", None),  # its alt text is in its XMP (IPTC 2021 "Alt Text")
    ("centre-de-controle.jpg",
     "Portrait : une ingénieure devant les écrans du centre de contrôle, de nuit"),
]
LOGO = "logo-iov.svg"
LINK = ("https://videos.iov.example/heliade-2/b-roll", "Images d'illustration (B-roll), 4K, 3 min")


def draw_photos(folder: Path) -> None:
    """Draw the three photos and write them with their metadata."""
    sys.path.insert(0, str(REPO))
    from PIL import Image, ImageDraw, ImageFilter

    from tests.presskit.kit import factory

    rights = "© IOV 2026 – usage presse uniquement"
    # 1. The satellite in the clean room: XMP and IPTC-IIM, as an agency's JPEG.
    w, h = 1600, 1000
    room = Image.linear_gradient("L").resize((w, h)).convert("RGB")
    room = Image.merge("RGB", [room.getchannel(0).point(lambda v: 40 + v // 4),
                               room.getchannel(0).point(lambda v: 70 + v // 3),
                               room.getchannel(0).point(lambda v: 120 + v // 2)])
    d = ImageDraw.Draw(room)
    d.rectangle((0, 780, w, h), fill=(200, 205, 215))  # the floor
    for x in range(0, w, 200):
        d.line((x, 780, x - 120, h), fill=(170, 175, 190), width=3)
    d.rectangle((640, 360, 960, 680), fill=(214, 168, 58), outline=(120, 90, 20), width=6)
    for x0 in (180, 1000):  # the solar panels
        d.rectangle((x0, 440, x0 + 420, 600), fill=(24, 40, 96), outline=(200, 200, 210), width=4)
        for gx in range(x0, x0 + 420, 60):
            d.line((gx, 440, gx, 600), fill=(90, 110, 170), width=2)
        d.line((x0 + 420 if x0 < 640 else x0, 520, 640 if x0 < 640 else 960, 520),
               fill=(180, 180, 180), width=8)
    d.ellipse((760, 250, 840, 330), fill=(230, 230, 230), outline=(90, 90, 90), width=4)
    xmp = factory.xmp_packet(
        description="Le satellite Héliade-2 en salle blanche à Grenoble, avant son départ "
                    "pour Kourou.", creator="Lucie Barrand", credit="IOV/L. Barrand",
        rights=rights, date="2026-08-27")
    iptc = factory.iptc_block(caption="Héliade-2 en salle blanche, Grenoble.",
                              credit="IOV/L. Barrand", bylines=("Lucie Barrand",),
                              copyright=rights, date="20260827")
    (folder / PHOTOS[0][0]).write_bytes(factory.jpeg(room, xmp=xmp, iptc=iptc, quality=82))

    # 2. The corona seen by the coronagraph: a PNG whose XMP sits in an iTXt chunk.
    size = 1600  # print quality: at least 1,500 px on the long side
    glow = Image.radial_gradient("L").resize((size, size)).point(lambda v: max(0, 255 - v * 2))
    glow = glow.filter(ImageFilter.GaussianBlur(10))
    corona = Image.merge("RGB", [glow, glow.point(lambda v: v * 3 // 5),
                                 glow.point(lambda v: v // 6)])
    d = ImageDraw.Draw(corona)
    for angle in range(0, 360, 24):  # streamers
        d.pieslice((70, 70, size - 70, size - 70), angle, angle + 3, fill=(255, 190, 90))
    corona = corona.filter(ImageFilter.GaussianBlur(5))
    d = ImageDraw.Draw(corona)
    c = size // 2
    d.ellipse((c - 267, c - 267, c + 267, c + 267), fill=(8, 8, 12))  # the occulting disk
    xmp = factory.xmp_packet(
        description="Première image de la couronne solaire prise par le coronographe CORA "
                    "d'Héliade-2, le 24 novembre 2026.",
        credit="IOV/Héliade-2/CORA", rights=rights, date="2026-11-24",
        alt="La couronne solaire orangée autour du disque noir du coronographe")
    (folder / PHOTOS[1][0]).write_bytes(factory.png(corona, xmp=xmp, compressed=True))

    # 3. A phone portrait in the control room: stored sideways with EXIF orientation 6,
    #    IPTC-IIM only, a by-line and no credit line, and the EXIF date it was taken.
    pw, ph = 1200, 1600  # a 3:4 phone portrait, drawn on a 900 x 1200 grid scaled by 4/3
    night = Image.linear_gradient("L").resize((pw, ph)).point(lambda v: 10 + v // 6)
    portrait = Image.merge("RGB", [night, night, night.point(lambda v: v * 2)])
    d = ImageDraw.Draw(portrait)

    def at(*xy: int) -> tuple[int, ...]:
        return tuple(v * 4 // 3 for v in xy)

    for row in range(3):  # the screens
        for col in range(3):
            x, y = 60 + col * 280, 80 + row * 200
            d.rectangle(at(x, y, x + 240, y + 150), fill=(20, 70 + 40 * row, 110), outline=(160, 200, 230), width=4)
            d.line(at(x + 20, y + 110, x + 90, y + 60, x + 160, y + 90, x + 220, y + 40),
                   fill=(120, 240, 160), width=5)
    d.ellipse(at(360, 720, 540, 900), fill=(150, 105, 80))  # head
    d.rounded_rectangle(at(260, 880, 640, 1240), radius=107, fill=(40, 60, 110))  # shoulders
    d.polygon([at(450, 20), at(420, 60), at(480, 60)], fill=(255, 255, 255))  # "this way up"
    sideways = portrait.transpose(Image.Transpose.ROTATE_90)  # orientation 6 turns it back
    iptc = factory.iptc_block(caption="Astrid Kowalczyk, responsable des opérations, au centre "
                                      "de contrôle de l'IOV pendant la recette en vol.",
                              bylines=("Théo N'Diaye",), copyright=rights)
    (folder / PHOTOS[2][0]).write_bytes(
        factory.jpeg(sideways, iptc=iptc, orientation=6,
                     date_time_original="2026:11:24 22:41:07", quality=80))


def build(out: Path, sources: Path = HERE) -> None:
    """Build the kit from *sources* into *out* with the ``presskit kit`` commands."""
    sys.path.insert(0, str(REPO))
    from presskit.atomic import write_bytes
    from presskit.cli import main

    old = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = EPOCH
    try:
        with tempfile.TemporaryDirectory() as tmp:
            kit = Path(tmp) / out.name
            steps = [
                ["kit", "new", str(kit), "--release", str(RELEASE)],
                ["kit", "add", str(kit), *(str(sources / d) for d in DOCUMENTS)],
                *(["kit", "add", str(kit), str(sources / name), *(["--alt", alt] if alt else [])]
                  for name, alt in PHOTOS),
                ["kit", "add", str(kit), str(sources / LOGO), "--kind", "logo",
                 "--title", "Logo de l'Institut orbital du Vercors"],
                ["kit", "add", str(kit), "--link", LINK[0], "--description", LINK[1]],
            ]
            for argv in steps:
                if main([*argv[:2], *argv[2:], *(["-q"] if argv[1] == "add" else [])]) != 0:
                    raise SystemExit(f"make_example: failed: presskit {' '.join(argv)}")
            write_bytes(out, kit.read_bytes())
    finally:
        if old is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
        else:
            os.environ["SOURCE_DATE_EPOCH"] = old


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--photos", action="store_true", help="draw the photos again first")
    args = parser.parse_args()
    if args.photos or not all((HERE / name).exists() for name, _ in PHOTOS):
        draw_photos(HERE)
    build(KIT)
    print(f"{KIT} ({KIT.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
