"""Loading an article from a path, a URL-less byte string or standard input, into an
``Article``."""

from __future__ import annotations

import datetime
import os
import re
from pathlib import Path

from ..config import DEFAULT_MAX_BYTES
from ..errors import InputError
from ..model import Article
from .dates import parse_published, find_dateline
from .refusals import (_one_line, _too_big, _check_max_bytes, _check_binary, _codec, _decode_text,
                       _strip_bom, _check_language)
from .htmltext import _sniff_html, _sniff_html_bytes
from .extract import extract_html


def _finish(text: str, *, source: str, published, title: str | None = None,
            meta_date: datetime.date | None = None, description: str | None = None) -> Article:
    if not text.strip():
        raise InputError("the article is empty")
    _check_language(text)
    when, origin = published, "option" if published is not None else None
    if when is None and meta_date is not None:
        when, origin = meta_date, "html-meta"
    if when is None:
        when = find_dateline(text)
        origin = "dateline" if when is not None else None
    return Article(text=text, source=source, title=title, published=when, published_from=origin,
                   language="en", description=description)


def _from_bytes(data: bytes, *, source: str, html: bool | None, encoding: str | None,
                published: datetime.date | None, url: str | None) -> Article:
    if encoding is not None:
        _codec(encoding)
    if not data.strip():
        raise InputError("the article is empty")
    from .. import docx

    if docx.is_docx(data):
        title, text = docx.extract(data)
        return _finish(text, source=source, published=published, title=title)
    _check_binary(data, encoding)
    if html is None:
        html = _sniff_html_bytes(data)
    if html:
        parts = extract_html(data, url=url, encoding=encoding)
        return _finish(parts.text, source=source, published=published, title=parts.title,
                       meta_date=parts.published, description=parts.description)
    if data[:5].lower() == b"{\\rtf":
        raise InputError("this is an RTF document, not plain text; save it as .txt or .html")
    return _finish(_decode_text(data, encoding), source=source, published=published)


def load_bytes(data: bytes, *, source: str = "-", html: bool | None = None, encoding: str | None = None,
               published=None, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """An article from raw bytes (stdin, an upload, a fetched page). ``html`` None: sniff."""
    when = parse_published(published)
    _check_max_bytes(max_bytes)
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise InputError(f"expected bytes, not {type(data).__name__}")
    data = bytes(data)
    if len(data) > max_bytes:
        # the CLI reads stdin up to max_bytes + 1: past the limit, but the full size is unknown
        raise _too_big("the input", None if len(data) == max_bytes + 1 else len(data), max_bytes)
    url = source if isinstance(source, str) and re.match(r"https?://", source) else None
    return _from_bytes(data, source=source, html=html, encoding=encoding, published=when, url=url)


def load(source: str | os.PathLike, *, published=None, encoding: str | None = None,
         max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """A ``str`` is the article's text (an HTML document when it opens like one); an
    ``os.PathLike`` is a file: .txt is text, .html/.htm is HTML, anything else is sniffed."""
    when = parse_published(published)
    _check_max_bytes(max_bytes)
    if isinstance(source, str):
        size = len(source.encode("utf-8", errors="surrogatepass"))
        if size > max_bytes:
            raise _too_big("the article", size, max_bytes)
        if _sniff_html(source[:2048]):
            parts = extract_html(source)
            return _finish(parts.text, source="-", published=when, title=parts.title,
                           meta_date=parts.published, description=parts.description)
        return _finish(_strip_bom(source), source="-", published=when)
    if isinstance(source, (bytes, bytearray)):
        raise InputError("load() takes text (str) or a path; use load_bytes() for bytes")
    try:
        path = Path(os.fspath(source))
    except TypeError:
        raise InputError(f"expected article text (str) or a path, not {type(source).__name__}") from None
    name = str(source)
    if encoding is not None:
        _codec(encoding)
    data = _read_file(path, name, max_bytes)
    suffix = path.suffix.lower()
    html = True if suffix in (".html", ".htm", ".xhtml") else False if suffix == ".txt" else None
    return _from_bytes(data, source=name, html=html, encoding=encoding, published=when, url=None)


def _read_file(path: Path, name: str, max_bytes: int) -> bytes:
    shown = _one_line(name)
    try:
        st = path.stat()
    except FileNotFoundError:
        raise InputError(f"no such file: {shown}") from None
    except NotADirectoryError:
        raise InputError(f"no such file: {shown}") from None
    except PermissionError:
        raise InputError(f"cannot read {shown}: permission denied") from None
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read {shown}: {_one_line(getattr(exc, 'strerror', None) or exc)}") from None
    if path.is_dir():
        raise InputError(f"{shown} is a directory, not a file")
    if st.st_size > max_bytes:
        raise _too_big("file", st.st_size, max_bytes)
    try:
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)  # a pipe or special file may not know its size
    except IsADirectoryError:
        raise InputError(f"{shown} is a directory, not a file") from None
    except PermissionError:
        raise InputError(f"cannot read {shown}: permission denied") from None
    except OSError as exc:
        raise InputError(f"cannot read {shown}: {_one_line(exc.strerror or exc)}") from None
    if len(data) > max_bytes:
        raise _too_big("file", None, max_bytes)
    return data
