"""The wheel holds everything the app needs, under package names of ours."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    # setuptools reuses build/lib, so files of an earlier build (since removed, or __pycache__
    # copied by an older configuration) would reach this wheel and hide what it really holds.
    import shutil

    shutil.rmtree(REPO / "build" / "lib", ignore_errors=True)
    proc = subprocess.run([sys.executable, "-m", "pip", "wheel", str(REPO), "--no-deps", "-q",
                           "--no-build-isolation", "-w", str(out)],
                          capture_output=True, text=True, timeout=300)
    if proc.returncode != 0:
        pytest.fail(proc.stderr[-2000:])
    return next(out.glob("presskit-*.whl"))


def test_wheel_contents(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    tops = {n.split("/")[0] for n in names}
    assert {"presskit", "presskit_ui", "presskit_resources"} <= tops
    assert not tops & {"ui", "resources", "tests", "examples"}
    for needed in ("presskit_resources/fonts/NotoSans-Regular.ttf",
                   "presskit_resources/fonts/NotoSans-BoldItalic.ttf",
                   "presskit_resources/fonts/OFL.txt",
                   "presskit_resources/locale/fr/LC_MESSAGES/labels.mo",
                   "presskit_resources/locale/en_GB/LC_MESSAGES/labels.mo",
                   "presskit_resources/locale/fr/LC_MESSAGES/preflight.mo",
                   "presskit/preflight/engine.py",
                   "presskit_resources/schema/presskit-draft-1.schema.json",
                   "presskit_resources/examples/communique-fr.presskit",
                   "presskit_resources/i18n/presskit_fr.qm",
                   "presskit_resources/profiles/default.presskit-letterhead"):
        assert needed in names, needed
    for needed in ("presskit_resources/desktop/presskit.desktop.in",
                   "presskit_resources/desktop/presskit-mime.xml",
                   "presskit_resources/icons/presskit-512.png",
                   "presskit_resources/icons/application-x-presskit-kit.svg"):
        assert needed in names, needed
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]
    # `pip install presskit` alone brings the editor: Qt is no extra.
    meta = zipfile.ZipFile(wheel).read(next(n for n in names if n.endswith("METADATA"))).decode()
    requires = [ln for ln in meta.splitlines() if ln.startswith("Requires-Dist:")]
    for qt in ("PySide6-Essentials", "PySide6-Pdf"):
        line = next(ln for ln in requires if qt in ln)
        assert "extra ==" not in line, line
    entry = next(n for n in names if n.endswith("entry_points.txt"))
    assert "presskit = presskit.cli:main" in zipfile.ZipFile(wheel).read(entry).decode()


def test_installed_wheel_exports_from_its_own_resources(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target",
                    str(target), str(wheel)], check=True, capture_output=True, timeout=300)
    env = dict(os.environ, PYTHONPATH=str(target))
    code = ("import presskit_resources, presskit, sys;"
            "from presskit.cli import main;"
            "print(presskit_resources.__file__); print(presskit.__file__);"
            "sys.exit(main(['export', sys.argv[1], '--pdf', sys.argv[2], '-q']))")
    out = tmp_path / "fr.pdf"
    proc = subprocess.run([sys.executable, "-c", code, str(REPO / "examples" / "communique-fr.presskit"),
                           str(out)], capture_output=True, text=True, env=env, cwd=tmp_path,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    res_file, pkg_file = proc.stdout.splitlines()[:2]
    assert res_file.startswith(str(target)) and pkg_file.startswith(str(target))
    assert out.read_bytes().startswith(b"%PDF")


def test_bundled_sample_is_the_french_example() -> None:
    from presskit.resources import example_path

    bundled = example_path("communique-fr.presskit").read_bytes()
    assert bundled == (REPO / "examples" / "communique-fr.presskit").read_bytes()
