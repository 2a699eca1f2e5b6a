"""The example kit, examples/dossier-heliade-2.presskit-kit, and what it is built from."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from presskit.kit.container import load_kit
from presskit.kit.photos import identify_photo

EXAMPLES = Path(__file__).resolve().parents[3] / "examples"
KIT = EXAMPLES / "dossier-heliade-2.presskit-kit"


def maker() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_example", EXAMPLES / "kit" / "make_example.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_example_kit_holds_the_dossier() -> None:
    kit = load_kit(KIT)
    assert KIT.stat().st_size < 1024 * 1024
    assert kit.release.title == "Héliade-2 transmet ses premières images de la couronne solaire"
    assert [(i.kind, getattr(i, "doc_kind", "")) for i in kit.items] == [
        ("document", "factsheet"), ("document", "biography"), ("document", "qa"),
        ("photo", ""), ("photo", ""), ("photo", ""), ("logo", ""), ("link", "")]
    assert [d.title for d in kit.documents()] == [
        "Héliade-2 en chiffres", "Dr Claire Dumoulin, directrice scientifique de l'IOV",
        "Questions-réponses"]
    assert not kit.documents()[0].body.startswith("#")  # the heading became the title
    credits = [(p.credit, p.rights, p.date) for p in kit.photos()]
    assert credits == [
        ("IOV/L. Barrand", "© IOV 2026 – usage presse uniquement", "2026-08-27"),
        ("IOV/Héliade-2/CORA", "© IOV 2026 – usage presse uniquement", "2026-11-24"),
        ("Théo N'Diaye", "© IOV 2026 – usage presse uniquement", "2026-11-24"),  # the by-line
    ]
    assert all(p.alt for p in kit.photos())
    for photo in kit.photos():
        assert kit.media_bytes(photo) == (EXAMPLES / "kit" / photo.original_name).read_bytes()
        info = identify_photo(kit.media_bytes(photo), photo.original_name)
        assert max(info.width, info.height) >= 1600, photo.original_name  # print quality
    assert kit.media_bytes(kit.logos()[0]) == (EXAMPLES / "kit" / "logo-iov.svg").read_bytes()


def test_the_portrait_is_stored_sideways_and_reads_upright() -> None:
    info = identify_photo((EXAMPLES / "kit" / "centre-de-controle.jpg").read_bytes(), "p")
    assert (info.orientation, info.width, info.height) == (6, 1200, 1600)
    assert identify_photo((EXAMPLES / "kit" / "couronne-solaire.png").read_bytes(), "c").format == "PNG"


def test_the_sources_build_the_committed_kit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    module = maker()
    first, second = tmp_path / "a.presskit-kit", tmp_path / "b.presskit-kit"
    module.build(first)
    module.build(second)
    assert first.read_bytes() == second.read_bytes()
    built, committed = load_kit(first), load_kit(KIT)
    assert built.items == committed.items
    assert built.media == committed.media
    assert built.extra == committed.extra
