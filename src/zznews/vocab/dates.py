"""Date words: what :mod:`zznews.dates` understands, and the periods they cover.

Offsets are counted from the issue date (``去年`` is -1 year); parts of a month or
of a year are inclusive ranges of days or months. Adding a word here needs no code
change.
"""

from __future__ import annotations

from . import quantities

#: A part of a year standing alone (``年底``, ``前三季度``) is the issue year's, unless
#: that part is still running or to come while last year's ended within this many
#: days: in January, ``四季度`` and ``前三季度`` are last year's; in September,
#: ``年底`` is this year's.
PART_LOOKBACK_DAYS: int = 120

#: How many times farther a reading after the issue date counts than one before it,
#: when a date leaves its year unsaid: news mostly reports what has happened, so in
#: a November issue ``3月12日`` is this March and ``12月1日`` next week.
FUTURE_WEIGHT: int = 4

#: The same for a day of the month alone (``5日``, ``28日``), which is as often a few
#: days ahead as behind: it is weighed less.
FUTURE_WEIGHT_DAY: int = 2

#: Words right before a date that leaves its year unsaid which look forward (``将于``,
#: ``持续至``, ``力争``): the date is read as the nearest one not yet over, so that in a
#: January issue ``持续至3月31日`` is this March and ``力争年底前`` this year's end.
FORWARD_BEFORE: tuple[str, ...] = (
    "将",
    "将于",
    "将在",
    "定于",
    "拟于",
    "拟在",
    "计划于",
    "计划在",
    "预计",
    "预计于",
    "预计在",
    "有望于",
    "有望在",
    "力争",
    "力争于",
    "力争在",
    "持续至",
    "持续到",
    "延续至",
    "延续到",
    "延长至",
    "延长到",
    "排到",
    "排到了",
    "排至",
    "至",  # 至6月30日24时结束: until (not 截至: NOT_FORWARD_BEFORE)
)

#: Words ending in one of :data:`FORWARD_BEFORE` that look back: ``截至3月底`` is "as of".
NOT_FORWARD_BEFORE: tuple[str, ...] = ("截至", "截止至", "以至", "乃至", "甚至")

#: Words right after such a date that make it a deadline, which looks forward too
#: (``12月底前完成``, ``3月31日前建成``) unless :data:`PAST_BEFORE` stands before it.
FORWARD_AFTER: tuple[str, ...] = ("前",)

#: Words before a deadline that report it met: ``已于8月底前补发到位`` is past.
PAST_BEFORE: tuple[str, ...] = ("已", "已于", "已在", "已经", "已经在")

#: How many characters (a few words and brackets, no clause break) may stand between a
#: year said alone and months that are of that year: ``今年汛期(4月至9月)``.
YEAR_REACH: int = 8

#: Years named relative to the issue date, with their offset in years.
RELATIVE_YEARS: dict[str, int] = {
    "今年": 0,
    "本年": 0,
    "去年": -1,
    "前年": -2,
    "明年": 1,
    "来年": 1,
    "后年": 2,
}

#: Years named relative to the year last mentioned in the article (the anchor's),
#: with their offset: ``2008年3月……同年10月……次年6月`` is October 2008 and June 2009.
ANCHORED_YEARS: dict[str, int] = {
    "同年": 0,
    "当年": 0,
    "次年": 1,
    "翌年": 1,
    "前一年": -1,
    "上年": -1,  # 2024年,产值比上年增长10%: 2023 (with no year before it, the issue's)
}

#: Words after a date that make it a start to come, not the day the story is told
#: from: after ``12月1日起施行``, ``当天`` is still the day mentioned before.
NOT_ANCHOR_AFTER: tuple[str, ...] = ("起",)

