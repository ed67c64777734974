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

import govgraph

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

pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="no Chromium: install it (Debian: apt-get install chromium) or set GOVGRAPH_CHROMIUM"
)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    playwright = pytest.importorskip("playwright.sync_api", reason="pip install playwright")
    with playwright.sync_playwright() as p:
        instance = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield instance
        instance.close()


class Page:
    """A page opened on a local file, recording requests, console errors and alerts."""

    def __init__(self, browser: object, path: Path) -> None:
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.page.add_init_script("window.__alerts = []; window.alert = (m) => window.__alerts.push(String(m));")
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("console", lambda msg: self.errors.append(msg.text) if msg.type == "error" else None)
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.goto(path.as_uri())
        self.page.wait_for_function("window.govgraph !== undefined")

    def eval(self, script: str) -> object:
        return self.page.evaluate(script)


@pytest.fixture(scope="module")
def sample_page(browser: object, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Page, govgraph.KnowledgeGraph]]:
    kg = govgraph.build()
    path = kg.to_html(tmp_path_factory.mktemp("view") / "graph.html")
    page = Page(browser, path)
    yield page, kg
    page.page.close()


def test_every_node_is_drawn(sample_page: tuple[Page, govgraph.KnowledgeGraph]) -> None:
    page, kg = sample_page
    expected = kg.to_networkx().number_of_nodes()
    assert page.eval("window.govgraph.nodes.length") == expected
    drawn = page.eval("Object.keys(window.govgraph.network.getPositions()).length")
    assert drawn == expected
    # the canvas shows something: many non-white pixels
    coloured = page.eval(
        """(() => { const c = document.querySelector('#graph canvas'); const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let n = 0; for (let i = 0; i < d.length; i += 4) if (d[i + 3] > 0 && (d[i] < 240 || d[i + 1] < 240 || d[i + 2] < 240)) n++; return n; })()"""
    )
    assert coloured > 1000


def test_search_without_diacritics_and_the_side_panel(sample_page: tuple[Page, govgraph.KnowledgeGraph]) -> None:
    page, _ = sample_page
    page.page.fill("#search", "pham minh chinh")
    results = page.page.locator("#results div")
    assert "Phạm Minh Chính" in results.first.inner_text()
    results.first.click()
    panel = page.page.text_content("#panel")
    assert panel.startswith("Phạm Minh Chính")
    assert "giữ chức" in panel and "Thủ tướng Chính phủ" in panel
    assert "Trích dẫn" in panel and "chủ trì" in panel  # evidence sentences
    assert "2025-01-08" in panel  # the date of an article that states a post


def test_focus_shows_the_neighbourhood(sample_page: tuple[Page, govgraph.KnowledgeGraph]) -> None:
    page, kg = sample_page
    page.page.fill("#search", "Bùi Thanh Sơn")
    page.page.locator("#results div").first.click()
    page.page.select_option("#depth", "1")
    page.page.click("#focus")
    shown = page.eval("window.govgraph.nodes.get({filter: (n) => !n.hidden}).length")
    assert 1 < shown < kg.to_networkx().number_of_nodes()
    page.page.click("#reset")
    assert page.eval("window.govgraph.nodes.get({filter: (n) => !n.hidden}).length") == kg.to_networkx().number_of_nodes()


def test_kind_filter(sample_page: tuple[Page, govgraph.KnowledgeGraph]) -> None:
    page, _ = sample_page
    page.page.uncheck("input[data-kind=person]")
    assert page.eval("window.govgraph.nodes.get({filter: (n) => n.kind === 'person' && !n.hidden}).length") == 0
    page.page.check("input[data-kind=person]")


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


def test_screenshot_of_the_sample_graph(sample_page: tuple[Page, govgraph.KnowledgeGraph], tmp_path: Path) -> None:
    """Writes docs/sample-graph.png when GOVGRAPH_SCREENSHOT=1 (kept in the README)."""
    page, _ = sample_page
    page.page.fill("#search", "pham minh chinh")
    page.page.locator("#results div").first.click()
    target = Path(__file__).resolve().parents[1] / "docs" / "sample-graph.png"
    path = target if os.environ.get("GOVGRAPH_SCREENSHOT") else tmp_path / "shot.png"
    page.page.screenshot(path=str(path))
    assert path.stat().st_size > 10_000
