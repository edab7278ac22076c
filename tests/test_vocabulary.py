"""A user's vocabulary: each table and threshold changes what the parser reads, for one call."""

from __future__ import annotations

import json
import pathlib
import subprocess
import sys
import threading

import attrs
import pytest

import zznews
from zznews.vocabulary import active, per_vocabulary

DEFAULT = zznews.Vocabulary.default()
# A medium whose name ends as no medium's does: the defaults cannot know it.
UNKNOWN_MEDIUM = "标题\n\n湘声夜话讯(记者 王明)今天,市里举行活动。\n"


def test_an_agency_added_is_read_as_the_dateline_byline() -> None:
    assert zznews.parse(UNKNOWN_MEDIUM).articles[0].byline is None
    mine = DEFAULT.extend(agencies=["湘声夜话"])
    article = zznews.parse(UNKNOWN_MEDIUM, vocabulary=mine).articles[0]
    assert article.byline is not None and article.byline.agency == "湘声夜话"
    assert article.paragraphs == ("今天,市里举行活动。",)


def test_the_vocabulary_holds_for_one_call_only() -> None:
    mine = DEFAULT.extend(agencies=["湘声夜话"])
    zznews.parse(UNKNOWN_MEDIUM, vocabulary=mine)
    assert active() is DEFAULT
    assert zznews.parse(UNKNOWN_MEDIUM).articles[0].byline is None


def test_parse_byline_takes_a_vocabulary_too() -> None:
    assert zznews.parse_byline("湘声夜话记者 王明") is not None  # (a role: a byline, no agency)
    mine = DEFAULT.extend(agencies=["湘声夜话"])
    b = zznews.parse_byline("湘声夜话记者 王明", vocabulary=mine)
    assert b is not None and b.agency == "湘声夜话"


def test_a_masthead_added_is_no_headline() -> None:
    text = "星城周刊\n\n市里新建三座公园\n\n本报讯(记者 王明)今年,市里新建三座公园。\n"
    mine = DEFAULT.extend(mastheads=["星城周刊"])
    doc = zznews.parse(text, vocabulary=mine)
    assert [a.headline for a in doc.articles] == ["市里新建三座公园"]
    assert "星城周刊" in [u.text for p in doc.pages for u in p.unplaced]


def test_a_section_name_added_is_read_under_the_editor_line() -> None:
    # (six characters, no middle dot: too long to be taken for a section unknown)
    text = "责任编辑:王建设\n夜读好书时间\n\n标题一则\n\n本报讯(记者 王明)今年,市里新建三座公园。\n"
    assert zznews.parse(text).pages[0].section is None
    mine = DEFAULT.extend(section_names=["夜读好书时间"])
    assert zznews.parse(text, vocabulary=mine).pages[0].section == "夜读好书时间"


def test_a_source_label_added_makes_a_metadata_line() -> None:
    text = "标题一则\n\n稿件出处:星城网\n\n今年,市里新建三座公园。\n"
    mine = DEFAULT.extend(source_labels=["稿件出处"])
    article = zznews.parse(text, vocabulary=mine).articles[0]
    assert article.byline is not None and article.byline.agency == "星城网"
    assert all("稿件出处" not in p for p in article.paragraphs)


def test_a_layout_threshold_changes_what_a_title_is() -> None:
    text = "市里新建三座公园让居民在家门口就能享受绿色生活\n\n本报讯(记者 王明)今年,市里新建三座公园。\n"
    assert zznews.parse(text).articles[0].headline == text.split("\n")[0]
    short = DEFAULT.with_layout(title_max=20)  # a paper of short headlines
    assert [a.headline for a in zznews.parse(text, vocabulary=short).articles] == [None, None]
    assert short.layout.title_max == 20 and DEFAULT.layout.title_max == 40


def test_extend_adds_and_keeps_every_table_a_tuple() -> None:
    mine = DEFAULT.extend(surnames=["亓"], roles=["融媒记者"])
    assert "亓" in mine.surnames and "融媒记者" in mine.roles
    assert len(mine.agencies) == len(DEFAULT.agencies)
    for field in attrs.fields(zznews.Vocabulary):
        value = getattr(mine, field.name)
        assert isinstance(value, (tuple, zznews.Layout))


def test_a_role_added_is_read_in_a_byline() -> None:
    mine = DEFAULT.extend(roles=["融媒记者"])
    b = zznews.parse_byline("融媒记者 王明", vocabulary=mine)
    assert b is not None and [(c.role, c.name) for c in b.contributors] == [("融媒记者", "王明")]


@pytest.mark.parametrize(
    "call",
    [
        lambda: DEFAULT.extend(agency=["X报"]),  # no such table
        lambda: DEFAULT.extend(agencies="湘声夜话"),  # a string, not a list of words
        lambda: DEFAULT.extend(agencies=[""]),
        lambda: zznews.parse("正文。", vocabulary="default"),  # type: ignore[arg-type]
        lambda: DEFAULT.with_layout(photo_gaps=2),
    ],
)
def test_a_wrong_vocabulary_is_a_type_error(call: object) -> None:
    with pytest.raises(TypeError):
        call()  # type: ignore[operator]


