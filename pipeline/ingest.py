"""Files, directories and JSON Lines dumps → Article records (+ IngestError rows).

Reading never raises on bad input: every item yields either an Article or an IngestError
naming the file (and line), the reason and what to do, and the batch goes on.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Union

from charset_normalizer import from_bytes

from pipeline.article import Article, IngestError
from pipeline.config import RESOURCES_DIR, data_rows
from pipeline.errors import InputNotFound, ItemError
from pipeline.normalize import Converters, detect_lang, is_readable_text

Item = Union[Article, IngestError]

LANGS = {"zh-Hant", "zh-Hans", "en"}
LANG_ALIASES = {"zh-tw": "zh-Hant", "zh-hk": "zh-Hant", "zh-cn": "zh-Hans", "zh-sg": "zh-Hans", "en-us": "en", "en-gb": "en"}
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson")
# Encodings a Chinese newsroom uses, in the order we try them strictly before asking
# charset-normalizer: a strict decode that succeeds on the whole file is proof enough for
# UTF-8, while Big5 and GB18030 byte ranges overlap and need the detector's judgement.
CJK_CANDIDATES = ["big5", "cp950", "big5hkscs", "gb18030", "gbk", "utf_16"]
_DATE_HEADER = re.compile(r"^\s*date\s+(\S+)[ \t]*\n?", re.IGNORECASE)


@dataclass
class Decoded:
    text: str
    encoding: str


def content_hash(text: str) -> str:
    """sha256 of the text without white space: the same article re-crawled with other line
    breaks is the same content."""
    return hashlib.sha256(re.sub(r"\s+", "", text).encode("utf-8")).hexdigest()


def decode_bytes(data: bytes) -> Decoded:
    """Detect the encoding of one file's bytes and decode it, or raise ItemError."""
    if not data.strip():
        raise ItemError("empty file", "nothing to ingest; remove the file or fill it")
    if data.startswith(b"\xef\xbb\xbf"):
        return Decoded(data[3:].decode("utf-8", errors="strict"), "utf-8-sig")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return Decoded(data.decode("utf-16"), "utf-16")
    if b"\x00" in data[:8192]:
        raise ItemError("binary file (NUL bytes), not text", "only text articles and JSON Lines dumps can be ingested")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data, cp_isolation=CJK_CANDIDATES).best()
    if best is None or best.encoding is None:
        raise ItemError("undecodable bytes: not UTF-8, Big5 or GB18030", "convert the file to UTF-8")
    return Decoded(str(best), best.encoding)


def parse_published(value: object) -> dt.date | None:
    """ISO date or datetime (2026-02-09, 2026-02-09T08:00:00+08:00) → date; raises ValueError."""
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)):
        raise ValueError(f"published {value!r} is a number, not an ISO date")
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10]) if len(text) == 10 else dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        raise ValueError(f"published {text!r} is not an ISO date (YYYY-MM-DD)") from None


