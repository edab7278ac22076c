"""Web pages and archive pages: metadata lines, one paragraph a line (synthetic text)."""

from __future__ import annotations

import zznews

STORY = "12月3日,记者从市教育局获悉,今年全市新建学校8所。"


def test_a_metadata_line_under_the_headline_is_no_headline_and_signs_the_story() -> None:
    doc = zznews.parse(
        "新学校今秋开学\n来源:星城网 作者:李明 编辑:赵华 2021-09-01 10:20:30\n" + STORY
    )
    (a,) = doc.articles
    assert a.headline == "新学校今秋开学"
    assert a.paragraphs == (STORY,)
    assert a.byline is not None and a.byline.agency == "星城网"
    assert [c.name for c in a.byline.contributors] == ["李明"]
    assert doc.pages[0].editor == "赵华"
    assert [u.text for u in doc.pages[0].unplaced] == [
        "来源:星城网 作者:李明 编辑:赵华 2021-09-01 10:20:30"
    ]


def test_metadata_lines_after_the_story_sign_it_without_a_second_article() -> None:
    doc = zznews.parse(f"新学校今秋开学\n{STORY}\n来源:星城日报\n作者:王一 张二\n编辑:刘三\n")
    (a,) = doc.articles
    assert a.byline is not None and a.byline.agency == "星城日报"
    assert [c.name for c in a.byline.contributors] == ["王一", "张二"]
    assert doc.pages[0].editor == "刘三"
    assert len(doc.pages[0].unplaced) == 3


def test_a_printed_byline_wins_over_the_author_line() -> None:
    text = "新学校今秋开学\n株洲日报讯(记者 王一)12月3日,全市新建学校8所。\n作者:王一\n"
    (a,) = zznews.parse(text).articles
    assert a.byline is not None and a.byline.text.startswith("株洲日报讯")
    assert [c.name for c in a.byline.contributors] == ["王一"]


def test_a_source_that_is_no_medium_gives_no_agency() -> None:
    (a,) = zznews.parse(
        f"标题在此\n时间:2010-10-26 00:00:00    来源: 某县人民政府\n{STORY}\n"
    ).articles
    assert a.headline == "标题在此" and a.byline is None


def test_reviewers_and_bracketed_editors_are_metadata() -> None:
    doc = zznews.parse(f"标题在此\n{STORY}\n【编辑:吴小兰】\n一审:刘乐\n二审 | 张明\n")
    (a,) = doc.articles
    assert a.paragraphs == (STORY,)
    assert doc.pages[0].editor == "吴小兰"
    assert len(doc.pages[0].unplaced) == 3


def test_a_lone_editor_line_at_the_end_is_no_page_header() -> None:
    doc = zznews.parse(f"标题在此\n{STORY}\n责任编辑: 夏小红\n")
    assert len(doc.pages) == 1 and doc.pages[0].editor == "夏小红"
    assert doc.articles[0].paragraphs == (STORY,)


def test_a_time_label_needs_a_time() -> None:
    (a,) = zznews.parse("活动预告\n时间:每周六上午,地点:市图书馆。\n").articles
    assert a.paragraphs == ("时间:每周六上午,地点:市图书馆。",)


def test_a_stamp_with_names_beside_it_is_metadata_and_the_page_dateline_is_not() -> None:
    doc = zznews.parse(f"标题在此\n李小明   星城日报·星城客户端   2026-01-06 22:44:08\n{STORY}\n")
    assert doc.articles[0].headline == "标题在此"
    assert doc.pages[0].unplaced[0].text.endswith("22:44:08")
    page = zznews.parse("2025年11月21日 星期五\n\n标题\n\n正文在此。\n").pages[0]
    assert page.date is not None and not page.unplaced


def test_full_width_and_traditional_labels() -> None:
    doc = zznews.parse(f"標題在此\n來源：星城網　作者：李明\n{STORY}\n")
    (a,) = doc.articles
    assert a.byline is not None and [c.name for c in a.byline.contributors] == ["李明"]


LEAD = "株洲日报3月2日讯(记者 王一)3月1日,我市第一所智慧学校正式开学,全校学生走进新教室。"


def test_captions_above_the_first_paragraph_are_the_story_s_lead_photos() -> None:
    doc = zznews.parse(
        f"智慧学校开学了\n孩子们在图书室阅读。\n老师带学生参观实验室。\n{LEAD}\n学校共有24个班。\n"
    )
    (a,) = doc.articles
    assert a.headline == "智慧学校开学了"
    assert [p.caption for p in a.photos] == ["孩子们在图书室阅读。", "老师带学生参观实验室。"]
    assert a.paragraphs[-1] == "学校共有24个班。"


