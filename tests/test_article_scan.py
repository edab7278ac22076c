"""The parser scans an article's texts as one: it must find what the texts hold one by one.

:func:`zznews.parse` joins an article's texts (title lines, paragraphs, headings,
captions) with line breaks and scans them once for dates and quantities; the
public :func:`zznews.extract_quantities` and :func:`zznews.extract_dates` read
one text at a time. The two must agree, and nothing may cross a line break.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

import zznews
from test_robustness import mutated_pages
from zznews.dates import extract_article_dates
from zznews.model import Article

ISSUE = dt.date(2025, 11, 21)


def reading_texts(a: Article) -> list[str]:
    """An article's texts in the order the parser reads them: titles, body, captions."""
    texts = [t for t in (a.kicker, a.headline, a.subtitle) if t]
    headings = dict(zip(a.heading_positions, a.headings, strict=True))
    for i, paragraph in enumerate(a.paragraphs):
        if i in headings:
            texts.append(headings.pop(i))
        texts.append(paragraph)
    texts.extend(headings.values())  # headings after the last paragraph
    texts.extend(p.caption for p in a.photos if p.caption)
    return texts


def quantity_keys(qs: Any) -> Counter[tuple[Any, ...]]:
    return Counter((q.text, q.value, q.low, q.high, q.unit, q.approx, q.per) for q in qs)


def test_every_article_of_the_sample_agrees_with_its_texts_one_by_one(
    sample_doc: zznews.Document,
) -> None:
    for a in sample_doc.articles:
        texts = reading_texts(a)
        one_by_one = [q for t in texts for q in zznews.extract_quantities(t)]
        assert quantity_keys(a.quantities) == quantity_keys(one_by_one), a.headline
        if a.byline is not None and a.byline.dateline:
            texts.insert(0, a.byline.dateline)
        dates = [m for ms in extract_article_dates(texts, issue_date=ISSUE) for m in ms]
        assert [(d.text, d.start, d.end) for d in a.dates] == [
            (d.text, d.start, d.end) for d in dates
        ], a.headline


def test_spans_of_the_one_scan_point_into_the_source(
    sample_doc: zznews.Document, sample_text: str
) -> None:
    for a in sample_doc.articles:
        for q in a.quantities:
            assert sample_text[q.span[0] : q.span[1]].replace("\n", "") == q.text
        for d in a.dates:
            assert sample_text[d.span[0] : d.span[1]].replace("\n", "") == d.text


PAGE = """标题一则

株洲日报(记者/王明)11月19日,每周有5名志愿者巡逻,他说:“我们很高兴。

今天要把活动办好。

全市新增3家企业。
"""


def test_a_rate_word_stops_at_its_paragraph() -> None:
    (a,) = zznews.parse(PAGE, issue_date=ISSUE).articles
    assert [(q.text, q.per) for q in a.quantities] == [("5名", "周"), ("3家", None)]


def test_quoted_speech_stops_at_its_paragraph() -> None:
    """The quotation left open is not the speaker's: 今天 in the next paragraph is the issue date."""
    (a,) = zznews.parse(PAGE, issue_date=ISSUE).articles
    assert [(d.text, d.start) for d in a.dates] == [
        ("11月19日", dt.date(2025, 11, 19)),
        ("今天", ISSUE),
    ]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("11月18日\n星期五开会", ["11月18日"]),  # a weekday on the next line is not the date's
        ("11月18日 星期五开会", ["11月18日 星期五"]),
    ],
)
def test_a_date_never_crosses_a_line_break(text: str, dates: list[str]) -> None:
    assert [d.text for d in zznews.extract_dates(text, issue_date=ISSUE)] == dates


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_pages())
def test_mangled_pages_agree_with_their_texts_one_by_one(text: str) -> None:
    for a in zznews.parse(text, issue_date=ISSUE).articles:
        one_by_one = [q for t in reading_texts(a) for q in zznews.extract_quantities(t)]
        assert quantity_keys(a.quantities) == quantity_keys(one_by_one)
