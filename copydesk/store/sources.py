"""What `copydesk corpus ingest` reads: folders of articles and JSONL files, as documents
each with a stable id and a content hash. A malformed line is a `BadLine`, not an exception:
the run reports it with its line number and goes on."""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from ..errors import CopydeskError

SUFFIXES = (".txt", ".html", ".htm", ".docx")
FIELDS = ("id", "text", "html", "published", "outlet", "url")


@dataclass
class Doc:
    doc_id: str
    source: str          # the article's text or HTML, or a file's path when is_path
    is_path: bool
    published: str | None
    outlet: str | None
    url: str | None
    content_hash: str
    origin: str          # where it came from, for messages: a path, or FILE:LINE

    def item(self):
        """What Checker.pipe takes: (source, published)."""
        return (Path(self.source) if self.is_path else self.source, self.published)

    def to_row(self) -> dict:
        return dict(doc_id=self.doc_id, source=self.source, is_path=self.is_path, published=self.published,
                    outlet=self.outlet, url=self.url, content_hash=self.content_hash, origin=self.origin)

    @classmethod
    def from_row(cls, row: dict) -> "Doc":
        return cls(**{k: row[k] for k in cls.__dataclass_fields__})


@dataclass
class BadLine:
    origin: str          # FILE:LINE
    error: str


class SourceError(CopydeskError):
    """A SOURCE that cannot be read at all (missing, not a folder or a .jsonl)."""


def _hash(*parts: object) -> str:
    h = hashlib.sha256()
    for p in parts:
        h.update(p if isinstance(p, bytes) else str(p if p is not None else "\x00").encode("utf-8", "surrogatepass"))
        h.update(b"\x1f")
    return h.hexdigest()


def check_sources(paths: list[str]) -> list[Path]:
    out = []
    for p in paths:
        path = Path(p)
        if not path.exists():
            raise SourceError(f"no such file or folder: {p}")
        if path.is_file() and path.suffix.lower() != ".jsonl" and path.suffix.lower() not in SUFFIXES:
            raise SourceError(f"{p}: a SOURCE is a folder of articles, an article file or a .jsonl file")
        out.append(path)
    return out


def _files(folder: Path) -> list[Path]:
    found = []
    for root, dirs, names in os.walk(folder):
        dirs.sort()
        for n in sorted(names):
            if Path(n).suffix.lower() in SUFFIXES and not n.startswith("."):
                found.append(Path(root) / n)
    return found


def count(paths: list[Path]) -> int:
    """How many documents (files, or non-blank lines) the sources hold: the progress bar's total."""
    n = 0
    for path in paths:
        if path.is_dir():
            n += len(_files(path))
        elif path.suffix.lower() == ".jsonl":
            with path.open("rb") as fh:
                n += sum(1 for line in fh if line.strip())
        else:
            n += 1
    return n


def read(paths: list[Path]) -> Iterator[Doc | BadLine]:
    for path in paths:
        if path.is_dir():
            for f in _files(path):
                yield _file_doc(f, f"{path.name}/{f.relative_to(path).as_posix()}")
        elif path.suffix.lower() == ".jsonl":
            yield from _jsonl(path)
        else:
            yield _file_doc(path, path.name)


def _file_doc(path: Path, doc_id: str) -> Doc | BadLine:
    try:
        data = path.read_bytes()
    except OSError as exc:
        return BadLine(str(path), f"cannot read: {exc.strerror or exc}")
    return Doc(doc_id=doc_id, source=str(path), is_path=True, published=None, outlet=None, url=None,
               content_hash=_hash("file", data), origin=str(path))


def _jsonl(path: Path) -> Iterator[Doc | BadLine]:
    with path.open("rb") as fh:
        for n, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            origin = f"{path}:{n}"
            try:
                rec = json.loads(raw)
            except UnicodeDecodeError:
                yield BadLine(origin, "not UTF-8")
                continue
            except json.JSONDecodeError as exc:
                yield BadLine(origin, f"not JSON ({exc.msg} at column {exc.colno})")
                continue
            bad = _problem(rec)
            if bad:
                yield BadLine(origin, bad)
                continue
            body = rec.get("text") if rec.get("text") is not None else rec.get("html")
            is_html = rec.get("text") is None
            yield Doc(doc_id=str(rec["id"]), source=body, is_path=False, published=rec.get("published"),
                      outlet=rec.get("outlet"), url=rec.get("url"),
                      content_hash=_hash("html" if is_html else "text", body, rec.get("published"),
                                         rec.get("outlet"), rec.get("url")),
                      origin=origin)


def _problem(rec: object) -> str | None:
    if not isinstance(rec, dict):
        return f"a line is one JSON object, not {type(rec).__name__}"
    if "id" not in rec or not isinstance(rec["id"], (str, int)) or isinstance(rec["id"], bool) or not str(rec["id"]).strip():
        return 'no "id" (a string or a number)'
    if len(str(rec["id"])) > 512:
        return '"id" is longer than 512 characters'
    has_text, has_html = isinstance(rec.get("text"), str), isinstance(rec.get("html"), str)
    if not has_text and not has_html:
        return 'no "text" or "html" string'
    for key in ("published", "outlet", "url"):
        if rec.get(key) is not None and not isinstance(rec[key], str):
            return f'"{key}" must be a string or null'
    return None
