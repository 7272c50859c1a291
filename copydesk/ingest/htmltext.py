"""HTML pages: telling a page from text, what a page gives (:class:`HtmlParts`), and the text
of trafilatura's XML body, one block per paragraph."""

from __future__ import annotations

import datetime
import logging
import re
from dataclasses import dataclass, field

from .refusals import _bom


def _sniff_html(head: str) -> bool:
    """After a BOM, whitespace, an XML declaration or comments, the text opens an HTML page."""
    s = head.lstrip("\ufeff \t\r\n\f\v")
    for _ in range(8):
        if s.startswith("<?xml"):
            end = s.find("?>")
            s = s[end + 2:].lstrip() if end >= 0 else ""
        elif s.startswith("<!--"):
            end = s.find("-->")
            s = s[end + 3:].lstrip() if end >= 0 else ""
        else:
            break
    low = s[:20].lower()
    return low.startswith("<!doctype html") or low.startswith("<html")


def _sniff_html_bytes(data: bytes) -> bool:
    bom_name, skip = _bom(data)
    head = data[:2048]
    if bom_name in ("utf-16", "utf-32"):
        text = head.decode(bom_name, errors="ignore")
    else:
        text = head[skip:].decode("latin-1")
    return _sniff_html(text)


@dataclass
class HtmlParts:
    """What an HTML page gives: the title, the body text (blocks separated by blank lines),
    the publication date from its metadata, its description, and caption spans in ``body``."""

    title: str | None
    body: str
    published: datetime.date | None = None
    description: str | None = None
    captions: list[tuple[int, int]] = field(default_factory=list)

    @property
    def text(self) -> str:
        return f"{self.title}\n\n{self.body}" if self.title else self.body


_WS = re.compile(r"[^\S\n]+")
_BLOCK_TAGS = {"p", "head", "list", "table", "quote", "div", "code", "graphic"}
_TOKENS = re.compile(r"\w+")
_quiet = False


def _quiet_loggers() -> None:
    """trafilatura and htmldate log through ``logging``; without a handler Python prints their
    warnings to stderr. A NullHandler keeps them quiet unless the application configures logging."""
    global _quiet
    if not _quiet:
        for name in ("trafilatura", "htmldate", "courlan", "justext", "readability"):
            logging.getLogger(name).addHandler(logging.NullHandler())
        _quiet = True


def _clean(s: str, keep_newlines: bool = True) -> str:
    s = _WS.sub(" ", s)
    s = re.sub(r" *\n *", "\n", s)
    s = re.sub(r"\n{2,}", "\n", s).strip()
    return s if keep_newlines else s.replace("\n", " ")


def _norm(s: str) -> str:
    return " ".join(_TOKENS.findall(s.lower()))


def _inline(el, keep_newlines: bool = True) -> str:
    """The text of one extracted element, line breaks (<lb/>) kept as newlines."""
    parts: list[str] = []

    def walk(e) -> None:
        if e.text and e.tag != "graphic":
            parts.append(e.text)
        for c in e:
            if c.tag == "lb":
                parts.append("\n")
            elif c.tag == "graphic":
                pass
            elif c.tag in ("p", "head", "list", "table", "quote", "div", "item", "row", "code"):
                parts.append("\n")
                walk(c)
                parts.append("\n")
            elif c.tag == "cell":
                walk(c)
                parts.append(" | ")
            else:
                walk(c)
            if c.tail:
                parts.append(c.tail)

    walk(el)
    text = _clean("".join(parts))
    text = re.sub(r"(?: \|)+$", "", text, flags=re.M).strip() if " | " in text or text.endswith("|") else text
    return text if keep_newlines else text.replace("\n", " ")


def _blocks(body) -> list[tuple[str, str]]:
    """trafilatura's XML body as (kind, text) blocks: paragraphs, headings, lists, tables."""
    out: list[tuple[str, str]] = []

    def tail(e) -> None:
        if e.tail and e.tail.strip():
            out.append(("p", _clean(e.tail)))

    def do(el) -> None:
        tag = el.tag
        if tag in ("p", "code"):
            text = _inline(el)
            if text:
                out.append((tag, text))
        elif tag == "head":
            text = _inline(el, keep_newlines=False)
            if text:
                out.append(("head", text))
        elif tag == "list":
            items = []
            for item in el:
                if item.tag != "item":
                    continue
                text = _inline(item, keep_newlines=False)
                if text:
                    items.append("• " + text)
            if items:
                out.append(("list", "\n".join(items)))
        elif tag == "table":
            rows = []
            for row in el.iter("row"):
                cells = [_inline(c, keep_newlines=False) for c in row if c.tag == "cell"]
                cells = [c for c in cells if c]
                if cells:
                    rows.append(" | ".join(cells))
            if rows:
                out.append(("table", "\n".join(rows)))
        elif tag == "graphic":
            pass
        elif any(c.tag in _BLOCK_TAGS for c in el):  # quote, div and the like holding blocks
            if el.text and el.text.strip():
                out.append(("p", _clean(el.text)))
            for c in el:
                do(c)
                tail(c)
        else:
            text = _inline(el)
            if text:
                out.append(("p", text))

    for child in body:
        do(child)
        tail(child)
    return out
