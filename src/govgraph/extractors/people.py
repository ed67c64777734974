"""People and their titles.

Each sentence is read as a sequence of chunks (names, role titles with the body they
name, honorifics, separators, the words that start or end a post) and the grammar of
Vietnamese titles is applied to it: titles before a name, appositive chains after it
("Phạm Minh Chính, Ủy viên Bộ Chính trị, Thủ tướng Chính phủ"), lists of names under
one plural title, appointments ("được bầu giữ chức"), and ended posts ("nguyên",
"thôi giữ chức", "thay ông X").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from ..document import ORG, PERSON, PLACE, ROLE, Document, Mention, Span
from ..reference import Body, Reference, RoleDef, alternation, load_reference, local_body
from ..text import key, slug
from .registry import register

HOLDS = "holds"
# Capitalised words that follow a surname-like word in names of bodies, never in a person's name.
NOT_GIVEN = frozenset({"Bộ", "Ban", "Sở", "Cục", "Vụ", "Viện", "Tỉnh", "Ủy", "Đảng", "Nhà", "Phủ"})

FORMER = re.compile(
    r"(?i)(?<!\w)(cố(?-i:(?= [A-ZĐÔỦ]))|nguyên|cựu|từng là|từng giữ chức|từng giữ các chức vụ|từng làm|từng|trước đó|trước đây|trước khi)(?!\w)"
)
APPOINT = re.compile(
    r"(?i)(?<!\w)(được bầu (?:giữ chức|làm|vào chức|là)|được bổ nhiệm (?:lại )?(?:giữ chức|làm|là)?|"
    r"được điều động,? phân công giữ chức|được phân công giữ chức|được giao (?:giữ chức|quyền)|được tái bổ nhiệm|"
    r"giữ chức vụ|giữ chức|đảm nhận chức|kiêm nhiệm|kiêm|làm(?! việc)|trở thành|vào chức|được bầu)(?!\w)"
)
ENDING = re.compile(
    r"(?i)(?<!\w)(thôi giữ chức|thôi làm|thôi chức|thôi|miễn nhiệm chức vụ|miễn nhiệm|bãi nhiệm|cách chức|nghỉ hưu|nghỉ công tác)(?!\w)"
)
ELECT = re.compile(r"(?i)(?<!\w)(tái bổ nhiệm|bổ nhiệm lại|bổ nhiệm|bầu|điều động|phân công|chỉ định)(?!\w)")
MEMBER = re.compile(r"(?i)(?<!\w)(?:tham gia|được bầu vào|bầu bổ sung vào|là thành viên)(?!\w)")
TARGET = re.compile(r"(?<!\w)(đối với)(?!\w)")
COPULA = re.compile(r"(?<!\w)(là)(?!\w)")
REPLACE = re.compile(r"(?i)(?<!\w)(thay thế|thay)(?!\w)(?!\s+(?:mặt|đổi)\b)")
CREDIT = frozenset({"Ảnh", "Nguồn", "Tác giả", "Đồ họa", "Video", "Clip", "Bài", "Theo"})
PREPOSITIONS = frozenset({"mặt", "của", "với", "cùng", "tới", "gửi"})
DELEGATION = re.compile(r"(?:[Đđ]ại biểu Quốc hội|ĐBQH)\s+(?:tỉnh|thành phố|TP\.?)(?:\s+((?:[A-ZĐÀ-Ỹ][\w]*\s?){1,4}))?")
PLURAL = re.compile(r"(?i)(?<!\w)(các|những)(?!\w)")
QUALIFIER = re.compile(r"(?i)(?<!\w)(khóa [IVXLC]+|khóa \d+|nhiệm kỳ \d{4}\s?-\s?\d{4}|Thường trực)(?!\w)")
NAME_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?(?!\w|\.\w)")
OTHER_WORD = re.compile(r"[^\s,;:()\"]+")
BYLINE = re.compile(r"^\s*\(?(?:Ảnh|Nguồn|Theo|Bài|Tin|PV|Video)\b[^)]*\)?\s*$|^\s*[\w\s.]{2,40}\s*$")


@dataclass
class Chunk:
    """A typed piece of a sentence."""

    kind: str
    start: int
    end: int
    text: str
    value: dict[str, Any] = field(default_factory=dict)


@cache
def _sector_re() -> re.Pattern[str]:
    ref = load_reference()
    forms = [ref.bodies[b].name[3:] for b in set(ref.sectors.values())]
    return alternation(forms, flags=re.IGNORECASE)


def _body_for_role(
    doc: Document, ref: Reference, role: RoleDef, pos: int, mentions: dict[int, Mention]
) -> tuple[Body | None, int, str]:
    """The body a role names right after it: an ORG, a sector, a province or a country."""
    text = doc.text
    gap = re.match(r"[ \t]*", text[pos:]).end()
    at = pos + gap
    mention = mentions.get(at)
    if mention is not None and mention.label == ORG:
        return mention.value["body"], mention.end, "org"
    if mention is not None and mention.label == PLACE:
        kind = mention.value.get("kind")
        if kind == "province" and role.province:
            prov = ref.province(mention.value["name"])
            if prov:
                return local_body("party" if role.province == "ủy" else "ubnd", prov), mention.end, "province"
        if kind == "country":
            country = mention.value["name"]
            if role.body == "chinh-phu" and country != "Việt Nam":
                name = f"Chính phủ {country}"
                return Body(slug(name), name, (), "ForeignBody"), mention.end, "country"
            if role.body is None and not role.province and (not role.standalone or country != "Việt Nam"):
                end = mention.end
                at = re.match(r" tại ", text[end : end + 5])
                host = mentions.get(end + 5) if at else None
                if host is not None and host.label == PLACE:
                    end = host.end  # "Đại sứ Nhật Bản tại Việt Nam"
                surface = mention.text if mention.text != country else None
                return Body(slug(country), country, (surface,) if surface else (), "State"), end, "country"
    if role.sector:
        m = _sector_re().match(text, at)
        if m and m.group(0)[0].isupper():
            body_id = ref.sectors.get(key(m.group(0)))
            if body_id:
                country = mentions.get(m.end() + 1)
                if (
                    country is not None
                    and country.label == PLACE
                    and country.value.get("kind") == "country"
                    and country.value["name"] != "Việt Nam"
                ):
                    name = f"{ref.bodies[body_id].name} {country.value['name']}"  # "Bộ trưởng Ngoại giao Hàn Quốc"
                    return Body(slug(name), name, (), "ForeignBody"), country.end, "country"
                return ref.bodies[body_id], m.end(), "sector"
    if role.name in ("Trưởng đoàn", "Phó Trưởng đoàn", "Trưởng Đoàn"):
        m = DELEGATION.match(text, at)
        prov = doc.province
        if m and (m.group(1) or prov):
            place = ref.province(m.group(1)) if m.group(1) else ref.province(prov)
            if place is not None:
                return local_body("delegation", place), m.end(), "province"
    return None, pos, ""


def chunk_sentence(doc: Document, span: Span, mentions: dict[int, Mention]) -> list[Chunk]:
    """Read one sentence into chunks."""
    ref = load_reference()
    text = doc.text
    chunks: list[Chunk] = []
    pos = span.start
    while pos < span.end:
        ch = text[pos]
        if ch.isspace():
            pos += 1
            continue
        mention = mentions.get(pos)
        if mention is not None and mention.end <= span.end:
            chunks.append(Chunk(mention.label, pos, mention.end, mention.text, {"mention": mention}))
            pos = mention.end
            continue
        if ch in ",;":
            chunks.append(Chunk("SEP", pos, pos + 1, ch))
            pos += 1
            continue
        if ch in ":":
            chunks.append(Chunk("COLON", pos, pos + 1, ch))
            pos += 1
            continue
        if ch == "(":
            chunks.append(Chunk("LP", pos, pos + 1, ch))
            pos += 1
            continue
        if ch == ")":
            chunks.append(Chunk("RP", pos, pos + 1, ch))
            pos += 1
            continue
        if ch == "-" and (pos + 1 >= len(text) or not text[pos + 1].isalnum()):
            chunks.append(Chunk("DASH", pos, pos + 1, ch))
            pos += 1
            continue
        role = _match_role(doc, ref, pos, span.end, mentions)
        if role is not None:
            chunks.append(role)
            pos = role.end
            continue
        matched = False
        for kind, regex in (("RANK", ref.rank_re), ("HON", ref.honorific_re)):
            m = regex.match(text, pos)
            if m and m.end() <= span.end:
                chunks.append(Chunk(kind, pos, m.end(), m.group(0), {"plural": m.group(0).lower().startswith("các")}))
                pos = m.end()
                matched = True
                break
        if matched:
            continue
        for kind, regex in (
            ("FORMER", FORMER),
            ("ENDING", ENDING),
            ("APPOINT", APPOINT),
            ("ELECT", ELECT),
            ("REPLACE", REPLACE),
            ("PLURAL", PLURAL),
            ("QUAL", QUALIFIER),
            ("TARGET", TARGET),
            ("MEMBER", MEMBER),
            ("COPULA", COPULA),
        ):
            m = regex.match(text, pos)
            if m:
                chunks.append(Chunk(kind, pos, m.end(), m.group(0)))
                pos = m.end()
                matched = True
                break
        if matched:
            continue
        name_end = _name_run(doc, pos, span.end, mentions)
        if name_end:
            chunks.append(Chunk("CAPS", pos, name_end, text[pos:name_end]))
            pos = name_end
            continue
        if ch == "và" or (text.startswith("và", pos) and not text[pos + 2 : pos + 3].isalpha()):
            chunks.append(Chunk("AND", pos, pos + 2, "và"))
            pos += 2
            continue
        m = OTHER_WORD.match(text, pos)
        end = m.end() if m else pos + 1
        chunks.append(Chunk("WORD", pos, end, text[pos:end]))
        pos = end
    return chunks


def _match_role(doc: Document, ref: Reference, pos: int, limit: int, mentions: dict[int, Mention]) -> Chunk | None:
    text = doc.text
    m = ref.role_re.match(text, pos)
    if not m or m.end() > limit:
        return None
    words = m.group(0).split()
    # "Phó Thủ tướng", and "quyền Vụ trưởng" / "phó Vụ trưởng" written with a small first letter
    role = ref.role(m.group(0))
    lower_ok = role is not None and role.names_body and any(w[0].isupper() for w in words)  # "đại biểu Quốc hội"
    if not words[0][0].isupper() and not (len(words) > 1 and words[1][0].isupper()) and not lower_ok:
        return None
    end = m.end()
    if role is None:
        return None
    inner = [start for start in mentions if pos < start < end and mentions[start].label == ORG]
    shared = _shared_head(text, role, pos, end, [mentions[s] for s in inner])
    if shared is not None:
        # "Trưởng Ban Tuyên giáo Trung ương": the title's last word is the head of the body's name
        body = shared.value["body"]
        return Chunk(
            "ROLE",
            pos,
            shared.end,
            text[pos : shared.end],
            {"role": role, "body": body, "implied": False, "role_end": end, "how": "org"},
        )
    if inner and not role.body:
        shorter = ref.role_re.match(text[: inner[0]].rstrip(), pos)
        if not shorter:
            return None
        role = ref.role(shorter.group(0))
        end = shorter.end()
        if role is None:
            return None
    body, body_end, how = _body_for_role(doc, ref, role, end, mentions)
    if body is None and role.body and how == "":
        body = ref.bodies.get(role.body)
        implied = True
    else:
        implied = False
    stop = body_end if how else end
    # qualifiers after the body ("khóa XV", "nhiệm kỳ 2021-2026") stay out of its name
    q = QUALIFIER.match(text, stop + 1) if stop < limit and text[stop : stop + 1] == " " else None
    if q and q.end() <= limit:
        stop = q.end()
    return Chunk("ROLE", pos, stop, text[pos:stop], {"role": role, "body": body, "implied": implied, "role_end": end, "how": how})


def _name_run(doc: Document, pos: int, limit: int, mentions: dict[int, Mention]) -> int | None:
    """End of a run of capitalised words starting at ``pos`` (at most five)."""
    text = doc.text
    end = None
    count = 0
    i = pos
    while count < 5:
        m = NAME_WORD.match(text, i)
        if not m or m.end() > limit or (i != pos and i in mentions) or not _titlecase(m.group(0)) or m.group(0) in CREDIT:
            break
        count += 1
        end = m.end()
        if text[end : end + 1] != " " or not text[end + 1 : end + 2].isupper():
            break
        i = end + 1
        if load_reference().role_re.match(text, i) or load_reference().honorific_re.match(text, i):
            break
    return end


def _titlecase(word: str) -> bool:
    """ "Chính", "Eui-yong": an upper-case letter, then lower case (parts after a hyphen free)."""
    head = word.split("-", 1)[0]
    return head[:1].isupper() and (len(head) == 1 or head[1:].islower())


def _is_person_name(ref: Reference, words: list[str], context: bool) -> bool:
    if not words or any(w.isupper() and len(w) > 1 for w in words):
        return False
    if context:
        return (len(words) <= 5 and words[0] not in ref.non_name_words) or (words[0] in ref.surnames and len(words) >= 2)
    return words[0] in ref.surnames and 2 <= len(words) <= 5 and words[1] not in NOT_GIVEN


@dataclass
class Group:
    """A title (role and body) found in a sentence, before being assigned to a person."""

    chunk: Chunk
    former: bool = False


@register("people", needs=("bodies", "places"), adds=(PERSON, ROLE))
def extract_people(doc: Document) -> None:
    """Add PERSON and ROLE mentions and ``holds`` relations between them."""
    ref = load_reference()
    mentions = {m.start: m for m in doc.mentions if m.label in (ORG, PLACE, "DATE", "POLICY")}
    last: Mention | None = None
    for span in doc.sentences:
        sentence = doc.text[span.start : span.end]
        if (
            span.start >= doc.body_start
            and BYLINE.match(sentence)
            and len(sentence.split()) <= 5
            and not any(c in sentence for c in ",;:")
            and not ref.role_re.search(sentence)
        ):
            continue  # a byline or photo credit
        chunks = chunk_sentence(doc, span, mentions)
        _pronoun_subject(chunks, last)
        _read_sentence(doc, ref, chunks)
        named = [m for m in doc.of(PERSON) if span.start <= m.start < span.end and not m.value.get("short")]
        if named:
            last = named[-1]


def _read_sentence(doc: Document, ref: Reference, chunks: list[Chunk]) -> None:
    # 1. names: capitalised runs that are people in their context
    for i, c in enumerate(chunks):
        if c.kind != "CAPS":
            continue
        words = c.text.split()
        prev = chunks[i - 1].kind if i else ""
        if prev == "COLON" and i >= 2 and chunks[i - 2].text in CREDIT:
            continue  # "Ảnh: Lâm Khánh", "Tác giả: ..." name a journalist, not a person of the story
        context = prev in ("HON", "RANK", "ROLE")
        if _is_person_name(ref, words, context):
            # one word after "ông"/"bà" shortens a name told in full elsewhere; after a rank or a
            # title ("Công chúa kế vị Victoria", "Tổng thống Putin") it is the name in use
            short = len(words) == 1 and prev == "HON"
            c.kind = "NAME"
            c.value["person"] = doc.add(PERSON, c.start, c.end, name=c.text, short=short, single=len(words) == 1)
            # "người tiền nhiệm của ông Bình": a possessive, not the subject of a clause
            back = i - 2 if prev == "HON" else i - 1
            c.value["possessive"] = back >= 0 and chunks[back].kind == "WORD" and chunks[back].text == "của"
    # 2. titles become ROLE mentions
    roles: dict[int, Mention] = {}
    for i, c in enumerate(chunks):
        if c.kind == "ROLE":
            role: RoleDef = c.value["role"]
            body: Body | None = c.value["body"]
            if body is None:
                body = _shared_body(chunks, i)
            roles[i] = doc.add(
                ROLE,
                c.start,
                c.end,
                role=role.role,
                base=role.base,
                title=role.name,
                body=body,
                standalone=role.standalone,
                implied=c.value["implied"] and not role.names_body,
                named_by=c.value["how"] or ("title" if role.names_body else ""),
            )
    assigned: set[int] = set()
    given: set[tuple[int, int]] = set()

    def give(name_index: int, role_index: int, *, ended: bool = False, appointed: bool = False, explicit: bool = False) -> None:
        person = chunks[name_index].value["person"]
        mention = roles.get(role_index)
        if mention is None or (role_index, name_index) in given:
            return
        given.add((role_index, name_index))
        assigned.add(role_index)
        doc.relate(HOLDS, person, mention, ended=ended, appointed=appointed and not ended, explicit=explicit)

    def derive(role_index: int, body: Body) -> int:
        """A copy of a title's mention completed with a body named apart from it."""
        source = roles[role_index]
        key = len(chunks) + len(roles)
        roles[key] = doc.add(
            ROLE, source.start, source.end, **{**source.value, "body": body, "implied": False, "named_by": "org"}
        )
        return key

    def member(org_index: int) -> int:
        """Membership of a body joined ("tham gia Ban Thường vụ Tỉnh ủy") as the post "Ủy viên"."""
        org = chunks[org_index].value["mention"]
        key = len(chunks) + len(roles) + 1000
        roles[key] = doc.add(
            ROLE,
            org.start,
            org.end,
            role="Ủy viên",
            base=None,
            title="Ủy viên",
            body=org.value["body"],
            standalone=False,
            implied=False,
            named_by="org",
        )
        return key

    names = [i for i, c in enumerate(chunks) if c.kind == "NAME"]
    subjects = [i for i in names if not chunks[i].value.get("possessive")]
    past = _past_sentence(chunks)
    for n in names:
        # 3. titles before the name (skipping honorifics and ranks)
        j = n - 1
        while j >= 0 and chunks[j].kind in ("HON", "RANK"):
            j -= 1
        pre = []
        while j >= 0 and chunks[j].kind == "ROLE":
            pre.append(j)
            if (
                j - 2 >= 0
                and chunks[j - 1].kind in ("SEP", "AND")
                and chunks[j - 2].kind == "ROLE"
                and not (j - 3 >= 0 and chunks[j - 3].text in PREPOSITIONS)
            ):
                j -= 2
                continue
            break
        former = j >= 1 and chunks[j - 1].kind == "FORMER"
        for r in pre:
            give(n, r, ended=former or _former_before(chunks, r))
        # 4. appositive chain after the name; the person replaced ("thay ông X, Thứ trưởng ...")
        # and one who "đã nghỉ hưu" right after the chain held those titles before
        replaced = j >= 0 and chunks[j].kind == "REPLACE"
        apposed: list[int] = []
        k = _skip_aside(chunks, n + 1)
        if k < len(chunks) and chunks[k].kind in ("SEP", "DASH", "LP"):
            k += 1
            while k < len(chunks):
                k = _skip_aside(chunks, k)
                if k >= len(chunks):
                    break
                kind = chunks[k].kind
                if kind == "FORMER":  # "nguyên Tổng thư ký, Chủ nhiệm ...": the rest of the chain ended
                    k += 1
                    continue
                if kind != "ROLE":
                    break
                if k + 1 < len(chunks) and chunks[k + 1].kind == "NAME":
                    break  # the title of the next name
                apposed.append(k)
                k += 1
                if k < len(chunks) and (
                    chunks[k].kind in ("SEP", "AND", "DASH") or (chunks[k].kind == "APPOINT" and chunks[k].text.lower() == "kiêm")
                ):
                    k += 1
                    continue
                break
        retired = _ending_follows(chunks, k)
        for r in apposed:
            give(
                n,
                r,
                ended=replaced or retired or _former_before(chunks, r) or any(chunks[x].kind == "FORMER" for x in range(n, r)),
                explicit=retired,
            )
        # 5. appointments and endings later in the clause, shared by coordinated names
        if n in subjects:
            group = _coordinated(chunks, n)
            for person in group:
                _changes(chunks, group[-1], subjects, give, past=past, person=person, member=member)
    _plural_lists(chunks, give, derive)
    _targets(chunks, give)
    # 6. replacement: "thay ông X" ends X's post of the same title
    for i, c in enumerate(chunks):
        if c.kind != "REPLACE":
            continue
        target = next((j for j in range(i + 1, min(i + 4, len(chunks))) if chunks[j].kind == "NAME"), None)
        if target is None:
            continue
        new_roles = [r for r in sorted(assigned) if r < i]
        if new_roles and not any(rel.head is chunks[target].value["person"] for rel in doc.relations):
            give(target, new_roles[-1], ended=True)
    for i, mention in roles.items():
        if i not in assigned:
            mention.value["bare"] = True


