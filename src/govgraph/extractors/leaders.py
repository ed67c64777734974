"""Foreign leaders known by name (``data/reference/leaders.json``): the body a bare title before
their name leaves unnamed ("Tổng thống Biden" serves Hoa Kỳ, "Bộ trưởng Shoigu" Bộ Quốc phòng
Nga), whatever country the article happens to name."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..lexicon import entry
from ..reference import Body, RoleDef, load_reference
from ..text import key, normalize, slug
from .titles import country_body, title_words


@dataclass(frozen=True)
class Leader:
    """One leader: the country served (or an international body) and the titles held."""

    name: str
    country: str | None
    body: str | None
    titles: frozenset[str]
    ministry: str | None


@cache
def leaders() -> dict[str, tuple[Leader, ...]]:
    """Every written form of a leader's name -> the leaders written so (a surname may be two
    people's: "Clinton")."""
    ref = load_reference()
    index: dict[str, list[Leader]] = {}
    for row in entry("leaders", "leaders"):
        country = ref.country(row["country"]) if "country" in row else None
        if "country" in row and country is None:
            raise ValueError(f"data/reference/leaders.json: {row['name']}: no country {row['country']!r} in places.json")
        if "body" in row and ref.find_body(row["body"]) is None:
            raise ValueError(f"data/reference/leaders.json: {row['name']}: no body {row['body']!r} in bodies.json")
        leader = Leader(
            normalize(row["name"]),
            country,
            row.get("body"),
            frozenset(key(t) for t in row["titles"]),
            normalize(row["ministry"]) if "ministry" in row else None,
        )
        for form in (row["name"], *row.get("forms", ())):
            index.setdefault(key(form), []).append(leader)
    return {form: tuple(found) for form, found in index.items()}


def leader_body(name: str, role: RoleDef) -> Body | None:
    """The body ``role`` is held in by the leader written ``name``, when a leader of that name
    is known by that title: their country's, their ministry's or their organisation."""
    title = key(role.name)
    for leader in leaders().get(key(name), ()):
        if title not in leader.titles:
            continue
        ref = load_reference()
        if leader.body:
            return ref.find_body(leader.body)
        assert leader.country is not None
        if leader.ministry and key(role.role) in title_words().minister_titles and role.body is None:
            ministry = f"{leader.ministry} {leader.country}"
            return Body(slug(ministry), ministry, (), "ForeignBody")
        return country_body(ref, role, leader.country) or Body(slug(leader.country), leader.country, (), "State")
    return None
