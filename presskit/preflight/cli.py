"""``presskit check DRAFT|KIT`` (being built: issue 13)."""

from __future__ import annotations

import argparse
import sys
from typing import Any


def add_parser(sub: Any) -> None:
    check = sub.add_parser("check", help="check a draft or kit before it goes out")
    check.add_argument("draft")


def run(args: argparse.Namespace) -> int:
    print("presskit: error: check is not available in this version", file=sys.stderr)
    return 2
