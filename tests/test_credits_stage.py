"""The credits stage alone: the byline-or-credit decision, signatures, and each repair."""

from __future__ import annotations

import pytest

from zznews._pipeline.classify import classify
from zznews._pipeline.credits import (
    CREDIT_REPAIRS,
    credit_kind,
    mend_cut_credits,
    read_credit,
    signature_of,
)
from zznews._pipeline.lines import split_lines
from zznews._pipeline.records import Classified, Kind
from zznews.byline import parse_byline

REPAIRS = {r.name: r.mend for r in CREDIT_REPAIRS}


def classified(text: str) -> tuple[Classified, ...]:
    return tuple(classify(line) for line in split_lines(text))


@pytest.mark.parametrize(
    "text, kind",
    [
        ("记者/王明 摄", Kind.CREDIT),
        ("文/图 记者 王明", Kind.BYLINE),  # credits the photos, but names the writer
        ("记者 王明 通讯员 李华", Kind.BYLINE),
    ],
)
def test_byline_or_credit_is_decided_in_one_place(text: str, kind: Kind) -> None:
    credit = parse_byline(text)
    assert credit is not None and credit_kind(credit, text) is kind
    (line,) = split_lines(text)
    read = read_credit(line)
    assert read is not None and read.kind is kind


def test_a_signature_is_read_once_into_the_line() -> None:
    (line,) = split_lines("社区开展消防演练,居民学习使用灭火器。(刘欢)")
    signed, signature = signature_of(line)
    assert signed and signature is not None
    assert [c.name for c in signature.contributors] == ["刘欢"]
    (c,) = classified(line.raw)
    assert c.signed and c.signature == signature


def test_a_source_note_signs_without_naming_anyone() -> None:
    (line,) = split_lines("全省新建公园五十座。(本报综合)")
    assert signature_of(line) == (True, None)


def test_every_repair_has_a_name_and_an_example() -> None:
    assert len({r.name for r in CREDIT_REPAIRS}) == len(CREDIT_REPAIRS)
    assert all(r.example for r in CREDIT_REPAIRS)


def test_a_signature_cut_onto_the_next_line_is_the_last_lines_note() -> None:
    lines = classified("居民学习使用灭火器。(易\n浩)\n")
    found = REPAIRS["a brief's signature cut"](lines, 0, "居民学习使用灭火器。(易\n浩)\n")
    assert found is not None
    note = found[1].note
    assert note is not None and [c.name for c in note.contributors] == ["易浩"]


def test_a_byline_cut_after_its_agency_is_carried_by_both_lines() -> None:
    text = "株洲日报全媒体\n记者/旷昆昆\n今天,市里举行活动。\n"
    lines = mend_cut_credits(classified(text), text)
    assert lines[0].kind is Kind.BYLINE and lines[1].continues_credit
    assert lines[0].byline is lines[1].byline
    assert lines[0].byline is not None and lines[0].byline.agency == "株洲日报"


def test_a_credit_cut_inside_a_name_is_one_credit() -> None:
    text = "志愿者清扫街道。 通讯员/丁\n超 摄\n"
    lines = mend_cut_credits(classified(text), text)
    credit = lines[1].byline
    assert lines[1].continues_credit and credit is not None
    assert [c.name for c in credit.contributors] == ["丁超"]


def test_a_line_nothing_cut_is_left_as_classified() -> None:
    text = "市里新建三座公园\n\n今年,市里新建三座公园。\n"
    lines = classified(text)
    assert mend_cut_credits(lines, text) is lines


def test_a_credit_on_two_whole_lines_is_one_credit_both_lines_carry() -> None:
    text = "工人在桥上作业。\n\n株洲日报全媒体记者 孙平\n通讯员 钱红 摄\n"
    lines = mend_cut_credits(classified(text), text)
    first, second = lines[1], lines[2]
    assert first.kind is second.kind is Kind.CREDIT and second.continues_credit
    assert first.byline is second.byline and first.byline is not None
    assert [c.name for c in first.byline.contributors] == ["孙平", "钱红"]
    assert first.byline.is_photo_credit


def test_classify_reads_no_byline_itself() -> None:
    import zznews._pipeline.classify as classify_module

    assert not hasattr(classify_module, "read_caption")
    assert not hasattr(classify_module, "read_glued")
