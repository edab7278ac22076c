"""Stage 4: where each article starts and ends, and which lines are photos.

An article starts at the title lines just above an *opener*: a subtitle, a
standalone byline, or a byline glued to the first paragraph. Photo news starts
at a title line followed by a photo (a run of blank lines) and ends at its
credit line. Captions, QR-code captions and stray credits are taken out as
photo items, to be attached to the article they speak of later.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import attrs

from .._patterns import alternation
from ..model import ArticleKind
from ..vocab.layout import (
    NEWS_OPENERS,
    NEWS_OPENING_DATE,
)
from ..vocabulary import layout
from .records import Classified, Kind, continues

__all__ = [
    "SEGMENT_RULES",
    "PhotoItem",
    "Segment",
    "SegmentRule",
    "Start",
    "find_starts",
    "segment",
]

_OPENERS = frozenset({Kind.LEAD, Kind.BYLINE, Kind.SUBTITLE})
_PHOTOS = frozenset({Kind.CAPTION, Kind.QR, Kind.CREDIT})
_FINISHED = _PHOTOS | {Kind.JUMP, Kind.FOLIO, Kind.END, Kind.MASTHEAD, Kind.INDEX}
# (after a finished line, a new article may follow)
_AFTER_HEAD = frozenset({Kind.SUBTITLE, Kind.BYLINE})
_CAPTION_TEXT = frozenset({Kind.TEXT, Kind.TITLE})  # a caption whose credit is the next line


@attrs.define
class Segment:
    """The lines of one article, by the part of it they are."""

    kind: ArticleKind
    #: Title lines above the opener: kicker, headline, subtitle.
    titles: tuple[Classified, ...]
    #: Subtitle and standalone byline lines under the titles.
    head: tuple[Classified, ...]
    #: Body lines, in order (the first may carry a glued byline).
    body: tuple[Classified, ...]
    #: The credit line(s) that end a photo-news item.
    credit: tuple[Classified, ...] = ()


@attrs.define
class PhotoItem:
    """A caption, QR-code caption or credit line, and the article it follows."""

    lines: tuple[Classified, ...]
    #: Index of the segment just before it on the page, or -1.
    after: int
    #: Printed inside that segment (a lead photo under its titles): it is that segment's.
    within: bool = False


def _boundary(lines: tuple[Classified, ...], j: int) -> bool:
    """Whether something can start at ``j``: the page start, or after a finished line."""
    if j == 0 or lines[j].line.after_photo:
        return True
    prev = lines[j - 1]
    return prev.kind in _FINISHED or prev.complete


def _title_start(lines: tuple[Classified, ...], k: int, taken: set[int]) -> tuple[int, int]:
    """The first title line above the opener at ``k`` (``k`` itself when none), and
    where a lead photo between the titles and the opener starts (``k``'s head when none)."""
    web = _web_lead_captions(lines, k, taken)
    j = web
    while j > 0 and lines[j - 1].kind in _AFTER_HEAD and j - 1 not in taken:
        j -= 1
    # 标题 ⏎ (a photo) ⏎ its caption ⏎ the byline: a lead photo between the headline
    # and the byline belongs to the story (its caption becomes one of its photos).
    lead_photo = j
    while (
        web == k
        and lead_photo > 0
        and lines[lead_photo - 1].kind in _PHOTOS
        and lead_photo - 1 not in taken
    ):
        lead_photo -= 1
    if (
        lead_photo < j
        and lead_photo > 1
        and lines[lead_photo].kind is Kind.CREDIT
        and lead_photo - 1 not in taken
        and _lone_caption(lines, lead_photo - 1, range(lead_photo - 1, lead_photo + 1))
    ):
        lead_photo -= 1  # the caption on a line of its own, its credit under it
    if (
        lead_photo < j
        and lead_photo > 0
        and lines[lead_photo].line.after_photo
        and lines[lead_photo - 1].kind is Kind.TITLE
        and lead_photo - 1 not in taken
    ):
        j = lead_photo
    else:
        lead_photo = j
    head = j  # where the lead photo, the subtitle and byline lines begin
    titles = 0
    most = layout().title_lines_max
    while (
        j > 0
        and titles < most
        and lines[j - 1].kind is Kind.TITLE
        and j - 1 not in taken
        and (not lines[j].line.after_photo or j == lead_photo < k)
    ):
        i = j - 1
        if titles and i > 0 and lines[i - 1].kind is Kind.TEXT and not lines[i - 1].complete:
            break  # the line finishes a paragraph cut by a column break
        j = i
        titles += 1
    # Titles above the headline must follow a finished line (else they are a broken
    # paragraph's tail); the headline right above the byline is one whatever precedes
    # it (a paragraph left unfinished by a lost jump line, a list, an index line).
    last = head - 1 if titles else k
    while j < last and not _boundary(lines, j):
        j += 1
    return j, (web if web < k else lead_photo)


def _closes_story(lines: tuple[Classified, ...], k: int) -> bool:
    """Whether the byline line at ``k`` signs the story above it: right under a
    finished paragraph (``…通道。`` ⏎ ``潇湘晨报记者唐一舟``), no title of its own."""
    if k == 0 or lines[k].line.after_photo:
        return False
    prev = lines[k - 1]
    return prev.kind is Kind.TEXT and prev.complete


def _web_lead_captions(lines: tuple[Classified, ...], k: int, taken: set[int]) -> int:
    """Where the captions of a web story's lead photos start, printed one a line
    between its titles and its first paragraph (``标题`` ⏎ ``孩子们在图书室阅读。`` ⏎
    ``红网时刻3月12日讯(…)…``), or ``k`` when there are none: short sentences, each
    on its line, right under a title line, above an opener that text follows."""
    if lines[k].kind is not Kind.LEAD and not _text_at(lines, k + 1):
        return k  # a byline after the story's last sentence opens nothing
    i = k
    most = layout().lead_captions_max
    while (
        i > 0
        and k - i < most
        and i - 1 not in taken
        and (lines[i - 1].kind in _PHOTOS or _one_sentence(lines[i - 1]))
    ):
        i -= 1
    if i == k or i == 0 or i - 1 in taken:
        return k
    return i if lines[i - 1].kind in (Kind.TITLE, Kind.SUBTITLE) else k


def _caption_runs(lines: tuple[Classified, ...], rest: range) -> set[int]:
    """The lines of ``rest`` in runs of at least ``Layout.caption_run_min`` short
    one-sentence lines in a row: a web page's gallery, a caption a line."""
    found: set[int] = set()
    run: list[int] = []
    lay = layout()
    for i in (*rest, None):
        fits = i is not None and _one_sentence(lines[i], lay.gallery_sentences_max)
        if fits and (not run or not lines[i].line.after_photo):
            run.append(i)
            continue
        if len(run) >= lay.caption_run_min:
            found.update(run)
        run = [i] if fits and i is not None else []
    return found


def _caption_after_photo(lines: tuple[Classified, ...], i: int, rest: range) -> bool:
    """Whether line ``i`` is an uncredited caption: one short sentence where a photo
    stood, the story going on right under it (``本网记者杨雨晴。`` ⏎ ``“现在…``)."""
    c = lines[i]
    return (
        c.line.after_photo
        and _one_sentence(c)
        and i + 1 in rest
        and not lines[i + 1].line.after_photo
        and lines[i + 1].kind is Kind.TEXT
    )


def _one_sentence(c: Classified, most: int = 1) -> bool:
    """A short line of text that is one whole sentence (or up to ``most``), as a web
    page's caption is."""
    text = c.line.fold
    return (
        c.kind is Kind.TEXT
        and c.complete
        and not c.signed
        and len(text) <= layout().web_caption_max
        and 1 <= sum(map(text.count, _SENTENCE_ENDS)) <= most
    )


#: The marks that end a sentence, counted by :func:`_one_sentence`.
_SENTENCE_ENDS = ("。", "!", "?")


def _brief_title(lines: tuple[Classified, ...], e: int, taken: set[int]) -> int | None:
    """The title of the news brief whose signed last line is at ``e``, or ``None``:
    a title line after a finished line, then at most ``Layout.brief_lines_max`` text
    lines, none of them another article's."""
    for t in range(e - 1, max(-1, e - layout().brief_lines_max - 1), -1):
        if t in taken:
            return None
        c = lines[t]
        if (
            c.kind is Kind.TITLE
            and _boundary(lines, t)
            and not continues(c.line.fold, lines[t + 1].line.fold)  # 款物5 ⏎ 860万元: cut
        ):
            return None if c.marked else t
        # A text line, or a title-like one that is a cut piece (no boundary before it,
        # or the next line goes on its sentence): part of the brief's text.
        if c.kind not in (Kind.TEXT, Kind.TITLE):
            return None
    return None


def _text_at(lines: tuple[Classified, ...], i: int) -> bool:
    """Whether line ``i`` exists and is body text."""
    return i < len(lines) and lines[i].kind in (Kind.TEXT, Kind.LEAD, Kind.TITLE)


def _lone_caption(lines: tuple[Classified, ...], i: int, rest: range) -> bool:
    """Whether line ``i`` is a caption whose credit is on the next line.

    After a photo's blank lines, a short finished line (or a title-like one: a
    chart's name, a caption printed without its full stop) followed at once by a
    credit line alone is that photo's caption, not the story's last paragraph.
    """
    c = lines[i]
    return (
        ((c.kind is Kind.TEXT and c.complete) or c.kind is Kind.TITLE)  # or 主要指标增速(%)
        and c.line.after_photo
        and len(c.line.fold) <= layout().caption_max
        and i + 1 in rest
        and (
            _credit_of(lines, i + 1)
            # or between two photos: the next line is another photo's caption
            or (lines[i + 1].kind in _PHOTOS and lines[i + 1].line.after_photo)
        )
    )


def _cut_caption(lines: tuple[Classified, ...], i: int) -> bool:
    """Whether line ``i`` is a caption's first words that a column break cut from the
    rest: short and unfinished after a photo, the rest on the next line with its credit
    (or the rest alone, then the credit on a line of its own)."""
    c = lines[i]
    if not (
        c.kind in _CAPTION_TEXT
        and not c.complete
        and c.line.after_photo
        and len(c.line.fold) <= layout().caption_max
        and i + 1 < len(lines)
        and not lines[i + 1].line.after_photo
    ):
        return False
    rest = lines[i + 1]
    if rest.kind is Kind.CAPTION:
        # (a mark or a label before the words, ◀…, 图②…, opens a caption of its own)
        return (
            rest.byline is not None
            and rest.caption is not None
            and (rest.caption[0] == rest.line.start)
        )
    return (
        rest.kind is Kind.TEXT
        and rest.complete
        and len(rest.line.fold) <= layout().caption_max
        and i + 2 < len(lines)
        and _credit_of(lines, i + 2)
    )


def _credit_of(lines: tuple[Classified, ...], i: int) -> bool:
    """Whether line ``i`` is a credit line right under the line before it."""
    return lines[i].kind is Kind.CREDIT and not lines[i].line.after_photo


def _photo_news_end(lines: tuple[Classified, ...], t: int, taken: set[int]) -> int | None:
    """Index of the credit line ending photo news headed by the title at ``t``, or None.

    The photo's blank lines after the title are the usual sign; without them (an
    extraction that lost them), a short text ended by a credit line alone is too.
    """
    if t + 1 >= len(lines):
        return None
    gap = lines[t + 1].line.after_photo
    if not gap and lines[t].line.after_photo:
        return None  # a photo, then words, then a credit: a caption cut in two, no headline
    # The credit is close (a half credit line may come before it): look no further.
    reach = (layout().photo_news_text_max if gap else layout().photo_news_lines_max) + 2
    for i in range(t + 1, min(len(lines), t + 1 + reach)):
        c = lines[i]
        if i in taken:
            return None
        if not gap and c.line.after_photo:
            return None  # the photo is further down: what comes before it is no caption
        if c.kind is Kind.TEXT:
            continue  # (the photo news' text goes on: no test below takes a text line)
        if c.kind is Kind.CREDIT or (gap and c.kind is Kind.CAPTION):
            # Right after the photo, the whole text may be on the credit's line.
            return i if gap or 0 < i - t - 1 <= layout().photo_news_lines_max else None
        if (
            c.kind is Kind.CAPTION
            and c.byline
            and i == t + 1
            and not lines[t].line.after_photo  # (after a photo: a caption's first words)
            and not _opens_head(lines, i + 1)
        ):
            return i  # no blank lines (text from a web page): 标题 ⏎ 文字。 记者/王明 摄
        if not gap and c.kind is Kind.TITLE and i > t + 1 and lines[i - 1].complete:
            return None  # a later title after a finished line heads the photo news, not ``t``
        if c.kind not in (Kind.TEXT, Kind.TITLE):
            return None
        if (
            not gap
            and c.kind is Kind.TITLE
            and i + 1 < len(lines)
            and lines[i + 1].line.after_photo
        ):
            return None  # a title before a photo's blank lines heads the photo news, not ``t``
    return None


def _opens_head(lines: tuple[Classified, ...], i: int) -> bool:
    """Whether line ``i`` is a subtitle, a byline or a lead (what follows a story's
    titles and lead photo, never photo news' caption)."""
    return i < len(lines) and lines[i].kind in _OPENERS


@attrs.define
class Start:
    """Where a rule found an article to start, and what it claims."""

    at: int
    kind: ArticleKind
    #: The last line of its head (a story), or its credit line (photo news); -1 for a
    #: page's opening lines with no opener.
    mark: int
    #: The lines the rule claims: no later rule starts an article on them.
    claims: tuple[int, ...]
    #: A lead photo's lines between the story's titles and its byline.
    lead: range = range(0)
    #: Photo news headed by a kicker above its headline.
    kicker: bool = False
    #: Photo news with no headline: its caption is all its text.
    untitled: bool = False


#: A segmentation rule: where articles start among ``lines``, given the lines the
#: rules before it (of higher priority) have claimed.
RuleFinder = Callable[[tuple[Classified, ...], frozenset[int]], list[Start]]


@attrs.define
class SegmentRule:
    """A named rule of :data:`SEGMENT_RULES`."""

    name: str
    find: RuleFinder


def _stories_by_opener(lines: tuple[Classified, ...], claimed: frozenset[int]) -> list[Start]:
    """Stories opened by a subtitle, a byline or a lead: the titles above it head them."""
    taken = set(claimed)
    found: list[Start] = []
    for k, c in enumerate(lines):
        if c.kind not in _OPENERS or k in taken:
            continue
        start = _story_at_opener(lines, k, taken)
        if start is not None:
            taken.update(start.claims)
            found.append(start)
    return found


def _story_at_opener(lines: tuple[Classified, ...], k: int, taken: set[int]) -> Start | None:
    """The story the opener at ``k`` opens, or ``None`` (a byline that signs the story
    above it, or stands before nothing)."""
    c = lines[k]
    j, lead = _title_start(lines, k, taken)
    if j == k and c.kind is Kind.BYLINE and (not _text_at(lines, k + 1) or _closes_story(lines, k)):
        return None
    end = _head_end(lines, k)
    lead_photo = range(0)
    if c.kind is Kind.SUBTITLE and (after := _lead_photo_after(lines, end + 1)):
        # 标题 ⏎ ——副题 ⏎ (a photo) ⏎ its caption ⏎ the byline: one head
        lead_photo = range(end + 1, after)
        end = _head_end(lines, after if lines[after].kind is not Kind.LEAD else after - 1)
    claims = list(range(j, end + 1))
    if c.kind is not Kind.LEAD and _text_at(lines, end + 1):
        claims.append(end + 1)  # the first paragraph opens nothing more
    head_start = lead
    heads = _AFTER_HEAD | {c.kind}  # (made once, not once a line)
    while head_start < k and lines[head_start].kind not in heads:
        head_start += 1
    if j < lead < head_start:
        lead_photo = range(lead, head_start)
    return Start(j, ArticleKind.STORY, end, tuple(claims), lead=lead_photo)


def _head_end(lines: tuple[Classified, ...], end: int) -> int:
    """The last line of a head from ``end`` on: a subtitle, then a standalone byline."""
    while end + 1 < len(lines) and lines[end + 1].kind in _AFTER_HEAD:
        end += 1
    return end


def _photo_news(lines: tuple[Classified, ...], claimed: frozenset[int]) -> list[Start]:
    """Photo news: a title (or a kicker and a title) over a photo, ended by its credit."""
    taken = set(claimed)
    found: list[Start] = []
    for t, c in enumerate(lines):
        if c.kind is not Kind.TITLE or t in taken or c.marked:
            continue
        boundary = _boundary(lines, t)  # (asked once: a kicker's headline has none)
        kicker = not boundary and _kicker_over_photo(lines, t, taken)
        if kicker or boundary:
            last = _photo_news_end(lines, t, taken)
            if last is not None:
                first = t - 1 if kicker else t
                claims = tuple(range(first, last + 1))
                taken.update(claims)
                found.append(Start(first, ArticleKind.PHOTO_NEWS, last, claims, kicker=kicker))
    return found


def _kicker_over_photo(lines: tuple[Classified, ...], t: int, taken: set[int]) -> bool:
    """Whether the title at ``t`` is photo news' headline under a kicker
    (``家门口的健康服务`` ⏎ ``专家义诊进社区`` ⏎ (a photo))."""
    return (
        not _boundary(lines, t)
        and t + 1 < len(lines)
        and lines[t + 1].line.after_photo
        and lines[t - 1].kind is Kind.TITLE
        and not lines[t - 1].marked
        and t - 1 not in taken
        and _boundary(lines, t - 1)
    )


def _signed_briefs(lines: tuple[Classified, ...], claimed: frozenset[int]) -> list[Start]:
    """News briefs: a title, a short text, signed at its end (``…(刘欢)``); a title
    right after a signed brief heads the next one, signed or not."""
    taken = set(claimed)
    found: list[Start] = []
    for e, c in enumerate(lines):
        if not c.signed:
            continue
        brief = _brief_title(lines, e, taken)
        if brief is not None:
            found.append(Start(brief, ArticleKind.STORY, brief, tuple(range(brief, e + 1))))
            taken.update(range(brief, e + 1))
        after = e + 1
        if after not in taken and _heads_next_brief(lines, after):
            found.append(Start(after, ArticleKind.STORY, after, (after,)))
            taken.add(after)
    return found


def _heads_next_brief(lines: tuple[Classified, ...], t: int) -> bool:
    """Whether line ``t``, right after a signed brief, is the next item's title."""
    return (
        t < len(lines)
        and lines[t].kind is Kind.TITLE
        and not lines[t].marked
        and _text_at(lines, t + 1)
        and lines[t + 1].kind is not Kind.TITLE
        and not lines[t + 1].row  # (a table's first row over its rows: the brief's own)
    )


def _page_start(lines: tuple[Classified, ...], claimed: frozenset[int]) -> list[Start]:
    """The page's first lines, when no rule starts an article there: a story whose
    leading titles (if text follows them) head it."""
    # (Only an article's start claims line 0: unclaimed, nothing starts there.)
    return [Start(0, ArticleKind.STORY, -1, ())] if lines and 0 not in claimed else []


def find_starts(lines: tuple[Classified, ...]) -> dict[int, Start]:
    """Where the articles of ``lines`` start, by :data:`SEGMENT_RULES` in priority order."""
    claimed: set[int] = set()
    starts: dict[int, Start] = {}
    for rule in SEGMENT_RULES:
        for start in rule.find(lines, frozenset(claimed)):
            starts[start.at] = start
            claimed.update(start.claims)
    return starts


def segment(lines: tuple[Classified, ...]) -> tuple[tuple[Segment, ...], tuple[PhotoItem, ...]]:
    """The articles of a page's body lines, and the photo items between them."""
    starts = find_starts(lines)
    order = sorted(starts)
    segments: list[Segment] = []
    photos: list[PhotoItem] = []
    for idx, a in enumerate(order):
        b = order[idx + 1] if idx + 1 < len(order) else len(lines)
        start = starts[a]
        if start.kind is ArticleKind.PHOTO_NEWS:
            _add_photo_news(lines, start, b, segments, photos)
        else:
            _add_titled_story(lines, start, b, segments, photos)
    return _lone_photo_news(tuple(segments), tuple(photos))


def _add_photo_news(
    lines: tuple[Classified, ...],
    start: Start,
    b: int,
    segments: list[Segment],
    photos: list[PhotoItem],
) -> None:
    """Append the photo news of ``start`` (up to ``b``) and what follows its credit."""
    a, mark = start.at, start.mark
    heads: tuple[Classified, ...] = (
        () if start.untitled else (lines[a], lines[a + 1]) if start.kicker else (lines[a],)
    )
    body = list(range(a + len(heads), mark))
    credit = [mark]
    while mark + 1 < b and lines[mark + 1].continues_credit:
        mark += 1  # the rest of a credit a column break cut (通讯员/丁 ⏎ 超 摄)
        credit.append(mark)
    if body and lines[body[-1]].kind is Kind.BYLINE:
        credit.insert(0, body.pop())  # a credit split over two lines
    segments.append(
        Segment(
            ArticleKind.PHOTO_NEWS,
            heads,
            (),
            tuple([lines[i] for i in body]),
            tuple([lines[i] for i in credit]),
        )
    )
    # Lines after the credit and before the next article: photos, or an untitled story.
    _add_story(lines, (), (), range(mark + 1, b), segments, photos)


def _add_titled_story(
    lines: tuple[Classified, ...],
    start: Start,
    b: int,
    segments: list[Segment],
    photos: list[PhotoItem],
) -> None:
    """Append the story of ``start`` (up to ``b``): its titles, head, lead photo, body."""
    a, mark, photo_lines = start.at, start.mark, start.lead
    titles = [
        i
        for i in range(a, min(b, mark + 1))
        if lines[i].kind is Kind.TITLE and i not in photo_lines
    ]
    if mark < 0:  # a page that opens without an opener: its leading titles head it
        titles = _leading_titles(lines, a, b)
    head_end = (titles[-1] + 1) if titles else a
    if photo_lines:
        _add_lead_photo(lines, photo_lines, len(segments), photos)
    head: list[int] = []
    i = head_end
    last = max(mark, head_end)
    while i < b and i <= last and (lines[i].kind in _AFTER_HEAD or i in photo_lines):
        if i not in photo_lines:
            head.append(i)  # (the lead photo's lines stand between: photo items)
        i += 1
    _add_story(lines, tuple(titles), tuple(head), range(i, b), segments, photos)


def _dated_items(lines: tuple[Classified, ...], claimed: frozenset[int]) -> list[Start]:
    """The news items of a page of short items with no bylines: a title line after
    a finished paragraph, over a first sentence that opens with a date or a time word
    (``毛腾飞走访人大代表`` ⏎ ``12月11日,…``), heads a new item."""
    taken = set(claimed)
    found: list[Start] = []
    for t in range(1, len(lines) - 1):
        c = lines[t]
        if (
            c.kind is Kind.TITLE
            and t not in taken
            and t + 1 not in taken
            and lines[t + 1].kind in (Kind.TEXT, Kind.TITLE)  # (TITLE: a text cut short)
            and not c.marked
            and _boundary(lines, t)
            and _NEWS_OPENING.match(lines[t + 1].line.fold) is not None
        ):
            found.append(Start(t, ArticleKind.STORY, t, (t, t + 1)))
            taken.update((t, t + 1))
    return found


def _untitled_photo_news(lines: tuple[Classified, ...], claimed: frozenset[int]) -> list[Start]:
    """Photo news with no headline: a caption line with its credit that reads as a
    news item (``12月18日,…运行。(刘远/摄)``), on its own between items."""
    return [
        Start(i, ArticleKind.PHOTO_NEWS, i, (i,), untitled=True)
        for i, c in enumerate(lines)
        if (
            c.kind is Kind.CAPTION
            and c.byline is not None
            and c.caption is not None
            and i not in claimed
            and _boundary(lines, i)
            and (i + 1 == len(lines) or lines[i + 1].kind is Kind.TITLE)
            and _NEWS_OPENING.match(c.line.fold) is not None
        )
    ]


# The first words of a news item: 近日, ⏎ 12月11日, ⏎ 11日上午,
_NEWS_OPENING = re.compile(f"(?:{alternation(NEWS_OPENERS)}),|{NEWS_OPENING_DATE}")

#: The segmentation rules, highest priority first: a rule starts articles only on
#: lines no rule before it claimed. (A text that is one photo's words and its
#: credit alone is photo news: :func:`_lone_photo_news`, read off the segments.)
SEGMENT_RULES: tuple[SegmentRule, ...] = (
    SegmentRule("story opened by its byline", _stories_by_opener),
    SegmentRule("photo news", _photo_news),
    SegmentRule("signed briefs", _signed_briefs),
    SegmentRule("dated items", _dated_items),
    SegmentRule("untitled photo news", _untitled_photo_news),
    SegmentRule("page start", _page_start),
)


def _lone_photo_news(
    segments: tuple[Segment, ...], photos: tuple[PhotoItem, ...]
) -> tuple[tuple[Segment, ...], tuple[PhotoItem, ...]]:
    """A text that is one photo's words and its credit, and nothing else (a web page's
    photo news: ``邵阳日报记者 彭建国 摄`` ⏎ ``3月25日,…``), as photo news: one story of a
    few text lines, no byline, and a credit line alone among its photos."""
    if len(segments) != 1:
        return segments, photos
    seg = segments[0]
    credits = [i for i, p in enumerate(photos) if p.lines[-1].kind is Kind.CREDIT]
    if (
        seg.kind is not ArticleKind.STORY
        or seg.head
        or not seg.body
        or len(seg.body) > layout().photo_news_lines_max
        or any(c.kind is not Kind.TEXT or c.byline is not None for c in seg.body)
        or len(credits) != 1
        or len(photos[credits[0]].lines) != 1  # (a caption's own credit: no photo news)
    ):
        return segments, photos
    credit = photos[credits[0]]
    news = attrs.evolve(seg, kind=ArticleKind.PHOTO_NEWS, credit=credit.lines)
    return (news,), tuple(p for i, p in enumerate(photos) if i != credits[0])


def _lead_photo_after(lines: tuple[Classified, ...], i: int) -> int | None:
    """Where the byline (or lead) after a lead photo starting at ``i`` stands, or
    ``None`` when no photo (its blank lines, then captions and credits) is there."""
    if i >= len(lines) or not lines[i].line.after_photo:
        return None
    j = i
    while j < len(lines) and j - i < 3:
        if lines[j].kind in _PHOTOS:
            j += 1
        elif j == i and _lone_caption(lines, j, range(j, min(j + 2, len(lines)))):
            j += 2  # a caption, its credit on the next line
        else:
            break
    if j == i or j >= len(lines) or lines[j].kind not in (Kind.BYLINE, Kind.LEAD):
        return None
    return j


def _uncredited_run(
    items: list[tuple[Classified, ...]], lines: tuple[Classified, ...], i: int
) -> int:
    """How many of the last photo items are captions with no credit, on the lines
    right before ``i`` (the photos of a group the credit at ``i`` is for)."""
    run = 0
    while run < len(items):
        item = items[-run - 1]
        c = item[0]
        if len(item) != 1 or c is not lines[i - run - 1] or c.kind is not Kind.CAPTION:
            break
        if c.byline is not None:
            break
        run += 1
    return run


def _add_lead_photo(
    lines: tuple[Classified, ...], lead: range, owner: int, photos: list[PhotoItem]
) -> None:
    """The photo items of a lead photo between an article's titles and its byline:
    the article's own, whatever its caption says."""
    items: list[tuple[Classified, ...]] = []
    for i in lead:
        c = lines[i]
        if items and c.kind is Kind.CREDIT and items[-1][-1].kind in _CAPTION_TEXT:
            items[-1] = (*items[-1], c)  # the caption's credit, on a line of its own
        else:
            items.append((c,))
    photos.extend(PhotoItem(item, owner, within=True) for item in items)


def _leading_titles(lines: tuple[Classified, ...], a: int, b: int) -> list[int]:
    """Title lines at the very top of a page with no opener, followed by text."""
    titles: list[int] = []
    i = a
    while i < b and lines[i].kind is Kind.TITLE and len(titles) < layout().title_lines_max - 1:
        titles.append(i)
        i += 1
    if i >= b or lines[i].kind not in (Kind.TEXT, Kind.LEAD):
        return []  # nothing follows: they are body lines, not a head
    return titles


def _add_story(
    lines: tuple[Classified, ...],
    titles: tuple[int, ...],
    head: tuple[int, ...],
    rest: range,
    segments: list[Segment],
    photos: list[PhotoItem],
) -> None:
    """Append a story segment; its caption lines become photo items after it."""
    body, items, own = _body_and_photos(lines, rest)
    if not (titles or head or body):
        # Only photos (a caption at the top of a page): no article, just photo items.
        photos.extend(PhotoItem(item, len(segments) - 1) for item in items)
        return
    # A photo printed between two paragraphs of the story (or in its gallery) is its own.
    last_text = body[-1].line.start if body else -1  # (body lines are in page order)
    pending = [
        PhotoItem(item, len(segments), within=n in own or item[0].line.start < last_text)
        for n, item in enumerate(items)
    ]
    segments.append(
        Segment(
            ArticleKind.STORY,
            tuple([lines[i] for i in titles]),
            tuple([lines[i] for i in head]),
            tuple(body),
        )
    )
    photos.extend(pending)


def _body_and_photos(
    lines: tuple[Classified, ...], rest: range
) -> tuple[list[Classified], list[tuple[Classified, ...]], set[int]]:
    """The body lines of ``rest``, its photo items, and which items are a gallery's."""
    body: list[Classified] = []
    items: list[tuple[Classified, ...]] = []
    gallery = _caption_runs(lines, rest)
    own: set[int] = set()  # the items printed inside the story (a gallery): its own
    for i in rest:
        c = lines[i]
        if i in gallery:
            own.add(len(items))  # 选手自信走上赛场。 ⏎ 观众为选手鼓掌。 ⏎ …: a gallery's captions
            items.append((c,))
        # (a line goes on a photo item only right under it: tested first, cheaply)
        elif not (items and items[-1][-1] is lines[i - 1] and _joins_photo_item(lines, i, items)):
            if c.kind in _PHOTOS or (
                c.line.after_photo  # (each caption test below asks for a photo's gap first)
                and (
                    _lone_caption(lines, i, rest)
                    or _cut_caption(lines, i)
                    or _caption_after_photo(lines, i, rest)
                )
            ):
                items.append((c,))
            else:
                body.append(c)
    return body, items, own


def _joins_photo_item(
    lines: tuple[Classified, ...], i: int, items: list[tuple[Classified, ...]]
) -> bool:
    """Add line ``i`` to the photo item(s) just before it when it goes on them (a
    caption's credit or the rest of one); return whether it did."""
    c, prev = lines[i], lines[i - 1]
    last = items[-1] if items else ()
    if last and c.continues_credit and last[-1] is prev:
        items[-1] = (*last, c)  # …包饺子。 记者/黄 ⏎ 蓉 摄: the credit's rest
    elif last == (prev,) and prev.kind in _CAPTION_TEXT and _credit_of(lines, i):
        items[-1] = (prev, c)  # a lone caption's credit, on a line of its own
    elif c.kind is Kind.CREDIT and (run := _uncredited_run(items, lines, i)):
        # 图① … ⏎ 图② … ⏎ the credit: it credits each photo of the group.
        items[-run:] = [(*item, c) for item in items[-run:]]
    elif last == (prev,) and _cut_caption(lines, i - 1):
        items[-1] = (prev, c)  # 老人们在城市书房 ⏎ 里阅读。 记者/李颖 摄
    elif len(last) == 2 and last[-1] is prev and prev.kind is Kind.TEXT and _credit_of(lines, i):
        items[-1] = (*last, c)  # …垂直起降 ⏎ 飞行器首飞。 ⏎ 记者/彭芳 摄
    else:
        return False
    return True
