"""Who wrote it: the roles and agencies that bylines and photo credits print.

Every table holds the canonical (simplified) form; the parser folds traditional
characters before looking words up (see :data:`zznews.vocab.text.FOLD`), so
``記者`` and ``通訊員`` are found as ``记者`` and ``通讯员``.
"""

from __future__ import annotations

# (one table, the metadata labels: a line with one is never a byline)
from .meta import SOURCE_LABELS as SOURCE_LABELS

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
        "见习生",
        "分站记者",
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
        "供图",
        "图片来源",
        "策划",
        "执行",
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
    {
        "图",
        "摄影",
        "图文",
        "文图",
        "制图",
        "供图",  # 供图:市档案局
        "图片来源",  # 图片来源:视觉中国
        *(p + "摄影记者" for p in ("", *MEDIA_PREFIXES)),
    }
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

#: Words that close a dateline agency (the report words), with the place and date
#: between the medium and them, neither of which is part of the agency.
DATELINE_MARKS: tuple[str, ...] = (
    "讯",  # 本报讯, 株洲日报5月22日讯, 株洲网讯
    "电",  # 新华社北京5月22日电
    "消息",  # 本报长沙5月22日消息
    "报道",  # 潇湘晨报8月20日报道
)

#: Characters after a report word that make it a word of a sentence, not a dateline's
#: end: ``新华网报道称``, ``红网讯息``, ``本报电话``, ``人民网消息显示``.
DATELINE_MARK_VETOES: dict[str, str] = {
    "讯": "息问",  # 讯息, 讯问
    "电": "话视子脑台力器影邮商讯",  # 本报电话, 电视台
    "消息": "称说显人的了中",  # 消息称, 消息显示
    "报道": "称说指显中了的组员",  # 报道称, 报道指出, 报道组
}

#: Characters that open a sentence, never a medium's name: ``据新华网报道``,
#: ``从人民网消息看`` (a preposition before the medium).
MEDIUM_STOPS: str = "据从在向对由被于把让给将"

#: How a medium's name ends: a name of one to eight characters and one of these is a
#: medium's, wherever it is printed (so ``衡阳新闻网``, unlisted, is read as ``株洲日报``).
MEDIA_SUFFIXES: tuple[str, ...] = (
    "日报",  # 株洲日报, 郴州日报
    "晚报",  # 株洲晚报, 长沙晚报
    "晨报",  # 潇湘晨报
    "报",  # 三湘都市报, 今日女报, 本报
    "新闻网",  # 株洲新闻网, 衡阳新闻网
    "网",  # 红网, 株洲网, 中工网
    "客户端",  # 新湖南客户端
    "融媒体中心",  # 攸县融媒体中心
    "融媒",  # 株洲融媒
    "在线",  # 华声在线, 星辰在线
    "电视台",  # 株洲电视台
    "新闻社",  # 中国新闻社 (社 alone ends given names too, 王建社: 新华社 is listed)
)

#: Words that go on a medium's name and are part of it as printed (an app, a desk, a
#: medium's own print-and-web brand), tried after the name.
MEDIA_EXTENSIONS: tuple[str, ...] = (
    "时刻新闻",  # 红网时刻新闻
    "时刻",  # 红网时刻
    "客户端",  # 新湖南客户端
    "全媒体",  # 岳阳日报全媒体讯 (never before a role: 株洲日报全媒体记者 is 株洲日报)
    "融媒体中心",  # 株洲日报融媒体中心
    "社",  # 湖南日报社
)

#: What ends a bureau of a medium, printed after its name and part of the agency:
#: ``红网醴陵站10月9日讯`` is the 红网醴陵站's (a bare place, ``红网株洲``, is the dateline's).
BUREAU_MARKS: tuple[str, ...] = (
    "分站",  # 红网长沙分站
    "站",  # 红网醴陵站
    "分社",  # 新华社湖南分社
)

#: What joins the names of two media that sign together: ``湖南日报·新湖南客户端``,
#: ``今日女报/凤网``, ``星辰在线—长沙新闻网``.
MEDIA_JOINS: tuple[str, ...] = ("·", "•", "/", "——", "—", "-")

