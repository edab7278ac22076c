"""What counts as a number and a quantity: numerals, measure words, hedges, vetoes.

:mod:`zznews.numbers` reads numerals with the numeral tables; :mod:`zznews.quantities`
builds its one scanning pattern from the rest. A quantity is a number followed by a
measure word of :data:`MEASURE_WORDS` (or a percent sign), so a numeral inside an
ordinary word (曹四村, 二维码, 打零工) is never one; the veto tables remove the
numeral-plus-measure-word pairs that are idioms, names or the indefinite article.
Every table is data: adding a word needs no code change.
"""

from __future__ import annotations

from ..model import Approx

# --- numerals -----------------------------------------------------------------------

#: Chinese digits (ordinary, financial and traditional forms) with their values.
#: ``两`` is always 2 (``两家`` is a count, never an article); ``〇`` and ``零`` are 0.
DIGITS: dict[str, int] = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "壹": 1,
    "二": 2,
    "两": 2,
    "兩": 2,
    "贰": 2,
    "貳": 2,
    "三": 3,
    "叁": 3,
    "參": 3,
    "四": 4,
    "肆": 4,
    "五": 5,
    "伍": 5,
    "六": 6,
    "陆": 6,
    "陸": 6,
    "七": 7,
    "柒": 7,
    "八": 8,
    "捌": 8,
    "九": 9,
    "玖": 9,
}

#: Place words inside a four-digit group: ``三千五百`` is 3×1000 + 5×100.
SMALL_UNITS: dict[str, int] = {
    "十": 10,
    "拾": 10,
    "百": 100,
    "佰": 100,
    "千": 1000,
    "仟": 1000,
}

#: Magnitude words that close a group: ``两千三百万`` is 2300 × 10 000;
#: they also scale Arabic numbers (``1.5亿`` is 150 000 000).
MAGNITUDES: dict[str, int] = {
    "万": 10**4,
    "萬": 10**4,
    "亿": 10**8,
    "億": 10**8,
}

# The numeral character classes every pattern is built from (one place owns them).

#: The ASCII digits, as the body of a regex character class (for the forms printed
#: in half-width only: timestamps ``2016-05-12 09:21:30``, clocks ``13:42``, hundredths).
ASCII_DIGITS: str = "0-9"
#: The ASCII digits one by one, and their full-width forms in the same order.
ASCII_DIGIT_CHARS: str = "0123456789"
FULL_WIDTH_DIGIT_CHARS: str = "０１２３４５６７８９"
#: Arabic digits, half- and full-width, as the body of a regex character class.
ARABIC_DIGITS: str = ASCII_DIGITS + "０-９"
#: The same digits one by one (for the classes of the characters a numeral begins with).
ARABIC_DIGIT_CHARS: str = ASCII_DIGIT_CHARS + FULL_WIDTH_DIGIT_CHARS
#: The Chinese digits one to nine, as a month's, a day's or a decade's first digit.
CN_ONE_TO_NINE: str = "一二三四五六七八九"
#: The Chinese digits a year is written with digit by digit (``二〇二五年``).
CN_YEAR_DIGITS: str = "〇零" + CN_ONE_TO_NINE
#: The digit words :func:`zznews.numbers.to_chinese` writes.
CN_DIGIT_WORDS: str = "零" + CN_ONE_TO_NINE
#: The Chinese numerals of an hour or minute on the clock (``十一时``, ``两点``).
CN_CLOCK_DIGITS: str = "零一二两三四五六七八九十"
#: The Chinese numeral characters a date numeral is made of (a date never starts inside one).
CN_DATE_NUMERALS: str = "〇零一二两三四五六七八九十百千万亿"

#: Contracted tens, read as their two-character spelling (``廿五`` is ``二十五``).
CONTRACTED_TENS: dict[str, str] = {"廿": "二十", "卅": "三十", "卌": "四十"}

#: Financial numerals: alone (one character) they are never counted, because in
#: running text they are parts of words (``队伍``, ``陆续``, ``收拾``).
FINANCIAL: frozenset[str] = frozenset("壹贰貳叁參肆伍陆陸柒捌玖拾佰仟")

#: Decimal points between Arabic digits (``1.5万``) and in Chinese (``三点五亿``).
DECIMAL_POINTS: frozenset[str] = frozenset({".", "．", "点"})

#: The thousands separator: ``1,200`` is 1200 only with exactly three digits after
#: each comma (the same half-width comma also separates clauses in e-paper text).
THOUSANDS_SEPARATOR: str = ","

#: The most digits a count is written with; a longer run is a code or an ID number.
MAX_DIGITS: int = 15

#: The most characters a fraction's denominator is looked for in (``一万二千三百四十五分之一``
#: has nine): a bound, so that a long run of numerals costs the scan a bounded look.
MAX_NUMERAL_CHARS: int = 32

#: The largest value a numeral is read as (``三点五亿亿亿…`` passes it): a quantity
#: written with a larger one keeps its text and gets no value.
MAX_VALUE: int = 10**30

