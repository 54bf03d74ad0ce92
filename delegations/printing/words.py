"""The printed words: every heading and label the app prints, in English and in Chinese.

Printouts are for the whole week, not for one user's window, so they do not follow the window's
language (Qt's `tr`): they carry the event's two working languages, as the China–ASEAN week's
own programme does — English with Chinese beneath. The programme booklet also comes in a
Chinese edition (`booklet --lang zh_CN`): Chinese first, English beneath.

One table, so that a term is translated once and reads the same on the booklet, the door
sheets, the errata, the lists and the receipts (代表团, 团长, 报到, 日程, 会场, 勘误表,
签收单: mainland usage, as in the week's own Chinese documents).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

ENGLISH, CHINESE = "en", "zh_CN"
EDITIONS = (ENGLISH, CHINESE)

WORDS: dict[str, tuple[str, str]] = {
    # The booklet: chapters and their labels.
    "programme": ("Programme", "日程"),
    "programme_book": ("Programme", "会议手册"),
    "welcome": ("Welcome", "欢迎辞"),
    "contents": ("Contents", "目录"),
    "details": ("Session details", "会议详情"),
    "speakers": ("Speakers", "演讲嘉宾"),
    "delegations": ("Delegations", "代表团"),
    "rooms": ("Rooms and venue", "会场信息"),
    "index": ("Index of speakers", "嘉宾索引"),
    "notes": ("Notes", "笔记"),
    "dates": ("Dates", "日期"),
    "venue": ("Venue", "地点"),
    "times": ("Times", "时间"),
    "edition": ("Edition", "版本"),
    "local_time": ("local time ({zone})", "当地时间（{zone}）"),
    "interpretation": ("Interpretation: {languages}", "同声传译：{languages}"),
    "head_of_delegation": ("Head of Delegation", "团长"),
    "room": ("Room", "会场"),
    "floor": ("Floor", "楼层"),
    "seats": ("Seats", "座位"),
    "sessions": ("Sessions", "场次"),
    "printed_on": ("Printed {date}", "印制日期：{date}"),
    "all_local_time": ("All times are local time ({zone}).", "所有时间均为当地时间（{zone}）。"),
    "may_change": (
        "The programme may change; the registration desk has the latest version.",
        "日程如有调整，以报到处公布的最新版本为准。",
    ),
    "welcome_default": (
        "Welcome to {event}. This booklet holds the programme day by day, the sessions in "
        "detail, the speakers, the delegations and the rooms.",
        "欢迎参加{event}。本手册包括逐日日程、各场会议详情、演讲嘉宾、代表团名单和会场信息。",
    ),
    "delegations_intro": (
        "The delegations in protocol order, each with its head of delegation first.",
        "各代表团按礼宾顺序排列，团长列于首位。",
    ),
    "delegations_heads_intro": (
        "The delegations in protocol order with their heads of delegation.",
        "各代表团按礼宾顺序排列，并列出团长。",
    ),
    "index_intro": (
        "Page numbers in bold lead to the speaker's biography.",
        "粗体页码为嘉宾简介所在页。",
    ),
    "rooms_note": (
        "Sessions without a room (site visits, breaks) are announced at the registration "
        "desk. Door sheets at each room list its sessions of the day.",
        "未注明会场的活动（参观考察、茶歇等）请留意报到处通知。各会场门口张贴当日日程。",
    ),
    # People in a session.
    "chair": ("Chair", "主席"),
    "chairs": ("Chairs", "主席"),
    "keynote": ("Keynote", "主旨演讲"),
    "keynotes": ("Keynote speakers", "主旨演讲嘉宾"),
    "moderator": ("Moderator", "主持人"),
    "moderators": ("Moderators", "主持人"),
    "panellist": ("Panellist", "对话嘉宾"),
    "panellists": ("Panellists", "对话嘉宾"),
    # The errata sheet.
    "errata": ("Errata", "勘误表"),
    "errata_since": ("Errata since version {number}", "勘误表（第 {number} 版以来的变更）"),
    "when": ("When", "时间"),
    "session": ("Session", "会议"),
    "change": ("Change", "变更"),
    "added": ("Added", "新增"),
    "cancelled": ("Cancelled", "取消"),
    "moved in time": ("New time", "时间调整"),
    "moved to another room": ("New room", "会场调整"),
    "retitled": ("New title", "名称调整"),
    "speakers changed": ("Speakers", "嘉宾调整"),
    "was": ("was", "原为"),
    "now": ("now", "现为"),
    # Door sheets.
    "door_sheets": ("Door sheets", "会场日程"),
    "door_sheet": ("Sessions in this room", "本会场日程"),
    "floor_number": ("Floor {floor}", "楼层 {floor}"),
    # The not-yet-arrived list.
    "not_yet_arrived": ("Not yet arrived", "未报到人员名单"),
    "everyone_arrived": ("Everyone has arrived.", "全部人员均已报到。"),
    "page": ("Page {page}", "第 {page} 页"),
    "not_yet_arrived_count": ("{count} not yet arrived", "{count} 人未报到"),
    # The badge custody receipt.
    "custody_receipt": ("Badge custody receipt", "证件签收单"),
    "delegation": ("Delegation", "代表团"),
    "collected_by": ("Collected by", "领取人"),
    "date_and_time": ("Date and time", "日期和时间"),
    "desk": ("Desk", "报到台"),
    "name": ("Name", "姓名"),
    "native_script": ("Native script", "本国文字姓名"),
    "role": ("Role", "身份"),
    "badge": ("Badge", "证件"),
    "liaison_signature": ("Liaison officer (signature)", "联络员（签字）"),
    "desk_signature": ("Desk (signature)", "报到台工作人员（签字）"),
    "id_checked": ("ID checked (document and number):", "已核验证件（证件类型及号码）："),
    "received": (
        "I received the {badges} listed above and will hand each to its holder.",
        "本人已领取上列{count}张证件，并将逐一转交本人。",
    ),
}

_WEEKDAYS_ZH = "一二三四五六日"


def english(key: str, **values: object) -> str:
    return WORDS[key][0].format(**values)


def chinese(key: str, **values: object) -> str:
    return WORDS[key][1].format(**values)


def both(key: str, **values: object) -> str:
    """ "Delegation 代表团": the label in English then Chinese, on one line."""
    return f"{english(key, **values)}  {chinese(key, **values)}"


def day_english(day: dt.date) -> str:
    """ "Friday 25 July" (the year is on the cover)."""
    return f"{day:%A} {day.day} {day:%B}"


def day_chinese(day: dt.date) -> str:
    """ "7月25日 星期五"."""
    return f"{day.month}月{day.day}日 星期{_WEEKDAYS_ZH[day.weekday()]}"


def check_edition(edition: str) -> str:
    """`edition` if the booklet comes in it.

    Raises:
        ValueError: a sentence naming the editions there are.
    """
    if edition not in EDITIONS:
        raise ValueError(
            f"There is no {edition!r} edition of the booklet: choose one of {', '.join(EDITIONS)}."
        )
    return edition


@dataclass(frozen=True, slots=True)
class Words:
    """The words of one edition: `words(key)` in its language, `words.beneath(key)` in the
    other (the smaller line under a heading)."""

    edition: str = ENGLISH

    @property
    def chinese_first(self) -> bool:
        return self.edition == CHINESE

    def __call__(self, key: str, **values: object) -> str:
        return (chinese if self.chinese_first else english)(key, **values)

    def beneath(self, key: str, **values: object) -> str:
        return (english if self.chinese_first else chinese)(key, **values)

    def title(self, title_en: str, title_zh: str) -> tuple[str, str]:
        """A session's title in this edition and the line beneath ("" when there is none):
        the Chinese edition prints the Chinese title first where the agenda has one."""
        if self.chinese_first and title_zh:
            return title_zh, title_en
        return title_en, title_zh

    def day(self, day: dt.date) -> tuple[str, str]:
        """A day as a heading and the line beneath."""
        if self.chinese_first:
            return day_chinese(day), day_english(day)
        return day_english(day), day_chinese(day)
