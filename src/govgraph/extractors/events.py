"""Events: meetings, conferences, sessions, ceremonies, receptions, visits.

An event is found by its head noun ("Hội nghị", "Kỳ họp", "Lễ") or, when the text
names none, by its verb ("tiếp", "hội đàm", "thăm chính thức", "họp"). The mentions
of one kind in an article are one event. Its date, place, organiser and the people
who chaired, spoke at, attended or were received at it come from the sentences
that report it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from .. import lexicon
from ..document import DATE, EVENT, ORG, PERSON, PLACE, POLICY, ROLE, Document, Mention, Span
from ..reference import alternation
from ..text import normalize
from .event_mentions import head_span, in_passing
from .registry import register

_EVENTS = "events"
KEEP = 3  # events kept per article
PRIORITY = {"chair": 0, "speaker": 1, "receive": 2, "attendee": 3}  # the stronger part wins


@dataclass
class Found:
    """The mentions of one event in an article, and how strongly the article reports it."""

    kind: str
    mentions: list[Mention] = field(default_factory=list)
    score: float = 0.0


@dataclass(frozen=True)
class _Rules:
    """The patterns of this module, compiled once from ``events.json``."""

    heads: re.Pattern[str]  # "Hội nghị", "Kỳ họp", "Lễ"
    verbs: re.Pattern[str]  # "tiếp", "hội đàm", "thăm chính thức"
    verb_kinds: dict[str, str]  # verb -> the kind of event it reports
    needs_object: frozenset[str]  # verbs that report an event only before a person or body
    needs_person: frozenset[str]  # verbs that report an event only when a person or title does it
    roles: dict[str, re.Pattern[str]]  # part played -> the verbs that say it
    name_stop: re.Pattern[str]  # a word that ends an event's name
    organize: re.Pattern[str]  # "tổ chức"
    by: re.Pattern[str]  # "do" before an organiser
    invite: re.Pattern[str]  # "lời mời của" before a host
    at: re.Pattern[str]  # "tại" before a place
    point: re.Pattern[str]  # "điểm cầu" before a connected point
    happen: re.Pattern[str]  # "diễn ra"
    object_link: re.Pattern[str]  # "với" between a verb and its object
    object: re.Pattern[str]  # "ông", "đoàn" after a verb
    chaired_under: re.Pattern[str]  # "dưới sự" between a person and "chủ trì"
    chaired_of: re.Pattern[str]  # "của" after "chủ trì"
    chaired_is: re.Pattern[str]  # "là" after "chủ trì"


@cache
def _rules() -> _Rules:
    """Compile the event words of ``events.json`` into patterns, once."""
    alt = lambda name: lexicon.alternatives(_EVENTS, name)  # noqa: E731
    words = lambda name: lexicon.pattern(_EVENTS, name, re.IGNORECASE)  # noqa: E731
    verbs = lexicon.entry(_EVENTS, "verbs")
    verb_kinds = {normalize(v["verb"]): v["kind"] for v in verbs}
    roles = {"chair": "chair_verbs", "speaker": "speaker_verbs", "attendee": "attend_verbs", "receive": "receive_verbs"}
    return _Rules(
        heads=words("heads"),
        verbs=alternation(list(verb_kinds), flags=re.IGNORECASE),
        verb_kinds=verb_kinds,
        needs_object=frozenset(normalize(v["verb"]) for v in verbs if v.get("needs_object")),
        needs_person=frozenset(normalize(v["verb"]) for v in verbs if v.get("needs_person")),
        roles={part: words(name) for part, name in roles.items()},
        name_stop=re.compile(rf"(?i)\s{alt('name_stops')}(?=\s|$)"),
        organize=words("organize_verbs"),
        by=words("by_words"),
        invite=words("invite_words"),
        at=words("place_words"),
        point=lexicon.template(_EVENTS, "point"),
        happen=words("happen_verbs"),
        object_link=re.compile(rf"\s+(?:{alt('object_links')}\s+)?"),
        object=re.compile(rf"(?:{alt('object_starts')}|\d+\s+\w+)\b"),
        chaired_under=re.compile(rf"(?i)\b{alt('chaired_under')}\s*$"),
        chaired_of=re.compile(rf"(?i)\s*{alt('chaired_of')}\s"),
        chaired_is=re.compile(rf"\s{alt('chaired_is')}\s[^.;,]*$"),
    )


def _has_object(doc: Document, end: int) -> bool:
    """A person, title or body right after a verb ("tiếp ông X", "bầu Phó Chủ tịch")."""
    m = _rules().object_link.match(doc.text, end)
    at = m.end() if m else end
    if _rules().object.match(doc.text[at : at + 16]):
        return True
    return any(x.start == at for x in doc.mentions if x.label in (PERSON, ROLE, ORG))


def _canonical_kind(word: str) -> str:
    word = normalize(word)
    return word[0].upper() + word[1:].lower()


@register("events", needs=("dates", "bodies", "places", "people", "policies"), adds=(EVENT,))
def extract_events(doc: Document) -> None:
    """Add EVENT mentions and the relations of each event to dates, places, bodies and people."""
    lead_end = _lead_end(doc)
    found: dict[str, Found] = {}
    _head_events(doc, found, lead_end)
    _verb_events(doc, found, lead_end)
    _merge_verb_events(doc, found)
    kept = _keep(doc, found)
    for index, item in enumerate(kept):
        _describe(doc, item, index, kept)
    _share_places(doc, [f.mentions[0] for f in kept])


def _head_events(doc: Document, found: dict[str, Found], lead_end: int) -> None:
    """Events named by a head noun ("Hội nghị", "Kỳ họp"), one per kind, scored by how
    strongly their sentences report them."""
    aliases = lexicon.entry(_EVENTS, "head_aliases")
    last_end: int | None = None
    for m in _rules().heads.finditer(doc.text):
        follows = last_end is not None and not doc.text[last_end : m.start()].strip()
        last_end = m.end()
        if follows or doc.covered(m.start(), m.end(), POLICY, ORG, PERSON):
            continue  # "phiên họp đại hội đồng cổ đông": one event named by two heads
        end = head_span(doc, m.start(), m.end())
        if end is None or in_passing(doc, m.start(), end):
            continue
        written = doc.text[m.start() : end]
        kind = _canonical_kind(written)
        kind = aliases.get(kind, kind)
        sent = doc.sentence_of(m.start())
        mention = doc.add(EVENT, m.start(), end, kind=kind)
        item = found.setdefault(kind, Found(kind))
        item.mentions.append(mention)
        item.score += 1.0 + _evidence_score(doc, sent)
        if m.start() < lead_end:
            item.score += 2.0
        if written[0].isupper() and m.start() != sent.start:
            item.score += 1.0


def _verb_events(doc: Document, found: dict[str, Found], lead_end: int) -> None:
    """Events told by a verb ("tiếp", "hội đàm") in the lead or in a dated sentence, one per
    kind and host."""
    rules = _rules()
    text = doc.text
    same_day = lexicon.words(_EVENTS, "same_day_words")
    words = {t.start: t.text.casefold() for t in doc.tokens}
    for m in rules.verbs.finditer(text):
        verb = m.group(0).casefold()
        token = words.get(m.start())
        if token is None or not verb.startswith(token) or doc.covered(m.start(), m.end(), EVENT, ORG, PERSON, ROLE, POLICY):
            continue  # "tiếp" inside "tiếp thu" is no reception
        if in_passing(doc, m.start(), m.end()) or (verb in rules.needs_object and not _has_object(doc, m.end())):
            continue
        sent = doc.sentence_of(m.start())
        told_before = text[sent.start : m.start()]
        timed = any(sent.start <= d.start < sent.end for d in doc.of(DATE)) or any(w in told_before for w in same_day)
        if m.start() >= lead_end and not timed:
            continue
        subject = _host(doc, sent, m.start())
        if subject is None or (verb in rules.needs_person and not _does_it(doc, subject, m.start())):
            continue
        host = subject.value.get("name") or subject.value.get("role") or subject.value.get("id") or subject.text
        kind = rules.verb_kinds[verb]
        mention = doc.add(EVENT, m.start(), m.end(), kind=kind, verb=True, host=host)
        item = found.setdefault(f"{kind}|{host}", Found(kind))
        item.mentions.append(mention)
        item.score += 3.0


def _keep(doc: Document, found: dict[str, Found]) -> list[Found]:
    """The events an article reports, best first up to ``KEEP``, in text order; the mentions of
    the others are dropped. A session or meeting kept absorbs the elections told by a verb,
    unless they are dated another day."""
    ranked = sorted(found.values(), key=lambda f: (-f.score, f.mentions[0].start))
    kept = [f for f in ranked if f.score >= 3.0][:KEEP] or ranked[:1]
    absorbing = lexicon.wordset(_EVENTS, "absorbing_kinds")
    absorbed = lexicon.wordset(_EVENTS, "absorbed_kinds")
    sessions = [f for f in kept if f.kind in absorbing]
    if sessions:
        days = {_first_day(doc, f) for f in sessions}
        kept = [
            f
            for f in kept
            if not (f.mentions[0].value.get("verb") and f.kind in absorbed and _first_day(doc, f) in days | {None})
        ]
    dropped = {id(m) for f in found.values() if f not in kept for m in f.mentions}
    doc.mentions = [m for m in doc.mentions if id(m) not in dropped]
    kept.sort(key=lambda f: f.mentions[0].start)
    return kept


def _first_day(doc: Document, item: Found) -> str | None:
    """The first date written in the sentences of an event: an election told on a day of its
    own ("hôm nay 19/4 bầu ông X") is an event apart from the congress that began before."""
    for sent in _sentences(doc, item):
        when = next((d for d in doc.of(DATE) if _inside(d, sent)), None)
        if when is not None:
            return when.value.get("date")
    return None


def _merge_verb_events(doc: Document, found: dict[str, Found]) -> None:
    """A verb event joins the head-noun event of its kind ("họp" and "Cuộc họp"), and an election
    or handing-over told in the sentence of a session joins that session."""
    for key in [k for k in found if "|" in k]:
        item = found[key]
        target = found.get(item.kind)
        if target is None and item.kind in lexicon.wordset(_EVENTS, "absorbed_kinds"):
            sents = {doc.sentence_of(m.start) for m in item.mentions}
            target = next(
                (
                    f
                    for k, f in found.items()
                    if "|" not in k
                    and f.kind in lexicon.wordset(_EVENTS, "absorbing_kinds")
                    and any(doc.sentence_of(m.start) in sents for m in f.mentions)
                ),
                None,
            )
        if target is not None:
            target.mentions.extend(item.mentions)
            target.mentions.sort(key=lambda m: (bool(m.value.get("verb")), m.start))
            target.score += item.score
            del found[key]


def _evidence_score(doc: Document, sent: Span) -> float:
    """How strongly a sentence reports an event: a date, a verb of holding, a chair."""
    piece = doc.text[sent.start : sent.end]
    score = 0.0
    if any(sent.start <= d.start < sent.end for d in doc.of(DATE)):
        score += 1.0
    if _rules().happen.search(piece):
        score += 1.0
    if _rules().roles["chair"].search(piece) and any(sent.start <= m.start < sent.end for m in doc.of(PERSON)):
        score += 2.0
    return score


def _does_it(doc: Document, subject: Mention, pos: int) -> bool:
    """A person or title is the subject of the verb at ``pos``: only names, titles, places and
    words like "đã đi", "cùng lãnh đạo" stand between ("ông X, Phó Chủ tịch tỉnh, đã đi kiểm tra")."""
    if subject.label == ORG:
        return False
    piece = list(doc.text[subject.end : pos])
    for m in doc.mentions:
        if m.label in (PERSON, ROLE, ORG, PLACE) and subject.end <= m.start and m.end <= pos:
            piece[m.start - subject.end : m.end - subject.end] = " " * (m.end - m.start)
    rest = re.sub(r"[\s,\-–.…]+", " ", "".join(piece)).strip()
    allowed = lexicon.alternatives(_EVENTS, "connecting_words") + "|" + lexicon.alternatives(_EVENTS, "lead_in_words")
    return re.fullmatch(rf"(?i)(?:(?:{allowed})(?:\s+|$))*", rest + " " if rest else "") is not None


def _host(doc: Document, sent: Span, pos: int) -> Mention | None:
    """Who performs a reception or visit: the last person, title or body named before the verb."""
    before = [m for m in doc.mentions if m.label in (PERSON, ROLE, ORG) and sent.start <= m.start < pos]
    return before[-1] if before else None


def _share_places(doc: Document, primaries: list[Mention]) -> None:
    """An event told with no place took place where the event before it on the same day did
    ("lễ đón ... tại Nhà Quốc hội. Ngay sau đó, ... hội đàm")."""

    def day(primary: Mention) -> str | None:
        rel = next((r for r in doc.relations if r.head is primary and r.kind == "date"), None)
        return rel.tail.value.get("date") if rel else primary.value.get("date")

    def places(primary: Mention) -> list[Mention]:
        return [r.tail for r in doc.relations if r.head is primary and r.kind == "location"]

    for i, primary in enumerate(primaries):
        if places(primary) or day(primary) is None:
            continue
        for earlier in reversed(primaries[:i]):
            if day(earlier) == day(primary) and places(earlier):
                for place in places(earlier):
                    doc.relate("location", primary, place)
                break


def _lead_end(doc: Document) -> int:
    """End of the headline and the first body paragraph, where the main events are told."""
    nl = doc.text.find("\n", doc.body_start)
    first = nl if nl > 0 else len(doc.text)
    # a short first paragraph (a dateline) gives way to the next one
    if first - doc.body_start < 120:
        nxt = doc.text.find("\n", first + 1)
        while nxt == first + 1:
            first, nxt = nxt, doc.text.find("\n", nxt + 1)
        first = nxt if nxt > 0 else len(doc.text)
    return first


def _sentences(doc: Document, item: Found) -> list[Span]:
    seen: list[Span] = []
    for mention in item.mentions:
        sent = doc.sentence_of(mention.start)
        if sent not in seen:
            seen.append(sent)
    return seen


def _inside(mention: Mention, sent: Span) -> bool:
    """True when ``mention`` lies wholly in ``sent``."""
    return sent.start <= mention.start and mention.end <= sent.end


def _describe(doc: Document, item: Found, index: int, kept: list[Found]) -> None:
    """Name a kept event and relate it to its date, places, organiser, the policies it
    discussed, its people and the posts it conferred."""
    primary = item.mentions[0]
    primary.value["primary"] = True
    for mention in item.mentions:
        mention.value["group"] = index
    primary.value["name"] = _name(doc, item)
    sentences = _sentences(doc, item)
    _date(doc, primary, sentences)
    for sent in sentences:  # places in the event's sentences, preferring those after "tại"
        for place in doc.of(PLACE):
            if _inside(place, sent) and _place_fits(doc, place, sent) and not doc.covered(place.start, place.end, ROLE):
                doc.relate("location", primary, place)
    organizer = _organizer(doc, item, sentences)
    if organizer is not None:
        doc.relate("organizer", primary, organizer)
    for sent in sentences:
        for pol in doc.of(POLICY):
            if _inside(pol, sent):
                doc.relate("about", primary, pol)
    own = [s for s in doc.sentences if _belongs(doc, s, item, kept)]
    _people(doc, primary, own)
    _points(doc, primary, own)
    for rel in doc.relations:  # appointments and elections told in the event's sentences
        if rel.kind == "holds" and rel.value.get("appointed") and any(s.start <= rel.tail.start < s.end for s in own):
            doc.relate("confers", primary, rel.tail)


def _date(doc: Document, primary: Mention, sentences: list[Span]) -> None:
    """The event's date: in a sentence of the event, else the lead's first date, else the
    publication date."""
    when = None
    for sent in sentences:
        when = next((d for d in doc.of(DATE) if _inside(d, sent)), None)
        if when:
            break
    if when is None:
        lead = _lead_end(doc)
        when = next((d for d in doc.of(DATE) if d.start < lead), None)
    if when is not None:
        doc.relate("date", primary, when)
    elif doc.anchor_date:
        primary.value["date"] = doc.anchor_date.isoformat()


def _points(doc: Document, primary: Mention, own: list[Span]) -> None:
    """The connected points of an online meeting ("điểm cầu Hà Nội", "đầu cầu Trụ sở Chính phủ")."""
    linked = {r.tail.start for r in doc.relations if r.head is primary and r.kind == "location"}
    for sent in own:
        for place in doc.of(PLACE):
            if (
                _inside(place, sent)
                and place.start not in linked
                and _rules().point.search(doc.text[max(sent.start, place.start - 30) : place.start])
            ):
                doc.relate("location", primary, place)
                linked.add(place.start)


def _name(doc: Document, item: Found) -> str:
    """The event's name as written: its longest mention with the words that qualify it."""
    best = ""
    for mention in item.mentions:
        if mention.value.get("verb"):
            continue
        sent = doc.sentence_of(mention.start)
        rest = doc.text[mention.start : sent.end]
        cut = re.search(r"[,.;:()\"]|\n", rest)
        piece = rest[: cut.start()] if cut else rest
        stop = _rules().name_stop.search(piece, len(mention.text))
        piece = piece[: stop.start()] if stop else piece
        words = piece.split()
        piece = " ".join(words[:16])
        if len(piece) > len(best):
            best = piece
    if not best:
        return item.kind
    return best[0].upper() + best[1:]


