"""The HTML view in a real headless Chromium: what a person sees, and that nothing leaves the page.

Needs Chromium (Debian: ``apt-get install chromium``; or set GOVGRAPH_CHROMIUM to a binary)
and the ``playwright`` package; without them these tests skip.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

import govgraph
from tests.test_viz import write_meetings

CHROMIUM = os.environ.get("GOVGRAPH_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
HOSTILE = '<script>window.__pwned=1</script> "><img src=x onerror="window.__pwned=2">'

pytestmark = [
    pytest.mark.slow,  # a real browser: in the full run (CI), not in the quick one
    pytest.mark.skipif(
        CHROMIUM is None, reason="no Chromium: install it (Debian: apt-get install chromium) or set GOVGRAPH_CHROMIUM"
    ),
]


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    playwright = pytest.importorskip("playwright.sync_api", reason="pip install playwright")
    with playwright.sync_playwright() as p:
        instance = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield instance
        instance.close()


class Page:
    """A page opened on a local file, recording requests, console errors and alerts."""

    def __init__(self, browser: object, path: Path, *, width: int = 1400, height: int = 900) -> None:
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page = browser.new_context(viewport={"width": width, "height": height}).new_page()  # its own storage
        self.page.add_init_script("window.__alerts = []; window.alert = (m) => window.__alerts.push(String(m));")
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("console", lambda msg: self.errors.append(msg.text) if msg.type == "error" else None)
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.goto(path.as_uri())
        self.page.wait_for_function("window.govgraph !== undefined")

    def eval(self, script: str) -> object:
        return self.page.evaluate(script)

    def shown(self) -> int:
        return self.eval("window.govgraph.nodes.get({filter: (n) => !n.hidden}).length")

    def node_id(self, name: str) -> str:
        return self.eval(f"window.govgraph.data.nodes.find((n) => n.name === {name!r}).id")

    def labels(self) -> list[dict[str, object]]:
        """The labels drawn on the canvas in the last frame (text and box in page pixels)."""
        self.eval(
            "new Promise((done) => { window.govgraph.network.once('afterDrawing', () => done()); window.govgraph.network.redraw(); })"
        )
        return self.eval("window.govgraph.drawn.map((d) => Object.assign({}, d))")


@pytest.fixture(scope="module")
def sample_kg_page(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, govgraph.KnowledgeGraph]:
    kg = govgraph.build()
    return kg.to_html(tmp_path_factory.mktemp("view") / "graph.html"), kg


@pytest.fixture(scope="module")
def sample_page(
    browser: object, sample_kg_page: tuple[Path, govgraph.KnowledgeGraph]
) -> Iterator[tuple[Page, govgraph.KnowledgeGraph]]:
    path, kg = sample_kg_page
    page = Page(browser, path)
    yield page, kg
    page.page.close()


@pytest.fixture
def fresh(browser: object, sample_kg_page: tuple[Path, govgraph.KnowledgeGraph]) -> Iterator[Page]:
    """The sample page opened anew (for tests that change its state)."""
    page = Page(browser, sample_kg_page[0])
    yield page
    page.page.close()


DARK = """(box) => { const c = document.querySelector('#graph canvas'); const r = window.devicePixelRatio || 1;
  const d = c.getContext('2d').getImageData(Math.max(0, Math.floor(box.x * r)), Math.max(0, Math.floor(box.y * r)), Math.ceil(box.w * r), Math.ceil(box.h * r)).data;
  let n = 0; for (let i = 0; i < d.length; i += 4) if (d[i + 3] > 200 && d[i] < 90 && d[i + 1] < 90 && d[i + 2] < 90) n++; return n; }"""


def _overlapping(labels: list[dict[str, object]]) -> list[tuple[str, str]]:
    def meets(a: dict, b: dict) -> bool:
        return a["x"] < b["x"] + b["w"] and b["x"] < a["x"] + a["w"] and a["y"] < b["y"] + b["h"] and b["y"] < a["y"] + a["h"]

    return [(a["text"], b["text"]) for i, a in enumerate(labels) for b in labels[i + 1 :] if meets(a, b)]


def test_linked_nodes_are_drawn_and_unlinked_ones_wait(sample_page: tuple[Page, govgraph.KnowledgeGraph]) -> None:
    page, kg = sample_page
    expected = kg.to_networkx().number_of_nodes()
    posts = page.eval("Object.keys(window.govgraph.data.posts).length")
    assert page.eval("window.govgraph.nodes.length") == expected - posts  # posts in a body label the links instead
    lonely = page.eval("window.govgraph.data.nodes.filter((n) => n.lonely).length")
    assert lonely > 0 and page.shown() == expected - posts - lonely
    coloured = page.eval(
        """(() => { const c = document.querySelector('#graph canvas'); const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let n = 0; for (let i = 0; i < d.length; i += 4) if (d[i + 3] > 0 && (d[i] < 240 || d[i + 1] < 240 || d[i + 2] < 240)) n++; return n; })()"""
    )
    assert coloured > 1000
    assert f"({lonely})" in page.page.inner_text("#bar")


@pytest.mark.parametrize("size", [(1400, 900), (1920, 1080), (1024, 768)])
def test_labels_are_drawn_at_the_opening_zoom(
    browser: object, sample_kg_page: tuple[Path, govgraph.KnowledgeGraph], size: tuple[int, int]
) -> None:
    page = Page(browser, sample_kg_page[0], width=size[0], height=size[1])
    labels = page.labels()
    shown = page.shown()
    assert len(labels) >= min(25, shown)  # the most connected nodes are named at the fitted zoom
    assert {"Chính phủ", "Phạm Minh Chính", "Quốc hội"} <= {d["text"] for d in labels}
    assert all(d["size"] >= 12 for d in labels)  # readable: at least 12 px on screen whatever the zoom
    assert _overlapping(labels) == []
    # the pixels: dark text inside each label's box, gone when labels are switched off
    with_text = [page.page.evaluate(DARK, d) for d in labels]
    assert all(n >= 15 for n in with_text), list(zip([d["text"] for d in labels], with_text, strict=True))
    page.eval("window.govgraph.labels = false; window.govgraph.network.redraw()")
    without = [page.page.evaluate(DARK, d) for d in labels]
    assert sum(without) * 4 < sum(with_text)
    assert page.errors == []
    page.page.close()


def test_labels_never_overlap_after_a_search_or_zoom(fresh: Page) -> None:
    fresh.page.fill("#search", "chinh phu")
    fresh.page.locator("#results div").first.click()
    assert _overlapping(fresh.labels()) == []
    fresh.eval("window.govgraph.network.moveTo({scale: 0.15})")
    far = fresh.labels()
    assert far and _overlapping(far) == []
    fresh.eval("window.govgraph.network.moveTo({scale: 2.5})")
    assert _overlapping(fresh.labels()) == []


def test_search_without_diacritics_and_the_side_panel(fresh: Page) -> None:
    assert fresh.eval("document.getElementById('panel').hidden")  # the graph has the whole width at first
    fresh.page.fill("#search", "pham minh chinh")
    results = fresh.page.locator("#results div")
    assert "Phạm Minh Chính" in results.first.inner_text()
    results.first.click()
    panel = fresh.page.text_content("#panel")
    assert "Phạm Minh Chính" in panel
    assert "Thủ tướng Chính phủ" in panel  # the post, in the panel
    assert "Trích dẫn" in panel and "chủ trì" in panel  # evidence sentences
    assert "2025-01-08" in panel  # the date of an article that states a post
    assert fresh.eval("window.govgraph.network.getSelectedNodes()") == [fresh.node_id("Phạm Minh Chính")]


def test_panel_closes_and_gives_the_graph_its_room(fresh: Page) -> None:
    width = fresh.eval("document.getElementById('graph').clientWidth")
    fresh.eval(f"window.govgraph.select({fresh.node_id('Chính phủ')!r})")
    assert fresh.page.is_visible("#panel")
    assert fresh.eval("document.getElementById('graph').clientWidth") < width - 300
    fresh.page.click("#close")
    assert not fresh.page.is_visible("#panel")
    assert fresh.eval("document.getElementById('graph').clientWidth") == width


def test_posts_label_the_person_body_link_and_stay_reachable(fresh: Page) -> None:
    pm, government = fresh.node_id("Phạm Minh Chính"), fresh.node_id("Chính phủ")
    assert fresh.eval("window.govgraph.data.nodes.filter((n) => n.name === 'Thủ tướng Chính phủ').length") == 0
    fresh.eval(f"window.govgraph.select({pm!r})")
    link = fresh.eval(
        f"window.govgraph.edges.get({{filter: (e) => e.from === {pm!r} && e.to === {government!r}}}).map((e) => e.label)"
    )
    assert link == ["Thủ tướng"]  # the role, drawn on the selected node's link
    fresh.page.get_by_role("link", name="Thủ tướng Chính phủ").click()
    panel = fresh.page.text_content("#panel")
    assert panel.startswith("×Thủ tướng Chính phủ") and "Chính phủ" in panel and "Phạm Minh Chính" in panel
    fresh.page.fill("#search", "thu tuong chinh phu")  # posts are found by the search too
    fresh.page.locator("#results div", has_text="Chức vụ").first.click()
    assert "Phạm Minh Chính" in fresh.page.text_content("#panel")


def test_focus_shows_the_neighbourhood(fresh: Page, sample_kg_page: tuple[Path, govgraph.KnowledgeGraph]) -> None:
    fresh.page.fill("#search", "Bùi Thanh Sơn")
    fresh.page.locator("#results div").first.click()
    fresh.page.select_option("#depth", "1")
    fresh.page.click("#focus")
    shown = fresh.shown()
    assert 1 < shown < fresh.eval("window.govgraph.nodes.length")
    fresh.page.click("#reset")
    lonely = fresh.eval("window.govgraph.data.nodes.filter((n) => n.lonely).length")
    assert fresh.shown() == fresh.eval("window.govgraph.nodes.length") - lonely


def test_viz_focus_selects_and_centres_its_node(browser: object, tmp_path: Path) -> None:
    from govgraph.cli import main

    kg = govgraph.build()
    kg.save(tmp_path / "g.trig")
    result = CliRunner().invoke(
        main,
        [
            "viz",
            str(tmp_path / "g.trig"),
            "-o",
            str(tmp_path / "f.html"),
            "--focus",
            "bui thanh son",
            "--depth",
            "2",
            "--lang",
            "en",
        ],
    )
    assert result.exit_code == 0, result.output
    page = Page(browser, tmp_path / "f.html")
    son = page.node_id("Bùi Thanh Sơn")
    assert page.eval("window.govgraph.network.getSelectedNodes()") == [son]
    assert page.page.text_content("#panel h2") == "Bùi Thanh Sơn"
    assert page.eval("document.documentElement.lang") == "en" and "Posts" in page.page.text_content("#panel")
    centre = page.eval(
        f"(() => {{ const p = window.govgraph.network.getPositions([{son!r}])[{son!r}]; const d = window.govgraph.network.canvasToDOM(p);"
        " const g = document.getElementById('graph'); return [d.x - g.clientWidth / 2, d.y - g.clientHeight / 2]; })()"
    )
    assert abs(centre[0]) < 5 and abs(centre[1]) < 5
    assert "Bùi Thanh Sơn" in [d["text"] for d in page.labels()]
    assert page.errors == []
    page.page.close()


def test_kind_filter(fresh: Page) -> None:
    fresh.page.uncheck("input[data-kind=person]")
    assert fresh.eval("window.govgraph.nodes.get({filter: (n) => n.kind === 'person' && !n.hidden}).length") == 0
    fresh.page.check("input[data-kind=person]")
    assert fresh.eval("window.govgraph.nodes.get({filter: (n) => n.kind === 'person' && !n.hidden}).length") > 10


def test_unlinked_nodes_on_demand(fresh: Page) -> None:
    before = fresh.shown()
    fresh.page.check("#lonely")
    lonely = fresh.eval("window.govgraph.data.nodes.filter((n) => n.lonely).length")
    assert fresh.shown() == before + lonely
    # they sit apart, below the picture, not in a ring around it
    low = fresh.eval(
        "(() => { const g = window.govgraph, pos = g.network.getPositions(); const ys = (f) => g.data.nodes.filter(f).map((n) => pos[n.id].y);"
        " return [Math.max(...ys((n) => !n.lonely)), Math.min(...ys((n) => n.lonely))]; })()"
    )
    assert low[1] > low[0]


def test_physics_can_spread_the_layout(fresh: Page) -> None:
    before = fresh.eval("window.govgraph.network.getPositions()")
    fresh.page.click("#physics")
    assert fresh.eval("document.getElementById('physics').getAttribute('aria-pressed')") == "true"
    fresh.page.wait_for_timeout(800)
    fresh.page.click("#physics")
    after = fresh.eval("window.govgraph.network.getPositions()")
    moved = sum(1 for k in before if abs(before[k]["x"] - after[k]["x"]) + abs(before[k]["y"] - after[k]["y"]) > 1)
    assert moved > len(before) / 4


@pytest.mark.parametrize("size", [(1400, 900), (1920, 1080), (1280, 800)])
def test_toolbar_is_one_row_without_scrollbars(
    browser: object, sample_kg_page: tuple[Path, govgraph.KnowledgeGraph], size: tuple[int, int]
) -> None:
    page = Page(browser, sample_kg_page[0], width=size[0], height=size[1])
    for _ in ("vi", "en"):
        bar = page.eval(
            "(() => { const r = document.getElementById('bar').getBoundingClientRect(); return [r.height, r.right]; })()"
        )
        assert bar[0] < 44  # one row of controls
        rights = page.eval(
            "Array.from(document.querySelectorAll('#bar > *:not([hidden])')).map((e) => e.getBoundingClientRect().right)"
        )
        assert max(rights) <= size[0]  # every control fits
        tops = page.eval(
            "Array.from(document.querySelectorAll('#bar > *:not([hidden])')).map((e) => Math.round(e.getBoundingClientRect().top))"
        )
        assert max(tops) - min(tops) < 12
        assert page.eval(
            "[document.documentElement.scrollWidth <= innerWidth, document.documentElement.scrollHeight <= innerHeight]"
        ) == [True, True]
        page.page.click("#lang")
    page.page.close()


def test_interface_in_english_and_vietnamese(browser: object, sample_kg_page: tuple[Path, govgraph.KnowledgeGraph]) -> None:
    page = Page(browser, sample_kg_page[0])
    assert "Người" in page.page.inner_text("#legend") and page.eval("document.documentElement.lang") == "vi"
    page.page.click("#lang")
    assert page.eval("document.documentElement.lang") == "en"
    assert "People" in page.page.inner_text("#legend") and "Bodies" in page.page.inner_text("#legend")
    assert page.page.get_attribute("#search", "placeholder").startswith("Search")
    page.eval(f"window.govgraph.select({page.node_id('Phạm Minh Chính')!r})")
    panel = page.page.text_content("#panel")
    assert "Posts" in panel and "Evidence" in panel and "Phạm Minh Chính" in panel
    page.page.reload()  # the choice is remembered
    page.page.wait_for_function("window.govgraph !== undefined")
    assert "People" in page.page.inner_text("#legend")
    page.page.click("#lang")
    assert "Người" in page.page.inner_text("#legend")
    page.page.close()


@pytest.fixture(scope="module")
def meetings_page(browser: object, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Page]:
    folder = tmp_path_factory.mktemp("meetings")
    kg = govgraph.build([write_meetings(folder)])
    page = Page(browser, kg.to_html(folder / "meetings.html"))
    yield page
    page.page.close()


def test_date_filter_keeps_people_on_every_day_they_appear(meetings_page: Page) -> None:
    page = meetings_page
    pm = page.node_id("Phạm Minh Chính")
    for day in ("2025-03-01", "2025-03-09", "2025-03-10"):
        page.page.fill("#from", day)
        page.page.fill("#to", day)
        page.page.dispatch_event("#to", "change")
        assert page.eval(f"window.govgraph.nodes.get({pm!r}).hidden") is False, day
    page.page.fill("#from", "2025-04-01")
    page.page.fill("#to", "2025-04-30")
    page.page.dispatch_event("#to", "change")
    assert page.eval(f"window.govgraph.nodes.get({pm!r}).hidden") is True
    page.page.fill("#from", "")
    page.page.fill("#to", "")
    page.page.dispatch_event("#to", "change")


def test_sources_are_grouped_with_counts_and_show_more(meetings_page: Page) -> None:
    page = meetings_page
    pm = page.node_id("Phạm Minh Chính")
    page.eval(f"window.govgraph.select({pm!r})")
    evidence = page.page.locator("#panel ul").last
    # the same article from four outlets: one line, with its count
    sentence = evidence.locator("li", has=page.page.locator("q", has_text="Chiều 11/3"))
    copies = sentence.locator(".source-group")
    assert copies.count() == 1 and "Thủ tướng tiếp Đại sứ Nhật Bản" in copies.first.inner_text()
    assert "×4" in copies.first.inner_text()
    copies.first.locator("button.copies").click()
    assert "outlet3.example.org" in copies.first.inner_text()
    # many sentences: five shown, the rest behind "show more"
    kept = page.eval(f"window.govgraph.data.nodes.find((n) => n.id === {pm!r}).evidence.length")
    assert kept > 10 and evidence.locator("li:visible q").count() == 5
    evidence.locator("button.more", has_text="Xem thêm").click()
    assert evidence.locator("li:visible q").count() == kept


def test_no_request_leaves_the_page_and_no_console_error(sample_page: tuple[Page, govgraph.KnowledgeGraph]) -> None:
    page, _ = sample_page
    assert page.requests and all(url.startswith(("file://", "data:")) for url in page.requests), page.requests
    assert page.errors == []


def test_hostile_article_runs_nothing(browser: object, tmp_path: Path) -> None:
    article = tmp_path / "evil.txt"
    article.write_text(
        f"Tin {HOSTILE}\nThủ tướng Phạm Minh Chính chủ trì Hội nghị {HOSTILE} tại Hà Nội. Ông {HOSTILE} phát biểu.",
        encoding="utf-8",
    )
    kg = govgraph.build([article])
    page = Page(browser, kg.to_html(tmp_path / "evil.html"))
    page.page.fill("#search", "hoi nghi")
    page.page.locator("#results div").first.click()
    assert "<script>" in page.page.text_content("#panel")  # shown as text
    page.page.hover("#graph")
    assert page.eval("window.__pwned === undefined && window.__alerts.length === 0")
    assert page.eval("document.querySelectorAll('img').length") == 0
    assert all(url.startswith(("file://", "data:")) for url in page.requests)
    assert page.errors == []


def test_notebook_display_draws_inline_from_srcdoc(browser: object, tmp_path: Path) -> None:
    """What JupyterLab, VS Code and Colab do with ``_repr_html_``: put it into their output page."""
    kg = govgraph.build()
    host = tmp_path / "output.html"
    host.write_text(
        f"<!DOCTYPE html><html><body><div class='output'>{kg.show(height=600)._repr_html_()}</div></body></html>",
        encoding="utf-8",
    )
    page = browser.new_page(viewport={"width": 1200, "height": 800})
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(host.as_uri())
    frame = page.frame_locator("iframe")
    frame.locator("#graph canvas").wait_for()
    inner = page.frames[1]
    inner.wait_for_function("window.govgraph !== undefined")
    assert inner.evaluate("window.govgraph.drawn.length") >= 20
    assert page.eval_on_selector("iframe", "(f) => f.getBoundingClientRect().height") == pytest.approx(600, abs=4)
    assert all(url.startswith(("file://", "data:", "about:")) for url in requests), requests
    page.close()


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_screenshots_of_the_opening_view(
    browser: object, sample_kg_page: tuple[Path, govgraph.KnowledgeGraph], tmp_path: Path, lang: str
) -> None:
    """Writes docs/view-opening*.png (shown in the README) when GOVGRAPH_SCREENSHOT=1: the page as it opens."""
    page = Page(browser, sample_kg_page[0])
    if lang == "en":
        page.page.click("#lang")
    labels = page.labels()
    name = "view-opening.png" if lang == "vi" else "view-opening-en.png"
    target = Path(__file__).resolve().parents[1] / "docs" / name
    path = target if os.environ.get("GOVGRAPH_SCREENSHOT") else tmp_path / name
    page.page.screenshot(path=str(path))
    assert path.stat().st_size > 30_000 and len(labels) >= 25
    page.page.close()


def test_screenshot_of_a_selected_person(fresh: Page, tmp_path: Path) -> None:
    """Writes docs/view-person.png when GOVGRAPH_SCREENSHOT=1: a search, its node selected, the panel open."""
    fresh.page.fill("#search", "pham minh chinh")
    fresh.page.locator("#results div").first.click()
    target = Path(__file__).resolve().parents[1] / "docs" / "view-person.png"
    path = target if os.environ.get("GOVGRAPH_SCREENSHOT") else tmp_path / "person.png"
    fresh.page.screenshot(path=str(path))
    assert path.stat().st_size > 30_000


SCREEN_POSITIONS = """(() => { const g = window.govgraph; const pos = g.network.getPositions(); const box = document.getElementById('graph').getBoundingClientRect();
  return g.data.nodes.filter((n) => !n.hidden).map((n) => { const d = g.network.canvasToDOM(pos[n.id]); return [n.id, d.x + box.left, d.y + box.top]; }); })()"""


def test_a_name_left_out_appears_on_hover(fresh: Page) -> None:
    fresh.eval("window.govgraph.network.moveTo({scale: 0.12})")  # far out: room for few names
    named = {d["id"] for d in fresh.labels()}
    target = next(n for n in fresh.eval(SCREEN_POSITIONS) if n[0] not in named)
    fresh.page.mouse.move(target[1], target[2])
    fresh.page.wait_for_function(f"window.govgraph.drawn.some((d) => d.id === {target[0]!r})")
    assert target[0] in {d["id"] for d in fresh.labels()}


def test_labels_stay_inside_the_canvas(fresh: Page) -> None:
    width = fresh.eval("document.getElementById('graph').clientWidth")
    fresh.eval("window.govgraph.network.moveTo({scale: 1.5})")
    labels = fresh.labels()
    assert labels and all(d["x"] >= 0 and d["x"] + d["w"] <= width for d in labels)


def test_link_labels_of_the_selected_node_stay_readable(fresh: Page) -> None:
    pm = fresh.node_id("Phạm Minh Chính")
    fresh.eval(f"window.govgraph.select({pm!r})")
    for scale in (0.3, 1.0, 2.0):
        fresh.eval(f"window.govgraph.network.moveTo({{scale: {scale}}}); window.govgraph.network.emit('zoom', {{}})")
        sizes = fresh.eval(
            f"window.govgraph.edges.get({{filter: (e) => e.label && (e.from === {pm!r} || e.to === {pm!r})}}).map((e) => e.font.size * window.govgraph.network.getScale())"
        )
        assert sizes and all(11 <= s <= 13 for s in sizes), (scale, sizes)


def test_a_pyvis_network_shows_inline(browser: object, tmp_path: Path) -> None:
    from govgraph.viz import inline

    net = govgraph.build().to_pyvis(focus="Bùi Thanh Sơn")
    net.toggle_physics(True)
    host = tmp_path / "output.html"
    host.write_text(f"<!DOCTYPE html><html><body>{inline(net, height=500)._repr_html_()}</body></html>", encoding="utf-8")
    page = browser.new_page()
    page.route("http*://**", lambda route: route.abort())  # offline, as the tests run
    page.goto(host.as_uri())
    page.frame_locator("iframe").locator("canvas").wait_for()
    assert page.frames[1].evaluate("typeof network !== 'undefined' && Object.keys(network.getPositions()).length") == len(
        net.nodes
    )
    page.close()


def test_search_finds_a_body_by_its_alias(fresh: Page) -> None:
    fresh.page.fill("#search", "ubnd tphcm")
    first = fresh.page.locator("#results div").first
    assert first.inner_text().startswith("Ủy ban nhân dân Thành phố Hồ Chí Minh")