def test_an_image_file_name_is_kept_apart_and_marks_a_photo() -> None:
    doc = zznews.parse(
        f"智慧学校开学了\n微信图片_20220225173118.jpg\n孩子们在图书室阅读。\n{LEAD}\n"
    )
    (a,) = doc.articles
    assert [p.caption for p in a.photos] == ["孩子们在图书室阅读。"]
    assert [u.text for u in doc.pages[0].unplaced] == ["微信图片_20220225173118.jpg"]


def test_a_gallery_of_one_sentence_lines_is_captions() -> None:
    gallery = "\n".join(["选手走上赛场。", "观众为选手鼓掌。", "交警维持周边交通秩序。"])
    text = f"送考记\n{LEAD}\n{gallery}\n"
    (a,) = zznews.parse(text).articles
    assert [p.caption for p in a.photos] == [
        "选手走上赛场。",
        "观众为选手鼓掌。",
        "交警维持周边交通秩序。",
    ]
    assert len(a.paragraphs) == 1


def test_two_short_paragraphs_are_no_gallery() -> None:
    text = f"送考记\n{LEAD}\n市领导参加活动。\n活动持续两天。\n"
    (a,) = zznews.parse(text).articles
    assert not a.photos and a.paragraphs[1:] == ("市领导参加活动。", "活动持续两天。")


def test_marked_and_bracketed_captions() -> None:
    text = f"护栏翻新\n◀路口护栏刷上了新漆。 记者/王一 摄\n{LEAD}\n(村民在文化广场晾晒玉米。)\n▲市民在广场晨练\n学校共有24个班。\n"
    (a,) = zznews.parse(text).articles
    assert [p.caption for p in a.photos] == [
        "路口护栏刷上了新漆。",
        "村民在文化广场晾晒玉米。",
        "市民在广场晨练",
    ]
    assert a.photos[0].credit is not None and a.photos[0].credit.is_photo_credit


def test_a_column_tag_in_brackets_or_before_a_bar_is_the_kicker_with_its_mark() -> None:
    for line, kicker in (
        ("【外埠媒体看星城】星城棚户区改造提速", "【外埠媒体看星城】"),
        ("读城记·说星城|古镇新颜", "读城记·说星城|"),
    ):
        (a,) = zznews.parse(f"{line}\n{LEAD}\n").articles
        assert a.kicker == kicker and a.headline == line[len(kicker) :]


def test_an_indented_second_deck_is_the_subtitle() -> None:
    text = f"夜星城美出新高度\n  假期共接待游客58.6万人次,收入达7.32亿元\n  星城晚报记者 王一\n  {STORY}\n"
    (a,) = zznews.parse(text).articles
    assert (a.kicker, a.headline) == (None, "夜星城美出新高度")
    assert a.subtitle == "假期共接待游客58.6万人次,收入达7.32亿元"


def test_a_byline_after_the_last_paragraph_signs_the_story() -> None:
    doc = zznews.parse(
        f"标题在此\n{STORY}\n学校共有24个班。\n株洲日报记者 王一\n报料热线:0731-12345678\n"
    )
    (a,) = doc.articles
    assert a.byline is not None and [c.name for c in a.byline.contributors] == ["王一"]


def test_a_masthead_strip_is_kept_apart() -> None:
    doc = zznews.parse(
        f"国内统一刊号:CN43-9902 星城日报社出版广告热线:1234567\n\n标题在此\n\n{STORY}\n"
    )
    (a,) = doc.articles
    assert a.headline == "标题在此"
    assert doc.pages[0].unplaced[0].text.startswith("国内统一刊号")


def test_metadata_glued_to_the_first_paragraph_is_cut_off() -> None:
    text = f"标题在此\n文章来源:星城晚报 作者:王一 时间:2019-03-27 09:25:49{STORY}\n"
    doc = zznews.parse(text)
    (a,) = doc.articles
    assert a.paragraphs == (STORY,)
    assert a.byline is not None and a.byline.agency == "星城晚报"
    assert doc.pages[0].unplaced[0].text == "文章来源:星城晚报 作者:王一 时间:2019-03-27 09:25:49"


