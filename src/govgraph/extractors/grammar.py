"""The grammar of Vietnamese titles, applied to a chunked sentence.

One function per rule, once the names are read (:mod:`.person_names`): titles before a
name ("Thủ tướng Phạm Minh Chính"); the appositive chain after it ("Phạm Minh Chính, Ủy viên
Bộ Chính trị, Thủ tướng Chính phủ"); appointments and endings later in the clause ("được
bầu giữ chức", "thôi giữ chức"); one plural title for a list of names; titles given to a
person named after them ("... đối với ông X"); and the post of a person replaced ("thay
ông X"). The small words the rules read come from ``cues.json`` and ``roles.json``.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from .. import lexicon
from ..document import ORG, PLACE, ROLE, Document, Mention
from ..lexicon import alternatives
from ..reference import GENERIC_BODY, Body, Reference, RoleDef, load_reference
from ..text import key, normalize, slug, syllable
from ..vocabulary import RETIRED
from .bodies_rules import patterns
from .bodies_schools import sole_school
from .chunker import Chunk
from .leaders import leader_body
from .person_names import fronted_end, read_names, retirement_at
from .reading import HOLDS, Reading, grammar_words
from .titles import company_board, foreign_body, owner_after_of, title_words


def read_sentence(doc: Document, ref: Reference, chunks: list[Chunk]) -> None:
    """Apply the rules to one chunked sentence: PERSON and ROLE mentions, ``holds`` relations."""
    reading = Reading(doc, chunks)
    read_names(reading, ref)
    read_titles(reading)
    names = [i for i, c in enumerate(chunks) if c.kind == "NAME"]
    subjects = [
        i for i in names if not chunks[i].value.get("possessive") and not _replaced_name(chunks, i) and not _agent_name(chunks, i)
    ]
    past = _past_sentence(chunks, doc.anchor_date)
    # "Trước đó, ông X được bổ nhiệm …": an appointment before the article's news
    earlier = not past and len(chunks) > 1 and chunks[0].kind == "FORMER" and chunks[1].kind == "SEP"
    for n in names:
        j = titles_before(reading, n)
        titles_after(reading, n, replaced=j >= 0 and chunks[j].kind == "REPLACE")
        if n in subjects:
            group = _coordinated(chunks, n)
            for person in group:
                changes(reading, group[-1], subjects, person, past=past, earlier=earlier)
    plural_lists(reading)
    identities(reading)
    targets(reading)
    replacements(reading)
    handovers(reading)
    promotions(reading)
    retirements(reading, subjects)
    for i, mention in reading.roles.items():
        if i not in reading.assigned:
            mention.value["bare"] = True


def read_titles(reading: Reading) -> None:
    """Rule 2: every title becomes a ROLE mention, with a body shared from the next title
    when it has none of its own."""
    for i, c in enumerate(reading.chunks):
        if c.kind != "ROLE":
            continue
        role: RoleDef = c.value["role"]
        body: Body | None = c.value["body"]
        if body is None and c.value["how"] == "party":
            body = _party_of_next(reading.chunks, i, doc=reading.doc)
        elif body is None and key(role.name) in title_words().party_members:
            body = _party_of_next(reading.chunks, i, title_words().party_members[key(role.name)], reading.doc)
        elif body is not None and key(body.name) in title_words().bare_party_bodies:
            # "Ủy viên Ban Thường vụ Đảng ủy, Phó Hiệu trưởng Trường X": the organ of the next title's body
            body = _party_of_next(reading.chunks, i, normalize(body.name), reading.doc) or body
        elif body is None and c.value["how"] == "board":
            body = _board_of_next(reading.chunks, i) or _board_named_before(reading.chunks, i)
        elif body is None:
            body = (
                _body_after_of(reading.chunks, i)
                or _shared_body(reading.chunks, i)
                or _sole_ministry(reading.doc, role)
                or _sole_school(reading.doc, role)
            )
        end = c.end
        if body is None and c.value["how"] == "" and (sole := _sole_of_head(reading.doc, c.end, c.start)) is not None:
            body, end = sole
        elif body is not None and (inside := _unit_inside(reading.chunks, i, body)) is not None:
            body, end = inside
        implied = c.value["implied"] and not role.names_body
        if c.value["how"] == "":
            body, implied = _bare_title_before(reading, i, role, body, implied)
        elif c.value["how"] == "sector" and body is not None:
            body = _foreign_minister(reading, i, body)
        reading.roles[i] = reading.doc.add(
            ROLE,
            c.start,
            end,
            role=role.role,
            base=role.base,
            title=role.role if role.short_form else role.name,
            body=body,
            standalone=role.standalone,
            implied=implied,
            named_by=c.value["how"] or ("title" if role.names_body else ""),
            closed=_closed_span_after(reading.doc, c.start, end),
        )


def titles_before(reading: Reading, n: int) -> int:
    """Rule 3: the titles right before a name (past honorifics and ranks), a chain of them
    joined by commas or "và"; "nguyên" before the chain ends them all, and so does an ending
    verb right after the name ("đã từ chức"). Returns the index of the chunk before the chain."""
    chunks = reading.chunks
    j = n - 1
    while j >= 0 and chunks[j].kind in ("HON", "RANK"):
        j -= 1
    if _fronted(reading, n, j):
        j -= 1
    pre = []
    while j >= 0 and chunks[j].kind == "ROLE":
        pre.append(j)
        if _chained_before(reading, j):
            j -= 2
            continue
        break
    former = j >= 1 and chunks[j - 1].kind == "FORMER"
    # "Chủ tịch UBND tỉnh X Nguyễn Văn A đã từ chức": an ending verb right after the name
    retired = bool(pre) and _ending_follows(chunks, n + 1)
    for r in pre:
        marked = former or _former_before(chunks, r)
        reading.give(n, r, ended=marked or retired, explicit=marked or retired)
    return j


def _fronted(reading: Reading, n: int, j: int) -> bool:
    """True when a title opening the clause is set off by a comma or a dash from the honorific
    and name it describes: "Bí thư Tỉnh ủy Hà Nam, bà Lê Thị Thủy, yêu cầu ..."; "Ngoại trưởng
    Indonesia, bà Retno Marsudi cho biết"; "Chủ tịch UBND tỉnh X - Nguyễn Văn A, đã ký". A
    title after a verb or a preposition ("chỉ trích nhằm vào Thủ tướng, ông X") is not the
    name's."""
    chunks = reading.chunks
    if not (j >= 1 and j < n and _set_off(chunks[j]) and chunks[j - 1].kind == "ROLE") or j - 1 in reading.assigned:
        return False
    if chunks[j + 1].kind not in ("HON", "RANK") and not (j + 1 == n and n + 1 < len(chunks) and _set_off(chunks[n + 1])):
        return False  # a bare name must be set off on both sides: "Chủ tịch UBND tỉnh X, Nguyễn Văn A, cho biết"
    start = j - 1
    while _chained_before(reading, start):
        start -= 2
    if start >= 1 and chunks[start - 1].kind == "FORMER":
        start -= 1
    return start == 0 or chunks[start - 1].kind == "SEP"


def _set_off(chunk: Chunk) -> bool:
    """A comma or a dash between a fronted title and its name."""
    return chunk.kind == "DASH" or (chunk.kind == "SEP" and chunk.text == ",")


