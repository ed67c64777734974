"""The HTML view: self-contained, offline and inert whatever the articles hold."""

from __future__ import annotations

import html
import json
import math
import os
import re
import statistics
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest

import govgraph
from govgraph.errors import GovGraphError
from govgraph.layout import layout
from govgraph.viz import focus_subgraph, inline, page_data, render_html, view_graph

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
    graph = sample_kg.to_networkx()
    sub = focus_subgraph(graph, "pham minh chinh", 1)
    assert 2 < len(sub) < len(graph)
    assert any(d["label"] == "Phạm Minh Chính" for _, d in sub.nodes(data=True))


TOPICS = ["đầu tư công", "chuyển đổi số", "phòng chống thiên tai", "xuất khẩu gạo", "giáo dục nghề nghiệp",
          "y tế cơ sở", "giao thông nông thôn", "năng lượng sạch", "cải cách hành chính", "nhà ở xã hội"]  # fmt: skip


def write_meetings(folder: Path) -> Path:
    """Ten articles on ten days in which the Prime Minister chairs a meeting, and one article
    copied by four outlets (the same headline under four addresses)."""
    records = []
    for day, topic in enumerate(TOPICS, start=1):
        records.append(
            {
                "id": f"hop-{day:02d}",
                "url": f"https://example.org/tin/hop-{day:02d}",
                "title": f"Thủ tướng chủ trì cuộc họp về {topic}",
                "published": f"2025-03-{day:02d}",
                "source": "Báo Mẫu",
                "text": f"Sáng {day}/3, tại trụ sở Chính phủ, Thủ tướng Phạm Minh Chính chủ trì cuộc họp về {topic}. "
                f"Bộ trưởng Bộ Tài chính Nguyễn Văn Thắng dự họp.",
            }
        )
    for copy in range(4):
        records.append(
            {
                "id": f"ban-sao-{copy}",
                "url": f"https://outlet{copy}.example.org/bai/123",
                "title": "Thủ tướng tiếp Đại sứ Nhật Bản",
                "published": "2025-03-11",
                "source": f"Báo {copy}",
                "text": "Chiều 11/3, Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản Ito Naoki tại trụ sở Chính phủ.",
            }
        )
    path = folder / "meetings.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def meetings(tmp_path_factory: pytest.TempPathFactory) -> govgraph.KnowledgeGraph:
    return govgraph.build([write_meetings(tmp_path_factory.mktemp("meetings"))])


def _node(graph: nx.MultiDiGraph, label: str) -> str:
    return next(n for n, d in graph.nodes(data=True) if d["label"] == label)


def test_dates_come_from_every_article(meetings: govgraph.KnowledgeGraph) -> None:
    graph = meetings.to_networkx()
    pm = graph.nodes[_node(graph, "Phạm Minh Chính")]
    assert pm["dates"] == [f"2025-03-{d:02d}" for d in range(1, 12)]  # all eleven days, not eight sentences' worth
    assert pm["articles"] == 14
    page = page_data(graph)
    drawn = next(n for n in page["nodes"] if n["name"] == "Phạm Minh Chính")
    assert drawn["dates"][-1] == "2025-03-11"


def test_the_same_graph_gives_the_same_page_whatever_the_store_order(meetings: govgraph.KnowledgeGraph, tmp_path: Path) -> None:
    meetings.save(tmp_path / "g.trig")
    again = govgraph.load(tmp_path / "g.trig")
    assert render_html(again.to_networkx()) == render_html(meetings.to_networkx())


def test_syndicated_copies_are_listed_once_per_article_with_their_count(meetings: govgraph.KnowledgeGraph) -> None:
    graph = meetings.to_networkx()
    page = page_data(graph)
    visit = next(n for n in page["nodes"] if n["kind"] == "event" and any("Đại sứ" in s for s, _ in n["evidence"]))
    sentences = [s for s, _ in visit["evidence"]]
    assert len(sentences) == len(set(sentences))  # one sentence, four copies: listed once
    refs = next(r for s, r in visit["evidence"] if "Đại sứ" in s)
    assert sorted(page["articles"][i][1] for i in refs) == [f"https://outlet{c}.example.org/bai/123" for c in range(4)]


def test_posts_become_role_labels_on_person_body_links(sample_kg: govgraph.KnowledgeGraph) -> None:
    graph = sample_kg.to_networkx()
    view, posts = view_graph(graph)
    pm, government = _node(graph, "Phạm Minh Chính"), _node(graph, "Chính phủ")
    links = [d for _, o, d in view.out_edges(pm, data=True) if o == government]
    assert [d["label"] for d in links] == ["Thủ tướng"]
    post = links[0]["post"]
    assert posts[post]["label"] == "Thủ tướng Chính phủ" and posts[post]["body"] == government
    assert [link["node"] for link in posts[post]["links"]] == [pm]
    # every post with a body is folded away; a post without one stays a node
    assert all(d["kind"] != "post" or not posts.get(n) for n, d in view.nodes(data=True))
    assert set(posts) | {n for n, d in view.nodes(data=True) if d["kind"] == "post"} == {
        n for n, d in graph.nodes(data=True) if d["kind"] == "post"
    }
    page = page_data(graph)
    assert not any(n["kind"] == "post" and n["id"] in page["posts"] for n in page["nodes"])


