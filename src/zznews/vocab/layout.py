"""How a page is laid out: the sizes and words the layout stages decide by.

These numbers come from the printed page: a headline fits on one line of the
e-paper extraction, an in-body heading (小标题) is shorter still, and a photo
leaves three or more blank lines where it sat.
"""

from __future__ import annotations

#: Blank lines that mark where a photo sat.
PHOTO_GAP: int = 3

#: Most text lines of photo news whose photo left no blank lines in the text: a
#: title, up to this many lines, then a credit line alone.
PHOTO_NEWS_LINES_MAX: int = 3

#: Most text lines of photo news after its photo's blank lines, before the credit
#: (its text is short; column breaks may double its lines). A title followed by more
#: is no photo news, and the search for a credit stops there (which keeps a page of
#: titles and text without credits linear).
PHOTO_NEWS_TEXT_MAX: int = 10

#: Longest line (characters) that can be a kicker or a headline.
TITLE_MAX: int = 40

#: Longest line opening with a dash (``——探访…之烹饪班③``) that can be a subtitle: it
#: runs longer than a headline, but a longer line is a paragraph that opens with a dash.
SUBTITLE_MAX: int = 60

#: Longest line ending with a colon that can be a kicker naming a place or a
#: topic (``渌口区:`` above the headline); any longer, it introduces what follows.
LABEL_MAX: int = 12

#: Last characters (and words) before a colon that make a short line introduce what
#: follows, not name a place: ``他说:``, ``具体如下:``, ``主要有:`` (``田心街道:`` is a
#: place: only ``说道``, ``写道``, ``问道`` end in 道 and introduce).
LABEL_NOT_ENDING: str = "说问示到称曰下为是有括即如指出述明讲告知"
LABEL_NOT_ENDING_WORDS: tuple[str, ...] = ("说道", "写道", "问道")

#: Longest line that can be an in-body heading (小标题).
HEADING_MAX: int = 24

#: Fewest in-body headings an article has. Real pages print lone headings too, and a
#: paragraph's first words cut by a column break are told by how they read (a
#: comma, a particle, an opener, an open frame: :data:`ADVERBIAL_FRAMES`), so one is
#: enough.
HEADINGS_MIN: int = 1

#: A preposition that opens an adverbial and the words that close it (``在3场招聘
#: 活动中``): a short line so framed opens a sentence whose main clause a column
#: break cut off, never a heading.
ADVERBIAL_FRAMES: dict[str, str] = {"在": "中里上下时后前内间", "当": "时后前"}

#: The numerals of a numbered in-body heading (``一、``, ``(二)``): a title line that
#: opens with one, or with ``3.`` or ``3、``, heads a section of a story, never an
#: article (a numbered heading followed by text and a photo credit is no photo news).
HEADING_NUMERALS: str = "一二三四五六七八九十"

#: Marks that open an in-body heading (``■种植规模稳步扩大``); a line wholly in
#: ``【】`` (``【种植】``) is one too. Like a number, a mark says it is a heading.
HEADING_MARKS: str = "■●◆★□◎◇"

#: Labels of a box beside a story (``链接``, ``专家提醒``): a line that is one of these
#: is a heading, even alone in its article.
BOX_LABELS: frozenset[str] = frozenset(
    {
        "链接",
        "相关链接",
        "新闻链接",
        "专家提醒",
        "温馨提示",
        "小贴士",
        "记者手记",
        "延伸阅读",
        "背景",
    }
)

#: Speakers of a question-and-answer piece (``问:如何预防流感?``, ``记者:…?``): a
#: line that opens with one is a paragraph of the dialogue, never a heading.
DIALOGUE_SPEAKERS: tuple[str, ...] = ("问", "答", "记者", "主持人")

#: Words that open a paragraph, before a comma (``此外,``, ``据悉,``): a short line
#: that opens so is a paragraph's first words cut by a column break, not a heading.
PARAGRAPH_OPENERS: tuple[str, ...] = (
    "此外",
    "另外",
    "同时",
    "与此同时",
    "据悉",
    "据了解",
    "据介绍",
    "据统计",
    "记者了解到",
    "目前",
    "近年来",
    "因此",
    "为此",
    "其中",
    "然而",
    "但是",
    "此前",
    "随后",
    "今年以来",
)

#: The last words of a label before a colon that gives contact or service details
#: (``咨询电话:0731-…``, ``报名地点:…``): such a line is text, never a title.
CONTACT_LABELS: tuple[str, ...] = (
    "电话",
    "热线",
    "地址",
    "地点",
    "时间",
    "联系人",
    "邮箱",
    "网址",
    "微信",
    "公众号",
    "QQ",
    "咨询",
    "报名",
    "方式",
    "联系",
)

#: Most paragraph lines (column-break pieces counted) of a news brief or a short
#: story signed at its end: a title, up to this many lines, the last one signed in
#: brackets (``…安全课。(刘欢)``).
BRIEF_LINES_MAX: int = 6

