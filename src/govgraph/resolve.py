"""Resolution: mentions of one article become entities and links (Facts).

Within an article, short names ("ông Hồng") and titles alone ("Thủ tướng") resolve
to the person named in full; mentions of one body, place, document or event merge.
Across articles, identity comes from the keys minted here: the ASCII-folded full
name of a person, a body's canonical name, a post's role and body, a document's
type and number, an event's kind, date and place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from . import vocabulary
from .document import EVENT, ORG, PERSON, PLACE, POLICY, ROLE, Article, Document, Mention, Relation
from .reference import Body, known_body, load_reference
from .text import key, normalize, slug, syllable
from .vocabulary import HOLDS, RETIRED


class EntityKey(str):
    """An entity's identity: its kind and its identifier within the kind, carried as fields
    (never parsed back); as a string it is the IRI path ``kind/ident``."""

    kind: str
    ident: str

    def __new__(cls, kind: str, ident: str) -> EntityKey:
        key = super().__new__(cls, f"{kind}/{ident}")
        key.kind, key.ident = kind, ident
        return key

    def __getnewargs__(self) -> tuple[str, str]:  # type: ignore[override]
        return (self.kind, self.ident)

    @property
    def path(self) -> str:
        return str.__str__(self)

    def __repr__(self) -> str:
        return f"EntityKey({self.kind!r}, {self.ident!r})"


@dataclass
class Entity:
    """A thing the article speaks of, with the key its IRI is made from."""

    kind: str
    key: EntityKey
    label: str
    data: dict[str, Any] = field(default_factory=dict)
    aliases: set[str] = field(default_factory=set)
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class Facts:
    """Everything one article states: entities and (subject, relation, object) links."""

    article: Article
    doc: Document
    entities: dict[EntityKey, Entity] = field(default_factory=dict)
    links: set[tuple[EntityKey, str, EntityKey]] = field(default_factory=set)

    def entity(self, what: str, ident: str, label: str, mention: Mention | None = None, /, **data: Any) -> Entity:
        ident_key = EntityKey(what, ident)
        found = self.entities.get(ident_key)
        if found is None:
            found = self.entities[ident_key] = Entity(what, ident_key, label, dict(data))
        else:
            for name, value in data.items():
                found.data.setdefault(name, value)
        if mention is not None:
            found.mentions.append(mention)
        return found

    def link(self, subject: Entity, relation: str, obj: Entity) -> None:
        """State ``subject relation obj``; ``relation`` is a name in the vocabulary."""
        self.links.add((subject.key, relation, obj.key))


def resolve(doc: Document) -> Facts:
    """Turn a document's mentions and relations into Facts."""
    facts = Facts(doc.article, doc)
    people = _people(doc, facts)
    bodies = {m.start: _body(facts, m.value["body"], m) for m in doc.of(ORG)}
    places = {m.start: _place(facts, m) for m in doc.of(PLACE)}
    posts = _posts(doc, facts, people)
    titles = _titles(doc, facts, people)
    policies = _policies(doc, facts)
    _policy_links(doc, facts, people, titles, bodies, policies)
    _events(doc, facts, people, titles, bodies, places, policies, posts)
    _components(doc, facts)
    return facts


# relations between mentions that the rules above turn into links themselves
_RESOLVED_HERE = frozenset(
    {
        HOLDS,
        "issuer",
        "signer",
        "implementer",
        "date",
        "location",
        "organizer",
        "about",
        "confers",
        "chair",
        "speaker",
        "attendee",
    }
)


def _components(doc: Document, facts: Facts) -> None:
    """Mentions and relations added by components beyond the built-in ones: a mention of a
    label the vocabulary maps to a kind becomes an entity (its ``name`` or its text names it),
    and a relation the vocabulary knows links the entities of its two mentions."""
    extra = vocabulary.component_labels()
    for m in doc.mentions:
        if m.label in extra:
            name = normalize(" ".join(str(m.value.get("name") or m.text).split()))
            data = {k: v for k, v in m.value.items() if k != "name" and isinstance(v, (str, int, float))}
            facts.entity(extra[m.label].kind, slug(name), name, m, **data)
    known = vocabulary.relations()
    pending = [r for r in doc.relations if r.kind in known and r.kind not in _RESOLVED_HERE]
    if not pending:
        return
    entity_of = {id(m): e for e in facts.entities.values() for m in e.mentions}
    for rel in pending:
        _link_mentions(facts, entity_of, rel)


