"""Reading the tags of a Presskit PDF back: pdfinfo, poppler's structure text, pypdf."""

from __future__ import annotations

import io
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from pypdf import PdfReader


def _run(args: list[str], data: bytes) -> subprocess.CompletedProcess[str]:
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "tagged.pdf"
        pdf.write_bytes(data)
        return subprocess.run([*args, str(pdf)], capture_output=True, text=True, check=False)


def pdfinfo(data: bytes) -> dict[str, str]:
    out = _run(["pdfinfo"], data).stdout
    return {k.strip(): v.strip() for k, v in (line.split(":", 1) for line in out.splitlines()
                                              if ":" in line)}


def struct_text(data: bytes) -> list[tuple[int, str, str]]:
    """(depth, role, text) for every element ``pdfinfo -struct-text`` prints, in order; the
    text is what the element's own content says (its quoted lines joined)."""
    out = _run(["pdfinfo", "-struct-text"], data).stdout
    rows: list[tuple[int, str, str]] = []
    for line in out.splitlines():
        stripped = line.lstrip(" ")
        depth = (len(line) - len(stripped)) // 2
        if stripped.startswith('"'):
            role_depth, role, text = rows[-1]
            rows[-1] = (role_depth, role, text + stripped[1:-1])
        elif stripped:
            rows.append((depth, stripped.split(" ")[0], ""))
    return rows


def pdfua_findings(data: bytes) -> tuple[int, str]:
    """(exit status, report) of PyPI's pdfua checker: 0 when it finds nothing."""
    done = _run([sys.executable, "-m", "pdfua", "check"], data)
    return done.returncode, done.stdout + done.stderr


def reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def squash(text: str) -> str:
    """*text* without any whitespace: poppler joins a paragraph's lines without a space."""
    return re.sub(r"\s+", "", text)


def resolve(obj: Any) -> Any:
    return obj.get_object() if hasattr(obj, "get_object") else obj
