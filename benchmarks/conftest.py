"""Without pytest-benchmark (``pip install --group bench``) the timings skip, with a word why."""

from __future__ import annotations

import importlib.util
from typing import Any

import pytest

if importlib.util.find_spec("pytest_benchmark") is None:

    @pytest.fixture
    def benchmark() -> Any:
        """Stands in for pytest-benchmark's fixture: the timing is skipped."""
        pytest.skip("pytest-benchmark is not installed: pip install --group bench")
