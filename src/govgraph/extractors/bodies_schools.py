"""Organs of a school written with the bare word "trường" ("Hội đồng trường", "Đảng ủy Trường",
"Công đoàn trường"): in a story about one school they are that school's.

The organs and their kinds are ``school_organs`` in ``heads.json``; the heads of schools' names
are its ``school`` and ``universities``."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from .. import lexicon
from ..reference import Body
from ..text import normalize, slug
from .bodies_rules import Candidate, Priority, Scan, either


@cache
def _school_organ_re() -> re.Pattern[str]:
    """An organ and the bare word "trường", with no school's name after it."""
    heads = lexicon.table("heads")
    organs = [normalize(o).rsplit(" ", 1)[0] for o in heads["school_organs"]]
    named = either([heads["school"], heads["school"].lower(), *heads["universities"]])
    return re.compile(rf"(?<!\w)({either(organs)})[ \t]+([Tt]rường)(?!\w)(?![ \t]*(?:{named}|[A-ZĐ]))")


def school_organs(scan: Scan, chosen: list[Candidate]) -> None:
    """Give each organ written with the bare word "trường" the one school the article names
    (or the one its headline names), in place of any body read from those words alone."""
    matches = list(_school_organ_re().finditer(scan.text))
    if not matches:
        return
    school = _sole_school(chosen, scan.doc.body_start)
    if school is None:
        return
    kinds = {normalize(k).lower(): v for k, v in lexicon.table("heads")["school_organs"].items()}
    own = f"{lexicon.table('heads')['school']} "
    for m in matches:
        organ = f"{normalize(m.group(1))} trường"
        name = f"{organ} {school.name.removeprefix(own)}"
        surface = normalize(m.group(0))
        body = Body(slug(name), name, (surface,), kinds.get(organ.lower(), "GovernmentBody"), school.id)
        chosen[:] = [c for c in chosen if c.end <= m.start() or m.end() <= c.start]
        chosen.append(Candidate(m.start(), m.end(), body, Priority.BARE))


def _sole_school(chosen: list[Candidate], body_start: int) -> Body | None:
    """The one school or university the article names ("Trường X" and "X" are one school), or
    the one its headline names when it names several; the form named most."""
    heads = lexicon.table("heads")
    own = f"{heads['school']} "
    prefixes = tuple(f"{h} " for h in (heads["school"], *heads["universities"]))
    schools = [c for c in chosen if c.body.name.startswith(prefixes) and c.body.name != own.strip()]
    keys = {c.body.id: c.body.name.removeprefix(own) for c in schools}
    if len(set(keys.values())) > 1:
        headline = {keys[c.body.id] for c in schools if c.start < body_start}
        if len(headline) != 1:
            return None
        schools = [c for c in schools if keys[c.body.id] in headline]
    most = Counter(c.body.id for c in schools).most_common(1)
    return next(c.body for c in schools if c.body.id == most[0][0]) if most else None