# --- measure words ------------------------------------------------------------------

#: Counters (量词) for people, things and events. A bare ``一`` before one of these
#: is the indefinite article, not a count (see :data:`INDEFINITE_ONE`).
COUNTERS: frozenset[str] = frozenset(
    {
        "个",
        "名",
        "人",
        "位",
        "家",
        "户",
        "所",
        "座",
        "栋",
        "幢",
        "间",
        "套",
        "层",
        "台",
        "辆",
        "架",
        "艘",
        "列",
        "条",
        "项",
        "件",
        "种",
        "类",
        "批",
        "份",
        "场",
        "次",
        "轮",
        "支",
        "队",
        "组",
        "只",
        "匹",
        "株",
        "棵",
        "枝",
        "本",
        "册",
        "部",
        "部门",
        "篇",
        "首",
        "幅",
        "张",
        "块",
        "片",
        "处",
        "门",
        "道",
        "段",
        "双",
        "笔",
        "宗",
        "例",
        "起",
        "票",
        "桌",
        "顿",
        "节",
        "页",
        "波",
        "人次",
        "户次",
        "台次",
        "架次",
        "车次",
        "辆次",
        "场次",
        "班次",
        "批次",
        "岁",
        "周岁",
        "倍",
        "头",  # 生猪出栏362.8万头
        "枚",
        "局",
        "期",  # 28期培训班 (not 一期工程, 期间: UNIT_NOT_BEFORE)
        "盏",
        "款",
        "课时",
        "家次",
        "台套",
        "把",
        "盆",
        "件次",
        "趟",
        "学时",
        "瓶",
        "箱",
        "口",
        "单",
        "副",
        "盒",
        "袋",
        "罐",
        "桶",
        "杯",
        "碗",
        "剂",
        "剂次",
        "顶",
        "尾",
        "标箱",
        "对",  # 牵手成功18对 (not 对此, 对接: UNIT_NOT_BEFORE)
        "季",  # 稻谷油菜两季收 (not 一季度, 季节)
        "大类",  # 4大类32门课程: counted as 类 (UNIT_SPELLINGS)
        "金",  # 收获2金3银5铜: medals
        "银",
        "铜",
        "分",  # 加2分, 积分4.2万分: points (only before a mark: UNIT_ONLY_BEFORE_MARK)
        "月龄",  # 6月龄以上的婴幼儿
        "根",  # 更换胶管1.1万余根 (not 根据, 根本)
        "胜",  # 8胜2平2负: a season's results
        "平",
        "负",
        "班",  # 每天往返4班 (not 三年级4班: UNIT_NOT_AFTER)
        "餐",  # 午餐、晚餐两餐 (not 餐厅, 餐饮)
        "步",  # 每天要走三万步 (not 步行, 步骤)
        "车道",  # 双向6车道
        "章",  # 全书共6章 (not 章程)
        "亩次",  # 植保作业86万亩次
        "册次",  # 借阅图书43万册次
        "个次",
        # Places counted (4省区, 9县, 两市, 三区, 4地; 一市 is the article)
        *("省", "省区", "市", "县", "区", "区县", "县市区", "市州", "地"),
        "堂",  # 三堂课
        "级",  # 风力2~3级 (not 一级响应: the article; 三级医院: UNIT_NOT_BEFORE)
        # Traditional forms, counted as printed (兩個人, 68歲)
        *("個", "歲", "週歲", "隻", "張", "場", "項", "條", "間", "臺", "輛", "處", "門"),
        *("筆", "類", "屆", "戶", "億"),  # 服务1300余个次
    }
)

#: Units of time: a number before one of these is a duration (``8年``, ``三个月``),
#: and ``一`` counts with them (``一年``). ``月`` is not here: ``3月`` is a date, the
#: duration ``3个月``; ``日`` is, for ``为期15日`` and ``7日内``, but a date (``18日``)
#: is left to :mod:`zznews.dates`.
TIME_UNITS: frozenset[str] = frozenset(
    {
        "年",
        "个月",
        "周",
        "星期",
        "个星期",
        "天",
        "小时",
        "个小时",
        "分钟",
        "秒",
        "秒钟",
        "个季度",
        "个工作日",
        "晚",  # 住一晚
        *("個月", "週", "小時", "個小時", "分鐘"),  # traditional forms
        "工作日",
        "日",  # 为期15日, 7日内 (18日, a date, is left to the dates)
    }
)

