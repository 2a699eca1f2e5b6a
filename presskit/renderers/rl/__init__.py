"""The reportlab backend: every use of reportlab's internals lives in this package.

- ``tagging``: the structure tree, marked content and artifacts of a tagged PDF;
- ``version``: the reportlab versions this backend was written for, checked at start-up.
"""
