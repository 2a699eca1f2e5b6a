"""Photos from professional cameras: a 61-megapixel press photo (Sony α7R, 9504 × 6336) is
added and printed; a 120-megapixel one is refused at ``kit add`` with one line.

Photos have their own cap (``MAX_PHOTO_PIXELS``, 100 MP), above the logos' 40 MP, and Pillow's
bomb guard is raised to it only while a photo is opened or decoded. Printing stays bounded in
memory because libjpeg decodes the photo at a reduced scale (``Image.draft``): measured on the
build machine (Python 3.11), the peak RSS of ``presskit export KIT --pdf`` is 84 MB for the
kit with the 61 MP photo against 51 MB for the same kit with a 64 × 48 photo; with
``Image.draft`` disabled it is 330 MB (the photo decoded whole is 172 MiB of RGB).
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from presskit.cli import main
from presskit.kit import photos
from presskit.kit.container import load_kit
from presskit.kit.photos import identify_photo
from tests.presskit.kit import factory

ROOT = Path(__file__).resolve().parents[3]
EXAMPLES = ROOT / "examples"
ALPHA7R = (9504, 6336)  # 60.2 megapixels


def _camera_jpeg(size: tuple[int, int], mode: str = "RGB") -> bytes:
    """A photo of *size* pixels, cheaply: a small picture blown up, in flat blocks that JPEG
    compresses to about a megabyte."""
    small = factory.picture((64, 48)).convert(mode)
    buf = io.BytesIO()
    small.resize(size, Image.Resampling.NEAREST).save(buf, "JPEG", quality=80)
    return buf.getvalue()


@pytest.fixture(scope="module")
def photo_61mp(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("camera") / "alpha7r.jpg"
    path.write_bytes(_camera_jpeg(ALPHA7R))
    return path


def _new_kit(tmp_path: Path, name: str = "kit.presskit-kit") -> Path:
    kit = tmp_path / name
    assert main(["kit", "new", str(kit), "--release", str(EXAMPLES / "release-en.presskit")]) == 0
    return kit


def test_a_61_megapixel_photo_is_added_and_printed(tmp_path: Path, photo_61mp: Path) -> None:
    kit = _new_kit(tmp_path)
    assert main(["kit", "add", str(kit), str(photo_61mp), "--caption", "The hall at dawn",
                 "--credit", "Northwind/J. Doe", "--alt", "A test hall"]) == 0
    loaded = load_kit(kit)
    assert loaded.media[loaded.items[0].file] == photo_61mp.read_bytes()  # kept byte for byte
    out = tmp_path / "kit.pdf"
    assert main(["export", str(kit), "--pdf", str(out)]) == 0
    reader = PdfReader(out)
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "The hall at dawn" in text and "Northwind/J. Doe" in text
    images = [img for page in reader.pages for img in page.images]
    photo = max(images, key=lambda img: img.image.width * img.image.height)
    # Downscaled to at most 300 dpi at its printed size: an A4 page is 2480 px wide at 300 dpi.
    assert 1000 < photo.image.width <= 2480 and photo.image.height < ALPHA7R[1]
    assert Image.MAX_IMAGE_PIXELS == photos.PILLOW_DEFAULT_MAX_PIXELS  # the guard put back


def test_a_120_megapixel_photo_is_refused_with_one_line(tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    kit = _new_kit(tmp_path)
    before = kit.read_bytes()
    big = tmp_path / "medium-format.jpg"
    big.write_bytes(_camera_jpeg((12000, 10000), mode="L"))
    capsys.readouterr()
    assert main(["kit", "add", str(kit), str(big)]) == 2
    err = capsys.readouterr().err
    assert err.splitlines() == [
        f"presskit: error: {big}: image is 12000×10000 pixels (120 megapixels), over the limit "
        "for photos (100 megapixels, 30000 pixels a side)"]
    assert kit.read_bytes() == before
    assert Image.MAX_IMAGE_PIXELS == photos.PILLOW_DEFAULT_MAX_PIXELS


def test_the_photo_cap_and_pillows_guard() -> None:
    png = _png_header
    assert identify_photo(png(8256, 5504), "z9.png").width == 8256  # 45 MP, Nikon Z9
    with pytest.raises(photos.ImageError) as err:
        identify_photo(png(15000, 10000), "big.png")  # past Pillow's own 89 MP default
    assert str(err.value) == ("big.png: image is 15000×10000 pixels (150 megapixels), over the "
                              "limit for photos (100 megapixels, 30000 pixels a side)")
    with pytest.raises(photos.ImageError, match="decompression bomb"):
        identify_photo(png(30000, 30000), "bomb.png")  # past twice the raised guard
    assert Image.MAX_IMAGE_PIXELS == photos.PILLOW_DEFAULT_MAX_PIXELS
    with photos.photo_bomb_guard():
        with photos.photo_bomb_guard():
            assert Image.MAX_IMAGE_PIXELS == photos.MAX_PHOTO_PIXELS
        assert Image.MAX_IMAGE_PIXELS == photos.MAX_PHOTO_PIXELS  # still held once
    assert Image.MAX_IMAGE_PIXELS == photos.PILLOW_DEFAULT_MAX_PIXELS


def _png_header(width: int, height: int) -> bytes:
    import struct
    import zlib

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    chunk = b"IHDR" + ihdr
    return (b"\x89PNG\r\n\x1a\n" + struct.pack(">I", len(ihdr)) + chunk
            + struct.pack(">I", zlib.crc32(chunk)) + b"\x00\x00\x00\x00IEND\xaeB`\x82")


# The peak RSS of the child alone: /proc's VmHWM belongs to the address space exec made (the
# child's ru_maxrss would start from the parent's, which made the 61 MP photo).
_PEAK = """
import json, re, resource, sys
from pathlib import Path
from presskit.cli import main
rc = main(["export", sys.argv[1], "--pdf", sys.argv[2]])
status = Path("/proc/self/status")
found = re.search(r"VmHWM:\\s+(\\d+) kB", status.read_text()) if status.exists() else None
peak = int(found.group(1)) if found else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps([rc, peak // 1024]))
"""


def _peak_mb(kit: Path, out: Path) -> int:
    done = subprocess.run([sys.executable, "-c", _PEAK, str(kit), str(out)], cwd=ROOT,
                          capture_output=True, text=True, timeout=300, check=True)
    rc, peak = json.loads(done.stdout.splitlines()[-1])
    assert rc == 0, done.stderr
    return int(peak)


def test_printing_a_61_megapixel_photo_keeps_memory_bounded(tmp_path: Path,
                                                            photo_61mp: Path) -> None:
    small_photo = tmp_path / "small.jpg"
    small_photo.write_bytes(factory.jpeg(factory.picture((64, 48))))
    small, big = _new_kit(tmp_path, "small.presskit-kit"), _new_kit(tmp_path, "big.presskit-kit")
    assert main(["kit", "add", str(small), str(small_photo), "--credit", "N"]) == 0
    assert main(["kit", "add", str(big), str(photo_61mp), "--credit", "N"]) == 0
    base = _peak_mb(small, tmp_path / "small.pdf")
    peak = _peak_mb(big, tmp_path / "big.pdf")
    print(f"peak RSS: {peak} MB with the 61 MP photo, {base} MB with a 64 × 48 one")
    whole = ALPHA7R[0] * ALPHA7R[1] * 3 // 1_048_576  # 172 MiB to decode it whole
    assert peak - base < whole // 2


def test_the_editor_thumbnail_of_a_photo_under_the_cap(tmp_path: Path) -> None:
    """96.8 MP: past Pillow's own 89 MP, under the photo cap: the Kit dock shows it."""
    from presskit.kit.incoming import THUMB_PX, thumbnail_png

    png = thumbnail_png(_camera_jpeg((11000, 8800), mode="L"))
    with Image.open(io.BytesIO(png)) as im:
        assert max(im.size) == THUMB_PX and im.size[0] > im.size[1]
    assert Image.MAX_IMAGE_PIXELS == photos.PILLOW_DEFAULT_MAX_PIXELS
