"""Organs of a school written with the bare word "trường" ("Hội đồng trường", "Đảng ủy Trường",
"Công đoàn trường"): in a story about one school they are that school's.

The organs and their kinds are ``school_organs`` in ``heads.json``; the heads of schools' names
are its ``school`` and ``universities``."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
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
    school = sole_school(((c.body, c.start) for c in chosen), scan.doc.body_start)
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


def sole_school(named: Iterable[tuple[Body, int]], body_start: int) -> Body | None:
    """The one school or university among the bodies named (each with where it is named), or
    the one the headline names when they are several ("Trường X" and "X" are one school); its
    form named most."""
    heads = lexicon.table("heads")
    own = f"{heads['school']} "
    prefixes = tuple(f"{h} " for h in (heads["school"], *heads["universities"]))
    schools = [(b, at) for b, at in named if b.name.startswith(prefixes)]
    keys = {b.id: b.name.removeprefix(own) for b, _ in schools}
    if len(set(keys.values())) > 1:
        headline = {keys[b.id] for b, at in schools if at < body_start}
        if len(headline) != 1:
            return None
        schools = [(b, at) for b, at in schools if keys[b.id] in headline]
    most = Counter(b.id for b, _ in schools).most_common(1)
    return next(b for b, _ in schools if b.id == most[0][0]) if most else None