def _chained_before(reading: Reading, j: int) -> bool:
    """True when the title at ``j`` continues a chain of titles before it ("Ủy viên Bộ Chính
    trị, Thủ tướng ..."). A semicolon ends the chain, and so does a title already given to a
    name before it: in "ông A, Giám đốc Sở X; Phó Chủ tịch UBND tỉnh Y B" the first title is A's."""
    chunks = reading.chunks
    return (
        j - 2 >= 0
        and chunks[j - 1].kind in ("SEP", "AND")
        and chunks[j - 1].text != ";"
        and chunks[j - 2].kind == "ROLE"
        and j - 2 not in reading.assigned
        and not (j - 3 >= 0 and chunks[j - 3].text in grammar_words().object_markers)
    )


def titles_after(reading: Reading, n: int, *, replaced: bool) -> None:
    """Rule 4: the appositive chain after a name. The person replaced ("thay ông X, Thứ
    trưởng ...") and one who "đã nghỉ hưu" right after the chain held those titles before."""
    chunks = reading.chunks
    apposed, k = _apposition(chunks, n)
    retired = _ending_follows(chunks, k)
    carried = False
    for r in apposed:
        # "nguyên" ends the title it stands before ("nguyên Thứ trưởng Bộ Nội vụ, Chủ tịch Hội X"
        # chairs X now), and the next one too when the first shares its body ("nguyên Chủ tịch
        # HĐQT, Giám đốc Công ty X")
        former = _former_before(chunks, r) or carried
        role: RoleDef = chunks[r].value["role"]
        carried = former and chunks[r].value["body"] is None and not (role.standalone or role.body)
        reading.give(n, r, ended=replaced or retired or former, explicit=retired or former)


def _apposition(chunks: list[Chunk], n: int) -> tuple[list[int], int]:
    """The titles set off after a name by a comma, dash or bracket (or by nothing, where the
    comma is left out), and the index after them."""
    apposed: list[int] = []
    k = _skip_aside(chunks, n + 1)
    glued = k < len(chunks) and chunks[k].kind == "ROLE" and not (k + 1 < len(chunks) and chunks[k + 1].kind == "NAME")
    if k >= len(chunks) or (chunks[k].kind not in ("SEP", "DASH", "LP") and not glued):
        return apposed, k
    if not glued:  # "ông A Chủ tịch UBND thành phố nhấn mạnh": a title right after the name, its comma left out
        k += 1
    while k < len(chunks):
        k = _skip_aside(chunks, k)
        if k >= len(chunks):
            break
        if chunks[k].kind == "FORMER":  # "nguyên Tổng thư ký": the title after it is ended
            k += 1
            continue
        if chunks[k].kind != "ROLE" or (k + 1 < len(chunks) and chunks[k + 1].kind == "NAME"):
            break  # the end of the chain, or the title of the next name
        if not apposed and not glued and _subject_of_next_clause(chunks, n, k):
            break
        apposed.append(k)
        k += 1
        if k < len(chunks) and chunks[k].text == ";" and _titles_of_next_name(chunks, k + 1):
            break
        if k < len(chunks) and (
            chunks[k].kind in ("SEP", "AND", "DASH")
            or (chunks[k].kind == "APPOINT" and chunks[k].text.lower() in grammar_words().joint)
        ):
            k += 1
            continue
        break
    return apposed, k


def _subject_of_next_clause(chunks: list[Chunk], n: int, k: int) -> bool:
    """True when the bare title at ``k``, after the comma that follows the name ``n``, opens the
    next clause as its subject ("Ghi nhận ý kiến của Bộ trưởng Thể, Thủ tướng nêu rõ"): the
    name has its title before it, and a plain word follows the bare title with no comma."""
    before = n - 1
    while before >= 0 and chunks[before].kind in ("HON", "RANK"):
        before -= 1
    bare = chunks[k].value["body"] is None or chunks[k].value["implied"]
    return before >= 0 and chunks[before].kind == "ROLE" and bare and k + 1 < len(chunks) and chunks[k + 1].kind == "WORD"


def _titles_of_next_name(chunks: list[Chunk], k: int) -> bool:
    """True when the titles from ``k`` lead to a name of their own: after "Đại tướng A, Ủy viên
    Bộ Chính trị; Ủy viên Trung ương Đảng, Phó Chủ tịch nước B" the titles after the semicolon
    are B's."""
    while k < len(chunks) and (chunks[k].kind == "ROLE" or (chunks[k].kind in ("SEP", "AND") and chunks[k].text != ";")):
        k += 1
    while k < len(chunks) and chunks[k].kind in ("HON", "RANK"):
        k += 1
    return k < len(chunks) and chunks[k].kind == "NAME" and chunks[k - 1].kind != "SEP"


def changes(reading: Reading, n: int, names: list[int], person: int, *, past: bool = False, earlier: bool = False) -> None:
    """Rule 5: titles after an appointment or ending word that follows the name ``n`` in its
    clause go to ``person`` (``n`` or a name coordinated with it).

    In a sentence about the past ("Trước đó, ông X giữ chức Y") the post has ended."""
    chunks = reading.chunks
    nxt = next((m for m in names if m > n), len(chunks))
    mode = None
    speech = grammar_words().speech_verbs
    aside = _bracketed(chunks, n + 1, nxt)
    quoted = sum(c.kind == "WORD" and c.text in _QUOTES for c in chunks[:n]) % 2 == 1  # the name inside a quotation
    replaced: int | None = None
    skip = 0
    titled = False  # a title was given since the clause began
    if _supposed(chunks, n - 2 if n >= 1 and chunks[n - 1].kind == "HON" else n - 1):
        return  # "nếu ông Joe Biden lên làm Tổng thống Mỹ": a supposition, no one's post
    prefixed = carried = -1  # the title "nguyên" stands before; the next title of its chain it ends too
    for k in range(n + 1, nxt):
        c = chunks[k]
        if k in aside or k < skip:
            continue  # "(Agnelli đã từ chức Chủ tịch Juventus)": a bracket's own clause
        before_name = k + 1 < len(chunks) and chunks[k + 1].kind == "NAME"
        if c.kind == "WORD" and (c.text in speech or f"{chunks[k - 1].text} {c.text}" in speech):
            break  # "ông X cho biết, … được cho là Bí thư Y": speech, someone else's post
        if c.kind == "WORD" and _supposed(chunks, k):
            break  # "theo ông A, giá vàng dù ai làm Tổng thống Mỹ …": a supposition of its own
        if c.kind == "WORD" and c.text in _QUOTES and quoted:
            break  # '"… Chủ tịch Tập Cận Bình", cựu Tổng thống Mỹ cho biết': the quotation ends the clause
        if c.kind == "REPLACE" and mode is None and replaced is None and (replaced := _replaced_after(chunks, k)) is not None:
            continue  # "A thay ông X giữ chức Y", "A kế nhiệm ông X làm Y": X held Y before A
        if c.kind == "APPOINT" and mode in ("end", "past") and chunks[k - 1].kind == "FORMER":
            continue  # "từng được bổ nhiệm làm Giám đốc X": an appointment of the past
        if mode == "member" and (elided := _elided_organ(chunks, k, reading.doc.text)) is not None:
            organ, j = elided  # "tham gia Ban Chấp hành, Ban Thường vụ Thành ủy": the first organ's owner comes after
            reading.give(person, reading.member(j, organ), appointed=True)
            skip = j
            continue
        if c.kind in ("FORMER", "ROLE") and _principal_s(chunks[k - 1]):
            # "những người ủng hộ của cựu Ngoại trưởng Mỹ", "nguyên Trợ lý Bộ trưởng": someone else's title
            skip = k + 2 if c.kind == "FORMER" and k + 1 < nxt and chunks[k + 1].kind == "ROLE" else k + 1
            continue
        if c.kind == "SEP" and c.text == ";" and mode == "appoint" and not titled:
            break  # "được bổ nhiệm vào cương vị mới; chúc mừng … vai trò Chủ tịch ASEAN": no title, the clause is over
        if c.kind == "WORD" and c.text in grammar_words().clause_breaks and _own_ending_after(chunks, k + 1):
            continue  # "ông A làm X từ năm 2011, nhưng đã thôi chức Y": the subject goes on
        if (
            c.kind == "FORMER"
            and c.text.lower() in grammar_words().former_prefix
            and k + 1 < nxt
            and chunks[k + 1].kind == "ROLE"
        ):
            # "– Nguyên Trưởng khoa X, Nguyên Giám đốc Y, Chủ tịch Z": the word ends its own
            # title (and a bodiless one's next), as in an apposition, not the rest of the clause
            prefixed, mode = k + 1, mode or "copula"
            continue
        mode, act = _change(c, mode, past=past, before_name=before_name)
        if act == "stop":
            break
        titled = titled or act == "title"
        if act == "member":
            reading.give(person, reading.member(k), appointed=True)
        elif act == "title":
            until = k + 2 < len(chunks) and chunks[k + 1].kind == "LP" and chunks[k + 2].text in grammar_words().until
            chained = k == carried and chunks[k - 1].kind in ("SEP", "AND")
            ended = mode == "end" or until or _former_before(chunks, k) or chained
            if prefixed == k and chunks[k].value["body"] is None:
                carried = k + 2  # "nguyên Chủ tịch HĐQT, Giám đốc Công ty X": both held before
            mention = reading.roles.get(k)
            career = mode == "past" and not (mention is not None and _UNTIL_NOW.match(reading.doc.text, mention.end))
            reading.give(
                person,
                k,
                ended=ended,
                appointed=mode == "appoint",
                explicit=mode == "end" or until,
                career=career,
                earlier=earlier,
            )
            if replaced is not None and mode in ("appoint", "copula"):
                reading.give(replaced, k, ended=True, explicit=True)


