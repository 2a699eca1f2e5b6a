"""Bad drafts always get the clean error: exit 2 and one line naming the file and the field,
whatever the JSON holds (huge integers, deep nesting, non-finite numbers, lone surrogates),
and whatever the draft path is (a device, a FIFO)."""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from presskit import draft
from presskit.cli import main
from presskit.errors import DraftError

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "release-en.presskit"
HUGE = "9" * 5000


def _export(path: Path, out: Path) -> tuple[int, str]:
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = main(["export", str(path), "--txt", str(out)])
    return code, err.getvalue()


def _clean_error(path: Path, err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(f"presskit: error: {path}: "), err
    assert "Traceback" not in err and "internal error" not in err, err
    return lines[0]


def _example() -> dict[str, Any]:
    return json.loads(EXAMPLE.read_text(encoding="utf-8"))


def _with(text_value: str, where: str) -> str:
    """The example draft with a raw JSON value spliced in at *where*."""
    marker = "\"@@VALUE@@\""
    data = _example()
    if where == "unknown key":
        data["x-newsroom"] = "@@VALUE@@"
    elif where == "title":
        data["title"] = "@@VALUE@@"
    elif where == "quote extra":
        data["quotes"][0]["x-approved"] = "@@VALUE@@"
    elif where == "contact extra":
        data["contacts"][0]["x-mobile"] = "@@VALUE@@"
    elif where == "letterhead extra":
        data.setdefault("letterhead", {})["x-brand"] = {"ids": ["@@VALUE@@"]}
    return json.dumps(data, ensure_ascii=False).replace(marker, text_value)


FIELDS = {"unknown key": "x-newsroom", "title": "title", "quote extra": "quotes[0].x-approved",
          "contact extra": "contacts[0].x-mobile", "letterhead extra": "letterhead.x-brand.ids[0]"}


@pytest.mark.parametrize("where", list(FIELDS))
def test_a_5000_digit_integer_anywhere_is_a_clean_error(tmp_path: Path, where: str) -> None:
    path = tmp_path / "big.presskit"
    path.write_text(_with(HUGE, where), encoding="utf-8")
    code, err = _export(path, tmp_path / "out.txt")
    assert code == 2
    line = _clean_error(path, err)
    assert line == (f"presskit: error: {path}: field '{FIELDS[where]}': a number with 5000 digits "
                    "is too long (at most 4300)")
    assert not (tmp_path / "out.txt").exists()


@pytest.mark.parametrize("where", list(FIELDS))
def test_nesting_600_deep_anywhere_is_a_clean_error(tmp_path: Path, where: str) -> None:
    path = tmp_path / "deep.presskit"
    path.write_text(_with("[" * 600 + "]" * 600, where), encoding="utf-8")
    code, err = _export(path, tmp_path / "out.txt")
    assert code == 2
    line = _clean_error(path, err)
    assert f"field '{FIELDS[where]}" in line and line.endswith("nested more than 64 levels deep")


def test_deep_nesting_never_reaches_the_editor_s_deep_copies(tmp_path: Path) -> None:
    """The form deep-copies unknown keys and the letterhead; 600 levels made RecursionError."""
    import copy

    ok = _example()
    ok["x-deep"] = json.loads("[" * 60 + "]" * 60)  # deep, but within the limit
    release = draft.loads(json.dumps(ok))
    copy.deepcopy(release)  # what the form does
    assert draft.loads(draft.dumps(release)).extra["x-deep"] == ok["x-deep"]


@pytest.mark.parametrize(("raw", "needle"), [
    ("NaN", "NaN is not a number JSON allows"),
    ("-Infinity", "-Infinity is not a number JSON allows"),
    ("1e400", "the number 1e400 is too large"),
    ('"\\ud800 alone"', "unpaired surrogate"),
])
def test_other_values_json_cannot_round_trip(tmp_path: Path, raw: str, needle: str) -> None:
    path = tmp_path / "odd.presskit"
    path.write_text(_with(raw, "unknown key"), encoding="utf-8")
    code, err = _export(path, tmp_path / "out.txt")
    assert code == 2
    line = _clean_error(path, err)
    assert "field 'x-newsroom'" in line and needle in line


def test_a_key_holding_a_lone_surrogate(tmp_path: Path) -> None:
    path = tmp_path / "key.presskit"
    path.write_text('{"presskit": 1, "x": {"\\udc80": 1}}', encoding="utf-8")
    code, err = _export(path, tmp_path / "out.txt")
    assert code == 2 and "field 'x': has a key holding an unpaired surrogate" in _clean_error(path, err)


# -- the draft must be a regular file, read with a bound -----------------------------------
def _cli(args: list[str], timeout: float = 20) -> tuple[subprocess.CompletedProcess[str], float]:
    start = time.monotonic()
    proc = subprocess.run([sys.executable, "-m", "presskit", *args], capture_output=True,
                          text=True, timeout=timeout)
    return proc, time.monotonic() - start


def test_dev_zero_as_the_draft_fails_at_once(tmp_path: Path) -> None:
    proc, took = _cli(["export", os.devnull.replace("null", "zero"), "--txt", str(tmp_path / "o.txt")])
    assert proc.returncode == 2
    assert proc.stderr == "presskit: error: /dev/zero: is a device, not a draft file\n"
    assert took < 10


def test_a_fifo_as_the_draft_does_not_block(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.presskit"
    os.mkfifo(fifo)
    proc, took = _cli(["export", str(fifo), "--txt", str(tmp_path / "o.txt")])
    assert proc.returncode == 2
    assert proc.stderr == f"presskit: error: {fifo}: is a named pipe (FIFO), not a draft file\n"
    assert took < 10


def test_the_read_is_bounded_whatever_stat_says(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.presskit"
    path.write_bytes(b'{"presskit": 1, "body": "' + b"x" * 50_000 + b'"}')
    monkeypatch.setattr(draft, "MAX_DRAFT_BYTES", 10_000)
    read: list[int] = []
    real_read = os.read

    def counting(fd: int, n: int) -> bytes:
        data = real_read(fd, n)
        read.append(len(data))
        return data

    monkeypatch.setattr(os, "read", counting)
    monkeypatch.setattr(os, "stat", _lying_stat(os.stat, path))  # claims 10 bytes
    with pytest.raises(DraftError) as info:
        draft.load(path)
    assert "too large for a draft" in str(info.value)
    assert sum(read) == 10_001  # the cap plus one byte, never the whole file


def _lying_stat(real: Any, path: Path) -> Any:
    def fake(p: Any, *args: Any, **kw: Any) -> Any:
        st = real(p, *args, **kw)
        if os.fspath(p) == os.fspath(path):
            values = list(st)
            values[6] = 10  # st_size
            return os.stat_result(values)
        return st
    return fake


# -- fuzzing -------------------------------------------------------------------------------
json_leaf = st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**6),
                      st.floats(allow_nan=False, allow_infinity=False), st.text(max_size=20))
json_value = st.recursive(json_leaf, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)),
    max_leaves=12)