def test_unlinked_nodes_are_hidden_by_default(sample_kg: govgraph.KnowledgeGraph) -> None:
    page = page_data(sample_kg.to_networkx())
    lonely = [n for n in page["nodes"] if n["lonely"]]
    linked = {page["nodes"][e[i]]["id"] for e in page["edges"] for i in (0, 1)}
    assert lonely and all(n["hidden"] and n["id"] not in linked for n in lonely)
    assert all(not n["hidden"] for n in page["nodes"] if n["id"] in linked)


def test_layout_keeps_clusters_apart(sample_kg: govgraph.KnowledgeGraph) -> None:
    view, _ = view_graph(sample_kg.to_networkx())
    positions = layout(view)
    assert positions == layout(view)  # seeded
    simple = nx.Graph(view.to_undirected())
    linked = simple.subgraph(n for n in simple if simple.degree(n))
    groups = nx.community.louvain_communities(linked, seed=7)
    member = {n: i for i, g in enumerate(groups) for n in g}

    def dist(a: str, b: str) -> float:
        return math.dist(positions[a], positions[b])

    nodes = sorted(linked)
    inside = [dist(a, b) for i, a in enumerate(nodes) for b in nodes[i + 1 :] if member[a] == member[b]]
    across = [dist(a, b) for i, a in enumerate(nodes) for b in nodes[i + 1 :] if member[a] != member[b]]
    assert statistics.mean(inside) * 2 < statistics.mean(across)
    # no two nodes on top of each other
    assert min(dist(a, b) for i, a in enumerate(nodes) for b in nodes[i + 1 :]) > 5


def test_focus_is_recorded_for_the_page(sample_kg: govgraph.KnowledgeGraph) -> None:
    sub = focus_subgraph(sample_kg.to_networkx(), "bui thanh son", 1)
    page = page_data(sub)
    assert [next(n["name"] for n in page["nodes"] if n["id"] == page["focus"][0])] == ["Bùi Thanh Sơn"]


def test_focus_on_an_unknown_name_is_a_clear_error(sample_kg: govgraph.KnowledgeGraph) -> None:
    with pytest.raises(GovGraphError, match="nothing in the graph is named 'Không Ai Cả'"):
        focus_subgraph(sample_kg.to_networkx(), "Không Ai Cả", 1)


def test_to_pyvis_of_any_subgraph(sample_kg: govgraph.KnowledgeGraph, tmp_path: Path) -> None:
    from pyvis.network import Network

    graph = sample_kg.to_networkx()
    people = graph.subgraph(n for n, d in graph.nodes(data=True) if d["kind"] in ("person", "post", "org"))
    net = sample_kg.to_pyvis(people)
    assert isinstance(net, Network)
    assert len(net.nodes) == people.number_of_nodes() and len(net.edges) == people.number_of_edges()
    pm = next(n for n in net.nodes if n["label"] == "Phạm Minh Chính")
    assert pm["color"] == "#e4572e" and pm["kind"] == "person"
    net.toggle_physics(True)  # styled further as any pyvis network
    net.write_html(str(tmp_path / "people.html"))
    assert json.dumps("Phạm Minh Chính")[1:-1] in (tmp_path / "people.html").read_text(
        encoding="utf-8"
    )  # pyvis writes \\u escapes
    focused = sample_kg.to_pyvis(focus="Bùi Thanh Sơn")
    assert 1 < len(focused.nodes) < len(graph)


def test_show_is_an_inline_iframe_without_a_local_file(sample_kg: govgraph.KnowledgeGraph) -> None:
    shown = sample_kg.show(height=500)
    markup = shown._repr_html_()
    assert markup.startswith("<iframe srcdoc=") and "height:500px" in markup
    assert "file:" not in markup and ' src="' not in markup
    page = html.unescape(markup.split('srcdoc="', 1)[1].split('"', 1)[0])
    assert page == shown.page and "Phạm Minh Chính" in page
    assert "<table>" in sample_kg._repr_html_() and "articles" in sample_kg._repr_html_()
    assert "srcdoc" in inline(sample_kg.to_pyvis(focus="Bùi Thanh Sơn"))._repr_html_()


def test_unknown_language_is_refused(sample_kg: govgraph.KnowledgeGraph, tmp_path: Path) -> None:
    with pytest.raises(GovGraphError, match="unknown view language 'fr'"):
        sample_kg.to_html(tmp_path / "g.html", lang="fr")


def test_the_page_is_the_same_in_every_process(sample_kg: govgraph.KnowledgeGraph, tmp_path: Path) -> None:
    """Layouts and communities do not depend on the hash seed: build --html and viz agree."""
    sample_kg.save(tmp_path / "g.trig")
    pages = []
    for seed in ("1", "2"):
        out = tmp_path / f"{seed}.html"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run(
            [sys.executable, "-m", "govgraph", "viz", str(tmp_path / "g.trig"), "-o", str(out)],
            check=True,
            env=env,
            capture_output=True,
        )
        pages.append(out.read_bytes())
    assert pages[0] == pages[1]


def test_search_keys_follow_the_query_layer_rules(sample_kg: govgraph.KnowledgeGraph) -> None:
    from govgraph.text import search_key

    page = page_data(sample_kg.to_networkx())
    assert all(n["fold"] == search_key(n["name"]) for n in page["nodes"])
    assert focus_subgraph(sample_kg.to_networkx(), "  PHẠM  minh chính ", 1).graph["focus"]
