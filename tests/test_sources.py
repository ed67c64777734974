"""Readers: every input kind, and bad input reported by name without stopping the batch."""

from __future__ import annotations

import io
import json
import sys
from datetime import date
from pathlib import Path

import pytest

from govgraph.document import Article
from govgraph.errors import InputError
from govgraph.sources import read_inputs


def items(*paths: object, **kwargs: object) -> list[Article | InputError]:
    return list(read_inputs([str(p) for p in paths], **kwargs))


def test_txt_with_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(
        "---\nid: x1\ntitle: Tiêu đề\nurl: https://example.org/a\npublished: 2024-05-01\nsource: Báo\n---\nNội dung.\n",
        encoding="utf-8",
    )
    (article,) = items(path)
    assert article == Article("x1", "Nội dung.", "Tiêu đề", "https://example.org/a", date(2024, 5, 1), "Báo", str(path))


def test_txt_without_front_matter_takes_the_first_line_as_title(tmp_path: Path) -> None:
    path = tmp_path / "bai-viet.txt"
    path.write_text("Tiêu đề bài\nDòng một.\nDòng hai.", encoding="utf-8")
    (article,) = items(path)
    assert (article.id, article.title, article.text) == ("bai-viet", "Tiêu đề bài", "Dòng một.\nDòng hai.")


def test_json_list_and_jsonl(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text(json.dumps([{"id": "1", "text": "Một."}, {"id": "2", "text": "Hai."}]), encoding="utf-8")
    (tmp_path / "b.jsonl").write_text('{"id": "3", "text": "Ba."}\n\n{"text": "Bốn."}\n', encoding="utf-8")
    found = items(tmp_path)
    assert [a.id for a in found] == ["1", "2", "3", "b-3"]


def test_html_through_trafilatura(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    body = " ".join(["Thủ tướng Phạm Minh Chính chủ trì hội nghị về chuyển đổi số tại Hà Nội."] * 4)
    path.write_text(
        f"<html><head><title>Tin</title></head><body><nav>menu</nav><article><h1>Tiêu đề</h1><p>{body}</p></article></body></html>",
        encoding="utf-8",
    )
    (article,) = items(path)
    assert isinstance(article, Article) and "Phạm Minh Chính" in article.text


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("latin.txt", b"Ban ch\xe1p h\xe0nh", "not valid utf-8.*--encoding cp1258"),
        ("empty.txt", b"", "empty"),
        ("bad.json", b'{"id": 1, "text": ', "malformed JSON at line 1"),
        ("nothing.html", b"<html><body><script>x()</script></body></html>", "no article text"),
        ("notext.json", b'{"id": "a"}', "no 'text'"),
    ],
)
def test_bad_files_are_named(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    (error,) = items(path)
    assert isinstance(error, InputError)
    assert str(path) in str(error)
    assert __import__("re").search(message, str(error), __import__("re").I)


def test_malformed_jsonl_line_is_named_and_the_rest_kept(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text('{"id": "1", "text": "Một."}\n{"id": 2, "text": \n{"id": "3", "text": "Ba."}\n', encoding="utf-8")
    found = items(path)
    assert [type(x).__name__ for x in found] == ["Article", "InputError", "Article"]
    assert f"{path}:2" in str(found[1])


def test_other_encodings(tmp_path: Path) -> None:
    path = tmp_path / "cp.txt"
    path.write_bytes("Tiêu đề\nBộ Nội vụ họp.".encode("utf-16"))
    (article,) = items(path, encoding="utf-16")
    assert article.text == "Bộ Nội vụ họp."


def test_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("Tiêu đề\n" + "chữ " * 1000, encoding="utf-8")
    (error,) = items(path, max_bytes=100)
    assert isinstance(error, InputError) and "limit" in str(error)


def test_missing_input() -> None:
    (error,) = items("/nonexistent/file.txt")
    assert "no such file" in str(error)


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    data = '{"id": "s1", "text": "Một."}\n{"id": "s2", "text": "Hai."}\n'.encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert [a.id for a in items("-")] == ["s1", "s2"]


def test_jsonl_line_over_the_limit_is_skipped_without_reading_it_whole(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        handle.write('{"id": "1", "text": "Một."}\n')
        handle.write('{"id": "2", "text": "' + "x" * 3_000_000 + '"}\n')
        handle.write('{"id": "3", "text": "Ba."}\n')
    found = items(path, max_bytes=1_000_000)
    assert [type(x).__name__ for x in found] == ["Article", "InputError", "Article"]
    assert f"{path}:2" in str(found[1]) and "limit" in str(found[1])