def test_a_page_of_short_items_each_opened_by_a_date() -> None:
    text = (
        "星城举行学习会\n\n12月11日,星城举行学习会。\n\n会议要求抓好落实。\n\n"
        "市长走访人大代表\n\n12月11日,市长走访人大代表。\n\n"
        "助学活动举行\n\n近日,市关工委举行助学活动。\n"
    )
    doc = zznews.parse(text)
    assert [a.headline for a in doc.articles] == [
        "星城举行学习会",
        "市长走访人大代表",
        "助学活动举行",
    ]


def test_an_in_body_heading_over_ordinary_text_stays_a_heading() -> None:
    text = f"标题在此\n\n{LEAD}\n\n种植规模稳步扩大\n\n全县种植面积逐年增加。\n"
    (a,) = zznews.parse(text).articles
    assert a.headings == ("种植规模稳步扩大",)


def test_an_editor_s_note_label_is_no_headline_but_a_lone_one_is_the_title() -> None:
    doc = zznews.parse(f"标题在此\n\n编者按\n\n{STORY}\n")
    (a,) = doc.articles
    assert a.headline == "标题在此" and a.paragraphs == (STORY,)
    assert doc.pages[0].unplaced[0].text == "编者按"
    (b,) = zznews.parse(f"开栏语\n\n{STORY}\n").articles
    assert b.headline == "开栏语"


def test_a_web_page_of_one_photo_and_its_credit_is_photo_news() -> None:
    (a,) = zznews.parse(f"星城日报记者 王一 摄\n{STORY}\n").articles
    assert a.kind is zznews.ArticleKind.PHOTO_NEWS
    assert a.paragraphs == (STORY,)
    assert a.photos[0].credit is not None and a.photos[0].credit.contributors[-1].name == "王一"


def test_a_web_address_glued_to_the_time_is_chrome() -> None:
    text = (
        f"标题在此\n//www.example.cn2014-04-30 10:38:43来源: 星城网——《星城工人报》\n\n  {LEAD}\n"
    )
    doc = zznews.parse(text)
    (a,) = doc.articles
    assert a.headline == "标题在此"
    assert doc.pages[0].unplaced[0].text.startswith("//www.example.cn")


def test_a_blank_line_under_metadata_marks_no_photo() -> None:
    text = f"【外埠媒体看星城】星城棚户区改造提速\n时间:2010-10-26 00:00:00    来源: 某县人民政府\n\n  {LEAD}\n  学校共有24个班。\n"
    (a,) = zznews.parse(text).articles
    assert (a.kicker, a.headline) == ("【外埠媒体看星城】", "星城棚户区改造提速")


def test_a_caption_where_a_photo_stood_in_text_with_no_blank_lines() -> None:
    text = f"标题在此\n{LEAD}\n学校共有24个班。\n\n学生在新教室里上课。\n“我们很喜欢新学校。”一名学生说。\n"
    (a,) = zznews.parse(text).articles
    assert [p.caption for p in a.photos] == ["学生在新教室里上课。"]
    assert a.paragraphs[-1] == "“我们很喜欢新学校。”一名学生说。"


def test_a_gallery_caption_may_add_a_second_sentence() -> None:
    gallery = "\n".join(
        ["选手走上赛场。家长在场外守候。", "观众为选手鼓掌。", "交警维持周边交通秩序。"]
    )
    (a,) = zznews.parse(f"送考记\n{LEAD}\n{gallery}\n").articles
    assert len(a.photos) == 3 and a.photos[0].caption == "选手走上赛场。家长在场外守候。"


def test_an_archive_dateline_dates_the_page_and_its_first_story() -> None:
    doc = zznews.parse(f"2021年04月12日 星期一 出版\n\n标题在此\n\n{STORY}\n")
    page = doc.pages[0]
    assert page.date is not None and page.date.isoformat() == "2021-04-12"
    (a,) = page.articles
    assert a.headline == "标题在此"
    assert a.dates[0].text.startswith("2021年04月12日") and a.dates[0].start == page.date


def test_a_bare_name_under_a_title_signs_the_essay() -> None:
    text = f"十位新闻人讲故事\n\n{STORY}\n\n那些年,那些事\n\n汪小堂\n\n如今说起那段日子,我仍觉得幸运。\n"
    doc = zznews.parse(text)
    assert [a.headline for a in doc.articles] == ["十位新闻人讲故事", "那些年,那些事"]
    b = doc.articles[1].byline
    assert b is not None and [(c.role, c.name) for c in b.contributors] == [(None, "汪小堂")]


