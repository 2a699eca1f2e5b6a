"""``make dist``: the frozen one-folder bundle in a .deb, unpacked and run with no Python.

Slow (about 2 minutes: PyInstaller, then xz): ``pytest -m slow``; ``make test`` runs it as
its own step (``make test-dist``).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "examples" / "communique-fr.presskit"
# What Qt's xcb platform loads from the system (checked with ldd on the frozen plugins).
XCB_RUNTIME = ("libxcb-cursor0", "libxkbcommon-x11-0", "libegl1", "libgl1", "libfontconfig1",
               "libdbus-1-3", "libxcb-icccm4", "libxcb-keysyms1", "libx11-xcb1", "libfreetype6")


def need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(f"{tool} is missing: make system-deps installs it")
        pytest.skip(f"{tool} is not installed")
    return path


@pytest.fixture(scope="module")
def deb() -> Path:
    need("dpkg-deb")
    proc = subprocess.run(["make", "-s", "-C", str(REPO), "dist"], capture_output=True,
                          text=True, timeout=1500)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    built = sorted((REPO / "dist").glob("presskit_*.deb"), key=lambda p: p.stat().st_mtime)
    assert built, proc.stdout
    return built[-1]


@pytest.fixture(scope="module")
def root(deb: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("deb-root")
    subprocess.run(["dpkg-deb", "-x", str(deb), str(target)], check=True)
    return target


def bare_env(tmp: Path, **extra: str) -> dict[str, str]:
    """No Python anywhere: no PATH to an interpreter, no PYTHON* variables, no venv."""
    empty = tmp / "empty-path"
    empty.mkdir(exist_ok=True)
    return {"HOME": str(tmp), "PATH": str(empty), "LANG": "C.UTF-8",
            "PRESSKIT_DATA_DIR": str(tmp / "data"), **extra}


def test_deb_lays_out_the_app_launcher_types_and_icons(deb: Path) -> None:
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True,
                             check=True).stdout.splitlines()
    assert all(" root/root " in line for line in listing)
    names = {line.split()[5].lstrip(".") for line in listing}
    for path in ("/opt/presskit/presskit", "/usr/share/applications/presskit.desktop",
                 "/usr/share/mime/packages/presskit.xml",
                 "/usr/share/icons/hicolor/512x512/apps/presskit.png",
                 "/usr/share/icons/hicolor/scalable/mimetypes/application-x-presskit.svg",
                 "/usr/share/icons/hicolor/16x16/mimetypes/application-x-presskit-kit.png",
                 "/usr/share/doc/presskit/copyright"):
        assert path in names, path
    link = next(line for line in listing if line.split()[5] == "./usr/bin/presskit")
    assert link.startswith("l") and link.endswith("-> /opt/presskit/presskit")
    depends = subprocess.run(["dpkg-deb", "-f", str(deb), "Depends"], capture_output=True,
                             text=True, check=True).stdout
    listed = {d.strip() for d in depends.split(",")}
    assert set(XCB_RUNTIME) <= listed, set(XCB_RUNTIME) - listed
    # Spelling: Enchant comes from the system (pyenchant loads it), the dictionaries too.
    assert "libenchant-2-2" in listed
    recommends = subprocess.run(["dpkg-deb", "-f", str(deb), "Recommends"],
                                capture_output=True, text=True, check=True).stdout
    assert "hunspell-fr" in recommends and "hunspell-en-us" in recommends
    control = subprocess.run(["dpkg-deb", "-I", str(deb), "postinst"], capture_output=True,
                             text=True, check=True).stdout
    assert "update-desktop-database" in control and "update-mime-database" in control


def test_deb_launcher_runs_usr_bin_presskit_and_validates(root: Path) -> None:
    launcher = root / "usr" / "share" / "applications" / "presskit.desktop"
    proc = subprocess.run([need("desktop-file-validate"), str(launcher)], capture_output=True,
                          text=True)
    assert proc.returncode == 0 and not proc.stdout.strip(), proc.stdout
    assert "Exec=/usr/bin/presskit %F" in launcher.read_text(encoding="utf-8").splitlines()


def test_bundle_carries_every_resource(root: Path) -> None:
    internal = root / "opt" / "presskit" / "_internal"
    res = internal / "presskit_resources"
    for rel in ("fonts/NotoSans-Regular.ttf", "fonts/OFL.txt", "locale/fr/LC_MESSAGES/labels.mo",
                "schema/presskit-draft-1.schema.json", "i18n/presskit_fr.qm",
                "examples/communique-fr.presskit", "icons/presskit-512.png",
                "desktop/presskit-mime.xml"):
        assert (res / rel).is_file(), rel
    source = {p.relative_to(REPO / "resources") for p in (REPO / "resources").rglob("*")
              if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".py"}
    frozen = {p.relative_to(res) for p in res.rglob("*") if p.is_file()}
    assert source <= frozen, sorted(map(str, source - frozen))[:10]
    qt_translations = internal / "PySide6" / "Qt" / "translations"
    assert (qt_translations / "qtbase_fr.qm").is_file()


def test_unpacked_bundle_exports_the_french_example_without_python(root: Path,
                                                                  tmp_path: Path) -> None:
    out = tmp_path / "out.pdf"
    proc = subprocess.run([str(root / "opt" / "presskit" / "presskit"), "export", str(SAMPLE),
                           "--pdf", str(out)], capture_output=True, text=True, timeout=120,
                          env=bare_env(tmp_path), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    text = " ".join(page.extract_text() for page in PdfReader(str(out)).pages)
    assert "Héliade-2" in text and "Communiqué de presse" in text


def test_unpacked_bundle_checks_spelling_with_the_systems_dictionaries(root: Path,
                                                                      tmp_path: Path) -> None:
    draft = json.loads(SAMPLE.read_text(encoding="utf-8"))
    draft["title"] = "Héliade-2 transmet ses premièrres images"
    typo = tmp_path / "typo.presskit"
    typo.write_text(json.dumps(draft, ensure_ascii=False), encoding="utf-8")
    proc = subprocess.run([str(root / "opt" / "presskit" / "presskit"), "check", str(typo),
                           "--json"], capture_output=True, text=True, timeout=120,
                          env=bare_env(tmp_path), cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    spelling = [f for f in json.loads(proc.stdout) if f["code"] == "spelling"]
    assert [(f["field"], f["word"]) for f in spelling] == [("title", "premièrres")]
    assert "premières" in spelling[0]["suggestions"]


@pytest.fixture
def xvfb(tmp_path: Path) -> Iterator[str]:
    read, write = os.pipe()
    server = subprocess.Popen([need("Xvfb"), "-displayfd", str(write), "-screen", "0",
                               "1280x900x24", "-nolisten", "tcp"], pass_fds=(write,),
                              stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as fh:
        display = ":" + fh.readline().strip()
    try:
        yield display
    finally:
        server.terminate()
        server.wait(timeout=10)


def _window_names(display: str) -> list[str]:
    out = subprocess.run([need("xwininfo"), "-display", display, "-root", "-tree"],
                         capture_output=True, text=True, timeout=30).stdout
    return [line.split('"')[1] for line in out.splitlines() if line.count('"') >= 2]


def test_unpacked_bundle_opens_each_draft_in_its_own_window_under_xvfb(
        root: Path, tmp_path: Path, xvfb: str) -> None:
    drafts = [tmp_path / "premier.presskit", tmp_path / "second.presskit"]
    for draft in drafts:
        shutil.copy(SAMPLE, draft)
    app = subprocess.Popen([str(root / "opt" / "presskit" / "presskit"), *map(str, drafts)],
                           env=bare_env(tmp_path, DISPLAY=xvfb), cwd=tmp_path,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 60
        titles: list[str] = []
        while time.monotonic() < deadline and app.poll() is None:
            titles = [t for t in _window_names(xvfb) if t.endswith("Presskit")]
            if all(any(d.name in t for t in titles) for d in drafts):
                break
            time.sleep(0.5)
        assert app.poll() is None, app.communicate()[0][-2000:]
        assert all(any(d.name in t for t in titles) for d in drafts), titles
        shot = tmp_path / "editor.png"
        grab = ("import sys; from PySide6.QtGui import QGuiApplication;"
                "app = QGuiApplication(['grab']);"
                "sys.exit(0 if app.primaryScreen().grabWindow(0).save(sys.argv[1]) else 1)")
        from PIL import Image

        # A window is mapped (its title seen) before it first paints: grab until the screen
        # shows the menus, the form and the PDF preview, for at most 30 s (a fixed 2 s wait
        # failed on a loaded machine with a still black screen).
        colours: list[tuple[int, tuple[int, int, int]]] | None = None
        paint_deadline = time.monotonic() + 30
        while True:
            subprocess.run([sys.executable, "-c", grab, str(shot)], check=True, timeout=60,
                           env=dict(os.environ, DISPLAY=xvfb, QT_QPA_PLATFORM="xcb"))
            with Image.open(shot) as image:
                colours = image.convert("RGB").getcolors(maxcolors=1 << 20)
            if (colours is not None and len(colours) > 50) or time.monotonic() > paint_deadline:
                break
            time.sleep(0.5)
        assert colours is not None and len(colours) > 50  # menus, form, the PDF preview
    finally:
        app.terminate()
        try:
            app.wait(timeout=20)
        except subprocess.TimeoutExpired:
            app.kill()
            app.wait()
