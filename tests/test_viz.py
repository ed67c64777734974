"""The HTML view: self-contained, offline and inert whatever the articles hold."""

from __future__ import annotations

import re
from pathlib import Path

import govgraph

HOSTILE = '<script>alert(1)</script> "><img src=x onerror=alert(2)>'


def test_page_is_self_contained(sample_kg: govgraph.KnowledgeGraph, tmp_path: Path) -> None:
    html = sample_kg.to_html(tmp_path / "g.html").read_text(encoding="utf-8")
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    # no resource is loaded from anywhere: no src=, no stylesheet link, no remote fetch
    assert not re.search(r"<(script|img|iframe)[^>]*\ssrc=", html, re.I)
    assert not re.search(r"<link[^>]+href=", html, re.I)
    assert "Phạm Minh Chính" in html


def test_hostile_text_stays_data(tmp_path: Path) -> None:
    article = tmp_path / "evil.txt"
    article.write_text(f"Tin {HOSTILE}\nThủ tướng Phạm Minh Chính chủ trì Hội nghị {HOSTILE} tại Hà Nội.", encoding="utf-8")
    kg = govgraph.build([article])
    html = kg.to_html(tmp_path / "evil.html").read_text(encoding="utf-8")
    data = html.split('<script id="graph-data" type="application/json">', 1)[1].split("</script>", 1)[0]
    assert "<" not in data and ">" not in data
    assert "alert(1)" in data  # the text is there, escaped as data
    assert html.count("<script>alert") == 0
    assert "<img src=x" not in html


def test_focus_keeps_the_neighbourhood(sample_kg: govgraph.KnowledgeGraph) -> None:
    from govgraph.viz import focus_subgraph

    graph = sample_kg.to_networkx()
    sub = focus_subgraph(graph, "pham minh chinh", 1)
    assert 2 < len(sub) < len(graph)
    assert any(d["label"] == "Phạm Minh Chính" for _, d in sub.nodes(data=True))
