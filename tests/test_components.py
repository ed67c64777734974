"""A component registered from outside the package, with its own vocabulary, reaches the graph,
the statistics, the shapes and the view without any change to govgraph."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import govgraph
from govgraph.document import ORG, Document
from govgraph.errors import RegistryError
from govgraph.extractors import Kind, Label, Relation, Vocabulary, default_order, register
from govgraph.validate import validation_summary
from govgraph.viz import page_data

EMAIL = re.compile(r"[\w.]+@[\w.]+\.[a-z]{2,}")
CONTACT = Vocabulary(
    labels=(Label("EMAIL", "an e-mail address", kind="mailbox"),),
    kinds=(Kind("mailbox", "mailbox", ("https://schema.org/ContactPoint",), "schema:email", plural="mailboxes", stat="mailboxes",
                view=("Hộp thư", "Mailboxes", "#123456", "box")),),
    relations=(Relation("mailbox", "https://schema.org/contactPoint", domain="org", range="mailbox", labels=("hộp thư", "mailbox")),),
)  # fmt: skip


def mailboxes(doc: Document) -> None:
    """An EMAIL mention for each address, linked to the body named in its sentence."""
    for match in EMAIL.finditer(doc.text):
        mail = doc.add("EMAIL", match.start(), match.end(), name=match.group(0))
        sent = doc.sentence_of(match.start())
        for body in doc.within(sent.start, sent.end, ORG):
            doc.relate("mailbox", body, mail)


def test_a_component_from_outside_reaches_graph_stats_shapes_and_view(tmp_path: Path, clean_registry: None) -> None:
    register("mailboxes", needs=("bodies",), adds=("EMAIL",), vocabulary=CONTACT)(mailboxes)
    assert default_order()[-1] == "mailboxes"
    source = tmp_path / "a.jsonl"
    text = "Bộ Ngoại giao nhận ý kiến qua địa chỉ hopthu@example.org từ hôm nay."
    source.write_text(json.dumps({"id": "m1", "title": "Hộp thư", "text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    kg = govgraph.build([source])
    rows = kg.query(
        "SELECT ?name ?mail WHERE { ?b <https://schema.org/contactPoint> ?m . ?b skos:prefLabel ?name . ?m schema:email ?mail }"
    )
    assert [(str(n), str(m)) for n, m in rows] == [("Bộ Ngoại giao", "hopthu@example.org")]
    assert kg.stats()["mailboxes"] == 1
    summary = validation_summary(kg.dataset)
    assert summary["conforms"] and summary["shapes"]["kind-mailbox"]["checked"] == 1
    data = page_data(kg.to_networkx())
    assert data["kinds"]["mailbox"]["label"] == "Hộp thư"
    assert ["https://schema.org/contactPoint", "hộp thư", "mailbox"] in data["relations"]
    assert any(n["kind"] == "mailbox" and n["name"] == "hopthu@example.org" for n in data["nodes"])


def test_a_component_must_declare_the_labels_it_adds(clean_registry: None) -> None:
    with pytest.raises(RegistryError, match="no vocabulary declares: NOTE"):
        register("notes", adds=("NOTE",))(mailboxes)


def test_a_row_cannot_redefine_a_builtin_one(clean_registry: None) -> None:
    clash = Vocabulary(relations=(Relation("holds", "https://example.org/holds"),))
    with pytest.raises(RegistryError, match="different relation 'holds'"):
        register("clash", vocabulary=clash)(mailboxes)


def test_order_follows_needs(clean_registry: None) -> None:
    register("late", needs=("early",))(mailboxes)
    register("early", needs=("events",))(mailboxes)
    order = default_order()
    assert order.index("events") < order.index("early") < order.index("late")
    register("loop-a", needs=("loop-b",))(mailboxes)
    register("loop-b", needs=("loop-a",))(mailboxes)
    with pytest.raises(RegistryError, match="circle"):
        default_order()
