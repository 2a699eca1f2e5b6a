"""The cycle collector is paused while a release is laid out, and always comes back."""

from __future__ import annotations

import gc
import threading

import pytest

from presskit.compose import compose
from presskit.gcpause import paused
from presskit.model import Release
from presskit.renderers.pdf import render_pdf


def test_render_pauses_the_collector_and_restores_it(monkeypatch: pytest.MonkeyPatch) -> None:
    import presskit.renderers.pdf as pdf

    seen: list[bool] = []
    real = pdf._PdfBuilder.build

    def build(self: pdf._PdfBuilder, out: object) -> int:
        seen.append(gc.isenabled())
        return real(self, out)  # type: ignore[arg-type]

    monkeypatch.setattr(pdf._PdfBuilder, "build", build)
    assert gc.isenabled()
    res = render_pdf(compose(Release(language="en_US", title="T", body="Body.")))
    assert seen == [False]
    assert gc.isenabled()
    assert res.pages == 1


def test_a_disabled_collector_stays_disabled() -> None:
    gc.disable()
    try:
        with paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_overlapping_pauses_restore_once_the_last_ends() -> None:
    inside = threading.Event()
    release = threading.Event()

    def worker() -> None:
        with paused():
            inside.set()
            release.wait(10)

    t = threading.Thread(target=worker)
    with paused():
        t.start()
        assert inside.wait(10)
    assert not gc.isenabled()  # the worker's pause is still running
    release.set()
    t.join(10)
    assert gc.isenabled()


def test_an_exception_inside_still_restores_the_collector() -> None:
    with pytest.raises(RuntimeError), paused():
        raise RuntimeError("boom")
    assert gc.isenabled()