def _link_mentions(facts: Facts, entity_of: dict[int, Entity], rel: Relation) -> None:
    head, tail = entity_of.get(id(rel.head)), entity_of.get(id(rel.tail))
    if head is not None and tail is not None:
        facts.link(head, rel.kind, tail)


def _policy_links(
    doc: Document,
    facts: Facts,
    people: dict[int, Entity],
    titles: dict[int, Entity],
    bodies: dict[int, Entity],
    policies: dict[int, Entity],
) -> None:
    """Issuers, signers and implementers the text states."""
    for rel in doc.relations:
        if rel.kind not in ("issuer", "signer", "implementer") or rel.head.start not in policies:
            continue
        policy = policies[rel.head.start]
        tail = rel.tail
        target = bodies.get(tail.start) if tail.label == ORG else people.get(tail.start) or titles.get(tail.start)
        if target is not None:
            facts.link(policy, rel.kind, target)


def _people(doc: Document, facts: Facts) -> dict[int, Entity]:
    """PERSON mentions by start offset. A name given in one word ("Tổng thống Putin", "ông
    Hồng") joins the full name it shortens wherever in the article that name is told, even after
    it (a caption before the body text); a one word name after a title that shortens no full name
    is a person of its own, one after "ông"/"bà" alone is dropped."""
    full: dict[str, Entity] = {}
    sexes: dict[str, set[str]] = {}  # the forms of address each name, full or in one word, is given
    out: dict[int, Entity] = {}
    persons = list(doc.of(PERSON))
    for m in persons:
        sexes.setdefault(key(m.value["name"]), set()).update(filter(None, [m.value.get("sex")]))
    named = [m for m in persons if not (m.value.get("single") or m.value.get("short"))]
    # longer names first: "Thu Thủy" and "Phạm Kim Huệ" join "Nguyễn Thu Thủy" and "Phạm Thị Kim Huệ"
    for m in sorted(named, key=lambda m: -len(m.value["name"].split())):
        name = m.value["name"]  # already in the normalised text
        entity = full.get(key(name)) or _longer_form(key(name), full)
        if entity is None:
            entity = facts.entity("person", slug(name), name, m)
        else:
            entity.mentions.append(m)
        full.setdefault(key(name), entity)
        out[m.start] = entity
    for shorts in (False, True):  # titles' one-word names first: "ông Putin" may shorten one
        for m in persons:
            if not (m.value.get("single") or m.value.get("short")) or bool(m.value.get("short")) != shorts:
                continue
            word = key(m.value["name"])
            entity = _shortened(word, full, sexes, first_of_many=not shorts) or full.get(word)
            if entity is None and shorts:
                continue
            if entity is None:
                entity = full[word] = facts.entity("person", slug(m.value["name"]), m.value["name"], m)
            else:
                entity.mentions.append(m)
            out[m.start] = entity
    return out


def _longer_form(name: str, full: dict[str, Entity]) -> Entity | None:
    """The one person whose longer Vietnamese name ``name`` shortens: the same last two words,
    with the family name or a middle name left out ("Thu Thủy" of "Nguyễn Thu Thủy", "Phạm Kim
    Huệ" of "Phạm Thị Kim Huệ")."""
    words = name.split()
    if len(words) < 2 or not all(syllable(w) for w in words):
        return None
    found = {e.key: e for k, e in full.items() if _shortens(words, k.split())}
    return next(iter(found.values())) if len(found) == 1 else None


def _shortens(short: list[str], long: list[str]) -> bool:
    """True when ``short`` is ``long`` with its middle names left out, or its last two words alone."""
    if len(short) >= len(long) or short[-2:] != long[-2:]:
        return False
    j, dropped = 0, []
    for i, w in enumerate(long):
        if j < len(short) and w == short[j]:
            j += 1
        else:
            dropped.append((i, w))
    if j != len(short):
        return False
    first = long.index(short[0])
    if first and len(short) > 2:
        return False  # "Nguyễn Hữu Cảnh" in "Đường Nguyễn Hữu Cảnh": a full name, not one shortened
    return all(i < first or w in _middle_keys() for i, w in dropped)


