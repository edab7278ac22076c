"""The faster quantity and date passes read as the slower ones did (issue 13), and
their structure holds (issue 11, part 1.4): named vetoes listed in the docs, helpers
of under 60 lines, numeral classes from the numerals tables only.

Every text here is synthetic; the real texts are read only where they are present.
"""

from __future__ import annotations

import ast
import calendar
import datetime as dt
import re
from pathlib import Path

import pytest
from dateutil.relativedelta import relativedelta

import zznews
from zznews import dates as D
from zznews import quantities as Q
from zznews.vocab import dates as VD
from zznews.vocab import quantities as V

SRC = Path(zznews.__file__).resolve().parent
DOCS = Path(__file__).resolve().parents[1] / "docs"
REAL = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "real" / "raw"
REAL_TEXTS = sorted(REAL.glob("*.txt")) if REAL.is_dir() else []

#: The modules this work owns: no function over 60 lines, no numeral class typed out.
OWNED = ("quantities.py", "dates.py", "numbers.py")


# --- the vetoes are named rows, listed in the docs in the order tried ---------------


def _documented_vetoes() -> list[tuple[str, str, list[str]]]:
    """The rows of the veto table in docs/understood.rst: name, example, tables."""
    text = (DOCS / "understood.rst").read_text(encoding="utf-8")
    section = text.split("What is not a quantity", 1)[1].split("\n\n>>>", 1)[0]
    rows = []
    for line in section.splitlines():
        m = re.fullmatch(r"(\S+(?: \S+)*)\s{2,}``(\S+)``\s{2,}(.+)", line.strip())
        if m is not None and not line.startswith("="):
            rows.append((m[1], m[2], re.findall(r"``([A-Z_]+)``", m[3])))
    return rows


def test_the_docs_list_every_veto_in_the_order_tried() -> None:
    rows = _documented_vetoes()
    assert [(name, example) for name, example, _ in rows] == [
        (name, example) for name, _, _, example in Q._VETOES
    ]


def test_every_documented_veto_table_is_a_vocabulary_table() -> None:
    for name, _, tables in _documented_vetoes():
        assert tables, name
        for table in tables:
            assert hasattr(V, table), (name, table)


@pytest.mark.parametrize("order", [0, 1])
def test_the_order_of_the_vetoes_decides_nothing(order: int) -> None:
    # Each veto is a pure test: tried in reverse, the same candidates survive.
    text = "开了一家包子铺,一家人,第一、二、三名,拨打12333热线,2025年,建设万亩良田,有8家企业"
    ctx = Q._Context(text)
    kept = []
    for m in Q._quantity_pattern().finditer(text):
        c = Q._candidate(m, ctx)
        if c is None:
            continue
        tests = Q._TESTS_BY_UNIT.get(c.unit, Q._TESTS_ANY_UNIT)
        tests = tests if order == 0 else tuple(reversed(tests))
        kept.append(not any(test(c) for test in tests))
    assert kept.count(True) == 1  # 8家
    assert [q.text for q in zznews.extract_quantities(text)] == ["8家"]


# --- the idiom index finds what comparing with every idiom found -----------------


def _in_idiom_by_hand(text: str, pos: int) -> bool:
    """The idiom veto as first written: every idiom, every place of the character."""
    return any(
        idiom[k] == text[pos] and text[pos - k : pos - k + len(idiom)] == idiom
        for idiom in V.NOT_QUANTITIES
        for k in range(len(idiom))
        if pos >= k
    )


def test_the_idiom_index_agrees_with_every_idiom() -> None:
    for idiom in sorted(V.NOT_QUANTITIES):
        text = f"他说{idiom}了"
        for pos in range(len(text)):
            assert Q._in_idiom(text, pos) == _in_idiom_by_hand(text, pos), (idiom, pos)


@pytest.mark.parametrize("text", ["一", "一家", "成千上万元", "万家灯火一家人四处", "三三两两"])
def test_the_idiom_index_at_the_edges_of_a_text(text: str) -> None:
    for pos in range(len(text)):
        assert Q._in_idiom(text, pos) == _in_idiom_by_hand(text, pos), pos


# --- dates: one scan for the quantity check, quoted speech read once ----------------


@pytest.mark.parametrize(
    "text",
    [
        "2025年,全市新增就业2.1万人,比2024年多3000人,上周三起每周5名志愿者巡逻",
        "3年来,近3年累计投入5亿元;2020-2025年建成12个基地,18日至20日培训300人次",
        "“今年以来,已有1200多名学员结业”,他说,“明年还要再办3期”",
    ],
)
def test_quantities_read_the_same_with_the_dates_given_or_found(text: str) -> None:
    alone = zznews.extract_quantities(text)
    given = tuple(Q.quantities_in(text, dates=list(D.date_spans(text))))
    assert alone == given


