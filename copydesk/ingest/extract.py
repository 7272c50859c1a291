"""An HTML page to :class:`HtmlParts`: trafilatura's body, the page's captions and
continuations, a title without the site's name, and the page's date."""

from __future__ import annotations

import datetime
import re

from ..errors import InputError
from .refusals import _one_line, _strip_bom, _decode_html
from .htmltext import HtmlParts, _quiet_loggers, _clean, _norm, _blocks
from .page import _walk_page, _find_captions, _continuation_chunks


_TITLE_SEPARATORS = re.compile(r"\s+(?:[-–—|·•:]|::|»)\s+")
_GENERIC_HOST = {"www", "com", "org", "net", "co", "uk", "news", "blog", "en", "amp", "m", "edu", "gov", "info"}


def _clean_title(title: str | None, sitename: str | None, url: str | None) -> str | None:
    """The headline without the site's name ("... - IGN", "... | The GiveWell Blog")."""
    if not title:
        return None
    title = _clean(title, keep_newlines=False)
    host = re.sub(r"^[a-z][a-z0-9+.-]*://", "", (url or "").lower()).split("/")[0]
    labels = {p for p in re.split(r"[^a-z0-9]+", f"{host} {(sitename or '').lower()}")
              if len(p) >= 3 and p not in _GENERIC_HOST}
    site = re.sub(r"[^a-z0-9]", "", (sitename or "").lower())

    def is_site(piece: str) -> bool:
        flat = re.sub(r"[^a-z0-9]", "", piece.lower())
        if not flat or len(piece.split()) > 6:
            return False
        return flat == site or any(lab in flat for lab in labels)

    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) > 1:
        seps = _TITLE_SEPARATORS.findall(title)
        if is_site(parts[-1]) and len(" ".join(parts[:-1]).split()) >= 2:
            title = title[: title.rfind(seps[-1])]
        elif is_site(parts[0]) and len(" ".join(parts[1:]).split()) >= 2:
            title = title[title.find(seps[0]) + len(seps[0]):]
    return title.strip() or None


def extract_html(html: str | bytes, *, url: str | None = None, encoding: str | None = None,
                 captions: bool = True, chunks: bool = True) -> HtmlParts:
    """The article in a web page, via trafilatura. Raises InputError when there is none."""
    if isinstance(html, bytes):
        html = _decode_html(html, encoding)
    html = _strip_bom(html)
    _quiet_loggers()
    import trafilatura  # slow to import: only when a page is read
    from trafilatura.utils import load_html

    try:
        tree = load_html(html)
        if tree is None:
            raise InputError("no article text found in the HTML")
        doc = trafilatura.bare_extraction(
            tree, url=url, with_metadata=True, include_comments=False, include_tables=True,
            include_images=False, favor_precision=True,
            date_extraction_params={
                "original_date": True, "extensive_search": True,
                "max_date": datetime.date.today().isoformat(),
            },
        )
        blocks = _blocks(doc.body) if doc is not None and doc.body is not None else []
    except InputError:
        raise
    except Exception as exc:  # lxml and trafilatura errors on malformed pages, deep nesting
        raise InputError(f"cannot read the HTML: {_one_line(type(exc).__name__)}: {_one_line(exc)}"[:300]) from None
    if not blocks:
        raise InputError("no article text found in the HTML")

    raw_title = _clean(doc.title, keep_newlines=False) if doc.title else None
    title = _clean_title(raw_title, doc.sitename, url or doc.url)
    # the page's own headline often opens the body: it is the title line already
    names = {_norm(t) for t in (title, raw_title) if t}
    for i, (kind, text) in enumerate(blocks[:3]):
        if kind == "head" and _norm(text) in names:
            del blocks[i]
            break
    if not blocks:
        raise InputError("no article text found in the HTML")

    found: dict[int, list[str]] = {}
    try:
        events = _walk_page(tree, blocks)
        if chunks:
            before, after = _continuation_chunks(events, blocks)
            if before or after:
                blocks = before + blocks + after
                events = _walk_page(tree, blocks)
        if captions:
            found = _find_captions(events, blocks)
    except Exception:  # chunks and captions are a bonus: never lose the article over them
        found = {}
    pieces: list[tuple[bool, str]] = [(True, c) for c in found.get(-1, [])]
    for i, (_, text) in enumerate(blocks):
        pieces.append((False, text))
        pieces.extend((True, c) for c in found.get(i, []))
    body, spans, pos = [], [], 0
    for is_caption, text in pieces:
        if body:
            pos += 2
        if is_caption:
            spans.append((pos, pos + len(text)))
        body.append(text)
        pos += len(text)

    from ..pagedate import page_date

    published = page_date(tree)  # htmldate on the page's markup, never its URL
    description = _clean(doc.description, keep_newlines=False) if doc.description else None
    return HtmlParts(title=title, body="\n\n".join(body), published=published,
                     description=description or None, captions=spans)