@cache
def _middle_keys() -> frozenset[str]:
    return frozenset(key(w) for w in load_reference().middle_names)


@cache
def _surname_keys() -> frozenset[str]:
    return frozenset(key(s) for s in load_reference().surnames)


def _shortened(word: str, full: dict[str, Entity], sexes: dict[str, set[str]], *, first_of_many: bool) -> Entity | None:
    """The person a name in one word stands for: the full name ending with it (a Vietnamese
    given name, a Western surname: "ông Hồng", "Tổng thống Putin"), else the one foreign name
    starting with it, for names in use first ("ông Tedros", "Thủ tướng Prayut", "ông Lee"). A
    full name addressed as the other sex is no candidate ("ông Biden" is not "bà Jill Biden"); of
    several, a title's one-word name takes the one told first ("Thủ tướng Modi"), "ông X" none. No
    one is called by a Vietnamese family name alone, so such a word is matched by last words only."""
    own = sexes.get(word, set())
    fits = {k: e for k, e in full.items() if len(k.split()) > 1 and not (own and sexes.get(k) and own != sexes[k])}
    last = list({e.key: e for k, e in fits.items() if k.split()[-1] == word}.values())
    if len(last) == 1 or (last and first_of_many):
        return last[0]
    if last or word in _surname_keys():
        return None
    first = list({e.key: e for k, e in fits.items() if k.split()[0] == word}.values())
    return first[0] if len(first) == 1 or (first and first_of_many) else None


def _body(facts: Facts, body: Body, mention: Mention | None, *, alias: bool = True) -> Entity:
    entity = facts.entity("org", body.id, body.name, mention, body=body)
    if alias and mention is not None and key(mention.text) != key(body.name):
        entity.aliases.add(" ".join(mention.text.split()))
    _relatives(facts, entity, body)
    return entity


def _relatives(facts: Facts, entity: Entity, body: Body) -> None:
    """Link a body to its parent; describe its parent and successor too, which its description
    names by id, so that no id in the graph is left without a name."""
    parent = known_body(body.parent)
    if parent is not None:
        facts.link(entity, "parent", _context_body(facts, parent))
    successor = known_body(body.successor)
    if successor is not None:
        _context_body(facts, successor)


def _context_body(facts: Facts, body: Body) -> Entity:
    """A body the article does not mention, named by another body's description; a built body's
    own parent and successor follow (the reference graph describes the reference bodies')."""
    entity = facts.entities.get(EntityKey("org", body.id))
    if entity is not None:
        return entity
    entity = facts.entity("org", body.id, body.name, None, body=body, context=True)
    if not body.reference:
        _relatives(facts, entity, body)
    return entity


def _place(facts: Facts, mention: Mention) -> Entity:
    name = mention.value["name"]
    return facts.entity("place", slug(name), name, mention, kind=mention.value.get("kind"))


def _post_entity(facts: Facts, mention: Mention) -> Entity:
    value = mention.value
    role_label = value["role"]
    role = facts.entity("role", slug(role_label), role_label, None)
    if value.get("base") and value["base"] != role_label:
        role.aliases.add(value["base"])
    body: Body | None = value.get("body")
    title = value.get("title") or role_label
    if body is not None:
        named = title != role_label or value.get("named_by") == "title" or key(body.name) in key(title)
        label = title if named else join_title(title, body.name)  # "Bí thư Trung ương Đảng" names Ban Bí thư
        post = facts.entity("post", f"{slug(role_label)}--{body.id}", label, mention, role_slug=slug(role_label))
        # "Bộ trưởng Nội vụ", "Chủ tịch Hà Nội": the title names the body itself
        org = _body(
            facts, body, mention if value.get("named_by") in ("sector", "province", "country", "title") else None, alias=False
        )
        facts.link(post, "postIn", org)
    else:
        post = facts.entity("post", slug(role_label), title, mention, role_slug=slug(role_label))
    facts.link(post, "role", role)
    return post


def join_title(title: str, body: str) -> str:
    """A post's name from role and body, sharing the words they have in common.

    >>> join_title("Tổng Kiểm toán", "Kiểm toán Nhà nước")
    'Tổng Kiểm toán Nhà nước'
    """
    words, tail = title.split(), body.split()
    for k in range(min(len(words), len(tail)), 0, -1):
        if [w.lower() for w in words[-k:]] == [w.lower() for w in tail[:k]]:
            return " ".join(words + tail[k:])
    return f"{title} {body}"


