"""The kit and preflight modules use other modules' public names only (the house rule)."""

from __future__ import annotations

import ast
from pathlib import Path

import presskit
from presskit import catalogs
from presskit.kit import labels as kit_labels
from presskit.preflight import messages

ROOT = Path(presskit.__file__).parent


def _private_imports(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("presskit"):
            own = path.relative_to(ROOT.parent).with_suffix("").as_posix().replace("/", ".")
            if node.module == own:
                continue
            found += [f"{path.name}: {node.module}.{a.name}" for a in node.names
                      if a.name.startswith("_") and not a.name.startswith("__")]
    return found


def test_no_module_of_the_kit_or_preflight_imports_a_private_name() -> None:
    paths = sorted((ROOT / "kit").glob("*.py")) + sorted((ROOT / "preflight").glob("*.py")) \
        + sorted(ROOT.glob("batch*.py"))
    assert len(paths) > 10
    assert [hit for p in paths for hit in _private_imports(p)] == []


def test_the_catalogs_are_the_shared_ones() -> None:
    assert messages.translator("fr") == catalogs.translations("preflight", "fr").gettext
    assert messages.translator("fr")(messages.NO_HEADLINE) != messages.NO_HEADLINE
    assert kit_labels.translations("fr_FR") is catalogs.translations("labels", "fr_FR")
