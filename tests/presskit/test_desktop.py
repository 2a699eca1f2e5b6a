"""``presskit --install-desktop`` / ``--uninstall-desktop``: launcher, MIME types, icons."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path, PurePosixPath

import pytest
from PIL import Image

from presskit import desktop

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "examples" / "communique-fr.presskit"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def need(tool: str) -> str:
    """The tool's path; CI installs it (make system-deps), so there a missing one fails."""
    path = shutil.which(tool)
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(f"{tool} is missing: make system-deps installs it")
        pytest.skip(f"{tool} is not installed")
    return path


def snapshot(root: Path) -> dict[str, bytes | None]:
    """Every file (its bytes) and folder (None) under *root*."""
    if not root.exists():
        return {}
    return {str(p.relative_to(root)): (p.read_bytes() if p.is_file() else None)
            for p in sorted(root.rglob("*"))}


def entry(text: str) -> dict[str, str]:
    lines = text.splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if line and not line.startswith("#"))


def test_launcher_runs_the_command_given_and_passes_desktop_file_validate(tmp_path: Path) -> None:
    validate = need("desktop-file-validate")
    home = tmp_path / "share"
    desktop.install(home, ["/opt/press kit/bin/presskit"], run=lambda argv: None)
    launcher = home / "applications" / "presskit.desktop"
    proc = subprocess.run([validate, str(launcher)], capture_output=True, text=True)
    assert proc.returncode == 0 and not proc.stdout.strip(), proc.stdout + proc.stderr
    keys = entry(launcher.read_text(encoding="utf-8"))
    assert keys["Exec"] == '"/opt/press kit/bin/presskit" %F'
    assert keys["MimeType"] == "application/x-presskit;application/x-presskit-kit;"
    assert keys["Icon"] == "presskit" and keys["Type"] == "Application"
    assert keys["Terminal"] == "false"


@pytest.mark.parametrize(("command", "expected"), [
    (["/usr/bin/presskit"], "/usr/bin/presskit"),
    (["/usr/bin/python3", "-m", "presskit"], "/usr/bin/python3 -m presskit"),
    (["/home/a b/.local/bin/presskit"], '"/home/a b/.local/bin/presskit"'),
    (["/srv/100%/presskit"], "/srv/100%%/presskit"),
    (['/srv/say "hi"/$x/presskit'], r'"/srv/say \\"hi\\"/\\$x/presskit"'),
])
def test_exec_value_quotes_as_the_desktop_entry_spec_says(command: list[str],
                                                          expected: str) -> None:
    assert desktop.exec_value(command) == expected


def test_exec_value_refuses_a_newline() -> None:
    with pytest.raises(desktop.DesktopError, match="newline"):
        desktop.exec_value(["/tmp/a\nb/presskit"])


def test_launcher_command_is_the_absolute_running_entry_point(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    script = tmp_path / "bin" / "presskit"
    script.parent.mkdir()
    script.write_text("#!/bin/sh\n")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "argv", ["bin/presskit", "--install-desktop"])
    assert desktop.launcher_command() == [str(script)]
    monkeypatch.setattr(sys, "argv", [str(REPO / "presskit" / "__main__.py")])
    assert desktop.launcher_command() == [os.path.abspath(sys.executable), "-m", "presskit"]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert desktop.launcher_command() == [os.path.abspath(sys.executable)]


def test_mime_package_declares_both_document_types() -> None:
    files = desktop.share_files(["/usr/bin/presskit"])
    root = ET.fromstring(files[desktop.MIME_FILE])
    assert root.tag == f"{MIME_NS}mime-info"
    types = {t.get("type"): t for t in root.findall(f"{MIME_NS}mime-type")}
    assert set(types) == {"application/x-presskit", "application/x-presskit-kit"}
    expect = {"application/x-presskit": ("*.presskit", "application/json"),
              "application/x-presskit-kit": ("*.presskit-kit", "application/zip")}
    for name, (glob, parent) in expect.items():
        node = types[name]
        assert [g.get("pattern") for g in node.findall(f"{MIME_NS}glob")] == [glob]
        assert [s.get("type") for s in node.findall(f"{MIME_NS}sub-class-of")] == [parent]
        comments = {c.get("{http://www.w3.org/XML/1998/namespace}lang"): c.text
                    for c in node.findall(f"{MIME_NS}comment")}
        assert comments[None] and comments["fr"]
    # The magic names the draft's own key, and the sample draft carries it where looked for.
    match = types["application/x-presskit"].find(f"{MIME_NS}magic/{MIME_NS}match")
    assert match is not None and match.get("value") == '"presskit"'
    assert b'"presskit"' in SAMPLE.read_bytes()[:64]


