"""Quotation (CD7xx): quote marks that do not balance, one quotation given in two wordings, and
one quotation given to two speakers.

Both rules read what the quotes stage left on the Document: the paired quote marks and the
problems it met while pairing them (``doc.extras["quote_marks"]``), and ``doc.quotes``.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Iterator

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from ..document import Document
from ..facts import facts_of
from ..model import Finding, Quote, Span
from ..quotes import in_transcript, mark_problems, quoted_parts
from .registry import rule

# CD702: how alike two quotations must be to be one quotation given twice.
MIN_WORDS = 6  # the shorter quotation, in words
MIN_RATIO = 70.0  # fuzz.ratio of the two normalised wordings (or of the aligned stretch)
MAX_CHANGED = 0.25  # changed words / words in the shorter one
MAX_CHANGED_CLOSE = 1 / 3  # ... when the letters are this alike (a reworded quotation,
CLOSE_RATIO = 85.0  # "without power" / "with no power", "expect" / "expects")
_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "`": "'", "´": "'",
                         "“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"'})
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")


def _line(doc: Document, offset: int) -> int:
    return doc.article.line_col(offset)[0]


def _excerpt(doc: Document, start: int, limit: int = 80) -> Span:
    """From ``start`` to the end of its sentence or paragraph, at most ``limit`` characters."""
    text = doc.text
    block = doc.article.block_at(start)
    end = block.end if block is not None else min(len(text), start + limit)
    end = min(end, start + limit)
    m = re.search(r"[.!?…](?=\s)", text[start + 1:end])
    if m:
        end = start + 1 + m.end()
    while end > start + 1 and text[end - 1].isspace():
        end -= 1
    return doc.span(start, end)


@rule("CD701", "unbalanced-quotes", "style", "warning")
def unbalanced_quotes(doc: Document) -> Iterator[Finding]:
    """What it finds: quote marks that do not pair up: an opening mark never closed (where the
    next paragraph does not carry the quotation on by opening with a quote mark, the news
    convention for a quotation over several paragraphs), a closing mark with no opening
    mark, a quotation opened with one kind of mark and closed with another (“A,’ he said), and a
    quotation that runs into the next paragraph without the opening mark that convention
    asks for. Apostrophes are told from single quote marks by their neighbours (don’t,
    Iran’s, James’ book, the ’80s, rock ’n’ roll, ’em), so clean copy never fires.

    Why it matters: an unclosed quotation leaves the reader unsure where the speaker's words
    end and the reporter's begin; put words in the wrong mouth and it is a correction.

    Example: "“We will not leave until the job is done, the minister said." gives
    "opening quote mark is never closed" at the “ with the suggestion to close the quotation.
    """
    for p in mark_problems(doc):
        positions = sorted(set(p.positions))
        evidence = []
        roles = {"unclosed": ["opening"], "stray-close": ["closing"], "mismatched": ["opening", "closing"],
                 "missing-continuation": ["opening", "next paragraph"]}[p.kind]
        for pos, role in zip(positions, roles):
            span = _excerpt(doc, pos)
            span.role = role
            evidence.append(span)
        line = _line(doc, positions[0])
        tag = _inner_tag(doc, positions[0]) if p.kind == "unclosed" else None
        if tag is not None:
            # the speaker's tag inside the quotation shows where it was meant to close
            evidence.append(tag)
            yield Finding(code="CD701",
                          message=f"{p.message} (line {line}); the quotation seems to end before "
                                  f"“{tag.text.lstrip(', ')}”, which names its speaker",
                          evidence=evidence,
                          suggestion=f"close the quotation before “{tag.text.lstrip(', ')}”")
            continue
        suggestion = {
            "unclosed": "close the quotation, or open the next paragraph with a quote mark if it continues",
            "stray-close": "add the opening quote mark, or delete the closing one",
            "mismatched": "use the same kind of quote mark to open and close the quotation",
            "missing-continuation": "open the next paragraph with a quote mark (the quotation continues there)",
        }[p.kind]
        yield Finding(code="CD701", message=f"{p.message} (line {line})", evidence=evidence,
                      suggestion=suggestion)


# ", Voss said", ", said Ms Orme", ", he told reporters": a speaker's tag after a comma
_VERBS = r"(?:said|says|told|added|adds|explained|insisted|recalled|warned)"
_WHO = r"(?:(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+|he|she|they|it|we|(?:the|a|an|his|her|their)(?:\s+[\w'’-]+){1,4}?)"
_TAG = re.compile(rf",\s+(?:{_WHO}\s+{_VERBS}|(?:said|says|added)\s+(?:[A-Z][\w.'’-]*\s+){{0,3}}[A-Z][\w'’-]+)\b")


def _inner_tag(doc: Document, start: int) -> Span | None:
    """The first speaker's tag after an opening mark in its paragraph, with no mark between."""
    block = doc.article.block_at(start)
    if block is None:
        return None
    m = _TAG.search(doc.text, start + 1, block.end)
    if m is None or any(c in doc.text[start + 1:m.start()] for c in '"“”«»'):
        return None
    return doc.span(m.start(), m.end(), "speaker tag")