def _posts(doc: Document, facts: Facts, people: dict[int, Entity]) -> dict[int, Entity]:
    """Current, appointed and former posts; an explicit ending or a promotion ends a post.

    Returns the post of each title mention, by its start offset."""
    post_of: dict[int, Entity] = {}
    current: set[tuple[EntityKey, EntityKey]] = set()
    ended: set[tuple[EntityKey, EntityKey]] = set()
    explicit_end: set[tuple[EntityKey, EntityKey]] = set()
    appointed: set[tuple[EntityKey, EntityKey]] = set()
    career: set[tuple[EntityKey, EntityKey]] = set()  # told in a career summary only, so far
    news: set[tuple[EntityKey, EntityKey]] = set()  # appointments that are the article's news, not told as before it
    roles: dict[EntityKey, tuple[str, str | None, str | None]] = {}
    last_told: dict[tuple[EntityKey, EntityKey], int] = {}  # where the text last gives a person a post
    named = {
        (people[rel.head.start].key, rel.tail.value["role"])
        for rel in doc.relations
        if rel.kind == HOLDS
        and rel.head.start in people
        and rel.tail.value.get("body") is not None
        and not rel.tail.value.get("implied")
    }
    for rel in doc.relations:
        if rel.kind != HOLDS or rel.head.start not in people:
            continue
        value = rel.tail.value
        if value.get("body") is None and not value.get("standalone"):
            continue
        person = people[rel.head.start]
        if value.get("implied") and (person.key, value["role"]) in named:
            continue  # "Thủ tướng X" after "Thủ tướng Australia X": the post named in full
        post = _post_entity(facts, rel.tail)
        post_of[rel.tail.start] = post
        body = value.get("body")
        roles[post.key] = (value["role"], value.get("base"), body.id if body else None)
        pair = (person.key, post.key)
        last_told[pair] = max(last_told.get(pair, -1), rel.tail.start)
        if rel.value.get("ended"):
            ended.add(pair)
            if rel.value.get("explicit"):
                explicit_end.add(pair)
        elif rel.value.get("career"):
            career.add(pair)
        else:
            current.add(pair)
            if rel.value.get("appointed"):
                appointed.add(pair)
                if not rel.value.get("earlier"):
                    news.add(pair)
    # a deputy promoted, or an acting head confirmed, in the same body no longer holds the
    # deputy's or the acting post: nobody is the head and the deputy (or acting head) of one
    # body at once ("Phó Chủ tịch HĐQT" in a career list, "Chủ tịch HĐQT" now)
    ref = load_reference()
    career -= current | ended
    for person_key, post_key in sorted(current | career):
        role, base, body_id = roles[post_key]
        if ref.is_acting(role):
            continue
        heads = {key(role), key(base or role)}
        for other in [p for p in current | career if p[0] == person_key and p[1] != post_key]:
            if other in current and (person_key, post_key) in career:
                continue  # a head's post in a career summary does not end a deputy's post held now
            o_role, o_base, o_body = roles[other[1]]
            acting_head = ref.is_acting(o_role) and key(o_base or o_role) in heads
            if o_body == body_id and (ref.deputy_of(o_role, o_base) in heads or acting_head):
                explicit_end.add(other)
                ended.add(other)
    # one head at a time: the one appointment the article reports to a head's post ends that
    # post for whoever else the text gives it ("tân CEO A"; "B … Tổng Giám đốc X cho đến nay";
    # "Trước đó, C được bổ nhiệm Tổng Giám đốc X")
    for post_key in {p for _, p in news}:
        role, _, body_id = roles[post_key]
        if body_id is None or not ref.sole_head(role) or sum(p[1] == post_key for p in news) > 1:
            continue
        others = {p for p in current if p[1] == post_key and p not in news}
        explicit_end.update(others)
        ended.update(others)
    # "Ông nghỉ hưu từ cuối năm 2007": the posts told before the retirement are over
    for rel in doc.relations:
        if rel.kind == RETIRED and rel.head.start in people:
            gone = people[rel.head.start].key
            over = {p for p in current | career if p[0] == gone and last_told[p] < rel.value["at"]}
            explicit_end.update(over)
            ended.update(over)
    current -= explicit_end
    # "X, người tiền nhiệm của ông Y": X held the posts Y was given (else all Y holds) before
    # Y; an acting post is not passed on (whoever held it before, under which title, is unsaid)
    passed_on = {p for p in appointed | current if roles[p[1]][2] and not ref.is_acting(roles[p[1]][0])}
    for before, after in _predecessors(doc, people):
        given = {p for p in passed_on & appointed if p[0] == after} or {p for p in passed_on & current if p[0] == after}
        ended.update((before, post_key) for _, post_key in given if (before, post_key) not in current)
    for person_key, post_key in current:
        facts.links.add((person_key, "holds", post_key))
        if (person_key, post_key) in appointed:
            facts.links.add((person_key, "appointedTo", post_key))
    for person_key, post_key in ended - current:
        facts.links.add((person_key, "formerlyHeld", post_key))
    return post_of


