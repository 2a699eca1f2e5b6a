"""The bundled examples stay quiet: nothing but the odd unknown proper noun."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from presskit import draft
from presskit.preflight.engine import check
from presskit.preflight.findings import Finding

RESOURCES = Path(__file__).resolve().parents[3] / "resources" / "examples"
EXAMPLES = ["release-en.presskit", "communique-fr.presskit", "pressemitteilung-de.presskit"]


def _only_proper_nouns(found: list[Finding]) -> None:
    for f in found:
        assert f.code == "spelling", f
        assert f.severity == "warning" and f.word and f.word[:1].isupper(), f  # a name


@pytest.mark.parametrize("name", EXAMPLES)
def test_examples_have_no_findings_but_proper_nouns(examples_dir: Path, name: str) -> None:
    release = draft.load(examples_dir / name)
    assert release.date is not None
    assert release.embargo is None  # an example's embargo would be past one day, and flagged
    # Whatever the day: the release's own date, and a year later.
    for now in (dt.datetime.combine(release.date, dt.time(6, 0), tzinfo=dt.UTC),
                dt.datetime.combine(release.date, dt.time(6, 0), tzinfo=dt.UTC)
                + dt.timedelta(days=365)):
        _only_proper_nouns(check(release, now=now, options={"exact_length": True}))


def test_example_kit_has_no_findings_but_proper_nouns(examples_dir: Path) -> None:
    from presskit.kit.container import load_kit

    kit = load_kit(examples_dir / "dossier-heliade-2.presskit-kit")
    assert kit.release.date is not None
    now = dt.datetime.combine(kit.release.date, dt.time(6, 0), tzinfo=dt.UTC)
    _only_proper_nouns(check(kit, now=now, options={"exact_length": True}))


def test_the_bundled_sample_is_the_french_example(examples_dir: Path) -> None:
    # The editor's sample (resources/examples, shipped in the wheel) is this very file, so
    # it is as quiet as the example.
    assert sorted(p.name for p in RESOURCES.iterdir()) == ["communique-fr.presskit"]
    assert (RESOURCES / "communique-fr.presskit").read_bytes() == \
        (examples_dir / "communique-fr.presskit").read_bytes()
