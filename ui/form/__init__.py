"""The release form: one widget per draft field, grouped as a press officer thinks.

``ReleaseForm`` is imported lazily so that the Qt-free rules next to it
(``markdown_text``, ``validation``) can be used without building any widget.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from presskit_ui.form.form import ReleaseForm

__all__ = ["ReleaseForm"]


def __getattr__(name: str) -> Any:
    if name == "ReleaseForm":
        from presskit_ui.form.form import ReleaseForm

        return ReleaseForm
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
