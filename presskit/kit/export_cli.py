"""``presskit export KIT [--pdf OUT.pdf] [--zip OUT.zip] [--html DIR]`` (being built: issue 12)."""

from __future__ import annotations

import argparse
import sys


def export_command(args: argparse.Namespace) -> int:
    print(f"presskit: error: {args.draft}: kit export is not available in this version",
          file=sys.stderr)
    return 2