_PREDECESSOR = re.compile(r"[Nn]gười tiền nhiệm(?:[ \t]+của[ \t]+(?=\w))?")
_BEFORE_PREDECESSOR = re.compile(r"[ \t]*,[ \t]*$")  # "X, người tiền nhiệm …"
_AFTER_PREDECESSOR = re.compile(r"[ \t]*(?:(?:là|của mình)[ \t]+)?$")  # "… người tiền nhiệm (là) X"


def _predecessors(doc: Document, people: dict[int, Entity]) -> list[tuple[EntityKey, EntityKey]]:
    """(predecessor, successor) pairs: "X, người tiền nhiệm của ông Y" and "Y … người tiền
    nhiệm (là) X" in one sentence; the name right before or after the words, with nothing
    else between, is the predecessor."""
    persons = [m for m in doc.of(PERSON) if m.start in people]
    out = []
    for m in _PREDECESSOR.finditer(doc.text):
        sent = doc.sentence_of(m.start())
        before = [p for p in persons if sent.start <= p.start and p.end <= m.start()]
        after = next((p for p in persons if m.end() <= p.start < sent.end), None)
        if m.group(0).endswith(" ") and before and after and _BEFORE_PREDECESSOR.search(doc.text[before[-1].end : m.start()]):
            out.append((people[before[-1].start].key, people[after.start].key))  # "X, người tiền nhiệm của ông Y"
        elif before and after and _AFTER_PREDECESSOR.match(doc.text[m.end() : _name_start(doc, after)]):
            out.append((people[after.start].key, people[before[-1].start].key))  # "Y … người tiền nhiệm X"
        elif m.group(0).endswith(" ") and after and (then := _apposed_after(doc, persons, after, sent.end)) is not None:
            out.append((people[then.start].key, people[after.start].key))  # "người tiền nhiệm của ông Y, X"
    return [(a, b) for a, b in out if a != b]


def _apposed_after(doc: Document, persons: list[Mention], name: Mention, end: int) -> Mention | None:
    """The person named right after ``name`` and a comma, in the same sentence ("… của ông Biden,
    Donald Trump")."""
    then = next((p for p in persons if name.end <= p.start < end), None)
    if then is None or not _BEFORE_PREDECESSOR.match(doc.text[name.end : _name_start(doc, then)]):
        return None
    return then


@cache
def _address() -> re.Pattern[str]:
    """A form of address of the reference data ("ông", "bà", "đồng chí") ending right before a name."""
    words = sorted(load_reference().honorifics, key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, words))})[ \t]+$")


def _name_start(doc: Document, person: Mention) -> int:
    """Where the words before a person's name end: before a word of address ("ông", "bà")."""
    name = person.value.get("name", "")
    at = doc.text.find(name, person.start, person.end) if name else -1
    start = at if at >= 0 else person.start
    address = _address().search(doc.text, max(0, start - 16), start)
    return address.start() if address else start


