"""Layout cases, each on a short real-looking page: what a reader sees is what comes out."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

import zznews
from zznews import ArticleKind, PhotoKind

BLANK = "\n\n"
PHOTO = "\n\n\n\n"  # three blank lines: a photo sat here

STORY = (
    "国企牵手民企 共育产业工人"
    + BLANK
    + "株洲日报(全媒体记者/何春林 通讯员/何杏)记者从日前召开的工作推进会上获悉,我市计划打造10个以上产改结对示范项目。"
    + BLANK
    + "去年12月,央地深化产改合作启动仪式在我市举行。目前,我市已经首批遴选了五家中车系企业作为"
    + BLANK
    + "代表,每家国企将结对5到10家民企。"
)


def one(text: str) -> zznews.Article:
    doc = zznews.parse(text)
    assert len(doc.articles) == 1, [a.headline for a in doc.articles]
    return doc.articles[0]


def test_single_story_without_page_header() -> None:
    doc = zznews.parse(STORY)
    assert [(p.section, p.editor) for p in doc.pages] == [(None, None)]
    a = doc.articles[0]
    assert a.headline == "国企牵手民企 共育产业工人"
    assert a.byline is not None and a.byline.contributors[1].name == "何杏"
    assert a.paragraphs[0].startswith("记者从日前召开")


def test_column_break_joins_a_sentence_with_no_space() -> None:
    a = one(STORY)
    assert a.paragraphs[-1] == (
        "去年12月,央地深化产改合作启动仪式在我市举行。目前,我市已经首批遴选了五家中车系企业作为"
        "代表,每家国企将结对5到10家民企。"
    )
    assert len(a.paragraphs) == 2


def test_joined_paragraph_has_one_part_per_source_piece() -> None:
    a = one(STORY)
    pieces = [p for p in a.parts if p.field is zznews.Field.PARAGRAPH and p.index == 1]
    assert len(pieces) == 2
    assert "".join(STORY[slice(*p.span)] for p in pieces) == a.paragraphs[1]


def test_kicker_above_the_headline() -> None:
    a = one(
        "联点共建,老旧小区变了模样"
        + BLANK
        + "产业社区“微项目”撬动居民“大幸福”"
        + BLANK
        + "株洲日报(全媒体记者/李逸峰)这几天,小区居民一谈起这件事,幸福感油然而生。"
    )
    assert (a.kicker, a.headline) == (
        "联点共建,老旧小区变了模样",
        "产业社区“微项目”撬动居民“大幸福”",
    )


def test_column_tag_before_the_headline_is_the_kicker() -> None:
    a = one("新春走基层 | 留守老人的年夜饭" + BLANK + "株洲日报(记者/王明)除夕前夜,村里格外热闹。")
    assert (a.kicker, a.headline) == ("新春走基层 |", "留守老人的年夜饭")


def test_subtitle_series_and_standalone_byline() -> None:
    a = one(
        "返乡办技校 他的学员遍布全国餐饮界"
        + BLANK
        + "——探访补贴性职业技能培训之烹饪班③"
        + BLANK
        + "株洲日报全媒体记者/何春林"
        + BLANK
        + "“辣椒炒肉先炒辣椒还是先炒肉?”湘菜大师谢恩正在传授烹饪秘诀。"
    )
    assert a.subtitle == "探访补贴性职业技能培训之烹饪班③"
    assert a.series == zznews.Series("探访补贴性职业技能培训之烹饪班", 3)
    assert a.byline is not None and a.byline.text == "株洲日报全媒体记者/何春林"
    assert a.paragraphs == ("“辣椒炒肉先炒辣椒还是先炒肉?”湘菜大师谢恩正在传授烹饪秘诀。",)


def test_series_in_words() -> None:
    a = one(
        "老街新貌"
        + BLANK
        + "——走进乡村振兴一线之十二"
        + BLANK
        + "株洲日报(记者/王明)走进村里,变化随处可见。"
    )
    assert a.series == zznews.Series("走进乡村振兴一线", 12)


def test_in_body_headings_are_kept_out_of_paragraphs() -> None:
    a = one(
        "返乡办技校"
        + BLANK
        + "株洲日报(记者/何春林)谢恩正在为学员们传授烹饪秘诀。"
        + BLANK
        + "退役军人返乡创业"
        + BLANK
        + "2006年,谢恩从部队退役后做过销售、干过苦力、开过饭店。"
        + BLANK
        + "有学员已成优秀企业家"
        + BLANK
        + "每天清晨,44岁的王娟华忙得不亦乐乎。"
    )
    assert a.headings == ("退役军人返乡创业", "有学员已成优秀企业家")
    assert a.heading_positions == (1, 2)
    assert len(a.paragraphs) == 3


def test_a_long_unfinished_line_is_a_broken_paragraph_not_a_heading() -> None:
    a = one(
        "孵化基地招新了"
        + BLANK
        + "株洲日报(记者/何春林)基地正在征集项目。"
        + BLANK
        + "据悉,基地自成立以来,先后共收到120多家残疾人创业"
        + BLANK
        + "团队的入驻申请,95家入驻基地孵化。"
    )
    assert a.headings == ()
    assert (
        a.paragraphs[-1]
        == "据悉,基地自成立以来,先后共收到120多家残疾人创业团队的入驻申请,95家入驻基地孵化。"
    )


def test_a_heading_above_a_paragraph_cut_twice() -> None:
    a = one(
        "全市农机化率达85.6%"
        + BLANK
        + "株洲日报(记者/罗雅琴)6月9日,在茶陵县严塘镇的稻田里,农机来回穿梭。"
        + BLANK
        + "“无人农场”走进田间"
        + BLANK
        + "去年以来,茶陵县建成“无人农场”示范基地3个,面积共计1"
        + BLANK
        + "500亩,配备无人驾驶拖拉机、插秧机等智能农机4"
        + BLANK
        + "2台套。"
    )
    assert a.headings == ("“无人农场”走进田间",)
    assert a.paragraphs[-1] == (
        "去年以来,茶陵县建成“无人农场”示范基地3个,面积共计1500亩,配备无人驾驶拖拉机、插秧机等智能农机42台套。"
    )


def test_a_sentence_or_a_list_of_names_cut_is_no_heading() -> None:
    a = one(
        "标题"
        + BLANK
        + "株洲日报(记者/王明)会议召开。"
        + BLANK
        + "市领导张卫东、李红梅、王"
        + BLANK
        + "海涛、赵明出席会议。"
        + BLANK
        + "“双职工家庭最怕孩子没人带。”向阳社区党委书记易"
        + BLANK
        + "建军说。"
    )
    assert a.headings == ()
    assert a.paragraphs[1:] == (
        "市领导张卫东、李红梅、王海涛、赵明出席会议。",
        "“双职工家庭最怕孩子没人带。”向阳社区党委书记易建军说。",
    )


def test_a_lone_heading_is_a_heading() -> None:
    a = one(
        "公交票价再优惠"
        + BLANK
        + "株洲日报(记者/王明)乘客刷卡再优惠3元。"
        + BLANK
        + "今年将实现城区全覆盖"
        + BLANK
        + "按照计划,年底前完成。"
    )
    assert a.headings == ("今年将实现城区全覆盖",)
    assert a.paragraphs == ("乘客刷卡再优惠3元。", "按照计划,年底前完成。")


def test_an_adverbial_frame_cut_by_a_column_break_is_no_heading() -> None:
    a = one(
        "反诈宣传进社区"
        + BLANK
        + "株洲日报(记者/王明)社区还打破单一宣传壁垒。"
        + BLANK
        + "在3场就业招聘活动中"
        + BLANK
        + "揭露求职保证金等诈骗陷阱,覆盖500余名求职者。"
    )
    assert a.headings == ()
    assert a.paragraphs[-1] == "在3场就业招聘活动中揭露求职保证金等诈骗陷阱,覆盖500余名求职者。"


def test_a_short_line_hanging_on_a_particle_is_not_a_heading() -> None:
    a = one(
        "标题在此"
        + BLANK
        + "株洲日报(记者/王明)活动吸引了很多人。"
        + BLANK
        + "参与志愿服务活动的"
        + BLANK
        + "唐同学感慨说,很有成就感。"
    )
    assert a.headings == ()
    assert a.paragraphs[-1] == "参与志愿服务活动的唐同学感慨说,很有成就感。"


def test_numbered_headings_are_headings_whatever_they_end_on() -> None:
    # 导向 ends on 向, a preposition's character: the number says it is a heading.
    a = one(
        "我市召开“十五五”规划编制工作推进会"
        + BLANK
        + "株洲日报(全媒体记者/刘琼)12月4日,全市规划编制工作推进会召开。"
        + BLANK
        + "一、坚持问题导向"
        + BLANK
        + "会议要求,要聚焦产业发展、城市更新、民生保障等重点领域。"
        + BLANK
        + "(二)强化协同联动"
        + BLANK
        + "各部门要按照时间节点,于明年3月底前完成规划纲要初稿。"
    )
    assert a.headings == ("一、坚持问题导向", "(二)强化协同联动")
    assert a.paragraphs[1] == "会议要求,要聚焦产业发展、城市更新、民生保障等重点领域。"


def test_marked_and_quoted_headings() -> None:
    text = (
        "医共体“一盘棋” 群众看病更方便"
        + BLANK
        + "株洲日报(记者/王明)9月8日,攸县举行活动,很多群众参加。"
        + BLANK
        + "■“家门口就能看病,真方便!”"
        + BLANK
        + "2021年,攸县启动医共体建设。"
        + BLANK
        + "“菜园里的菜,为什么要分给邻居?”"
        + BLANK
        + "认领菜地的居民有个约定。"
        + BLANK
        + "■ 专家“下沉” 能力“上升”"
        + BLANK
        + "县级医院每年选派医生坐诊。"
    )
    doc = zznews.parse(text)
    a = doc.articles[0]
    assert a.headings == (
        "“家门口就能看病,真方便!”",
        "“菜园里的菜,为什么要分给邻居?”",
        "专家“下沉” 能力“上升”",
    )
    assert len(a.paragraphs) == 4
    # The mark is no part of the text, but its place is still the heading's.
    marks = [
        p.span for p in a.parts if p.field is zznews.Field.HEADING and p.span[1] - p.span[0] <= 2
    ]
    assert [text[x:y] for x, y in marks] == ["■", "■ "]
    assert doc.pages[0].unplaced == ()


def test_a_quoted_headline_under_a_kicker_and_over_a_subtitle_and_lead_photo() -> None:
    doc = zznews.parse(
        "今天是第40个教师节"
        + BLANK
        + "“孩子们的笑脸,就是我最大的奖励!”"
        + BLANK
        + "——记炎陵县下村乡中心小学教师罗春梅"
        + PHOTO
        + "罗春梅在给学生上语文课。 株洲日报全媒体记者/刘芳 摄"
        + BLANK
        + "株洲日报(全媒体记者/刘芳)9月8日清晨,学校操场上很热闹。"
    )
    (a,) = doc.articles
    assert (a.kicker, a.headline, a.subtitle) == (
        "今天是第40个教师节",
        "“孩子们的笑脸,就是我最大的奖励!”",
        "记炎陵县下村乡中心小学教师罗春梅",
    )
    assert a.byline is not None and a.byline.contributors[0].name == "刘芳"
    assert [p.caption for p in a.photos] == ["罗春梅在给学生上语文课。"]
    assert a.paragraphs == ("9月8日清晨,学校操场上很热闹。",)


def test_a_numbered_heading_before_a_credit_is_no_photo_news() -> None:
    # Text under a numbered heading, then a photo's credit: still the story's section.
    doc = zznews.parse(
        "我市召开规划编制工作推进会"
        + BLANK
        + "株洲日报(全媒体记者/刘琼)12月4日,全市规划编制工作推进会召开。"
        + BLANK
        + "1.坚持问题导向"
        + BLANK
        + "会议要求,要聚焦重点领域。"
        + BLANK
        + "2.强化协同联动"
        + BLANK
        + "各部门要于明年3月底前完成规划纲要初稿。"
        + BLANK
        + "株洲日报全媒体记者/谭敏 摄"
    )
    assert [(a.kind, a.headline) for a in doc.articles] == [
        (ArticleKind.STORY, "我市召开规划编制工作推进会")
    ]
    assert doc.articles[0].headings == ("1.坚持问题导向", "2.强化协同联动")


def test_a_heading_ending_in_a_whole_word_is_a_heading() -> None:
    # 参与 and 应对 end on 与 and 对, but they end the phrase: nothing hangs.
    a = one(
        "社区治理有新招"
        + BLANK
        + "株洲日报(记者/王明)社区探索治理新路径。"
        + BLANK
        + "党建引领 全民参与"
        + BLANK
        + "社区成立了居民议事会。"
        + BLANK
        + "未雨绸缪 积极应对"
        + BLANK
        + "社区组建了应急小分队。"
    )
    assert a.headings == ("党建引领 全民参与", "未雨绸缪 积极应对")
    assert a.paragraphs == (
        "社区探索治理新路径。",
        "社区成立了居民议事会。",
        "社区组建了应急小分队。",
    )


def test_photo_news() -> None:
    doc = zznews.parse(
        STORY
        + BLANK
        + "政策与岗位送到居民身边"
        + PHOTO
        + "11月18日,东门社区开展“社保服务进万家”活动,将政策与岗位直接送到居民身边。"
        + BLANK
        + "株洲日报全媒体记者/李逸峰 通讯员/张芷璇 摄"
    )
    news = doc.articles[1]
    assert news.kind is ArticleKind.PHOTO_NEWS
    assert news.headline == "政策与岗位送到居民身边"
    assert news.byline is not None and news.byline.is_photo_credit
    assert news.paragraphs == (
        "11月18日,东门社区开展“社保服务进万家”活动,将政策与岗位直接送到居民身边。",
    )
    assert [(p.caption, p.credit) for p in news.photos] == [(None, news.byline)]


def test_photo_credit_split_over_two_lines() -> None:
    doc = zznews.parse(
        "标题一则"
        + PHOTO
        + "活动现场气氛热烈。"
        + BLANK
        + "株洲日报全媒体记者/李逸峰"
        + BLANK
        + "通讯员/张芷璇 摄"
    )
    news = doc.articles[0]
    assert news.kind is ArticleKind.PHOTO_NEWS
    assert news.byline is not None
    assert [(c.role, c.name) for c in news.byline.contributors] == [
        ("全媒体记者", "李逸峰"),
        ("通讯员", "张芷璇"),
    ]
    assert news.byline.is_photo_credit


def test_glued_byline_cut_inside_its_brackets() -> None:
    text = (
        "社区“村晚”演出百姓自己的故事"
        + BLANK
        + "株洲日报讯(全媒体记者/罗雅琴 通讯员/"
        + BLANK
        + "刘晶)1月17日晚,新塘社区文化广场上灯火通明。16个节目轮番登场。"
    )
    doc = zznews.parse(text)
    story = doc.articles[0]
    assert story.byline is not None
    assert story.byline.agency == "株洲日报"
    assert [(c.role, c.name) for c in story.byline.contributors] == [
        ("全媒体记者", "罗雅琴"),
        ("通讯员", "刘晶"),
    ]
    # The byline spans both lines as printed; the paragraph starts after the bracket.
    a, b = story.byline.span
    assert text[a:b] == story.byline.text
    assert story.byline.text.endswith("通讯员/" + BLANK + "刘晶)")
    assert story.paragraphs == ("1月17日晚,新塘社区文化广场上灯火通明。16个节目轮番登场。",)
    assert doc.pages[0].unplaced == ()


@pytest.mark.parametrize("agency", ["株洲日报", "株洲日报讯"])
def test_glued_byline_cut_after_its_agency(agency: str) -> None:
    text = (
        "社区里的“共享菜园”" + BLANK + agency + BLANK + "(通讯员/易虹 谭冬梅)上周六,社区举行活动。"
    )
    doc = zznews.parse(text)
    (story,) = doc.articles
    assert story.headline == "社区里的“共享菜园”"
    assert story.byline is not None
    assert (story.byline.agency, story.byline.text) == (
        "株洲日报",
        agency + BLANK + "(通讯员/易虹 谭冬梅)",
    )
    assert [c.name for c in story.byline.contributors] == ["易虹", "谭冬梅"]
    assert story.paragraphs == ("上周六,社区举行活动。",)
    assert doc.pages[0].unplaced == ()


def test_a_group_of_numbered_photos_with_one_credit() -> None:
    text = (
        "小小茶陵蒜 “种”出大产业"
        + BLANK
        + "株洲日报(全媒体记者/刘远)1月15日,茶陵县秩堂镇的大蒜种植基地里,蒜苗长势喜人。"
        + BLANK
        + "在茶陵县经济开发区的一家企业,黑蒜产品销往全国。"
        + PHOTO
        + "图①:茶陵县秩堂镇村民在田间管护蒜苗。"
        + BLANK
        + "图②:工人在生产线上包装黑蒜产品。"
        + BLANK
        + "株洲日报全媒体记者/刘远 摄"
    )
    doc = zznews.parse(text)
    (story,) = doc.articles
    assert len(story.paragraphs) == 2
    assert [(p.caption, p.credit and p.credit.text) for p in story.photos] == [
        ("茶陵县秩堂镇村民在田间管护蒜苗。", "株洲日报全媒体记者/刘远 摄"),
        ("工人在生产线上包装黑蒜产品。", "株洲日报全媒体记者/刘远 摄"),
    ]
    # The labels are no part of the captions, but keep their place in the source.
    labels = [p.span for p in story.parts if p.field is zznews.Field.CAPTION]
    assert [text[a:b] for a, b in labels if b - a <= 3] == ["图①:", "图②:"]
    assert doc.pages[0].unplaced == ()


def test_a_caption_after_photo_news_is_not_the_photo_news_s() -> None:
    doc = zznews.parse(
        "GDP增长5.8% 制造业“挑大梁”"
        + BLANK
        + "株洲日报(记者/王驰)1月16日,市统计局发布经济数据,航空产业增加值增长12.3%。"
        + BLANK
        + "新能源汽车“跑”出加速度"
        + PHOTO
        + "株洲高新区一家新能源汽车企业的生产车间内,工人们正在赶制订单。"
        + BLANK
        + "株洲日报记者/刘远 摄"
        + PHOTO
        + "株洲高新区一家企业生产车间内,工人在装配航空发动机零部件。 记者/王驰 摄"
    )
    story, news = doc.articles
    assert news.kind is ArticleKind.PHOTO_NEWS and len(news.photos) == 1
    assert [p.caption for p in story.photos] == [
        "株洲高新区一家企业生产车间内,工人在装配航空发动机零部件。"
    ]


def test_an_uncredited_caption_between_two_photos() -> None:
    # 文/图: the writer took the photo, so its caption has no credit of its own.
    doc = zznews.parse(
        "社区“共享工具屋”借出邻里情"
        + BLANK
        + "文/图 株洲日报全媒体记者 罗雅琴"
        + BLANK
        + "今年8月,社区建起“共享工具屋”,居民可免费借用工具。"
        + PHOTO
        + "居民在“共享工具屋”借用工具。"
        + PHOTO
        + "老人们在长者食堂就餐。 通讯员/罗燕 摄"
    )
    (a,) = doc.articles
    assert a.paragraphs == ("今年8月,社区建起“共享工具屋”,居民可免费借用工具。",)
    first = a.photos[0]
    assert (first.caption, first.credit) == ("居民在“共享工具屋”借用工具。", None)
    assert doc.pages[0].photos[0].caption == "老人们在长者食堂就餐。"


def test_a_standalone_byline_cut_after_its_agency() -> None:
    text = (
        "标题甲在此"
        + BLANK
        + "株洲日报全媒体"
        + BLANK
        + "记者/旷昆昆 通讯员/周伟"
        + BLANK
        + "4月20日,活动举行。"
    )
    doc = zznews.parse(text)
    (a,) = doc.articles
    assert a.headline == "标题甲在此"
    assert a.byline is not None
    assert (a.byline.agency, a.byline.text) == (
        "株洲日报",
        "株洲日报全媒体" + BLANK + "记者/旷昆昆 通讯员/周伟",
    )
    assert [(c.role, c.name) for c in a.byline.contributors] == [
        ("全媒体记者", "旷昆昆"),
        ("通讯员", "周伟"),
    ]
    assert a.paragraphs == ("4月20日,活动举行。",)
    assert doc.pages[0].unplaced == ()


def test_text_with_single_line_breaks_and_photo_news() -> None:
    # Text from a web page: no blank lines, no photo gaps.
    doc = zznews.parse(
        "全市已收割晚稻近七十万亩\n"
        "株洲日报(全媒体记者/刘远)10月14日,稻田里收割机来回穿梭。\n"
        "“烘干+仓储”解决晒粮难\n"
        "我市今年新建粮食烘干中心18个。\n"
        "金秋蜜橘挂满枝\n"
        "10月12日,炎陵县十都镇的果农正在采摘蜜橘。\n"
        "株洲日报通讯员/段晓燕 摄\n"
        "“稻田画”引客来\n"
        "10月13日,游客在云田村观赏“稻田画”。 株洲日报全媒体记者/刘远 摄\n"
    )
    assert [(a.kind.value, a.headline) for a in doc.articles] == [
        ("story", "全市已收割晚稻近七十万亩"),
        ("photo_news", "金秋蜜橘挂满枝"),
        ("photo_news", "“稻田画”引客来"),
    ]
    assert doc.articles[0].headings == ("“烘干+仓储”解决晒粮难",)
    assert doc.articles[2].paragraphs == ("10月13日,游客在云田村观赏“稻田画”。",)


def test_a_label_before_photo_news_text_keeps_its_place() -> None:
    text = "标题" + PHOTO + "图1 说明文字"
    doc = zznews.parse(text)
    parts = [text[p.span[0] : p.span[1]] for p in doc.iter_parts()]
    assert "图1 " in parts and "说明文字" in parts


def test_rows_of_a_list_are_paragraphs_of_their_own() -> None:
    doc = zznews.parse(
        "市运会田径比赛落幕"
        + BLANK
        + "株洲日报讯(通讯员/邹琳)10月19日,市运会田径比赛落幕。"
        + BLANK
        + "部分项目冠军"
        + BLANK
        + "男子100米:刘子轩(醴陵市)10秒62"
        + BLANK
        + "女子100米:谭雨欣(天元区)12秒05"
        + BLANK
        + "男子跳远:陈浩宇(攸县)7米21"
        + BLANK
        + "书法篆刻作品展开展"
        + BLANK
        + "10月18日,作品展在株洲美术馆开展。(罗雅琴)"
    )
    story, brief = doc.articles
    assert story.headings == ("部分项目冠军",)
    assert story.paragraphs[1:] == (
        "男子100米:刘子轩(醴陵市)10秒62",
        "女子100米:谭雨欣(天元区)12秒05",
        "男子跳远:陈浩宇(攸县)7米21",
    )
    results = {q.text: q.value for q in story.quantities if q.unit in ("秒", "米")}
    assert (results["10秒62"], results["12秒05"], results["7米21"]) == (
        Decimal("10.62"),
        Decimal("12.05"),
        Decimal("7.21"),
    )
    assert brief.headline == "书法篆刻作品展开展"


def test_a_list_introduced_by_a_line() -> None:
    a = one(
        "我市5部作品获奖"
        + BLANK
        + "株洲日报全媒体记者/罗雅琴"
        + BLANK
        + "10月17日,评选结果揭晓,我市5部作品获奖。"
        + BLANK
        + "获奖作品名单如下:"
        + BLANK
        + "电视剧《湘江北去》"
        + BLANK
        + "歌曲《火车头的歌》"
        + BLANK
        + "图书《株洲工业百年》"
    )
    assert a.headings == ()
    assert a.paragraphs[1:] == (
        "获奖作品名单如下:",
        "电视剧《湘江北去》",
        "歌曲《火车头的歌》",
        "图书《株洲工业百年》",
    )


def test_a_caption_cut_by_a_column_break() -> None:
    text = (
        "“城市书房”成了老人的“第二客厅”"
        + BLANK
        + "株洲日报(记者/李颖)在城市书房里,老人们每天来阅读。"
        + PHOTO
        + "老人们在城市书房"
        + BLANK
        + "里阅读。 记者/李颖 摄"
    )
    doc = zznews.parse(text)
    (a,) = doc.articles
    assert [(p.caption, p.credit and p.credit.contributors[0].name) for p in a.photos] == [
        ("老人们在城市书房里阅读。", "李颖")
    ]
    caps = [text[p.span[0] : p.span[1]] for p in a.parts if p.field is zznews.Field.CAPTION]
    assert caps == ["老人们在城市书房", "里阅读。"]


def test_a_photo_group_goes_to_one_story() -> None:
    doc = zznews.parse(
        "株洲航空城迎来新航线"
        + BLANK
        + "株洲日报(全媒体记者/王驰)株洲航空城企业装配车间忙碌,芦淞通用机场开通短途运输航班。"
        + BLANK
        + "醴陵花炮出口增长"
        + BLANK
        + "今年以来,醴陵花炮出口额增长12%。(彭雅)"
        + PHOTO
        + "图①:株洲航空城一家企业的装配车间。"
        + BLANK
        + "图②:芦淞通用机场的短途运输航班。"
        + BLANK
        + "株洲日报全媒体记者/王驰 摄"
    )
    story, brief = doc.articles
    assert len(story.photos) == 2 and brief.photos == ()
    assert brief.byline is not None and brief.byline.contributors[0].name == "彭雅"


def test_a_credit_cut_before_its_second_name_keeps_the_role() -> None:
    a = one(
        "标题一则"
        + PHOTO
        + "活动现场气氛热烈。"
        + BLANK
        + "株洲日报通讯员/谭科"
        + BLANK
        + "龙浩 摄"
    )
    assert a.byline is not None
    assert [(c.role, c.name) for c in a.byline.contributors] == [
        ("通讯员", "谭科"),
        ("通讯员", "龙浩"),
    ]


def test_a_credit_cut_inside_a_name() -> None:
    doc = zznews.parse(
        "标题一则"
        + PHOTO
        + "活动现场气氛热烈。"
        + BLANK
        + "株洲日报通讯员/丁"
        + BLANK
        + "超 摄"
        + BLANK
        + "下一条新闻标题"
        + BLANK
        + "株洲日报讯(记者/王明)正文。"
    )
    news, story = doc.articles
    assert news.kind is ArticleKind.PHOTO_NEWS and story.headline == "下一条新闻标题"
    assert news.byline is not None and [(c.role, c.name) for c in news.byline.contributors] == [
        ("通讯员", "丁超")
    ]
    assert len(news.photos) == 1 and doc.pages[0].photos == ()


@pytest.mark.parametrize(
    ("first", "second", "people"),
    [
        ("株洲日报全媒体记者/钟", "佳", [("全媒体记者", "钟佳")]),
        ("株洲日报通讯员/谭", "雅琴", [("通讯员", "谭雅琴")]),
        ("株洲日报全媒体记者/李华 通讯员/", "黎明", [("全媒体记者", "李华"), ("通讯员", "黎明")]),
    ],
)
def test_a_byline_cut_inside_a_name_or_after_a_role(
    first: str, second: str, people: list[tuple[str, str]]
) -> None:
    doc = zznews.parse("标题甲在此" + BLANK + first + BLANK + second + BLANK + "4月20日,活动举行。")
    (a,) = doc.articles
    assert a.byline is not None and [(c.role, c.name) for c in a.byline.contributors] == people
    assert a.paragraphs == ("4月20日,活动举行。",) and doc.pages[0].unplaced == ()


def test_a_glued_byline_cut_inside_the_agency_s_name() -> None:
    doc = zznews.parse(
        "醴陵瓷器直播间“热”起来"
        + BLANK
        + "株洲日"
        + BLANK
        + "报(全媒体记者/王驰 通讯员/丁慧)“这款瓷器卖得很好。”4月3日,主播说。"
    )
    (a,) = doc.articles
    assert a.headline == "醴陵瓷器直播间“热”起来"
    assert a.byline is not None and a.byline.agency == "株洲日报"
    assert [c.name for c in a.byline.contributors] == ["王驰", "丁慧"]
    assert a.paragraphs == ("“这款瓷器卖得很好。”4月3日,主播说。",)


def test_a_meeting_report_s_subtitle_without_a_dash() -> None:
    a = one(
        "全市经济工作会议召开"
        + BLANK
        + "曹慧泉讲话 周建新主持"
        + BLANK
        + "株洲日报讯(记者/王明)1月4日,会议召开。"
    )
    assert (a.kicker, a.headline, a.subtitle) == (
        None,
        "全市经济工作会议召开",
        "曹慧泉讲话 周建新主持",
    )
    b = one(
        "新春走基层" + BLANK + "留守老人的年夜饭" + BLANK + "株洲日报讯(记者/王明)1月4日,活动举行。"
    )
    assert (b.kicker, b.headline, b.subtitle) == ("新春走基层", "留守老人的年夜饭", None)


def test_a_cut_paragraph_and_a_cut_caption_before_a_credit_alone() -> None:
    # Neither the paragraph's first words nor the caption's are photo news' headline.
    doc = zznews.parse(
        "我市低空经济加速起飞"
        + BLANK
        + "株洲日报(记者/彭芳)5月14日,无人机产业园很忙。"
        + BLANK
        + "“我们新设了2个海外仓,客户下单后最快3天就能收到货,"
        + BLANK
        + "订单比去年多了三成。”负责人说。"
        + PHOTO
        + "湖南翔空科技有限公司研制的电动垂直起降"
        + BLANK
        + "飞行器在芦淞通用机场首飞。"
        + BLANK
        + "株洲日报全媒体记者/彭芳 摄"
    )
    (a,) = doc.articles
    assert (
        a.paragraphs[-1]
        == "“我们新设了2个海外仓,客户下单后最快3天就能收到货,订单比去年多了三成。”负责人说。"
    )
    (photo,) = doc.pages[0].photos or a.photos
    assert photo.caption == "湖南翔空科技有限公司研制的电动垂直起降飞行器在芦淞通用机场首飞。"
    assert photo.credit is not None and photo.credit.contributors[0].name == "彭芳"


def test_credits_cut_inside_a_name_or_before_the_photo_mark() -> None:
    doc = zznews.parse(
        "标题一则"
        + PHOTO
        + "油菜花开迎客来,游客拍照。"
        + BLANK
        + "株洲日报全媒体记者/廖智勇"
        + BLANK
        + "摄"
        + BLANK
        + "下一条标题"
        + BLANK
        + "株洲日报(记者/王明)志愿者和老人一起包饺子。"
        + PHOTO
        + "志愿者和老人一起包饺子。 记者/黄"
        + BLANK
        + "蓉 摄"
        + BLANK
        + "株洲日报\n\n通讯员/罗杰 摄"
    )
    news, story = doc.articles[:2]
    assert news.kind is ArticleKind.PHOTO_NEWS
    assert news.byline is not None and news.byline.is_photo_credit
    photos = [
        (
            p.caption,
            p.credit and p.credit.agency,
            p.credit and [c.name for c in p.credit.contributors],
        )
        for p in story.photos
    ]
    # The caption's credit cut inside 黄蓉; then a credit alone, cut after 株洲日报.
    assert photos == [("志愿者和老人一起包饺子。", None, ["黄蓉"]), (None, "株洲日报", ["罗杰"])]
    assert doc.pages[0].unplaced == ()


def test_photo_news_with_a_kicker() -> None:
    doc = zznews.parse(
        "上一篇"
        + BLANK
        + "株洲日报(记者/王明)上一篇正文。"
        + BLANK
        + "家门口的健康服务"
        + BLANK
        + "专家义诊进社区"
        + PHOTO
        + "8月16日,市三医院组织15名专家走进社区。"
        + BLANK
        + "株洲日报通讯员/曾思琪 摄"
    )
    story, news = doc.articles
    assert story.headings == ()
    assert (news.kind, news.kicker, news.headline) == (
        ArticleKind.PHOTO_NEWS,
        "家门口的健康服务",
        "专家义诊进社区",
    )


def test_a_cut_sentence_about_a_qr_code_is_text() -> None:
    a = one(
        "标题"
        + BLANK
        + "株洲日报(记者/王明)培训开班。"
        + BLANK
        + "有意向的农民朋友可扫描二维码报名,报名截止时间为7月1"
        + BLANK
        + "8日。"
        + PHOTO
        + "扫码报名"
    )
    assert a.paragraphs[-1] == "有意向的农民朋友可扫描二维码报名,报名截止时间为7月18日。"
    assert [(p.kind, p.caption) for p in a.photos] == [(PhotoKind.QR_CODE, "扫码报名")]


@pytest.mark.parametrize(
    ("first", "second", "agency", "people"),
    [
        ("株洲", "日报通讯员/肖亮 摄", "株洲日报", [("通讯员", "肖亮")]),
        ("通", "讯员/谢锋 摄", None, [("通讯员", "谢锋")]),
        (
            "株洲日报全媒体记",
            "者/谢文 通讯员/邓辉 摄",
            "株洲日报",
            [("全媒体记者", "谢文"), ("通讯员", "邓辉")],
        ),
    ],
)
def test_a_credit_cut_anywhere(
    first: str, second: str, agency: str | None, people: list[tuple[str, str]]
) -> None:
    doc = zznews.parse("标题一则" + PHOTO + "活动现场气氛热烈。" + BLANK + first + BLANK + second)
    (news,) = doc.articles
    assert news.kind is ArticleKind.PHOTO_NEWS
    assert news.byline is not None
    assert (news.byline.agency, [(c.role, c.name) for c in news.byline.contributors]) == (
        agency,
        people,
    )
    assert doc.pages[0].unplaced == ()


def test_a_caption_s_credit_cut_anywhere_and_a_kicker_above_a_byline() -> None:
    doc = zznews.parse(
        "神农湖畔白鹭飞"
        + PHOTO
        + "白鹭成了湖畔的“常客”。 株洲日"
        + BLANK
        + "报全媒体记者/蒋芳 摄"
        + BLANK
        + "标题"
        + BLANK
        + "致敬"
        + BLANK
        + "记者/王明"
        + BLANK
        + "正文在这里。"
    )
    news, story = doc.articles
    assert news.paragraphs == ("白鹭成了湖畔的“常客”。",)
    assert news.byline is not None and news.byline.agency == "株洲日报"
    # Read together, 致敬 ⏎ 记者/王明 would give a name with no role: they stay apart.
    assert (story.kicker, story.headline) == ("标题", "致敬")
    assert story.byline is not None and story.byline.text == "记者/王明"


def test_a_headline_about_a_qr_code_is_a_headline() -> None:
    doc = zznews.parse(
        "上一篇"
        + BLANK
        + "株洲日报(记者/王明)正文。"
        + BLANK
        + "环境违法行为可扫码举报"
        + BLANK
        + "株洲日报讯(通讯员/李华)即日起,市民可扫码举报。"
    )
    assert [a.headline for a in doc.articles] == ["上一篇", "环境违法行为可扫码举报"]
    assert doc.pages[0].photos == ()


def test_caption_after_its_story() -> None:
    a = one(
        "大学生上阵清理“加拿大一枝黄花”"
        + BLANK
        + "株洲日报(全媒体记者/杨如)湖南工业大学的学子们在博古山公园清理“加拿大一枝黄花”。"
        + PHOTO
        + "湖南工业大学的学子参与博古山公园“加拿大一枝黄花”清除行动。 记者/杨如 摄"
    )
    assert len(a.photos) == 1
    photo = a.photos[0]
    assert photo.caption == "湖南工业大学的学子参与博古山公园“加拿大一枝黄花”清除行动。"
    assert photo.credit is not None and photo.credit.contributors[0].name == "杨如"
    assert photo.kind is PhotoKind.PHOTO


def test_qr_code_caption() -> None:
    a = one(
        "基地招新"
        + BLANK
        + "株洲日报(记者/何春林)招募要求以及申报材料,可以扫描二维码查看。"
        + PHOTO
        + "扫描二维码查看招募要求以及申报材料"
    )
    assert [(p.kind, p.caption) for p in a.photos] == [
        (PhotoKind.QR_CODE, "扫描二维码查看招募要求以及申报材料")
    ]
    assert a.paragraphs == ("招募要求以及申报材料,可以扫描二维码查看。",)


def test_caption_that_speaks_of_no_story_stays_on_the_page() -> None:
    doc = zznews.parse(STORY + PHOTO + "秋日的湘江风光旖旎。 记者/王明 摄")
    assert doc.articles[0].photos == ()
    assert [p.caption for p in doc.pages[0].photos] == ["秋日的湘江风光旖旎。"]


def test_page_header_starts_a_new_page() -> None:
    doc = zznews.parse(STORY + BLANK + "就业·创业" + BLANK + "责任编辑:王建设" + BLANK + STORY)
    assert [(p.section, p.editor) for p in doc.pages] == [(None, None), ("就业·创业", "王建设")]
    assert [len(p.articles) for p in doc.pages] == [1, 1]


def test_page_header_with_full_width_colon_and_dateline() -> None:
    doc = zznews.parse(
        "2025年11月21日 星期五" + BLANK + "就业·创业" + BLANK + "责任编辑：王建设" + BLANK + STORY
    )
    page = doc.pages[0]
    assert (page.section, page.editor) == ("就业·创业", "王建设")
    assert page.date is not None and page.date.isoformat() == "2025-11-21"
    assert doc.issue_date == page.date


def test_a_header_printed_editor_first_with_a_plain_section_name() -> None:
    doc = zznews.parse(
        "上一版的标题"
        + BLANK
        + "株洲日报(记者/王明)上一版的正文。"
        + BLANK
        + "责任编辑:谭文"
        + BLANK
        + "文旅"
        + BLANK
        + "暑期文旅市场升温"
        + BLANK
        + "炎陵神农谷日均接待游客超8000人次"
        + BLANK
        + "株洲日报(记者/刘芳)7月20日,神农谷景区游人如织。"
    )
    page = doc.pages[-1]
    assert (page.section, page.editor) == ("文旅", "谭文")
    (a,) = page.articles
    assert (a.kicker, a.headline) == ("暑期文旅市场升温", "炎陵神农谷日均接待游客超8000人次")


def test_a_short_section_name_under_the_editor_line() -> None:
    doc = zznews.parse(
        "上一版的标题"
        + BLANK
        + "株洲日报(记者/王明)上一版的正文。"
        + BLANK
        + "责任编辑:刘琼"
        + BLANK
        + "招商引资"
        + BLANK
        + "项目建设看株洲③"
        + BLANK
        + "株洲日报\n\n全媒体记者/谭静 通讯员/刘洋"
        + BLANK
        + "4月20日,项目签约。"
    )
    page = doc.pages[-1]
    assert (page.section, page.editor) == ("招商引资", "刘琼")
    (a,) = page.articles
    assert (a.headline, a.series and a.series.number) == ("项目建设看株洲③", 3)
    assert a.byline is not None and [c.name for c in a.byline.contributors] == ["谭静", "刘洋"]


def test_article_without_a_headline() -> None:
    doc = zznews.parse("株洲日报(记者/王明)今天,我市举行活动。" + BLANK + "活动吸引了很多市民。")
    a = doc.articles[0]
    assert a.headline is None
    assert a.paragraphs == ("今天,我市举行活动。", "活动吸引了很多市民。")


def test_full_width_crlf_and_bom() -> None:
    text = "\ufeff国企牵手民企\r\n\r\n株洲日报（全媒体记者／何春林 通讯员／何杏）记者从推进会上获悉，我市计划打造示范项目。\r\n"
    a = one(text)
    assert a.headline == "国企牵手民企"
    assert a.byline is not None and a.byline.text == "株洲日报（全媒体记者／何春林 通讯员／何杏）"
    assert a.paragraphs == (
        "记者从推进会上获悉，我市计划打造示范项目。",
    )  # the source's characters
    assert text[slice(*a.byline.span)] == a.byline.text


def test_lone_cr_line_ends() -> None:
    a = one("国企牵手民企\r\r株洲日报(记者/王明)我市计划打造示范项目。\r")
    assert a.headline == "国企牵手民企"


def test_stray_byline_in_the_body_is_kept_as_unplaced() -> None:
    doc = zznews.parse(STORY + BLANK + "记者/王明")
    page = doc.pages[0]
    assert [u.text for u in page.unplaced] == ["记者/王明"]
    u = page.unplaced[0]
    assert (STORY + BLANK + "记者/王明")[slice(*u.span)] == "记者/王明"


def test_empty_text_is_an_empty_page() -> None:
    doc = zznews.parse("\n\n  \n")
    assert doc.articles == () and len(doc.pages) == 1


def test_caption_at_the_top_of_a_page_makes_no_empty_article() -> None:
    doc = zznews.parse(
        "南洋技校中式烹饪培训现场。 记者/何春林 摄"
        + BLANK
        + STORY.replace("国企牵手民企", "南洋技校办培训")
    )
    assert len(doc.articles) == 1
    assert doc.articles[0].paragraphs


def test_column_kicker_like_jishoushouji_is_not_a_byline() -> None:
    a = one(
        "记者手记"
        + BLANK
        + "把服务送到群众身边"
        + BLANK
        + "株洲日报全媒体记者 罗雅琴"
        + BLANK
        + "社保服务点建在哪里,群众满意度就在哪里提升。"
    )
    assert (a.kicker, a.headline) == ("记者手记", "把服务送到群众身边")
    assert a.byline is not None and a.byline.contributors[0].name == "罗雅琴"


def test_jump_line_is_kept_and_reported_not_joined() -> None:
    text = (
        STORY
        + BLANK
        + "（下转第2版）"
        + BLANK
        + "记者手记"
        + BLANK
        + "把服务送到群众身边"
        + BLANK
        + "株洲日报全媒体记者 罗雅琴"
        + BLANK
        + "服务点连起的是政府与群众之间的距离。"
    )
    doc = zznews.parse(text)
    assert [a.headline for a in doc.articles] == ["国企牵手民企 共育产业工人", "把服务送到群众身边"]
    assert (
        doc.articles[0].paragraphs[-1]
        == "去年12月,央地深化产改合作启动仪式在我市举行。目前,我市已经首批遴选了五家中车系企业作为代表,每家国企将结对5到10家民企。"
    )
    assert [u.text for u in doc.unplaced] == ["（下转第2版）"]
    assert "another page" in doc.unplaced[0].reason


def test_photo_news_whose_text_shares_the_credit_line() -> None:
    doc = zznews.parse(
        STORY
        + BLANK
        + "冬季用电高峰来临 电力部门提醒"
        + PHOTO
        + "11月19日,国网株洲供电公司工作人员在检修线路。 株洲日报通讯员/李华 摄"
    )
    news = doc.articles[1]
    assert news.kind is ArticleKind.PHOTO_NEWS
    assert news.paragraphs == ("11月19日,国网株洲供电公司工作人员在检修线路。",)
    assert news.byline is not None and news.byline.contributors[0].name == "李华"


def test_page_number_belongs_to_the_header() -> None:
    doc = zznews.parse(
        STORY + BLANK + "A03" + BLANK + "就业·创业" + BLANK + "责任编辑:王建设" + BLANK + STORY
    )
    assert [(p.section, p.editor, p.number) for p in doc.pages] == [
        (None, None, None),
        ("就业·创业", "王建设", "A03"),
    ]
    assert doc.articles[0].paragraphs[-1].endswith("民企。")  # not joined to the page number


def test_page_number_in_the_body_is_kept_and_reported() -> None:
    doc = zznews.parse(STORY + BLANK + "03" + BLANK + STORY)
    assert [u.text for u in doc.unplaced] == ["03"]


def test_photo_news_whose_photo_left_no_blank_lines() -> None:
    doc = zznews.parse(
        STORY
        + BLANK
        + "秋收正当时"
        + BLANK
        + "11月20日,攸县网岭镇的稻田里,农民抢收晚稻。"
        + BLANK
        + "株洲日报通讯员/谭军 摄"
    )
    news = doc.articles[1]
    assert (news.kind, news.headline) == (ArticleKind.PHOTO_NEWS, "秋收正当时")
    assert news.paragraphs == ("11月20日,攸县网岭镇的稻田里,农民抢收晚稻。",)


def test_header_printed_editor_first() -> None:
    doc = zznews.parse(STORY + BLANK + "责任编辑:王建设" + BLANK + "就业·创业" + BLANK + STORY)
    assert [(p.section, p.editor) for p in doc.pages] == [(None, None), ("就业·创业", "王建设")]
    assert doc.articles[1].kicker is None


def test_a_second_dateline_before_a_header_is_kept() -> None:
    text = "2025年11月21日 星期五\n\n2025年11月21日 星期五\n\n责任编辑:王建设\n\n" + STORY
    doc = zznews.parse(text)
    assert doc.pages[-1].editor == "王建设"
    covered = {i for p in doc.iter_parts() for i in range(*p.span)}
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())


def test_uncredited_caption_opening_with_tuwei() -> None:
    a = one(
        "南洋技校办培训"
        + BLANK
        + "株洲日报(记者/何春林)南洋技校开展中式烹饪培训,学员遍布全国。"
        + PHOTO
        + "图为南洋技校中式烹饪培训现场。"
    )
    assert [(p.caption, p.credit) for p in a.photos] == [("图为南洋技校中式烹饪培训现场。", None)]
    assert len(a.paragraphs) == 1


def test_caption_with_its_credit_on_the_next_line() -> None:
    a = one(
        "大学生上阵清理“加拿大一枝黄花”"
        + BLANK
        + "株洲日报(全媒体记者/杨如)湖南工业大学的学子们在博古山公园清理“加拿大一枝黄花”。"
        + PHOTO
        + "湖南工业大学的学子参与博古山公园“加拿大一枝黄花”清除行动。"
        + BLANK
        + "记者/杨如 摄"
    )
    assert len(a.paragraphs) == 1
    assert [(p.caption, p.credit and p.credit.text) for p in a.photos] == [
        ("湖南工业大学的学子参与博古山公园“加拿大一枝黄花”清除行动。", "记者/杨如 摄")
    ]


def test_end_mark_is_kept_and_is_no_kicker() -> None:
    doc = zznews.parse(STORY + BLANK + "（完）" + BLANK + STORY)
    assert [a.kicker for a in doc.articles] == [None, None]
    assert [(u.text, u.reason) for u in doc.unplaced] == [
        ("（完）", "the mark that ends the article")
    ]


def test_whole_endings_end_on_a_hanging_character() -> None:
    from zznews.vocab.text import HANGING_ENDS, WHOLE_ENDINGS

    assert all(len(w) == 2 and w[-1] in HANGING_ENDS for w in WHOLE_ENDINGS)


def test_a_byline_that_credits_the_photos_too_opens_a_story() -> None:
    # 文/图: the reporter wrote the story and took its photos; the line is its byline.
    doc = zznews.parse(
        "上一篇的最后一段。"
        + BLANK
        + "冬日暖阳下的乡村"
        + BLANK
        + "文/图 株洲日报全媒体记者 王明"
        + BLANK
        + "12月3日,记者来到炎陵县鹿原镇。"
    )
    a = doc.articles[-1]
    assert (a.headline, a.paragraphs) == ("冬日暖阳下的乡村", ("12月3日,记者来到炎陵县鹿原镇。",))
    assert a.byline is not None and a.byline.contributors[0].name == "王明"


def test_a_photo_role_alone_is_a_credit() -> None:
    doc = zznews.parse(
        "冬季用电高峰来临" + PHOTO + "工作人员在检修线路。" + BLANK + "图/株洲日报全媒体记者 王明"
    )
    a = doc.articles[0]
    assert (a.kind, a.paragraphs) == (ArticleKind.PHOTO_NEWS, ("工作人员在检修线路。",))
    assert a.byline is not None and a.byline.is_photo_credit


def test_a_place_and_a_colon_above_the_headline_is_the_kicker() -> None:
    a = one(
        "渌口区:"
        + BLANK
        + "“家门口”就业服务站开张"
        + BLANK
        + "株洲日报讯(全媒体记者/刘芳)12月2日,渌口区首个就业服务站挂牌成立。"
    )
    assert (a.kicker, a.headline) == ("渌口区:", "“家门口”就业服务站开张")


def test_a_short_line_that_introduces_a_quotation_stays_a_paragraph() -> None:
    # 他说: ends with a colon too, but it introduces what follows: no kicker, no heading.
    a = one(
        "标题在此"
        + BLANK
        + "株洲日报(记者/王明)活动吸引了很多人。"
        + BLANK
        + "他说:"
        + BLANK
        + "“这下好了。”"
        + BLANK
        + "主要有:"
        + BLANK
        + "“三个好处。”"
    )
    assert a.headings == ()
    assert a.paragraphs == (
        "活动吸引了很多人。",
        "他说:",
        "“这下好了。”",
        "主要有:",
        "“三个好处。”",
    )


#: A story with two headings, the second one last: a test adds what stands under it.
TWO_HEADINGS = (
    "标题"
    + BLANK
    + "株洲日报(记者/王明)第一段。"
    + BLANK
    + "小标题甲在此"
    + BLANK
    + "甲正文。"
    + BLANK
    + "小标题乙在此"
    + BLANK
)


def test_a_heading_above_a_paragraph_cut_short_by_a_column_break() -> None:
    # 据悉,各零工驿站 is a paragraph's first words, cut; the line above is a heading.
    a = one(TWO_HEADINGS + "据悉,各零工驿站" + BLANK + "还设立了劳动维权服务窗口。")
    assert a.headings == ("小标题甲在此", "小标题乙在此")
    assert a.paragraphs[-1] == "据悉,各零工驿站还设立了劳动维权服务窗口。"


def test_a_paragraph_s_first_words_are_no_heading() -> None:
    a = one(TWO_HEADINGS + "乙正文。" + BLANK + "此外,工作组还" + BLANK + "赠送烘干机。")
    assert a.headings == ("小标题甲在此", "小标题乙在此")
    assert a.paragraphs[-1] == "此外,工作组还赠送烘干机。"


def test_marked_headings_may_open_the_body() -> None:
    a = one(
        "标题"
        + BLANK
        + "株洲日报记者/王明"
        + BLANK
        + "【种植】"
        + BLANK
        + "种植面积达到10万亩。"
        + BLANK
        + "【加工】"
        + BLANK
        + "引进加工企业8家。"
    )
    assert a.headings == ("【种植】", "【加工】")
    assert a.heading_positions == (0, 1)
    assert a.paragraphs == ("种植面积达到10万亩。", "引进加工企业8家。")


def test_a_note_after_the_last_sentence_ends_the_paragraph() -> None:
    # (完) after the full stop: the next line is the next article's headline.
    doc = zznews.parse(
        "标题一"
        + BLANK
        + "株洲日报(记者/王明)支持项目早落地、早见效。(完)"
        + BLANK
        + "标题二"
        + BLANK
        + "株洲日报(记者/李华)12月6日,嘉年华开园。"
    )
    assert [a.headline for a in doc.articles] == ["标题一", "标题二"]
    assert doc.articles[0].paragraphs == ("支持项目早落地、早见效。(完)",)


def test_an_inline_jump_ends_the_paragraph() -> None:
    doc = zznews.parse(
        "标题一"
        + BLANK
        + "株洲日报(记者/王明)双方签订了(下转第2版)"
        + BLANK
        + "标题二"
        + BLANK
        + "株洲日报(记者/李华)正文。"
    )
    assert [a.headline for a in doc.articles] == ["标题一", "标题二"]


def test_contact_details_stay_with_their_story() -> None:
    doc = zznews.parse(
        "标题甲"
        + BLANK
        + "株洲日报(记者/王明)报名工作启动。"
        + BLANK
        + "报名地点:各县市区人力资源服务中心"
        + BLANK
        + "咨询电话:0731-28688123"
        + BLANK
        + "标题乙"
        + BLANK
        + "株洲日报(记者/周超)正文。"
    )
    first, second = doc.articles
    assert first.paragraphs[1:] == ("报名地点:各县市区人力资源服务中心", "咨询电话:0731-28688123")
    assert (second.kicker, second.headline) == (None, "标题乙")


def test_a_street_and_a_colon_is_a_kicker() -> None:
    a = zznews.parse(
        "前一篇"
        + BLANK
        + "株洲日报(记者/王明)前文。"
        + BLANK
        + "田心街道:"
        + BLANK
        + "“红色物业”让小区管理有温度"
        + BLANK
        + "株洲日报(记者/李华)12月4日,居民说。"
    ).articles[-1]
    assert (a.kicker, a.headline) == ("田心街道:", "“红色物业”让小区管理有温度")


def test_a_photo_lent_by_an_organisation() -> None:
    a = one(
        "标题"
        + BLANK
        + "株洲日报(记者/王明)运动会开幕。"
        + PHOTO
        + "运动会拔河比赛现场。 荷塘区委宣传部 供图"
    )
    assert a.paragraphs == ("运动会开幕。",)
    (photo,) = a.photos
    assert photo.caption == "运动会拔河比赛现场。"
    assert photo.credit is not None and photo.credit.contributors[0].name == "荷塘区委宣传部"


def test_a_headline_after_a_paragraph_left_unfinished() -> None:
    # The paragraph ends with no full stop (its jump line lost): the title is still one.
    doc = zznews.parse(
        "标题甲"
        + BLANK
        + "株洲日报(记者/王明)全市规上企业达到"
        + BLANK
        + "标题乙"
        + BLANK
        + "株洲日报讯(记者/何春林)12月8日,项目开工。"
    )
    assert [(a.headline, a.paragraphs) for a in doc.articles] == [
        ("标题甲", ("全市规上企业达到",)),
        ("标题乙", ("12月8日,项目开工。",)),
    ]


def test_dialogue_and_cut_lines_are_no_headings_but_a_box_label_is() -> None:
    a = one(
        TWO_HEADINGS
        + "乙正文。"
        + BLANK
        + "目前该项目进展顺利,"  # cut after a comma
        + BLANK
        + "预计明年投产。"
        + BLANK
        + "问:如何预防流感?"  # a question of a dialogue
        + BLANK
        + "答:接种疫苗。"
        + BLANK
        + "链接"  # a box's label
        + BLANK
        + "IGBT即绝缘栅双极型晶体管。"
    )
    assert a.headings == ("小标题甲在此", "小标题乙在此", "链接")
    assert a.paragraphs[3:] == (
        "目前该项目进展顺利,预计明年投产。",
        "问:如何预防流感?",
        "答:接种疫苗。",
        "IGBT即绝缘栅双极型晶体管。",
    )


def test_a_chart_and_a_caption_without_its_full_stop() -> None:
    doc = zznews.parse(
        "醴陵瓷亮相展会"
        + BLANK
        + "株洲日报(记者/王明)醴陵瓷作品参展。"
        + PHOTO
        + "醴陵瓷作品吸引外国客商"
        + BLANK
        + "株洲日报记者/丁江涛 摄"
        + PHOTO
        + "主要经济指标增速(%)"
        + BLANK
        + "制图/李华"
    )
    a = doc.articles[0]
    assert a.paragraphs == ("醴陵瓷作品参展。",)
    assert a.photos[0].caption == "醴陵瓷作品吸引外国客商"
    photos = [*a.photos, *doc.pages[0].photos]
    assert [p.caption for p in photos][-1] == "主要经济指标增速(%)"
    assert photos[-1].credit is not None and photos[-1].credit.is_photo_credit


def test_a_decimal_point_cut_by_a_column_break() -> None:
    a = one("标题" + BLANK + "株洲日报(记者/王明)零售总额1180." + BLANK + "36亿元。")
    assert a.paragraphs == ("零售总额1180.36亿元。",)
    assert [q.value for q in a.quantities] == [Decimal("118036000000")]


def test_commentary_signatures() -> None:
    a = one(
        "株洲评论" + BLANK + "让服务更有温度" + BLANK + "□ 李华" + BLANK + "日前,我市举行活动。"
    )
    assert (a.kicker, a.headline, a.paragraphs) == (
        "株洲评论",
        "让服务更有温度",
        ("日前,我市举行活动。",),
    )
    assert a.byline is not None and [(c.role, c.name) for c in a.byline.contributors] == [
        (None, "李华")
    ]
    b = one("标题" + BLANK + "本报评论员" + BLANK + "岁末年初,各地忙碌。")
    assert b.byline is not None and (b.byline.agency, b.byline.contributors) == ("本报", ())


def test_news_briefs_signed_at_their_end() -> None:
    # 简讯: a title, a short text signed in brackets; a title after one heads the next.
    doc = zznews.parse(
        "芦淞区举办服饰产业招商推介会"
        + BLANK
        + "株洲日报讯(通讯员/邹琳)12月5日,芦淞区举办招商推介会。"
        + BLANK
        + "荷塘区开展消防安全进校园活动"
        + BLANK
        + "12月4日,消防救援大队走进荷塘小学。(刘欢)"
        + BLANK
        + "天元区新增3处城市书房"
        + BLANK
        + "近日,天元区3处城市书房正式开放。"
        + BLANK
        + "石峰区为环卫工人送上“暖心包”"
        + BLANK
        + "12月6日,石峰区城管局送去御寒物资。(株洲日报全媒体记者 李逸峰 通讯员 谢婷)"
    )
    assert [(a.headline, len(a.paragraphs)) for a in doc.articles] == [
        ("芦淞区举办服饰产业招商推介会", 1),
        ("荷塘区开展消防安全进校园活动", 1),
        ("天元区新增3处城市书房", 1),
        ("石峰区为环卫工人送上“暖心包”", 1),
    ]
    # The signature is the brief's byline, and stays in its paragraph's text.
    bylines = [a.byline for a in doc.articles]
    assert bylines[2] is None
    assert bylines[1] is not None and (bylines[1].text, bylines[1].contributors[0].name) == (
        "(刘欢)",
        "刘欢",
    )
    assert bylines[3] is not None and bylines[3].agency == "株洲日报"
    assert doc.articles[1].paragraphs[0].endswith("(刘欢)")


def test_a_brief_signed_by_two_names() -> None:
    doc = zznews.parse(
        "上一篇报道"
        + BLANK
        + "株洲日报(记者/王明)上一篇的正文在这里。"
        + BLANK
        + "炎陵县发放首批“黄桃贷”"
        + BLANK
        + "1月14日,当地4家银行为120户桃农发放贷款3680万元。(谭晓燕 陈婷)"
    )
    brief = doc.articles[-1]
    assert brief.headline == "炎陵县发放首批“黄桃贷”"
    assert brief.byline is not None
    assert [(c.role, c.name) for c in brief.byline.contributors] == [
        (None, "谭晓燕"),
        (None, "陈婷"),
    ]


def test_a_brief_signed_with_a_role_is_no_list_of_names() -> None:
    doc = zznews.parse(
        "上一篇报道"
        + BLANK
        + "株洲日报(记者/王明)上一篇的正文在这里。"
        + BLANK
        + "渌口区举办新型职业农民培训"
        + BLANK
        + "1月14日,培训班开班。(通讯员 黄婷)"
    )
    brief = doc.articles[-1]
    assert brief.byline is not None
    assert [(c.role, c.name) for c in brief.byline.contributors] == [("通讯员", "黄婷")]


def test_a_lone_quoted_question_is_a_heading() -> None:
    # A quoted question is a whole sentence: not a paragraph's first words, even alone.
    a = one(
        "社区里的“共享菜园”"
        + BLANK
        + "株洲日报(通讯员/易虹)上周六,社区举行活动。"
        + BLANK
        + "“菜园里的菜,为什么要分给邻居?”"
        + BLANK
        + "认领菜地的居民有个约定。"
    )
    assert a.headings == ("“菜园里的菜,为什么要分给邻居?”",)
    assert a.paragraphs == ("上周六,社区举行活动。", "认领菜地的居民有个约定。")


def test_a_brief_s_signature_cut_by_a_column_break() -> None:
    doc = zznews.parse(
        "上一篇"
        + BLANK
        + "株洲日报(记者/王明)上一篇的正文在这里。"
        + BLANK
        + "标题乙在此"
        + BLANK
        + "1月14日,活动举行。(易"
        + BLANK
        + "浩)"
        + BLANK
        + "标题丙在此"
        + BLANK
        + "1月15日,活动举行。"
        + BLANK
        + "(石磊)"
        + BLANK
        + "标题丁"
        + BLANK
        + "株洲日报讯(通讯员/李华)正文。"
    )
    assert [(a.headline, a.paragraphs) for a in doc.articles] == [
        ("上一篇", ("上一篇的正文在这里。",)),
        ("标题乙在此", ("1月14日,活动举行。(易浩)",)),
        ("标题丙在此", ("1月15日,活动举行。(石磊)",)),
        ("标题丁", ("正文。",)),
    ]
    names = [a.byline and [c.name for c in a.byline.contributors] for a in doc.articles]
    assert names == [["王明"], ["易浩"], ["石磊"], ["李华"]]


def test_the_masthead_of_a_front_page_is_kept_apart() -> None:
    doc = zznews.parse(
        "株洲日报"
        + BLANK
        + "2025年12月9日 星期二"
        + BLANK
        + "01"
        + BLANK
        + "要闻"
        + BLANK
        + "责任编辑:陈曦"
        + BLANK
        + "株洲日报社出版"
        + BLANK
        + "志愿服务温暖一座城"
        + BLANK
        + "株洲日报(全媒体记者/谭昕吾)12月5日是国际志愿者日。"
    )
    (page,) = doc.pages
    assert (page.section, page.editor, page.number) == ("要闻", "陈曦", "01")
    assert [(a.kicker, a.headline) for a in doc.articles] == [(None, "志愿服务温暖一座城")]
    assert [u.text for u in page.unplaced] == ["株洲日报", "株洲日报社出版"]


def test_a_front_page_s_imprint_and_index() -> None:
    doc = zznews.parse(
        "株洲日报"
        + BLANK
        + "ZHUZHOU DAILY"
        + BLANK
        + "中共株洲市委机关报"
        + BLANK
        + "国内统一连续出版物号 CN 43-0015"
        + BLANK
        + "2025年3月6日 星期四"
        + BLANK
        + "农历乙巳年二月初七"
        + BLANK
        + "第1版 今日8版"
        + BLANK
        + "要闻"
        + BLANK
        + "责任编辑:刘琼"
        + BLANK
        + "让项目“跑”出加速度"
        + BLANK
        + "□ 欧阳峰"
        + BLANK
        + "一季度重大项目集中开工,传递出鲜明信号。"
        + BLANK
        + "导读"
        + BLANK
        + "2版 我市十大民生实事项目今年这样办"
        + BLANK
        + "3版 攸县早稻集中育秧全面铺开"
        + BLANK
        + "株洲高新区新增2家国家级绿色工厂"
        + BLANK
        + "近日,工信部公布名单,株洲高新区2家企业入选。(彭雅)"
    )
    (page,) = doc.pages
    assert (page.section, page.editor, page.date) == ("要闻", "刘琼", dt.date(2025, 3, 6))
    assert [a.headline for a in page.articles] == [
        "让项目“跑”出加速度",
        "株洲高新区新增2家国家级绿色工厂",
    ]
    assert page.articles[0].paragraphs == ("一季度重大项目集中开工,传递出鲜明信号。",)
    assert [u.text for u in page.unplaced][-3:] == [
        "导读",
        "2版 我市十大民生实事项目今年这样办",
        "3版 攸县早稻集中育秧全面铺开",
    ]


def test_a_lead_photo_between_the_headline_and_the_byline() -> None:
    doc = zznews.parse(
        "上一篇"
        + BLANK
        + "株洲日报(记者/王明)前文。"
        + BLANK
        + "醴陵瓷亮相陶瓷展"
        + PHOTO
        + "醴陵瓷作品吸引外国客商。 株洲日报记者/丁江涛 摄"
        + BLANK
        + "株洲日报(记者/丁江涛)12月3日,醴陵瓷参展。"
    )
    a = doc.articles[-1]
    assert (a.kind, a.headline, a.paragraphs) == (
        ArticleKind.STORY,
        "醴陵瓷亮相陶瓷展",
        ("12月3日,醴陵瓷参展。",),
    )
    assert [p.caption for p in a.photos] == ["醴陵瓷作品吸引外国客商。"]


def test_a_lead_photo_with_its_credit_on_a_line_of_its_own() -> None:
    # The caption shares no words with the story: its place makes it the story's.
    doc = zznews.parse(
        "谁说乡村没有“篮球梦”?"
        + PHOTO
        + "攸县代表队队员突破上篮。"
        + BLANK
        + "株洲日报全媒体记者/杨如 摄"
        + BLANK
        + "株洲日报全媒体记者/杨如"
        + BLANK
        + "7月31日晚,东富镇篮球场灯火通明。"
    )
    (a,) = doc.articles
    assert a.headline == "谁说乡村没有“篮球梦”?"
    assert a.byline is not None and a.byline.text == "株洲日报全媒体记者/杨如"
    assert a.paragraphs == ("7月31日晚,东富镇篮球场灯火通明。",)
    assert [(p.caption, p.credit and p.credit.is_photo_credit) for p in a.photos] == [
        ("攸县代表队队员突破上篮。", True)
    ]
    assert doc.pages[0].photos == () and doc.pages[0].unplaced == ()


def test_a_story_s_last_heading_before_photo_news() -> None:
    # The title right before the photo's blank lines heads the photo news.
    doc = zznews.parse(
        TWO_HEADINGS
        + "第三段内容,这里是正文。"
        + BLANK
        + "第二条新闻"
        + PHOTO
        + "上周三,活动开幕。"
        + BLANK
        + "株洲日报通讯员/易蓉 摄"
    )
    story, photo_news = doc.articles
    assert story.headings == ("小标题甲在此", "小标题乙在此")
    assert (photo_news.kind, photo_news.headline) == (ArticleKind.PHOTO_NEWS, "第二条新闻")


def test_a_heading_above_a_cut_first_line_without_a_comma() -> None:
    a = one(
        "标题"
        + BLANK
        + "株洲日报(记者/王明)第一段。"
        + BLANK
        + "小事不出小区"
        + BLANK
        + "社区党委书记彭丽带领网格员"
        + BLANK
        + "逐户走访,收集意见460余条。"
        + BLANK
        + "大事合力共办"
        + BLANK
        + "第三段正文。"
    )
    assert a.headings == ("小事不出小区", "大事合力共办")
    assert a.paragraphs[1] == "社区党委书记彭丽带领网格员逐户走访,收集意见460余条。"


def test_a_line_never_opens_with_a_closing_quote() -> None:
    a = one(
        "标题"
        + BLANK
        + "株洲日报(记者/王明)“现在说一声就有人上门,真是方便多了。"
        + BLANK
        + "”居民李奶奶说。"
    )
    assert a.paragraphs == ("“现在说一声就有人上门,真是方便多了。”居民李奶奶说。",)


def test_a_phone_number_is_no_title() -> None:
    a = one(
        "标题"
        + BLANK
        + "株洲日报讯(通讯员/宁宇东)1月6日,培训班开班。"
        + BLANK
        + "报名咨询:0731-28281234"
    )
    assert a.paragraphs == ("1月6日,培训班开班。", "报名咨询:0731-28281234")


def test_marked_headings_nest() -> None:
    a = one(
        "标题"
        + BLANK
        + "株洲日报(记者/王明)第一段。"
        + BLANK
        + "一、产业发展"
        + BLANK
        + "(一)强化链条"
        + BLANK
        + "链条正文。"
        + BLANK
        + "二、民生保障"
        + BLANK
        + "民生正文。"
    )
    assert a.headings == ("一、产业发展", "(一)强化链条", "二、民生保障")
    assert a.paragraphs == ("第一段。", "链条正文。", "民生正文。")


def test_a_brief_that_ends_with_its_source() -> None:
    doc = zznews.parse(
        "标题甲"
        + BLANK
        + "株洲日报讯(通讯员/罗亮)6月3日,活动举行。"
        + BLANK
        + "我省发布生态环境状况公报"
        + BLANK
        + "6月4日,省生态环境厅发布公报。(据湖南日报)"
    )
    brief = doc.articles[-1]
    # The source named is the brief's agency, with no one named; (据了解) names none.
    assert brief.headline == "我省发布生态环境状况公报"
    assert brief.byline is not None
    assert (brief.byline.text, brief.byline.agency, brief.byline.contributors) == (
        "(据湖南日报)",
        "湖南日报",
        (),
    )


def test_fifth_round_layouts() -> None:
    # A brief cut by a column break is still a brief.
    doc = zznews.parse(
        "标题甲"
        + BLANK
        + "株洲日报(记者/王明)第一段。"
        + BLANK
        + "渌口区举办农产品电商直播大赛"
        + BLANK
        + "11月8日至9日,渌口区首届农产品电商直播大赛举行,46名主"
        + BLANK
        + "播同台比拼。(易娟)"
    )
    assert [a.headline for a in doc.articles] == ["标题甲", "渌口区举办农产品电商直播大赛"]
    assert doc.articles[1].paragraphs == (
        "11月8日至9日,渌口区首届农产品电商直播大赛举行,46名主播同台比拼。(易娟)",
    )
    # A closing quote alone on its line ends the paragraph it closes.
    a = one(
        "标题"
        + BLANK
        + "株洲日报(记者/王明)“房间干净整洁,太贴心了!"
        + BLANK
        + "”"
        + BLANK
        + "第二段正文。"
    )
    assert a.paragraphs == ("“房间干净整洁,太贴心了!”", "第二段正文。")
    # A line cut mid-sentence before one that opens with 于 is no heading.
    a = one(TWO_HEADINGS + "乙正文。" + BLANK + "2018年,团队终" + BLANK + "于研制出国产微钻。")
    assert a.headings == ("小标题甲在此", "小标题乙在此")
    assert a.paragraphs[-1] == "2018年,团队终于研制出国产微钻。"
    # Photo news whose last words share the credit's line, cut by a column break.
    a = one(
        "保障房钥匙交到新市民手中"
        + PHOTO
        + "首批新市民拿到钥匙,该项目共有房"
        + BLANK
        + "源1260套。 株洲日报全媒体记者/陈驰 摄"
    )
    assert a.paragraphs == ("首批新市民拿到钥匙,该项目共有房源1260套。",)
    assert [q.value for q in a.quantities] == [1260]


def test_sixth_round_layouts() -> None:
    # Headings that end in 人才 or 可为 are whole; a photo lent by a role with no name.
    a = one(
        "标题"
        + BLANK
        + "株洲日报(记者/王明)第一段。"
        + BLANK
        + "服务更贴心"
        + BLANK
        + "甲正文。"
        + BLANK
        + "留住人才"
        + BLANK
        + "乙正文。"
    )
    assert a.headings == ("服务更贴心", "留住人才")
    doc = zznews.parse(
        "标题甲"
        + BLANK
        + "株洲日报(全媒体记者/杨如)车间吸纳妇女65人。"
        + PHOTO
        + "女工在车间里加工箱包。 通讯员供图"
        + BLANK
        + "渌口区培训网约配送员"
        + BLANK
        + "8月18日至22日,75名骑手参加培训。(宋荣华)"
    )
    assert [a.headline for a in doc.articles] == ["标题甲", "渌口区培训网约配送员"]
    assert doc.articles[0].paragraphs == ("车间吸纳妇女65人。",)


def test_a_line_before_one_that_opens_with_a_comparison_is_cut() -> None:
    a = one(TWO_HEADINGS + "乙正文。" + BLANK + "全区城市管理类投诉" + BLANK + "同比下降36.8%。")
    assert a.headings == ("小标题甲在此", "小标题乙在此")
    assert a.paragraphs[-1] == "全区城市管理类投诉同比下降36.8%。"
