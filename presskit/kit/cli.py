"""``presskit kit new|add|list`` and ``presskit export KIT`` (being built: issue 12)."""

from __future__ import annotations

import argparse
import sys
from typing import Any


def add_parser(sub: Any) -> None:
    kit = sub.add_parser("kit", help="build a press kit: the release with photos, documents, "
                                     "logos and links")
    kit.add_argument("action", nargs="?")


def run(args: argparse.Namespace) -> int:
    print("presskit: error: the kit commands are not available in this version", file=sys.stderr)
    return 2
