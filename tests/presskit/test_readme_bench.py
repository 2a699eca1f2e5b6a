"""The README names the benchmark scripts `make bench` runs, as the Makefile lists them."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_readme_lists_the_benchmarks_make_bench_runs() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    recipe = makefile.split("\nbench:", 1)[1].split("\n\n", 1)[0]
    scripts = re.findall(r"benchmarks/(bench_\w+\.py)", recipe)
    assert len(scripts) >= 8
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    paragraph = readme[readme.index("`make bench` runs"):][:600].split("\n\n")[0]
    assert re.findall(r"`(bench_\w+\.py)`", paragraph) == scripts


def test_the_readme_says_the_live_check_asks_for_no_suggestions() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    speed = readme[readme.index("**Speed.** `python benchmarks/bench_preflight.py`"):][:900]
    assert "in the panel's worker thread" not in speed
    assert "asks\nfor none" in speed or "asks for none" in speed.replace("\n", " ")
    source = (ROOT / "ui" / "preflight" / "live.py").read_text(encoding="utf-8")
    assert "suggestions=0" in source
