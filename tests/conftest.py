"""Shared fixtures: the sample page and its gold annotation, as shipped under tests/data."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

import zznews

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def sample_text() -> str:
    """The real extracted page pair (株洲日报, 2025-11-21)."""
    return (DATA / "zzrb-sample-page.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def gold() -> dict[str, Any]:
    """What a careful reader gets out of the sample page."""
    data: dict[str, Any] = json.loads((DATA / "zzrb-sample-page.gold.json").read_text("utf-8"))
    return data


@pytest.fixture(scope="session")
def sample_doc(sample_text: str, gold: dict[str, Any]) -> zznews.Document:
    """The sample page parsed against its issue date."""
    return zznews.parse(sample_text, issue_date=dt.date.fromisoformat(gold["issue_date"]))