#: Money and physical measures; ``一`` counts with them too (``一公里``).
MEASURES: frozenset[str] = frozenset(
    {
        "元",
        "美元",
        "欧元",
        "港元",
        "日元",
        "英镑",
        "吨",
        "千克",
        "毫克",
        "微米",
        "纳米",
        "吉瓦",
        "吉瓦时",
        "兆瓦时",
        "伏",  # 650伏至6500伏 (not 三伏天)
        "千伏",
        "千伏安",  # a transformer's capacity
        "伏特",
        "微克",
        "公斤",
        "克",
        "斤",
        "米",
        "厘米",
        "毫米",
        "千米",
        "公里",
        "平方米",
        "周年",  # 75周年: an anniversary
        *("mg/100ml", "mg/100mL"),  # blood alcohol: 26.5mg/100ml
        "华里",
        "畝",  # traditional 亩
        "噸",
        "㎡",
        "英寸",
        "分贝",
        "km",
        "kg",
        "平米",
        "平方公里",
        "平方千米",
        "立方米",
        "亩",
        "公顷",
        "升",
        "毫升",
        "千瓦",
        "千瓦时",
        "兆瓦",
        "度",
        "摄氏度",
        "℃",
        "个百分点",
        "百分点",
        "个基点",  # 利率下浮10—30个基点
        "基点",
        "成",  # tenths: 近三成居民, 九成以上
    }
)

#: The word of a fraction between its denominator and numerator (``三分之二`` is 2/3);
#: after ``百`` or ``千`` it is a percentage (:data:`PERCENT_WORDS`).
FRACTION_WORD: str = "分之"

#: Percent and per-mille signs, with the unit they give (``30％`` → ``%``).
PERCENT_SIGNS: dict[str, str] = {"%": "%", "％": "%", "‰": "‰"}

#: Percent written out, before the number (``百分之三十`` → 30 ``%``).
PERCENT_WORDS: dict[str, str] = {"百分之": "%", "千分之": "‰"}

#: Every measure word: what must follow a number for it to be a quantity.
MEASURE_WORDS: frozenset[str] = COUNTERS | TIME_UNITS | MEASURES

#: Characters that, right after a measure word, make it part of another word:
#: ``三年级`` (a grade), ``90年代`` (a decade), ``一年轻人``, ``一周年``, ``周边``.
UNIT_NOT_BEFORE: dict[str, str] = {
    "年": "级級代轻龄度行规",  # 三年行动, 五年规划: a campaign's name; 一年級 (traditional)
    "周": "年边围末期",
    "天": "然真",
    "度": "过",
    "成": "员立功果本交长都效绩就型熟分品年",  # 一成员, 一成本: a word, not tenths
    "株": "洲",  # 390万株洲人民: the city, not plants
    "升": "至为到级高温值格",  # 由49.5升至50.3: rose, not litres
    "人": "制",  # 3人制篮球: a format
    "期": "间货刊望待限末满中工项厂标改建扩)）",  # 期间, 期刊, 一期工程, (二期): a phase
    "起": "步飞草来",  # 从零起步: no 起 (cases)
    "元": "级旦宵",  # 千亿元级产业: a class; 2018元旦: a holiday
    "公斤": "级",  # 59公斤级: a weight class
    "千克": "级",
    "口": "罩袋碑径岸号腔味头语气",  # 3口罩? no: 口罩, 口号 … are words
    "单": "元位独项据子人",  # 3单元: an address
    "把": "握关手",  # 把握, 把关
    "米": "栏",  # 100米栏: an event
    "对": "于此接比照象话待应称抗外内口付手面策症",  # 3对此, 1对接: a preposition
    "季": "度节",  # 一季度 is a date, 四季节
    "金": "额融属币牌奖山秋色卡点",  # 资金额, 金牌 (3枚金牌 counts 枚)
    "银": "行牌奖川发色杏耳",
    "铜": "牌奖矿像器鼓",
    "根": "据本源治系基除底",  # 根据, 根本
    "胜": "利任诉地出率者算过",  # 胜利, 胜任
    "平": "均台安方稳衡价等时常米原面坦整房稳息",  # 平均, 平台 (平方米 is longer)
    "负": "责担债面荷重",  # 负责
    "伏": "天季期",  # 入伏天
    "餐": "厅饮具馆桌费券食点",  # 餐厅, 餐饮
    "步": "行伐骤入调态道履子",  # 步行, 步伐
    "章": "程法节鱼",  # 章程
    "班": "级长子组车主会底列",  # 班级, 班子, 班车
    "级": "医院别响政干部台台阶片风",  # 三级医院, 一级响应: a grade's name
    "地": "块区方产图址点位质标铁震下上",  # 3地块: a plot
    "区": "域间别位块县委政长",  # 区域
    "市": "场民委政级区县州长值",  # 市场, 三市州 is 市州
    "省": "份级委政长内外",
    "县": "级委政城域区市长",
    "晚": "上间会报年期辈霞稻餐饭宴点",  # 一晚上 (the time of day), 晚会
}

#: Measure words that begin many other words (分配, 分享, 分公司), so that they count
#: only before a character that is not Chinese or one of these: ``加2分,`` and
#: ``得了95分的`` are points, ``十分重要`` and ``三分之一`` are not.
UNIT_ONLY_BEFORE_MARK: dict[str, str] = {"分": "的以左上多余"}

