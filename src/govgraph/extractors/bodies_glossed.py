"""Short names an article gives its bodies: "Kho bạc Nhà nước (KBNN) tỉnh Phú Yên", then
"Phó Giám đốc KBNN tỉnh Phú Yên"; "Liên đoàn Bóng chuyền Việt Nam (VFV)", then "Chủ tịch VFV".
The short name, used anywhere else in the article, names that body."""

from __future__ import annotations

import re

from ..reference import Body
from .bodies_rules import Candidate, Priority, Scan

# a short name in brackets: capitals (at least two), digits, "&" or "-" ("KBNN", "VH-TT&DL", "BHXH")
_GLOSS = re.compile(r"\((?=(?:[^()]*[A-ZĐ]){2})([A-ZĐ][A-Za-zĐđ0-9&\-]{1,11})\)")
_GLOSS_AFTER = re.compile(r"[ \t]?" + _GLOSS.pattern)  # right after the body's name
_ROMAN = re.compile(r"[IVXLC]+")


def glossed_bodies(scan: Scan, chosen: list[Candidate]) -> None:
    """Add a candidate wherever a short name the article glossed in brackets after a body (or
    inside its name, before the province) is used again, and nothing else is read there."""
    glosses = _glosses(scan, chosen)
    text = scan.text
    for short, (body, tail) in glosses.items():
        use = re.compile(rf"(?<![\w&./\-]){re.escape(short)}(?![\w&/\-]|\.\w)")
        for m in use.finditer(text):
            end = m.end()
            if tail:  # "KBNN tỉnh Phú Yên": the short name stands for the name before its province
                after = re.match(rf"[ \t]+{re.escape(tail)}(?!\w)", text[end:])
                if after is None:
                    continue
                end += after.end()
            if all(c.end <= m.start() or end <= c.start for c in chosen):
                chosen.append(Candidate(m.start(), end, body, Priority.BARE))


def _glosses(scan: Scan, chosen: list[Candidate]) -> dict[str, tuple[Body, str]]:
    """Each short name glossed once, or for one body only, with the words of the name after it
    ("tỉnh Phú Yên" when the gloss sits inside the name); names of other listed bodies and
    Roman numerals ("(XIII)") are no glosses."""
    text, ref = scan.text, scan.ref
    found: dict[str, set[tuple[Body, str]]] = {}
    for c in chosen:
        if not c.body.id:
            continue
        after = _GLOSS_AFTER.match(text, c.end)
        inside = _GLOSS.search(text, c.start, c.end)
        if after is not None:
            short, tail = after.group(1), ""
        elif inside is not None and inside.start() > c.start:
            short, tail = inside.group(1), " ".join(text[inside.end() : c.end].split())
        else:
            continue
        if _ROMAN.fullmatch(short):
            continue
        known = ref.find_body(short)
        if known is not None and known.id != c.body.id:
            continue
        found.setdefault(short, set()).add((c.body, tail))
    return {short: next(iter(bodies)) for short, bodies in found.items() if len({b.id for b, _ in bodies}) == 1}