def _ending_follows(chunks: list[Chunk], k: int) -> bool:
    """ "…, Thứ trưởng Bộ Ngoại giao, đã nghỉ hưu": an ending verb right after a title chain."""
    while k < len(chunks) and (chunks[k].kind in ("SEP", "RP") or chunks[k].text in ("đã", "vừa", "cũng", "được", "sẽ")):
        k += 1
    return (
        k < len(chunks)
        and chunks[k].kind == "ENDING"
        and not any(chunks[i].kind == "ROLE" for i in range(k + 1, min(k + 3, len(chunks))))
    )


def _pronoun_subject(chunks: list[Chunk], last: Mention | None) -> None:
    """ "Ông là Ủy viên Bộ Chính trị ...": a sentence opened by "Ông"/"Bà" alone speaks of the
    person named last."""
    if last is None or len(chunks) < 2 or chunks[0].kind != "HON" or chunks[0].value.get("plural"):
        return
    if chunks[1].kind not in ("COPULA", "FORMER") or chunks[0].text not in ("Ông", "Bà"):
        return
    chunks[0].kind = "NAME"
    chunks[0].value["person"] = last


def _past_sentence(chunks: list[Chunk]) -> bool:
    """A sentence about what someone held before ("Trước đó, ông X giữ chức Y"), not an appointment."""
    if not chunks or chunks[0].kind != "FORMER":
        return False
    return not any(
        c.kind == "ELECT" or (c.kind == "APPOINT" and re.search(r"bầu|bổ nhiệm|phân công|điều động", c.text)) for c in chunks
    )


