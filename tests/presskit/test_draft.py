"""The draft file format: round trip, unknown keys, validation naming the field."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from presskit import draft
from presskit.errors import DraftError, NewerFormatError


def test_examples_load(examples_dir: Path, tmp_path: Path) -> None:
    fr = draft.load(examples_dir / "communique-fr.presskit")
    assert fr.language == "fr_FR"
    assert fr.reference == "CP028-2026"
    assert fr.date == dt.date(2026, 12, 1)
    assert len(fr.quotes) == 2 and fr.quotes[1].speaker == "Prof. Wojciech Ślęzak"
    assert fr.letterhead.logo.startswith("data:image/png;base64,")
    en = draft.load(examples_dir / "release-en.presskit")
    assert en.embargo is None  # a bundled example's embargo would soon be past
    # The English example under the embargo it was written with.
    data = json.loads((examples_dir / "release-en.presskit").read_text(encoding="utf-8"))
    data["embargo"] = "2026-12-01T09:00:00+00:00"
    (tmp_path / "embargoed.presskit").write_text(json.dumps(data), encoding="utf-8")
    embargoed = draft.load(tmp_path / "embargoed.presskit")
    assert embargoed.embargo == dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)


def test_round_trip_keeps_unknown_keys(tmp_path: Path, examples_dir: Path) -> None:
    data = json.loads((examples_dir / "communique-fr.presskit").read_text(encoding="utf-8"))
    data["x-newsroom"] = {"campaign": "Héliade", "tags": [1, 2]}
    data["quotes"][0]["x-approved"] = True
    data["contacts"][1]["x-mobile-only"] = "yes"
    data["letterhead"]["x-brand-id"] = 42
    src = tmp_path / "in.presskit"
    src.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    release = draft.load(src)
    out = tmp_path / "out.presskit"
    draft.save(release, out)
    back = json.loads(out.read_text(encoding="utf-8"))
    assert back["x-newsroom"] == {"campaign": "Héliade", "tags": [1, 2]}
    assert back["quotes"][0]["x-approved"] is True
    assert back["contacts"][1]["x-mobile-only"] == "yes"
    assert back["letterhead"]["x-brand-id"] == 42
    assert back == {**data, "kind": "press_release"} or back == data
    # Second save of the loaded copy is byte-identical (stable output).
    draft.save(draft.load(out), tmp_path / "again.presskit")
    assert (tmp_path / "again.presskit").read_bytes() == out.read_bytes()


def test_save_keeps_backup_and_is_atomic(tmp_path: Path, examples_dir: Path) -> None:
    release = draft.load(examples_dir / "release-en.presskit")
    path = tmp_path / "r.presskit"
    draft.save(release, path)
    first = path.read_bytes()
    release.title = "A new headline"
    draft.save(release, path)
    assert (tmp_path / "r.presskit.bak").read_bytes() == first
    assert draft.load(path).title == "A new headline"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


BAD = [
    ("missing", None, "no such file", None),
    ("not-utf8", b"\xff\xfe{\x00", "not UTF-8", None),
    ("not-json", b"presskit: 1", "not valid JSON", None),
    ("truncated", b'{"presskit": 1, "title": "Le satel', "truncated", None),
    ("empty", b"", "empty", None),
    ("list", b"[1, 2]", "JSON object", None),
    ("no-version", b'{"title": "x"}', "format version", "presskit"),
    ("newer", b'{"presskit": 2, "title": "x"}', "newer", "presskit"),
    ("title-type", b'{"presskit": 1, "title": 12}', "must be text", "title"),
    ("quotes-type", b'{"presskit": 1, "quotes": {"text": "x"}}', "must be a list", "quotes"),
    ("quote-item", b'{"presskit": 1, "quotes": ["x"]}', "must be an object", "quotes[0]"),
    ("contact-field", b'{"presskit": 1, "contacts": [{"name": ["a"]}]}', "must be text", "contacts[0].name"),
    ("impossible-date", b'{"presskit": 1, "date": "2018-02-30"}', "not a real date", "date"),
    ("bad-date", b'{"presskit": 1, "date": "5 mars 2018"}', "ISO date", "date"),
    ("naive-embargo", b'{"presskit": 1, "embargo": "2026-12-01T09:00:00"}', "UTC offset", "embargo"),
    ("kind", b'{"presskit": 1, "kind": "tweet"}', "must be one of", "kind"),
    ("color", b'{"presskit": 1, "letterhead": {"color": "blue"}}', "colour", "letterhead.color"),
    ("logo-url", b'{"presskit": 1, "letterhead": {"logo": "file:///etc/passwd"}}', "data: URL", "letterhead.logo"),
    ("paper", b'{"presskit": 1, "paper": "a3"}', "must be one of", "paper"),
]


@pytest.mark.parametrize(("name", "content", "needle", "field"), BAD, ids=[b[0] for b in BAD])
def test_bad_drafts_name_file_and_field(tmp_path: Path, name: str, content: bytes | None,
                                        needle: str, field: str | None) -> None:
    path = tmp_path / f"{name}.presskit"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(DraftError) as info:
        draft.load(path)
    message = str(info.value)
    assert message.startswith(str(path))
    assert needle in message
    if field:
        assert info.value.field == field
        assert f"'{field}'" in message
    if name == "newer":
        assert isinstance(info.value, NewerFormatError)


def test_schema_accepts_examples_and_rejects_bad_cases(examples_dir: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    from presskit.resources import draft_schema

    schema = draft_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    for p in examples_dir.glob("*.presskit"):
        assert list(validator.iter_errors(json.loads(p.read_text(encoding="utf-8")))) == []
    for name, content, _needle, _field in BAD:
        if content is None or name in ("impossible-date",):
            continue  # the schema cannot know the calendar; the loader does
        try:
            data = json.loads(content.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            continue
        assert list(validator.iter_errors(data)), f"schema accepted bad case {name}"


def test_stale_temp_files_from_a_killed_save_are_cleaned(tmp_path: Path, examples_dir: Path) -> None:
    import os
    import time

    path = tmp_path / "r.presskit"
    old_tmp = tmp_path / ".r.presskit.abc123.tmp"
    fresh_tmp = tmp_path / ".r.presskit.def456.tmp"
    old_tmp.write_text("half", encoding="utf-8")
    fresh_tmp.write_text("in progress", encoding="utf-8")
    an_hour_ago = time.time() - 3600
    os.utime(old_tmp, (an_hour_ago, an_hour_ago))
    draft.save(draft.load(examples_dir / "release-en.presskit"), path)
    assert not old_tmp.exists()
    assert fresh_tmp.exists()  # may belong to a save still running


# -- opening a draft with unusable fields (the editor's "open anyway") ---------------------
def _example_with(examples_dir: Path, **changes: object) -> dict:
    data = json.loads((examples_dir / "release-en.presskit").read_text(encoding="utf-8"))
    data.update(changes)
    return data


def test_load_lenient_leaves_an_impossible_date_empty(tmp_path: Path, examples_dir: Path) -> None:
    data = _example_with(examples_dir, date="2018-02-30")
    path = tmp_path / "bad-date.presskit"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(DraftError):
        draft.load(path)  # the strict reader (command line) still refuses it
    release, problems = draft.load_lenient(path)
    assert problems == [draft.FieldProblem(
        "date", "'2018-02-30' is not a real date (day is out of range for month)")]
    assert str(problems[0]).startswith("field 'date': ")
    expected = draft.load(examples_dir / "release-en.presskit")
    expected.date = None
    assert release == expected  # every other field intact
    assert path.read_bytes() == before  # nothing written


def test_load_lenient_names_each_unusable_field(examples_dir: Path) -> None:
    data = _example_with(examples_dir, kind="tweet")
    data["contacts"][0]["name"] = ["not", "text"]
    data["quotes"][0] = "a bare string"
    data["letterhead"] = {**data.get("letterhead", {}), "color": "blue"}
    release, problems = draft.loads_lenient(json.dumps(data))
    assert [p.field for p in problems] == ["kind", "quotes[0]", "contacts[0].name", "letterhead.color"]
    original = draft.load(examples_dir / "release-en.presskit")
    assert release.kind == "press_release" and release.quotes[0].text == ""
    assert release.quotes[1:] == original.quotes[1:]
    assert release.contacts[0].name == "" and release.contacts[0].email == original.contacts[0].email
    assert release.letterhead.color == "" and release.title == original.title


@pytest.mark.parametrize("text", [
    '{"presskit": 1, "title": "half',  # syntax
    '{"presskit": 2, "date": "2018-02-30"}',  # newer format
    '{"date": "2018-02-30"}',  # no format version
    '[1, 2]',
    '{"presskit": 1, "x": ' + "9" * 5000 + "}",
])
def test_load_lenient_still_refuses_what_is_not_a_field(text: str) -> None:
    with pytest.raises(DraftError):
        draft.loads_lenient(text)


def test_load_lenient_gives_up_on_a_draft_that_is_mostly_wrong() -> None:
    data = {"presskit": 1, "contacts": [{"name": 1} for _ in range(draft.MAX_FIELD_PROBLEMS + 1)]}
    with pytest.raises(DraftError) as info:
        draft.loads_lenient(json.dumps(data))
    assert info.value.field == f"contacts[{draft.MAX_FIELD_PROBLEMS}].name"
