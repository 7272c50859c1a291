"""Whose words these are: the article's own, or someone else's.

* **quoted**: inside quotation marks or a direct or mixed quotation (``doc.quotes``), or in
  a first-person paragraph set without marks in a third-person report (a statement, a
  speech);
* **attributed**: inside reported speech ("officials said the attack was a massacre"), the
  object of a labelling or judging verb ("what critics called a witch hunt", "denounced the
  move as a travesty"), or a display line repeating a word the body gives to a source. The
  thing a labelling verb names is the writer's ("promoted a reckless scheme": ``SLOT_ONLY``),
  and a verb of saying speaks only for the clause it governs ("the leaflets that they say
  were printed made a disgraceful attack": ``_governs``);
* **name**: part of a proper name (``senses.is_name``).

An article that is comment (an editor's note, an opinion label, an author writing in the
first or second person) speaks in its author's voice: its terms are reported as info.
"""

from __future__ import annotations

import bisect
import re

from ...claims import REPORT_VERBS
from ...document import Document
from ...nlp import tokens_of
from ...token_table import table_of

from .lexicon import Term
from .senses import is_name, name_before, sentence_initial


# Verbs whose object or "as" phrase is someone's label or verdict, not the article's.
LABEL_FRAMES = frozenset("""
find judge rule call describe label brand dub term denounce condemn decry characterise characterize deem consider
regard see view accuse allege blame criticise criticize deride slam dismiss designate list classify
proscribe blacklist name refer liken compare portray depict paint cast hail nickname christen
market present pitch bill tout style promote
""".split())
# Labelling verbs whose verdict sits in a slot of its own ("considered the plan a disaster",
# "touted it as a cure", "found him guilty"): with one object only, that object is the thing
# the writer names ("promoted quack cures", "is considering a dramatic move", "a case that
# presents a key test"), in the writer's words.
SLOT_ONLY = frozenset("""
promote market pitch tout present bill style consider regard see view find judge rule deem liken compare refer cast
""".split())
# Verbs whose clausal content is someone's speech or view.
REPORTING = REPORT_VERBS | frozenset({"wonder", "argue", "tweet", "post", "share", "describe", "feel",
                                      "say", "urge", "ask", "call", "vow", "pledge", "promise",
                                      "threaten", "decry", "lament", "complain", "accuse"})
SPEECH = frozenset("""
say argue claim insist contend allege assert state tell write tweet add note warn suggest believe
think wonder accuse describe maintain stress complain predict
""".split())
# Verbs that report what someone said or did in words ("criticised", "condemned",
# "threatened"): a report's neutral account of a speech act. A loaded one ("slammed",
# "railed") is in the word list; the scorer does not add these.
SPEECH_ACTS = REPORTING | LABEL_FRAMES | SPEECH
QUOTE_PAIRS = {"“": "”", "«": "»", "„": "“", '"': '"'}
_OPENER = re.compile("[" + re.escape("".join(QUOTE_PAIRS)) + "]")




class Spans:
    def __init__(self, spans: list[tuple[int, int]]):
        spans.sort()
        self.spans = spans
        self.starts = [s for s, _ in spans]

    def covers(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.starts, start)
        return any(s <= start and end <= e for s, e in self.spans[max(0, i - 24):i])


def quote_spans(doc: Document) -> tuple[Spans, Spans]:
    quoted: list[tuple[int, int]] = []
    reported: list[tuple[int, int]] = []
    for q in doc.quotes:
        if q.kind == "indirect" and _unsaid(doc, q):
            continue  # "it's no exaggeration to say that ...": the writer's own words
        parts = [(p.start, p.end) for p in q.parts] or [(q.start, q.end)]
        (reported if q.kind == "indirect" else quoted).extend(parts)
        if q.kind == "mixed":
            reported.append((q.start, q.end))
    text = doc.text
    for b in doc.blocks:
        quoted.extend(_marked(text, b.start, b.end))
    return Spans(quoted), Spans(reported)


def _unsaid(doc: Document, q) -> bool:
    """Reported speech whose verb of saying is an infinitive no one says (``_own_infinitive``)."""
    cue = q.cue
    if cue is None:
        return False
    for block, sdoc in zip(doc.blocks, doc.docs):
        if block.start <= cue.start < block.end:
            span = sdoc.char_span(cue.start - block.start, cue.end - block.start)
            return span is not None and len(span) == 1 and _own_infinitive(span[0])
    return False


