"""Company boards not named after a body found by a head noun: the board of a company named by
its brand ("HĐQT Eximbank", "Chủ tịch HĐQT Hòa Phát"), and a board written alone or with a
common noun ("HĐQT", "Hội đồng quản trị", "HĐQT tập đoàn"), which is the board the article
names most.

The board words are ``boards`` in ``heads.json``; the common nouns after a board that stand for
its company are ``board_owners``."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from .. import lexicon
from ..reference import Body
from ..text import normalize, slug
from .bodies_names import caps_run
from .bodies_rules import Candidate, Priority, Scan, either


@cache
def _bare_board_re() -> re.Pattern[str]:
    """A board word, with the common noun for its company after it ("HĐQT tập đoàn")."""
    heads = lexicon.table("heads")
    owners = either(heads["board_owners"])
    return re.compile(rf"(?<!\w)({either(heads['boards'])})(?:\s+({owners}))?(?!\w)(\s+[^\W\d_])?")


@cache
def _head_re() -> re.Pattern[str]:
    """A head noun of a body's name, however the text goes on after it ("Tập đoàn,")."""
    return re.compile(rf"{either(lexicon.table('heads')['heads'])}(?!\w)")


def brand_boards(scan: Scan) -> list[Candidate]:
    """ "HĐQT Eximbank": the board of a company named by capitalised words that no finder read
    as a body; the company is its parent, named inside it."""
    pats, text = scan.pats, scan.text
    taken = {c.start for c in scan.found if c.body.id}
    out: list[Candidate] = []
    for m in pats.party_of.finditer(text):
        head = normalize(m.group(1))
        if head not in pats.boards or m.end() in taken:
            continue
        named = _brand(scan, m.end())
        if named is None:
            continue
        brand, end = named
        company = Body(slug(brand), brand, (), "GovernmentBody")
        name = f"{pats.boards[head]} {brand}"
        surface = normalize(text[m.start() : end])
        board = Body(slug(name), name, (surface,) if surface != name else (), "GovernmentBody", company.id)
        out.append(Candidate(m.start(), end, board, Priority.COMMITTEE))
        out.append(Candidate(m.end(), end, company, Priority.GENERIC))
    return out


def _brand(scan: Scan, pos: int) -> tuple[str, int] | None:
    """The company's name from ``pos``: up to three capitalised words, ending before a person's
    name or a title; None when a person's name or a title follows the board word directly."""
    ref, text = scan.ref, scan.text
    run = caps_run(text, pos, 4)
    words: list[tuple[str, int]] = []
    for i, (word, end) in enumerate(run):
        start = end - len(word)
        starts_person = word in ref.surnames and len(run) - i >= 2
        if starts_person or ref.role_re.match(text, start) or ref.province_re.match(text, start):
            break
        if not any(c.isalpha() for c in word) or scan.ref.term_re.match(text, start):
            break
        words.append((word, end))
    if not words or _head_re().match(text, pos):
        return None  # "HĐQT Công ty đầu tư …": a body by head noun the name finder could not read
    words = words[:3]
    brand = " ".join(w for w, _ in words)
    if len(re.findall(rf"(?<!\w){re.escape(brand)}(?!\w)", text)) < 2:
        return None  # a brand is named again in its article; a name seen once may be glued to the next word
    return brand, words[-1][1]


def bare_boards(scan: Scan, chosen: list[Candidate]) -> None:
    """ "HĐQT", "HĐQT tập đoàn" alone: the board of that kind the article names most (none on a
    tie), else the board of the group it names most, or of the one company it names."""
    pats = scan.pats
    for m in _bare_board_re().finditer(scan.text):
        if (m.group(2) and m.group(3) and m.group(3).strip().isupper()) or not all(
            c.end <= m.start() or m.end() <= c.start for c in chosen
        ):
            continue  # "HĐQT tập đoàn Hòa Phát": a company named in lower case, not the one named before
        if _elsewhere().match(scan.text, m.end(1)):
            continue  # "Chủ tịch HĐQT khá nhiều công ty khác": other companies' boards
        canonical = pats.boards[normalize(m.group(1))]
        body = _most_named(chosen, canonical + " ")
        if body is None and m.group(2):  # "HĐQT tập đoàn": the board of the group the article names most
            owner = _most_named(chosen, m.group(2)[0].upper() + m.group(2)[1:] + " ")
        elif body is None and not (m.group(3) and m.group(3).strip().isupper()) and not _title_follows(scan, m.end(1)):
            # "HĐQT" alone: the board of the one company, bank or group the article names
            # ("Tập đoàn Hòa Phát … ông X - Chủ tịch HĐQT"), never a guess between two; not where
            # the next title names it ("Chủ tịch HĐTV kiêm Giám đốc Công ty X")
            owner = _sole_owner(chosen, scan.doc.body_start)
        else:
            owner = None
        if owner is not None:
            name = f"{canonical} {owner.name}"
            body = Body(slug(name), name, (), owner.kind, owner.id)
        if body is not None:
            surface = normalize(scan.text[m.start() : m.end(2) if m.group(2) else m.end(1)])
            board = Body(body.id, body.name, (*body.aliases, surface), body.kind, body.parent)
            chosen.append(Candidate(m.start(), m.start() + len(surface), board, Priority.BARE))


@cache
def _elsewhere() -> re.Pattern[str]:
    """Words of quantity after a board written alone ("khá nhiều", "tại các")."""
    return re.compile(rf"\s+(?:{either(lexicon.table('heads')['boards_elsewhere'])})(?!\w)")


def _title_follows(scan: Scan, pos: int) -> bool:
    """True when another title follows at ``pos`` after a comma or "kiêm"."""
    m = _JOINED.match(scan.text, pos)
    return m is not None and scan.ref.role_re.match(scan.text, m.end()) is not None


_JOINED = re.compile(r"\s*(?:,|kiêm)\s*")


def _sole_owner(chosen: list[Candidate], body_start: int) -> Body | None:
    """The one company, bank or group the article names, or the one its headline names when it
    names several; None otherwise."""
    kinds = tuple(k[0].upper() + k[1:] + " " for k in lexicon.table("heads")["board_owners"])
    owners = [c for c in chosen if c.body.name.startswith(kinds)]
    if len({c.body.id for c in owners}) > 1:
        owners = [c for c in owners if c.start < body_start]
    return owners[0].body if len({c.body.id for c in owners}) == 1 else None


def _most_named(chosen: list[Candidate], *prefixes: str) -> Body | None:
    """The body whose name starts with one of ``prefixes`` that the article names most, and more
    than once: a board or company named once may be one of several the article passes over."""
    counts = Counter(c.body.id for c in chosen if c.body.name.startswith(prefixes))
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return next(c.body for c in chosen if c.body.id == ranked[0][0])