def _place_fits(doc: Document, place: Mention, sent: Span) -> bool:
    before = doc.text[max(sent.start, place.start - 40) : place.start]
    if _rules().at.search(before):
        return True
    return place.value.get("kind") in ("venue", "city")


def _organizer(doc: Document, item: Found, sentences: list[Span]) -> Mention | None:
    named = doc.of(ORG)
    # a body named inside a longer name ("Bộ X" in "Đảng ủy Bộ X") is not the one that acts
    orgs = [
        o
        for o in named
        if not doc.covered(o.start, o.end, ROLE)
        and not any(n is not o and n.start <= o.start and o.end <= n.end and n.end - n.start > o.end - o.start for n in named)
    ]
    for sent in sentences:
        piece = doc.text[sent.start : sent.end]
        invite = _rules().invite.search(piece)
        if invite:
            start = sent.start + invite.end()
            stop = re.search(r"[.;:]", piece[invite.end() :])
            end = sent.start + invite.end() + stop.start() if stop else sent.end
            hosts = [o for o in orgs if start <= o.start < end]
            if hosts:
                return next((o for o in hosts if o.value["body"].kind == "ForeignBody"), hosts[0])
    for sent in sentences:
        piece = doc.text[sent.start : sent.end]
        for m in _rules().organize.finditer(piece):
            at = sent.start + m.start()
            do = list(_rules().by.finditer(piece[: m.start()]))
            if do:
                start = sent.start + do[-1].end()
                inside = [o for o in orgs if start <= o.start and o.end <= at]
                if inside:
                    return inside[0]
            before = [o for o in orgs if sent.start <= o.start and o.end <= at and at - o.end < 25]
            if before:
                return before[-1]
    for mention in item.mentions:
        sent = doc.sentence_of(mention.start)
        name_end = mention.start + len(_name(doc, Found(item.kind, [mention])))
        inside = [o for o in orgs if mention.end <= o.start and o.end <= name_end and o.end <= sent.end]
        if inside:
            return inside[0]
    host = _clause_host(doc, item, orgs)
    if host is not None:
        return host
    for mention in item.mentions:  # "Đảng Cộng sản Cuba … bầu", "HĐQT … đã họp": the body holds it
        subject = _host(doc, doc.sentence_of(mention.start), mention.start) if mention.value.get("verb") else None
        if subject is not None and subject in orgs:
            return subject
    if item.kind in lexicon.wordset(_EVENTS, "assembly_kinds"):
        for sent in sentences:
            for o in orgs:
                kind = o.value["body"].kind
                if sent.start <= o.start < sent.end and (kind == "Legislature" or o.value["id"].startswith("hoi-dong-nhan-dan")):
                    return o
    return None


