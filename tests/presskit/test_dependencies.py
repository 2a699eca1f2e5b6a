"""Every runtime dependency in pyproject.toml is one the product imports (issue 15 §7)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

# Distribution name -> the module it provides. A dependency missing here fails the test:
# say which module it brings, or drop it.
MODULES = {
    "reportlab": "reportlab",
    "python-docx": "docx",
    "babel": "babel",
    "platformdirs": "platformdirs",
    "markdown-it-py": "markdown_it",
    "pillow": "PIL",
    "phonenumbers": "phonenumbers",
    "email-validator": "email_validator",
    "pyenchant": "enchant",
    "pyside6-essentials": "PySide6",
    "pyside6-pdf": "PySide6.QtPdf",
    "jsonschema": "jsonschema",
    "vobject": "vobject",
}
# Loaded by another dependency rather than by our code.
INDIRECT = {
    "rl_accel": "reportlab's C accelerator, imported by reportlab itself",
    "uharfbuzz": "reportlab's shaping of joining scripts (presskit/deferred.py defers it)",
}


def _runtime_dependencies() -> list[str]:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [re.split(r"[<>=!~\[; ]", dep, maxsplit=1)[0].strip().lower()
            for dep in project["dependencies"]]


def _imported(module: str) -> bool:
    pattern = re.compile(rf"^\s*(?:import|from)\s+{re.escape(module)}\b", re.M)
    sources = [*(REPO / "presskit").rglob("*.py"), *(REPO / "ui").rglob("*.py")]
    return any(pattern.search(p.read_text(encoding="utf-8")) for p in sources)


def test_every_runtime_dependency_is_imported_by_the_product() -> None:
    unused = []
    for name in _runtime_dependencies():
        if name.replace("-", "_") in INDIRECT:
            continue
        assert name in MODULES, f"{name}: which module does it provide?"
        if not _imported(MODULES[name]):
            unused.append(name)
    assert unused == []
