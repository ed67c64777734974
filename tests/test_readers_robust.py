"""Readers under hostile or careless input: every reader bounded, nothing raised past the
reader's error handling, scrapers' field names and dates accepted."""

from __future__ import annotations

import io
import json
import logging
import sys
from datetime import date
from pathlib import Path

import pytest

from govgraph.document import Article
from govgraph.errors import GovGraphError, InputError
from govgraph.sources import read_inputs

BODY = "Thủ tướng Phạm Minh Chính chủ trì hội nghị về chuyển đổi số tại Hà Nội."


def items(*paths: object, **kwargs: object) -> list[Article | InputError]:
    return list(read_inputs([str(p) for p in paths], **kwargs))


def kinds(found: list[Article | InputError]) -> list[str]:
    return [type(x).__name__ for x in found]


def test_deeply_nested_json_is_a_reader_error(tmp_path: Path) -> None:
    (tmp_path / "deep.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    (tmp_path / "deep.jsonl").write_text('{"text": "Một."}\n' + "[" * 100_000 + "\n", encoding="utf-8")
    found = items(tmp_path / "deep.json", tmp_path / "deep.jsonl")
    assert kinds(found) == ["InputError", "Article", "InputError"]
    assert "nested too deeply" in str(found[0]) and "deep.jsonl:2" in str(found[2])


def test_huge_json_number_is_a_reader_error(tmp_path: Path) -> None:
    path = tmp_path / "n.jsonl"
    path.write_text('{"text": "Một.", "id": ' + "9" * 5000 + '}\n{"text": "Hai."}\n', encoding="utf-8")
    found = items(path)
    assert kinds(found) == ["InputError", "Article"]
    assert f"{path}:1" in str(found[0])


def test_line_separators_inside_jsonl_strings_keep_the_record(monkeypatch: pytest.MonkeyPatch) -> None:
    text = f"{BODY}\u2028Câu hai\u2029câu ba\u0085hết."
    data = json.dumps({"id": "a", "text": text}, ensure_ascii=False) + "\n" + json.dumps({"id": "b", "text": BODY}) + "\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data.encode())))
    found = items("-")
    assert [a.id for a in found] == ["a", "b"] and found[0].text == text


def test_max_bytes_applies_to_json_files(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    path.write_text(json.dumps([{"text": BODY}] * 100), encoding="utf-8")
    (error,) = items(path, max_bytes=1000)
    assert isinstance(error, InputError) and "over the limit" in str(error)


def test_max_bytes_applies_to_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(("Tiêu đề\n" + BODY * 100).encode())))
    (error,) = items("-", max_bytes=1000)
    assert isinstance(error, InputError) and "<stdin>" in str(error) and "limit" in str(error)


def test_max_bytes_applies_to_stdin_jsonl_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [
        json.dumps({"id": "1", "text": BODY}),
        json.dumps({"id": "2", "text": BODY * 100}),
        json.dumps({"id": "3", "text": BODY}),
    ]
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("\n".join(lines).encode())))
    found = items("-", max_bytes=1000)
    assert kinds(found) == ["Article", "InputError", "Article"] and "<stdin>:2" in str(found[1])


@pytest.mark.parametrize("limit", [-2, 0])
def test_max_bytes_must_be_positive(limit: int) -> None:
    with pytest.raises(GovGraphError, match="positive"):
        items("-", max_bytes=limit)


def test_utf16_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "u16.jsonl"
    lines = [
        json.dumps({"id": "1", "text": BODY}, ensure_ascii=False),
        json.dumps({"id": "2", "text": "Bộ Nội vụ họp."}, ensure_ascii=False),
    ]
    path.write_bytes(("\n".join(lines) + "\n").encode("utf-16"))
    found = items(path, encoding="utf-16")
    assert [a.id for a in found] == ["1", "2"] and found[0].text == BODY


def test_jsonl_whose_only_line_is_too_long_is_not_called_empty(tmp_path: Path) -> None:
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps({"text": "x" * 5000}) + "\n", encoding="utf-8")
    (error,) = items(path, max_bytes=1000)
    assert "limit" in str(error) and "empty" not in str(error)


def test_fallback_ids_differ_across_dated_folders(tmp_path: Path) -> None:
    for day in ("2024-05-01", "2024-05-02"):
        (tmp_path / day).mkdir()
        (tmp_path / day / "feed.jsonl").write_text(json.dumps({"text": BODY}) + "\n", encoding="utf-8")
    found = items(tmp_path)
    assert [a.id for a in found] == ["2024-05-01/feed-1", "2024-05-02/feed-1"]


def test_field_mapping_for_scrapers(tmp_path: Path) -> None:
    path = tmp_path / "scraped.jsonl"
    path.write_text(json.dumps({"link": "https://e.org/1", "content": BODY, "date": "2024-05-01"}) + "\n", encoding="utf-8")
    (article,) = items(path, fields="text=content,published=date,url=link")
    assert (article.text, article.published, article.url) == (BODY, date(2024, 5, 1), "https://e.org/1")
    (error,) = items(path)
    assert "no 'text'" in str(error) and "--field" in str(error)
    from govgraph.sources import parse_fields

    assert parse_fields({"text": "content"}) == {"text": "content"}
    with pytest.raises(GovGraphError, match="bad field mapping"):
        parse_fields("body=content")


@pytest.mark.parametrize("value", ["hôm qua", "3 giờ trước", "not a date", "2024-13-45"])
def test_relative_or_unparseable_date_keeps_the_article(tmp_path: Path, caplog: pytest.LogCaptureFixture, value: str) -> None:
    path = tmp_path / "d.json"
    path.write_text(json.dumps({"id": "d", "text": BODY, "published": value}, ensure_ascii=False), encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="govgraph"):
        (article,) = items(path)
    assert isinstance(article, Article) and article.published is None
    assert str(path) in caplog.text and "date unknown" in caplog.text


def test_navigation_only_html_is_refused(tmp_path: Path) -> None:
    links = "".join(f"<li><a href='/c{i}'>Chuyên mục thời sự số {i}</a></li>" for i in range(40))
    path = tmp_path / "nav.html"
    path.write_text(
        f"<html><head><title>Trang chủ</title></head><body><nav><ul>{links}</ul></nav>"
        "<div><p>Đăng nhập</p><p>Liên hệ quảng cáo</p></div><footer>Bản quyền 2024</footer></body></html>",
        encoding="utf-8",
    )
    (error,) = items(path)
    assert isinstance(error, InputError) and str(path) in str(error) and "no article" in str(error)
