"""A small kit built in memory for the output tests: the French example release, two
documents, photos of every shape a photo desk sends (landscape, portrait, EXIF-rotated,
CMYK, small enough to embed as is), a logo and a link."""

from __future__ import annotations

import copy
import functools
import io
from pathlib import Path

from PIL import Image

from presskit import draft
from presskit.kit.model import Kit, KitDocument, Link, Logo, Photo
from tests.presskit.kit import factory

EXAMPLES = Path(__file__).resolve().parents[3] / "examples"

FACT_SHEET = """## Le satellite

- Masse au lancement : 310 kg
- Orbite héliosynchrone à 790 km

Les « premières lumières » sont attendues en novembre.
"""
BIOGRAPHY = "Claire Dumoulin dirige la science de l'IOV depuis 2019.\n\nElle a rejoint l'institut en 2004."


def big_picture(size: tuple[int, int], hue: int = 0, mode: str = "RGB") -> Image.Image:
    """A test picture at *size*, drawn small and scaled up (drawing 12 MP pixel by pixel
    would take seconds)."""
    w, h = size
    small = factory.picture((max(w // 10, 8), max(h // 10, 8)), hue=hue)
    im = small.resize(size, Image.Resampling.BILINEAR)
    return im.convert(mode) if mode != "RGB" else im


def cmyk_jpeg(size: tuple[int, int]) -> bytes:
    buf = io.BytesIO()
    big_picture(size, hue=200, mode="CMYK").save(buf, "JPEG", quality=90)
    return buf.getvalue()


# (original name, bytes, caption, credit, rights, alt); made once (encoding takes a while)
@functools.cache
def photo_specs() -> list[tuple[str, bytes, str, str, str, str]]:
    return [
        ("pas-de-tir.jpg", factory.jpeg(big_picture((2600, 1733), 10), quality=88),
         "Héliade-2 sur son lanceur, à Kourou, le 14 octobre 2026.",
         "IOV/CNES/S. Martin", "© IOV 2026 – usage presse uniquement",
         "Le lanceur sur son pas de tir, sous un ciel clair"),
        ("portrait-equipe.jpg", factory.jpeg(big_picture((2400, 3600), 60)),
         "L'équipe du centre de contrôle <b>R&D</b>.", "IOV/J. Dupont",
         "© IOV 2026", "Cinq ingénieurs devant les écrans du centre de contrôle"),
        # Stored landscape, EXIF orientation 6: a phone portrait, printed upright.
        ("telephone.jpg", factory.jpeg(big_picture((2000, 1500), 120), orientation=6),
         "Le coronographe en salle blanche.", "IOV", "CC BY-SA 3.0 IGO",
         "Le coronographe posé sur son support en salle blanche"),
        ("cmyk.jpg", cmyk_jpeg((2400, 1600)), "Vue d'artiste du satellite en orbite.",
         "IOV/Studio Orbite", "© IOV 2026", "Le satellite et ses panneaux solaires au-dessus de la Terre"),
        ("petite.jpg", factory.jpeg(big_picture((600, 400), 180), quality=80),
         "Le logo de la mission sur la coiffe.", "IOV", "", ""),
    ]


def make_kit(*, photos: bool = True, documents: bool = True, release: str = "communique-fr.presskit"
             ) -> Kit:
    rel = draft.load(EXAMPLES / release)
    kit = Kit(copy.deepcopy(rel))
    if documents:
        kit.items.append(KitDocument("Héliade-2 en chiffres", FACT_SHEET, "factsheet"))
        kit.items.append(KitDocument("Claire Dumoulin", BIOGRAPHY, "biography"))
    if photos:
        for name, data, caption, credit, rights, alt in photo_specs():
            entry = kit.add_media(name, data)
            kit.items.append(Photo(entry, caption=caption, credit=credit, rights=rights, alt=alt,
                                   original_name=name))
    logo = kit.add_media("logo-iov.png", factory.png(factory.picture((240, 96))))
    kit.items.append(Logo(logo, title="Logo IOV (PNG)", original_name="logo-iov.png"))
    kit.items.append(Link("https://videos.example.org/heliade-2/b-roll", "B-roll du lancement"))
    return kit
