"""The byline readers on the real texts of ../shared/corpus/real, when it is there.

Each line is read alone (``parse_byline``, and ``read_caption`` for a caption's
credit); what the readers find is checked against the gold annotations: every
agency and name read is one the gold names, and most of the gold's are read. No
text of the corpus is held here.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

import zznews
from zznews._fold import fold
from zznews.byline import names_writer, parse_credit_line, read_caption

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "real"

pytestmark = pytest.mark.skipif(not (CORPUS / "gold").is_dir(), reason="no real corpus here")


def _gold(path: Path) -> tuple[Counter[str], Counter[str]]:
    """The agencies and names (padding removed) of a gold annotation."""
    agencies: Counter[str] = Counter()
    names: Counter[str] = Counter()
    for article in json.loads(path.read_text(encoding="utf-8"))["articles"]:
        byline = article.get("byline") or {}
        if byline.get("agency"):
            agencies[byline["agency"]] += 1
        for c in [*byline.get("contributors", ()), *(article.get("photo_credits") or ())]:
            if c.get("name"):
                names[c["name"].replace(" ", "")] += 1
    return agencies, names


def _read(text: str) -> tuple[Counter[str], Counter[str]]:
    """The agencies and names the readers find on the lines of ``text``, each alone."""
    agencies: Counter[str] = Counter()
    names: Counter[str] = Counter()
    for line in text.splitlines():
        line = line.strip()
        b = zznews.parse_byline(line) if line else None
        if b is None and line:
            found = read_caption(fold(line))
            b = found[1] if found is not None else None
        if b is None and line.endswith(")") and "(" in line:
            # A brief's signature after its last sentence: …。(记者 王明)
            b = parse_credit_line(line[line.rindex("(") + 1 : -1])
        if b is None:
            continue
        if b.agency and (not b.is_photo_credit or names_writer(fold(line).text)):
            agencies[b.agency] += 1  # (a photo's agency is the gold's nowhere)
        names.update(c.name.replace(" ", "") for c in b.contributors)
    return agencies, names


def test_the_readers_read_the_real_bylines() -> None:
    hit_a = all_a = hit_n = all_n = 0
    wrong: list[str] = []
    for path in sorted((CORPUS / "gold").glob("*.json")):
        gold_a, gold_n = _gold(path)
        got_a, got_n = _read((CORPUS / "raw" / f"{path.stem}.txt").read_text(encoding="utf-8"))
        wrong += [f"{path.stem} agency {a}" for a in got_a if a not in gold_a]
        wrong += [f"{path.stem} name {n}" for n in got_n if n not in gold_n]
        hit_a += sum(1 for a in gold_a if a in got_a)
        all_a += len(gold_a)
        hit_n += sum(1 for n in gold_n if n in got_n)
        all_n += len(gold_n)
    # Every agency and name read is the gold's (a byline's own words, never a
    # sentence's), and the readers find most of what the gold has: the rest stands in
    # metadata lines (来源:…) or in signatures the pipeline reads, not the readers.
    assert len(wrong) <= 2, wrong
    assert hit_a / all_a >= 0.88, (hit_a, all_a)
    assert hit_n / all_n >= 0.9, (hit_n, all_n)