def _surface_words(text: str) -> list[str]:
    """The words of a quotation as written, editorial brackets dropped ("[w]e" is "we")."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).replace("[", "").replace("]", "")
    return _WORD.findall(text)


def _norm_words(text: str) -> list[str]:
    return [w.casefold() for w in _surface_words(text)]


def _name_words(speaker) -> list[str]:
    return (speaker.name or speaker.text or "").casefold().split()


def _same_speaker(a: Quote, b: Quote) -> bool:
    sa, sb = a.speaker, b.speaker
    if sa is None or sb is None:
        return False
    if sa.entity and sb.entity:
        return sa.entity == sb.entity
    na, nb = _name_words(sa), _name_words(sb)
    if not na or not nb:
        return False
    if sa.name is None and sb.name is None:
        # two unnamed sources are one only when written the same definite way ("the minister")
        return sa.text.casefold() == sb.text.casefold() and sa.text.casefold().startswith("the ")
    return na[-1] == nb[-1]


def _best_alignment(short: list[str], long: list[str]) -> tuple[int, int, int]:
    """(changed words, start, end) of the stretch of ``long`` closest to ``short``."""
    n = len(short)
    if len(long) <= n + 2:
        return Levenshtein.distance(short, long), 0, len(long)
    best = (n + 1, 0, 0)
    best_ratio = -1.0
    joined = " ".join(short)
    for size in (n - 2, n - 1, n, n + 1, n + 2):
        if size <= 0:
            continue
        for i in range(0, len(long) - size + 1):
            d = Levenshtein.distance(short, long[i:i + size], score_cutoff=best[0])
            if d > best[0]:
                continue
            # ties: the stretch most alike letter by letter ("people expect" for "anyone
            # expects", not "people" alone)
            ratio = fuzz.ratio(joined, " ".join(long[i:i + size]))
            if d < best[0] or ratio > best_ratio:
                best, best_ratio = (d, i, i + size), ratio
    return best


def _internal_changes(a: list[str], b: list[str]) -> int:
    """Changed words between two aligned wordings, not counting words only added or only cut
    at either end (a quotation cut short, or a name run into it); words there replaced by
    other words count ("to say the least" against "that's met here" is another sentence)."""
    ops = list(Levenshtein.opcodes(a, b))
    equal = [k for k, op in enumerate(ops) if op.tag == "equal"]
    if not equal:
        return max(len(a), len(b))
    first, last = equal[0], equal[-1]
    n = 0
    for k, op in enumerate(ops):
        if first < k < last and op.tag != "equal":
            n += max(op.src_end - op.src_start, op.dest_end - op.dest_start)
    for edge in (ops[:first], ops[last + 1:]):
        la = sum(op.src_end - op.src_start for op in edge)
        lb = sum(op.dest_end - op.dest_start for op in edge)
        if la and lb:  # words on both sides: other words, not a cut
            n += max(la, lb)
    return n


def _hunks(a: list[str], b: list[str]) -> list[tuple[int, int, int, int]]:
    """The differing stretches of two aligned wordings, ``(a_start, a_end, b_start, b_end)``,
    stretches one unchanged word apart merged into one."""
    out: list[list[int]] = []
    for op in Levenshtein.opcodes([w.casefold() for w in a], [w.casefold() for w in b]):
        if op.tag == "equal":
            continue
        if out and op.src_start - out[-1][1] <= 1 and op.dest_start - out[-1][3] <= 1:
            out[-1][1], out[-1][3] = op.src_end, op.dest_end
        else:
            out.append([op.src_start, op.src_end, op.dest_start, op.dest_end])
    return [tuple(h) for h in out]  # type: ignore[misc]


def _wordings(a: list[str], b: list[str], limit: int = 3) -> tuple[str, str]:
    """The two wordings where they differ, each with a word of context either side, several
    places joined by " … ": “a ship without power … than people expect” against
    “a ship with no power … than anyone expects”."""
    hunks = _hunks(a, b)[:limit]
    sides = []
    for words, lo_i, hi_i in ((a, 0, 1), (b, 2, 3)):
        pieces = []
        for h in hunks:
            lo, hi = max(0, h[lo_i] - 1), min(len(words), h[hi_i] + 1)
            piece = " ".join(words[lo:hi])
            pieces.append(("… " if lo > 0 and not pieces else "") + piece)
        text = " … ".join(pieces)
        last = hunks[-1][hi_i] + 1 if hunks else len(words)
        sides.append(text + (" …" if last < len(words) else ""))
    return sides[0], sides[1]


@rule("CD702", "misquote", "contradiction", "warning")
def misquote(doc: Document) -> Iterator[Finding]:
    """What it finds: one quotation given twice in different words: the same speaker (or a
    headline, standfirst or caption quotation with no speaker) quoted with nearly the same
    words, but not the same ones: at least six words, at most a quarter of them changed, and
    the two wordings at least 70 % alike character by character. A shorter quotation is also
    compared with the closest stretch of a longer one (a pull quote against the full
    quotation). The same quotation given twice word for word is a repeat (CD2xx), not a
    misquote, and two different things the same person said are not alike enough to fire.

    Why it matters: a quotation is a promise that these are the speaker's words. When the
    story gives two versions, at least one is wrong, and it is usually the one a reader
    remembers.

    Example: “We will not leave until the job is done,” the minister said, and later the
    minister vowed: “We will never leave before the job is done.” gives "the minister is
    quoted twice with different words: “not” / “never”; “until” / “before”".
    """
    parts = quoted_parts(doc)
    cands = []
    for q in doc.quotes:
        if q.kind == "indirect" or in_transcript(doc, q.start):
            continue  # a transcript's turns are the record itself, not quotations of it
        spans = parts.get(q.id) or [(p.start, p.end) for p in q.parts] or [(q.start, q.end)]
        surface = _surface_words(" ".join(doc.text[s:e] for s, e in spans))
        if len(surface) >= MIN_WORDS:
            cands.append((q, surface, [w.casefold() for w in surface]))
    for i, (a, a_surface, aw) in enumerate(cands):
        for b, b_surface, bw in cands[i + 1:]:
            if a.parent == b.id or b.parent == a.id or (a.start < b.end and b.start < a.end):
                continue
            if not _same_speaker(a, b) and not _unattributed_display(doc, a, b):
                continue
            short, long = (aw, bw) if len(aw) <= len(bw) else (bw, aw)
            if short == long:
                continue  # the same words twice: a repeat, for CD2xx
            changed, s, e = _best_alignment(short, long)
            window = long[s:e]
            changed = _internal_changes(short, window)
            ratio = fuzz.ratio(" ".join(short), " ".join(window))
            share = MAX_CHANGED_CLOSE if ratio >= CLOSE_RATIO else MAX_CHANGED
            if changed == 0 or changed > max(1, int(share * len(short))):
                continue  # a partial repeat word for word, or two different quotations
            if ratio < MIN_RATIO:
                continue
            first, second = (a, b) if a.start <= b.start else (b, a)
            short_s, long_s = (a_surface, b_surface) if short is aw else (b_surface, a_surface)
            fw, sw = (short_s, long_s[s:e]) if (short is aw) == (first is a) else (long_s[s:e], short_s)
            one, two = _wordings(fw, sw)
            la, lb = _line(doc, first.start), _line(doc, second.start)
            where = f"line {la}" if la == lb else f"lines {la} and {lb}"
            yield _pair_finding("CD702", f"{_who(first, second)} quoted twice with different words ({where}): "
                                         f"“{one}” against “{two}”", first, second,
                                "check the quotation against the source and use one wording")


def _unattributed_display(doc: Document, a: Quote, b: Quote) -> bool:
    """A pull quote in a headline, standfirst or caption usually carries no attribution."""
    for x, y in ((a, b), (b, a)):
        if x.speaker is None and y.speaker is not None:
            block = doc.article.block_at(x.start)
            if block is not None and block.kind in ("headline", "standfirst", "caption"):
                return True
    return False


def _who(a: Quote, b: Quote) -> str:
    for q in (a, b):
        if q.speaker is not None:
            return q.speaker.name or q.speaker.text
    return "the same words are"


# CD703: words another speaker is said to be echoing, quoting or repeating are theirs by design.
# ("As Solvang put it" gives the words to Solvang: an attribution, not an echo.)
_ECHO = re.compile(r"\b(?:echo\w*|repeat\w*|quot\w*|borrow\w*|recall\w*|paraphras\w*|cit(?:e|ed|ing)|"
                   r"in the words of|to use|so-called|dubbed|slogan|chant\w*|motto)\b", re.I)


def _run_in(short: list[str], long: list[str]) -> bool:
    n = len(short)
    return any(long[i:i + n] == short for i in range(len(long) - n + 1))


@rule("CD703", "quote-two-speakers", "contradiction", "warning")
def quote_two_speakers(doc: Document) -> Iterator[Finding]:
    """What it finds: the same quoted words, at least six of them, given to two different
    named speakers: "This is the wrong building in the wrong place," Ada Crane told
    the meeting, and later "Cllr Sue Ames's warning that the block was 'the wrong building
    in the wrong place'". A saying given to someone by "As X used to say, ..." counts as
    theirs, quote marks or not ("As my old captain Ned Rourke used to say, I could talk a
    cat off a cart" against "Alf Tunney once said that he 'could talk a cat off a
    cart'"). Words one speaker is said to echo, quote, repeat or borrow, a slogan or a chant,
    and a transcript's turns are not counted.

    Why it matters: a quotation belongs to one person. When two are given the same words,
    one attribution is usually wrong, often from a paragraph moved or rewritten.

    Example: the two sentences above give "the same words are quoted from Ada Crane
    (line 9) and Sue Ames (line 13): “the wrong building in the wrong place”".
    """
    parts = quoted_parts(doc)
    people = {e.id for e in doc.entities if e.label == "PERSON"}
    cands = []
    for q in doc.quotes:
        if q.kind == "indirect" or q.speaker is None or q.speaker.entity not in people or \
                in_transcript(doc, q.start):
            continue
        block = doc.article.block_at(q.start)
        if block is None or block.kind != "paragraph" or block.start == 0:
            continue  # a display line (or a first line that is one) repeats the body's words
        spans = parts.get(q.id) or [(p.start, p.end) for p in q.parts] or [(q.start, q.end)]
        words = _norm_words(" ".join(doc.text[s:e] for s, e in spans))
        if len(words) >= MIN_WORDS:
            # each quoted stretch on its own too: one speaker's stretch may be the other's
            # whole quotation, with another sentence added ("..., she told the court. 'He
            # knew ...'")
            pieces = [w for s, e in spans if len(w := _norm_words(doc.text[s:e])) >= MIN_WORDS]
            cands.append((q, [words] + (pieces if len(pieces) > 1 else [])))
    seen: set[tuple[str, str]] = set()
    for i, (a, aw) in enumerate(cands):
        for b, bw in cands[i + 1:]:  # aw, bw: each quotation's words whole, then its stretches
            if a.speaker.entity == b.speaker.entity or _same_speaker_name(a, b) or a.parent == b.id or \
                    b.parent == a.id or (a.start < b.end and b.start < a.end):
                continue
            short = next((x if len(x) <= len(y) else y for x in aw for y in bw
                          if _run_in(*sorted((x, y), key=len))), None)
            if short is None:
                continue
            first, second = (a, b) if a.start <= b.start else (b, a)
            if any(_ECHO.search(sent.text) for q in (first, second) if (sent := doc.sentence_at(q.start))):
                continue
            key = (first.speaker.entity, second.speaker.entity)
            if key in seen:
                continue
            seen.add(key)
            shown = " ".join(short[:12]) + (" …" if len(short) > 12 else "")
            who_a = first.speaker.name or first.speaker.text
            who_b = second.speaker.name or second.speaker.text
            f = _pair_finding("CD703", f"the same words are quoted from {who_a} (line {_line(doc, first.start)}) "
                                       f"and {who_b} (line {_line(doc, second.start)}): “{shown}”", first, second,
                              "check who said it and attribute the words to one speaker")
            for q in (first, second):  # who each is said to be: the attribution itself
                sp = q.speaker
                if sp is not None and not (q.start <= sp.start < q.end):
                    parts = [sp] + ([q.cue] if q.cue else [])  # the name and its verb of saying
                    lo, hi = min(x.start for x in parts), max(x.end for x in parts)
                    f.evidence.append(Span(lo, hi, doc.text[lo:hi], "speaker"))
            yield f
    yield from _said_as(doc, cands)


# "As my old captain Ned Rourke used to say, I could talk a cat off a cart": the clause after
# the comma is the named speaker's saying, quote marks or not
_SAYING_VERBS = frozenset({"say", "put", "tell", "write", "like", "joke", "remark", "observe"})


def _said_as(doc: Document, cands) -> Iterator[Finding]:
    """CD703 between a quotation and a saying given to another person by "As X said, ..."."""
    if not cands or "As" not in doc.text:
        return  # the saying's sentence opens with "As"
    F = facts_of(doc)
    for sent in doc.sentences:
        toks = sent.tokens
        if toks is None or not re.match(r"\W*As\b", sent.text):
            continue
        verb = next((t for t in toks if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in t.children)
                     and (t.lemma_.lower() in _SAYING_VERBS or any(  # "as X used to say"
                         c.dep_ == "xcomp" and c.lemma_.lower() in _SAYING_VERBS for c in t.children))), None)
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb else None
        if subj is not None and subj.pos_ != "PROPN":
            subj = next((c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)  # "my captain, X"
        if subj is None:
            continue
        base = sent.start - toks[0].idx
        who = F.entity_of(base + subj.idx, base + subj.idx + len(subj.text))
        if who is None or who.label != "PERSON":
            continue
        rest = [t for t in toks if t.i > verb.right_edge.i and not t.is_punct]
        if not rest:
            continue
        words = _norm_words(doc.text[base + rest[0].idx:base + rest[-1].idx + len(rest[-1].text)])
        if len(words) < MIN_WORDS:
            continue
        for q, qw in cands:
            if q.speaker.entity == who.id or (q.speaker.name or "").split()[-1:] == who.name.split()[-1:]:
                continue
            short = next((x if len(x) <= len(words) else words for x in qw
                          if _run_in(*sorted((x, words), key=len))), None)
            if short is None:
                continue
            shown = " ".join(short[:12]) + (" …" if len(short) > 12 else "")
            lo = base + verb.left_edge.idx
            hi = base + verb.right_edge.idx + len(verb.right_edge.text)
            yield Finding(code="CD703",
                          message=f"the same words are quoted from {q.speaker.name or q.speaker.text} "
                                  f"(line {_line(doc, q.start)}) and said to be {who.name}'s "
                                  f"(line {_line(doc, sent.start)}): “{shown}”",
                          suggestion="check who said it and attribute the words to one speaker",
                          evidence=[Span(q.start, q.end, q.text, "first"), sent.span("second"),
                                    Span(lo, hi, doc.text[lo:hi], "speaker")]
                          + ([Span(q.speaker.start, q.speaker.end, q.speaker.text, "speaker")]
                             if q.speaker.start is not None else []))
            return


def _same_speaker_name(a: Quote, b: Quote) -> bool:
    """"Ben Jealous" and "Jealous": one person the entities stage may have split in two."""
    na, nb = _name_words(a.speaker), _name_words(b.speaker)
    return bool(na and nb and na[-1] == nb[-1])


def _pair_finding(code: str, message: str, first: Quote, second: Quote, suggestion: str) -> Finding:
    return Finding(code=code, message=message, suggestion=suggestion,
                   evidence=[Span(first.start, first.end, first.text, "first"),
                             Span(second.start, second.end, second.text, "second")])