def _clause_host(doc: Document, item: Found, orgs: list[Mention]) -> Mention | None:
    """ "Tại kỳ họp thứ 5, Ủy ban Kiểm tra Tỉnh ủy X đã …": the body that opens the clause after
    a meeting introduced by "tại" is the one that holds it."""
    if item.kind not in lexicon.wordset(_EVENTS, "host_clause_kinds"):
        return None
    for mention in item.mentions:
        before = doc.text[max(0, mention.start - 12) : mention.start]
        if not any(m.end() == len(before.rstrip()) for m in _rules().at.finditer(before)):
            continue
        sent = doc.sentence_of(mention.start)
        clause = re.match(r"[^,.;:]{0,80},\s*", doc.text[mention.end : sent.end])
        if clause is not None:
            host = next((o for o in orgs if o.start == mention.end + clause.end()), None)
            if host is not None:
                return host
    return None


def _belongs(doc: Document, sent: Span, item: Found, kept: list[Found]) -> bool:
    """A sentence tells of ``item`` when it mentions it, or follows its mention with no other event between."""
    events = sorted(((m.start, f.kind) for f in kept for m in f.mentions if m.start < sent.end), reverse=True)
    if any(sent.start <= m.start < sent.end for m in item.mentions):
        return True
    if not events:
        return False
    return events[0][1] == item.kind


