"""Dates: absolute ("ngày 12/01/2022", "12 tháng 1 năm 2022"), partial ("sáng 16/12",
"ngày 25.10", "chiều 5-4"), ranges ("6-8/5/2019") and relative forms ("sáng nay",
"hôm qua", "thứ Hai"), resolved against the publication date.

The words come from ``data/reference/dates.json``; this module holds the shapes of dates."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from ..document import DATE, Document
from ..lexicon import alternatives, entry
from ..text import normalize
from .registry import register

_NOT_NUM = r"(?<![\d/.\-\w])"
_END = r"(?![\d\w]|[/.\-]\d)"
FULL = re.compile(_NOT_NUM + r"(\d{1,2})\s?([/.\-])\s?(\d{1,2})\2\s?(\d{4})" + _END)
RANGE = re.compile(_NOT_NUM + r"(\d{1,2})\s?[-–]\s?(\d{1,2})\s?([/.])\s?(\d{1,2})(?:\3(\d{4}))?" + _END)


@dataclass(frozen=True)
class DatePatterns:
    """The date shapes that need words, compiled from the data once."""

    words: re.Pattern[str]  # "12 tháng 1 năm 2022": groups day, month, year
    partial: re.Pattern[str]  # "sáng 16/12": groups day (2) and month (4)
    relative: re.Pattern[str]  # "sáng nay", "hôm qua": the relative word in group 2 or 3
    weekday: re.Pattern[str]  # "thứ Hai", "chủ nhật": the weekday in group 3, none for Sunday
    shifts: dict[str, int]  # relative word (lower case) -> days from the publication date
    weekdays: dict[str, int]  # weekday as written -> day of the week (0 is Monday)
    number_lead: re.Pattern[str]  # "vào", "hôm" right before a weekday written as a number


def _shifts(field: str) -> dict[str, int]:
    return {normalize(word).lower(): shift for word, shift in entry("dates", field).items()}


@cache
def patterns() -> DatePatterns:
    """The date patterns built from ``dates.json``."""

    def alt(field: str) -> str:
        return alternatives("dates", field)

    def keys(field: str) -> str:
        ordered = sorted((normalize(k) for k in entry("dates", field)), key=len, reverse=True)
        return "(?:" + "|".join(re.escape(k) for k in ordered) + ")"

    day_parts = f"(?:{alt('parts_of_day')}|{alt('night')})"
    return DatePatterns(
        words=re.compile(
            rf"(?i)(?<!\w)(?:{alt('day')}\s+)?(\d{{1,2}})\s+{alt('month')}\s+(\d{{1,2}})(?:\s+{alt('year')}\s+(\d{{4}}))?(?!\w)"
        ),
        partial=re.compile(
            rf"(?i)(?<!\w)({day_parts}|{alt('date_leads')})\s+(?:{alt('before_date')}\s+)?\(?"
            r"(\d{1,2})\s?([/.\-])\s?(\d{1,2})" + _END
        ),
        relative=re.compile(rf"(?i)(?<!\w)(?:({day_parts})\s+({keys('after_part_of_day')})|({keys('relative_days')}))(?!\w)"),
        weekday=re.compile(
            rf"(?<!\w)(?:({alt('parts_of_day')})\s+)?({alt('weekday')}\s+({keys('weekdays')})|{alt('sunday')})(?!\w)"
        ),
        shifts={**_shifts("after_part_of_day"), **_shifts("relative_days")},
        weekdays={normalize(day): number for day, number in entry("dates", "weekdays").items()},
        number_lead=re.compile(rf"(?i)(?<!\w){alt('number_weekday_leads')}\s+$"),
    )


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


class _Dates:
    """The DATE mentions of one document; a date overlapping one found before is skipped."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.taken: list[tuple[int, int]] = []

    def add(self, begin: int, stop: int, when: date | None, **extra: object) -> None:
        if when is None or any(s < stop and begin < e for s, e in self.taken):
            return
        self.taken.append((begin, stop))
        self.doc.add(DATE, begin, stop, date=when.isoformat(), **extra)


@register("dates", adds=(DATE,))
def extract_dates(doc: Document) -> None:
    """Add a DATE mention with an ISO ``date`` (and ``end`` for ranges) for each date."""
    anchor = anchor_date(doc)
    doc.anchor_date = anchor
    found = _Dates(doc)
    _absolute_dates(found, anchor)
    if doc.article.published:
        _relative_dates(found, doc.article.published)


def _absolute_dates(found: _Dates, anchor: date | None) -> None:
    """Ranges, full dates, dates in words and days with a month only, in that order."""
    text = found.doc.text
    pats = patterns()
    for m in RANGE.finditer(text):
        year = int(m.group(5)) if m.group(5) else None
        month = int(m.group(4))
        start = _make(year, month, int(m.group(1))) if year else _partial(anchor, month, int(m.group(1)))
        end = _make(year, month, int(m.group(2))) if year else _partial(anchor, month, int(m.group(2)))
        if start and end and start < end:
            found.add(m.start(), m.end(), start, until=end.isoformat())
    for m in FULL.finditer(text):
        found.add(m.start(), m.end(), _make(int(m.group(4)), int(m.group(3)), int(m.group(1))))
    for m in pats.words.finditer(text):
        day, month = int(m.group(1)), int(m.group(2))
        found.add(m.start(), m.end(), _make(int(m.group(3)), month, day) if m.group(3) else _partial(anchor, month, day))
    for m in pats.partial.finditer(text):
        found.add(m.start(), m.end(), _partial(anchor, int(m.group(4)), int(m.group(2))))


def _relative_dates(found: _Dates, published: date) -> None:
    """Days named relative to the publication date ("hôm qua") and weekdays ("thứ Hai")."""
    text = found.doc.text
    pats = patterns()
    for m in pats.relative.finditer(text):
        word = (m.group(2) or m.group(3) or "").lower()
        found.add(m.start(), m.end(), published + timedelta(days=pats.shifts[word]), relative=True)
    for m in pats.weekday.finditer(text):
        if not _is_weekday(text, m):
            continue
        target = 6 if m.group(3) is None else pats.weekdays[m.group(3)]
        back = (published.weekday() - target) % 7
        found.add(m.start(), m.end(), published - timedelta(days=back), relative=True)


def _is_weekday(text: str, m: re.Match[str]) -> bool:
    """A weekday written as a number ("thứ 5") is one only after a part of the day or a lead
    word ("sáng thứ 5", "vào thứ 6"): otherwise it is an ordinal ("kỳ họp thứ 5", "lần thứ 6")."""
    if m.group(1) or m.group(3) is None or not m.group(3).isdigit():
        return True
    return bool(patterns().number_lead.search(text[max(0, m.start() - 12) : m.start()]))
