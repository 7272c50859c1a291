"""Article structure: cut the text into blocks (headline, standfirst, bullets, paragraphs,
captions) with offsets, because later rules judge a headline claim unlike a body claim."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

from rapidfuzz import fuzz

from .model import Article, Block
from .lazy_re import gated

if TYPE_CHECKING:
    from spacy.tokens import Doc

BULLET_RE = re.compile(r"^[ \t\u00a0]*[•·▪●◦‣■□►▸–—*\-](?=[ \t\u00a0])")
SENTENCE_END_RE = re.compile(r"[.!?…][\"'”’)\]]*\s*$")
BYLINE_RE = re.compile(r"^\s*(by|words by|reporting by|written by)\s+[A-Z]", re.I)
MONTHS = ("jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|"
          "august|september|october|november|december")
DATELINE_RE = re.compile(
    rf"\b(?:\d{{1,2}}\s+(?:{MONTHS})\.?,?\s+\d{{4}}|(?:{MONTHS})\.?\s+\d{{1,2}},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})\b",
    re.I)
# Words that tell a reader a paragraph describes a picture rather than reports.
CAPTION_CUE_RE = gated(
    r"\((?:pictured|picture[d]?|left|right|centre|center|above|below|top|bottom|inset|second left|"
    r"second right|file(?: photo| picture| image)?|main|front|back|both pictured)\b[^)]*\)"
    r"|\bpictured\b|\b(?:file photo|left to right|from left|seen here|shown here|is seen)\b"
    r"|(?:^\s*|\(\s*)(?:photo|image|picture|photograph|credit|caption|video|photo credit)s?\s*:"
    r"|\b(?:photo|image|picture)s?\s*(?:by|courtesy(?: of)?)\s+[A-Z]"
    r"|\b(?:getty images|ap photo|afp photo|reuters/|/reuters|/afp|/ap\b|shutterstock|epa-efe|alamy|pa wire)",
    re.I)
CAPTION_MAX_WORDS = 60
SCENE_MAX_WORDS = 35
LABELS_FILE = Path(__file__).parent / "data" / "record_labels_en.txt"
SUMMARY_MAX_BLOCKS = 3  # an archive record's summary runs to its body label within this many blocks
NOT_SCENE_LEMMAS = {"be", "have", "say", "tell", "add", "claim", "deny", "warn", "insist", "accuse",
                    "believe", "think", "know", "want", "need", "hope", "expect", "plan", "seem"}


def segment(text: str) -> list[Block]:
    """Blocks are blank-line-separated paragraphs; inside one, each line is its own block unless
    the lines are hard-wrapped prose. Offsets exclude surrounding whitespace."""
    blocks: list[Block] = []
    for para_start, para_end in _paragraphs(text):
        lines = _lines(text, para_start, para_end)
        groups = _indented_paragraphs(text, lines)
        if groups:
            lines = [(g[0][0], g[-1][1]) for g in groups]
        elif len(lines) > 1 and _is_wrapped(text, lines):
            lines = [(lines[0][0], lines[-1][1])]
        for start, end in lines:
            kind = "bullet" if BULLET_RE.match(text[start:end]) else "paragraph"
            blocks.append(Block(kind, start, end))
    return blocks


def _indented(text: str, start: int) -> bool:
    """The line holding ``start`` opens with an indent (a tab, or two spaces or more)."""
    line = text.rfind("\n", 0, start) + 1
    return start - line >= 2 or (start > line and text[line] == "\t")


def _indented_paragraphs(text: str, lines: list[tuple[int, int]]) -> list[list[tuple[int, int]]] | None:
    """Hard-wrapped copy whose paragraphs are marked by an indented first line, with no blank
    line between them (wire and archive copy): a paragraph runs from one indented line to the
    next. Lines before the first indented one (headline, byline) stand alone. None when the
    text is not laid out so."""
    if len(lines) < 3 or any(BULLET_RE.match(text[s:e]) for s, e in lines):
        return None
    marks = [_indented(text, s) for s, _ in lines]
    first = marks.index(True) if True in marks else None
    if first is None or sum(marks) < 2 or not any(not m for m in marks[first:]):
        return None
    groups: list[list[tuple[int, int]]] = [[ln] for ln in lines[:first]]
    for ln, m in zip(lines[first:], marks[first:]):
        if m:
            groups.append([ln])
        else:
            groups[-1].append(ln)
    return groups


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for m in re.finditer(r"\n[ \t\u00a0\r]*\n", text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return out


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    for m in re.finditer(r"[^\n]+", text[start:end]):
        s, e = start + m.start(), start + m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def _is_wrapped(text: str, lines: list[tuple[int, int]]) -> bool:
    """Hard-wrapped prose: no bullets, and the lines before the last run on without ending."""
    if any(BULLET_RE.match(text[s:e]) for s, e in lines):
        return False
    body = lines[:-1]
    return all(e - s >= 40 and not SENTENCE_END_RE.search(text[s:e]) for s, e in body) or \
        sum(e - s for s, e in body) / len(body) >= 55 and \
        sum(1 for s, e in body if SENTENCE_END_RE.search(text[s:e])) <= len(body) // 3


def classify(article: Article, docs: Sequence["Doc"]) -> None:
    """Give each block its kind: headline, standfirst, bullet, paragraph or caption."""
    blocks, text = article.blocks, article.text
    if not blocks:
        return
    texts = [text[b.start:b.end] for b in blocks]
    first = 0
    if len(blocks) > 1 and _looks_like_headline(texts[0], article):
        blocks[0].kind = "headline"
        first = 1
    if first and len(blocks) > first + 1 and blocks[first].kind == "paragraph" \
            and _looks_like_standfirst(texts[first], texts[first + 1], article):
        blocks[first].kind = "standfirst"
    for i in _record_summary(texts, first):
        blocks[i].kind = "standfirst"
    repeated = _adjacent_repeats(texts)
    for i in range(first, len(blocks)):
        if blocks[i].kind != "paragraph":
            continue
        if _looks_like_caption(texts[i], docs[i] if i < len(docs) else None, i in repeated):
            blocks[i].kind = "caption"


@lru_cache(maxsize=1)
def _record_labels() -> dict[str, str]:
    out = {}
    for line in LABELS_FILE.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            kind, label = line.split("\t", 1)
            out[label.strip().casefold()] = kind
    return out


def _label(block_text: str) -> str | None:
    """The kind of record label a block is ("ABSTRACT.", "Full text:"), or None. A label is
    in capitals or title case, alone on its line, with at most a full stop or colon after it."""
    m = re.fullmatch(r"([A-Za-z][A-Za-z ]{1,24}?)\s*[.:]?", block_text.strip())
    if not m or not (m.group(1).isupper() or m.group(1).istitle()):
        return None
    return _record_labels().get(m.group(1).casefold())


_INLINE_LABEL = re.compile(r"([A-Z][A-Z ]{1,24}?):\s+\S")


def _record_summary(texts: list[str], first: int) -> list[int]:
    """Blocks an archive record labels as its summary: those after a summary label up to the
    body label ("ABSTRACT." ... "FULL TEXT."; the first block alone when no body label comes
    within reach), and a block that opens with a summary label in capitals ("LEAD: ...")."""
    out: list[int] = []
    for i in range(first, len(texts)):
        m = _INLINE_LABEL.match(texts[i])
        if m and _record_labels().get(m.group(1).casefold()) == "summary":
            out.append(i)
            continue
        if _label(texts[i]) != "summary":
            continue
        ends = [j for j in range(i + 1, min(len(texts), i + 2 + SUMMARY_MAX_BLOCKS)) if _label(texts[j])]
        out.extend(range(i + 1, ends[0]) if ends and _label(texts[ends[0]]) == "body" else [i + 1][:len(texts) - i - 1])
    return out


# "An earlier version of this article misstated ...", "This story has been corrected to ..."
_CORRECTED = gated(r"\b(?:an? (?:earlier|previous|prior) version of this (?:article|story|report|piece|post|column)"
                        r"|this (?:article|story|report|piece|post|column) (?:has been|was) (?:corrected|revised|amended)"
                        r"|(?:was|were) (?:misstated|misidentified|misspell?ed|misquoted|incorrectly (?:stated|given|reported))"
                        r" in an? (?:earlier|previous) version)\b", re.I)
_NOTE_LABEL = re.compile(r"\s*([A-Za-z’']+(?: [A-Za-z’']+)?)\s*(?:[:.\-—]|$)")


def correction_notes(text: str, blocks: Sequence[Block]) -> list[tuple[int, int]]:
    """Stretches of an appended correction or clarification: a block that opens with a note
    label ("Correction:", "CLARIFICATION:", "Editor's note:") or says what an earlier version
    got wrong, with the block after a label that stands on its own ("Correction: May 2, 2016")."""
    out: list[tuple[int, int]] = []
    labels = _record_labels()
    for i, b in enumerate(blocks):
        t = text[b.start:b.end]
        m = _NOTE_LABEL.match(t)
        labelled = bool(m) and labels.get(m.group(1).casefold()) == "note"
        if not labelled and not _CORRECTED.search(t):
            continue
        end = b.end
        if labelled and len(t.split()) <= 8 and i + 1 < len(blocks):
            end = blocks[i + 1].end  # the label on its own line, the note below it
        out.append((b.start, end))
    return out


def _looks_like_headline(first: str, article: Article) -> bool:
    if article.title is not None:
        return first.strip() == article.title.strip()
    if "\n" in first or len(first.split()) > 70:
        return False
    if DATELINE_RE.search(first) and len(first.split()) <= 12:
        return False  # a dateline line, not a headline
    if BYLINE_RE.match(first):
        return False
    return not SENTENCE_END_RE.search(first)


def _looks_like_standfirst(candidate: str, following: str, article: Article) -> bool:
    if len(candidate.split()) > 60:
        return False
    if article.description and fuzz.ratio(article.description.strip(), candidate.strip()) >= 90:
        return True
    return bool(BYLINE_RE.match(following)) or (
        len(following.split()) <= 12 and bool(DATELINE_RE.search(following)))


def _norm(s: str) -> str:
    return re.sub(r"[\W_]+", " ", s).casefold().strip()


def _adjacent_repeats(texts: list[str]) -> set[int]:
    out: set[int] = set()
    normed = [_norm(t) for t in texts]
    for i in range(len(texts) - 1):
        # captions come in pairs when a page's picture text is pasted with its alt text
        if normed[i] and fuzz.ratio(normed[i], normed[i + 1]) >= 90:
            out.update((i, i + 1))
    return out


def _looks_like_caption(block_text: str, doc: "Doc | None", repeated: bool) -> bool:
    words = len(block_text.split())
    if words > CAPTION_MAX_WORDS:
        return False
    if CAPTION_CUE_RE.search(block_text):
        return True
    if repeated:
        return True
    return doc is not None and words <= SCENE_MAX_WORDS and _describes_scene(doc)


def _describes_scene(doc: "Doc") -> bool:
    """A one-sentence present-tense description: "Rescuers search the rubble in Izmir on Friday"."""
    sents = list(doc.sents)
    if len(sents) != 1 or any(ch in doc.text for ch in "\"“”"):
        return False
    root = sents[0].root
    if root.lemma_ in NOT_SCENE_LEMMAS or any(c.dep_ in ("aux", "auxpass") for c in root.children):
        return False
    if root.tag_ in ("VBZ", "VBP"):
        return any(c.dep_ == "nsubj" and c.tag_ not in ("PRP",) for c in root.children)
    return root.tag_ == "VBG" or (root.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "acl" and c.tag_ == "VBG" for c in root.children))