#: Characters no sentence opens with (a particle, a preposition bound to what goes
#: before): a line that opens with one goes on the line before it, cut by a column
#: break (``2018年,团队终`` ⏎ ``于研制出…``), which is then no heading.
CONTINUATION_STARTS: str = "于的了着地得之而并且"

#: Words no paragraph opens with either, as they compare with something said before
#: (``全区城市管理类投诉`` ⏎ ``同比下降36.8%。``).
CONTINUATION_WORDS: tuple[str, ...] = ("同比", "环比")

#: The paper's own name and imprint as printed above or beside a front page's header
#: (spaces aside; matched on the folded line, so ``株洲日報`` too): kept in
#: ``Page.unplaced``, never an article.
#: The papers of Hunan, by the name their front page prints (the provincial papers,
#: then each city's daily and evening paper).
HUNAN_PAPERS: tuple[str, ...] = (
    *("湖南日报", "潇湘晨报", "三湘都市报", "湖南工人报", "今日女报", "长沙晚报"),
    *("株洲日报", "株洲晚报", "湘潭日报", "湘潭晚报", "衡阳日报", "衡阳晚报"),
    *("邵阳日报", "岳阳日报", "岳阳晚报", "常德日报", "常德晚报", "张家界日报"),
    *("益阳日报", "益阳城市报", "郴州日报", "永州日报", "怀化日报", "娄底日报", "团结报"),
)

#: The seats of the party committees whose organ a masthead names (中共株洲市委机关报).
_ORGAN_SEATS: tuple[str, ...] = (
    *("湖南省", "长沙市", "株洲市", "湘潭市", "衡阳市", "邵阳市", "岳阳市", "常德市"),
    *("张家界市", "益阳市", "郴州市", "永州市", "怀化市", "娄底市", "湘西州"),
)

MASTHEADS: frozenset[str] = frozenset(
    {
        *HUNAN_PAPERS,
        *(f"{paper}社出版" for paper in HUNAN_PAPERS),
        *(f"{paper}社主管主办" for paper in HUNAN_PAPERS),
        *(f"中共{seat}委机关报" for seat in _ORGAN_SEATS),
        "ZHUZHOUDAILY",
        "HUNANDAILY",
    }
)

#: The imprint lines printed with a front page's masthead, as patterns: the serial
#: number (``国内统一连续出版物号 CN 43-0015``), the lunar date (``农历乙巳年二月初七``)
#: and the count of pages (``第1版 今日8版``). Like the masthead, no article's.
IMPRINT_PATTERNS: tuple[str, ...] = (
    r"(?:国内统一)?连续出版物号.*",
    r"(?:国内统一)?刊号.*",
    r"CN\s*\d{2}\s*-\s*\d{4}.*",
    r"农历\S{2,12}",
    r"(?:第\s*\d+\s*版\s*)?今日\s*\d+\s*版",
)

#: The labels of a front page's index box; the box's entries are a page and a title
#: (``2版 我市十大民生实事项目今年这样办``). Neither is any article's.
INDEX_LABELS: frozenset[str] = frozenset({"导读", "今日导读", "本期导读", "要目", "本期要目"})

#: Longest line that can be the section name of a page header (``就业·创业``).
SECTION_MAX: int = 12

#: Middle dots that join the two words of a section name (``就业·创业``).
SECTION_DOTS: tuple[str, ...] = ("·", "•", "‧", "・")

#: Section names a page is printed under. Under the editor line (``责任编辑:谭文`` ⏎
#: ``文旅``), a short line is the section only when it is one of these or joins two
#: words with a middle dot: else it is more often an article's kicker.
SECTION_NAMES: frozenset[str] = frozenset(
    {
        *("要闻", "时政", "综合", "城事", "城市", "民生", "社会", "县域", "县域经济"),
        *("乡村振兴", "经济", "产业", "财经", "教育", "卫健", "健康", "文旅", "文化"),
        *("体育", "文体", "法治", "评论", "专题", "副刊", "国内", "国际", "视点", "特刊"),
    }
)

#: Fewest rows a run of title-like lines holds, besides its heading and the titles
#: of what follows it, for it to be a list or a table (each row a paragraph).
ROWS_MIN: int = 3

#: Under the editor line, a line of at most this many Chinese characters alone is the
#: section's name (``招商引资``, ``银龄生活``): a kicker says more.
SECTION_NAME_SHORT: int = 4

#: What the people named in a meeting report's subtitle did, printed without a dash
#: under the headline (``全市经济工作会议召开`` ⏎ ``曹慧泉讲话 周建新主持``): a line of
#: such parts under a headline is its subtitle, not the headline under a kicker.
MEETING_ROLES: tuple[str, ...] = (
    "讲话",
    "主持",
    "出席",
    "致辞",
    "作报告",
    "宣讲",
    "讲党课",
    "批示",
)

#: Most title lines above a byline: a kicker, the headline and a subtitle.
TITLE_LINES_MAX: int = 3