def test_icons_come_from_the_package_in_every_hicolor_size() -> None:
    files = desktop.icon_files()
    for name, context in desktop.ICONS.items():
        for size in desktop.ICON_SIZES:
            data = files[PurePosixPath(f"icons/hicolor/{size}x{size}/{context}/{name}.png")]
            with Image.open(io.BytesIO(data)) as image:
                assert image.format == "PNG" and image.size == (size, size)
                assert image.mode == "RGBA"
        svg = ET.fromstring(files[PurePosixPath(f"icons/hicolor/scalable/{context}/{name}.svg")])
        assert svg.tag == "{http://www.w3.org/2000/svg}svg"


def _prepare_existing_tree(home: Path) -> None:
    """A data folder already in use: another app's launcher and MIME type, and a file of
    someone else's where Presskit puts an icon."""
    (home / "applications").mkdir(parents=True)
    (home / "applications" / "other.desktop").write_text(
        "[Desktop Entry]\nType=Application\nName=Other\nExec=other %f\n"
        "MimeType=text/x-other;\n", encoding="utf-8")
    (home / "mime" / "packages").mkdir(parents=True)
    (home / "mime" / "packages" / "other.xml").write_text(
        '<?xml version="1.0"?>\n<mime-info xmlns="http://www.freedesktop.org/standards/'
        'shared-mime-info"><mime-type type="text/x-other"><glob pattern="*.other"/>'
        "</mime-type></mime-info>\n", encoding="utf-8")
    (home / "icons" / "hicolor" / "48x48" / "apps").mkdir(parents=True)
    (home / "icons" / "hicolor" / "48x48" / "apps" / "presskit.png").write_bytes(b"hand-made")
    for tool, folder in (("update-desktop-database", "applications"),
                         ("update-mime-database", "mime")):
        if shutil.which(tool):
            subprocess.run([tool, str(home / folder)], check=True, capture_output=True)


@pytest.mark.parametrize("existing", [False, True], ids=["fresh", "in-use"])
def test_install_then_uninstall_leaves_the_tree_as_before(tmp_path: Path, existing: bool) -> None:
    home = tmp_path / "share"
    if existing:
        _prepare_existing_tree(home)
    before = snapshot(home)
    desktop.install(home, ["/usr/bin/presskit"])
    after_install = snapshot(home)
    for rel in desktop.share_files(["/usr/bin/presskit"]):
        assert str(rel) in after_install, rel
    assert after_install["icons/hicolor/48x48/apps/presskit.png"] != b"hand-made"
    desktop.install(home, ["/usr/local/bin/presskit"])  # again, from elsewhere: updated
    assert "Exec=/usr/local/bin/presskit %F" in \
        (home / "applications" / "presskit.desktop").read_text(encoding="utf-8")
    desktop.uninstall(home)
    assert snapshot(home) == before
    assert home.exists() == existing
    assert desktop.uninstall(home)[0].startswith("No Presskit desktop files")


def test_uninstall_keeps_what_others_added_since(tmp_path: Path) -> None:
    home = tmp_path / "share"
    desktop.install(home, ["/usr/bin/presskit"], run=lambda argv: None)
    mine = home / "icons" / "hicolor" / "64x64" / "apps" / "mine.png"
    mine.write_bytes(b"mine")
    desktop.uninstall(home, run=lambda argv: None)
    assert snapshot(home) == {"icons": None, "icons/hicolor": None, "icons/hicolor/64x64": None,
                              "icons/hicolor/64x64/apps": None,
                              "icons/hicolor/64x64/apps/mine.png": b"mine"}


def test_install_runs_the_cache_tools(tmp_path: Path) -> None:
    need("update-desktop-database")
    need("update-mime-database")
    home = tmp_path / "share"
    desktop.install(home, ["/usr/bin/presskit"])
    cache = (home / "applications" / "mimeinfo.cache").read_text(encoding="utf-8")
    assert "application/x-presskit=presskit.desktop;" in cache
    assert "application/x-presskit-kit=presskit.desktop;" in cache
    globs = (home / "mime" / "globs2").read_text(encoding="utf-8")
    assert "application/x-presskit:*.presskit" in globs
    assert "application/x-presskit-kit:*.presskit-kit" in globs
    assert "application/x-presskit application/json" in \
        (home / "mime" / "subclasses").read_text(encoding="utf-8")


