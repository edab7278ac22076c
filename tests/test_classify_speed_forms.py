"""The cheaper forms of the line stages' tests say what the plain forms said.

Patterns rewritten to open with a character (so the engine skips along in C), a
fold that drops invisible characters in its one scan, and cheap tests before dear
ones: each is checked here against the form it replaced, on synthetic text.
"""

from __future__ import annotations

import re

import pytest

from zznews import ParseError
from zznews._fold import fold, fold_whole
from zznews._patterns import alternation
from zznews._pipeline.credits import _REPAIRS_OF_KINDS, CREDIT_REPAIRS
from zznews._pipeline.lines import split_lines
from zznews._pipeline.meta import _labels
from zznews._pipeline.records import PHONE, Kind, gives_contact
from zznews.byline import _SEP, SHORT_ROLES, grammar
from zznews.vocab.byline import FILE_PHOTO_NOTES, PHOTO_MARKS, PHOTO_NOTES
from zznews.vocabulary import Vocabulary

_OLD_PHONE = re.compile(r"(?<![0-9])(?:0[0-9]{2,3}-?[0-9]{7,8}|1[3-9][0-9]{9})(?![0-9])")


@pytest.mark.parametrize(
    "text",
    ["电话0731-28688123", "a10731-28688123", "13812345678", "213812345678", "1381234567890", "无"],
)
def test_the_phone_pattern_finds_what_it_found(text: str) -> None:
    old, new = _OLD_PHONE.search(text), PHONE.search(text)
    assert (old and old.span()) == (new and new.span())


@pytest.mark.parametrize(
    ("text", "gives"),
    [("咨询电话:0731-28688123", True), ("报名地点:市图书馆", True), ("拨打13812345678", True)],
)
def test_contact_details(text: str, gives: bool) -> None:
    assert gives_contact(text) is gives
    assert gives_contact("报名地点在市图书馆") is False  # (no colon: no label)


def test_the_byline_word_is_found_where_it_was() -> None:
    v = Vocabulary.default()
    long_roles = frozenset(v.roles) - SHORT_ROLES
    marks = frozenset(PHOTO_MARKS + PHOTO_NOTES + FILE_PHOTO_NOTES)
    old = re.compile(
        rf"{alternation(long_roles | marks)}|{alternation(v.job_titles)}"
        rf"|(?:{alternation(SHORT_ROLES)})\s*{_SEP}"
    )
    for text in [
        "文/王明",
        "文 : 王明",
        "陈文湘",
        "图文 王明",
        "王明 摄",
        "主任",
        "图",
        "记者王明",
    ]:
        assert (old.search(text) is None) is (grammar().byline_word.search(text) is None), text


def test_the_metadata_hint_finds_labels_and_years() -> None:
    hint = _labels().hint
    assert hint.search("来源:红网") and hint.search("发布于 2016-05-12")
    assert hint.search("2021年04月") and hint.search("今年有3000人") is None


def test_one_scan_folds_and_drops() -> None:
    f = fold("記\u200b者，王明")
    assert (f.text, f.orig(2), f.orig(len(f.text))) == ("记者,王明", 3, 6)
    assert fold_whole("記者，王明") == "记者,王明"
    assert fold_whole("王\u200b明") is None and fold_whole("王\udcff明") is None


def test_a_lone_surrogate_is_still_refused() -> None:
    with pytest.raises(ParseError, match="line 2"):
        split_lines("标题\n王\udcff明\n")


def test_the_repairs_by_kinds_keep_their_order() -> None:
    for a in Kind:
        for b in Kind:
            want = tuple(r for r in CREDIT_REPAIRS if a in r.first and b in r.second)
            assert _REPAIRS_OF_KINDS[a][b] == want
