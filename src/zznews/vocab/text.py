"""How the parser reads characters: folds for deciding, and the punctuation that ends things.

The parser never changes the text it returns; it folds a copy, one character
for one character, so that offsets found in the copy are offsets in the source.
"""

from __future__ import annotations

#: Characters that are dropped from the folded copy (zero-width marks, the BOM).
INVISIBLE: frozenset[str] = frozenset("\ufeff\u200b\u200c\u200d\u2060\u180e\u00ad")

#: Traditional characters seen in bylines and headers, with their simplified forms.
TRADITIONAL: dict[str, str] = {
    "記": "记",
    "訊": "讯",
    "員": "员",
    "報": "报",
    "攝": "摄",
    "實": "实",
    "習": "习",
    "見": "见",
    "體": "体",
    "責": "责",
    "編": "编",
    "輯": "辑",
    "圖": "图",
    "約": "约",
    "華": "华",
    "電": "电",
    "劃": "划",
    "視": "视",
    "頻": "频",
    "導": "导",
    "聞": "闻",
    "網": "网",
    "週": "周",
    "創": "创",
    "業": "业",
    "掃": "扫",
    "碼": "码",
    "維": "维",
    "觀": "观",
    "統": "统",
    "籌": "筹",
    "長": "长",
    "區": "区",
    "動": "动",
    "態": "态",
    "臺": "台",
    "億": "亿",
    "萬": "万",
    "兩": "两",
    "貳": "贰",
    "參": "叁",
    "陸": "陆",
    "為": "为",
    "於": "于",
    "來": "来",
    "從": "从",
    "們": "们",
    "這": "这",
    "個": "个",
    "讀": "读",
    "寫": "写",
}

#: Ends of a sentence: a paragraph whose last character (after closing quotes and
#: brackets) is one of these is complete; any other stops at a column break.
SENTENCE_END: frozenset[str] = frozenset("。.!?…;:")

#: Closing quotes and brackets that may follow the end of a sentence.
CLOSERS: frozenset[str] = frozenset("”’\"')]》」』】〉")

#: Closing quotation marks: a line that opens with one goes on the paragraph before it
#: (a quotation's last mark a column break cut), and is no line of stray marks.
CLOSING_QUOTES: frozenset[str] = frozenset("”’」』")

#: Commas and semicolons: a heading has at most one clause break.
CLAUSE_MARKS: frozenset[str] = frozenset(",;")

#: Last characters that leave a phrase hanging (a preposition, a conjunction, an
#: adverb, the possessive 的): a short line ending in one is a paragraph cut by a
#: column break, never a heading.
HANGING_ENDS: frozenset[str] = frozenset(
    "的和与及等在将对把被从向或而并以为由至跟同让使还也都就才又再已均很"
)

#: Words that end on a character of :data:`HANGING_ENDS` and still end a phrase
#: (``全民参与``, ``积极应对``, ``坚持问题导向``): a line that ends with one is not
#: left hanging. (Words that want an object, like 面向, 针对 or 促使, are not here.)
WHOLE_ENDINGS: frozenset[str] = frozenset(
    {
        *("参与", "给与", "赋与", "目的", "普及"),
        *("平等", "同等", "均等", "对等", "优等", "高等", "初等", "中等", "特等"),
        *("存在", "现在", "实在", "所在", "内在", "潜在", "自在", "健在", "外在"),
        *("应对", "面对", "核对", "比对", "校对", "配对", "相对", "绝对", "反对", "派对"),
        *("方向", "导向", "走向", "转向", "趋向", "志向", "动向", "取向", "定向", "双向"),
        *("共同", "不同", "合同", "认同", "协同", "相同", "陪同", "赞同", "胡同"),
        *("作为", "行为", "有为", "可为", "可以"),
        *("人才", "成才", "英才", "育才", "引才", "聚才", "用才", "爱才"),
        *("理由", "自由", "缘由", "事由"),
        *("温和", "祥和", "平和", "缓和", "总和", "柔和", "饱和", "暖和", "调和"),
        *("大使", "天使", "冬至", "夏至"),
        *("合并", "兼并", "吞并", "出让", "转让", "礼让", "谦让", "顺从", "服从", "盲从"),
    }
)


def _fold_table() -> dict[int, str | None]:
    """The translation table of :func:`str.translate` behind :data:`FOLD`."""
    table: dict[int, str | None] = {}
    for code in range(0xFF01, 0xFF5F):  # full-width ASCII → ASCII
        table[code] = chr(code - 0xFEE0)
    for ch in "\u00a0\u3000\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\t":
        table[ord(ch)] = " "
    for code in list(range(0x00, 0x09)) + list(range(0x0E, 0x20)) + [0x7F]:
        table[code] = " "  # control characters decide nothing
    table[ord("〔")] = "("
    table[ord("〕")] = ")"
    table[ord("｜")] = "|"
    for trad, simp in TRADITIONAL.items():
        table[ord(trad)] = simp
    return table


#: The one-for-one fold the parser decides on: full-width ASCII to ASCII
#: (``，`` → ``,``, ``（`` → ``(``, ``１`` → ``1``), odd spaces to a space, and
#: :data:`TRADITIONAL` to simplified. :data:`INVISIBLE` characters are dropped.
FOLD: dict[int, str | None] = _fold_table()
