"""Resolution on hand-built documents: mentions and relations placed by the test, no extractor run."""

from __future__ import annotations

import pytest

from govgraph.document import EVENT, ORG, PERSON, PLACE, POLICY, ROLE, Article, Document, Mention, make_document
from govgraph.extractors import run
from govgraph.payloads import RELATION_PAYLOADS, payload_problems
from govgraph.reference import load_reference
from govgraph.resolve import EntityKey, Facts, resolve
from govgraph.resources import samples_dir
from govgraph.sources import read_inputs
from govgraph.vocabulary import HOLDS


def doc_of(text: str) -> Document:
    return make_document(Article("t", text), tag=False)


def at(doc: Document, label: str, words: str, nth: int = 0, **value: object) -> Mention:
    """Add a mention of ``words`` (its ``nth`` occurrence) to ``doc``."""
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(words, start + 1)
    return doc.add(label, start, start + len(words), **value)


def body(name: str):
    found = load_reference().find_body(name)
    assert found is not None
    return found


def post(doc: Document, title: str, role: str, body_name: str, nth: int = 0, **value: object) -> Mention:
    return at(doc, ROLE, title, nth, role=role, title=title, body=body(body_name), **value)


def links(facts: Facts, relation: str) -> set[tuple[str, str]]:
    return {(facts.entities[s].label, facts.entities[o].label) for s, r, o in facts.links if r == relation}


def test_short_name_joins_the_full_name() -> None:
    doc = doc_of("Ông Trần Văn Bình phát biểu. Ông Bình cho biết thêm.")
    full = at(doc, PERSON, "Trần Văn Bình", name="Trần Văn Bình")
    short = at(doc, PERSON, "Bình", 1, name="Bình", short=True)
    facts = resolve(doc)
    (person,) = [e for e in facts.entities.values() if e.kind == "person"]
    assert person.key == EntityKey("person", "tran-van-binh") and person.key.path == "person/tran-van-binh"
    assert person.mentions == [full, short]


def test_a_short_name_shared_by_two_people_stays_unresolved() -> None:
    doc = doc_of("Trần Văn Bình và Lê Thị Bình dự họp. Bà Bình nói.")
    at(doc, PERSON, "Trần Văn Bình", name="Trần Văn Bình")
    at(doc, PERSON, "Lê Thị Bình", name="Lê Thị Bình")
    short = at(doc, PERSON, "Bình", 2, name="Bình", short=True)
    facts = resolve(doc)
    assert all(short not in e.mentions for e in facts.entities.values())


def test_held_post_gets_its_role_and_body() -> None:
    doc = doc_of("Bộ trưởng Bộ Ngoại giao Trần Văn Bình tiếp khách.")
    title = post(doc, "Bộ trưởng Bộ Ngoại giao", "Bộ trưởng", "Bộ Ngoại giao")
    person = at(doc, PERSON, "Trần Văn Bình", name="Trần Văn Bình")
    doc.relate(HOLDS, person, title)
    facts = resolve(doc)
    assert links(facts, "holds") == {("Trần Văn Bình", "Bộ trưởng Bộ Ngoại giao")}
    assert links(facts, "postIn") == {("Bộ trưởng Bộ Ngoại giao", "Bộ Ngoại giao")}
    assert links(facts, "role") == {("Bộ trưởng Bộ Ngoại giao", "Bộ trưởng")}


def test_an_ended_post_is_formerly_held_only() -> None:
    doc = doc_of("Nguyên Bộ trưởng Bộ Ngoại giao Trần Văn Bình về thăm quê.")
    title = post(doc, "Bộ trưởng Bộ Ngoại giao", "Bộ trưởng", "Bộ Ngoại giao")
    person = at(doc, PERSON, "Trần Văn Bình", name="Trần Văn Bình")
    doc.relate(HOLDS, person, title, ended=True)
    facts = resolve(doc)
    assert links(facts, "formerlyHeld") == {("Trần Văn Bình", "Bộ trưởng Bộ Ngoại giao")}
    assert links(facts, "holds") == set()


def test_promotion_ends_the_deputy_post_in_the_same_body() -> None:
    doc = doc_of("Thứ trưởng Bộ Ngoại giao Trần Văn Bình được bổ nhiệm làm Bộ trưởng Bộ Ngoại giao.")
    deputy = post(doc, "Thứ trưởng Bộ Ngoại giao", "Phó Bộ trưởng", "Bộ Ngoại giao", base="Bộ trưởng")
    person = at(doc, PERSON, "Trần Văn Bình", name="Trần Văn Bình")
    chief = post(doc, "Bộ trưởng Bộ Ngoại giao", "Bộ trưởng", "Bộ Ngoại giao")
    doc.relate(HOLDS, person, deputy)
    doc.relate(HOLDS, person, chief, appointed=True)
    facts = resolve(doc)
    assert links(facts, "holds") == links(facts, "appointedTo") == {("Trần Văn Bình", "Bộ trưởng Bộ Ngoại giao")}
    assert links(facts, "formerlyHeld") == {("Trần Văn Bình", "Thứ trưởng Bộ Ngoại giao")}