def _supposed(chunks: list[Chunk], k: int) -> bool:
    """True when a word of supposition ends at chunk ``k`` ("nếu", "giả sử", "dù")."""
    if k < 0 or chunks[k].kind != "WORD":
        return False
    words = grammar_words().conditional
    two = k >= 1 and chunks[k - 1].kind == "WORD" and f"{chunks[k - 1].text} {chunks[k].text}".lower() in words
    return chunks[k].text.lower() in words or two


def _principal_s(before: Chunk) -> bool:
    """True when the chunk before a title makes the title someone else's: a possessive ("của")
    or an aide's title alone ("Thư ký", "Trợ lý")."""
    words = grammar_words()
    if before.kind == "WORD":
        return before.text in words.possessive
    return before.kind == "ROLE" and before.text in words.aides


@cache
def _own_organs() -> dict[str, str]:
    """The organs a committee has of its own ("Ban Chấp hành", "Ban Thường vụ"): each written
    form, longest first, with the organ's name."""
    rows = [row for row in lexicon.table("heads")["committees"] if row.get("own")]
    forms = {normalize(f): normalize(row["name"]) for row in rows for f in row["forms"]}
    return dict(sorted(forms.items(), key=lambda item: len(item[0]), reverse=True))


def _elided_organ(chunks: list[Chunk], k: int, text: str) -> tuple[Body, int] | None:
    """ "Ban Chấp hành, Ban Thường vụ Thành ủy X" from chunk ``k``: an organ written bare before
    another organ of a body, joined by a comma or "và"; that organ of the same body, and the
    index of the body's chunk."""
    organ = next((o for o in _own_organs() if text.startswith(o, chunks[k].start)), None)
    if organ is None or chunks[k].kind == "ORG":
        return None
    end = chunks[k].start + len(organ)
    j = next((i for i in range(k, min(k + 4, len(chunks))) if chunks[i].start >= end), None)
    if j is None or chunks[j].kind not in ("SEP", "AND") or j + 1 >= len(chunks) or chunks[j + 1].kind != "ORG":
        return None
    body: Body = chunks[j + 1].value["mention"].value["body"]
    other = next((o for o in _own_organs() if body.name.lower().startswith(o.lower() + " ")), None)
    if other is None:
        return None
    owner = body.name[len(other) + 1 :]
    name = f"{_own_organs()[organ]} {owner}"
    return load_reference().find_body(name) or Body(slug(name), name, (), body.kind, body.parent), j + 1


def _replaced_after(chunks: list[Chunk], k: int) -> int | None:
    """The name of the person replaced right after the replacing word at ``k`` ("thay ông X")."""
    j = k + 1
    while j < len(chunks) and chunks[j].kind in ("HON", "RANK"):
        j += 1
    return j if j < len(chunks) and chunks[j].kind == "NAME" else None


_QUOTES = frozenset('"“”')


def _bracketed(chunks: list[Chunk], start: int, end: int) -> set[int]:
    """The chunks from ``start`` to ``end`` inside a bracket that opens with a name of its own
    and its verb, a clause of its own ("(Agnelli đã từ chức …)"); a bracket of titles ("(Phó
    Pháp chủ kiêm Trưởng ban …)") is the person's own."""
    inside: set[int] = set()
    k = start
    while k < end:
        if chunks[k].kind == "LP" and k + 2 < end and chunks[k + 1].kind in ("NAME", "CAPS") and _clause_verb(chunks[k + 2]):
            close = next((j for j in range(k + 1, end) if chunks[j].kind == "RP"), end)
            inside.update(range(k + 1, close))
            k = close
        k += 1
    return inside


def _clause_verb(c: Chunk) -> bool:
    """An auxiliary ("đã", "vừa") or a verb of appointment or ending."""
    return c.kind in ("ENDING", "APPOINT", "ELECT") or (c.kind == "WORD" and c.text in grammar_words().auxiliaries)


def _change(c: Chunk, mode: str | None, *, past: bool, before_name: bool) -> tuple[str | None, str]:
    """What a chunk does in a clause after a name: the mode it leaves ("appoint", "end", "past",
    "copula", "member" or none) and what to do at it ("title": give it, "member": give
    membership of the body, "stop": the clause ends, "": nothing). The first test that holds
    decides."""
    if c.kind == "APPOINT" and mode and c.text.lower() in grammar_words().joint:
        return mode, ""  # "từng giữ chức Chủ tịch HĐTV kiêm Giám đốc X": both held before
    if c.kind == "APPOINT":
        return ("end" if past else "appoint"), ""
    if c.kind == "FORMER" and c.value.get("career"):
        # "trải qua các vị trí X, Y": a career, neither held now nor ended unless the text says
        # so ("Trước đó", "từng kinh qua": ended)
        return ("end" if past or mode == "end" else "past"), ""
    if c.kind in ("ENDING", "FORMER"):
        return "end", ""
    if c.kind == "COPULA":
        return mode or ("end" if past else "copula"), ""
    if c.kind == "WORD" and mode in ("end", "past") and c.text.lower() in load_reference().current_words:
        return "copula", ""  # "nguyên là Giám đốc X, nay là Giám đốc Y": Y is held now
    if c.kind == "MEMBER":
        return "member", ""
    if mode == "member" and c.kind not in ("ORG", "SEP", "AND"):
        return None, ""  # "tham gia kế hoạch do Bộ X đề xuất": joining a plan, not the body
    if c.kind == "ORG" and mode == "member":
        return mode, "member"
    if c.kind in ("TARGET", "REPLACE"):
        return mode, "stop"
    if c.kind == "ROLE" and mode and not before_name:
        return mode, "title"
    if c.kind == "WORD" and mode and c.text in grammar_words().clause_breaks:
        return mode, "stop"
    return mode, ""


