"""``presskit export KIT [--pdf OUT.pdf] [--zip OUT.zip] [--html DIR]``.

With no output given, the kit PDF is written next to the kit, named like a release's
export (``presskit.export.default_stem``: ``CP028-2018-le-titre.pdf``). Errors are one line
naming the file, exit status 2; warnings go to stderr and the export still succeeds.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

EXIT_OK = 0
EXIT_BAD_INPUT = 2
_RELEASE_ONLY = ("docx", "txt", "eml")  # formats of a release, not of a kit


def _err(message: str) -> None:
    print(f"presskit: error: {message}", file=sys.stderr)


def export_command(args: argparse.Namespace) -> int:
    from presskit import deferred

    deferred.defer()
    from presskit.errors import PresskitError
    from presskit.export import default_stem, file_key
    from presskit.kit.container import load_kit
    from presskit.kit.outputs import export_kit

    kit_path = Path(args.draft)
    for fmt in _RELEASE_ONLY:
        if getattr(args, fmt, None) is not None:
            _err(f"{kit_path}: --{fmt} is for a release; a kit exports --pdf, --zip and --html")
            return EXIT_BAD_INPUT
    if getattr(args, "all", False):
        _err(f"{kit_path}: --all is for a release; a kit exports --pdf, --zip and --html")
        return EXIT_BAD_INPUT
    outputs = {k: getattr(args, k, None) for k in ("pdf", "zip", "html")}
    if "-" in outputs.values():
        _err(f"{kit_path}: a kit cannot be exported to standard output; give a file name")
        return EXIT_BAD_INPUT
    try:
        kit = load_kit(kit_path)
        pdf = Path(outputs["pdf"]) if outputs["pdf"] else None
        zip_path = Path(outputs["zip"]) if outputs["zip"] else None
        html = Path(outputs["html"]) if outputs["html"] else None
        if pdf is None and zip_path is None and html is None:
            pdf = kit_path.parent / (default_stem(kit.release) + ".pdf")
        if html is not None and html.suffix.lower() in (".html", ".htm") and not html.is_dir():
            _err(f"{kit_path}: for a kit, --html names the folder to write the newsroom "
                 f"page into (index.html and its files), not an HTML file like '{html}'")
            return EXIT_BAD_INPUT
        for out in (pdf, zip_path, html):
            if out is not None and file_key(out) == file_key(kit_path):
                _err(f"{out}: refusing to overwrite the kit with its export")
                return EXIT_BAD_INPUT
        from presskit.cli import home_country_setting

        result = export_kit(kit, pdf=pdf, zip=zip_path, html_dir=html,
                            home_country=home_country_setting())
    except PresskitError as exc:
        message = str(exc)  # a photo's error names its item; the kit is named first
        _err(message if message.startswith(str(kit_path)) else f"{kit_path}: {message}")
        return EXIT_BAD_INPUT
    for w in result.warnings:
        print(f"presskit: warning: {kit_path}: {w}", file=sys.stderr)
    if not getattr(args, "quiet", False):
        for kind, path in result.written.items():
            extra = (f" ({result.pages} page{'s' if result.pages != 1 else ''})"
                     if kind == "pdf" and result.pages else "")
            print(f"{kind.upper()}: {path}{extra}")
    return EXIT_OK