def _skip_aside(chunks: list[Chunk], k: int) -> int:
    """Skip what may stand between a name and its titles: "(SN 1960)", ", 51 tuổi,", "tân"."""
    while k < len(chunks):
        c = chunks[k]
        if c.kind == "LP":
            close = next((j for j in range(k + 1, min(k + 8, len(chunks))) if chunks[j].kind == "RP"), None)
            if close is None or any(chunks[j].kind in ("ROLE", "NAME") for j in range(k + 1, close)):
                return k
            k = close + 1
            continue
        if c.kind == "SEP" and k + 2 < len(chunks) and chunks[k + 1].text.isdigit() and chunks[k + 2].text == "tuổi":
            k += 3
            continue
        if c.kind == "WORD" and c.text in ("tân", "đương kim"):
            k += 1
            continue
        return k
    return k


def _plural_lists(chunks: list[Chunk], give: Any, derive: Any) -> None:
    """A title for several people: "các Phó Thủ tướng A, B và C", "4 Phó Thủ tướng: A, B",
    "các Phó Chủ tịch Quốc hội là ông A, bà B", and "3 Thứ trưởng gồm các ông A, B (Bộ X) và
    ông C (Bộ Y)" where a body in brackets completes the title of the names before it."""
    for r, c in enumerate(chunks):
        if c.kind != "ROLE" or r == 0:
            continue
        before = chunks[r - 1]
        if not (
            before.kind == "PLURAL"
            or (before.kind == "HON" and before.value.get("plural"))
            or (before.kind == "WORD" and before.text.isdigit())
        ):
            continue
        k = r + 1
        if k < len(chunks) and (chunks[k].kind in ("COLON", "COPULA") or chunks[k].text == "gồm"):
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
                key = r if c.value["body"] is not None else derive(r, body)
                for name in pending:
                    give(name, key)
                pending = []
                k += 3
            if k < len(chunks) and (chunks[k].kind == "AND" or (chunks[k].kind == "SEP" and chunks[k].text == ",")):
                k += 1
                continue
            break
        for name in pending:
            give(name, r)


