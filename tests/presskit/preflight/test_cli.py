"""``presskit check DRAFT|KIT [--json] [--lang LOCALE]``: lines, JSON, exit statuses."""

from __future__ import annotations

import datetime as dt
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from presskit import draft
from presskit.cli import main
from presskit.kit.container import save_kit
from presskit.kit.model import Kit, Photo
from presskit.model import Release
from tests.presskit.preflight.support import good_release


def _draft(tmp_path: Path, release: Release, name: str = "r.presskit") -> Path:
    # Far from any test run's clock: the embargo is never past, whatever today is.
    if release.embargo is not None:
        release.embargo = dt.datetime(2099, 1, 1, 9, 0, tzinfo=dt.UTC)
    path = tmp_path / name
    draft.save(release, path, backup=False)
    return path


def test_nothing_found_exits_0_and_prints_nothing(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    path = _draft(tmp_path, good_release())
    assert main(["check", str(path)]) == 0
    out = capsys.readouterr()
    assert out.out == "" and out.err == ""


def test_findings_one_line_each_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    release = good_release()
    release.title = ""
    release.contacts[0].email = "press@"
    release.body += "\n\nThe mision."
    path = _draft(tmp_path, release)
    assert main(["check", str(path), "--lang", "en"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"{path}: title: error: The release has no headline."
    assert f"{path}: contacts[0].email: error: Contact 1: “press@” is not a valid email address." \
        in lines
    assert any(line.startswith(f"{path}: body: warning: Body text: “mision” is not in the "
                               "English (United States) dictionary") for line in lines)
    assert len(lines) == 3


def test_json_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    release = good_release()
    release.body += "\n\nThe mision."
    release.letterhead.color = "#AAAAAA"
    path = _draft(tmp_path, release)
    assert main(["check", str(path), "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    by_code = {d["code"]: d for d in data}
    assert set(by_code) == {"contrast", "spelling"}
    assert by_code["contrast"]["field"] == "letterhead.color"
    assert by_code["contrast"]["severity"] == "warning"
    assert "suggestions" not in by_code["contrast"] and "word" not in by_code["contrast"]
    spelling = by_code["spelling"]
    assert spelling["word"] == "mision" and "mission" in spelling["suggestions"]
    assert set(spelling) >= {"code", "field", "severity", "message", "word", "suggestions"}


def test_json_empty_list_when_nothing_found(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(_draft(tmp_path, good_release())), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_lang_fr_messages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    release = good_release()
    release.contacts = []
    path = _draft(tmp_path, release)
    assert main(["check", str(path), "--lang", "fr"]) == 1
    assert capsys.readouterr().out == (
        f"{path}: contacts: error: Le communiqué n’a aucun contact presse.\n")


def test_interface_language_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    release = good_release()
    release.contacts = []
    path = _draft(tmp_path, release)
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    assert main(["check", str(path)]) == 1
    assert "aucun contact presse" in capsys.readouterr().out


def test_embargo_past_from_the_command_line(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    release = good_release()
    path = _draft(tmp_path, release)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["embargo"] = "2001-01-01T09:00:00+00:00"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert main(["check", str(path), "--json"]) == 1
    assert [d["code"] for d in json.loads(capsys.readouterr().out)] == ["embargo-past"]


@pytest.mark.parametrize("content", [None, b"{not json", b'{"presskit": 99}'])
def test_unreadable_draft_exits_2_with_one_line(tmp_path: Path, content: bytes | None,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bad.presskit"
    if content is not None:
        path.write_bytes(content)
    assert main(["check", str(path)]) == 2
    out = capsys.readouterr()
    assert out.out == ""
    (line,) = out.err.splitlines()
    assert line.startswith(f"presskit: error: {path}")


def test_no_traceback_in_a_real_process(tmp_path: Path) -> None:
    path = tmp_path / "bad.presskit"
    path.write_text("[1, 2", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "presskit", "check", str(path), "--json"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2 and proc.stdout == ""
    assert "Traceback" not in proc.stderr and proc.stderr.count("\n") == 1


def _kit_path(tmp_path: Path, *, credit: str, size: tuple[int, int]) -> Path:
    release = good_release()
    release.embargo = dt.datetime(2099, 1, 1, 9, 0, tzinfo=dt.UTC)
    buf = io.BytesIO()
    Image.new("RGB", size, (30, 60, 90)).save(buf, "JPEG")
    photo = Photo(file="media/01-pad.jpg", original_name="pad.jpg", caption="The pad.",
                  credit=credit, alt="The launch pad at dawn.")
    kit = Kit(release=release, items=[photo], media={photo.file: buf.getvalue()})
    path = tmp_path / "k.presskit-kit"
    save_kit(kit, path, backup=False)
    return path


def test_kit_photos_checked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = _kit_path(tmp_path, credit="NOL/J. Doe", size=(1800, 1200))
    assert main(["check", str(good)]) == 0
    capsys.readouterr()
    good.unlink()
    bad = _kit_path(tmp_path, credit="", size=(800, 600))
    assert main(["check", str(bad), "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert [(d["code"], d["field"]) for d in data] == [("credit", "items[0].credit"),
                                                       ("resolution", "items[0]")]
    assert "800 × 600 px" in data[1]["message"]


def test_unreadable_kit_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "broken.presskit-kit"
    path.write_bytes(b"PK\x03\x04 not a zip at all")
    assert main(["check", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"presskit: error: {path}") and err.count("\n") == 1


def test_stale_contact_from_the_users_contact_book(tmp_path: Path, isolated_data_dir: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    from presskit.contacts.db import open_book
    from presskit.contacts.model import BookContact

    with open_book(isolated_data_dir, daily_backup=False) as book:
        entry = book.add(BookContact(display_name="Jordan Whitfield",
                                     last_verified=dt.date(2001, 3, 5)))
    release = good_release()
    release.contacts[0].book_id = entry.id
    path = _draft(tmp_path, release)
    assert main(["check", str(path), "--json"]) == 1
    (found,) = json.loads(capsys.readouterr().out)
    assert (found["code"], found["field"]) == ("stale-contact", "contacts[0]")
    assert "March 5, 2001" in found["message"]


def test_a_reader_that_stops_early_gets_no_error(tmp_path: Path) -> None:
    release = good_release()
    release.body += "\n\n" + " ".join(["mision"] * 3000)
    path = _draft(tmp_path, release)
    proc = subprocess.run(f"'{sys.executable}' -m presskit check '{path}' | head -c 10",
                          shell=True, capture_output=True, text=True, timeout=120)
    assert len(proc.stdout) == 10 and proc.stderr == ""


def test_several_files_each_checked_and_named(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    good = _draft(tmp_path, good_release(), "good.presskit")
    bad_release = good_release()
    bad_release.contacts = []
    bad = _draft(tmp_path, bad_release, "bad.presskit")
    assert main(["check", str(good), str(bad)]) == 1
    assert capsys.readouterr().out == (
        f"{bad}: contacts: error: The release has no press contact.\n")
    assert main(["check", str(good), str(bad), "--json"]) == 1
    (row,) = json.loads(capsys.readouterr().out)
    assert (row["file"], row["code"]) == (str(bad), "no-contacts")


def test_an_unreadable_file_among_several(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    good = _draft(tmp_path, good_release(), "good.presskit")
    missing = tmp_path / "missing.presskit"
    assert main(["check", str(missing), str(good)]) == 2
    out = capsys.readouterr()
    assert out.out == "" and out.err.startswith(f"presskit: error: {missing}")