#: Months named relative to the issue date, with their offset in months.
#: Holidays on a fixed day of the solar calendar, with their month and day: read as a
#: day whose year is unsaid (``元旦以来`` in January is since this 1 January). The
#: lunar ones (春节, 中秋) move from year to year and are not read.
FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "元旦": (1, 1),
    "妇女节": (3, 8),
    "植树节": (3, 12),
    "劳动节": (5, 1),
    "儿童节": (6, 1),
    "建军节": (8, 1),
    "教师节": (9, 10),
    "国庆节": (10, 1),
}

#: Months named relative to the date last mentioned in the article, with their
#: offset: ``1月,…当月增加43.5亿元`` is January.
ANCHORED_MONTHS: dict[str, int] = {"当月": 0, "同月": 0, "次月": 1}

RELATIVE_MONTHS: dict[str, int] = {
    "本月": 0,
    "这个月": 0,
    "上月": -1,
    "上个月": -1,
    "下月": 1,
    "下个月": 1,
}

#: Days named relative to the issue date, with their offset in days.
RELATIVE_DAYS: dict[str, int] = {
    "即日": 0,  # 即日起: from today
    "今天": 0,
    "今日": 0,
    "昨天": -1,
    "昨日": -1,
    "前天": -2,
    "明天": 1,
    "明日": 1,
    "后天": 2,
    "今晨": 0,
    "今晚": 0,
    "昨晚": -1,
    "昨夜": -1,
    "明晚": 1,
}

#: Weeks named relative to the issue date, with their offset in weeks; a weekday
#: of :data:`WEEKDAYS` may follow (``本周五``, ``下周一``), else it is the whole week,
#: Monday to Sunday.
RELATIVE_WEEKS: dict[str, int] = {
    "本周": 0,
    "这周": 0,
    "上周": -1,
    "下周": 1,
    "本星期": 0,
    "上星期": -1,
    "下星期": 1,
}

#: Characters after a week word that make it part of another word (``上周期``,
#: ``下周边``, ``上周年``).
WEEK_NOT_BEFORE: str = "期边围年岁"

#: The weekend of a week (``本周末``): Saturday and Sunday.
WEEKEND: str = "末"

#: Words between a range's first end and its connector: ``11月21日起至12月31日``.
RANGE_START_MARKS: tuple[str, ...] = ("起",)

#: Days named relative to the last day-precise date mentioned before them in the
#: article (the anchor), with their offset in days: ``11月18日……当天`` is 18 November.
ANCHORED_DAYS: dict[str, int] = {
    "当天": 0,
    "当日": 0,
    "次日": 1,
    "翌日": 1,
    "第二天": 1,
    "前一天": -1,
    "当晚": 0,
    "同日": 0,
    "同一天": 0,
}

#: Characters around a relative word that make it part of another word
#: (``十年前年轻人``, ``提前天数``, ``相当天真``): before, then after.
RELATIVE_NOT_AFTER: str = "年提相之以最然每过此今成完毕"  # 过去年均, 建成后年处理
RELATIVE_NOT_BEFORE: str = "轻龄纪级代真货"  # 送去年货

#: The same for one word: characters after it that show ``后`` or ``前`` closing the
#: phrase before (``达产后年产值``, ``入冬后天气转凉``), not a day or a year.
#: Characters before one word that make its first character another word's last:
#: ``目前天元区`` is 目前 and 天元区, not 前天.
RELATIVE_WORD_NOT_AFTER: dict[str, str] = {"前天": "目当此之以提日", "前年": "目当此之以提日"}

RELATIVE_WORD_NOT_BEFORE: dict[str, str] = {
    "后年": "产收均",
    "后天": "气",
    "前天": "气",
    "前年": "产收均",
}

#: Parts of a month after ``N月`` (or ``本月``), as first and last day; ``None`` is
#: the month's last day. ``今年8月底`` is 21–31 August.
MONTH_PARTS: dict[str, tuple[int, int | None]] = {
    "初": (1, 10),
    "上旬": (1, 10),
    "中旬": (11, 20),
    "下旬": (21, None),
    "上中旬": (1, 20),
    "中下旬": (11, None),
    "底": (21, None),
    "末": (21, None),
}


