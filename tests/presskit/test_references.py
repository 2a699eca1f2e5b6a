"""The "next reference" suggestion and the recent-references history (Qt-free)."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import pytest

from presskit.references import ReferenceHistory, parse_reference, suggest_next

D2018 = dt.date(2018, 3, 5)
D2025 = dt.date(2025, 6, 1)
D2026 = dt.date(2026, 1, 12)


@pytest.mark.parametrize(("recent", "when", "expected"), [
    (["CP028-2018"], D2018, "CP029-2018"),
    (["CP028-2025"], D2026, "CP001-2026"),
    (["CP028-2026"], D2026, "CP029-2026"),
    (["2026-041"], D2026, "2026-042"),
    (["2025-041"], D2026, "2026-001"),
    (["NOL-2026-041"], D2026, "NOL-2026-042"),
    (["NOL-2025-041"], D2026, "NOL-2026-001"),
    (["PR 12/2026"], D2026, "PR 13/2026"),
    (["PR 12/2025"], D2026, "PR 1/2026"),
    (["CP099-2026"], D2026, "CP100-2026"),
    (["CP999-2026"], D2026, "CP1000-2026"),
    (["CP100-2025"], D2026, "CP001-2026"),  # a three-digit counter keeps its width
    (["CP009-2026"], D2026, "CP010-2026"),
    (["NOL-041"], D2026, "NOL-042"),  # no year: never restarts
    (["CP028/26"], D2026, "CP029/26"),  # two-digit year
    (["CP028/25"], D2026, "CP001/26"),
    (["cp 7 / 2026"], D2026, "cp 8 / 2026"),
])
def test_suggest_next_forms(recent: list[str], when: dt.date, expected: str) -> None:
    assert suggest_next(recent, when) == expected


def test_the_highest_counter_of_the_year_wins_not_the_latest_typed() -> None:
    recent = ["CP027-2026", "CP031-2026", "CP030-2026", "CP050-2025"]
    assert suggest_next(recent, D2026) == "CP032-2026"


def test_the_most_recent_pattern_sets_the_form() -> None:
    recent = ["NOL-2026-007", "CP028-2026"]
    assert suggest_next(recent, D2026) == "NOL-2026-008"


def test_a_back_dated_release_counts_within_its_own_year() -> None:
    recent = ["CP004-2026", "CP088-2025"]
    assert suggest_next(recent, D2025) == "CP089-2025"


def test_no_suggestion_without_a_counter() -> None:
    assert suggest_next([], D2026) is None
    assert suggest_next(["Annual report", ""], D2026) is None


def test_no_date_uses_today() -> None:
    year = dt.date.today().year
    assert suggest_next([f"CP003-{year}"], None) == f"CP004-{year}"


def test_braces_in_a_reference_stay_literal() -> None:
    assert suggest_next(["{CP}028-2026"], D2026) == "{CP}029-2026"


def test_parse_reference_parts() -> None:
    p = parse_reference("NOL-2026-041", 2026)
    assert p is not None
    assert (p.counter, p.width, p.padded, p.year) == (41, 3, True, 2026)
    assert parse_reference("no digits here") is None


def test_history_add_recent_and_dedupe(tmp_path) -> None:
    h = ReferenceHistory(tmp_path)
    assert h.recent() == []
    h.add("CP001-2026")
    h.add("  CP002-2026 ")
    h.add("CP001-2026")
    h.add("")
    assert h.recent() == ["CP001-2026", "CP002-2026"]
    data = json.loads((tmp_path / "references.json").read_text(encoding="utf-8"))
    assert data["recent"] == ["CP001-2026", "CP002-2026"]
    assert h.suggest(D2026) == "CP003-2026"


def test_history_is_bounded(tmp_path) -> None:
    h = ReferenceHistory(tmp_path, limit=5)
    for i in range(12):
        h.add(f"CP{i:03d}-2026")
    assert h.recent() == [f"CP{i:03d}-2026" for i in range(11, 6, -1)]


@pytest.mark.parametrize("content", ["", "not json", "[1, 2]", '{"recent": "CP1"}',
                                     '{"recent": [1, null, "CP004-2026"]}'])
def test_a_damaged_history_is_never_fatal(tmp_path, content: str) -> None:
    (tmp_path / "references.json").write_text(content, encoding="utf-8")
    h = ReferenceHistory(tmp_path)
    recent = h.recent()
    assert recent in ([], ["CP004-2026"])
    h.add("CP005-2026")
    assert h.recent()[0] == "CP005-2026"


def test_history_write_is_atomic_no_temp_files_left(tmp_path) -> None:
    h = ReferenceHistory(tmp_path)
    h.add("CP001-2026")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["references.json"]


def test_references_module_does_not_import_qt() -> None:
    code = ("import sys, presskit.references; "
            "sys.exit(1 if any(m.startswith('PySide6') for m in sys.modules) else 0)")
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
