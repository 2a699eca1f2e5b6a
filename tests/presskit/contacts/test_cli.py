"""``presskit contacts import|export|list``: output, files written, one-line errors."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from presskit.contacts.cli import main
from tests.presskit.contacts.conftest import db_rows

CAMILLE = ("Camille Rousseau\tAttachée de presse\tMaison Verdier, Communication\t"
           "+33 6 12 34 56 78\tcamille.rousseau@maison-verdier.example")
DANIEL = ("Daniel Ørsted\tKulturredaktør\tNordisk Tidende\t+45 33 12 34 56\t"
          "daniel.orsted@nordisk-tidende.example")


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_import_list_export(capsys: pytest.CaptureFixture[str], corpus: Path,
                            isolated_data_dir: Path, tmp_path: Path) -> None:
    code, out, err = _run(capsys, "import", str(corpus / "apple_3.0.vcf"),
                          str(corpus / "broken.vcf"))
    assert code == 0, err
    assert out.splitlines()[0] == (
        "5 imported, 0 merged (same person), 0 possible duplicates kept separate, "
        "3 skipped (broken.vcf card 2: line 11: new card before END:VCARD; "
        "broken.vcf card 4: line 20: not a vCard property; broken.vcf card 6: file ends before "
        "END:VCARD)")
    assert set(db_rows(isolated_data_dir / "contacts.sqlite3")) == {
        "Camille Rousseau", "Daniel Ørsted", "Hannah Schmidt", "Omar Haddad", "Yuki Sato"}

    code, out, err = _run(capsys, "list")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        CAMILLE, DANIEL, "Hannah Schmidt\t\t\t\thannah.schmidt@rhein-post.example",
        "Omar Haddad\t\t\t+961 1 123 456\t", "Yuki Sato\t\t\t+81 80-1234-5678\t"
        "yuki.sato@hokkaido-times.example"]
    code, out, err = _run(capsys, "list", "maison", "verd")
    assert (code, out, err) == (0, CAMILLE + "\n", "")
    code, out, err = _run(capsys, "list", "nobody-matches")
    assert (code, out, err) == (0, "", "")

    vcf, tab = tmp_path / "book.vcf", tmp_path / "book.csv"
    code, out, err = _run(capsys, "export", str(vcf))
    assert (code, err) == (0, "")
    assert out == f"5 contacts written to {vcf}\n"
    text = vcf.read_bytes().decode("utf-8")
    assert text.count("BEGIN:VCARD\r\nVERSION:4.0\r\n") == 5
    assert "FN:Daniel Ørsted\r\n" in text
    code, out, err = _run(capsys, "export", str(tab))
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(tab.read_bytes().decode("utf-8-sig"), newline="")))
    assert [r["Display Name"] for r in rows] == [
        "Camille Rousseau", "Daniel Ørsted", "Hannah Schmidt", "Omar Haddad", "Yuki Sato"]
    assert rows[0]["Out-of-hours Phone"] == "+33 6 98 76 54 32"
    assert not list(tmp_path.glob(".*.tmp"))


def _one_error(code: int, out: str, err: str, start: str) -> None:
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and err.startswith(f"presskit: error: {start}"), err
    assert "Traceback" not in err


def test_errors_are_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                             corpus: Path) -> None:
    missing = tmp_path / "missing.vcf"
    code, out, err = _run(capsys, "import", str(corpus / "apple_3.0.vcf"), str(missing))
    _one_error(code, out, err, f"{missing}: No such file or directory")
    # Nothing was imported: the files are all read before the import starts.
    code, out, _ = _run(capsys, "list")
    assert (code, out) == (0, "")

    junk = tmp_path / "junk.csv"
    junk.write_text("alpha,beta\n1,2\n", encoding="utf-8")
    _one_error(*_run(capsys, "import", str(junk)), f"{junk}: no known column")
    empty = tmp_path / "empty.vcf"
    empty.write_text("hello\n", encoding="utf-8")
    _one_error(*_run(capsys, "import", str(empty)), f"{empty}: no vCard in the file")
    _one_error(*_run(capsys, "import", str(tmp_path)), f"{tmp_path}: ")

    bad = tmp_path / "book.pdf"
    _one_error(*_run(capsys, "export", str(bad)), f"{bad}: unknown format")
    nowhere = tmp_path / "no" / "such" / "dir" / "book.vcf"
    _one_error(*_run(capsys, "export", str(nowhere)), f"{nowhere}: No such file or directory")


def test_corrupt_book_is_one_line(capsys: pytest.CaptureFixture[str],
                                  isolated_data_dir: Path) -> None:
    db = isolated_data_dir / "contacts.sqlite3"
    db.write_bytes(b"garbage" * 1000)
    _one_error(*_run(capsys, "list"), f"{db}: cannot open the contact book")


def test_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys)
    assert code == 2 and out == "" and "presskit: error: contacts: choose a command" in err
    code, out, err = _run(capsys, "import")
    assert out == ""
    assert code == 2 and "required" in err and "Traceback" not in err


def test_main_presskit_command_dispatches(capsys: pytest.CaptureFixture[str],
                                          corpus: Path) -> None:
    from presskit.cli import main as presskit_main

    assert presskit_main(["contacts", "import", str(corpus / "android_4.0.vcf")]) == 0
    assert capsys.readouterr().out.startswith("2 imported, 0 merged")
    assert presskit_main(["contacts", "list", "lucia"]) == 0
    assert capsys.readouterr().out == (
        "Lucía Fernández\tRedactora de tecnología\tDiario de la Meseta\t+34 91 123 45 67\t"
        "lucia.fernandez@diario-meseta.example\n")


def _python(*args: str, data: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PRESSKIT_DATA_DIR": str(data)}
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, env=env,
                          timeout=60, check=False)


def test_module_entry_point(corpus: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    r = _python("-m", "presskit.contacts.cli", "import", str(corpus / "qp_cyrillic_2.1.vcf"),
                data=data)
    assert (r.returncode, r.stderr) == (0, "")
    assert r.stdout.splitlines()[0] == (
        "3 imported, 0 merged (same person), 0 possible duplicates kept separate, 0 skipped")
    r = _python("-m", "presskit.contacts.cli", "list", "анна", data=data)
    assert r.stdout == ("Анна Иванова\tОбозреватель\tМосковский вестник — отдел культуры и "
                        "общества\t+7 916 123-45-67\tanna.ivanova@moskva-vestnik.example\n")
    r = _python("-m", "presskit.contacts.cli", "import", str(tmp_path / "nope.vcf"), data=data)
    assert r.returncode == 2 and r.stdout == ""
    assert r.stderr == f"presskit: error: {tmp_path / 'nope.vcf'}: No such file or directory\n"


def test_startup_imports_stay_light(tmp_path: Path) -> None:
    code = ("import sys, presskit.contacts.cli, presskit.contacts\n"
            "heavy = ['sqlite3', 'phonenumbers', 'email_validator', 'vobject', 'PySide6', "
            "'presskit.contacts.db', 'babel', 'csv']\n"
            "print([m for m in heavy if m in sys.modules])")
    r = _python("-c", code, data=tmp_path)
    assert r.stdout.strip() == "[]", r.stderr


def test_no_qt_anywhere_in_the_package(tmp_path: Path) -> None:
    code = ("import sys, pkgutil, importlib, presskit.contacts as p\n"
            "for m in pkgutil.iter_modules(p.__path__):\n"
            "    importlib.import_module('presskit.contacts.' + m.name)\n"
            "print(sorted(m for m in sys.modules if m.startswith(('PySide', 'PyQt', 'shiboken'))))")
    r = _python("-c", code, data=tmp_path)
    assert r.stdout.strip() == "[]", r.stderr