def test_a_signature_after_a_space_and_one_naming_whom_the_dateline_does_not() -> None:
    (a,) = zznews.parse("标题\n今年全市新增学位三千个。 (星城日报记者 刘小震)\n").articles
    assert a.byline is not None and [c.name for c in a.byline.contributors] == ["刘小震"]
    (b,) = zznews.parse(
        "标题\n株洲晚报5月8日讯 今天有雨。\n你想不想来体验?(记者 王小娜)\n"
    ).articles
    assert b.byline is not None and b.byline.agency == "株洲晚报"
    assert [c.name for c in b.byline.contributors] == ["王小娜"]


def test_untitled_photo_news_before_a_page_of_items() -> None:
    text = "12月18日,市民中心对外运行,737项业务进驻。(刘小震/摄)\n\n学习会举行\n\n12月11日,星城举行学习会。\n"
    doc = zznews.parse(text)
    news, story = doc.articles
    assert news.kind is zznews.ArticleKind.PHOTO_NEWS and news.headline is None
    assert news.paragraphs == ("12月18日,市民中心对外运行,737项业务进驻。",)
    assert story.headline == "学习会举行"


def test_a_weather_table_after_a_signed_paragraph_stays_in_the_story() -> None:
    text = "标题\n本周天气多变。(记者 王小娜)\n今天\n晴 6~17℃\n明天\n多云 6~14℃\n后天\n小雨 6~12℃\n"
    (a,) = zznews.parse(text).articles
    assert a.byline is not None and [c.name for c in a.byline.contributors] == ["王小娜"]
    assert "晴 6~17℃" in a.paragraphs


def test_an_archive_page_label_is_the_page_number() -> None:
    doc = zznews.parse(f"第A04:版面四\n2021年04月12日 星期一 出版\n标题在此\n\n{STORY}\n")
    assert doc.pages[0].number == "第A04:版面四"
    assert [a.headline for a in doc.articles] == ["标题在此"]


def test_the_author_line_names_the_people_of_a_dateline_byline() -> None:
    text = (
        f"标题在此\n来源:星城都市报 作者:贺小玲 2013-07-03 10:15:26\n星城都市报6月2日讯 {STORY}\n"
    )
    (a,) = zznews.parse(text).articles
    assert a.byline is not None and a.byline.agency == "星城都市报"
    assert [c.name for c in a.byline.contributors] == ["贺小玲"]


def test_photo_news_ended_by_an_uncredited_caption_keeps_the_story_after_it() -> None:
    text = f"星城文化广场变晾晒场\n\n\n\n▲村民在文化广场晾晒玉米\n该视频引发网友点赞。\n{STORY}\n"
    doc = zznews.parse(text)
    assert any(STORY in a.paragraphs for a in doc.articles)
    assert any("该视频引发网友点赞。" in a.paragraphs for a in doc.articles)


def test_a_dateline_cut_by_a_line_break_keeps_its_dates_in_place() -> None:
    text = "\n红网星\n城4月16日讯(星城日报记者 叶小福)4月15日,委员赶赴省城。"
    (a,) = zznews.parse(text).articles
    assert all(text[d.span[0] : d.span[1]] == d.text for d in a.dates)


def test_a_title_an_export_wrapped_in_straight_quotes_is_the_words_inside() -> None:
    text = f"'星城老街换新颜'\n\n{STORY}\n"
    doc = zznews.parse(text)
    (a,) = doc.articles
    assert a.headline == "星城老街换新颜"
    covered = {i for part in a.parts for i in range(*part.span)}
    assert {0, text.index("'", 1)} <= covered  # the quotes keep their place
    (b,) = zznews.parse(f"“星城老街换新颜”\n\n{STORY}\n").articles
    assert b.headline == "“星城老街换新颜”"  # a Chinese quotation is the title's own


def test_a_line_of_stray_marks_is_kept_apart_and_heads_nothing() -> None:
    text = f'星城老街换新颜\n"\n***\n{STORY}\n'
    doc = zznews.parse(text)
    (a,) = doc.articles
    assert a.headline == "星城老街换新颜" and a.paragraphs == (STORY,)
    assert [u.text for u in doc.pages[0].unplaced] == ['"', "***"]


def test_a_medium_among_the_tags_beside_a_timestamp_is_the_agency() -> None:
    text = f"星城老街换新颜\n老街 文旅 星城日報 2019-07-29\n{STORY}\n"
    (a,) = zznews.parse(text).articles
    assert a.byline is not None and a.byline.agency == "星城日報"  # as printed
    assert not a.byline.contributors
