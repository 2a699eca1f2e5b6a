"""Freeze Presskit with PyInstaller and wrap the one-folder bundle in a .deb (``make dist``).

    python packaging/build_deb.py [--skip-freeze] [--out dist]

Run with the freeze venv's Python (``make dist`` makes it: Presskit and its dependencies
installed from PyPI with the ``dist`` extra). Steps:

1. PyInstaller builds ``build/freeze/presskit/`` from ``packaging/presskit.spec``.
2. The package tree: the bundle in ``/opt/presskit``, ``/usr/bin/presskit`` (a symlink),
   and under ``/usr/share`` the launcher (``Exec=/usr/bin/presskit %F``), the MIME types
   and the hicolor icons, all from ``presskit.desktop.share_files`` (the same files
   ``presskit --install-desktop`` writes for one user).
3. ``Depends:`` is worked out as dpkg-shlibdeps would: every shared library the bundle's
   ELF files load from the system (``ldd``) is mapped to its Debian package (``dpkg -S``).
   A library ldd cannot find fails the build, naming the file that needs it.
4. ``dpkg-deb --build --root-owner-group`` writes ``dist/presskit_VERSION_ARCH.deb``.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
HERE = REPO / "packaging"
BUILD = REPO / "build"
BUNDLE = BUILD / "freeze" / "presskit"
ROOT = BUILD / "deb-root"
# Libraries every Debian system has (libc6's), never listed.
_BASE = frozenset({"libc6"})
# Qt plugins that are used only where their libraries already are (a GNOME session has GTK,
# a Wayland session has libwayland): their packages are Recommends, from control.in, and a
# build machine without them still builds.
_OPTIONAL = re.compile(r"/(platformthemes/libqgtk3|[^/]*wayland[^/]*)(/|\.so)", re.IGNORECASE)


def freeze() -> Path:
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
                    "--distpath", str(BUILD / "freeze"), "--workpath", str(BUILD / "pyinstaller"),
                    str(HERE / "presskit.spec")], check=True, cwd=HERE)
    return BUNDLE


def _elf_files(folder: Path) -> list[Path]:
    found = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as fh:
                if fh.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def system_libraries(bundle: Path) -> dict[str, set[str]]:
    """Each system library the bundle loads, with the bundle files that need it."""
    needed: dict[str, set[str]] = {}
    missing: list[str] = []
    env = dict(os.environ, LD_LIBRARY_PATH=os.pathsep.join(
        str(p) for p in {f.parent for f in _elf_files(bundle)}))
    for elf in _elf_files(bundle):
        if _OPTIONAL.search("/" + str(elf.relative_to(bundle))):
            continue
        out = subprocess.run(["ldd", str(elf)], capture_output=True, text=True, env=env).stdout
        for line in out.splitlines():
            name, _, rest = line.strip().partition(" => ")
            if rest.startswith("not found"):
                missing.append(f"{elf.relative_to(bundle)} needs {name}")
            elif rest.startswith("/") and not rest.startswith(str(bundle)):
                needed.setdefault(os.path.realpath(rest.split(" (")[0]), set()).add(
                    str(elf.relative_to(bundle)))
    if missing:
        raise SystemExit("build_deb: libraries not found (install them, or exclude the module):\n  "
                         + "\n  ".join(sorted(set(missing))))
    return needed


def debian_packages(libraries: dict[str, set[str]]) -> list[str]:
    packages: set[str] = set()
    for lib in libraries:
        out = subprocess.run(["dpkg", "-S", lib], capture_output=True, text=True)
        if out.returncode != 0:  # /lib is a symlink to /usr/lib on merged-/usr systems
            alt = re.sub(r"^/usr/lib/", "/lib/", lib)
            out = subprocess.run(["dpkg", "-S", alt], capture_output=True, text=True)
        if out.returncode != 0:
            raise SystemExit(f"build_deb: {lib}: no Debian package ships it")
        packages.add(out.stdout.split(":", 1)[0].strip())
    return sorted(packages - _BASE)


def _architecture() -> str:
    return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                          check=True).stdout.strip()


def _installed_size_kib(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) \
        // 1024 + 1


def assemble(bundle: Path, depends: list[str], version: str) -> Path:
    from presskit.desktop import share_files

    if ROOT.exists():
        shutil.rmtree(ROOT)
    shutil.copytree(bundle, ROOT / "opt" / "presskit", symlinks=True)
    (ROOT / "usr" / "bin").mkdir(parents=True)
    (ROOT / "usr" / "bin" / "presskit").symlink_to("/opt/presskit/presskit")
    for rel, data in share_files(["/usr/bin/presskit"]).items():
        target = ROOT / "usr" / "share" / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    doc = ROOT / "usr" / "share" / "doc" / "presskit"
    doc.mkdir(parents=True)
    shutil.copy(HERE / "debian" / "copyright", doc / "copyright")
    control = (HERE / "debian" / "control.in").read_text(encoding="utf-8")
    control = (control.replace("@VERSION@", version).replace("@ARCH@", _architecture())
               .replace("@DEPENDS@", ", ".join(depends))
               .replace("@SIZE@", str(_installed_size_kib(ROOT))))
    (ROOT / "DEBIAN").mkdir()
    (ROOT / "DEBIAN" / "control").write_text(control, encoding="utf-8")
    for script in ("postinst", "postrm"):
        shutil.copy(HERE / "debian" / script, ROOT / "DEBIAN" / script)
        (ROOT / "DEBIAN" / script).chmod(0o755)
    for path in ROOT.rglob("*"):  # dpkg wants 0755 folders and 0644/0755 files
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() or os.access(path, os.X_OK) else 0o644)
    return ROOT


def build(out: Path, skip_freeze: bool) -> Path:
    from presskit import __version__

    bundle = BUNDLE if skip_freeze else freeze()
    depends = debian_packages(system_libraries(bundle))
    root = assemble(bundle, depends, __version__)
    out.mkdir(parents=True, exist_ok=True)
    deb = out / f"presskit_{__version__}_{_architecture()}.deb"
    subprocess.run(["dpkg-deb", "--build", "--root-owner-group", "-Zxz", str(root), str(deb)],
                   check=True, capture_output=True)
    print(f"build_deb: {deb} ({deb.stat().st_size / 2**20:.1f} MiB; bundle "
          f"{_installed_size_kib(bundle) / 1024:.1f} MiB unpacked)")
    print(f"build_deb: Depends: {', '.join(depends)}")
    return deb


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "dist")
    parser.add_argument("--skip-freeze", action="store_true",
                        help="reuse build/freeze/presskit from an earlier run")
    args = parser.parse_args()
    build(args.out.resolve(), args.skip_freeze)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
