"""What each kind of mention carries in ``Mention.value``, and each relation in ``Relation.value``.

Extractors fill these dicts and ``resolve`` reads them; the TypedDicts below are the one place
that says which keys exist, so a key read but never set (or set under another name) shows up
in :func:`payload_problems` and in the test that runs it over the sample articles.
"""

from __future__ import annotations

from typing import Any, TypedDict, get_type_hints

from .reference import Body


class PersonValue(TypedDict, total=False):
    name: str  # the name as written, without title or honorific
    short: bool  # a given name alone ("ông Chính"): joins the full name it shortens
    single: bool  # one word after a title ("Thủ tướng Chính")
    sex: str | None  # "f" after "bà", "m" after "ông": whose full name a one-word name may shorten


class RoleValue(TypedDict, total=False):
    role: str  # the role's canonical title ("Bộ trưởng")
    base: str | None  # the title it is a variant of ("Ngoại trưởng" -> "Bộ trưởng")
    title: str  # the post's name as the text gives it
    body: Body | None  # the body the post is in
    named_by: str  # how the title names its body: "sector", "province", "country", "title" …
    standalone: bool  # a post with no body ("Tổng Bí thư")
    implied: bool  # a post implied by a title named in full earlier in the article
    bare: bool  # a title used alone, resolved to its one holder
    closed: bool  # a span of years that ended before the article follows the title: the post is over


class OrgValue(TypedDict):
    body: Body
    id: str


class PlaceValue(TypedDict, total=False):
    name: str
    kind: str  # "country", "province", "city", "venue", "region", "locality" …
    body: str  # id of the body whose seat the place is


class DateValue(TypedDict, total=False):
    date: str  # ISO date
    until: str  # end of a range, ISO date
    relative: bool  # counted from the publication date ("hôm qua", "sáng nay")


class PolicyValue(TypedDict, total=False):
    type: str  # kind of document ("Nghị quyết")
    number: str  # its number as written ("18-NQ/TW")
    name: str
    issuer: str | None  # id of the issuing body the number or text gives
    date: str
    subject: str  # "về việc …"


class EventValue(TypedDict, total=False):
    kind: str  # the head of the event ("Hội nghị", "Kỳ họp")
    name: str
    primary: bool  # the mention that stands for the event (others of its group refer to it)
    group: int  # mentions of one event share a group
    verb: bool  # found from a verb ("tiếp", "hội đàm") rather than a noun
    host: str  # who receives, for receptions: two receptions on one day are two events
    date: str


class HoldsValue(TypedDict, total=False):
    ended: bool  # the post is no longer held
    explicit: bool  # the text says it ended (rather than "nguyên" alone)
    appointed: bool  # the article reports the appointment or election
    earlier: bool  # appointed in a sentence told as before the article's news ("Trước đó, … được bổ nhiệm")
    career: bool  # one of a career summary's posts ("trải qua các vị trí X, Y"): not told held now, nor ended


MENTION_PAYLOADS: dict[str, type] = {
    "PERSON": PersonValue,
    "ROLE": RoleValue,
    "ORG": OrgValue,
    "PLACE": PlaceValue,
    "DATE": DateValue,
    "POLICY": PolicyValue,
    "EVENT": EventValue,
}


class RetiredValue(TypedDict, total=False):
    at: int  # where the retirement is told: the posts the text gave before it are over


RELATION_PAYLOADS: dict[str, type] = {"holds": HoldsValue, "retired": RetiredValue}


def payload_problems(label: str, value: dict[str, Any], table: dict[str, type] = MENTION_PAYLOADS) -> list[str]:
    """Keys of ``value`` its label's payload does not declare, or whose value has another type
    (labels with no declared payload are not checked)."""
    declared = table.get(label)
    if declared is None:
        return []
    hints = get_type_hints(declared)
    problems = []
    for name, item in value.items():
        if name not in hints:
            problems.append(f"{label}: undeclared key {name!r}")
        elif not _fits(item, hints[name]):
            problems.append(f"{label}: {name}={item!r} is not {hints[name]}")
    return problems


def _fits(item: Any, hint: Any) -> bool:
    options = getattr(hint, "__args__", None) or (hint,)
    return any(item is None if option is type(None) else isinstance(item, option) for option in options)