def _targets(chunks: list[Chunk], give: Any) -> None:
    """Titles given to or taken from a person named after them: "miễn nhiệm chức vụ Y đối với
    ông X", "trao Quyết định bổ nhiệm Y cho ông X"."""
    for i, c in enumerate(chunks):
        if c.kind not in ("ENDING", "ELECT", "APPOINT"):
            continue
        found: list[int] = []
        k = i + 1
        while k < len(chunks) and chunks[k].kind in ("ROLE", "SEP", "AND", "QUAL"):
            if chunks[k].kind == "ROLE":
                found.append(k)
            k += 1
        if not found or k >= len(chunks):
            continue
        if not (chunks[k].kind == "TARGET" or (chunks[k].kind == "WORD" and chunks[k].text == "cho")):
            continue
        k += 1
        if k < len(chunks) and chunks[k].kind == "HON":
            k += 1
        if k < len(chunks) and chunks[k].kind == "NAME":
            for r in found:
                ending = c.kind == "ENDING"
                give(k, r, ended=ending, appointed=not ending, explicit=True)


def _former_before(chunks: list[Chunk], index: int) -> bool:
    return index > 0 and chunks[index - 1].kind == "FORMER"


def _shared_body(chunks: list[Chunk], index: int) -> Body | None:
    """ "Phó Chủ tịch Thường trực và Phó Chủ tịch UBND tỉnh": the next title's body."""
    role: RoleDef = chunks[index].value["role"]
    if role.standalone or role.body:
        return None
    j = index + 1
    if j + 1 < len(chunks) and chunks[j].kind in ("AND", "SEP") and chunks[j + 1].kind == "ROLE":
        nxt = chunks[j + 1].value
        if nxt["body"] is not None and not nxt["implied"]:
            return nxt["body"]
    return None