def plural_lists(reading: Reading) -> None:
    """Rule 6: a title for several people: "các Phó Thủ tướng A, B và C", "4 Phó Thủ tướng: A,
    B", "các Phó Chủ tịch Quốc hội là ông A, bà B", and "3 Thứ trưởng gồm các ông A, B (Bộ X)
    và ông C (Bộ Y)" where a body in brackets completes the title of the names before it."""
    chunks = reading.chunks
    for r, c in enumerate(chunks):
        if c.kind != "ROLE" or r == 0 or not _plural_before(chunks[r - 1]):
            continue
        k = r + 1
        if k < len(chunks) and (chunks[k].kind in ("COLON", "COPULA") or chunks[k].text in grammar_words().list_openers):
            k += 1
        pending: list[int] = []
        while k < len(chunks):
            if chunks[k].kind == "HON":
                k += 1
            if k >= len(chunks) or chunks[k].kind != "NAME":
                break
            pending.append(k)
            k += 1
            if k + 2 < len(chunks) and chunks[k].kind == "LP" and chunks[k + 1].kind == "ORG" and chunks[k + 2].kind == "RP":
                body = chunks[k + 1].value["mention"].value["body"]
                index = r if c.value["body"] is not None else reading.derive(r, body)
                for name in pending:
                    reading.give(name, index)
                pending = []
                k += 3
            if k < len(chunks) and (chunks[k].kind == "AND" or (chunks[k].kind == "SEP" and chunks[k].text == ",")):
                k += 1
                continue
            break
        for name in pending:
            reading.give(name, r)


def identities(reading: Reading) -> None:
    """Rule 6b: a title that "là" identifies with the names after it: "Phó Chủ tịch UBND tỉnh X
    là ông A", "… là đại biểu Quốc hội đương nhiệm, là các ông A, B và C" (each name may carry
    its own titles), "Chủ tịch Hà Nội thời điểm đó là ông A" (held then). A title given to a
    name already (unless a comma sets off the "là"), owned by a word before it ("vợ của Chủ
    tịch X là bà A") or made plural (rule 6) is not read here."""
    chunks = reading.chunks
    for r, c in enumerate(chunks):
        if c.kind != "ROLE" or (r > 0 and not _opens_identity(chunks[r - 1])):
            continue
        k = _skip_in_office(chunks, r + 1)
        comma = k + 1 < len(chunks) and chunks[k].kind == "SEP" and chunks[k].text == "," and chunks[k + 1].kind == "COPULA"
        if r in reading.assigned and not comma:
            continue  # "ông A là Chủ tịch X" is read; "ông A còn 2 ứng viên cũng là đại biểu Quốc hội, là ông B …" goes on
        k += comma
        then = k < len(chunks) and chunks[k].kind == "FORMER" and chunks[k].text.lower().endswith(" là")
        if k >= len(chunks) or (chunks[k].kind != "COPULA" and not then):
            continue
        k += 1
        if k < len(chunks) and chunks[k].kind == "PLURAL":
            k += 1
        names: list[int] = []
        while k + 1 < len(chunks) and (chunks[k].kind == "HON" or names) and chunks[k + (chunks[k].kind == "HON")].kind == "NAME":
            k += chunks[k].kind == "HON"  # the first name has its "ông"/"bà"; "các ông A, B và C" the rest need none
            names.append(k)
            k = _past_own_titles(chunks, k)
            if k + 1 < len(chunks) and chunks[k].kind in ("SEP", "AND") and chunks[k].text != ";":
                k += 1 + (chunks[k + 1].kind == "AND")
                continue
            break
        ended = then or _former_before(chunks, r)
        for n in names:
            reading.give(n, r, ended=ended, explicit=ended)


def _opens_identity(before: Chunk) -> bool:
    """What may stand before a title that "là" identifies: a stop, a comma or a dash, "là"
    itself ("2 ứng viên là đại biểu Quốc hội …, là …"), "nguyên" or "tân"; not a name, a plural
    word or a word that owns the title ("vợ của Chủ tịch X")."""
    return before.kind in ("SEP", "DASH", "COLON", "COPULA", "FORMER", "QUAL") or (
        before.kind in ("CAPS", "WORD") and before.text.lower() in grammar_words().subject_adverbs
    )


def _skip_in_office(chunks: list[Chunk], k: int) -> int:
    """The index past the words that say a title is held now ("đương nhiệm", "hiện nay")."""
    words = grammar_words().in_office
    while True:
        for size in (2, 1):
            window = chunks[k : k + size]
            if (
                len(window) == size
                and all(c.kind == "WORD" for c in window)
                and " ".join(c.text for c in window).lower() in words
            ):
                k += size
                break
        else:
            return k


def _past_own_titles(chunks: list[Chunk], n: int) -> int:
    """The index after a name's own titles set off after it and the owner or bracket that ends
    them ("ông A - Phó Hiệu trưởng X, Ủy viên Ủy ban Y của Quốc hội (tự ứng cử) và ông B")."""
    apposed, _ = _apposition(chunks, n)
    k = apposed[-1] + 1 if apposed else n + 1
    if (
        k + 1 < len(chunks)
        and chunks[k].kind == "WORD"
        and chunks[k].text in grammar_words().possessive
        and chunks[k + 1].kind == "ORG"
    ):
        k += 2
    if k < len(chunks) and chunks[k].kind == "LP":
        k = next((j + 1 for j in range(k + 1, len(chunks)) if chunks[j].kind == "RP"), len(chunks))
    return k


def _plural_before(before: Chunk) -> bool:
    """ "các", "các ông" or a number before a title make it plural."""
    return (
        before.kind == "PLURAL"
        or (before.kind == "HON" and bool(before.value.get("plural")))
        or (before.kind == "WORD" and before.text.isdigit())
    )


def targets(reading: Reading) -> None:
    """Rule 7: titles given to or taken from a person named after them: "miễn nhiệm chức vụ Y
    đối với ông X", "trao Quyết định bổ nhiệm Y cho ông X"."""
    chunks = reading.chunks
    for i, c in enumerate(chunks):
        if c.kind not in ("ENDING", "ELECT", "APPOINT") or c.text.lower() in grammar_words().handover:
            continue
        found: list[int] = []
        k = i + 1
        while k < len(chunks) and chunks[k].kind in ("ROLE", "SEP", "AND", "QUAL"):
            if chunks[k].kind == "ROLE":
                found.append(k)
            k += 1
        if not found or k >= len(chunks):
            continue
        if not (chunks[k].kind == "TARGET" or (chunks[k].kind == "WORD" and chunks[k].text in grammar_words().recipient)):
            continue
        k += 1
        if k < len(chunks) and chunks[k].kind == "HON":
            k += 1
        ending = c.kind == "ENDING"
        while k < len(chunks) and chunks[k].kind == "NAME":
            for r in found:
                reading.give(k, r, ended=ending, appointed=not ending, explicit=True)
            # "… đối với ông A và bà B": each name coordinated after the first is a target too
            k += 1
            if k + 1 < len(chunks) and (chunks[k].kind == "AND" or (chunks[k].kind == "SEP" and chunks[k].text == ",")):
                k += 2 if chunks[k + 1].kind == "HON" else 1


def replacements(reading: Reading) -> None:
    """Rule 8: "thay ông X" ends X's post of the title given last before it, unless X holds
    something already."""
    chunks = reading.chunks
    for i, c in enumerate(chunks):
        if c.kind != "REPLACE":
            continue
        target = next((j for j in range(i + 1, min(i + 4, len(chunks))) if chunks[j].kind == "NAME"), None)
        if target is None:
            continue
        new_roles = [r for r in sorted(reading.assigned) if r < i]
        if new_roles and not any(rel.head is chunks[target].value["person"] for rel in reading.doc.relations):
            reading.give(target, new_roles[-1], ended=True)


