"""The reportlab backend: every use of reportlab's internals lives in this package.

- ``patches``: corrections to reportlab's paragraph machinery, installed before a PDF;
- ``tagging``: the structure tree, marked content and artifacts of a tagged PDF;
- ``backend``: the few document and page internals tagging needs;
- ``images``: image XObjects made once and drawn into many documents;
- ``fonts``: a ``TTFont`` rebuilt from its cached, parsed face;
- ``canvas``: the canvas that numbers pages once their count is known, and tags them;
- ``paragraph``: the paragraph and keep-together internals ``pdf_flow`` builds on;
- ``version``: the reportlab versions this backend was written for, checked at start-up.

``tests/presskit/renderers/test_rl_contained.py`` fails when a module outside this package
touches a private reportlab name.
"""
