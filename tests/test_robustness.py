"""Any text gives a Document or a ParseError, loses nothing, and stays linear.

The property tests feed random text, real pages mutated the way extraction
mangles them (lines dropped, shuffled, cut mid-character, repeated) and hostile
text; every result must cover every visible character of the input with its
parts. The hostile inputs here are small enough for a fast suite: their cost
growth is measured in ``benchmarks/linear.py``, not here (no timing in tests).
"""

from __future__ import annotations

import datetime as dt
import os
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import zznews
from zznews._fold import fold
from zznews.vocab.text import INVISIBLE

SETTINGS = settings(
    max_examples=int(os.environ.get("ZZNEWS_EXAMPLES", "150")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _blank(ch: str) -> bool:
    """Characters that carry no text: white space, zero-width marks, control characters."""
    return ch.isspace() or ch in INVISIBLE or unicodedata.category(ch) == "Cc"


def _visible(text: str) -> str:
    """``text`` without its blank characters."""
    return "".join(ch for ch in text if not _blank(ch))


def check(text: str, *, issue_date: dt.date | None = None) -> zznews.Document | None:
    """Parse ``text``; check the spans and the no-loss invariant. ``None`` on ParseError."""
    try:
        doc = zznews.parse(text, issue_date=issue_date)
    except zznews.ParseError as e:
        assert isinstance(e, ValueError)
        assert e.line is not None and str(e).startswith(f"line {e.line}: ")
        return None
    assert isinstance(doc, zznews.Document)
    covered = bytearray(len(text))
    for part in doc.iter_parts():
        a, b = part.span
        assert 0 <= a <= b <= len(text), part
        covered[a:b] = b"\x01" * (b - a)
    lost = [i for i, ch in enumerate(text) if not covered[i] and not _blank(ch)]
    assert not lost, f"characters in no part: {[text[i] for i in lost[:20]]} at {lost[:20]}"
    for u in doc.unplaced:
        assert text[u.span[0] : u.span[1]] == u.text
    for a in doc.articles:
        if a.byline is not None:
            assert text[a.byline.span[0] : a.byline.span[1]] == a.byline.text
        # A quantity or a date cut by a column break is read across it: its span
        # then holds the break too, and otherwise the same characters.
        for q in a.quantities:
            assert _visible(text[q.span[0] : q.span[1]]) == _visible(q.text)
        for d in a.dates:
            assert _visible(text[d.span[0] : d.span[1]]) == _visible(d.text)
    # The model survives the round trip through JSON whatever the input was.
    assert zznews.from_json(zznews.to_json(doc)) == doc
    return doc


# --- strategies ------------------------------------------------------------------

#: Characters that mean something to the parser, and characters that should not.
TRICKY = (
    "0123456789０１２３４５６７８９一二三四五六七八九十百千万亿两几余多超近约"
    "年月日至到-—~个人家元%％第每周"
    "记者通讯员全媒体株洲日报本报讯記報通訊員摄图文供影/／:：()（）〔〕|｜丨"
    "责任编辑星期五二维码扫"
    "。.!！?？…;；,，、“”‘’《》「」\"'——"
    " \u3000\u00a0\t\n\n\n\r\x00\ufeff\u200b\u200d\x0b\x0c\x85\u2028"
)

tricky_text = st.text(alphabet=st.sampled_from(TRICKY), max_size=400)


@st.composite
def mutated_pages(draw: st.DrawFn) -> str:
    """The sample page, mangled as extraction mangles pages."""
    lines = zznews.sample_text().split("\n")
    ops = draw(st.lists(st.sampled_from(["drop", "shuffle", "cut", "repeat", "join"]), max_size=4))
    rnd = draw(st.randoms(use_true_random=False))
    for op in ops:
        if op == "drop":
            lines = [ln for ln in lines if rnd.random() > 0.3]
        elif op == "shuffle":
            rnd.shuffle(lines)
        elif op == "cut":  # truncated mid-character, decoded the forgiving way
            k = rnd.randrange(len(lines) or 1)
            if lines:
                raw = lines[k].encode("utf-8")
                raw = raw[: rnd.randrange(len(raw) + 1)]
                lines = [*lines[:k], raw.decode("utf-8", errors="replace")]
        elif op == "repeat" and lines:
            a = rnd.randrange(len(lines))
            lines = lines[: a + 1] + lines[a : a + 20] * rnd.randrange(1, 4) + lines[a + 1 :]
        elif op == "join":
            lines = ["".join(lines[i : i + 2]) for i in range(0, len(lines), 2)]
    return "\n".join(lines)


# --- properties ------------------------------------------------------------------


@SETTINGS
@given(st.text(max_size=300))
def test_any_text(text: str) -> None:
    check(text)


@SETTINGS
@given(tricky_text)
def test_tricky_text(text: str) -> None:
    check(text)


@SETTINGS
@given(mutated_pages(), st.none() | st.dates(dt.date(1950, 1, 1), dt.date(2100, 12, 31)))
def test_mutated_pages(text: str, issue_date: dt.date | None) -> None:
    check(text, issue_date=issue_date)


@SETTINGS
@given(st.lists(st.sampled_from(zznews.sample_text().split("\n")), max_size=40), tricky_text)
def test_page_lines_with_noise(lines: list[str], noise: str) -> None:
    assume(lines or noise)
    check("\n".join(lines) + noise)


@SETTINGS
@given(st.text(max_size=40), st.integers(0, 40), st.text(max_size=40))
def test_lone_surrogates_are_a_parse_error(before: str, n: int, after: str) -> None:
    text = before + "\n" * n + "\udcff" + after
    with pytest.raises(zznews.ParseError) as info:
        zznews.parse(text)
    assert "decode" in str(info.value)
    line = next(i for i, ln in enumerate(text.splitlines(), start=1) if "\udcff" in ln)
    assert info.value.line == line


# --- types -----------------------------------------------------------------------


@pytest.mark.parametrize("value", [b"\xe6\xa0\x87\xe9\xa2\x98", bytearray(b"x"), None, 3, ["a"]])
def test_non_str_is_a_type_error(value: object) -> None:
    with pytest.raises(TypeError, match="decode"):
        zznews.parse(value)  # type: ignore[arg-type]


def test_issue_date_must_be_a_date() -> None:
    with pytest.raises(TypeError):
        zznews.parse("标题", issue_date="2025-11-21")  # type: ignore[arg-type]


# --- hostile inputs (small here; benchmarks/linear.py times them big) --------------

HOSTILE = {
    "digits": "1" * 5000,
    "yu_duo": "余多" * 2000,
    "blank_lines": "\n" * 10000,
    "no_punctuation": "株洲日报全媒体记者通讯员" * 2000,
    "byline_opener": "株洲日报(全媒体记者/李逸峰 通讯员/周陵湘)" * 200,
    "byline_lines": "株洲日报(全媒体记者/李逸峰 通讯员/周陵湘)\n" * 200,
    "quoted_counts": "“3家”" * 1000,
    "chinese_numerals": "一二三四五六七八九十百千万亿" * 300,
    "brackets": "(" * 3000 + ")" * 3000,
    "captions": "南洋技校中式烹饪培训现场。 记者/何春林 摄\n" * 100,
    "dates": "2025年11月21日至22日" * 300,
    "ranges": "5到10家" * 600,
    "rate": "每周" + "5名" * 2000,
    "full_stops": "。" * 5000 + "记者/王明 摄",
    "headers": "就业·创业\n责任编辑:王建设\n" * 200,
    "dashes": "——" * 3000,
    "zero_width": "\u200b" * 3000 + "标题\u200b" * 300,
    "quoted_today": "“今天好。”他说," * 400 + "11月19日",
    "signed_briefs": "标题\n\n近日,活动举行。(刘欢)\n\n" * 100,
    "titles_and_text": "标题在此\n\n活动举行。\n\n" * 200,
    "ordinal_lists": "第" + "一、" * 2000 + "三名",
    "signatures": "□ 李华\n" * 300,
    "mastheads": "株洲日报\n" * 300,
    "numbered_captions": "图①:村民管护蒜苗。\n" * 300 + "记者/刘远 摄",
    "cut_bylines": "标题\n\n株洲日报全媒体\n\n记者/旷昆昆\n\n株洲日报讯(记者/罗雅琴 通讯员/\n\n刘晶)正文。\n\n"
    * 60,
    "lead_photos": "标题\n\n——副题\n\n\n\n图片说明。\n\n记者/王明 摄\n\n株洲日报(记者/王明)正文。\n\n"
    * 60,
    "quoted_titles": "“真方便!”\n\n" * 300,
    "stories_with_captions": "标题\n\n株洲日报(记者/王明)正文。\n\n\n\n说明。 记者/王明 摄\n\n"
    * 100,
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_input_completes(name: str) -> None:
    check(HOSTILE[name])


# --- input hygiene -----------------------------------------------------------------


def _shape(doc: zznews.Document) -> list[tuple[object, ...]]:
    """What must not change when only the encoding of the page changes."""
    return [
        (
            a.kind,
            a.headline is not None,
            len(a.paragraphs),
            len(a.headings),
            len(a.photos),
            a.byline is not None and [(c.role, len(c.name)) for c in a.byline.contributors],
            len(a.quantities),
            len(a.dates),
        )
        for a in doc.articles
    ]


FULL_WIDTH = str.maketrans(
    {",": "，", ":": "：", "(": "（", ")": "）", "!": "！", "?": "？", ";": "；"}
)

VARIANTS = {
    "bom": lambda t: "\ufeff" + t,
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "lone_cr": lambda t: t.replace("\n", "\r"),
    "nbsp": lambda t: t.replace(" ", "\u00a0"),
    "ideographic_space": lambda t: t.replace(" ", "\u3000"),
    "zero_width": lambda t: t.replace("记者", "记\u200b者").replace("。", "。\u200d"),
    "nul": lambda t: t.replace("\n\n", "\n\x00\n"),
    "full_width": lambda t: t.translate(FULL_WIDTH),
    "traditional": lambda t: (
        t.replace("报", "報").replace("记者", "記者").replace("通讯员", "通訊員")
    ),
}


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_hygiene_variants_parse_alike(name: str, sample_text: str) -> None:
    issue = dt.date(2025, 11, 21)
    base = zznews.parse(sample_text, issue_date=issue)
    text = VARIANTS[name](sample_text)
    doc = check(text, issue_date=issue)
    assert doc is not None
    assert _shape(doc) == _shape(base)
    # Spans point into the string given, not into a cleaned copy.
    for a, b in zip(doc.articles, base.articles, strict=True):
        if a.headline is not None and a.parts:
            head = next(p for p in a.parts if p.field is zznews.Field.HEADLINE)
            assert text[head.span[0] : head.span[1]] == a.headline
        if a.byline is not None:
            assert b.byline is not None
            # The agency is printed as the source has it (株洲日報): the same name folded.
            assert fold(a.byline.agency or "").text == (b.byline.agency or "")


# --- real texts (issue 11 "Bad input"), read at test time, never copied -----------

REAL = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "real" / "raw"
REAL_TEXTS = sorted(REAL.glob("*.txt")) if REAL.is_dir() else []
#: The full-width re-print the real-text scorer runs too.
REAL_FULL_WIDTH = str.maketrans(
    {",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "?": "？", "!": "！"}
)
#: Real texts that lose a line today, by name and printing, with the reason.
REAL_LOSSES: dict[tuple[str, str], str] = {}


def _real_cases() -> list[object]:
    cases: list[object] = []
    for path in REAL_TEXTS:
        for printing in ("as printed", "full-width"):
            reason = REAL_LOSSES.get((path.stem, printing))
            marks = [pytest.mark.xfail(reason=reason, strict=False)] if reason else []
            cases.append(pytest.param(path, printing, id=f"{path.stem}-{printing}", marks=marks))
    return cases


def _real_text(path: Path, printing: str) -> str:
    text = path.read_text("utf-8")
    return text.translate(REAL_FULL_WIDTH) if printing == "full-width" else text


@pytest.mark.skipif(not REAL_TEXTS, reason="../shared/corpus/real is absent")
@pytest.mark.parametrize(("path", "printing"), _real_cases())
def test_real_text_gives_a_document_and_loses_nothing(path: Path, printing: str) -> None:
    assert check(_real_text(path, printing)) is not None


@st.composite
def mutated_real(draw: st.DrawFn) -> str:
    """A real text, mangled as extraction mangles pages (read here, never stored)."""
    path = draw(st.sampled_from(REAL_TEXTS))
    text = _real_text(path, draw(st.sampled_from(["as printed", "full-width"])))
    lines = text.split("\n")
    rnd = draw(st.randoms(use_true_random=False))
    for op in draw(
        st.lists(st.sampled_from(["drop", "shuffle", "cut", "repeat", "noise"]), max_size=4)
    ):
        if op == "drop":
            lines = [ln for ln in lines if rnd.random() > 0.3]
        elif op == "shuffle":
            rnd.shuffle(lines)
        elif op == "cut" and lines:  # a line cut anywhere: a column break
            k = rnd.randrange(len(lines))
            at = rnd.randrange(len(lines[k]) + 1)
            lines[k : k + 1] = [lines[k][:at], lines[k][at:]]
        elif op == "repeat" and lines:
            a = rnd.randrange(len(lines))
            lines = lines[: a + 1] + lines[a : a + 10] * rnd.randrange(1, 4) + lines[a + 1 :]
        elif op == "noise" and lines:
            k = rnd.randrange(len(lines))
            lines[k] = lines[k] + draw(tricky_text)
    return "\n".join(lines)


@pytest.mark.skipif(not REAL_TEXTS, reason="../shared/corpus/real is absent")
@SETTINGS
@given(st.data())
def test_mutated_real_texts(data: st.DataObject) -> None:
    check(data.draw(mutated_real()))
