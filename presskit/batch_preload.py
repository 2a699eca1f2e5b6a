"""What the batch export's fork server imports once (``presskit.batch.PRELOAD``).

Every worker is forked from that server, so each starts with the export stack loaded:
compose, the PDF, text and HTML renderers, reportlab. python-docx (a third of the stack's
import time) is imported by each worker of a batch that writes DOCX (``batch.WARM_UP``). A
module that fails to import is
skipped here (the fork server would die on anything but an ImportError); the worker that
needs it then reports the failure for its input, as a single export would.
"""

from __future__ import annotations

import contextlib
import importlib

STACK = ("presskit.draft", "presskit.export", "presskit.compose", "presskit.renderers.pdf",
         "presskit.renderers.text", "presskit.renderers.eml", "presskit.renderers.html")

for _name in STACK:
    with contextlib.suppress(Exception):
        importlib.import_module(_name)
