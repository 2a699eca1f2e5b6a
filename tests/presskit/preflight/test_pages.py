"""The page estimate the live check uses, against the PDF renderer's count."""

from __future__ import annotations

from pathlib import Path

import pytest

from presskit import draft
from presskit.model import Margins
from presskit.preflight import pages


@pytest.mark.parametrize(("paper", "margins"), [("a4", None), ("letter", None),
                                                ("a4", Margins(35, 30, 35, 30))])
def test_estimate_is_the_pdf_count_or_one_page_off(examples_dir: Path, paper: str,
                                                   margins: Margins | None) -> None:
    release = draft.load(examples_dir / "release-en.presskit")
    release.paper, release.letterhead.margins = paper, margins
    paragraphs = [p for p in release.body.split("\n\n") if p.strip()]
    exact = 0
    sizes = range(1, 40, 3)
    for k in sizes:
        release.body = "\n\n".join((paragraphs * 12)[:k])
        real, guess = pages.rendered_pages(release), pages.estimated_pages(release)
        assert abs(real - guess) <= 1, (k, real, guess)
        exact += real == guess
    assert exact >= len(sizes) - 2
