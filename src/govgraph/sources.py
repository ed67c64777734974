"""Readers that turn files, folders and stdin into Articles.

Supported: ``.txt`` (optional front matter), ``.html``/``.htm`` (trafilatura),
``.json`` (one object or a list) and ``.jsonl`` (one object a line), folders
(recursively) and ``-`` for stdin. A bad file or record yields an
:class:`InputError` in the stream instead of stopping it, so the rest goes on.
"""

from __future__ import annotations

import codecs
import json
import logging
import re
import sys
from collections.abc import Iterable, Iterator, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any

from .document import Article
from .errors import GovGraphError, InputError
from .text import clean

SUFFIXES = (".txt", ".html", ".htm", ".json", ".jsonl")
FRONT_MATTER_KEYS = ("id", "title", "url", "published", "source")
FIELDS = ("id", "title", "url", "published", "source", "text")
DEFAULT_MAX_BYTES = 5_000_000
MIN_HTML_TEXT = 200  # characters of running text below which a page is navigation, not an article

Item = Article | InputError
Fields = Mapping[str, str]
log = logging.getLogger(__name__)


def parse_fields(spec: str | Fields | None) -> dict[str, str]:
    """A field mapping ``{"text": "content", "published": "date"}`` from ``"text=content,published=date"``:
    which input key holds each of the article's fields (scrapers name them their own way).

    >>> parse_fields("text=content, published=date")
    {'text': 'content', 'published': 'date'}
    """
    if not spec:
        return {}
    pairs = spec.items() if isinstance(spec, Mapping) else (item.partition("=")[::2] for item in spec.split(","))
    mapping: dict[str, str] = {}
    for ours, theirs in pairs:
        ours, theirs = ours.strip(), theirs.strip()
        if ours not in FIELDS or not theirs:
            raise GovGraphError(f"bad field mapping {ours}={theirs}: use FIELD=INPUT_KEY with FIELD one of {', '.join(FIELDS)}")
        mapping[ours] = theirs
    return mapping


def _check_limit(max_bytes: int) -> None:
    if not isinstance(max_bytes, int) or max_bytes < 1:
        raise GovGraphError(f"max_bytes must be a positive number of bytes, not {max_bytes!r}")


def read_inputs(
    inputs: Iterable[str | Path],
    *,
    encoding: str = "utf-8",
    max_bytes: int = DEFAULT_MAX_BYTES,
    fields: Fields | str | None = None,
) -> Iterator[Item]:
    """Yield an Article or an InputError for every article found in ``inputs``.

    ``max_bytes`` bounds every file, line and record whatever the reader (stdin too);
    ``fields`` maps the article's fields to the input's own keys (see :func:`parse_fields`)."""
    _check_limit(max_bytes)
    mapping = parse_fields(fields)
    for item in inputs:
        if str(item) == "-":
            yield from _read_stdin(encoding, max_bytes, mapping)
            continue
        path = Path(item)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
            if not files:
                yield InputError(str(path), "folder holds no .txt, .html, .json or .jsonl file")
            for file in files:
                # a fallback id from the path inside the folder: feed.jsonl of two dated folders differ
                stem = file.relative_to(path).with_suffix("").as_posix()
                yield from read_file(file, encoding=encoding, max_bytes=max_bytes, fields=mapping, stem=stem)
        elif path.is_file():
            yield from read_file(path, encoding=encoding, max_bytes=max_bytes, fields=mapping)
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


def read_file(
    path: Path,
    *,
    encoding: str = "utf-8",
    max_bytes: int = DEFAULT_MAX_BYTES,
    fields: Fields | None = None,
    stem: str | None = None,
) -> Iterator[Item]:
    """Articles of one file, chosen by its extension."""
    origin = str(path)
    suffix = path.suffix.lower()
    stem = stem or path.stem
    if suffix == ".jsonl":
        yield from _read_jsonl(path, encoding, max_bytes, fields or {}, stem)
        return
    size = path.stat().st_size
    if size > max_bytes:
        hint = "; for many articles use .jsonl, one a line" if suffix == ".json" else ""
        yield InputError(origin, f"file is {size:,} bytes, over the limit of {max_bytes:,} (see --max-bytes{hint})")
        return
    try:
        text = _decode(path.read_bytes(), origin, encoding)
    except InputError as error:
        yield error
        return
    yield from parse_text(text, origin=origin, suffix=suffix, stem=stem, max_bytes=max_bytes, fields=fields)


