"""Dates: absolute ("ngày 12/01/2022", "12 tháng 1 năm 2022"), partial ("sáng 16/12",
"ngày 25.10", "chiều 5-4"), ranges ("6-8/5/2019") and relative forms ("sáng nay",
"hôm qua", "thứ Hai"), resolved against the publication date."""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..document import DATE, Document
from .registry import register

_NOT_NUM = r"(?<![\d/.\-\w])"
_END = r"(?![\d\w]|[/.\-]\d)"
FULL = re.compile(_NOT_NUM + r"(\d{1,2})\s?([/.\-])\s?(\d{1,2})\2\s?(\d{4})" + _END)
RANGE = re.compile(_NOT_NUM + r"(\d{1,2})\s?[-–]\s?(\d{1,2})\s?([/.])\s?(\d{1,2})(?:\3(\d{4}))?" + _END)
WORDS = re.compile(r"(?i)(?<!\w)(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?(?!\w)")
PARTIAL = re.compile(
    r"(?i)(?<!\w)(sáng|chiều|trưa|tối|đêm|ngày|hôm|rạng sáng|từ ngày|đến ngày)\s+(?:(?:nay|qua)\s+)?\(?"
    r"(\d{1,2})\s?([/.\-])\s?(\d{1,2})" + _END
)
RELATIVE = re.compile(r"(?i)(?<!\w)(?:(sáng|chiều|trưa|tối|đêm)\s+(nay|qua|mai)|(hôm nay|hôm qua|ngày mai|hôm kia))(?!\w)")
WEEKDAY = re.compile(r"(?<!\w)(?:(sáng|chiều|trưa|tối)\s+)?(thứ\s+(Hai|Ba|Tư|Năm|Sáu|Bảy|2|3|4|5|6|7)|[Cc]hủ nhật)(?!\w)")
_WEEKDAYS = {"hai": 0, "2": 0, "ba": 1, "3": 1, "tư": 2, "4": 2, "năm": 3, "5": 3, "sáu": 4, "6": 4, "bảy": 5, "7": 5}


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _partial(anchor: date | None, month: int, day: int) -> date | None:
    """A day and month placed in the year of the anchor (or the year before it)."""
    if anchor is None:
        return None
    found = _make(anchor.year, month, day)
    if found and found > anchor + timedelta(days=62):
        found = _make(anchor.year - 1, month, day)
    return found


def anchor_date(doc: Document) -> date | None:
    """The publication date, else the latest full date the text gives (news reports the latest)."""
    if doc.article.published:
        return doc.article.published
    found = [_make(int(m.group(4)), int(m.group(3)), int(m.group(1))) for m in FULL.finditer(doc.text)]
    return max((d for d in found if d), default=None)


@register("dates", adds=(DATE,))
def extract_dates(doc: Document) -> None:
    """Add a DATE mention with an ISO ``date`` (and ``end`` for ranges) for each date."""
    anchor = anchor_date(doc)
    doc.anchor_date = anchor
    published = doc.article.published
    taken: list[tuple[int, int]] = []

    def add(begin: int, stop: int, when: date | None, **extra: object) -> None:
        if when is None or any(s < stop and begin < e for s, e in taken):
            return
        taken.append((begin, stop))
        doc.add(DATE, begin, stop, date=when.isoformat(), **extra)

    text = doc.text
    for m in RANGE.finditer(text):
        year = int(m.group(5)) if m.group(5) else None
        month = int(m.group(4))
        start = _make(year, month, int(m.group(1))) if year else _partial(anchor, month, int(m.group(1)))
        end = _make(year, month, int(m.group(2))) if year else _partial(anchor, month, int(m.group(2)))
        if start and end and start < end:
            add(m.start(), m.end(), start, until=end.isoformat())
    for m in FULL.finditer(text):
        add(m.start(), m.end(), _make(int(m.group(4)), int(m.group(3)), int(m.group(1))))
    for m in WORDS.finditer(text):
        day, month = int(m.group(1)), int(m.group(2))
        add(m.start(), m.end(), _make(int(m.group(3)), month, day) if m.group(3) else _partial(anchor, month, day))
    for m in PARTIAL.finditer(text):
        add(m.start(), m.end(), _partial(anchor, int(m.group(4)), int(m.group(2))))
    if published:
        for m in RELATIVE.finditer(text):
            word = (m.group(2) or m.group(3) or "").lower()
            shift = {"nay": 0, "hôm nay": 0, "qua": -1, "hôm qua": -1, "mai": 1, "ngày mai": 1, "hôm kia": -2}[word]
            add(m.start(), m.end(), published + timedelta(days=shift), relative=True)
        for m in WEEKDAY.finditer(text):
            word = m.group(2).lower()
            target = 6 if word.startswith("chủ") else _WEEKDAYS[m.group(3).lower()]
            back = (published.weekday() - target) % 7
            add(m.start(), m.end(), published - timedelta(days=back), relative=True)