#: Characters before the number that make such a unit count whatever follows it:
#: ``积26分暂列第二`` and ``得95分`` are points.
UNIT_SCORED_AFTER: dict[str, str] = {"分": "积得加扣减获拿由"}  # 由50分提高到60分

#: Measure words and the characters they may not follow, when those come right before
#: the number: ``7时30分`` and ``8点30分`` are a time of day, not points.
UNIT_NOT_AFTER: dict[str, str] = {"分": "时点", "班": "级"}  # 三年级4班: a class

#: A magnitude alone (no digit, no hedge) before a measure word and a noun is a
#: scale's label, not a count: ``万亩高标准农田``, ``百亩荷花基地``, ``千人宴``
#: (with a hedge it counts: ``近万亩``, ``百余名``).
#: (Runs of them too: ``百亿项目``, ``千亿元级``, ``百万人口``.)
LABEL_MAGNITUDES: frozenset[str] = frozenset({"百", "千", "万"})

#: Measure words counted under another spelling: ``4大类`` is 4 类.
UNIT_SPELLINGS: dict[str, str] = {"大类": "类"}

#: Measure words after which a bare ``一`` is the indefinite article (``开了一家包子铺``,
#: ``一件大实事``, ``一个人``, ``一门手艺``): the counters. With a time unit or a measure
#: (``一年``, ``一个月``, ``一公里``), or with a hedge (``一个多月``), ``一`` counts.
INDEFINITE_ONE: frozenset[str] = COUNTERS - {"倍"}  # 多了一倍: a count

# --- hedges -------------------------------------------------------------------------

#: Hedge words before the number (``超过6万人次``, ``近2万人``); longest wins, so
#: ``不超过`` is at most and not more than.
PREFIX_HEDGES: dict[str, Approx] = {
    "超过": Approx.MORE_THAN,
    "超過": Approx.MORE_THAN,  # traditional
    "不止": Approx.MORE_THAN,  # 不止102个
    "約": Approx.ABOUT,
    "约为": Approx.ABOUT,  # 占地约为4万平方米
    "超过了": Approx.MORE_THAN,
    "超": Approx.MORE_THAN,
    "突破": Approx.MORE_THAN,
    "逾": Approx.MORE_THAN,
    "满": Approx.AT_LEAST,  # 运营满1年 (未满, 不满: less than)
    "过": Approx.MORE_THAN,  # 月薪过万元 (only before a bare magnitude: HEDGE_ONLY_BEFORE)
    "多于": Approx.MORE_THAN,
    "上": Approx.AT_LEAST,
    "至少": Approx.AT_LEAST,
    "最少": Approx.AT_LEAST,
    "最低": Approx.AT_LEAST,
    "不少于": Approx.AT_LEAST,
    "不低于": Approx.AT_LEAST,
    "将近": Approx.NEARLY,
    "接近": Approx.NEARLY,
    "近": Approx.NEARLY,
    "约": Approx.ABOUT,
    "约有": Approx.ABOUT,
    "大约": Approx.ABOUT,
    "大概": Approx.ABOUT,
    "不到": Approx.LESS_THAN,
    "不足": Approx.LESS_THAN,
    "未满": Approx.LESS_THAN,
    "不满": Approx.LESS_THAN,
    "少于": Approx.LESS_THAN,
    "至多": Approx.AT_MOST,
    "最多": Approx.AT_MOST,
    "最高": Approx.AT_MOST,  # 补助最高200万元
    "最长": Approx.AT_MOST,
    "不得超过": Approx.AT_MOST,
    "不能超过": Approx.AT_MOST,
    "不应超过": Approx.AT_MOST,
    "不宜超过": Approx.AT_MOST,
    "不要超过": Approx.AT_MOST,
    "不可超过": Approx.AT_MOST,
    "破": Approx.MORE_THAN,  # 有望破万辆 (only before a bare magnitude: HEDGE_ONLY_BEFORE)
    "限": Approx.AT_MOST,  # 每场限30人 (not 期限3年: HEDGE_NOT_AFTER)
    "限报": Approx.AT_MOST,
    "限购": Approx.AT_MOST,
    "限号": Approx.AT_MOST,  # 每天限号100个
    "限额": Approx.AT_MOST,
    "限流": Approx.AT_MOST,
    "限速": Approx.AT_MOST,  # 限速30公里
    "不超过": Approx.AT_MOST,
    "不多于": Approx.AT_MOST,
    "不高于": Approx.AT_MOST,
}

#: Prefix hedges that name an extreme, not a bound, before these units: ``最高9℃`` in a
#: forecast is the day's high (``补助最高200万元`` stays "at most").
HEDGE_NOT_BEFORE_UNITS: dict[str, frozenset[str]] = {
    "最高": frozenset({"度", "摄氏度", "℃"}),
    "最低": frozenset({"度", "摄氏度", "℃"}),
}

#: Words before a temperature that make it negative: ``零下5℃`` is -5 ℃.
BELOW_ZERO: frozenset[str] = frozenset({"零下"})

