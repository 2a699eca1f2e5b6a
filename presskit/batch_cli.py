"""``presskit export INPUT... --outdir DIR`` (being built: issue 16)."""

from __future__ import annotations

import argparse
import sys


def run(args: argparse.Namespace) -> int:
    print("presskit: error: batch export is not available in this version", file=sys.stderr)
    return 2