def handovers(reading: Reading) -> None:
    """Rule 8b: a post handed over ("ông A nhường lại vị trí Chủ tịch HĐQT cho ông B") is B's
    appointment; when the handing over is a clause set before its subject ("Sau khi chuyển
    giao nhiệm vụ Tổng Giám đốc cho ông B, ông A …"), that subject's post ends. A giver named
    before the words ends the post by rule 5."""
    chunks, words = reading.chunks, grammar_words()
    for i, c in enumerate(chunks):
        if c.kind != "ENDING" or c.text.lower() not in words.handover:
            continue
        k = i + 1
        found = []
        while k < len(chunks) and chunks[k].kind in ("ROLE", "SEP", "AND", "QUAL") and chunks[k].text not in (".", ";"):
            if chunks[k].kind == "ROLE":
                found.append(k)
            k += 1
        if not found or k + 1 >= len(chunks) or chunks[k].kind != "WORD" or chunks[k].text not in words.recipient:
            continue
        k += 2 if chunks[k + 1].kind == "HON" else 1
        if k >= len(chunks) or chunks[k].kind != "NAME":
            continue
        for r in found:
            reading.give(k, r, appointed=True, explicit=True)
        opener = " ".join(ch.text.lower() for ch in chunks[max(0, i - 2) : i])
        giver = k + 1
        if opener in words.after_clause and giver < len(chunks) and chunks[giver].text == ",":
            giver += 2 if giver + 1 < len(chunks) and chunks[giver + 1].kind == "HON" else 1
            if giver < len(chunks) and chunks[giver].kind == "NAME":
                for r in found:
                    reading.give(giver, r, ended=True, explicit=True)


def retirements(reading: Reading, subjects: list[int]) -> None:
    """Rule 10: a person who retires ("Ông nghỉ hưu từ cuối năm 2007", "ông A đã chính thức
    nghỉ hưu") no longer holds what the article gave him before; the resolver ends those posts."""
    chunks = reading.chunks
    for n in subjects:
        k = retirement_at(chunks, _skip_aside(chunks, n + 1))
        if k is not None:
            person = chunks[n].value["person"]
            reading.doc.relate(RETIRED, person, person, at=chunks[k].start)


def promotions(reading: Reading) -> None:
    """Rule 9: a deputy appointed head in the same sentence ("ông X, Phó Giám đốc, giữ chức
    Giám đốc Sở Y tế") held the deputy post in that body: the deputy title, written without a
    body of its own, takes the body of the post it leads to (resolution then ends it)."""
    ref = load_reference()
    mine = {id(m) for m in reading.roles.values()}
    held = [r for r in reading.doc.relations if r.kind == HOLDS and id(r.tail) in mine]
    for new in (r for r in held if r.value.get("appointed") and r.tail.value.get("body") is not None):
        heads = {key(new.tail.value["role"]), key(new.tail.value.get("base") or new.tail.value["role"])}
        for old in held:
            value = old.tail.value
            if old.head is not new.head or old.value.get("ended") or value.get("body") is not None:
                continue
            if ref.deputy_of(value["role"], value.get("base")) in heads:
                value["body"] = new.tail.value["body"]


def _ending_follows(chunks: list[Chunk], k: int) -> bool:
    """ "…, Thứ trưởng Bộ Ngoại giao, đã nghỉ hưu": an ending verb right after a title chain."""
    skip = grammar_words().auxiliaries
    while k < len(chunks) and (chunks[k].kind in ("SEP", "RP") or chunks[k].text in skip):
        k += 1
    return (
        k < len(chunks)
        and chunks[k].kind == "ENDING"
        and not any(chunks[i].kind == "ROLE" for i in range(k + 1, min(k + 3, len(chunks))))
    )


def _own_ending_after(chunks: list[Chunk], k: int) -> bool:
    """True when an ending verb follows at ``k`` past auxiliaries only ("nhưng đã thôi chức …"),
    with no subject of its own between: the clause's subject ended the post."""
    skip = grammar_words().auxiliaries | grammar_words().subject_adverbs
    while k < len(chunks) and chunks[k].kind == "WORD" and chunks[k].text in skip:
        k += 1
    return k < len(chunks) and chunks[k].kind == "ENDING"


def _replaced_name(chunks: list[Chunk], n: int) -> bool:
    """ "A kế nhiệm ông B trở thành Chủ tịch": B is the one replaced, not the subject of what follows."""
    j = n - 1
    if j >= 0 and chunks[j].kind == "HON":
        j -= 1
    return j >= 0 and chunks[j].kind == "REPLACE"


def _agent_name(chunks: list[Chunk], n: int) -> bool:
    """ "X được Chủ tịch Raul Castro cất nhắc làm Y": the one who appoints, after the passive's
    word and before its verb, is not the subject of the appointment."""
    j = n - 1
    while j >= 0 and chunks[j].kind in ("HON", "RANK", "ROLE"):
        j -= 1
    if j < 1 or chunks[j].kind != "WORD" or chunks[j].text not in grammar_words().passive:
        return False
    return any(c.kind in ("APPOINT", "ELECT") for c in chunks[n + 1 : n + 5])


def _past_sentence(chunks: list[Chunk], today: date | None) -> bool:
    """A sentence about what someone held before ("Trước đó, ông X giữ chức Y", "Từ năm 2011
    đến năm 2018, ông là Y" in a later article), not an appointment."""
    if not chunks or (chunks[0].kind != "FORMER" and not _closed_span_before(chunks, today)):
        return False
    elect = grammar_words().elect
    rest = chunks
    if chunks[0].text.lower() in grammar_words().before_clause:
        # "Trước khi được bổ nhiệm X, ông Y đảm nhận …": the appointment is the clause's, not the sentence's
        rest = chunks[next((k for k, c in enumerate(chunks) if c.kind == "SEP"), 0) :]
    return not any(c.kind == "ELECT" or (c.kind == "APPOINT" and any(w in c.text for w in elect)) for c in rest)


def _closed_span_before(chunks: list[Chunk], today: date | None) -> bool:
    """A fronted span of years that ended before the article's year ("Từ năm 2011 đến năm
    2018,", "Giai đoạn 2010 - 2015,"); a span to now ("đến nay") or a single year is not one."""
    end = fronted_end(chunks)
    if today is None or end is None:
        return False
    years = [int(y) for c in chunks[:end] for y in _YEAR.findall(c.text)]
    return len(years) >= 2 and years[0] <= years[-1] < today.year


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# a span of years written right after a title and its body: "từ năm 1996 đến năm 2018",
# "giai đoạn 2010-2015", "(2016 - 2020)", "từ 1973-1977"
_SPAN_AFTER = re.compile(
    r"[ \t]*(?:\(|,[ \t]*)?(?:(?:trong[ \t]+)?giai đoạn|từ)?[ \t]*(?:năm[ \t]+)?(?:\d{1,2}/)?((?:19|20)\d\d)"
    r"[ \t]*(?:-|–|đến|tới)[ \t]*(?:năm[ \t]+)?(?:\d{1,2}/)?((?:19|20)\d\d)(?!\d)"
)


# the term closing a title's mention: "… nhiệm kỳ 2016-2020"
_TERM_AT_END = re.compile(r"(?<!\w)nhiệm kỳ[ \t]+((?:19|20)\d\d)[ \t]*(?:-|–|đến)[ \t]*((?:19|20)\d\d)$")
# a title held up to now: "… rồi Phó Chủ tịch HĐQT Tập đoàn X cho đến nay", "(từ 2015 đến nay)"
_UNTIL_NOW = re.compile(
    r"[ \t]*[,(]?[ \t]*(?:từ[ \t]+(?:năm[ \t]+)?(?:\d{1,2}/)?(?:19|20)\d\d[ \t]+)?(?:cho[ \t]+)?(?:đến|tới)[ \t]+(?:nay|hiện nay|hiện tại)(?!\w)"
)