#: The units :data:`BELOW_ZERO` applies to (before any other, 零下 is not a sign).
TEMPERATURE_UNITS: frozenset[str] = frozenset({"度", "摄氏度", "℃"})

#: Minus signs before a digit (``−2℃``, ``增速为-1.2%``): the hyphen, the minus,
#: the full-width hyphen-minus and the en dash. After a digit a hyphen is a range or
#: a code (``5-10家``, ``1-303``), never a sign.
MINUS_SIGNS: str = "-−－–"

#: The units a minus sign applies to: temperatures and rates of change.
SIGNED_UNITS: frozenset[str] = TEMPERATURE_UNITS | {"%", "‰", "个百分点", "百分点"}

#: ``近`` and a duration mean "the last N" (``近3年来``, ``近三年,全市…``) only at the
#: start of a clause or before one of these words; elsewhere, after a verb
#: (``坚守了近30年``, ``扎根山区近40年``), ``近`` is "nearly".
LAST_N_BEFORE: tuple[str, ...] = ("来", "以来", "内", "里", "中", "最", "之最")  # 近三年最多

#: Hedges that may stand before a verb and still bound the number after it:
#: ``最高可贷30万元``, ``最长可达3年``, ``每月至少召开1次``. All are two characters long
#: (the pattern looks behind for them).
VERB_HEDGES: frozenset[str] = frozenset({"最高", "最长", "最多", "最低", "最少", "至少", "至多"})

#: The verbs (after an optional modal, :data:`HEDGE_MODALS`) that may stand between one
#: of :data:`VERB_HEDGES` and its number; the quantity's text takes them in.
HEDGE_VERBS: tuple[str, ...] = (
    *("贷", "贷款", "获", "获得", "申请", "申领", "领取", "领", "享受", "享"),
    *("补贴", "补助", "奖励", "奖补", "资助", "报销", "赔付", "减免", "优惠", "支付"),
    *("达", "达到", "提供", "安排", "召开", "举办", "组织", "开展", "服务", "上门服务"),
    *("走访", "巡查", "检查", "打", "参加", "锻炼", "学习", "培训", "接待", "容纳"),
    *("处", "判处", "罚款", "拘留", "增收", "节约", "节省", "缩短", "延长", "投入", "发放"),
    *("抵扣", "抵", "减", "减少", "返", "返还", "退", "退还", "支持", "给予支持"),
)

#: Modal words before one of :data:`HEDGE_VERBS` (``最高可贷``, ``至少要``), or alone
#: before the number (``最多可3人``).
HEDGE_MODALS: tuple[str, ...] = ("可", "可以", "能", "将", "需", "需要", "要", "应", "均")

#: Words before a number that make it a telephone or service number, never a count:
#: ``拨打12333人社服务热线``.
CODE_BEFORE: tuple[str, ...] = ("拨打", "致电", "热线", "电话", "号码", "编号", "代码")
#: The fewest digits such a number has (written in plain digits, no magnitude).
CODE_DIGITS_MIN: int = 3

#: A session of a congress or a plenum is numbered, not counted: ``十五届人大三次会议``
#: (届 close before the number, then one of these words after 次).
SESSION_AFTER: tuple[str, ...] = ("会议", "全会", "全体会议")
#: The units such a session is numbered with (``三次会议``).
SESSION_UNITS: frozenset[str] = frozenset({"次"})
SESSION_MARK: str = "届"
SESSION_REACH: int = 8
#: The most characters between ``次`` and :data:`SESSION_AFTER` (``九届五次常委会议``,
#: ``第四届二次理事会议``: the body's name between).
SESSION_NAME_REACH: int = 3

#: Words before a range of rates with the sign at both ends that make it a change,
#: not a range: ``收缴率从65%到92%`` is two rates, then and now (``从5到10家`` and
#: ``从8岁到72岁`` stay ranges).
CHANGE_FROM: str = "从由"

#: Words after such a range that make it one after all: ``从5%到10%不等``.
RANGE_AFTER: tuple[str, ...] = ("不等",)

#: Prefix hedges that only hedge a bare magnitude: ``上万人`` (ten thousand and up),
#: not ``上3天``.
HEDGE_ONLY_BEFORE: dict[str, str] = {"上": "百千万亿", "过": "百千万亿", "破": "百千万亿"}

#: Hedge words between the number and the measure word (``120多家``, ``一万余元``),
#: and after a time unit (``3年多``).
INFIX_HEDGES: dict[str, Approx] = {
    "余": Approx.MORE_THAN,
    "多": Approx.MORE_THAN,
    "来": Approx.ABOUT,  # 二十来岁, 十来个
}

#: The hedges of :data:`INFIX_HEDGES` that may follow the measure word (``3年多``,
#: ``两倍多``): ``3年来`` is "these three years", not "about three years". After a
#: unit of time they may stand before anything but another unit (``3年多次`` is 3 年
#: and 多次); after another unit only before a mark or ``的`` (``一人多岗`` is a word).
UNIT_HEDGES: frozenset[str] = frozenset({"余", "多"})