POISONS = st.sampled_from([
    HUGE, "-" + HUGE, "[" * 600 + "]" * 600, '{"a":' * 600 + "1" + "}" * 600, "[" * 5000,
    "NaN", "Infinity", "1e999", '"\\udfff"', '"x\\ud83d"', "tru", "{", '{"a" 1}', "[1,]",
    "'single'", '"\\x41"', "01", "+1", ".5", '"tab\tinside"', "\x00",
])
WRONG = {  # values each key can never take
    "title": ["12", "[1]", '{"a": 1}', "true"],
    "quotes": ["12", '{"text": "x"}', '["x"]', "[[1]]"],
    "contacts": ['"Ann"', "[3]", '[{"name": ["a"]}]', '[{"email": 5}]'],
    "letterhead": ['"Org"', '{"color": "blue"}', '{"logo": "file:///etc/passwd"}', "[1]"],
    "date": ['"2018-02-30"', '"5 mars 2018"', "20180305", '""x'],
    "embargo": ['"2026-12-01T09:00:00"', '"soon"', "1"],
    "kind": ['"tweet"', "3"],
    "presskit": ["2", '"1"', "true", "0", "null"],
}
KEYS = st.sampled_from(["title", "date", "embargo", "body", "quotes", "contacts", "letterhead",
                        "language", "kind", "paper", "presskit", "x-extra", ""])


@st.composite
def malformed_drafts(draw: st.DrawFn) -> bytes:
    """A draft that cannot be used: a poisoned value, a truncated text, or bytes that are
    not a draft at all, under keys known and unknown."""
    kind = draw(st.sampled_from(["poison", "truncate", "bytes", "wrong type"]))
    base: dict[str, Any] = {"presskit": 1, "title": draw(st.text(max_size=10))}
    base.update(draw(st.dictionaries(st.sampled_from(["x-a", "x-b", "reference"]),
                                     json_value, max_size=2)))
    text = json.dumps(base)
    if kind == "poison":
        key = draw(KEYS)
        nest = draw(st.integers(0, 3))
        value = draw(POISONS)
        for _ in range(nest):
            value = draw(st.sampled_from(["[{}]", '{{"k": {}}}'])).format(value)
        return (text[:-1] + f', "{key}": {value}}}').encode("utf-8", "surrogatepass")
    if kind == "truncate":
        cut = draw(st.integers(1, len(text) - 1))
        return text[:cut].encode("utf-8")
    if kind == "wrong type":
        key = draw(st.sampled_from(sorted(WRONG)))
        value = draw(st.sampled_from(WRONG[key]))
        return (text[:-1] + f', "{key}": {value}}}').encode("utf-8")
    junk = draw(st.binary(max_size=40))
    return draw(st.sampled_from([b"\xff\xfe", b"[", b"\xef\xbb\xbf[", b"presskit"])) + junk


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(malformed_drafts())
def test_fuzz_malformed_drafts_exit_2_with_one_line(content: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "fuzz.presskit"
        path.write_bytes(content)
        out = Path(tmp) / "out.txt"
        code, err = _export(path, out)
        assert code == 2, (content[:200], err)
        _clean_error(path, err)
        assert not out.exists()