def _titles(doc: Document, facts: Facts, people: dict[int, Entity]) -> dict[int, Entity]:
    """Titles used alone ("Thủ tướng") resolved to the one person in the article holding that post."""
    holders: dict[EntityKey, set[EntityKey]] = {}
    by_role: dict[str, set[EntityKey]] = {}
    for subject, relation, obj in facts.links:
        if relation in ("holds", "formerlyHeld"):
            holders.setdefault(obj, set()).add(subject)
            by_role.setdefault(facts.entities[obj].data["role_slug"], set()).add(subject)
    out: dict[int, Entity] = {}
    for m in doc.of(ROLE):
        if not m.value.get("bare"):
            continue
        body: Body | None = m.value.get("body")
        role = slug(m.value["role"])
        post_key = EntityKey("post", f"{role}--{body.id}") if body else None
        candidates = holders.get(post_key, set()) if post_key else by_role.get(role, set())
        if len(candidates) == 1:
            person = facts.entities[next(iter(candidates))]
            person.mentions.append(m)
            out[m.start] = person
    return out


def _policies(doc: Document, facts: Facts) -> dict[int, Entity]:
    ref = load_reference()
    out: dict[int, Entity] = {}
    mentions = doc.of(POLICY)
    coded = [m for m in mentions if m.value.get("number") and not re.fullmatch(r"\d+", m.value["number"])]
    for m in mentions:
        value = m.value
        kind = value.get("type") or "Văn bản"
        number = value.get("number")
        if number and re.fullmatch(r"\d+", number):
            same = [
                c for c in coded if c.value.get("type") == value.get("type") and re.match(rf"{number}[/\-]", c.value["number"])
            ]
            if same:
                number = same[0].value["number"]
        if number:
            ident = slug(f"{kind} {number}")
            label = f"{kind} {number}" if not re.fullmatch(r"\d+", number) else f"{kind} số {number}"
        else:
            label = value["name"]
            ident = slug(label)
        entity = facts.entity("policy", ident, label, m, type=value.get("type"), number=number)
        for name in ("date", "subject"):
            if value.get(name):
                entity.data.setdefault(name, value[name])
        if value.get("name") and key(value["name"]) != key(label):
            entity.aliases.add(value["name"])
        issuer = value.get("issuer")
        if issuer:
            body = ref.bodies.get(issuer)
            if body is None:
                found = next((o.value["body"] for o in doc.of(ORG) if o.value["id"] == issuer), None)
                body = found
            if body is not None:
                facts.link(entity, "issuer", _body(facts, body, None))
        out[m.start] = entity
    return out


def _events(
    doc: Document,
    facts: Facts,
    people: dict[int, Entity],
    titles: dict[int, Entity],
    bodies: dict[int, Entity],
    places: dict[int, Entity],
    policies: dict[int, Entity],
    posts: dict[int, Entity],
) -> None:
    primaries = [m for m in doc.of(EVENT) if m.value.get("primary")]
    for primary in primaries:
        rels = [r for r in doc.relations if r.head is primary]
        when = next((r.tail.value.get("date") for r in rels if r.kind == "date"), None) or primary.value.get("date")
        end = next((r.tail.value.get("until") for r in rels if r.kind == "date"), None)
        where = [places[r.tail.start] for r in rels if r.kind == "location" and r.tail.start in places]
        kind = primary.value["kind"]
        anchor = where[0].key.ident if where else slug(doc.article.id)
        ident = f"{slug(kind)}-{when or 'undated-' + slug(doc.article.id)}-{anchor}"
        if primary.value.get("verb") and primary.value.get("host"):
            ident += f"-{slug(primary.value['host'])}"  # two receptions on one day are two events
        event = facts.entity("event", ident, primary.value.get("name") or kind, primary, kind=kind, date=when, end=end)
        for m in doc.of(EVENT):
            if m is not primary and m.value.get("group") == primary.value.get("group"):
                event.mentions.append(m)
        for place in where:
            facts.link(event, "location", place)
        for r in rels:
            target = r.tail
            if r.kind == "organizer" and target.start in bodies:
                facts.link(event, "organizer", bodies[target.start])
            elif r.kind == "about" and target.start in policies:
                facts.link(event, "about", policies[target.start])
            elif r.kind == "confers" and target.start in posts:
                facts.link(event, "confers", posts[target.start])
            elif r.kind in ("chair", "speaker", "attendee"):
                person = people.get(target.start) if target.label == PERSON else titles.get(target.start)
                if person is not None:
                    facts.link(event, r.kind, person)