#: The least number counted with a hedge and no measure word (``百余学生``, ``50余乡亲``;
#: not ``三多一少``, a slogan).
BARE_HEDGED_MIN: int = 10

#: Units of time before which ``半`` alone is half of one (``半年``, ``半个月``,
#: ``半小时``); not ``半天``, which as often means "a long while".
HALF_ALONE_UNITS: frozenset[str] = frozenset({"年", "个月", "小时", "个小时", "分钟", "斤", "天"})

#: Units after which two digits are hundredths, as results and heights are printed:
#: ``10秒62`` is 10.62 秒, ``1米85`` 1.85 米.
HUNDREDTHS_AFTER: frozenset[str] = frozenset({"秒", "米"})

#: A duration printed as a clock reading (``2小时12分08秒``, ``5分48秒``, ``1小时30分``):
#: its parts with their length in seconds. It is one quantity, counted in its smallest
#: part: seconds (``2小时12分08秒`` is 7928 秒, ``2分06秒38`` 126.38 秒), or minutes
#: when it stops at them (``1小时30分`` is 90 分钟).
CLOCK_PARTS: dict[str, int] = {"小时": 3600, "个小时": 3600, "分": 60, "分钟": 60, "秒": 1}

#: Units after which ``半`` adds a half (``3岁半``, ``3斤半``), as after a time unit.
HALF_UNITS: frozenset[str] = frozenset({"岁", "周岁", "斤", "公斤", "倍"})

#: A half after a time unit or inside a 个-unit: ``一年半`` is 1.5 年, ``两个半小时``
#: 2.5 个小时.
HALF: str = "半"

#: Hedge words after the measure word (``10个以上``, ``30岁左右``).
SUFFIX_HEDGES: dict[str, Approx] = {
    "以上": Approx.AT_LEAST,
    "以下": Approx.AT_MOST,
    "以内": Approx.AT_MOST,
    "之内": Approx.AT_MOST,
    "左右": Approx.ABOUT,
    "上下": Approx.ABOUT,
    "有余": Approx.MORE_THAN,
    "及以上": Approx.AT_LEAST,  # 65岁及以上
    "及以下": Approx.AT_MOST,
}

#: Hedges after a unit of time only: ``1小时内``, ``30分钟内`` (within).
TIME_SUFFIX_HEDGES: dict[str, Approx] = {"内": Approx.AT_MOST}
#: Characters after such a hedge that make it the start of another word (``3天内容``,
#: ``1年内部``, ``2小时外地``): no hedge then.
TIME_SUFFIX_NOT_BEFORE: str = "容部外地涵"

#: Characters before a prefix hedge that make it part of another word:
#: ``最近3天`` (the last 3 days), ``预约3人`` (booked 3), ``赶超``.
HEDGE_NOT_AFTER: dict[str, str] = {
    "近": "最附临靠亲将接",
    "约": "预签邀制节公相违践履隐合大",
    "超": "高赶",
    "上": "以向马晚早之路",
    "过": "经通度越穿路错难",  # 经过万里: not a hedge
    "满": "圆充美饱布撒占客刚写装坐住挤堆摆站",  # 充满, 圆满, 写满6本: not a hedge
    "限": "期年时权界无局额受上下极门",  # 期限3年, 年限5年: a term, not a cap
}

#: Characters after a suffix hedge that make it part of another word: ``上下班``.
HEDGE_NOT_BEFORE: dict[str, str] = {
    "上下": "班楼车级游",
    "左右": "手",
}

# --- ranges and vague counts --------------------------------------------------------

#: Connectors between the two ends of a range: ``5到10家``, ``5至10家``, ``5-10家``.
RANGE_CONNECTORS: tuple[str, ...] = ("到", "至", "-", "－", "~", "～", "—", "–")

#: Neighbouring digits that make a range on their own: ``三四家`` is 3 to 4,
#: ``两三个`` 2 to 3, ``二三十个`` 20 to 30.
RANGE_PAIRS: dict[str, tuple[int, int]] = {
    "一两": (1, 2),
    "一二": (1, 2),
    "两三": (2, 3),
    "二三": (2, 3),
    "三两": (2, 3),
    "三四": (3, 4),
    "三五": (3, 5),
    "四五": (4, 5),
    "五六": (5, 6),
    "六七": (6, 7),
    "七八": (7, 8),
    "八九": (8, 9),
}

#: The digit nobody stated: ``十几个`` is 11 to 19 (a stated numeral fixes the
#: bounds); ``几十年`` and ``几天`` say nothing more than "some" (no bounds).
VAGUE_DIGIT: str = "几"

#: Words that stand for an unstated count before a magnitude: ``数百人``, ``数十年``.
VAGUE_BEFORE_MAGNITUDE: frozenset[str] = frozenset({"数"})

#: Words that are an unstated count on their own or before a magnitude:
#: ``若干个``, ``好几家``, ``好几百人``.
VAGUE_WORDS: frozenset[str] = frozenset({"若干", "好几"})