def parse_text(
    text: str,
    *,
    origin: str,
    suffix: str,
    stem: str,
    max_bytes: int = DEFAULT_MAX_BYTES,
    fields: Fields | None = None,
) -> Iterator[Item]:
    """Articles of already-decoded content of the given kind."""
    fields = fields or {}
    if not text.strip():
        yield InputError(origin, "file is empty")
        return
    if suffix in (".html", ".htm"):
        yield _guard(lambda: _from_html(text, origin, stem))
    elif suffix == ".json":
        yield from _from_json(text, origin, stem, max_bytes, fields)
    elif suffix == ".jsonl":
        # "\n" only: JSON strings may hold U+2028, U+2029 and U+0085, which splitlines() breaks on
        for lineno, line in enumerate(text.split("\n"), 1):
            if line.strip():
                yield _jsonl_line(line, origin, stem, lineno, max_bytes, fields)
    else:
        yield _guard(lambda: _from_txt(text, origin, stem, fields))


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


def _byte_lines(encoding: str) -> bool:
    """True when lines of this encoding can be split on the byte b"\\n" (not UTF-16 or UTF-32)."""
    try:
        return "a\n".encode(encoding) == b"a\n"
    except LookupError:
        return True  # reported by _decode


def _read_stdin(encoding: str, max_bytes: int, fields: Fields) -> Iterator[Item]:
    """Stdin: JSON Lines are streamed line by line like a file; anything else is read whole,
    up to ``max_bytes``."""
    origin = "<stdin>"
    stream = sys.stdin.buffer
    first = stream.readline(max_bytes + 1)
    buffered = [first]
    if _byte_lines(encoding) and first.lstrip().startswith(b"{") and first.rstrip().endswith(b"}"):
        while sum(map(len, buffered)) <= max_bytes:
            line = stream.readline(max_bytes + 1)
            if not line:
                break
            buffered.append(line)
            if line.strip():  # a second line after an object line: JSON Lines
                lines = _chain_lines(buffered, stream, max_bytes)
                yield from _jsonl_items(lines, origin, "stdin", encoding, max_bytes, fields)
                return
    raw = b"".join(buffered)
    if len(raw) <= max_bytes:
        raw += stream.read(max_bytes + 1 - len(raw))
    if len(raw) > max_bytes:
        yield InputError(origin, f"input is over the limit of {max_bytes:,} bytes (see --max-bytes)")
        return
    try:
        text = _decode(raw, origin, encoding)
    except InputError as error:
        yield error
        return
    head = text.lstrip()[:1]
    if head in "{[" and head:
        suffix = ".json"
    elif head == "<":
        suffix = ".html"
    else:
        suffix = ".txt"
    yield from parse_text(text, origin=origin, suffix=suffix, stem="stdin", max_bytes=max_bytes, fields=fields)


def _chain_lines(buffered: list[bytes], stream: Any, max_bytes: int) -> Iterator[tuple[int, bytes | None, int]]:
    """The numbered lines of stdin, the ones already read first."""
    for lineno, raw in enumerate(buffered, 1):
        if len(raw) > max_bytes and not raw.endswith(b"\n"):
            yield from _skip_long(lineno, raw, stream)
        else:
            yield lineno, raw, len(raw)
    for lineno, raw, size in _bounded_lines(stream, max_bytes):
        yield lineno + len(buffered), raw, size


