"""Each segmentation rule alone, on synthetic lines (see ``SEGMENT_RULES``)."""

from __future__ import annotations

import pytest

from zznews._pipeline.classify import classify
from zznews._pipeline.credits import mend_cut_credits
from zznews._pipeline.lines import split_lines
from zznews._pipeline.records import Classified
from zznews._pipeline.segment import SEGMENT_RULES, find_starts
from zznews.model import ArticleKind

RULES = {rule.name: rule.find for rule in SEGMENT_RULES}


def lines_of(text: str) -> tuple[Classified, ...]:
    """The classified lines of ``text`` (one page, no header)."""
    return mend_cut_credits(tuple(classify(line) for line in split_lines(text)), text)


STORY = "市里新建三座公园\n\n本报讯(记者/王明)今年,市里新建三座公园。\n\n公园周末开放。\n"
PHOTO_NEWS = "志愿者清扫街道\n\n\n\n\n志愿者在街头清扫落叶。 记者/李华 摄\n"
BRIEFS = (
    "社区开展消防演练\n\n居民学习使用灭火器。(刘欢)\n\n学校举办读书节\n\n学生分享读书心得。(陈婷)\n"
)
DATED = "居民夜跑活动走红\n\n近日,居民自发组织夜跑。\n\n图书馆延长开放时间\n\n12月11日,图书馆宣布延长开放时间。\n"


def test_the_rules_have_a_declared_priority() -> None:
    assert [r.name for r in SEGMENT_RULES] == [
        "story opened by its byline",
        "photo news",
        "signed briefs",
        "dated items",
        "untitled photo news",
        "page start",
    ]


def test_a_standalone_byline_claims_the_first_paragraph_too() -> None:
    text = "市里新建三座公园\n\n记者 王明\n\n今年,市里新建三座公园。\n"
    (start,) = RULES["story opened by its byline"](lines_of(text), frozenset())
    assert start.claims == (0, 1, 2)  # the first paragraph opens nothing more


def test_a_byline_opens_a_story_headed_by_the_title_above_it() -> None:
    (start,) = RULES["story opened by its byline"](lines_of(STORY), frozenset())
    assert (start.at, start.kind, start.mark) == (0, ArticleKind.STORY, 1)
    assert start.claims == (0, 1)  # the title and the lead: its head


def test_photo_news_runs_from_its_title_to_its_credit() -> None:
    lines = lines_of(PHOTO_NEWS)
    (start,) = RULES["photo news"](lines, frozenset())
    assert start.kind is ArticleKind.PHOTO_NEWS
    assert lines[start.mark].line.raw.endswith("摄")


def test_a_signed_brief_and_the_title_after_it_start_items() -> None:
    starts = RULES["signed briefs"](lines_of(BRIEFS), frozenset())
    assert [s.at for s in starts] == [0, 2]


def test_a_title_over_a_dated_first_sentence_starts_an_item() -> None:
    starts = RULES["dated items"](lines_of(DATED), frozenset())
    assert [s.at for s in starts] == [2]  # (the page's first line: the page-start rule's)


def test_untitled_photo_news_is_a_dated_caption_with_its_credit() -> None:
    text = "上一条新闻的标题\n\n正文一句。\n\n12月18日,新线路试运行。(记者/刘远 摄)\n"
    starts = RULES["untitled photo news"](lines_of(text), frozenset())
    assert [(s.kind, s.untitled) for s in starts] == [(ArticleKind.PHOTO_NEWS, True)]


@pytest.mark.parametrize("claimed, expected", [(frozenset(), [0]), (frozenset({0}), [])])
def test_the_page_start_rule_fills_in_only_an_unclaimed_start(
    claimed: frozenset[int], expected: list[int]
) -> None:
    assert [s.at for s in RULES["page start"](lines_of("一段正文。\n"), claimed)] == expected


def test_a_higher_rule_claims_its_lines_from_the_lower_ones() -> None:
    # The byline's story claims its title: the dated-items rule may not start there.
    text = "市里新建三座公园\n\n本报讯(记者/王明)近日,市里新建三座公园。\n"
    starts = find_starts(lines_of(text))
    assert list(starts) == [0] and starts[0].mark == 1
