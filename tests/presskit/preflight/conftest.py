"""The good release as a fixture (support.py has the release and the frozen clock)."""

from __future__ import annotations

import pytest

from presskit.model import Release
from tests.presskit.preflight.support import good_release


@pytest.fixture
def release() -> Release:
    return good_release()