def _coordinated(chunks: list[Chunk], n: int) -> list[int]:
    """A name and the names joined to it ("ông A và ông B được bổ nhiệm ...")."""
    group = [n]
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


def _changes(
    chunks: list[Chunk], n: int, names: list[int], give: Any, *, past: bool = False, person: int | None = None, member: Any = None
) -> None:
    """Titles after an appointment or ending word that follows the name in its clause.

    In a sentence about the past ("Trước đó, ông X giữ chức Y") the post has ended.
    """
    nxt = next((m for m in names if m > n), len(chunks))
    k = n + 1
    mode = None
    while k < nxt:
        c = chunks[k]
        if c.kind == "APPOINT":
            mode = "end" if past else "appoint"
        elif c.kind in ("ENDING", "FORMER"):
            mode = "end"
        elif c.kind == "COPULA":
            mode = mode or "copula"
        elif c.kind == "WORD" and mode == "end" and c.text.lower() in load_reference().current_words:
            mode = "copula"  # "nguyên là Giám đốc X, nay là Giám đốc Y": Y is held now
        elif c.kind == "MEMBER":
            mode = "member"
        elif mode == "member" and c.kind not in ("ORG", "SEP", "AND"):
            mode = None  # "tham gia kế hoạch do Bộ X đề xuất": joining a plan, not the body
        elif c.kind == "ORG" and mode == "member" and member is not None:
            give(n if person is None else person, member(k), appointed=True)
        elif c.kind == "TARGET" or c.kind == "REPLACE":
            break
        elif c.kind == "ROLE" and mode and not (k + 1 < len(chunks) and chunks[k + 1].kind == "NAME"):
            until = k + 2 < len(chunks) and chunks[k + 1].kind == "LP" and chunks[k + 2].text in ("đến", "tới")
            ended = mode == "end" or until or _former_before(chunks, k)
            give(n if person is None else person, k, ended=ended, appointed=mode == "appoint", explicit=mode == "end" or until)
        elif c.kind in ("WORD",) and mode and c.text in (".", "nhưng", "còn"):
            break
        k += 1


def _shared_head(text: str, role: RoleDef, pos: int, end: int, inner: list[Mention]) -> Mention | None:
    """The body whose name starts with the title's last words ("Ban" of "Trưởng Ban" in
    "Trưởng Ban Tuyên giáo Trung ương", "Văn phòng" of "Chánh Văn phòng Tỉnh ủy X")."""
    if role.body or not inner:
        return None
    org = inner[0]
    tail = text[org.start : end]
    if org.end > end and org.text[: len(tail)].lower() == tail.lower() and text[org.start - 1] == " ":
        return org
    return None
