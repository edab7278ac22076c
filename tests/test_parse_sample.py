"""The sample page, field by field, against its gold annotation."""

from __future__ import annotations

from typing import Any

import pytest

import zznews


def _byline(b: zznews.Byline | None) -> Any:
    if b is None:
        return None
    return (b.agency, [[c.role, c.name] for c in b.contributors], b.is_photo_credit)


def _gold_byline(g: Any) -> Any:
    if g is None:
        return None
    return (g["agency"], g["contributors"], g["photo"])


def test_pages_sections_and_editors(sample_doc: zznews.Document, gold: dict[str, Any]) -> None:
    assert [(p.section, p.editor) for p in sample_doc.pages] == [
        (p["section"], p["editor"]) for p in gold["pages"]
    ]
    for page, gpage in zip(sample_doc.pages, gold["pages"], strict=True):
        assert [a.headline for a in page.articles] == [
            gold["articles"][i]["headline"] for i in gpage["articles"]
        ]


def test_article_count_and_reading_order(sample_doc: zznews.Document, gold: dict[str, Any]) -> None:
    assert [a.headline for a in sample_doc.articles] == [g["headline"] for g in gold["articles"]]


@pytest.mark.parametrize("index", range(9))
def test_article_fields(sample_doc: zznews.Document, gold: dict[str, Any], index: int) -> None:
    article, want = sample_doc.articles[index], gold["articles"][index]
    assert article.kicker == want["kicker"]
    assert article.headline == want["headline"]
    assert article.subtitle == want["subtitle"]
    assert article.kind.value == want["kind"]
    assert _byline(article.byline) == _gold_byline(want["byline"])
    assert list(article.headings) == want["section_headings"]
    assert list(article.paragraphs) == want["paragraphs"]
    if "series" in want:
        assert article.series == zznews.Series(want["series"]["name"], want["series"]["number"])


@pytest.mark.parametrize("index", range(9))
def test_article_photos(sample_doc: zznews.Document, gold: dict[str, Any], index: int) -> None:
    article, want = sample_doc.articles[index], gold["articles"][index]
    assert len(article.photos) == len(want["photos"])
    for photo, gphoto in zip(article.photos, want["photos"], strict=True):
        assert photo.kind.value == gphoto["kind"]
        assert _byline(photo.credit) == _gold_byline(gphoto["credit"])
        if want["kind"] != "photo_news":
            assert photo.caption == gphoto["caption"]


def test_far_caption_goes_to_the_story_it_speaks_of(sample_doc: zznews.Document) -> None:
    # Printed at the foot of page 2, after the last story, it speaks of 南洋技校.
    story = sample_doc.pages[1].articles[0]
    assert story.photos[0].caption == "南洋技校中式烹饪培训现场。"
    assert sample_doc.pages[1].articles[-1].photos[-1].caption != story.photos[0].caption


def test_nothing_unplaced_on_the_sample(sample_doc: zznews.Document) -> None:
    assert sample_doc.unplaced == ()
    assert all(p.photos == () for p in sample_doc.pages)


def test_text_fields_are_slices_of_the_source(
    sample_doc: zznews.Document, sample_text: str
) -> None:
    for article in sample_doc.articles:
        assert article.byline is not None
        a, b = article.byline.span
        assert sample_text[a:b] == article.byline.text
        for part in article.parts:
            a, b = part.span
            piece = sample_text[a:b]
            if part.field is zznews.Field.HEADLINE:
                assert piece == article.headline
            if part.field is zznews.Field.PARAGRAPH:
                assert piece in article.paragraphs[part.index]


def test_heading_positions_point_at_the_paragraph_under_them(sample_doc: zznews.Document) -> None:
    article = sample_doc.articles[5]
    assert article.headings == ("退役军人返乡创业", "有学员已成优秀企业家")
    assert article.heading_positions == (1, 6)
    assert article.paragraphs[1].startswith("谢恩的身份标签很多")


def test_sample_text_ships_inside_the_package(sample_text: str) -> None:
    assert zznews.sample_text() == sample_text
