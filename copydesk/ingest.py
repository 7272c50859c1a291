"""Reading an article: plain text or an HTML page, into an ``Article``.

Plain text is kept exactly as decoded (only a leading byte-order mark is dropped), so that
every offset points into the text as the user wrote it. HTML goes through trafilatura; the
text is then the title, a blank line and the body, with picture captions kept where the
page has them (``<figcaption>``), one block per paragraph separated by blank lines.

Everything a user can get wrong raises ``InputError`` (or ``ConfigError`` for a bad
``--published``) with a one-line message; nothing else escapes for bad input.
"""

from __future__ import annotations

import codecs
import datetime
import logging
import os
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path

from .config import DEFAULT_MAX_BYTES
from .errors import ConfigError, InputError, TooLarge
from .model import Article

__all__ = ["parse_published", "load", "load_bytes", "find_dateline", "extract_html", "HtmlParts"]

# ---------------------------------------------------------------------------------------------
# published dates

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_published(value: str | datetime.date | None) -> datetime.date | None:
    """An ISO ``YYYY-MM-DD`` string or a date (a datetime gives its date); None passes."""
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str):
        s = value.strip()
        if _ISO_DATE.fullmatch(s):
            try:
                return datetime.date.fromisoformat(s)
            except ValueError:
                pass
    raise ConfigError(f"--published must be a date as YYYY-MM-DD, not {_one_line(value)!r}")


# ---------------------------------------------------------------------------------------------
# datelines