def _people(doc: Document, primary: Mention, sentences: list[Span]) -> None:
    """Chair, speakers and attendees from the participation verbs of each sentence."""
    roles = _rules().roles
    seen: set[tuple[str, int]] = set()
    for sent in sentences:
        piece = doc.text[sent.start : sent.end]
        people = [m for m in doc.mentions if m.label in (PERSON, ROLE) and sent.start <= m.start < sent.end and _is_person_ref(m)]
        if not people:
            continue
        verbs = []
        for kind, regex in roles.items():
            for m in regex.finditer(piece):
                verbs.append((sent.start + m.start(), sent.start + m.end(), kind))
        verbs.sort()
        for person in people:
            kind = _role_of(doc, person, verbs, people)
            if kind is None:
                continue
            relation = "attendee" if kind in ("attendee", "receive") else kind
            if (relation, person.start) in seen:
                continue
            seen.add((relation, person.start))
            doc.relate(relation, primary, person)


def _is_person_ref(mention: Mention) -> bool:
    if mention.label == PERSON:
        return True
    return bool(mention.value.get("bare"))


def _joined(doc: Document, start: int, end: int) -> bool:
    """True when only names, titles and words like "và", "sẽ" stand in text[start:end]:
    "Tony Smith và Chủ tịch Thượng viện Scott Ryan sẽ đồng chủ trì" shares the verb."""
    piece = list(doc.text[start:end])
    for m in doc.mentions:
        if m.label in (PERSON, ROLE, ORG, PLACE) and start <= m.start and m.end <= end:
            piece[m.start - start : m.end - start] = " " * (m.end - m.start)
    words = re.findall(r"[^\s,]+", "".join(piece))
    return all(w in lexicon.wordset(_EVENTS, "connecting_words") for w in words) and not re.search(r"[.;:]", doc.text[start:end])


def _role_of(doc: Document, person: Mention, verbs: list[tuple[int, int, str]], people: list[Mention]) -> str | None:
    """The part a person plays: the strongest verb that follows them in their clause, else attendance."""
    after = [
        v for v in verbs if v[0] >= person.end and v[0] - person.end < 160 and not re.search(r"[.;]", doc.text[person.end : v[0]])
    ]
    if after:
        first = after[0]
        between_people = [p for p in people if person.end <= p.start and p.end <= first[0]]
        if not between_people or _joined(doc, person.end, first[0]):
            clause = [v for v in after if not any(person.end <= p.start < v[0] for p in people) or _joined(doc, person.end, v[0])]
            start, _, kind = min(clause or [first], key=lambda v: (PRIORITY[v[2]], v[0]))
            if kind == "chair" and _rules().chaired_under.search(doc.text[person.end : start]):
                return "attendee"
            return kind
    before = [v for v in verbs if v[1] <= person.start]
    if before:
        start, end, kind = before[-1]
        between = doc.text[end : person.start]
        if kind == "chair" and (_rules().chaired_of.match(between) or _rules().chaired_is.search(between + " ")):
            return "chair"  # "dưới sự chủ trì của X", "chủ trì ... là X"
    return "attendee"