#: Measure words after which ``多`` alone is a vague count (``多年``, ``多个部门``);
#: a short list because ``多`` starts many words (``多元``, ``多方``, ``多功能``).
VAGUE_MANY_UNITS: frozenset[str] = frozenset(
    {
        "年",
        "个",
        "名",
        "位",
        "家",
        "次",
        "项",
        "种",
        "场",
        "所",
        "支",
        "批",
        "条",
        "起",
        "处",
        "人",
        "天",
        "个月",
    }
)

#: The word for "many" in :data:`VAGUE_MANY_UNITS` counts.
MANY: str = "多"

# --- rates --------------------------------------------------------------------------

#: Rate words and the period they give to the quantities after them in the same
#: clause: ``每周5名`` is 5 名 per 周, ``每个月固定收入一万余元`` 10000 元 per 月.
RATE_MARKERS: dict[str, str] = {
    "每周": "周",
    "每星期": "周",
    "每个星期": "周",
    "每月": "月",
    "每个月": "月",
    "每年": "年",
    "每天": "天",
    "每日": "天",
    "每小时": "小时",
    "每个小时": "小时",
    "每季度": "季度",
    "每个季度": "季度",
    "日均": "天",
    "周均": "周",
    "月均": "月",
    "年均": "年",
    # Pay, speed and yield, and prices of a unit: 月薪5000元, 时速160公里, 每斤1.35元.
    "月薪": "月",
    "日薪": "天",
    "年薪": "年",
    "时速": "小时",
    "亩产": "亩",
    "每人": "人",
    "每人次": "人次",
    "每户": "户",
    "每亩": "亩",
    "每斤": "斤",
    "每公斤": "公斤",
    "每吨": "吨",
    "每平方米": "平方米",
}

#: Slashes that give a rate after the measure word: ``30元/人`` is per 人.
RATE_SLASHES: frozenset[str] = frozenset({"/", "／"})

#: Periods after a rate's slash that are no measure word of their own: ``3000元/月``.
SLASH_PERIODS: frozenset[str] = frozenset({"月", "日"})

#: Units to which no rate word applies: a ratio (``日均客流5.2万人次,同比增长9%`` is
#: 9 % in all, not a day) or an age (``每周三为60岁以上老人理发``).
UNRATED_UNITS: frozenset[str] = frozenset(
    {"%", "‰", "个百分点", "百分点", "成", "倍", "岁", "周岁"}
)

#: Counters of a rank after ``前`` (:data:`RANK_BEFORE`): ``前3名``, ``前三位`` are the
#: top places, not a count of people.
RANK_UNITS: frozenset[str] = frozenset({"名", "位"})
RANK_BEFORE: tuple[str, ...] = ("前",)
#: Characters before that ``前`` that make it part of another word: ``目前1200多名``,
#: ``此前``, ``当前``, ``提前``: a count again.
RANK_NOT_AFTER: str = "目此当提之以日年节生空"

#: Words ending in one of :data:`RANK_NOT_AFTER` after which ``前`` is the rank's
#: again: ``项目前三名`` is the top three of an event (not ``目前``).
RANK_AFTER_WORDS: tuple[str, ...] = ("项目", "节目", "题目", "科目", "栏目")

#: Measure words that number a place in an address when a digit follows them:
#: ``3栋2单元``, ``5组3号`` (a building, a group), not counts.
ADDRESS_UNITS: frozenset[str] = frozenset({"栋", "幢", "组", "号", "层"})

#: What follows a number in an address, after one of :data:`ADDRESS_UNITS`
#: (``3栋2单元``, ``5组3号``; ``共4栋96套`` is two counts).
ADDRESS_PARTS: tuple[str, ...] = ("单元", "号", "室", "层", "楼", "组", "栋")

#: Words before a number that make it part of an address: ``石门村5组``.
ADDRESS_BEFORE: tuple[str, ...] = ("村", "社区", "小区", "号楼", "宿舍")

#: Words before a number that make it the base of a rate, not a count: ``每万人口``
#: (per ten thousand people), ``每3天一次`` (every three days).
RATE_BASES: frozenset[str] = frozenset({"每"})

#: Characters that end a clause: a rate word applies up to the next one.
CLAUSE_BREAKS: frozenset[str] = frozenset("，,。；;！!？?：:\n")

# --- vetoes -------------------------------------------------------------------------

#: Words before a number that make it an ordinal, not a count: ``第3名``, and the
#: later numbers of an ordinal list or range (``第一、二、三名``, ``第1至3名``).
ORDINAL_PREFIXES: frozenset[str] = frozenset({"第"})

#: What joins the numbers of an ordinal list or range: ``第3、4名``, ``第1至3名``.
ORDINAL_LINKS: str = "、和及至到-—–~～"