_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}
_MON = (r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
        r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_ORD = r"(?:st|nd|rd|th)?"
# (regex, group order) -> month, day, year group numbers
_DATE_PATTERNS = [
    (re.compile(rf"(?<!\w){_MON}\s+(\d{{1,2}}){_ORD},?\s+(\d{{4}})(?!\d)", re.I), (1, 2, 3)),
    (re.compile(rf"(?<!\w)(\d{{1,2}}){_ORD}\s+(?:of\s+)?{_MON},?\s+(\d{{4}})(?!\d)", re.I), (2, 1, 3)),
    (re.compile(r"(?<![\d/.-])(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?![\d/.-]|-\d)"), None),
]
# Words that may stand next to a date in a dateline or byline line ("Published", "Updated
# 14:02 GMT", "By Jane Smith |"). Capitalised words (names, places, weekdays) are always
# allowed; any other lower-case word means the line is a sentence, not a dateline.
_DATELINE_WORDS = frozenset("""
    published updated posted on at by last modified first and of the am pm a.m p.m gmt bst utc
    est edt et cst cdt mst mdt pst pdt cet cest ist aest hrs hours ago min mins minute minutes
    read date filed created issued released from in story article edited
""".split())
# ...and words that make a short line a fact about someone, not the story's date
_NOT_DATELINE_WORDS = frozenset("""
    born died dies death founded since until till before after married elected opened established
    between during expires expired due deadline closes closed starts started ends ended began begins
    scheduled effective valid
""".split())
_WORD = re.compile(r"[^\W\d_][\w'’.]*")
_DATELINE_PREFIX = re.compile(r"[\W_]*(?:[A-Z][\w.'’-]*[\W_]*){0,4}")
_DATELINE_SUFFIX = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?[-–—:|]")
_DATELINE_LINES = 5
_SHORT_LINE_WORDS = 12


def _match_date(m: re.Match, order: tuple[int, int, int] | None) -> datetime.date | None:
    try:
        if order is None:
            y, mo, d = int(m.group(1)), int(m.group(3)), int(m.group(4))
        else:
            mon, day, year = (m.group(i) for i in order)
            mo, d, y = _MONTHS[mon.lower().rstrip(".")], int(day), int(year)
        if not 1800 <= y <= 2200:
            return None
        return datetime.date(y, mo, d)
    except (ValueError, KeyError):
        return None


def _line_dateline(line: str) -> datetime.date | None:
    found = []
    for pattern, order in _DATE_PATTERNS:
        for m in pattern.finditer(line):
            when = _match_date(m, order)
            if when is not None:
                found.append((m.start(), m.end(), when))
    for start, end, when in sorted(found):
        before, after = line[:start], line[end:]
        words = _WORD.findall(before + " " + after)
        if any(w.lower().rstrip(".") in _NOT_DATELINE_WORDS for w in words):
            continue
        short = len(line.split()) <= _SHORT_LINE_WORDS
        if short and all(not w[0].islower() or w.lower().rstrip(".") in _DATELINE_WORDS for w in words):
            return when
        if _DATELINE_PREFIX.fullmatch(before) and _DATELINE_SUFFIX.match(after):
            return when
    return None


def find_dateline(text: str) -> datetime.date | None:
    """A full day-month-year date on a dateline or byline line in the first few lines.

    A line qualifies when it is short and reads as a dateline ("Monday, July 8, 2019",
    "Published: 3 Jan 2020", "By Jane Smith | March 4, 2021"), or when the date opens the line
    and is followed by dateline punctuation ("LONDON, Jan 3, 2020 (Reuters) - ..."). A date
    inside a sentence ("The war began on March 20, 2003, when ...") does not count.
    """
    seen = 0
    for line in text.splitlines():
        if not line.strip():
            continue
        seen += 1
        if seen > _DATELINE_LINES:
            break
        when = _line_dateline(line.strip())
        if when is not None:
            return when
    return None


# ---------------------------------------------------------------------------------------------
# refusals: size, binary data, encodings, language

_MAGIC = [
    (b"%PDF-", "a PDF file"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive, e.g. a .docx file"),
    (b"PK\x05\x06", "a ZIP archive"),
    (b"\x1f\x8b", "a gzip file"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Word/Office document"),
    (b"BZh", None),  # checked further below: only with the rest of the bzip2 header
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x7fELF", "an executable program"),
]
_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]
_CONTROL_OK = {9, 10, 11, 12, 13, 27}


def _one_line(value: object) -> str:
    return " ".join(str(value).split())


def _size(n: int) -> str:
    if n >= 1_000_000:
        return f"{n / 1_000_000:.1f} MB"
    if n >= 1_000:
        return f"{n / 1_000:.1f} KB"
    return f"{n} bytes" if n != 1 else "1 byte"


def _too_big(what: str, size: int | None, limit: int) -> TooLarge:
    """``size`` None: read up to the limit and found more (a pipe), so the size is not known."""
    cap = _size(limit) if limit >= 1_000 else f"{limit}-byte"
    if size is None:
        return TooLarge(f"{what} is over the {cap} limit; raise it with --max-bytes")
    have = _size(size)
    if have == cap:  # 5.0 MB over a 5.0 MB limit reads oddly: show the bytes
        have, cap = f"{size:,} bytes", f"{limit:,}-byte"
    return TooLarge(f"{what} is {have}, over the {cap} limit; raise it with --max-bytes")


def _check_max_bytes(max_bytes: int) -> None:
    if not isinstance(max_bytes, int) or isinstance(max_bytes, bool) or max_bytes <= 0:
        raise ConfigError(f"max-bytes must be a positive integer, not {max_bytes!r}")


def _bom(data: bytes) -> tuple[str | None, int]:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name, len(bom)
    return None, 0


def _check_binary(data: bytes, encoding: str | None) -> None:
    """Refuse data that is clearly not text: known file signatures, NUL bytes, control codes."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            if kind is None:
                if data[3:4].isdigit() and data[4:10] in (b"1AY&SY", b"\x17rE8P\x90"):
                    raise InputError("binary data (a bzip2 file), not an article")
                continue
            raise InputError(f"binary data ({kind}), not an article")
    wide = _bom(data)[0] in ("utf-16", "utf-32") or (
        encoding is not None and codecs.lookup(encoding).name.startswith(("utf-16", "utf-32")))
    if wide:
        return
    head = data[:8192]
    if b"\x00" in head:
        raise InputError("binary data (it contains NUL bytes), not an article; "
                         "if it is UTF-16 text, name it with --encoding utf-16")
    if head:
        controls = sum(1 for b in head if b < 32 and b not in _CONTROL_OK) + head.count(0x7F)
        if controls / len(head) > 0.10:
            raise InputError("binary data (many control characters), not an article")


def _codec(encoding: str) -> str:
    try:
        return codecs.lookup(encoding).name
    except (LookupError, TypeError, ValueError):
        raise InputError(
            f"unknown encoding {_one_line(encoding)!r}; name a Python codec such as utf-8, cp1252, "
            "latin-1 or utf-16") from None


def _decode_text(data: bytes, encoding: str | None) -> str:
    """Decode a text file strictly: UTF-8 (a BOM is dropped) unless told otherwise."""
    if encoding is not None:
        name = _codec(encoding)
        try:
            text = data.decode(name)
        except UnicodeDecodeError as exc:
            raise InputError(
                f"invalid {_one_line(encoding)} at byte {exc.start} (0x{data[exc.start:exc.start + 1].hex()}); "
                "check the --encoding you named") from None
        except Exception as exc:  # a codec that does not decode bytes to text (e.g. 'rot13')
            raise InputError(f"cannot decode the input as {_one_line(encoding)}: {_one_line(exc)}") from None
        if not isinstance(text, str):
            raise InputError(f"cannot decode the input as {_one_line(encoding)}: not a text encoding")
        return _strip_bom(text)
    bom_name, skip = _bom(data)
    if bom_name in ("utf-16", "utf-32"):
        label = bom_name.upper()
        try:
            return _strip_bom(data.decode(bom_name))  # the codec reads and drops the BOM
        except UnicodeDecodeError as exc:
            raise InputError(f"invalid {label} at byte {exc.start}; the file starts with a {label} "
                             "byte-order mark but does not decode as " + label) from None
    try:
        return data[skip:].decode("utf-8")
    except UnicodeDecodeError as exc:
        pos = exc.start + skip
        raise InputError(
            f"invalid UTF-8 at byte {pos} (0x{data[pos:pos + 1].hex()}); if the file uses another "
            "encoding, name it with --encoding, e.g. --encoding cp1252") from None


def _strip_bom(text: str) -> str:
    return text[1:] if text.startswith("\ufeff") else text


_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def _decode_html(data: bytes, encoding: str | None) -> str:
    """Decode a web page leniently: a named or declared encoding, else UTF-8, else a guess."""
    if encoding is not None:
        return _decode_text(data, encoding)
    bom_name, skip = _bom(data)
    if bom_name is not None:
        return _strip_bom(data[skip:].decode("utf-8", errors="replace") if bom_name == "utf-8"
                          else data.decode(bom_name, errors="replace"))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _CHARSET.search(data[:4096])
    if declared:
        try:
            return data.decode(codecs.lookup(declared.group(1).decode("ascii")).name, errors="replace")
        except (LookupError, UnicodeDecodeError, ValueError):
            pass
    return data.decode("cp1252", errors="replace")


_LANG_NAMES = {
    "af": "Afrikaans", "ar": "Arabic", "az": "Azerbaijani", "bg": "Bulgarian", "bn": "Bengali",
    "ca": "Catalan", "cs": "Czech", "cy": "Welsh", "da": "Danish", "de": "German", "el": "Greek",
    "es": "Spanish", "et": "Estonian", "eu": "Basque", "fa": "Persian", "fi": "Finnish",
    "fr": "French", "ga": "Irish", "gl": "Galician", "he": "Hebrew", "hi": "Hindi",
    "hr": "Croatian", "hu": "Hungarian", "id": "Indonesian", "is": "Icelandic", "it": "Italian",
    "ja": "Japanese", "ko": "Korean", "lt": "Lithuanian", "lv": "Latvian", "ms": "Malay",
    "nb": "Norwegian", "nl": "Dutch", "nn": "Norwegian", "no": "Norwegian", "pl": "Polish",
    "pt": "Portuguese", "ro": "Romanian", "ru": "Russian", "sk": "Slovak", "sl": "Slovenian",
    "sq": "Albanian", "sr": "Serbian", "sv": "Swedish", "sw": "Swahili", "ta": "Tamil",
    "th": "Thai", "tl": "Tagalog", "tr": "Turkish", "uk": "Ukrainian", "ur": "Urdu",
    "vi": "Vietnamese", "zh": "Chinese",
}
_LANG_SAMPLE = 5000
_LANG_MIN_PROB = 0.9
_LANG_MIN_WORDS = 15
_LANG_MIN_LETTERS = 100  # for scripts written without spaces
# English function words: in English prose they are a third or more of the words, in other
# languages a few percent, so a high share settles the question without loading the model.
_ENGLISH_FUNCTION_WORDS = frozenset(
    "the of and to in a is was that for on with as by at he it said from his her has have are were "
    "be an which who after but not this their they its had been will would or she we".split())
_ENGLISH_SURE_SHARE = 0.22
_identifier = None
_identifier_lock = threading.Lock()


def _language_identifier():
    global _identifier
    if _identifier is None:
        with _identifier_lock:
            if _identifier is None:
                from py3langid.langid import MODEL_FILE, LanguageIdentifier

                # py3langid 0.3+ names the loader from_model_file (older: from_pickled_model)
                loader = getattr(LanguageIdentifier, "from_model_file", None) or \
                    getattr(LanguageIdentifier, "from_pickled_model")
                _identifier = loader(MODEL_FILE, norm_probs=True)
    return _identifier


def _check_language(text: str) -> None:
    """Refuse text that is confidently not English; short or name-heavy English passes."""
    sample = text[:_LANG_SAMPLE]
    words = len(re.findall(r"[^\W\d_]{2,}", sample))
    letters = sum(1 for ch in sample if ch.isalpha())
    unspaced = letters >= _LANG_MIN_LETTERS and letters > 12 * max(words, 1)  # Chinese, Japanese, Thai
    if words < _LANG_MIN_WORDS and not unspaced:
        return  # too little to judge: short English must pass
    tokens = re.findall(r"[^\W\d_]+", sample.lower())
    if tokens and sum(t in _ENGLISH_FUNCTION_WORDS for t in tokens) / len(tokens) >= _ENGLISH_SURE_SHARE:
        return
    lang, prob = _language_identifier().classify(sample)
    if lang != "en" and prob >= _LANG_MIN_PROB:
        name = _LANG_NAMES.get(lang, lang)
        raise InputError(f"the article looks like {name} ({lang}), not English; copydesk checks English news")


# ---------------------------------------------------------------------------------------------
# HTML


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


_TEXT_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td", "dd", "dt"}
_CAPTION_GAP = 500  # characters of other text allowed between a picture and the article
_CAPTION_MAX_WORDS = 120


def _is_caption(el) -> bool:
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag == "figcaption":
        return True
    cls = el.get("class") or ""
    return "wp-caption-text" in cls.split()


_SKIP_TAGS = {"script", "style", "noscript", "template", "head", "svg", "button", "select"}
# not article text when continuing it from a sibling container (an ASP.NET page wraps the whole
# page in a <form>, so forms are only left out there)
_CHUNK_SKIP_TAGS = _SKIP_TAGS | {"form", "figure", "aside", "nav", "footer", "header", "table"}


def _walk_page(tree, blocks: list[tuple[str, str]]) -> list[tuple[str, object, object]]:
    """The page in document order as events: ("block", i, element) for an element whose text
    is extracted block i, ("text", length, element) for other text, ("caption", text, element)."""
    keys: dict[str, list[int]] = {}
    for i, (kind, text) in enumerate(blocks):
        for line in text.split("\n") if kind in ("list", "table") else [text]:
            key = _key(line)
            if key:
                keys.setdefault(key, []).append(i)
    events: list[tuple[str, object, object]] = []

    def walk(el) -> None:
        for child in el:
            tag = child.tag if isinstance(child.tag, str) else None
            if tag is None or tag in _SKIP_TAGS:
                continue
            if _is_caption(child):
                text = _spaced_text(child)
                if text:
                    events.append(("caption", text, child))
                continue
            if tag in _TEXT_TAGS:
                key = _key(child.text_content())
                if key in keys:
                    events.append(("block", keys[key][0], child))
                    if len(keys[key]) > 1:
                        keys[key].append(keys[key].pop(0))
                    continue
                if not any(isinstance(g.tag, str) and (g.tag in _TEXT_TAGS or _is_caption(g))
                           for g in child.iterdescendants()):
                    n = len(child.text_content().strip())
                    if n:
                        events.append(("text", n, child))
                    continue
            walk(child)

    walk(tree)
    return events


_SPACED_TAGS = {"span", "div", "p", "small", "cite", "figcaption", "br", "li"}


def _spaced_text(el) -> str:
    """Text of a caption, with a space where a credit or another part begins (``<span>``s that
    a browser lays out apart: "...didn't get it." + "Credit" + "Doug Mills")."""
    parts: list[str] = []

    def walk(e) -> None:
        if e.text:
            parts.append(e.text)
        for c in e:
            tag = c.tag if isinstance(c.tag, str) else ""
            if tag in _SKIP_TAGS:
                pass
            elif tag in _SPACED_TAGS:
                parts.append(" ")
                walk(c)
                parts.append(" ")
            else:
                walk(c)
            if c.tail:
                parts.append(c.tail)

    walk(el)
    text = _clean("".join(parts), keep_newlines=False)
    return re.sub(r"([(\[]) ", r"\1", re.sub(r" ([,.;:!?)\]])", r"\1", text))


_CREDIT_ONLY = re.compile(r"\W*(?:(?:file )?photo(?:graph)?s?|images?|pictures?|credits?|illustrations?|"
                          r"graphics?|video|source)\b", re.I)


def _link_share(el) -> float:
    total = len(el.text_content().strip())
    if not total:
        return 0.0
    linked = sum(len(a.text_content().strip()) for a in el.iter("a"))
    return linked / total


def _is_link_list(lst, share: float) -> bool:
    """A list whose every item holds a link, ``share`` of whose text is links: "More stories"."""
    if lst is None or lst.tag not in ("ul", "ol"):
        return False
    items = [li for li in lst if li.tag == "li"]
    return bool(items) and all(li.find(".//a") is not None for li in items) and _link_share(lst) >= share


def _key(text: str) -> str:
    return " ".join(_norm(text).split()[:12])


def _find_captions(events, blocks: list[tuple[str, str]]) -> dict[int, list[str]]:
    """Picture captions that sit in the article's flow, by the block they follow (-1: first).

    trafilatura drops <figure> and its <figcaption>. We walk the page in document order,
    match its paragraphs to the extracted blocks, and keep a caption that lies between two
    extracted blocks, or just before the first or just after the last, with little other text
    in between (so a related-stories box or a gallery elsewhere on the page stays out)."""
    indexes = [int(i) for kind, i, _ in events if kind == "block"]
    if not indexes:
        return {}
    first, last = min(indexes), max(indexes)
    found: dict[int, list[str]] = {}
    seen: set[str] = set()
    body_norm = _norm("\n".join(t for _, t in blocks))
    for pos, (kind, value, _) in enumerate(events):
        if kind != "caption":
            continue
        text = str(value)
        words = len(text.split())
        key = _norm(text)
        if words < 3 or words > _CAPTION_MAX_WORDS or key in seen or key in body_norm:
            continue
        if words <= 8 and _CREDIT_ONLY.match(text):  # "Photograph: Tim Robberts/Getty Images"
            continue
        prev = next_ = None
        gap_before = gap_after = 0
        for k, v, _ in reversed(events[:pos]):
            if k == "block":
                prev = int(v)
                break
            if k == "text":
                gap_before += int(v)
        for k, v, _ in events[pos + 1:]:
            if k == "block":
                next_ = int(v)
                break
            if k == "text":
                gap_after += int(v)
        if prev is not None and next_ is not None:
            ok, slot = gap_before <= _CAPTION_GAP or gap_after <= _CAPTION_GAP, prev
        elif next_ is not None:
            ok, slot = next_ == first and gap_after <= _CAPTION_GAP, -1
        elif prev is not None:
            ok, slot = prev == last and gap_before <= _CAPTION_GAP, prev
        else:
            ok, slot = False, -1
        if ok:
            seen.add(key)
            found.setdefault(slot, []).append(text)
    return found


_CHUNK_TEXT_TAGS = ("p", "h2", "h3", "h4", "blockquote", "li")
_CHUNK_SKIP = re.compile(r"(?:^|[\s_-])(?:ad|ads|advert\w*|promo\w*|related|newsletter\w*|share|social|"
                         r"caption|credit|sidebar|recirc\w*|signup|subscribe\w*|comments?)(?:$|[\s_-])", re.I)
_CHUNK_MIN_CHARS = 150


def _lca(elements):
    chains = [list(reversed([e, *e.iterancestors()])) for e in elements]
    common = None
    for nodes in zip(*chains):
        if all(n is nodes[0] for n in nodes):
            common = nodes[0]
        else:
            break
    return common


def _chunk_blocks(root) -> list[tuple[str, str]]:
    out: list[tuple[str, str, object]] = []
    for el in root.iter(*_CHUNK_TEXT_TAGS):
        skip = False
        for a in el.iterancestors():
            if a is root:
                break
            if not isinstance(a.tag, str) or a.tag in _CHUNK_SKIP_TAGS or _CHUNK_SKIP.search(a.get("class") or ""):
                skip = True
                break
            if a.tag in _CHUNK_TEXT_TAGS:  # already inside a collected element
                skip = True
                break
        if skip or _CHUNK_SKIP.search(el.get("class") or "") or _link_share(el) >= 0.8:
            continue  # a link list ("More stories") is not article text
        if el.tag == "li" and _is_link_list(el.getparent(), 0.5):
            continue
        text = _clean(el.text_content(), keep_newlines=False)
        if not text:
            continue
        if el.tag == "li":
            out.append(("list", "• " + text, el))
        elif el.tag in ("h2", "h3", "h4"):
            out.append(("head", text, el))
        else:
            out.append(("p", text, el))
    # a list of links after the last paragraph is a "more stories" box, even when each item
    # has a few words of its own around the link
    while out and out[-1][0] == "list" and _is_link_list(out[-1][2].getparent(), 0.25):
        out.pop()
    return [(kind, text) for kind, text, _ in out]


def _continuation_chunks(events, blocks):
    """Article text that trafilatura left in sibling containers: some sites (Wired, for one)
    cut the body into chunks with the same class between ad slots, and trafilatura keeps the
    first. Returns the blocks to put before and after the extracted ones."""
    elements = [el for kind, _, el in events if kind == "block"]
    if len(elements) < 2:
        return [], []
    node = _lca(elements)
    path: list[tuple[str, str | None]] = []
    for _ in range(3):
        if node is None or not isinstance(node.tag, str) or node.tag in ("body", "html", "article"):
            return [], []
        parent = node.getparent()
        if parent is None:
            return [], []
        cls = (node.get("class") or "").strip()
        if cls:
            if any(sib is not node and sib.tag == node.tag and (sib.get("class") or "").strip() == cls
                   for sib in parent):
                break
        path.insert(0, (node.tag, node.get("class")))
        node = parent
    else:
        return [], []
    known = {_key(t) for kind, text in blocks for t in (text.split("\n") if kind in ("list", "table") else [text])}
    before: list[tuple[str, str]] = []
    after: list[tuple[str, str]] = []
    seen_self = False
    for sib in parent:
        if sib is node:
            seen_self = True
            continue
        if sib.tag != node.tag or (sib.get("class") or "").strip() != cls:
            continue
        if sib.find(".//h1") is not None or sib.find(".//article") is not None:
            continue  # another article, not more of this one
        target = sib
        for tag, klass in path:
            target = next((c for c in target if c.tag == tag and c.get("class") == klass), None)
            if target is None:
                break
        if target is None:
            continue
        got = [(k, t) for k, t in _chunk_blocks(target) if _key(t.lstrip("• ")) not in known]
        if sum(len(t) for _, t in got) < _CHUNK_MIN_CHARS:
            continue
        for _, t in got:
            known.add(_key(t.lstrip("• ")))
        (after if seen_self else before).extend(got)
    return _merge_lists(before), _merge_lists(after)


def _merge_lists(blocks: list[tuple[str, str]]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for kind, text in blocks:
        if kind == "list" and out and out[-1][0] == "list":
            out[-1] = ("list", out[-1][1] + "\n" + text)
        else:
            out.append((kind, text))
    return out


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

    from .pagedate import page_date

    published = page_date(tree)  # htmldate on the page's markup, never its URL
    description = _clean(doc.description, keep_newlines=False) if doc.description else None
    return HtmlParts(title=title, body="\n\n".join(body), published=published,
                     description=description or None, captions=spans)


# ---------------------------------------------------------------------------------------------
# loading


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
    from . import docx

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
