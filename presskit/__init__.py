"""Presskit core: release model, drafts, compose step, renderers, contacts and CLI.

This package never imports Qt; the editor lives in ``presskit_ui``.
"""

__version__ = "0.1.0"