def _closed_span_after(doc: Document, start: int, end: int) -> bool:
    """True when a span of years that ended before the article's year follows the title ending
    at ``end`` ("Ngoại trưởng Mỹ từ 1973-1977", "Hiệu trưởng Trường X từ năm 1996 đến năm
    2018"), or closes the title as its term ("Phó Chủ tịch HĐQT X nhiệm kỳ 2016-2020"): the
    post was held then, and is over."""
    m = _SPAN_AFTER.match(doc.text, end) or _TERM_AT_END.search(doc.text, start, end)
    today = doc.anchor_date if m is not None else None
    return m is not None and today is not None and int(m.group(1)) <= int(m.group(2)) < today.year


def _skip_aside(chunks: list[Chunk], k: int) -> int:
    """Skip what may stand between a name and its titles: "(SN 1960)", ", 51 tuổi,", "tân"."""
    known = grammar_words()
    while k < len(chunks):
        c = chunks[k]
        if c.kind == "LP":
            close = next((j for j in range(k + 1, min(k + 8, len(chunks))) if chunks[j].kind == "RP"), None)
            if close is None or any(chunks[j].kind in ("ROLE", "NAME") for j in range(k + 1, close)):
                return k
            k = close + 1
        elif c.kind == "SEP" and k + 2 < len(chunks) and chunks[k + 1].text.isdigit() and chunks[k + 2].text in known.age:
            k += 3
        elif c.kind == "WORD" and c.text in known.new_in_post:
            k += 1
        elif c.kind == "WORD" and (comma := _description_end(chunks, k)) is not None:
            k = comma + 1  # ", chuyên gia lúa gạo, Hiệu trưởng …": what the person is, then the title
        else:
            return k
    return k


def _description_end(chunks: list[Chunk], k: int) -> int | None:
    """The comma that closes a description of what a person is, set between the name and the
    titles (", chuyên gia lúa gạo, Hiệu trưởng …"): up to six plain words that open with a noun
    for a person ("chuyên gia", "nhà báo"), then a comma and a title; None otherwise."""
    j = k
    while j < len(chunks) and j - k < 6 and chunks[j].kind == "WORD":
        j += 1
    if j == k or j + 1 >= len(chunks) or chunks[j].text != "," or chunks[j + 1].kind != "ROLE":
        return None
    words = [c.text.lower() for c in chunks[k:j]]
    nouns = lexicon.wordset("names", "person_nouns", lower=True)
    return j if any(" ".join(words[:n]) in nouns for n in range(1, min(4, len(words)) + 1)) else None


def _former_before(chunks: list[Chunk], index: int) -> bool:
    return index > 0 and chunks[index - 1].kind == "FORMER"


def _body_after_of(chunks: list[Chunk], index: int) -> Body | None:
    """ "Bí thư Thứ nhất của Đảng Cộng sản Cuba", "Tổng Giám đốc của Techcombank": a title's body
    given after "của"."""
    role: RoleDef = chunks[index].value["role"]
    if role.standalone or index + 2 >= len(chunks):
        return None
    of, org = chunks[index + 1], chunks[index + 2]
    if of.kind != "WORD" or of.text not in grammar_words().possessive or org.kind != "ORG":
        return None
    return org.value["mention"].value["body"]


def _shared_body(chunks: list[Chunk], index: int) -> Body | None:
    """ "Phó Chủ tịch Thường trực và Phó Chủ tịch UBND tỉnh", "Chủ tịch kiêm Tổng Giám đốc
    Tổng Công ty X": the next title's body."""
    role: RoleDef = chunks[index].value["role"]
    if role.standalone or role.body:
        return None
    j = index + 1
    if j + 1 >= len(chunks) or chunks[j + 1].kind != "ROLE":
        return None
    nxt = chunks[j + 1].value
    if nxt["body"] is None or nxt["implied"]:
        return None
    if chunks[j].kind in ("AND", "SEP"):
        return _executive_body(role, nxt["body"])
    # "kiêm" mostly joins posts in two bodies ("Bí thư kiêm Chủ tịch UBND tỉnh"); the body is
    # shared only inside a body named by its own name (a company, an association)
    if chunks[j].text in grammar_words().joint and nxt["body"].kind == GENERIC_BODY:
        return _executive_body(role, nxt["body"])
    return None


def _executive_body(role: RoleDef, body: Body) -> Body:
    """The body a title shares: a company's executive shares its board's company, not the board
    ("Phó Tổng giám đốc kiêm Thành viên HĐQT X" is X's deputy chief executive)."""
    words = title_words()
    if key(role.role) not in words.executive_titles:
        return body
    board = next((b for b in set(words.boards.values()) if body.name.startswith(f"{b} ")), None)
    if board is None:
        return body
    company = body.name[len(board) + 1 :]
    return load_reference().find_body(company) or Body(body.parent or slug(company), company, (), body.kind)


def _board_of_next(chunks: list[Chunk], index: int) -> Body | None:
    """ "Phó Chủ tịch HĐQT - Tổng Giám đốc LienVietPostBank", "Phó Chủ tịch HĐQT kiêm Tổng Giám
    đốc Eximbank": a board named alone is that of the company the next title names."""
    j = index + 1
    if j + 1 >= len(chunks) or chunks[j + 1].kind != "ROLE":
        return None
    if chunks[j].kind not in ("AND", "SEP", "DASH") and chunks[j].text not in grammar_words().joint:
        return None
    company: Body | None = chunks[j + 1].value["body"]
    if company is None or company.kind != GENERIC_BODY or chunks[j + 1].value["implied"]:
        return None
    words, chunk = title_words(), chunks[index]
    written = normalize(chunk.text[chunk.value["role_end"] - chunk.start :].strip())
    board = words.boards.get(written)
    if board is None or company.name.startswith(board):
        return None
    return company_board(load_reference(), board, company)


def _board_named_before(chunks: list[Chunk], index: int) -> Body | None:
    """ "HĐQT Tập đoàn X vừa bổ nhiệm ông A - Thành viên HĐQT, Phó Tổng Giám đốc - …": a board
    named alone is the one the sentence named before it, when it names only one."""
    chunk = chunks[index]
    board = title_words().boards.get(normalize(chunk.text[chunk.value["role_end"] - chunk.start :].strip()))
    if board is None:
        return None
    named = {
        body.id: body
        for c in chunks[:index]
        if c.kind == "ORG" and (body := c.value["mention"].value["body"]).name.startswith(f"{board} ")
    }
    return next(iter(named.values())) if len(named) == 1 else None


