"""A cold ``presskit export DRAFT --pdf OUT`` imports only what a PDF export uses (issue 16).

Start-up is most of a one-shot export's time, so each module the command loads without
needing it is time lost on every export. The export runs in a fresh process, as the
command runs it; the process then lists the modules really imported (a stand-in put in
``sys.modules`` by :mod:`presskit.deferred` does not count until it is used).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

REPO = Path(__file__).resolve().parents[2]
FRENCH = REPO / "examples" / "communique-fr.presskit"

# None of these is needed to write a PDF: the network stack that xml.sax.saxutils drags in,
# the spelling checker, Word documents, preflight, kits and batches.
NOT_FOR_A_PDF = ("urllib.request", "http.client", "enchant", "docx", "presskit.preflight",
                 "presskit.kit", "presskit.batch")
# Once the font and logo caches are filled, not subprocess either: the font fallback runs
# fc-list only for a character the bundled fonts lack (Pillow's JPEG plugin, which decodes
# the logo the first time, imports it too).
NOT_FOR_A_CACHED_PDF = (*NOT_FOR_A_PDF, "subprocess")

_CODE = """
import json, sys
from presskit.cli import main
rc = main(["export", sys.argv[1], "--pdf", sys.argv[2], "-q"])
from presskit.deferred import is_loaded
print(json.dumps({"rc": rc, "modules": sorted(m for m in list(sys.modules) if is_loaded(m))}))
"""


def _export_in_a_fresh_process(draft: Path, pdf: Path) -> tuple[int, set[str]]:
    proc = subprocess.run([sys.executable, "-c", _CODE, str(draft), str(pdf)],
                          capture_output=True, text=True, timeout=120, cwd=REPO)
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    return result["rc"], set(result["modules"])


def _loaded(modules: set[str], name: str) -> bool:
    return name in modules or any(m.startswith(name + ".") for m in modules)


def test_pdf_export_of_the_french_example_imports_nothing_it_does_not_use(
        tmp_path: Path) -> None:
    for run, unwanted_names in (("first", NOT_FOR_A_PDF), ("caches filled", NOT_FOR_A_CACHED_PDF)):
        pdf = tmp_path / f"communique-{run}.pdf"
        rc, modules = _export_in_a_fresh_process(FRENCH, pdf)
        assert rc == 0
        # The export did happen, in French (so the list is that of a real export).
        text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
        assert "Contacts presse" in text
        assert "presskit.renderers.pdf" in modules and "reportlab.platypus" in modules
        unwanted = sorted(name for name in unwanted_names if _loaded(modules, name))
        assert (run, unwanted) == (run, [])


def test_a_french_release_compiles_no_other_language_s_typography(tmp_path: Path) -> None:
    """Typography patterns are compiled when a rule first needs one: the French release
    runs the French spaces, never the Spanish rayas nor the English number ranges."""
    code = """
import json, sys
from presskit.cli import main
rc = main(["export", sys.argv[1], "--pdf", sys.argv[2], "-q"])
from presskit import typography
from presskit.typography_patterns import LazyPattern
print(json.dumps({"rc": rc, "compiled": [name for name, value in vars(typography).items()
                                         if isinstance(value, LazyPattern) and value.is_compiled]}))
"""
    proc = subprocess.run([sys.executable, "-c", code, str(FRENCH), str(tmp_path / "fr.pdf")],
                          capture_output=True, text=True, timeout=120, cwd=REPO)
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["rc"] == 0
    compiled = set(result["compiled"])
    assert {"_FR_BEFORE_COLON", "_FR_GUILL_OPEN", "_ORDINAL"} <= compiled  # French rules ran
    assert not compiled & {"_SPACED_HYPHEN_ES", "_RANGE", "_CLOSED_DOUBLE_HYPHEN"}


def test_lazy_pattern_is_the_compiled_pattern() -> None:
    import re

    from presskit.typography_patterns import LazyPattern

    lazy = LazyPattern(r"(\d+)-(\d+)", re.I)
    assert not lazy.is_compiled
    text = "pages 12-14, 2018-2020"
    assert lazy.sub(r"\1–\2", text) == "pages 12–14, 2018–2020"
    assert lazy.is_compiled and lazy.compiled is lazy.compiled
    assert [m.span() for m in lazy.finditer(text)] == [(6, 11), (13, 22)]
    assert lazy.search(text, 12) is not None and lazy.search(text, 18) is None
    assert lazy.match(text) is None and lazy.match(text, 6) is not None


def test_the_xmp_escape_is_saxutils_escape() -> None:
    from xml.sax.saxutils import escape

    from presskit.renderers.rl.tagging import xml_text

    for value in ('Café & Co <b>"quoted"</b> l’été', "&amp; already", "a > b < c", "'single'",
                  ""):
        assert xml_text(value) == escape(value, {'"': "&quot;"})


def test_the_help_still_lists_every_command_and_each_command_parses() -> None:
    """Only ``presskit export`` skips the other commands' parsers; the help has them all."""
    proc = subprocess.run([sys.executable, "-m", "presskit", "--help"], capture_output=True,
                          text=True, timeout=60, cwd=REPO)
    assert proc.returncode == 0, proc.stderr
    commands = proc.stdout.split("{", 1)[1].split("}", 1)[0]
    assert commands.split(",") == ["export", "edit", "check", "kit", "contacts"]
    from presskit.cli import build_parser

    assert build_parser("check").parse_args(["check", "a.presskit", "--json"]).json is True
    assert build_parser("kit").parse_args(["kit", "list", "k.presskit-kit"]).command == "kit"
    export = build_parser("export").parse_args(["export", "a.presskit", "--pdf", "a.pdf"])
    assert export.pdf == "a.pdf"