def test_nobody_is_head_and_deputy_of_one_body_at_once() -> None:
    # a career list gives the deputy post, a later sentence the head's: the deputy post is over
    doc = doc_of("Ông Trần Văn Bình từng qua vị trí Phó Cục trưởng Cục Y tế dự phòng. Nay ông là Cục trưởng Cục Y tế dự phòng.")
    deputy = post(doc, "Phó Cục trưởng Cục Y tế dự phòng", "Phó Cục trưởng", "Cục Y tế dự phòng", base="Cục trưởng")
    person = at(doc, PERSON, "Trần Văn Bình", name="Trần Văn Bình")
    chief = post(doc, "Cục trưởng Cục Y tế dự phòng", "Cục trưởng", "Cục Y tế dự phòng", 1)
    doc.relate(HOLDS, person, deputy)
    doc.relate(HOLDS, person, chief)
    facts = resolve(doc)
    assert links(facts, "holds") == {("Trần Văn Bình", "Cục trưởng Cục Y tế dự phòng")}
    assert links(facts, "formerlyHeld") == {("Trần Văn Bình", "Phó Cục trưởng Cục Y tế dự phòng")}


def test_a_title_alone_resolves_to_its_one_holder() -> None:
    doc = doc_of("Bộ trưởng Bộ Ngoại giao Trần Văn Bình dự họp. Bộ trưởng nhấn mạnh hai việc.")
    title = post(doc, "Bộ trưởng Bộ Ngoại giao", "Bộ trưởng", "Bộ Ngoại giao")
    person = at(doc, PERSON, "Trần Văn Bình", name="Trần Văn Bình")
    doc.relate(HOLDS, person, title)
    bare = at(doc, ROLE, "Bộ trưởng", 1, role="Bộ trưởng", title="Bộ trưởng", body=body("Bộ Ngoại giao"), bare=True)
    facts = resolve(doc)
    assert bare in facts.entities[EntityKey("person", "tran-van-binh")].mentions


def test_a_bare_number_joins_the_coded_number_of_the_same_kind() -> None:
    doc = doc_of("Nghị quyết 12-NQ/TW đã ban hành. Nghị quyết 12 nêu rõ mục tiêu.")
    at(doc, POLICY, "Nghị quyết 12-NQ/TW", type="Nghị quyết", number="12-NQ/TW", issuer="ban-chap-hanh-trung-uong-dang")
    at(doc, POLICY, "Nghị quyết 12", 1, type="Nghị quyết", number="12")
    facts = resolve(doc)
    (policy,) = [e for e in facts.entities.values() if e.kind == "policy"]
    assert policy.label == "Nghị quyết 12-NQ/TW" and len(policy.mentions) == 2
    assert {(r, o.ident) for s, r, o in facts.links if s == policy.key} == {("issuer", "ban-chap-hanh-trung-uong-dang")}


def test_event_identity_from_kind_date_and_place() -> None:
    doc = doc_of("Hội nghị diễn ra ngày 3/5/2024 tại Hà Nội, do Bộ Ngoại giao tổ chức.")
    event = at(doc, EVENT, "Hội nghị", kind="Hội nghị", primary=True, group=1)
    place = at(doc, PLACE, "Hà Nội", name="Hà Nội", kind="province")
    organizer = at(doc, ORG, "Bộ Ngoại giao", body=body("Bộ Ngoại giao"), id="bo-ngoai-giao")
    event.value["date"] = "2024-05-03"
    doc.relate("location", event, place)
    doc.relate("organizer", event, organizer)
    facts = resolve(doc)
    (found,) = [e for e in facts.entities.values() if e.kind == "event"]
    assert found.key == EntityKey("event", "hoi-nghi-2024-05-03-ha-noi")
    assert links(facts, "location") == {("Hội nghị", "Hà Nội")}
    assert links(facts, "organizer") == {("Hội nghị", "Bộ Ngoại giao")}


def test_a_relation_outside_the_vocabulary_is_not_linked() -> None:
    doc = doc_of("Bộ Ngoại giao và Hà Nội.")
    org = at(doc, ORG, "Bộ Ngoại giao", body=body("Bộ Ngoại giao"), id="bo-ngoai-giao")
    place = at(doc, PLACE, "Hà Nội", name="Hà Nội", kind="province")
    doc.relate("neighbour", org, place)
    assert {r for _, r, _ in resolve(doc).links} <= {"parent"}


@pytest.fixture(scope="module")
def sample_docs() -> list[Document]:
    return [run(make_document(item)) for item in read_inputs([samples_dir()]) if isinstance(item, Article)]


def test_sample_payloads_keep_to_their_declared_keys(sample_docs: list[Document]) -> None:
    problems = {p for doc in sample_docs for m in doc.mentions for p in payload_problems(m.label, m.value)}
    problems |= {p for doc in sample_docs for r in doc.relations for p in payload_problems(r.kind, r.value, RELATION_PAYLOADS)}
    assert sample_docs and not problems


def test_payload_check_catches_a_drifted_key() -> None:
    assert payload_problems("PERSON", {"name": "Trần Văn Bình", "foreign": True}) == ["PERSON: undeclared key 'foreign'"]
    assert payload_problems("ORG", {"body": "bo-ngoai-giao", "id": "bo-ngoai-giao"})