def normalise_lang(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    if value in LANGS:
        return value
    return LANG_ALIASES.get(value.lower())


def load_source_regions(resources_dir: Path) -> list[tuple[str, str]]:
    return [(row[0], row[1]) for row in data_rows(resources_dir / "source_regions.tsv")]


class ArticleBuilder:
    """Turns raw fields into a validated Article (or ItemError), detecting what is missing."""

    def __init__(self, converters: Converters, max_chars: int, resources_dir: Path | None = None):
        self.converters = converters
        self.max_chars = max_chars
        self.source_regions = load_source_regions(resources_dir or RESOURCES_DIR)

    def region_of(self, source: str | None) -> str | None:
        """The newsroom's country from the outlet name (中央通訊社 → TW, CCTV新闻联播 → CN)."""
        if not source:
            return None
        return next((iso for outlet, iso in self.source_regions if outlet in source), None)

    def build(self, *, text: object, source: str, article_id: object = None, title: object = None,
              url: object = None, published: object = None, lang: object = None,
              encoding: str | None = None, region: object = None) -> tuple[Article, list[str]]:
        """Returns the article and the warnings about it (kept, but a field was dropped)."""
        if not isinstance(text, str) or not text.strip():
            raise ItemError("no text" if text is None else "empty text", 'every article needs a non-empty "text"')
        text = text.lstrip("\ufeff").strip()
        if len(text) > self.max_chars:
            raise ItemError(f"text of {len(text):,} characters exceeds the limit of {self.max_chars:,}",
                            "split the article or raise Config.max_chars")
        if not is_readable_text(text):
            raise ItemError("text is mostly control or undecodable characters", "check the file's encoding")
        warnings: list[str] = []
        try:
            published_date = parse_published(published)
        except ValueError as error:
            published_date = None
            warnings.append(f"{error}; kept the article with published NULL (relative dates stay unresolved)")
        digest = content_hash(text)
        detected = detect_lang(text, self.converters)
        given = normalise_lang(lang)
        article = Article(
            article_id=str(article_id) if article_id not in (None, "") else digest[:16],
            source=source,
            url=url if isinstance(url, str) else None,
            title=title if isinstance(title, str) else None,
            published=published_date,
            lang=given or detected,
            text=text,
            content_hash=digest,
            encoding=encoding,
            region=region if isinstance(region, str) else self.region_of(source),
        )
        return article, warnings


def split_date_header(text: str) -> tuple[str | None, str]:
    """`date 2026-02-09 美國總統…` → ("2026-02-09", "美國總統…"); no header → (None, text)."""
    match = _DATE_HEADER.match(text.lstrip("\ufeff"))
    if not match:
        return None, text
    return match.group(1), text.lstrip("\ufeff")[match.end():]


def read_text_file(path: Path, builder: ArticleBuilder) -> Iterator[Item]:
    source = str(path)
    try:
        decoded = decode_bytes(path.read_bytes())
        published, body = split_date_header(decoded.text)
        article, warnings = builder.build(text=body, source=source, article_id=path.stem,
                                          published=published, encoding=decoded.encoding)
    except ItemError as error:
        yield IngestError(source=source, reason=error.reason, hint=error.hint)
        return
    except OSError as error:
        yield IngestError(source=source, reason=f"cannot read: {error.strerror}", hint="check permissions")
        return
    for warning in warnings:
        yield IngestError(source=source, item=article.article_id, severity="warning", reason=warning)
    yield article


def open_jsonl(path: Path):
    if path.name.endswith(".gz"):
        return gzip.open(path, "rb")
    return path.open("rb")


def read_jsonl_file(path: Path, builder: ArticleBuilder) -> Iterator[Item]:
    source = str(path)
    try:
        handle = open_jsonl(path)
        lines = list(handle)
        handle.close()
    except (OSError, EOFError) as error:
        yield IngestError(source=source, reason=f"cannot read: {error}", hint="is the .gz file complete?")
        return
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        yield from read_jsonl_line(raw, number, source, builder)


def read_jsonl_line(raw: bytes, number: int, source: str, builder: ArticleBuilder) -> Iterator[Item]:
    try:
        try:
            line = raw.decode("utf-8-sig")
            encoding = "utf-8"
        except UnicodeDecodeError:
            decoded = decode_bytes(raw)
            line, encoding = decoded.text, decoded.encoding
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise ItemError(f"not JSON ({error.msg} at column {error.colno})", "each line must be one JSON object") from None
        if not isinstance(record, dict):
            raise ItemError(f"a JSON {type(record).__name__}, not an object", 'each line must be {"text": ...}')
        article, warnings = builder.build(
            text=record.get("text"), source=record.get("source") or source, article_id=record.get("id"),
            title=record.get("title"), url=record.get("url"), published=record.get("published"),
            lang=record.get("lang"), encoding=encoding, region=record.get("region"),
        )
    except ItemError as error:
        item = None
        yield IngestError(source=source, line=number, item=item, reason=error.reason, hint=error.hint)
        return
    for warning in warnings:
        yield IngestError(source=source, line=number, item=article.article_id, severity="warning", reason=warning)
    yield article


def is_jsonl(path: Path) -> bool:
    return path.name.lower().endswith(JSONL_SUFFIXES)


def expand_paths(paths: list[str | Path]) -> list[Path]:
    """Files as given; directories recursively, sorted, skipping hidden files."""
    files: list[Path] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            files += sorted(p for p in path.rglob("*") if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts))
        elif path.is_file():
            files.append(path)
        else:
            raise InputNotFound(str(path))
    return files


def read_items(paths: list[str | Path], builder: ArticleBuilder) -> Iterator[Item]:
    for path in expand_paths(paths):
        reader = read_jsonl_file if is_jsonl(path) else read_text_file
        yield from reader(path, builder)


def read_jsonl_stream(lines, builder: ArticleBuilder, source: str = "<stdin>") -> Iterator[Item]:
    """For `annotate`: lines of a text stream (str or bytes), in order."""
    for number, raw in enumerate(lines, start=1):
        if isinstance(raw, str):
            raw = raw.encode("utf-8")
        if not raw.strip():
            continue
        yield from read_jsonl_line(raw, number, source, builder)