def test_file_manager_sees_a_draft_as_presskit_and_opens_it_with_presskit(tmp_path: Path) -> None:
    xdg_mime = need("xdg-mime")
    need("gio")  # what xdg-mime asks on GNOME, as the file manager does
    need("update-mime-database")
    home = tmp_path / "share"
    desktop.install(home, ["/usr/bin/presskit"])
    env = dict(os.environ, XDG_DATA_HOME=str(home), XDG_CURRENT_DESKTOP="GNOME")
    draft = tmp_path / "communiqué.presskit"
    shutil.copy(SAMPLE, draft)
    nameless = tmp_path / "no-extension"
    shutil.copy(SAMPLE, nameless)
    kit = tmp_path / "dossier.presskit-kit"
    kit.write_bytes(b"PK\x05\x06" + bytes(18))  # an empty ZIP
    # A real kit that lost its name (an attachment saved without extension): known by its
    # content, the stored "mimetype" member first, as ODF files are.
    renamed = tmp_path / "dossier-de-presse"
    shutil.copy(REPO / "examples" / "dossier-heliade-2.presskit-kit", renamed)
    out = {p.name: subprocess.run([xdg_mime, "query", "filetype", str(p)], env=env,
                                  capture_output=True, text=True, check=True).stdout.strip()
           for p in (draft, nameless, kit, renamed)}
    assert out == {draft.name: "application/x-presskit", nameless.name: "application/x-presskit",
                   kit.name: "application/x-presskit-kit",
                   renamed.name: "application/x-presskit-kit"}
    default = subprocess.run([xdg_mime, "query", "default", "application/x-presskit"], env=env,
                             capture_output=True, text=True, check=True).stdout.strip()
    assert default == "presskit.desktop"


def _cli(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "presskit", *args], capture_output=True,
                          text=True, env=env, timeout=120, cwd=REPO)


def test_cli_installs_and_uninstalls_under_xdg_data_home(tmp_path: Path) -> None:
    home = tmp_path / "xdg"
    env = dict(os.environ, XDG_DATA_HOME=str(home), PATH="/nonexistent")  # no cache tools
    proc = _cli(["--install-desktop"], env)
    assert proc.returncode == 0, proc.stderr
    assert "update-mime-database not found" in proc.stdout
    keys = entry((home / "applications" / "presskit.desktop").read_text(encoding="utf-8"))
    assert keys["Exec"] == f"{desktop.exec_value([os.path.abspath(sys.executable)])} -m presskit %F"
    proc = _cli(["--uninstall-desktop"], env)
    assert proc.returncode == 0, proc.stderr
    assert not home.exists()


def test_cli_unwritable_data_folder_is_one_line_exit_2(tmp_path: Path) -> None:
    home = tmp_path / "xdg"
    (home / "applications").parent.mkdir()
    (home / "applications").write_text("a file where a folder should be")
    proc = _cli(["--install-desktop"], dict(os.environ, XDG_DATA_HOME=str(home)))
    assert proc.returncode == 2
    lines = proc.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("presskit: error: ")
    assert "applications" in lines[0] and "Traceback" not in proc.stderr
    assert (home / "applications").read_text() == "a file where a folder should be"


def test_relative_xdg_data_home_is_ignored(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    assert desktop.data_home({"XDG_DATA_HOME": "relative/share"}) == tmp_path / ".local" / "share"
    assert desktop.data_home({"XDG_DATA_HOME": str(tmp_path / "x")}) == tmp_path / "x"
    assert desktop.data_home({}) == tmp_path / ".local" / "share"


@pytest.mark.parametrize("args", [["--install-desktop"], ["--uninstall-desktop"],
                                  ["contacts", "list"]])
def test_desktop_and_contacts_commands_never_import_qt(tmp_path: Path, args: list[str]) -> None:
    code = ("import sys; from presskit.cli import main; rc = main(sys.argv[1:]);"
            "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'presskit_ui'))];"
            "print(rc, bad)")
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path / "xdg"), PATH="/nonexistent")
    proc = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          env=env, timeout=120, cwd=tmp_path)
    assert proc.stdout.strip().splitlines()[-1] == "0 []", proc.stdout + proc.stderr