#: Idioms, slogans and names that contain a numeral and a measure word but are not
#: quantities. A number is vetoed when its first character falls inside one of these
#: (so ``一家人`` is vetoed but ``95家人驻基地`` and ``3万家`` are not), unless a prefix
#: hedge shows it is counted (``近万家企业``).
NOT_QUANTITIES: frozenset[str] = frozenset(
    {
        "一家人",
        "二人转",  # a folk art of the northeast, not two people
        "九年一贯制",  # a school that teaches all nine years, not nine years
        "百度",  # a name (the search engine), not 100 degrees
        "五花八门",
        "千百年",
        "一线",
        "一次次",
        "一心一意",
        "一起",
        "一直",
        "一些",
        "一体",
        "统一",
        "唯一",
        "万一",
        "一波波",
        "一枝黄花",
        "八段锦",
        "四处",
        "万家",
        "千家万户",
        "万家灯火",
        "一方面",
        "一把手",
        "二把手",
        "一口气",
        "一站式",
        "一对一",
        "一条龙",
        "一揽子",
        "一系列",
        "一道",
        "一块儿",
        "一年四季",
        "四季",
        "三伏",
        "半斤八两",
        "老半天",  # "for ages", not half a day
        "大半年",  # "most of a year": no half
        "如一日",  # 几十年如一日
        "穿越千年",  # a figure of speech
        "大半天",
        "好半天",
        "三门镇",  # a town of 醴陵
        "一平",  # 一平如镜
        "五金",  # hardware (五金店)
        "千金",  # 一诺千金, a daughter
        "万金油",
        "一年一度",
        "一日三餐",
        "三天两头",
        "三番五次",
        "三番两次",
        "千方百计",
        "成千上万",
        "成百上千",
        "亿万",
        "万人空巷",
        "万无一失",
        "四面八方",
        "五湖四海",
        "百家争鸣",
        "百家讲坛",
        "百家姓",
        "三五成群",
        "一成不变",
        "三三两两",
        "三轮车",
        "两口子",
        "四周",
        "二维码",
        "一票否决",
        "双十一",
        "一带一路",
        "三次产业",
        "一天到晚",
        "一天比一天",
        "有一天",
        "一分一秒",
        "最后一公里",
        "信心百倍",
        "百年未有",
        "八项规定",
        "两节",
        "一度",  # 她一度想放弃: "at one point"
        "新的一年",
        "的一年",  # 不平凡的一年, 关键的一年: "a year", no count
        "关键一年",
        "十年磨一剑",
        "百家宴",
        "零部件",
        "零配件",
        "零门槛",
        "零起点",
        "二次",  # 二次污染, 二次创业: "secondary"
        "一头雾水",
        "两头",
        "三头六臂",
        "两位数",
        "三位数",
        "个位数",
        "最后一天",
        "那一天",
        "这一天",
        "头一天",
        "同一天",
        "每一天",
    }
)

#: Opening and closing quotation marks. Numerals inside a short quotation are part of
#: a name or a slogan (``“百日攻坚”``, ``“社保服务进万家”``, ``“三不一多”``).
QUOTES: dict[str, str] = {
    "“": "”",
    "‘": "’",
    "「": "」",
    "『": "』",
    '"': '"',
    "《": "》",
}

#: Quotation marks whose content is always a title, up to :data:`MAX_QUOTED_TITLE`.
TITLE_QUOTES: frozenset[str] = frozenset({"《"})

#: The longest title (characters inside ``《》``) looked for: a bound, so that a page of
#: unclosed marks is scanned in linear time.
MAX_QUOTED_TITLE: int = 100

#: The longest quotation (in characters, marks excluded) taken for a name or a slogan;
#: longer ones are reported speech, whose numbers count.
MAX_QUOTED_NAME: int = 12

#: Units of time that, with a word of before or after (:data:`TIME_POINT_AFTER`), name a
#: point in time, not a length of it: ``两年前`` is a date, ``两年`` a duration.
TIME_POINT_UNITS: frozenset[str] = frozenset({"年", "个月", "天", "周", "小时", "个小时", "分钟"})

#: Words after such a unit that make it a point in the past (``两年前``); after ``后``
#: (``三个月后,取得结业证``) the time that passed is a quantity, as the sample reads it.
TIME_POINT_AFTER: tuple[str, ...] = ("以前", "之前", "前")
#: Words that ``前`` opens after such a unit, which then says no "ago" (``3年前列``: the
#: front rank; ``两年前景``).
TIME_POINT_NOT_WORDS: frozenset[str] = frozenset({"前列", "前景", "前期", "前往", "前进"})

#: Units a date may hold a number of (``2025年``, ``今年前10个月``, ``18日``): a
#: candidate with one of them inside a date expression is part of the date.
DATE_UNITS: frozenset[str] = frozenset({"年", "个月", "日"})

#: The last characters of the words a weekday's number follows (``周三``, ``星期三``,
#: ``礼拜三``): such a number inside a date is the weekday (``上周三起``).
WEEKDAY_WORD_ENDS: frozenset[str] = frozenset("周期拜")