def _party_of_next(chunks: list[Chunk], index: int, organ: str | None = None, doc: Document | None = None) -> Body | None:
    """ "Bí thư Đảng ủy, Chủ tịch UBND xã X": the bare Party organ is that of the next title's
    body (of the commune itself for a commune's council or committee: "Đảng ủy xã X")."""
    chunk, j = chunks[index], index + 1
    if j + 1 >= len(chunks) or chunks[j + 1].kind != "ROLE":
        return None
    if chunks[j].kind not in ("AND", "SEP") and chunks[j].text not in grammar_words().joint:
        return None
    owner: Body | None = chunks[j + 1].value["body"]
    if owner is not None and key(owner.name) in title_words().bare_party_bodies:
        # "Ủy viên Ban Thường vụ Đảng ủy, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy, Giám đốc X": both are X's
        written = f"{normalize(owner.name)} "
        inner = _party_of_next(chunks, j + 1, written.strip(), doc)
        if inner is None or not inner.name.startswith(written):
            return None
        owned = inner.name[len(written) :]
        owner = load_reference().find_body(owned) or Body(slug(owned), owned)
    if owner is not None and doc is not None and _school_unit(owner):
        owner = _article_school(doc)  # "Đảng ủy viên, Trưởng phòng Tài chính": a unit has no Party committee of its own
    elif owner is None and doc is not None:
        owner = _sole_school(doc, chunks[j + 1].value["role"])  # "Đảng ủy viên, Phó Hiệu trưởng"
    elif owner is not None and chunks[j + 1].value["implied"]:
        return None
    if owner is None:
        return None
    words = title_words()
    if organ is None:
        written = normalize(chunk.text[chunk.value["role_end"] - chunk.start :].strip())
        organ = words.party_names.get(written, written)
    council = next((c for c in words.councils if owner.name.startswith(f"{c} ")), None)
    if council is not None and not owner.name.startswith(words.unit_organs):
        # "Chủ tịch Hội đồng Đại học Huế": the Party committee of the university (a commune's
        # People's Council stands for the commune below)
        governed = owner.name[len(council) + 1 :]
        owner = load_reference().find_body(governed) or Body(slug(governed), governed)
    if owner.name.startswith(words.unit_organs):
        unit = next((m for u in words.party_units if (m := re.search(rf"(?<!\w){u} ", owner.name))), None)
        if unit is None:
            return None  # a district's or province's committee has a name of its own ("Huyện ủy")
        name = f"{organ} {owner.name[unit.start() :]}"
    else:
        name = f"{organ} {owner.name}"
    return load_reference().find_body(name) or Body(slug(name), name, (), "PartyOrgan")


def _bare_title_before(reading: Reading, i: int, role: RoleDef, body: Body | None, implied: bool) -> tuple[Body | None, bool]:
    """The body of a title written bare before a name, by the name: a known foreign leader's
    ("Tổng thống Biden"), or the body named after it with "của" ("CEO Tim Cook của Apple");
    else a head's title before a foreign name ("Thủ tướng Scott Morrison") is held in the
    article's one foreign country and never in the home Government, an envoy's before a
    Vietnamese name ("Đại sứ Phạm Sanh Châu") serves the home country, and no other title's
    home body is implied before a foreign name ("Thống đốc Newsom")."""
    words, ref = title_words(), load_reference()
    chunks, k = reading.chunks, i + 1
    while k < len(chunks) and chunks[k].kind in ("HON", "RANK"):
        k += 1
    if k >= len(chunks) or chunks[k].kind != "NAME" or (body is not None and not implied):
        return body, implied
    known = leader_body(chunks[k].text, role)
    if known is not None:
        return known, False
    owner = _owner_after_name(reading, k, role)
    if owner is not None:
        return owner, False
    vietnamese = _vietnamese_name(chunks[k].text, ref)
    title = key(role.name)
    if not vietnamese and (title in words.foreign_bare or title in words.envoys):
        return _sole_foreign_country(reading.doc, role, chunks[i].start), False
    if vietnamese and title in words.envoys:
        return Body(slug(words.home), words.home, (), "State"), False
    if implied and not all(syllable(w) for w in chunks[k].text.split()):
        return None, False  # "Thống đốc Newsom": a foreign name holds no home body a title implies
    return body, implied


def _owner_after_name(reading: Reading, k: int, role: RoleDef) -> Body | None:
    """ "CEO Satya Nadella của Microsoft", "Thủ tướng Lý Quang Diệu của Singapore": the body a
    bare title names after the name, with "của": a body read there, that country's body, or
    for a business title a company the article names again."""
    chunks = reading.chunks
    if (
        role.standalone
        or k + 2 >= len(chunks)
        or chunks[k + 1].kind != "WORD"
        or chunks[k + 1].text not in grammar_words().possessive
    ):
        return None
    owner = chunks[k + 2]
    if owner.kind == "ORG":
        return owner.value["mention"].value["body"]
    place = owner.value.get("mention") if owner.kind == PLACE else None
    if place is not None and place.value.get("kind") == "country":
        found = foreign_body(reading.doc.text, load_reference(), role, place, {})
        return found[0] if found else None
    if owner.kind == "CAPS" and role.name in title_words().company_titles:
        company = owner_after_of(load_reference(), reading.doc.text, owner.start, {})  # a company named twice
        return company[0] if company else None
    return None


def _vietnamese_name(name: str, ref: Reference) -> bool:
    """A name that opens with a Vietnamese surname and is written in Vietnamese syllables."""
    words = name.split()
    return words[0] in ref.surnames and all(syllable(w) for w in words)


def _foreign_minister(reading: Reading, i: int, ministry: Body) -> Body | None:
    """ "Bộ trưởng Tư pháp Merrick Garland": a minister's title by its sector before a foreign
    name is the sector's ministry of the article's one foreign country ("Bộ Tư pháp Hoa Kỳ"),
    never the home ministry; None when no one foreign country can be told."""
    chunks, k = reading.chunks, i + 1
    while k < len(chunks) and chunks[k].kind in ("HON", "RANK"):
        k += 1
    if k >= len(chunks) or chunks[k].kind != "NAME":
        return ministry
    if _vietnamese_name(chunks[k].text, load_reference()):
        return ministry
    country = _story_country(reading.doc, chunks[i].start)
    if country is None:
        return None
    full = f"{ministry.name} {country.value['name']}"
    return load_reference().find_body(full) or Body(slug(full), full, (), "ForeignBody")


def _sole_foreign_country(doc: Document, role: RoleDef, at: int) -> Body | None:
    """The body a bare head's title at ``at`` names in the one foreign country the article
    names ("Chính phủ Australia", or the state itself for "Tổng thống"); None when there is no
    such country: a foreign head is never the home Government's."""
    country = _story_country(doc, at)
    found = foreign_body(doc.text, load_reference(), role, country, {}) if country is not None else None
    return found[0] if found else None


def _story_country(doc: Document, at: int) -> Mention | None:
    """A mention of the one foreign country the article names, when it is named in the
    paragraph of ``at``, in the headline or three times; None otherwise."""
    home = title_words().home
    places = {m.value["name"]: m for m in doc.of(PLACE) if m.value.get("kind") == "country" and m.value["name"] != home}
    if len(places) != 1:
        return None
    text = doc.text
    para = (text.rfind("\n", 0, at) + 1, _line_end(text, at))
    headline = (0, _line_end(text, 0))
    named = [m for m in doc.of(PLACE) if m.value.get("name") in places]
    near = [m for m in named if any(a <= m.start < b for a, b in (para, headline))]
    if not near and len(named) < 3:
        return None  # named once or twice far away: the story's country, not surely the head's
    return (near or named)[0]


def _line_end(text: str, at: int) -> int:
    """Where the line that holds ``at`` ends."""
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _sole_ministry(doc: Document, role: RoleDef) -> Body | None:
    """ "Thứ trưởng Nguyễn Văn A" with no ministry named: the one ministry of the state the
    article names, when it names exactly one and no foreign body (a minister's bare title in
    a story about that ministry)."""
    if key(role.role) not in title_words().minister_titles:
        return None
    bodies = [m.value["body"] for m in [*doc.of(ORG), *doc.of(ROLE)] if m.value.get("body") is not None]
    if any(b.kind == "ForeignBody" for b in bodies):
        return None  # a foreign minister's bare title ("Bộ trưởng Wallace") is not one of ours
    ministries = {b.id: b for b in bodies if b.kind == "Ministry" and b.reference}
    return next(iter(ministries.values())) if len(ministries) == 1 else None


