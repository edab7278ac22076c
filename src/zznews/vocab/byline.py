"""Who wrote it: the roles and agencies that bylines and photo credits print.

Every table holds the canonical (simplified) form; the parser folds traditional
characters before looking words up (see :data:`zznews.vocab.text.FOLD`), so
``記者`` and ``通訊員`` are found as ``记者`` and ``通讯员``.
"""

from __future__ import annotations

#: Newsroom roles that are also printed with a media prefix of :data:`MEDIA_PREFIXES`
#: (``记者``, ``全媒体记者``, ``融媒体首席记者``).
NEWSROOM_ROLES: frozenset[str] = frozenset(
    {
        "记者",
        "见习记者",
        "特约记者",
        "摄影记者",
        "实习记者",
        "首席记者",
        "评论员",
        "特约评论员",
        "实习生",
        "编辑",
    }
)

#: What a newsroom role may open with: ``全媒体记者``, ``融媒体首席记者``.
MEDIA_PREFIXES: tuple[str, ...] = ("全媒体", "融媒体")

#: Roles of the people in a byline, as printed before their names: the
#: :data:`NEWSROOM_ROLES`, bare and with each media prefix, and the others.
#: Matching takes the longest role first, so ``全媒体记者`` wins over ``记者``.
#: An agency before a role is the agency's (``本报记者`` is 本报 + 记者, as
#: ``株洲日报全媒体记者`` is 株洲日报 + 全媒体记者).
ROLES: frozenset[str] = frozenset(
    {
        *NEWSROOM_ROLES,
        *(prefix + role for prefix in MEDIA_PREFIXES for role in NEWSROOM_ROLES),
        "通讯员",
        "特约通讯员",
        "策划",
        "统筹",
        "撰稿",
        "撰文",
        "整理",
        "制图",
        "视频",
        "摄影",
        "摄像",
        "海报",
        "文",
        "图",
        "文图",
        "图文",
    }
)

#: Roles written as one character: recognised only when a separator (``/``, ``:``)
#: follows, so that the 文 in a name such as 陈文湘 is never taken for a role.
SHORT_ROLES: frozenset[str] = frozenset({"文", "图", "文图", "图文"})

#: Roles that make a byline a photo credit even without ``摄`` (a chart's ``制图`` too:
#: a chart is printed like a photo, with a caption and a credit).
PHOTO_ROLES: frozenset[str] = frozenset(
    {"图", "摄影", "图文", "文图", "制图", *(p + "摄影记者" for p in ("", *MEDIA_PREFIXES))}
)

#: News organisations that open a byline or a dateline.
AGENCIES: frozenset[str] = frozenset(
    {
        "株洲日报",
        "株洲晚报",
        "株洲新闻网",
        "株洲融媒",
        "湖南日报",
        "湖南日报社",
        "新湖南",
        "红网",
        "本报",
        "新华社",
        "人民日报",
        "中国新闻社",
        "中新社",
        "新华网",
        "人民网",
        "央视网",
        "光明日报",
        "经济日报",
        "工人日报",
        "中国青年报",
        "三湘都市报",
        "潇湘晨报",
    }
)

#: Words that close a dateline agency: ``本报讯``, ``新华社北京5月22日电``.
DATELINE_MARKS: tuple[str, ...] = ("讯", "电")

#: Words that end a photo credit: ``记者/杨如 摄``, ``…摄影报道``, ``…供图``.
PHOTO_MARKS: tuple[str, ...] = ("摄影报道", "摄影", "供图", "摄")

#: Photo marks after which the credited may be an organisation, not a person:
#: ``荷塘区委宣传部 供图``.
LENDER_MARKS: frozenset[str] = frozenset({"供图"})

#: Marks in parentheses after the names that say the person took the photos too.
PHOTO_NOTES: tuple[str, ...] = ("图/文", "文/图", "图文", "文图")

#: Words that end a story byline and are dropped from the names: ``…报道``.
STORY_MARKS: tuple[str, ...] = ("报道", "撰文", "文")

#: Characters that never open a name: after 记者 they begin a sentence
#: (记者从市残联获悉, 记者了解到), so the line is body text, not a byline.
NAME_STOPS: frozenset[str] = frozenset(
    "从了在获近日今昨发看来走跟随问采对向据经于将也都还又再是说表注称"
)

#: Words that follow a role in a column's name, not a person's: ``记者手记``,
#: ``记者观察``, ``编辑札记`` are column tags above a headline, not bylines.
NOT_NAMES: frozenset[str] = frozenset(
    {
        "手记",
        "观察",
        "调查",
        "札记",
        "随笔",
        "笔记",
        "感言",
        "体验",
        "探访",
        "走访",
        "追踪",
        "连线",
        "视角",
        "点评",
        "评论",
        "短评",
        "一线",
        "日记",
        "故事",
        "专访",
        "直击",
        "蹲点",
        "现场",
    }
)

#: Marks printed before a byline (``□记者 王明``); skipped when reading it.
DECORATIONS: str = "□■●◆▲★◎○"

#: Words that open a source's note at the end of a brief, not a writer's name:
#: ``(据新华社)``, ``(本报综合)``: no one is named (after 据, a news organisation's
#: name is the brief's agency).
SOURCE_NOTES: tuple[str, ...] = ("据", "本报", "转自", "来源", "综合")

#: Marks that sign a commentary before a lone name, with no role: ``□ 李华``.
SIGNATURE_MARKS: str = "□"

#: Roles that sign for the paper with no name after them: ``本报评论员``,
#: ``株洲日报评论员`` (the byline has the agency and no contributor).
NAMELESS_ROLES: frozenset[str] = frozenset(
    {"评论员", "特约评论员", *(p + "评论员" for p in MEDIA_PREFIXES)}
)

#: How far into the next line a glued byline's closing bracket may stand when a
#: column break cut the byline inside its brackets: ``株洲日报讯(记者/罗雅琴 通讯员/``
#: ⏎ ``刘晶)1月17日晚…`` (the rest of a name or two, and the bracket).
CUT_BYLINE_REST_MAX: int = 16