def test_a_vocabulary_is_frozen_and_hashable() -> None:
    mine = DEFAULT.extend(agencies=["湘声夜话"])
    assert mine == DEFAULT.extend(agencies=["湘声夜话"])
    assert hash(mine) == hash(DEFAULT.extend(agencies=["湘声夜话"]))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        mine.agencies = ()  # type: ignore[misc]


def test_patterns_are_built_once_per_vocabulary() -> None:
    built: list[zznews.Vocabulary] = []

    @per_vocabulary
    def count(v: zznews.Vocabulary) -> int:
        built.append(v)
        return len(v.agencies)

    mine = DEFAULT.extend(agencies=["湘声夜话"])
    assert count() == len(DEFAULT.agencies)
    assert count.of(mine) == len(DEFAULT.agencies) + 1
    assert count() == len(DEFAULT.agencies) and count.of(mine) == len(mine.agencies)
    assert built == [DEFAULT, mine]


def test_threads_each_read_with_their_own_vocabulary() -> None:
    mine = DEFAULT.extend(agencies=["湘声夜话"])
    found: dict[str, object] = {}

    def run(name: str, vocabulary: zznews.Vocabulary | None) -> None:
        for _ in range(20):
            b = zznews.parse(UNKNOWN_MEDIUM, vocabulary=vocabulary).articles[0].byline
            found[name] = None if b is None else b.agency

    threads = [
        threading.Thread(target=run, args=("mine", mine)),
        threading.Thread(target=run, args=("default", None)),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert found == {"mine": "湘声夜话", "default": None}


def test_from_mapping_reads_what_a_json_file_holds() -> None:
    v = zznews.Vocabulary.from_mapping({"agencies": ["湘声夜话"], "layout": {"title_max": 30}})
    assert "湘声夜话" in v.agencies and v.layout.title_max == 30
    for bad in ({"layout": {"title_max": "30"}}, {"layout": [1]}, ["agencies"]):
        with pytest.raises(TypeError):
            zznews.Vocabulary.from_mapping(bad)  # type: ignore[arg-type]


def test_an_archive_reads_with_the_vocabulary_given(tmp_path: pathlib.Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(UNKNOWN_MEDIUM, "utf-8")
    mine = DEFAULT.extend(agencies=["湘声夜话"])
    doc = zznews.archive.parse_file(page, vocabulary=mine)
    assert doc.articles[0].byline is not None
    (rec,) = zznews.archive.iter_records([page], vocabulary=mine, jobs=2)  # (crosses processes)
    assert rec["document"]["pages"][0]["articles"][0]["byline"]["agency"] == "湘声夜话"
    assert zznews.archive.record(page)["document"]["pages"][0]["articles"][0]["byline"] is None


def test_the_cli_takes_a_vocabulary_file(tmp_path: pathlib.Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(UNKNOWN_MEDIUM, "utf-8")
    words = tmp_path / "words.json"
    words.write_text(json.dumps({"agencies": ["湘声夜话"]}), "utf-8")
    run = [sys.executable, "-m", "zznews"]
    out = subprocess.run(
        [*run, "--vocabulary", str(words), "--jsonl", str(page)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    )
    assert '"agency": "湘声夜话"' in out.stdout
    words.write_text(json.dumps({"agency": ["湘声夜话"]}), "utf-8")
    bad = subprocess.run(
        [*run, "--vocabulary", str(words), str(page)],
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    assert bad.returncode == 2 and "no table named 'agency'" in bad.stderr


@pytest.mark.parametrize("paper", ["湘潭日报", "岳阳晚报", "团结报"])
def test_the_default_mastheads_cover_the_papers_of_hunan(paper: str) -> None:
    text = f"{paper}\n中共湘潭市委机关报\n\n市里新建三座公园\n\n本报讯(记者 王明)今年,市里新建三座公园。\n"
    doc = zznews.parse(text)
    assert [a.headline for a in doc.articles] == ["市里新建三座公园"]
    assert paper in [u.text for p in doc.pages for u in p.unplaced]


def test_a_measure_word_added_counts_in_parse_and_in_extract_quantities() -> None:
    mine = DEFAULT.extend(measure_words=["垄", "坛"])
    text = "地里种了三十垄菜,腌了十坛酸菜"
    assert zznews.extract_quantities(text) == ()
    assert [
        (q.text, q.value, q.unit) for q in zznews.extract_quantities(text, vocabulary=mine)
    ] == [
        ("三十垄", 30, "垄"),
        ("十坛", 10, "坛"),
    ]
    (a,) = zznews.parse(f"标题\n\n今年{text}。\n", vocabulary=mine).articles
    assert [q.text for q in a.quantities] == ["三十垄", "十坛"]