def _read_jsonl(path: Path, encoding: str, max_bytes: int, fields: Fields, stem: str) -> Iterator[Item]:
    """Stream a JSON Lines file one line at a time, so its size does not matter."""
    origin = str(path)
    try:
        handle = path.open("rb")
    except OSError as error:
        yield InputError(origin, f"cannot open: {error.strerror}")
        return
    with handle:
        if _byte_lines(encoding):
            yield from _jsonl_items(_bounded_lines(handle, max_bytes), origin, stem, encoding, max_bytes, fields)
        else:
            yield from _jsonl_wide(handle, origin, stem, encoding, max_bytes, fields)


def _jsonl_items(
    lines: Iterable[tuple[int, bytes | None, int]], origin: str, stem: str, encoding: str, max_bytes: int, fields: Fields
) -> Iterator[Item]:
    seen = False  # a line with content, even one that failed: the file is not empty
    for lineno, raw, size in lines:
        if raw is None:
            seen = True
            yield InputError(f"{origin}:{lineno}", f"line is {size:,} bytes, over the limit of {max_bytes:,} (see --max-bytes)")
            continue
        try:
            line = _decode(raw, f"{origin}:{lineno}", encoding)
        except InputError as error:
            seen = True
            yield error
            continue
        if line.strip():
            seen = True
            yield _jsonl_line(line, origin, stem, lineno, max_bytes, fields)
    if not seen:
        yield InputError(origin, "file is empty")


def _jsonl_wide(handle: Any, origin: str, stem: str, encoding: str, max_bytes: int, fields: Fields) -> Iterator[Item]:
    """JSON Lines in UTF-16 or UTF-32: decoded incrementally, then split on "\\n"."""
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    pending, lineno, seen = "", 0, False
    while True:
        chunk = handle.read(1 << 16)
        try:
            pending += decoder.decode(chunk, final=not chunk)
        except UnicodeDecodeError as error:
            yield InputError(f"{origin}:{lineno + 1}", f"file is not valid {encoding} (byte {error.start}) from this line on")
            return
        *lines, pending = pending.split("\n")
        if not chunk:
            lines.append(pending)
        for line in lines:
            lineno += 1
            line = line.lstrip("\ufeff") if lineno == 1 else line
            if len(line) * 2 > max_bytes:
                yield InputError(f"{origin}:{lineno}", f"line is over the limit of {max_bytes:,} bytes (see --max-bytes)")
                seen = True
            elif line.strip():
                seen = True
                yield _jsonl_line(line, origin, stem, lineno, max_bytes, fields)
        if len(pending) * 2 > max_bytes:
            yield InputError(f"{origin}:{lineno + 1}", f"line is over the limit of {max_bytes:,} bytes (see --max-bytes)")
            return
        if not chunk:
            break
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
            yield from _skip_long(lineno, raw, handle)
            continue
        yield lineno, raw, len(raw)


def _skip_long(lineno: int, raw: bytes, handle: Any) -> Iterator[tuple[int, None, int]]:
    size = len(raw)
    while raw and not raw.endswith(b"\n"):  # skip the rest of the line in pieces
        raw = handle.readline(1 << 20)
        size += len(raw)
    yield lineno, None, size


def _loads(text: str) -> Any:
    """json.loads, with what it raises outside JSONDecodeError (nesting too deep, a number of
    thousands of digits) turned into ValueError."""
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        raise
    except RecursionError:
        raise ValueError("JSON nested too deeply") from None
    except ValueError as error:  # int of more than sys.get_int_max_str_digits() digits
        raise ValueError(f"JSON value out of range: {str(error)[:80]}") from None


def _jsonl_line(line: str, origin: str, stem: str, lineno: int, max_bytes: int, fields: Fields) -> Item:
    where = f"{origin}:{lineno}"
    try:
        record = _loads(line)
    except json.JSONDecodeError as error:
        return InputError(where, f"malformed JSON at column {error.colno}: {error.msg}")
    except ValueError as error:
        return InputError(where, f"malformed JSON: {error}")
    return _guard(lambda: from_record(record, where, f"{stem}-{lineno}", fields=fields, max_bytes=max_bytes))


