"""The command line: exit codes, one-line errors, atomic output, untouched drafts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from presskit.cli import main

from .test_draft import BAD


def _run(args: list[str], cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    return subprocess.run([sys.executable, "-m", "presskit", *args], capture_output=True,
                          text=True, cwd=cwd, env=env, timeout=120)


def test_export_pdf_writes_file_and_leaves_draft_untouched(tmp_path: Path, examples_dir: Path) -> None:
    src = tmp_path / "fr.presskit"
    src.write_bytes((examples_dir / "communique-fr.presskit").read_bytes())
    before = (src.read_bytes(), src.stat().st_mtime_ns)
    out = tmp_path / "out.pdf"
    proc = _run(["export", str(src), "--pdf", str(out)])
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    assert "Héliade-2" in PdfReader(str(out)).pages[0].extract_text()
    assert (src.read_bytes(), src.stat().st_mtime_ns) == before


def test_default_name_from_reference_and_title(tmp_path: Path, examples_dir: Path) -> None:
    src = tmp_path / "fr.presskit"
    src.write_bytes((examples_dir / "communique-fr.presskit").read_bytes())
    assert main(["export", str(src)]) == 0
    expected = tmp_path / "CP028-2026-heliade-2-transmet-ses-premieres-images-de-la-couronne.pdf"
    assert expected.exists(), list(tmp_path.iterdir())


@pytest.mark.parametrize(("name", "content", "needle", "field"), BAD, ids=[b[0] for b in BAD])
def test_bad_drafts_exit_2_with_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                         name: str, content: bytes | None, needle: str,
                                         field: str | None) -> None:
    path = tmp_path / f"{name}.presskit"
    if content is not None:
        path.write_bytes(content)
    out = tmp_path / "existing.pdf"
    out.write_bytes(b"previous export")
    assert main(["export", str(path), "--pdf", str(out)]) == 2
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"presskit: error: {path}: ")
    assert needle in lines[0] and "Traceback" not in err
    assert out.read_bytes() == b"previous export"


def test_no_traceback_in_a_real_process(tmp_path: Path) -> None:
    bad = tmp_path / "bad.presskit"
    bad.write_text('{"presskit": 1, "date": "2018-02-30"}', encoding="utf-8")
    proc = _run(["export", str(bad)])
    assert proc.returncode == 2
    assert proc.stderr.strip() == (f"presskit: error: {bad}: field 'date': '2018-02-30' is not a "
                                   "real date (day is out of range for month)")


def test_unwritable_output_same_one_line_error(tmp_path: Path, examples_dir: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "missing-folder" / "x.pdf"
    assert main(["export", str(examples_dir / "release-en.presskit"), "--pdf", str(target)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"presskit: error: {target}: the folder does not exist"]
    if os.geteuid() != 0:
        ro = tmp_path / "ro"
        ro.mkdir()
        ro.chmod(0o500)
        assert main(["export", str(examples_dir / "release-en.presskit"), "--pdf",
                     str(ro / "x.pdf")]) == 2


def test_failed_export_keeps_existing_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                             examples_dir: Path) -> None:
    from presskit import atomic

    out = tmp_path / "keep.pdf"
    out.write_bytes(b"old")

    def boom(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", boom)
    assert main(["export", str(examples_dir / "release-en.presskit"), "--pdf", str(out)]) == 2
    assert out.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.pdf"]


def test_unknown_locale_warns_and_exports(tmp_path: Path) -> None:
    src = tmp_path / "x.presskit"
    src.write_text(json.dumps({"presskit": 1, "language": "zz_QQ", "title": "Hello"}), encoding="utf-8")
    proc = _run(["export", str(src), "--pdf", str(tmp_path / "x.pdf")])
    assert proc.returncode == 0
    assert "presskit: warning:" in proc.stderr and "unknown locale 'zz_QQ'" in proc.stderr
    assert "Press release" in PdfReader(str(tmp_path / "x.pdf")).pages[0].extract_text()


def test_missing_glyph_warning_on_stderr(tmp_path: Path) -> None:
    src = tmp_path / "x.presskit"
    src.write_text(json.dumps({"presskit": 1, "title": "Glyph \uf8d0 test"}), encoding="utf-8")
    proc = _run(["export", str(src), "--pdf", str(tmp_path / "x.pdf")])
    assert proc.returncode == 0
    assert "U+F8D0" in proc.stderr and "title" in proc.stderr


def test_core_and_cli_never_import_qt() -> None:
    code = ("import sys, presskit, presskit.cli, presskit.compose, presskit.export, presskit.draft;"
            "import presskit.renderers.pdf, presskit.images, presskit.color;"
            "from presskit.cli import main;"
            "rc = main(['export', sys.argv[1], '--pdf', sys.argv[2], '-q']);"
            "checked = main(['check', sys.argv[1], '--json']) in (0, 1);"
            "kit = main(['kit', 'list', sys.argv[3]]);"
            "kit_pdf = main(['export', sys.argv[3], '--pdf', sys.argv[2] + '.kit.pdf', '-q']);"
            "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))];"
            "print(rc, checked, kit, kit_pdf, bad)")
    examples = Path(__file__).resolve().parents[2] / "examples"
    ex = examples / "communique-fr.presskit"
    kit = examples / "dossier-heliade-2.presskit-kit"
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        proc = subprocess.run([sys.executable, "-c", code, str(ex), str(Path(tmp) / "o.pdf"),
                               str(kit)], capture_output=True, text=True, timeout=120)
    # The last line, after the JSON and the kit list.
    assert proc.stdout.strip().splitlines()[-1] == "0 True 0 0 []", proc.stderr


def test_several_drafts_on_the_command_line_all_reach_the_editor(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import presskit.cli as cli

    opened: list[list[Path]] = []
    monkeypatch.setattr(cli, "_edit", lambda drafts: opened.append(drafts) or 0)
    a, b, c = (tmp_path / f"{n}.presskit" for n in "abc")
    assert main([str(a), str(b), str(c)]) == 0
    assert main([str(a)]) == 0
    assert main(["edit", str(a), str(b)]) == 0
    assert main([]) == 0
    assert opened == [[a, b, c], [a], [a, b], []]