#: Roles that open the editor line of a page header.
EDITOR_ROLES: tuple[str, ...] = ("责任编辑", "本版编辑", "责编", "编辑")

#: Words of a jump line that sends the reader to another page: ``(下转第2版)``.
JUMP_WORDS: tuple[str, ...] = ("下转", "上接", "转第", "接第", "转A", "接A", "转B", "接B")

#: Marks that end an article: ``(完)``, ``(全文完)`` (folded brackets).
END_MARKS: frozenset[str] = frozenset({"(完)", "(全文完)", "(终)", "(待续)", "(未完待续)"})

#: Words that open a caption printed without a credit: ``图为活动现场。``.
CAPTION_OPENERS: tuple[str, ...] = ("图为", "上图为", "下图为", "左图为", "右图为", "图片为")

#: Labels that number the photos of a group before each caption (``图①:…``,
#: ``图2 …``, ``左图:…``): the line is a caption, the label no part of its text, and
#: a credit under the group credits each photo.
CAPTION_LABELS: tuple[str, ...] = (
    *(f"图{n}" for n in "①②③④⑤⑥⑦⑧⑨⑩"),
    *(f"图{n}" for n in "123456789"),
    *(f"图{n}" for n in "一二三四五六七八九"),
    *(f"{side}图" for side in "上下左右中"),
)

#: Longest line (characters) taken for an uncredited caption.
CAPTION_MAX: int = 80

#: Words that make a caption a QR code's.
QR_WORDS: tuple[str, ...] = ("二维码", "扫码", "扫一扫")

#: Separators between a column tag and a headline: ``新春走基层 | 标题``.
COLUMN_TAG_MARKS: tuple[str, ...] = ("|", "丨", "｜")

#: Circled numbers that number a series: ``…之烹饪班③``.
CIRCLED_NUMBERS: dict[str, int] = {
    **{chr(0x2460 + i): i + 1 for i in range(20)},  # ①..⑳
    **{chr(0x3251 + i): i + 21 for i in range(15)},  # ㉑..㉟
    **{chr(0x32B1 + i): i + 36 for i in range(15)},  # ㊱..㊿
    **{chr(0x2776 + i): i + 1 for i in range(10)},  # ❶..❿
}

#: Caption matching: least total weight of shared terms for a caption to speak
#: of an article, and how much the article just before the caption is preferred.
CAPTION_MIN_SCORE: float = 2.0
CAPTION_NEAR_BONUS: float = 1.5
#: How many articles before or after the one a caption follows it may speak of (a
#: page holds fewer; the bound keeps a page of many stories and photos linear).
CAPTION_REACH: int = 24

#: Marks that open a web page's caption (``▲居民在晒谷物``, ``◀路口护栏刷上了新漆。``):
#: the caption is the text after the mark.
CAPTION_MARKS: str = "▲▶◀►◄△▼"

#: What an image's file name ends with (``微信图片_20220225173118.jpg``): a line that is
#: one is where a photo stood, kept in :attr:`zznews.Page.unplaced`.
IMAGE_FILE_ENDINGS: tuple[str, ...] = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".bmp")

#: Notes printed where a photo stood that are no caption (``(资料图片)``).
PHOTO_PLACE_NOTES: frozenset[str] = frozenset(
    {"(资料图片)", "(资料图)", "资料图片", "资料图", "(图片来源网络)", "(视频截图)", "视频截图"}
)

#: The longest caption a web page prints on a line of its own, one sentence: a run of
#: such lines (:data:`CAPTION_RUN_MIN`), or such lines above the story, are captions.
WEB_CAPTION_MAX: int = 60

#: How many one-sentence short lines in a row make a gallery of captions.
CAPTION_RUN_MIN: int = 3

#: The most sentences of one caption in a gallery (a caption may add a second).
GALLERY_SENTENCES_MAX: int = 2

#: The most caption lines above a web story's first paragraph (its lead photos).
LEAD_CAPTIONS_MAX: int = 12

#: Words a news item's first sentence opens with, before a comma (``近日,``,
#: ``12月11日,``: :data:`NEWS_OPENING_DATE`): a title line between finished paragraphs
#: with such a sentence under it heads a new item, not a heading of the story above.
NEWS_OPENERS: tuple[str, ...] = ("近日", "日前", "昨天", "昨日", "今天", "今日", "连日来", "近期")

#: A date that opens a news item's first sentence: ``12月11日,``, ``11日上午,``.
NEWS_OPENING_DATE: str = r"(?:[0-9]{1,2}月)?[0-9]{1,2}日(?:[上下]午|晚|早|凌晨)?[,，]"

#: Label lines that introduce what follows and are no headline (``编者按``): kept in
#: :attr:`zznews.Page.unplaced`.
TEXT_LABELS: frozenset[str] = frozenset(
    {
        "编者按",
        "编者的话",
        "开栏语",
        "引言",
        "导语",
        "按语",
        "核心提示",
        "【核心提示】",
        "【编者按】",
    }
)
