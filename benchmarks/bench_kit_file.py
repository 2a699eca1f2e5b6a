"""The kit file (issue 12): reading photo metadata, saving, loading and ``presskit kit add``
for a kit of ten 12-megapixel photos.

    python benchmarks/bench_kit_file.py [--photos 10] [--repeat 5]

* **identify** — ``identify_photo`` on each photo (format, upright size, XMP, IPTC, EXIF):
  it never decodes a pixel, so it must stay far below a decode. Target: median ≤ 10 ms.
* **save / load** — ``dumps_kit`` + atomic write with ``.bak``, then ``load_kit`` (every
  entry read through the bounded stream, CRCs checked). Target: each ≤ 1 s for ten
  12-megapixel JPEGs (about 50 MB).
* **add** — ``presskit kit add KIT photo…`` in a fresh process, as a user runs it (start-up,
  checks, one save). Target: ≤ 3 s for the ten photos.

The photos are drawn once (noise over gradients, so JPEG sizes are those of real photos)
and cached in the temporary folder of the run.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from presskit import draft  # noqa: E402
from presskit.kit.container import dumps_kit, load_kit, save_kit  # noqa: E402
from presskit.kit.model import Kit, Photo  # noqa: E402
from presskit.kit.photos import identify_photo  # noqa: E402
from tests.presskit.kit import factory  # noqa: E402

SIZE = (4000, 3000)  # 12 megapixels
TARGET_IDENTIFY_MS = 10.0
TARGET_SAVE_S = TARGET_LOAD_S = 1.0
TARGET_ADD_S = 3.0
RELEASE = REPO / "examples" / "communique-fr.presskit"


def draw(folder: Path, count: int) -> list[Path]:
    from PIL import Image

    paths = []
    for k in range(count):
        noise = Image.effect_noise(SIZE, 40 + k)
        ramp = Image.linear_gradient("L").resize(SIZE)
        im = Image.merge("RGB", [Image.blend(noise, ramp, 0.5), ramp.transpose(Image.Transpose.ROTATE_180).resize(SIZE), noise])
        xmp = factory.xmp_packet(description=f"Photo {k + 1}", credit="IOV/Bench",
                                 rights="© IOV 2026 – usage presse uniquement")
        iptc = factory.iptc_block(caption=f"Photo {k + 1}", credit="IOV/Bench")
        path = folder / f"photo-{k + 1:02d}.jpg"
        path.write_bytes(factory.jpeg(im, xmp=xmp, iptc=iptc, orientation=6 if k % 3 == 0 else 1,
                                      date_time_original="2026:11:24 10:00:00", quality=90))
        paths.append(path)
    return paths


def timed(fn, repeat: int) -> list[float]:  # type: ignore[no-untyped-def]
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return out


def line(name: str, value: float, unit: str, target: float) -> bool:
    ok = value <= target
    print(f"{name:<34} {value:9.3f} {unit:<3} target ≤ {target:g} {unit}  {'ok' if ok else 'MISSED'}")
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--photos", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = draw(folder, args.photos)
        blobs = [p.read_bytes() for p in paths]
        total_mb = sum(len(b) for b in blobs) / 1e6
        print(f"{args.photos} photos of {SIZE[0]}×{SIZE[1]} px, {total_mb:.1f} MB in all")
        per_photo = [t for b in blobs for t in timed(lambda b=b: identify_photo(b, "p"), args.repeat)]
        kit = Kit(release=draft.load(RELEASE))
        for p, b in zip(paths, blobs, strict=True):
            kit.items.append(Photo(file=kit.add_media(p.name, b), caption=p.stem, credit="IOV"))
        target = folder / "bench.presskit-kit"
        save = timed(lambda: save_kit(kit, target), args.repeat)
        load = timed(lambda: load_kit(target), args.repeat)
        assert dumps_kit(load_kit(target)) == target.read_bytes()
        add_times = []
        for k in range(max(1, args.repeat // 2)):
            fresh = folder / f"add-{k}.presskit-kit"
            subprocess.run([sys.executable, "-m", "presskit", "kit", "new", str(fresh),
                            "--release", str(RELEASE)], check=True, capture_output=True)
            t0 = time.perf_counter()
            subprocess.run([sys.executable, "-m", "presskit", "kit", "add", str(fresh), "-q",
                            "--alt", "x", *map(str, paths)], check=True, capture_output=True)
            add_times.append(time.perf_counter() - t0)
        print(f"kit file: {target.stat().st_size / 1e6:.1f} MB")
        ok = [
            line("identify_photo, median per photo", statistics.median(per_photo) * 1000, "ms",
                 TARGET_IDENTIFY_MS),
            line("save_kit, median", statistics.median(save), "s", TARGET_SAVE_S),
            line("load_kit, median", statistics.median(load), "s", TARGET_LOAD_S),
            line(f"presskit kit add ({args.photos} photos)", statistics.median(add_times), "s",
                 TARGET_ADD_S),
        ]
    return 0 if all(ok) else 1


if __name__ == "__main__":
    raise SystemExit(main())