_SINGLE_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–\-]))[‘'](?=\w)")


def _marked(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Stretches between quotation marks in one block: double marks paired in order, and a
    single mark that opens after a space and closes before a non-letter ("‘hijab’ rules")."""
    out = []
    seg = text[start:end]
    i, n = 0, len(seg)
    while (m := _OPENER.search(seg, i)) is not None:  # from opening mark to opening mark
        i = m.start()
        ch = seg[i]
        j = seg.find(QUOTE_PAIRS[ch], i + 1)
        if ch == "„" and j < 0:
            j = seg.find("”", i + 1)
        if j < 0:
            j = n  # an unclosed quotation runs to the end of the block
        out.append((start + i + 1, start + j))
        i = j + 1
    for m in _SINGLE_OPEN.finditer(seg):
        k = m.end()
        while True:
            j = min([x for x in (seg.find("’", k), seg.find("'", k)) if x >= 0], default=-1)
            if j < 0:
                break
            after = seg[j + 1:j + 2]
            if not after or not after.isalpha():
                out.append((start + m.end(), start + j))
                break
            k = j + 1
    return out


DISPLAY = frozenset({"headline", "standfirst", "bullet"})
OPINION_MARK = re.compile(r"\s*(?:editor[’']?s note|opinion|commentary|column|op-ed|analysis|editorial)\s*[:|—–-]", re.I)
_AUTHOR_RE = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|[Uu]s|[Yy]ou|[Yy]our)\b")
AUTHOR_WORDS = frozenset({"i", "we", "our", "us", "you", "your"})


def is_opinion(doc: Document, quoted: Spans) -> bool:
    """Comment, not report: a block opens with an opinion label ("Editor's note:",
    "Opinion:", "Analysis:"), or the author speaks in the first or second person, outside
    quotation marks, in two paragraphs or more. A column's judgements are its author's
    and are reported as info."""
    blocks = 0
    for block, sdoc in zip(doc.blocks, doc.docs):
        if OPINION_MARK.match(doc.text, block.start, block.end):
            return True
        if block.kind != "paragraph" or not _AUTHOR_RE.search(doc.text, block.start, block.end):
            continue
        toks = tokens_of(sdoc)
        for i, low in enumerate(table_of(sdoc).lower):
            if low not in AUTHOR_WORDS:
                continue
            t = toks[i]
            if t.lower_ in AUTHOR_WORDS and t.pos_ == "PRON" and (t.lower_ != "i" or t.text == "I") \
                    and not quoted.covers(block.start + t.idx, block.start + t.idx + len(t)):
                blocks += 1
                break
        if blocks >= 2:
            return True
    return False


def display_carries_source(doc: Document, terms: list[Term], quoted: Spans, reported: Spans) -> None:
    """A headline, standfirst or bullet that carries a word the body gives to a source
    ("Glut to last into 2025: analysts see 'brutal' year" over "... a brutal year for
    growers, said ...") repeats the source's word: it is theirs, as in the body."""
    display = [t for t in terms if t.skip is None and (b := doc.article.block_at(t.start)) is not None
               and b.kind in DISPLAY]
    if not display:
        return
    body_words = {t.word for t in terms if t.skip in ("quoted", "attributed")
                  and (b := doc.article.block_at(t.start)) is not None and b.kind not in DISPLAY}
    for t in display:
        if t.word in body_words:
            t.skip = "attributed"


FIRST_PERSON = frozenset({"i", "me", "my", "mine", "myself"})
_FIRST_PERSON_RE = re.compile(r"\b(?:I|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself|MY|ME)\b")


def first_person_blocks(doc: Document, quoted: "Spans") -> set[int]:
    """Paragraphs in the first person singular, outside quotation marks, in a report
    otherwise written in the third person: a block quotation set without marks (a speech,
    a statement, a ruling), so the words are the speaker's. In an article mostly in the
    first person (a column) they are the author's own and stay."""
    hits = set()
    for bi, (block, sdoc) in enumerate(zip(doc.blocks, doc.docs)):
        if block.kind == "headline" or not _FIRST_PERSON_RE.search(doc.text, block.start, block.end):
            continue
        toks = tokens_of(sdoc)
        for i, low in enumerate(table_of(sdoc).lower):
            if low not in FIRST_PERSON:
                continue
            t = toks[i]
            if t.lower_ in FIRST_PERSON and (t.lower_ != "i" or t.text == "I") and t.pos_ == "PRON" \
                    and not quoted.covers(block.start + t.idx, block.start + t.idx + len(t)):
                hits.add(bi)
                break
    return hits if len(hits) <= 0.25 * max(1, len(doc.blocks)) else set()


def whose(term: Term, tok, toks, quoted: Spans, reported: Spans, title: bool) -> str | None:
    if quoted.covers(term.start, term.end):
        return "quoted"
    if reported.covers(term.start, term.end):
        return "attributed"
    if any(is_name(t, title) for t in toks[:1]) or (term.kind == "idiom" and all(
            t.text[:1].isupper() for t in toks if t.is_alpha and len(t) > 3) and not title
            and not sentence_initial(toks[0])):
        return "name"
    if term.kind != "idiom" and name_before(tok):
        return "name"  # "the Srebrenica massacre", "the 1989 Tiananmen Square massacre"
    if _framed(tok):
        return "attributed"
    return None


def _reported(tok) -> bool:
    """Inside the content of a reporting verb ("La Riva argued private ownership is the real
    tyranny"), however deep: the words are the speaker's, paraphrased."""
    node = tok
    for _ in range(10):
        head = node.head
        if head.i == node.i:
            break
        if node.dep_ in ("ccomp", "parataxis", "xcomp") and head.lemma_.lower() in REPORTING \
                and not _own_infinitive(head):
            return True
        node = head
    # the parse lost the frame ("X argued the group needed ...", "X argued A and B is C"):
    # a reporting verb with a subject of its own earlier in the sentence
    for t in tok.doc[tok.sent.start:tok.i]:
        if t.pos_ == "VERB" and t.lemma_.lower() in SPEECH and _has_subject(t) \
                and not any(c.dep_ == "neg" for c in t.children) and _governs(t, tok):
            return True
    return False


def _governs(verb, tok) -> bool:
    """A verb of saying that can carry the word as its content: the sentence's main verb (its
    content may have been parsed anywhere), or a verb whose clause holds the word. One in a
    clause of its own ("the messages that they say convinced voters", "what he believes",
    "used to say that ..., but he has endorsed ...") speaks for that clause only."""
    return verb.dep_ == "ROOT" or verb.left_edge.i <= tok.i <= verb.right_edge.i


EXPLETIVE = frozenset({"it", "this", "that", "there"})


def _own_infinitive(verb) -> bool:
    """A verb of saying in the infinitive that no one says: "it's no exaggeration to say that",
    "it is fair to say": the writer's own frame, not a speaker's. "Critics were quick to say"
    and "he wants to say" have a speaker."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    node = verb
    for _ in range(5):
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in EXPLETIVE for c in node.children):
            return False
        if node.dep_ not in ("xcomp", "acl", "acomp", "attr", "advcl", "conj") or node.head.i == node.i:
            return True
        node = node.head
    return False


def _has_subject(verb) -> bool:
    """A speaker for the verb: its own subject, or that of the clause it hangs on ("Trump
    made a statement, stating ... but argued ...")."""
    node = verb
    for _ in range(4):
        if any(c.dep_ == "nsubj" and c.lower_ not in ("it", "this", "that") for c in node.children):
            return True
        if node.dep_ not in ("conj", "advcl", "xcomp") or node.head.i == node.i:
            return False
        node = node.head
    return False


def _framed(tok) -> bool:
    """The object or "as" phrase of a labelling verb ("denounced the move as a travesty",
    "what critics called a witch hunt"), or the content of a passive of judgement."""
    if _reported(tok):
        return True
    node = tok
    for _ in range(6):
        head = node.head
        if head.i == node.i:
            return False
        lemma = head.lemma_.lower()
        if (head.pos_ in ("VERB", "AUX") or head.tag_.startswith("VB")) and head.dep_ != "prep" \
                and not (node.dep_ == "pobj" and head.tag_ == "VBG"):
            # (a participle used as a preposition is no frame: "remarks regarding trade",
            # "considering the delays, ...")
            if lemma in SLOT_ONLY and node.dep_ == "dobj" and not _second_object(head, node):
                return False
            if lemma in LABEL_FRAMES and node.dep_ in ("dobj", "oprd", "attr", "xcomp", "ccomp", "prep", "pobj",
                                                         "advcl", "acomp", "nsubjpass", "npadvmod", "dative"):
                return True
            if lemma in LABEL_FRAMES and node.dep_ == "pobj":
                return True
            if node.dep_ in ("prep",) and node.lower_ == "as" and lemma in LABEL_FRAMES:
                return True
            if node.dep_ not in ("prep", "pobj", "amod", "compound", "conj", "appos", "acomp", "attr", "dobj", "oprd"):
                return False
        node = head
    return False


def _second_object(verb, obj) -> bool:
    """The verb has a slot besides this object for the verdict, or this object is the second
    of two ("called him a shill" parsed with "him" as the first object): then the object may
    be the label."""
    return any(c.i != obj.i and (c.dep_ in ("dative", "oprd", "dobj", "xcomp", "ccomp")
                                 or c.dep_ == "prep" and c.lower_ == "as") for c in verb.children)
