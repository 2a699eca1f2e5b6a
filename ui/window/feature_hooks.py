"""The window's side of two hooks of its API for features (``api.py``): field focusers by
path prefix, and running the export checks. Kept out of ``main_window.py``, which holds
only the calls."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from presskit.model import Release
from presskit_ui.window.api import FieldFocuser


class FieldFocusers:
    """Focusers registered by features for the draft fields under a path prefix."""

    def __init__(self) -> None:
        self._focusers: list[tuple[str, FieldFocuser]] = []

    def add(self, prefix: str, focuser: FieldFocuser) -> None:
        if not prefix:
            raise ValueError("a field focuser needs a prefix")
        self._focusers.append((prefix, focuser))

    def focus(self, field: str) -> bool | None:
        """What the focuser of *field*'s prefix says (the longest prefix wins); None when no
        feature claims *field* (the form's then)."""
        claims = [(prefix, f) for prefix, f in self._focusers if field.startswith(prefix)]
        if not claims:
            return None
        _prefix, focuser = max(claims, key=lambda claim: len(claim[0]))
        return bool(focuser(field))


def export_checks_pass(checks: Iterable[Callable[..., bool]], release: Release,
                       media: Mapping[str, bytes] | None = None) -> bool:
    """Every check (``api.ExportCheck``) in turn until one says no (it told the user why)."""
    if media is None:
        return all(check(release) for check in checks)
    return all(check(release, media=media) for check in checks)