def _months_2_to_11() -> list[tuple[str, int]]:
    """The ways a count of 2 to 11 months is written before 月: ``10``, ``十``, ``两``."""
    tens = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一"]
    return [(str(k), k) for k in range(2, 12)] + [(tens[k], k) for k in range(2, 12)] + [("两", 2)]


#: Parts of a year after ``N年`` or a relative year (``2025年底``, ``今年上半年``), as
#: first and last month. Standing alone, the one-character ones take ``年``
#: (``年底``, ``年初``), and a part is the issue year's (or, lately after it ended,
#: last year's: :data:`PART_LOOKBACK_DAYS`). 年初 and 年底 are the first and last two
#: months.
YEAR_PARTS: dict[str, tuple[int, int]] = {
    "初": (1, 2),
    "底": (11, 12),
    "末": (11, 12),
    "上半年": (1, 6),
    "下半年": (7, 12),
    "一季度": (1, 3),
    "第一季度": (1, 3),
    "二季度": (4, 6),
    "第二季度": (4, 6),
    "三季度": (7, 9),
    "第三季度": (7, 9),
    "四季度": (10, 12),
    "第四季度": (10, 12),
    "前三季度": (1, 9),
    # 前10月: the first months of the year, standing alone too (前N个月 only after a year).
    **{f"前{n}月": (1, k) for n, k in _months_2_to_11()},
}

#: After a year (``今年前10个月``), or alone at the start of a clause (``前4个月,全市…``):
#: after another word, ``前3个月`` is as often the first three months of something else
#: (``入职前3个月``).
FIRST_MONTHS_AFTER_YEAR: dict[str, tuple[int, int]] = {
    f"前{n}个月": (1, k) for n, k in _months_2_to_11()
}

#: Words before a date that make it no calendar date of this year: a lunar date
#: (``农历八月十五``) or one that recurs (``每月15日``, ``每年3月``).
DATE_NOT_AFTER: tuple[str, ...] = (
    *("农历", "阴历", "每年", "每月", "每周", "每逢", "每个月"),
    *("每年的", "每月的", "每周的"),
)

#: Words before a day alone that make it a number of days (``行政拘留10日``,
#: ``为期3日``), and before a four-digit year that make it a number of years
#: (``距今1500年``, ``已有1800年的历史``): durations, which are quantities.
DURATION_BEFORE_DAY: tuple[str, ...] = ("拘留", "连续", "为期", "历时", "长达", "期限", "用时")
DURATION_BEFORE_YEAR: tuple[str, ...] = ("距今", "已有", "有着", "长达", "历经", "拥有")

#: Characters after ``今`` that make it part of a word, not "now" ending a range:
#: ``去年12月至今年3月`` is a range to March, not to today.
UNTIL_NOW_NOT_BEFORE: str = "年天日晚早晨后明"

#: Centuries named relative to the issue date (``上世纪90年代`` → the 1990s), with
#: their offset in centuries; ``20世纪`` is written out and needs no issue date.
RELATIVE_CENTURIES: dict[str, int] = {
    "上世纪": -1,
    "上个世纪": -1,
    "本世纪": 0,
}

#: Words after a date that stretch it to the issue date: ``11月以来`` is from
#: 1 November to the issue date.
SINCE: tuple[str, ...] = ("以来",)

#: Words before a date that make it a base of comparison (``比上年增长``, ``较10月``):
#: it does not become the period that 上年, 当月 and 同期 after it count from.
COMPARISON_BEFORE: tuple[str, ...] = ("比", "较", "相比", "同比", "环比", "对比")

#: Words after a year named alone that take the period last mentioned in that year:
#: ``前三季度……较去年同期提高`` is last year's first three quarters.
SAME_PERIOD: tuple[str, ...] = ("同期",)

#: Words after a range connector that end the range on the issue date (``2014年至今``).
UNTIL_NOW: tuple[str, ...] = ("今",)