def _unit_inside(chunks: list[Chunk], i: int, unit: Body) -> tuple[Body, int] | None:
    """ "Trưởng khoa Nhi, Bệnh viện Bạch Mai", "Trưởng phòng Đào tạo - Trường ĐH X": a unit
    named by its field alone ("Khoa Nhi"), with the body it belongs to named right after it
    (after a comma, a dash or "thuộc"), is that body's unit: its name is the unit's and the
    body's, so that one hospital's "Khoa Nhi" is not another's. The body and where it ends."""
    if unit.parent or load_reference().find_body(unit.name) is not None or not _unit_head(unit.name):
        return None
    if _place_in_name().search(unit.name):
        return None  # "Trung tâm Y tế huyện Yên Thủy, Bệnh viện X": a local body of its own, then another
    k = i + 1
    bracket = k < len(chunks) and chunks[k].kind == "LP"  # "Vụ Giáo dục trung học (Bộ GD&ĐT)"
    if k < len(chunks) and (
        bracket or _set_off(chunks[k]) or (chunks[k].kind == "WORD" and chunks[k].text in grammar_words().unit_of)
    ):
        k += 1  # "Khoa Nhi, Bệnh viện X", "Phòng Đào tạo - Trường Y", "Trung tâm Z thuộc Trường Y"
    if k >= len(chunks) or chunks[k].kind != "ORG" or (bracket and (k + 1 >= len(chunks) or chunks[k + 1].kind != "RP")):
        return None
    owner: Body = chunks[k].value["mention"].value["body"]
    if (_unit_head(owner.name) and not _department(owner.name, unit.name)) or owner.kind == "State":
        return None  # "Khoa Nội, Khoa Ngoại": two units; a country is no body a unit belongs to
    name = f"{unit.name} {owner.name}"
    return Body(slug(name), name, (unit.name, *unit.aliases), owner.kind, owner.id), chunks[k].end


def _unit_head(name: str) -> bool:
    """A name that starts with the head of a unit inside a body ("Phòng", "Khoa", "Đội", a
    school's "Viện" or "Bộ môn", a "Trung tâm")."""
    head = patterns().heads.match(name)
    return head is not None and normalize(head.group(1)).lower() in _unit_heads()


@cache
def _place_in_name() -> re.Pattern[str]:
    """A local unit's word ("huyện", "TP") or a province's name inside a body's name."""
    units = sorted(patterns().unit_words, key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, units))})(?!\w)|{load_reference().province_re.pattern}")


@cache
def _unit_heads() -> frozenset[str]:
    """The heads of units inside a body: titled heads, a school's units, ``inner_units`` and
    ``department_units``."""
    heads = lexicon.table("heads")
    units = (*heads["school_units"], *heads["inner_units"], *_department_heads())
    return frozenset({*patterns().titled_heads, *(normalize(u).lower() for u in units)})


@cache
def _department_heads() -> frozenset[str]:
    return frozenset(normalize(u).lower() for u in lexicon.table("heads")["department_units"])


def _department(owner: str, unit: str) -> bool:
    """True when ``owner`` is a ministry's department that a unit of another kind belongs to
    ("Phòng Thanh tra, Cục X"; not "Vụ A, Vụ B")."""
    pats = patterns()
    head, inner = pats.heads.match(owner), pats.heads.match(unit)
    if head is None or inner is None:
        return False
    owner_head, unit_head = normalize(head.group(1)).lower(), normalize(inner.group(1)).lower()
    return owner_head in _department_heads() and unit_head not in _department_heads()


def _sole_school(doc: Document, role: RoleDef) -> Body | None:
    """ "Hiệu trưởng Nguyễn Văn A" with no school named: the one school the article names, or
    the one its headline names when it names several."""
    if key(role.role) not in title_words().school_titles:
        return None
    return _article_school(doc)


def _school_unit(body: Body) -> bool:
    """A unit of a school ("Phòng Tài chính - Kế toán", "Khoa Y", an unlisted "Viện Điện") or
    one of its organs ("Công đoàn trường X"): the Party committee over it is the school's."""
    head = patterns().heads.match(body.name)
    if head is not None and normalize(head.group(1)).lower() in patterns().titled_heads:
        return True
    units = tuple(f"{normalize(u)} " for u in lexicon.table("heads")["school_units"])
    if body.name.startswith(units) and load_reference().find_body(body.name) is None:
        return True
    organs = tuple(f"{normalize(o).lower()} " for o in lexicon.table("heads")["school_organs"])
    return body.name.lower().startswith(organs)


def _article_school(doc: Document) -> Body | None:
    """The one school the article names, or the one its headline names when it names several."""
    return sole_school(((m.value["body"], m.start) for m in doc.of(ORG)), doc.body_start)


def _sole_of_head(doc: Document, at: int, start: int | None = None) -> tuple[Body, int] | None:
    """ "Giám đốc Bệnh viện cho biết", "Tổng giám đốc ngân hàng": a head noun alone after a
    title names the one body of that head the article names, or the one its headline names;
    the body and where the head ends, or None (no such body, several, or a name goes on). The
    head may begin with the title's last word ("Trưởng Ban Chỉ đạo" after a title from ``start``)."""
    m = title_words().sole_heads.match(doc.text, at)
    if m is None and start is not None and (last := doc.text.rfind(" ", start, at)) > start:
        shared = title_words().sole_heads.match(doc.text, last)
        m = shared if shared is not None and shared.end() > at else None
    if m is None:
        return None
    if not _bare_head_ends().match(doc.text, m.end()):
        return None  # "Giám đốc Bệnh viện Bạch Mai", "Giám đốc Trung tâm bảo tồn di tích …": a name goes on
    head = m.group(1).lower()
    heads = patterns().heads
    named = [
        o for o in doc.of(ORG) if (h := heads.match(o.value["body"].name)) is not None and normalize(h.group(1)).lower() == head
    ]
    if len({o.value["body"].id for o in named}) > 1:
        named = [o for o in named if o.start < doc.body_start]  # several: the one the headline names
    bodies = {o.value["body"].id: o.value["body"] for o in named}
    return (next(iter(bodies.values())), m.end()) if len(bodies) == 1 else None


@cache
def _bare_head_ends() -> re.Pattern[str]:
    """What shows that a head noun alone after a title ends there: a stop, a bracket or a dash,
    or a word that goes on the clause ("cho biết", "đã", "này")."""
    words = (alternatives("cues", f) for f in ("after_bare_head", "speech_verbs", "subject_adverbs", "auxiliaries"))
    return re.compile(rf"[ \t]*(?:[,.;:()\n\-–]|$)|[ \t]+(?:{'|'.join(words)})(?!\w)")


def _coordinated(chunks: list[Chunk], n: int) -> list[int]:
    """A name and the names joined to it ("ông A và ông B được bổ nhiệm ..."). A name given
    something ("chuyển giao nhiệm vụ cho ông A, ông B giữ chức ...") ends its clause: B is the
    subject of what follows, A is not."""
    group = [n]
    back = n - 2 if n >= 1 and chunks[n - 1].kind == "HON" else n - 1
    if back >= 0 and chunks[back].kind == "WORD" and chunks[back].text in grammar_words().recipient:
        return group
    k = n + 1
    while k + 1 < len(chunks) and chunks[k].kind in ("SEP", "AND"):
        j = k + 1
        if chunks[j].kind == "HON":
            j += 1
        if j < len(chunks) and chunks[j].kind == "NAME":
            group.append(j)
            k = j + 1
            continue
        break
    return group
