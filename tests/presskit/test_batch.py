"""Batch export (issue 16): names, isolated failures, folders, determinism, cancel, Ctrl+C."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import threading
import time
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from presskit import batch_cli
from presskit.batch import STAGING_PREFIX, BatchExport, NamePlanner, Outcome, Progress
from presskit.cli import main

EN_STEM = "NOL-2026-041-northwind-orbital-selects-harbor-finch-for-lunar-logistics"
FR_STEM = "CP028-2026-heliade-2-transmet-ses-premieres-images-de-la-couronne"


def _variant(examples_dir: Path, folder: Path, name: str, reference: str, title: str,
             source: str = "release-en.presskit") -> Path:
    data = json.loads((examples_dir / source).read_text(encoding="utf-8"))
    data["reference"], data["title"] = reference, title
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _copy(examples_dir: Path, folder: Path, source: str, name: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / (name or source)
    path.write_bytes((examples_dir / source).read_bytes())
    return path


def _pdf_text(path: Path) -> str:
    return "".join(page.extract_text() for page in PdfReader(str(path)).pages)


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()
                  if p.name.startswith(STAGING_PREFIX) or p.name.endswith(".tmp"))


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


# -- names -------------------------------------------------------------------------------------
def test_planner_suffixes_in_claim_order_case_insensitively() -> None:
    p = NamePlanner()
    assert [p.claim(s) for s in ("a", "b", "A", "a", "a-2", "b")] == \
        ["a", "b", "A-2", "a-3", "a-2-2", "b-2"]


def test_colliding_names_get_suffixes_in_input_order_and_the_summary_says_so(
        tmp_path: Path, examples_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in"
    first = _copy(examples_dir, src, "release-en.presskit", "b.presskit")
    second = _copy(examples_dir, src, "release-en.presskit", "a.presskit")
    third = _variant(examples_dir, src, "c.presskit", "NOL-2026-041",
                     "Northwind orbital selects Harbor+Finch for lunar-logistics mission!")
    out = tmp_path / "out"
    assert main(["export", str(first), str(second), str(third), "--outdir", str(out),
                 "-j", "2"]) == 0
    captured = capsys.readouterr()
    assert captured.out.strip() == \
        "3 exported, 0 failed, 2 renamed (name already used in this batch)"
    assert sorted(p.name for p in out.iterdir()) == \
        [f"{EN_STEM}-2.pdf", f"{EN_STEM}-3.pdf", f"{EN_STEM}.pdf"]
    # Input order decides, not file names or which worker finished first.
    notes = captured.err.strip().splitlines()
    assert notes == [
        f"presskit: note: {second}: written as {EN_STEM}-2 (.pdf): the name {EN_STEM} is "
        "taken by an earlier input of this batch",
        f"presskit: note: {third}: written as {EN_STEM}-3 (.pdf): the name {EN_STEM} is "
        "taken by an earlier input of this batch"]
    assert "lunar-logistics mission!" in _pdf_text(out / f"{EN_STEM}-3.pdf")
    assert "Selects Harbor & Finch for Lunar" in _pdf_text(out / f"{EN_STEM}.pdf")


# -- failures ----------------------------------------------------------------------------------
def test_a_failure_in_the_middle_is_one_line_and_the_others_are_exported(
        tmp_path: Path, examples_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in"
    good1 = _copy(examples_dir, src, "communique-fr.presskit")
    broken = src / "broken.presskit"
    broken.write_text('{"presskit": 1, "title": 42}', encoding="utf-8")
    missing = src / "missing.presskit"
    good2 = _copy(examples_dir, src, "release-en.presskit")
    out = tmp_path / "out"
    code = main(["export", str(good1), str(broken), str(missing), str(good2), "--outdir",
                 str(out), "--txt", "-j", "2"])
    captured = capsys.readouterr()
    assert code == 2
    errors = captured.err.strip().splitlines()
    assert len(errors) == 2
    assert errors[0].startswith(f"presskit: error: {broken}: ") and "title" in errors[0]
    assert errors[1].startswith(f"presskit: error: {missing}: ") and "no such file" in errors[1]
    assert "Traceback" not in captured.err
    assert captured.out.strip() == "2 exported, 2 failed"
    assert sorted(p.name for p in out.iterdir()) == [f"{FR_STEM}.txt", f"{EN_STEM}.txt"]
    assert "Héliade-2" in (out / f"{FR_STEM}.txt").read_text(encoding="utf-8")


def test_an_output_in_the_way_fails_that_input_only(tmp_path: Path, examples_dir: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in"
    fr = _copy(examples_dir, src, "communique-fr.presskit")
    en = _copy(examples_dir, src, "release-en.presskit")
    out = tmp_path / "out"
    (out / f"{FR_STEM}.pdf").mkdir(parents=True)  # a folder where the PDF would go
    assert main(["export", str(fr), str(en), "--outdir", str(out)]) == 2
    captured = capsys.readouterr()
    assert captured.err.strip() == f"presskit: error: {out / FR_STEM}.pdf: is a folder"
    assert "Selects Harbor & Finch" in _pdf_text(out / f"{EN_STEM}.pdf")
    assert _leftovers(out) == []


@pytest.mark.parametrize(("argv", "message"), [
    (["--pdf", "x.pdf"], "--pdf: a batch names every file from its reference and title; "
                         "give the option without a file name"),
    (["-j", "0"], "-j 0: the number of workers must be at least 1"),
])
def test_bad_batch_options_exit_2_with_one_line(tmp_path: Path, examples_dir: Path,
                                                capsys: pytest.CaptureFixture[str],
                                                argv: list[str], message: str) -> None:
    src = _copy(examples_dir, tmp_path / "in", "release-en.presskit")
    out = tmp_path / "out"
    assert main(["export", str(src), "--outdir", str(out), *argv]) == 2
    assert capsys.readouterr().err.strip().splitlines() == [f"presskit: error: {message}"]
    assert not out.exists()


def test_several_inputs_need_an_output_folder(tmp_path: Path, examples_dir: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    a = _copy(examples_dir, tmp_path, "release-en.presskit")
    b = _copy(examples_dir, tmp_path, "communique-fr.presskit")
    assert main(["export", str(a), str(b)]) == 2
    assert capsys.readouterr().err.strip() == \
        "presskit: error: several inputs need --outdir DIR (the folder to export into)"
    assert sorted(p.name for p in tmp_path.iterdir()) == [b.name, a.name]


def test_an_output_folder_that_is_a_file_is_refused(tmp_path: Path, examples_dir: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    src = _copy(examples_dir, tmp_path / "in", "release-en.presskit")
    out = tmp_path / "out"
    out.write_bytes(b"not a folder")
    assert main(["export", str(src), "--outdir", str(out)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith(f"presskit: error: {out}: ")
    assert out.read_bytes() == b"not a folder"


# -- folders -----------------------------------------------------------------------------------
def test_a_folder_means_the_drafts_directly_inside_it(tmp_path: Path, examples_dir: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "archive"
    _copy(examples_dir, src, "communique-fr.presskit")
    _copy(examples_dir, src, "pressemitteilung-de.presskit")
    _copy(examples_dir, src, "release-en.presskit", "release-en.presskit.bak")
    _copy(examples_dir, src, "release-en.presskit", ".hidden.presskit")
    _copy(examples_dir, src / "older", "release-en.presskit")
    (src / "notes.txt").write_text("not a draft", encoding="utf-8")
    empty = tmp_path / "empty"
    empty.mkdir()
    out = tmp_path / "out"
    assert main(["export", str(src), str(empty), "--outdir", str(out), "--docx"]) == 2
    captured = capsys.readouterr()
    assert captured.err.strip() == (f"presskit: error: {empty}: no drafts (.presskit) or kits "
                                    "(.presskit-kit) in this folder")
    assert captured.out.strip() == "2 exported, 1 failed"
    names = sorted(p.name for p in out.iterdir())
    assert names == [f"{FR_STEM}.docx",
                     "PM-2026-014-sternwarte-lindenhohe-zeigt-die-ersten-bilder-ihres-neuen.docx"]
    with zipfile.ZipFile(out / names[1]) as z:
        assert "Sternwarte" in z.read("word/document.xml").decode("utf-8")


def test_one_folder_alone_is_a_batch_and_needs_an_output_folder(
        tmp_path: Path, examples_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "archive"
    _copy(examples_dir, src, "communique-fr.presskit")
    assert main(["export", str(src)]) == 2
    assert capsys.readouterr().err.strip() == \
        f"presskit: error: {src}: a folder need --outdir DIR (the folder to export into)"


# -- determinism -------------------------------------------------------------------------------
def test_the_same_bytes_with_one_worker_or_two(tmp_path: Path, examples_dir: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764547200")
    src = tmp_path / "in"
    for name in ("communique-fr.presskit", "pressemitteilung-de.presskit", "release-en.presskit"):
        _copy(examples_dir, src, name)
    for k in range(3):
        _variant(examples_dir, src, f"v{k}.presskit", f"CP{k:03d}-2026", f"Release number {k}",
                 source="communique-fr.presskit")
    outputs = {}
    for jobs in ("1", "2"):
        out = tmp_path / f"out-{jobs}"
        assert main(["export", str(src), "--outdir", str(out), "--all", "-q", "-j", jobs]) == 0
        outputs[jobs] = {p.name: p.read_bytes() for p in sorted(out.iterdir())}
    assert len(outputs["1"]) == 6 * 5
    assert outputs["1"] == outputs["2"]
    # ... and the bytes a single export writes.
    single = tmp_path / "single.pdf"
    assert main(["export", str(src / "release-en.presskit"), "--pdf", str(single)]) == 0
    assert single.read_bytes() == outputs["1"][f"{EN_STEM}.pdf"]


# -- cancel and Ctrl+C -------------------------------------------------------------------------
def test_a_cancelled_batch_leaves_whole_files_only_and_its_workers_exit(
        tmp_path: Path, examples_dir: Path) -> None:
    src = tmp_path / "in"
    for k in range(10):
        _variant(examples_dir, src, f"r{k:02d}.presskit", f"R{k:02d}", f"Release {k}")
    out = tmp_path / "out"
    cancel = threading.Event()
    seen: list[Outcome] = []

    def on_outcome(outcome: Outcome) -> None:
        seen.append(outcome)
        if len(seen) == 2:
            cancel.set()

    result = BatchExport([src], out, ("pdf", "docx"), jobs=2, cancel=cancel,
                         on_outcome=on_outcome).run()
    assert result.cancelled and not result.interrupted
    assert len(result.outcomes) == 2 and result.not_done == 8
    assert result.summary() == "2 exported, 0 failed, 8 not exported"
    assert sorted(p.name for p in out.iterdir()) == sorted(
        f"R{k:02d}-release-{k}.{ext}" for k in (0, 1) for ext in ("pdf", "docx"))
    assert "Release 1" in _pdf_text(out / "R01-release-1.pdf")
    pids = {o.worker for o in seen}
    assert pids and os.getpid() not in pids
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(_alive(pid) for pid in pids)


def test_a_worker_killed_mid_batch_fails_its_input_only(tmp_path: Path,
                                                       examples_dir: Path) -> None:
    src = tmp_path / "in"
    for k in range(6):
        _variant(examples_dir, src, f"r{k}.presskit", f"R{k}", f"Release {k}")
    out = tmp_path / "out"

    def on_outcome(outcome: Outcome) -> None:
        if outcome.index == 0:  # its worker has been sent input 1 already: kill it
            os.kill(outcome.worker, signal.SIGKILL)

    result = BatchExport([src], out, ("pdf",), jobs=1, on_outcome=on_outcome).run()
    assert not result.cancelled and len(result.outcomes) == 6
    assert [o.ok for o in result.outcomes] == [True, False, True, True, True, True]
    assert result.failed[0].error == (f"{src / 'r1.presskit'}: the export stopped: its worker "
                                      "process was killed by SIGKILL (out of memory?)")
    assert result.summary() == "5 exported, 1 failed"
    assert len({o.worker for o in result.exported}) == 2  # a new worker took over
    assert sorted(p.name for p in out.iterdir()) == \
        [f"R{k}-release-{k}.pdf" for k in (0, 2, 3, 4, 5)]


def test_ctrl_c_stops_the_batch_and_says_what_was_done(tmp_path: Path,
                                                       examples_dir: Path) -> None:
    src = tmp_path / "in"
    for k in range(40):
        _variant(examples_dir, src, f"r{k:02d}.presskit", f"R{k:02d}", f"Release {k}")
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-m", "presskit", "export", str(src), "--outdir",
                             str(out), "--pdf", "--docx", "-j", "1"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not (out.exists() and any(out.glob("*.pdf"))):
        time.sleep(0.02)
    proc.send_signal(signal.SIGINT)
    stdout, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130, stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in stderr, stderr
    done = len(list(out.glob("*.pdf")))
    assert 1 <= done < 40
    assert lines[0] == f"presskit: interrupted: {done} exported, 0 failed, {40 - done} not exported"
    assert stdout == ""
    assert _leftovers(out) == []
    assert sorted(p.stem for p in out.glob("*.docx")) == sorted(p.stem for p in out.glob("*.pdf"))
    for pdf in out.glob("*.pdf"):
        assert pdf.stem.split("-release-")[1] in _pdf_text(pdf).replace("Release ", "")


# -- progress ----------------------------------------------------------------------------------
class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_no_progress_bar_when_stderr_is_not_a_terminal(
        tmp_path: Path, examples_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = _copy(examples_dir, tmp_path / "in", "release-en.presskit")
    assert main(["export", str(src), "--outdir", str(tmp_path / "out")]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    assert captured.out == "1 exported, 0 failed\n"


def test_a_progress_bar_on_a_terminal(tmp_path: Path, examples_dir: Path,
                                      monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in"
    _copy(examples_dir, src, "release-en.presskit")
    _copy(examples_dir, src, "communique-fr.presskit")
    tty = _Tty()
    monkeypatch.setattr(sys, "stderr", tty)
    assert main(["export", str(src), "--outdir", str(tmp_path / "out")]) == 0
    drawn = tty.getvalue()
    assert "\r\x1b[K[------------------------] 0/2  communique-fr.presskit" in drawn
    assert "] 2/2" in drawn
    assert drawn.endswith("\r\x1b[K")  # the bar is cleared before the summary
    assert capsys.readouterr().out == "2 exported, 0 failed\n"


def test_the_bar_shows_done_total_the_current_file_and_the_time_left() -> None:
    p = Progress(done=6, total=24, failed=0, current=Path("/x/CP028-2026.presskit"), elapsed=3.0)
    assert p.seconds_left == pytest.approx(9.0)
    assert batch_cli.bar_line(p, 80) == \
        "[######------------------] 6/24  CP028-2026.presskit  0:09 left"
    assert batch_cli.bar_line(p, 60) == \
        "[######------------------] 6/24  CP028-2026.pre…  0:09 left"
    assert batch_cli.bar_line(p, 48) == "[######------------------] 6/24  0:09 left"
    assert batch_cli.format_duration(3725) == "1:02:05"
    # Once two are done, the pace since the first one: the start-up is not counted again.
    paced = Progress(done=6, total=24, failed=0, current=None, elapsed=3.0, since_first=1.0)
    assert paced.seconds_left == pytest.approx(1.0 / 5 * 18)


# -- kits --------------------------------------------------------------------------------------
def test_kits_export_their_pdf_zip_and_newsroom_and_their_release_formats(
        tmp_path: Path, examples_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "campaign"
    _copy(examples_dir, src, "communique-fr.presskit")
    _copy(examples_dir, src, "dossier-heliade-2.presskit-kit")
    (src / "z-damaged.presskit-kit").write_bytes(b"PK\x03\x04 not a kit")
    out = tmp_path / "out"
    code = main(["export", str(src), "--outdir", str(out), "--pdf", "--zip", "--html", "--txt",
                 "-j", "2"])
    captured = capsys.readouterr()
    assert code == 2
    errors = [line for line in captured.err.splitlines() if "error" in line]
    assert len(errors) == 1 and errors[0].startswith(
        f"presskit: error: {src / 'z-damaged.presskit-kit'}: ")
    assert captured.out.strip() == \
        "2 exported, 1 failed, 1 renamed (name already used in this batch)"
    kit = f"{FR_STEM}-2"  # the kit's release has the draft's reference and title
    assert sorted(p.name for p in out.iterdir()) == sorted([
        f"{FR_STEM}.pdf", f"{FR_STEM}.txt", f"{FR_STEM}.html",  # the draft: no ZIP
        f"{kit}.pdf", f"{kit}.zip", kit, f"{kit}.txt"])
    kit_pages = PdfReader(str(out / f"{kit}.pdf")).pages
    assert len(kit_pages) > len(PdfReader(str(out / f"{FR_STEM}.pdf")).pages)
    assert "Photos" in "".join(p.extract_text() for p in kit_pages)
    with zipfile.ZipFile(out / f"{kit}.zip") as z:
        assert z.namelist()[0] == f"{FR_STEM}/index.html"
        assert z.read(f"{FR_STEM}/index.html") == (out / kit / "index.html").read_bytes()
    assert (out / kit / "dossier-de-presse.pdf").read_bytes() == \
        (out / f"{kit}.pdf").read_bytes()
    assert (out / f"{kit}.txt").read_text(encoding="utf-8") == \
        (out / f"{FR_STEM}.txt").read_text(encoding="utf-8")
    assert _leftovers(out) == []


def test_a_newsroom_folder_is_written_into_an_existing_one(tmp_path: Path,
                                                           examples_dir: Path) -> None:
    kit = _copy(examples_dir, tmp_path / "in", "dossier-heliade-2.presskit-kit")
    out = tmp_path / "out"
    older = out / FR_STEM / "index.html"
    older.parent.mkdir(parents=True)
    older.write_text("from an older export", encoding="utf-8")
    notes = out / FR_STEM / "notes.txt"
    notes.write_text("the user's own file", encoding="utf-8")
    assert main(["export", str(kit), "--outdir", str(out), "--html", "-q"]) == 0
    assert "Héliade-2" in older.read_text(encoding="utf-8")
    assert notes.read_text(encoding="utf-8") == "the user's own file"  # as --html DIR does
    assert (out / FR_STEM / "photos").is_dir()
    assert sorted(p.name for p in out.iterdir()) == [FR_STEM]


def test_importing_the_engine_starts_no_multiprocessing() -> None:
    """The editor imports presskit.batch at start-up (File ▸ Export Folder…): the pool's
    multiprocessing (about 16 ms) loads only when a batch runs."""
    import subprocess
    import sys

    code = "import sys, presskit.batch; print('multiprocessing' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=60, check=True).stdout.strip()
    assert out == "False"