#: What ends an organisation's unit, part of a role printed before it:
#: ``长沙分站记者``, ``城建新闻部副主任``, ``视觉中心摄影记者``.
UNIT_MARKS: tuple[str, ...] = (
    "部",  # 城建新闻部副主任
    "分站",  # 长沙分站记者
    "站",  # 醴陵站记者
    "中心",  # 视觉中心记者
    "工作室",  # 融媒工作室记者
    "室",  # 编辑室主任
    "分社",  # 湖南分社记者
)

#: Job titles that are roles after a unit (``城建新闻部副主任``): never alone, where
#: ``主任`` may be anyone's.
JOB_TITLES: tuple[str, ...] = (
    "主任",  # 城建新闻部主任
    "副主任",  # 城建新闻部副主任
    "主编",  # 评论部主编
    "副主编",  # 评论部副主编
    "站长",  # 醴陵站站长
    "部长",  # 摄影部部长
    "总监",  # 视觉中心总监
)

#: Words that label a byline without being a role: the names after them are bare
#: (``作者:记者 王明``; ``作者`` is never a name).
BYLINE_LABELS: frozenset[str] = frozenset(
    {
        "作者",  # 作者:记者 王明
        "均为",  # 均为记者 王明 摄: one credit for all the photos
    }
)

#: Labels of a web page's source, before a colon: a line with one is the page's
#: metadata (``来源:株洲网 编辑:王明``), never a byline, though it names a medium.

#: Words that end a photo credit: ``记者/杨如 摄``, ``…摄影报道``, ``…供图``,
#: ``李华 翻拍`` (a photo of an old photo).
PHOTO_MARKS: tuple[str, ...] = ("摄影报道", "摄影", "供图", "翻拍", "摄")

#: Photo marks and roles after which the credited may be an organisation, not a
#: person: ``荷塘区委宣传部 供图``, ``供图:市档案局``, ``图片来源:视觉中国``.
LENDER_MARKS: frozenset[str] = frozenset({"供图", "图片来源"})

#: Notes in brackets that credit a file photo, with no one named: ``(资料图片)``.
FILE_PHOTO_NOTES: tuple[str, ...] = ("资料图片", "资料照片", "资料图")

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

#: Chinese surnames of one character, the commonest few hundred: a name list glued
#: together (``张三李四``) is split where a name can begin, and a padded surname
#: (``段 晓艳``) joins the given name after it. Examples: 王明, 李华, 欧 (欧阳 is double).
SURNAMES: frozenset[str] = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
    "于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江"
    "尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐"
    "易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕"
    "单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆"
    "农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟"
    "邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠"
    "荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠"
    "豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿"
    "薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅"
    "利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由"
)

#: Chinese surnames of two characters: ``欧阳山`` is one name of three, not 欧 + 阳石.
DOUBLE_SURNAMES: frozenset[str] = frozenset(
    {
        "欧阳",  # 欧阳山
        "司马",  # 司马迁
        "上官",  # 上官婉儿
        "诸葛",  # 诸葛亮
        "东方",  # 东方明
        "皇甫",  # 皇甫嵩
        "尉迟",  # 尉迟恭
        "公孙",  # 公孙胜
        "慕容",  # 慕容复
        "长孙",  # 长孙无忌
        "宇文",  # 宇文泰
        "司徒",  # 司徒雷
        "夏侯",  # 夏侯惇
        "轩辕",  # 轩辕明
        "令狐",  # 令狐冲
        "西门",  # 西门庆
        "南宫",  # 南宫适
        "端木",  # 端木蕻良
        "百里",  # 百里奚
        "呼延",  # 呼延灼
        "万俟",  # 万俟卨
        "申屠",  # 申屠嘉
        "澹台",  # 澹台灭明
        "赫连",  # 赫连勃勃
        "钟离",  # 钟离权
        "闻人",  # 闻人明
        "单于",  # 单于明
        "太史",  # 太史慈
        "司空",  # 司空图
    }
)

#: The longest given name after a surname in a glued name list: 王 + 小明.
GIVEN_NAME_MAX: int = 2