def _inside_by_hand(text: str, pos: int) -> bool:
    """Quoted speech as the list of every mark read it: the last mark before ``pos``."""
    last = None
    for ch in text[:pos]:
        if ch in VD.SPEECH_OPENERS or ch in VD.SPEECH_CLOSERS or ch == "\n":
            last = ch
    return last in VD.SPEECH_OPENERS


@pytest.mark.parametrize(
    "text",
    [
        "他说:“今天好。”\n“明天也好”,她说。",
        "“一段话\n第二段”今天",
        "没有引号的一段话,今天",
        "「今天」『明天』“昨天”",
    ],
)
def test_speech_asked_in_order_and_out_of_order(text: str) -> None:
    expected = [_inside_by_hand(text, pos) for pos in range(len(text) + 1)]
    in_order = D._Speech(text)
    assert [in_order.inside(pos) for pos in range(len(text) + 1)] == expected
    backwards = D._Speech(text)
    assert [backwards.inside(pos) for pos in reversed(range(len(text) + 1))] == expected[::-1]


def test_a_quoted_today_still_counts_from_the_day_said() -> None:
    text = "11月18日,培训开班。“今天来了200人”,他说。当天下午"
    found = zznews.extract_dates(text, issue_date=dt.date(2025, 11, 21))
    assert [(m.text, str(m.start)) for m in found] == [
        ("11月18日", "2025-11-18"),
        ("今天", "2025-11-18"),
        ("当天下午", "2025-11-18"),
    ]


def test_the_month_table_agrees_with_the_calendar() -> None:
    for year in (1, 1900, 2000, 2023, 2024, 2100, 9999):
        for month in range(1, 13):
            assert D._month_end(year, month) == calendar.monthrange(year, month)[1]
            day = dt.date(year, month, 15)
            for k in (-13, -12, -1, 0, 1, 11, 12, 25):
                try:
                    want = day.replace(day=1) + relativedelta(months=k)
                except ValueError:
                    with pytest.raises(ValueError):
                        D._month_after(day, k)
                    continue
                assert D._month_after(day, k) == want


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [("下周三开会", "2025-11-26", "2025-11-26"), ("上周", "2025-11-10", "2025-11-16")],
)
def test_weeks_count_from_the_issue_date(text: str, start: str, end: str) -> None:
    (m,) = zznews.extract_dates(text, issue_date=dt.date(2025, 11, 21))  # a Friday
    assert (str(m.start), str(m.end)) == (start, end)


# --- the fraction branch looks ahead once, within a bound --------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [("三分之二的村民", "2/3"), ("一万二千三百四十五分之一", "1/12345"), ("百分之三十", "30")],
)
def test_fractions_are_still_read(text: str, value: str) -> None:
    (q,) = zznews.extract_quantities(text)
    assert str(q.value) == value


@pytest.mark.parametrize("run", ["1,", "1 ", "一", "5"])
def test_a_long_run_of_numerals_before_a_fraction_completes(run: str) -> None:
    text = run * 3000 + "分之一"
    assert isinstance(zznews.extract_quantities(text), tuple)


# --- structure: short functions, numeral classes from one place --------------------


@pytest.mark.parametrize("name", OWNED)
def test_no_function_over_sixty_lines(name: str) -> None:
    tree = ast.parse((SRC / name).read_text(encoding="utf-8"))
    long = [
        (node.name, node.end_lineno - node.lineno + 1)
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and node.end_lineno is not None
        and node.end_lineno - node.lineno + 1 > 60
    ]
    assert long == []


#: Numeral classes typed out: runs of Chinese digits, the full-width digits, a digit list.
_TYPED_NUMERALS = re.compile(r"[一二三四五六七八九]{4,}|〇一二|[０-９]|0123456789")


@pytest.mark.parametrize("name", OWNED)
def test_numeral_classes_come_from_the_numerals_tables(name: str) -> None:
    tree = ast.parse((SRC / name).read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.FunctionDef | ast.ClassDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    typed = [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
        and _TYPED_NUMERALS.search(re.sub(r"#[^\n]*", "", node.value))
    ]
    assert typed == []


# --- the real texts, when they are here --------------------------------------------


@pytest.mark.skipif(not REAL_TEXTS, reason="../shared/corpus/real is absent")
def test_real_texts_read_the_same_with_the_dates_given_or_found() -> None:
    for path in REAL_TEXTS:
        text = path.read_text(encoding="utf-8")
        alone = zznews.extract_quantities(text)
        assert alone == tuple(Q.quantities_in(text, dates=list(D.date_spans(text)))), path.name
