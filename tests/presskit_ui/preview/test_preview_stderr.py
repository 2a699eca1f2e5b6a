"""Issue 14 §3: opening a draft, showing its PDF and quitting print no QtPdf warning."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtPdfWidgets")


@pytest.mark.timeout(120)
def test_start_and_quit_print_no_qpdf_link_model_warning(tmp_path: Path) -> None:
    env = dict(os.environ, PRESSKIT_DATA_DIR=str(tmp_path), QT_QPA_PLATFORM="offscreen",
               # Quits once the preview has shown the PDF (and saves that picture).
               PRESSKIT_DEVHOOKS="1", PRESSKIT_SCREENSHOT=str(tmp_path / "shot.png"))
    example = Path(__file__).resolve().parents[3] / "examples" / "communique-fr.presskit"
    done = subprocess.run([sys.executable, "-m", "presskit", str(example)], env=env,
                          capture_output=True, text=True, timeout=100)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "shot.png").stat().st_size > 0, done.stderr
    assert "QPdfLinkModel" not in done.stderr
    assert "invalid nullptr parameter" not in done.stderr