def _from_json(text: str, origin: str, stem: str, max_bytes: int, fields: Fields) -> Iterator[Item]:
    try:
        data = _loads(text)
    except json.JSONDecodeError as error:
        yield InputError(origin, f"malformed JSON at line {error.lineno}, column {error.colno}: {error.msg}")
        return
    except ValueError as error:
        yield InputError(origin, f"malformed JSON: {error}")
        return
    records = data if isinstance(data, list) else [data]
    for index, record in enumerate(records, 1):
        where = origin if len(records) == 1 else f"{origin}[{index}]"
        fallback = stem if len(records) == 1 else f"{stem}-{index}"
        yield _guard(
            lambda record=record, where=where, fallback=fallback: from_record(
                record, where, fallback, fields=fields, max_bytes=max_bytes
            )
        )


def from_record(
    record: Any, origin: str, fallback_id: str, *, fields: Fields | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Article:
    """An Article from a JSON object with keys id, url, title, published, source, text
    (or the input's own keys, as ``fields`` maps them)."""
    if not isinstance(record, dict):
        raise InputError(origin, f"expected a JSON object, found {type(record).__name__}")
    fields = fields or {}

    def get(name: str) -> Any:
        return record.get(fields.get(name, name))

    text = get("text")
    if not isinstance(text, str) or not text.strip():
        key = fields.get("text", "text")
        hint = "" if fields.get("text") else " (name the key holding the text with --field text=KEY)"
        raise InputError(origin, f"record has no '{key}'{hint}")
    for name in ("title", "url", "source", "id"):
        value = get(name)
        if value is not None and not isinstance(value, (str, int)):
            raise InputError(origin, f"'{fields.get(name, name)}' must be a string, found {type(value).__name__}")
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        raise InputError(origin, f"text is {size:,} bytes, over the limit of {max_bytes:,} (see --max-bytes)")
    ident = clean(str(get("id") or ""))
    return Article(
        id=ident or fallback_id,
        text=text,
        title=clean(str(get("title") or "")),
        url=clean(str(get("url"))) or None if get("url") else None,
        published=lenient_date(get("published"), origin),
        source=clean(str(get("source"))) or None if get("source") else None,
        origin=origin,
    )


_FRONT = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.S)


def _from_txt(text: str, origin: str, stem: str, fields: Fields | None = None) -> Article:
    """Plain text: optional ``---`` front matter (key: value lines), else the first line is the title."""
    meta: dict[str, str] = {}
    match = _FRONT.match(text)
    theirs = {key.lower(): ours for ours, key in (fields or {}).items() if ours in FRONT_MATTER_KEYS}
    if match:
        for lineno, line in enumerate(match.group(1).split("\n"), 2):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            name, sep, value = line.partition(":")
            name = name.strip().lower()
            name = theirs.get(name, name)
            if not sep or name not in FRONT_MATTER_KEYS:
                raise InputError(f"{origin}:{lineno}", f"front matter line must be one of {', '.join(FRONT_MATTER_KEYS)}: value")
            meta[name] = clean(value.strip().strip('"'))
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
        published=lenient_date(meta.get("published"), origin),
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
    if not _running_text(text):
        raise InputError(origin, "HTML page has no article body (only navigation or short snippets)")
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


def _running_text(text: str) -> bool:
    """True when extracted page text reads as an article: enough characters in lines that are
    sentences (several words, ending in sentence punctuation), not a list of links."""
    prose = 0
    for line in text.split("\n"):
        line = line.strip()
        if len(line.split()) >= 6 and line[-1:] in '.!?…:;"”)»':
            prose += len(line)
    return prose >= MIN_HTML_TEXT


def lenient_date(value: Any, origin: str = "") -> date | None:
    """The published date, or None with a warning when it is relative ("hôm qua") or
    unparseable: the article is kept, its date unknown."""
    try:
        return parse_date(value, origin)
    except InputError as error:
        log.warning("%s; kept with the date unknown", error)
        return None


def parse_date(value: Any, origin: str = "") -> date | None:
    """An ISO date, ISO date-time or dd/mm/yyyy string as a date; None when empty."""
    if value is None or (isinstance(value, str) and not value.strip()):
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