#: Connectors between the two ends of a date range: ``18日至20日``, ``11月18日—20日``
#: (the same words that join a range of counts).
RANGE_CONNECTORS: tuple[str, ...] = quantities.RANGE_CONNECTORS

#: Times of day, kept in the mention of the day they follow (``11月19日下午``) and
#: never a mention alone.
TIMES_OF_DAY: tuple[str, ...] = (
    "凌晨",
    "清晨",
    "早上",
    "早晨",
    "上午",
    "中午",
    "午后",
    "下午",
    "傍晚",
    "晚上",
    "晚间",
    "夜间",
    "夜里",
    "深夜",
    "白天",
    "晚",
)

#: Characters after ``晚`` that make it part of another word (``18日晚会``).
EVENING_NOT_BEFORE: str = "会饭餐宴报年期辈霞稻"  # 晚稻: late rice

#: Clock words after a number (``上午9时``, ``下午3点半``).
CLOCK_WORDS: tuple[str, ...] = ("时", "点")

#: Times of day after which the hours of a clock are p.m., with the hours that are
#: (``下午3时`` is 15:00; ``深夜11点`` 23:00 but ``深夜2点`` 2:00; ``中午1点`` 13:00).
PM_HOURS: dict[str, range] = {
    **{w: range(1, 12) for w in ("下午", "午后", "傍晚", "晚上", "晚")},
    **{w: range(6, 12) for w in ("晚间", "夜间", "夜里", "深夜")},
    "中午": range(1, 6),
}

#: Between the hours, minutes and seconds of a clock time (``13:42``, ``13：42``).
CLOCK_COLONS: str = ":："

#: After a clock time: "about" (``6时许``, ``凌晨5时许``), kept in the mention.
CLOCK_APPROX: tuple[str, ...] = ("许",)

#: Between the year, month and day of a numeric date (``2016-04-18``, ``2015/6/25``,
#: ``2015.06.25``: the same mark twice); a clock time may follow (``2016-05-12 09:21:30``).
NUMERIC_DATE_SEPARATORS: str = "-/."

#: Words that open a lunar date (``农历正月初三``, ``农历十七``): a date mention with
#: no calendar day (the Gregorian day is not worked out).
LUNAR_MARKS: tuple[str, ...] = ("农历", "阴历")

#: The names of lunar months besides their numbers (``正月``, ``冬月``, ``腊月``).
LUNAR_MONTH_NAMES: tuple[str, ...] = ("正", "冬", "腊", "闰正")

#: Weekday names after a date (``11月21日 星期五``), kept in its mention: prefixes and
#: the day names with their :meth:`datetime.date.weekday` numbers.
WEEKDAY_PREFIXES: tuple[str, ...] = ("星期", "礼拜", "周")
WEEKDAYS: dict[str, int] = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}

#: Words that end a number of days without being a date: ``3日内`` is within three days.
DAY_NOT_BEFORE: tuple[str, ...] = ("内", "以内", "之内")

#: Words after a four-digit number and ``年`` that make it a number of years, a
#: decade or a school grade (``年级``), not a year: ``2000年以上``, ``1000多年``, ``1990年代``.
YEAR_NOT_BEFORE: tuple[str, ...] = (
    "以上",
    "以下",
    "以内",
    "左右",
    "上下",
    "多",
    "余",
    "之久",
    "代",
    "级",
)

#: Years written as four digits are taken between these bounds; ``5000年`` is a duration.
YEAR_RANGE: tuple[int, int] = (1000, 2199)

#: Marks that open and close quoted speech: ``今天`` inside it is the speaker's day,
#: the day last mentioned, not the issue date.
SPEECH_OPENERS: frozenset[str] = frozenset("“「『")
SPEECH_CLOSERS: frozenset[str] = frozenset("”」』")

#: Words an e-paper archive prints after a page's dateline (``2021年04月12日 星期一 出版``).
DATELINE_TAILS: tuple[str, ...] = ("出版", "出刊")
