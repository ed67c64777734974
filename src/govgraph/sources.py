"""Readers that turn files, folders and stdin into Articles.

Supported: ``.txt`` (optional front matter), ``.html``/``.htm`` (trafilatura),
``.json`` (one object or a list) and ``.jsonl`` (one object a line), folders
(recursively) and ``-`` for stdin. A bad file or record yields an
:class:`InputError` in the stream instead of stopping it, so the rest goes on.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

from .document import Article
from .errors import InputError
from .text import clean

SUFFIXES = (".txt", ".html", ".htm", ".json", ".jsonl")
FRONT_MATTER_KEYS = ("id", "title", "url", "published", "source")
DEFAULT_MAX_BYTES = 5_000_000

Item = Article | InputError


def read_inputs(
    inputs: Iterable[str | Path],
    *,
    encoding: str = "utf-8",
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Item]:
    """Yield an Article or an InputError for every article found in ``inputs``."""
    for item in inputs:
        if str(item) == "-":
            yield from _read_stdin(encoding, max_bytes)
            continue
        path = Path(item)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
            if not files:
                yield InputError(str(path), "folder holds no .txt, .html, .json or .jsonl file")
            for file in files:
                yield from read_file(file, encoding=encoding, max_bytes=max_bytes)
        elif path.is_file():
            yield from read_file(path, encoding=encoding, max_bytes=max_bytes)
        else:
            yield InputError(str(path), "no such file or folder")


def count_articles(inputs: Iterable[str | Path]) -> int:
    """A quick count of the articles in ``inputs`` (JSON Lines by lines, other files as one),
    for progress bars."""
    total = 0
    for item in inputs:
        path = Path(item)
        files = sorted(p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES) if path.is_dir() else [path]
        for file in files:
            if file.suffix.lower() == ".jsonl" and file.is_file():
                with file.open("rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            elif file.is_file():
                total += 1
    return total


def read_file(path: Path, *, encoding: str = "utf-8", max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """Articles of one file, chosen by its extension."""
    origin = str(path)
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from _read_jsonl(path, encoding, max_bytes)
        return
    size = path.stat().st_size
    if size > max_bytes and suffix != ".json":
        yield InputError(origin, f"file is {size:,} bytes, over the limit of {max_bytes:,} (see --max-bytes)")
        return
    try:
        text = _decode(path.read_bytes(), origin, encoding)
    except InputError as error:
        yield error
        return
    yield from parse_text(text, origin=origin, suffix=suffix, stem=path.stem, max_bytes=max_bytes)


def parse_text(text: str, *, origin: str, suffix: str, stem: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """Articles of already-decoded content of the given kind."""
    if not text.strip():
        yield InputError(origin, "file is empty")
        return
    if suffix in (".html", ".htm"):
        yield _guard(lambda: _from_html(text, origin, stem))
    elif suffix == ".json":
        yield from _from_json(text, origin, stem, max_bytes)
    elif suffix == ".jsonl":
        for lineno, line in enumerate(text.splitlines(), 1):
            if line.strip():
                yield _jsonl_line(line, origin, stem, lineno, max_bytes)
    else:
        yield _guard(lambda: _from_txt(text, origin, stem))


def _guard(make: Any) -> Item:
    try:
        return make()
    except InputError as error:
        return error


def _decode(raw: bytes, origin: str, encoding: str) -> str:
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as error:
        hint = "try --encoding cp1258 or --encoding utf-16" if encoding.lower().replace("-", "") == "utf8" else ""
        raise InputError(origin, f"file is not valid {encoding} (byte {error.start}){': ' + hint if hint else ''}") from None
    except LookupError:
        raise InputError(origin, f"unknown encoding {encoding!r}") from None
    return text.lstrip("\ufeff")


def _read_stdin(encoding: str, max_bytes: int) -> Iterator[Item]:
    raw = sys.stdin.buffer.read()
    try:
        text = _decode(raw, "<stdin>", encoding)
    except InputError as error:
        yield error
        return
    head = text.lstrip()[:1]
    first_line = text.lstrip().split("\n", 1)[0].strip()
    if head == "{" and first_line.endswith("}") and "\n" in text.strip():
        suffix = ".jsonl"
    elif head in "{[" and head:
        suffix = ".json"
    elif head == "<":
        suffix = ".html"
    else:
        suffix = ".txt"
    yield from parse_text(text, origin="<stdin>", suffix=suffix, stem="stdin", max_bytes=max_bytes)


def _read_jsonl(path: Path, encoding: str, max_bytes: int) -> Iterator[Item]:
    """Stream a JSON Lines file one line at a time, so its size does not matter."""
    origin = str(path)
    seen = False
    try:
        handle = path.open("rb")
    except OSError as error:
        yield InputError(origin, f"cannot open: {error.strerror}")
        return
    with handle:
        for lineno, raw, size in _bounded_lines(handle, max_bytes):
            if raw is None:
                yield InputError(
                    f"{origin}:{lineno}", f"line is {size:,} bytes, over the limit of {max_bytes:,} (see --max-bytes)"
                )
                continue
            try:
                line = _decode(raw, f"{origin}:{lineno}", encoding)
            except InputError as error:
                yield error
                continue
            if line.strip():
                seen = True
                yield _jsonl_line(line, origin, path.stem, lineno, max_bytes)
    if not seen:
        yield InputError(origin, "file is empty")


def _bounded_lines(handle: Any, max_bytes: int) -> Iterator[tuple[int, bytes | None, int]]:
    """(line number, bytes or None when too long, size) for each line, never holding more
    than ``max_bytes`` of one line in memory."""
    lineno = 0
    while True:
        raw = handle.readline(max_bytes + 1)
        if not raw:
            return
        lineno += 1
        if len(raw) > max_bytes and not raw.endswith(b"\n"):
            size = len(raw)
            while raw and not raw.endswith(b"\n"):  # skip the rest of the line in pieces
                raw = handle.readline(1 << 20)
                size += len(raw)
            yield lineno, None, size
            continue
        yield lineno, raw, len(raw)


def _jsonl_line(line: str, origin: str, stem: str, lineno: int, max_bytes: int) -> Item:
    where = f"{origin}:{lineno}"
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        return InputError(where, f"malformed JSON at column {error.colno}: {error.msg}")
    return _guard(lambda: from_record(record, where, f"{stem}-{lineno}"))


def _from_json(text: str, origin: str, stem: str, max_bytes: int) -> Iterator[Item]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        yield InputError(origin, f"malformed JSON at line {error.lineno}, column {error.colno}: {error.msg}")
        return
    records = data if isinstance(data, list) else [data]
    for index, record in enumerate(records, 1):
        where = origin if len(records) == 1 else f"{origin}[{index}]"
        fallback = stem if len(records) == 1 else f"{stem}-{index}"
        yield _guard(lambda record=record, where=where, fallback=fallback: from_record(record, where, fallback))


def from_record(record: Any, origin: str, fallback_id: str) -> Article:
    """An Article from a JSON object with keys id, url, title, published, source, text."""
    if not isinstance(record, dict):
        raise InputError(origin, f"expected a JSON object, found {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(origin, "record has no 'text'")
    for name in ("title", "url", "source", "id"):
        value = record.get(name)
        if value is not None and not isinstance(value, (str, int)):
            raise InputError(origin, f"'{name}' must be a string, found {type(value).__name__}")
    ident = clean(str(record.get("id") or ""))
    return Article(
        id=ident or fallback_id,
        text=text,
        title=clean(str(record.get("title") or "")),
        url=clean(str(record["url"])) or None if record.get("url") else None,
        published=parse_date(record.get("published"), origin),
        source=clean(str(record["source"])) or None if record.get("source") else None,
        origin=origin,
    )


_FRONT = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.S)


def _from_txt(text: str, origin: str, stem: str) -> Article:
    """Plain text: optional ``---`` front matter (key: value lines), else the first line is the title."""
    meta: dict[str, str] = {}
    match = _FRONT.match(text)
    if match:
        for lineno, line in enumerate(match.group(1).splitlines(), 2):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            name, sep, value = line.partition(":")
            name = name.strip().lower()
            if not sep or name not in FRONT_MATTER_KEYS:
                raise InputError(f"{origin}:{lineno}", f"front matter line must be one of {', '.join(FRONT_MATTER_KEYS)}: value")
            meta[name] = value.strip().strip('"')
        body = text[match.end() :].strip()
        title = meta.get("title", "")
    else:
        first, _, rest = text.strip().partition("\n")
        title, body = first.strip(), rest.strip()
    if not body and not title:
        raise InputError(origin, "article has no text")
    return Article(
        id=meta.get("id") or stem,
        text=body,
        title=title,
        url=meta.get("url") or None,
        published=parse_date(meta.get("published"), origin),
        source=meta.get("source") or None,
        origin=origin,
    )


def _from_html(html: str, origin: str, stem: str) -> Article:
    import trafilatura

    result = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    if result is None:
        raise InputError(origin, "HTML holds no article text")
    data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    text = (data.get("text") or "").strip()
    if not text:
        raise InputError(origin, "HTML holds no article text")
    published = None
    if data.get("date"):
        try:
            published = parse_date(data["date"], origin)
        except InputError:
            published = None
    return Article(
        id=stem,
        text=text,
        title=(data.get("title") or "").strip(),
        url=data.get("url") or None,
        published=published,
        source=data.get("sitename") or data.get("hostname") or None,
        origin=origin,
    )


def parse_date(value: Any, origin: str = "") -> date | None:
    """An ISO date, ISO date-time or dd/mm/yyyy string as a date; None when empty."""
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    text = str(value).strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    match = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", text)
    if match:
        try:
            return date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
        except ValueError:
            pass
    raise InputError(origin, f"'published' is not a date: {text!r} (use YYYY-MM-DD)")
