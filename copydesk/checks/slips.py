"""Copy slips (CD8xx): the mechanical slips a copy desk catches first.

A doubled word, "a" before a vowel sound or "an" before a consonant, a full stop lost between
two sentences, a bracket never closed. Each rule knows the good English that looks like its
slip: "had had", a stammer inside a quotation, "a one-off", "an hour", "an MP", "a US", an
initial, a title in capitals. The vocabularies are data files (copydesk/data/slips_en.txt,
an_sounds_en.txt; licences in an_sounds_LICENSE.md).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Iterator

from ..document import Document
from ..model import Finding
from ..names import zipf
from ..nlp import tokens_of
from ..token_table import table_of
from .registry import rule
from ..lazy_re import gated

DATA = Path(__file__).resolve().parents[1] / "data"
OPEN_QUOTES = "\"“‘'«„"
LETTER_VOWEL_NAMES = set("AEFHILMNORSX")  # the letters whose names begin with a vowel sound


@lru_cache(maxsize=None)
def _vocab() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for name in ("slips_en.txt", "an_sounds_en.txt"):
        for line in (DATA / name).read_text("utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            kind, word = line.split("\t", 1)
            out.setdefault(kind, set()).add(word.strip())
    return {k: frozenset(v) for k, v in out.items()}


def _quoted(doc: Document) -> list[tuple[int, int]]:
    """Stretches of quoted words (direct quotations and the quoted parts of mixed ones)."""
    spans = []
    for q in doc.quotes:
        if q.kind == "indirect":
            continue
        for p in (q.parts or [q]):
            spans.append((p.start, p.end))
    return sorted(spans)


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect.bisect_right(spans, (start, float("inf"))) - 1
    while i >= 0:
        s, e = spans[i]
        if s <= start and end <= e:
            return True
        if e < start and i < len(spans) - 50:
            break
        i -= 1
    return False


def _token_at(sdoc, offset: int):
    """The token starting at a character offset of its block, or None."""
    span = sdoc.char_span(offset, offset + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) and span[0].idx == offset else None


def _is_display(doc: Document, block_index: int) -> bool:
    """A headline or a line in title case: capitals there are style, not sentence starts."""
    block = doc.blocks[block_index]
    if block.kind == "headline":
        return True
    words = re.findall(r"[A-Za-z][\w'’-]*", doc.text[block.start:block.end])
    if len(words) < 3:
        return True
    caps = sum(1 for w in words if w[0].isupper())
    return caps / len(words) > 0.6


# CD801 ---------------------------------------------------------------------------------------

DOUBLE_RE = re.compile(r"(?<![\w'’-])([^\W\d_]+(?:['’][^\W\d_]+)?)[ \t\u00a0]+(\1)(?![\w'’-])", re.I)


@rule("CD801", "doubled-word", "spelling", "warning")
def doubled_word(doc: Document) -> Iterator[Finding]:
    """What it finds: a word printed twice in a row ("to the the council", "and and",
    "consolidated consolidated", "to the The Independent"). Good English that doubles a word
    is left alone: "she had had enough", "he said that that was wrong", "gave her her keys",
    a verb's particle before its preposition ("logged on on Monday"), names that double
    ("Sirhan Sirhan", "Walla Walla"), and a stammer inside a quotation ("I I don't know").

    Why it matters: an editing slip, usually left where a phrase was rewritten, that a reader
    sees at once and a spell-checker does not.

    Example: "The board said the the quay would cost £4m" gives "'the the': a word printed twice".
    """
    legit = _vocab().get("double", frozenset())
    quoted = _quoted(doc)
    for bi, block in enumerate(doc.blocks):
        text = doc.text[block.start:block.end]
        for m in DOUBLE_RE.finditer(text):
            a, b = m.group(1), m.group(2)
            start, end = block.start + m.start(1), block.start + m.end(2)
            low = a.lower().replace("’", "'")
            if low in ("is", "was") and _copula_subject(text[:m.start(1)]):
                continue  # "what it is is the point", "the problem was was..." read aloud
            if low in legit or len(a) == 1 and a.isupper():
                continue
            if a[0].isupper() and b[0].isupper() and a == b and low not in _vocab().get("function", _FUNCTION):
                continue  # a name that doubles; "The The" in a headline is still a slip
            if low in STAMMER and _inside(quoted, start, end):
                continue  # a stammer the speaker made, quoted as spoken ("we we had no idea")
            if _particle_then_preposition(doc, bi, m.start(1), m.start(2)):
                continue
            yield Finding(code="CD801", message=f"'{a} {b}': a word printed twice",
                          suggestion=a if a[0].isupper() else b,
                          evidence=[doc.span(start, end, "doubled")])


_FUNCTION = frozenset("""a an the and or but of to in on at by for with from as is are was were be
it its this that these those he she they we his their our my your not""".split())


STAMMER = frozenset("i we he she they it you".split())
PARTICLES = frozenset("on in up out off over down away back through around by along about".split())


def _copula_subject(before: str) -> bool:
    """'what it is is', 'the problem is is': the first copula closes a clause that is itself
    the subject of the second."""
    words = re.findall(r"[\w'’]+", before.lower())[-4:]
    if not words:
        return False
    if words[-1] in ("it", "this", "that", "they", "he", "she", "we", "you"):
        return any(w in ("what", "all") for w in words[:-1])
    return words[-1] in ("thing", "problem", "point", "question", "issue", "truth", "fact", "trouble") \
        and len(words) > 1 and words[-2] == "the"


def _particle_then_preposition(doc: Document, bi: int, a_off: int, b_off: int) -> bool:
    """'He logged on on Monday', 'she handed it in in person': the first is the verb's particle."""
    sdoc = doc.docs[bi]
    tok = _token_at(sdoc, a_off)
    if tok is None or tok.lower_ not in PARTICLES or tok.i + 1 >= len(sdoc):
        return False
    if not any(c.dep_ == "pobj" for c in sdoc[tok.i + 1].children):
        return False  # the second takes no object: "throw it out out entirely", "going up up against"
    head = tok.head
    object_between = head.pos_ == "VERB" and any(
        c.dep_ in ("dobj", "obj") and head.i < c.i < tok.i for c in head.children)
    return tok.dep_ == "prt" or object_between  # "logged on on Monday", "handed the form in in person"


# CD802 ---------------------------------------------------------------------------------------

NUMBER_RE = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _number_vowel(s: str) -> bool | None:
    digits = s.split(".")[0]
    groups = digits.split(",")
    head = groups[0]
    if head.startswith("8"):
        return True
    if head in ("11", "18"):
        return True  # eleven, eighteen; "an 11,000-strong", "an 18-year-old"
    if len(groups) == 1 and len(head) == 4 and head[:2] in ("11", "18"):
        return True  # "an 1854 map": eighteen fifty-four
    return False


def _sound_is_vowel(word: str, following: str) -> bool | None:
    """True for a vowel sound, False for a consonant, None when copydesk cannot tell."""
    v = _vocab()
    head = re.split(r"[-–/]", word, maxsplit=1)[0]
    if NUMBER_RE.fullmatch(head):
        return _number_vowel(head)
    core = re.sub(r"['’]s$", "", word)
    low = core.lower()
    first_part = low.split("-")[0]
    for key in (low, first_part):
        if key in v.get("?", ()):
            return None
        if key in v.get("a", ()):
            return False
        if key in v.get("an", ()):
            return True
        if key in v.get("h0", ()):
            return None  # "a historic" and "an historic" are both house styles
    first = re.split(r"[-–/]", core, maxsplit=1)[0]
    if first != core and re.search(r"[A-Za-z]", first):
        return _sound_is_vowel(first, following)  # a compound sounds as its first part: "an SLS-based", "an NHS-funded"
    letters = re.sub(r"[^A-Za-z]", "", core)
    if not letters:
        return None
    if len(first_part) == 1 and core[:1].isupper():  # "an X-ray", "a U-turn", "an F-16", "an A grade"
        return core[0] in LETTER_VOWEL_NAMES
    if core.isupper() and len(letters) >= 2:
        if not re.search(r"[AEIOUY]", letters) or len(letters) == 2:
            return letters[0] in LETTER_VOWEL_NAMES  # an initialism: "an MP", "a US", "an NHS"
        if len(letters) == 3 and not re.fullmatch(r"[^AEIOU][AEIOU][^AEIOU]", letters):
            return letters[0] in LETTER_VOWEL_NAMES  # "an FBI", "a UN", "an SUV"
        return None  # NATO, NASA, SAT: read as a word or by its letters; either may be right
    if not core[0].isalpha():
        return None
    if low.startswith("eu") or low.startswith("uni") and low[3:4] not in ("n", "m", "d", "t"):
        return False
    if core[0].isupper() and _zipf(low) < 3.0:
        return None  # a rare name may be sounded unlike its spelling (Uighur)
    if _zipf(first_part) < 3.0:
        if re.fullmatch(r"[bcdfgjklmnpqrstvwz][a-z]*|y[aeiou][a-z]*", first_part):
            return False  # a rare word opened by a consonant letter still sounds one ("an yearling")
        return None  # not a common English word ("a ese fin" in a Spanish quotation): no telling its sound
    return low[0] in "aeiou"


@rule("CD802", "a-an", "spelling", "warning")
def a_or_an(doc: Document) -> Iterator[Finding]:
    """What it finds: "a" before a vowel sound or "an" before a consonant sound ("a another
    block", "an new law", "a 18-year-old", "an European"). The sound, not the letter, decides:
    "a one-off", "a European", "a union", "a US official", "an hour", "an honest", "an MP",
    "an FBI agent", "an 8-year-old", "an 1854 map". Where usage differs it stays silent:
    "an historic" and "a historic", an acronym read as a word or by its letters (NATO, SAT),
    a rare name, and "a" or "An" with a capital inside a sentence (a grade, a name).

    Why it matters: a slip left where a noun was changed in editing ("an hourly" to "an daily"),
    which readers notice and grammar checkers offline do not catch.

    Example: "Builders will start on a another block next year" gives "'a another': 'an'
    before a vowel sound".
    """
    after_an = _vocab().get("after-an", frozenset())
    for bi, sdoc in enumerate(doc.docs):
        block = doc.blocks[bi]
        toks = tokens_of(sdoc)
        for i, low in enumerate(table_of(sdoc).lower):
            if low not in ("a", "an"):
                continue
            tok = toks[i]
            if not tok.whitespace_ or tok.i + 1 >= len(sdoc):
                continue
            if tok.text[0].isupper() and not (tok.is_sent_start or tok.i == 0):
                continue  # "vitamin A", "Type A", "Mr An"
            nxt = sdoc[tok.i + 1]
            if not nxt.text[0].isalnum() or nxt.lower_ in after_an:
                continue
            if tok.i > 0 and sdoc[tok.i - 1].text in ("(", "[") :
                continue  # "(a) first point"
            if tok.i > 0 and sdoc[tok.i - 1].lower_ in ("a", "an", "the") or nxt.lower_ in ("and", "or", "nor"):
                continue  # "spelt with an a and an i": the letter named, not the article
            word = nxt.text
            j = tok.i + 2
            while j < len(sdoc) and sdoc[j].text in ("-",) and not sdoc[j - 1].whitespace_ and j + 1 < len(sdoc):
                word += "-" + sdoc[j + 1].text
                j += 2
            vowel = _sound_is_vowel(word, "")
            if vowel is None or vowel == (low == "an"):
                continue
            want = "an" if vowel else "a"
            if tok.text[0].isupper():
                want = want.capitalize()
            start = block.start + tok.idx
            end = block.start + nxt.idx + len(nxt.text)
            yield Finding(code="CD802",
                          message=f"'{tok.text} {nxt.text}': '{want}' before a {'vowel' if vowel else 'consonant'} sound",
                          suggestion=f"{want} {nxt.text}",
                          evidence=[doc.span(start, end, "article")])


# CD803 ---------------------------------------------------------------------------------------

CLOSED_CLASS = {"DET", "PRON", "CCONJ", "SCONJ", "ADP", "AUX", "PART", "ADV"}
# a paragraph that opens with a time stamp or a number and nothing else before the word
_STAMP_RE = re.compile(r"^\s*(?:\d{1,2}[:.h]\d\d|\d{1,4})\s*(?:[ap]\.?m\.?|GMT|BST|UTC|[A-Z]{2,4}T)?\s*$", re.I)
LOST_STOP_RE = re.compile(r"(?<=[^\W_])[ \t]+([A-Z][a-z]+)(?=[ \t]+([^\W\d_][\w'’-]*))")


@rule("CD803", "lost-full-stop", "style", "warning")
def lost_full_stop(doc: Document) -> Iterator[Finding]:
    """What it finds: two sentences run together where a full stop was lost ("in southern
    Africa But during the drought", "the plan was dropped The minister said"): a word that
    opens sentences (But, However, He, The, During, Officials) capitalised in mid-sentence after
    a word with no punctuation between: a closed-class word (a determiner, pronoun,
    conjunction, preposition or adverb) or one of the openers in copydesk/data/slips_en.txt.
    An open-class word ("Officials", "Asked", "Fans") counts when the article writes it in
    lower case elsewhere and capitalises it mid-sentence nowhere else, after a lower-case
    word. A title or a name in capitals is left alone ("a copy of The Times", "Rage Against
    The Machine", "His Majesty", "Amazon Web Services"), and so are headlines, a headline run
    onto its deck, title-case lines and a pronoun in the object case ("they praise Him").
    A clause opener that no title ends with ("But", "However", "According") counts even
    after a capitalised name or a particle ("the Harbour Agency According to", "weigh in But").

    Why it matters: the reader stumbles and may read the two sentences as one claim.

    Example: "Rain fell across southern Africa But during the summer the dams stayed low"
    gives "full stop lost before 'But'?".
    """
    openers = _vocab().get("opener", frozenset())
    objects = _vocab().get("object", frozenset())  # "praise Him daily": no sentence opens so
    clause_openers = _vocab().get("clause", frozenset())
    works = _vocab().get("work", frozenset()) | _vocab().get("named", frozenset())
    for bi, block in enumerate(doc.blocks):
        if _is_display(doc, bi) or _headline_run_on(doc, bi):
            continue
        text = doc.text[block.start:block.end]
        sdoc = doc.docs[bi]
        for m in LOST_STOP_RE.finditer(text):
            word, after = m.group(1), m.group(2)
            if after[0].isupper() or word == "I" or word in objects or (
                    word not in openers and _zipf(word.lower()) < 3.5):
                continue  # cheap tests first: most capitals mid-sentence are names
            if _STAMP_RE.match(text[:m.start()]):
                continue  # "15:30 Fire crews ...": a live entry's time stamp, then its sentence
            before = re.search(r"([^\W_][\w'’-]*)$", text[:m.start()])
            prev = before.group(1) if before else ""
            clause = word in clause_openers  # "But", "However", "According": no title ends so
            if (prev.lower() in _FUNCTION and not clause) or prev in openers:
                continue
            if prev.lower() in works and not clause:
                continue  # "the documentary Just Say It", "his dog Fly": a title or a name after the word for its kind
            tok = _token_at(sdoc, m.start(1))
            if tok is None:
                continue
            if not clause and tok.dep_ == "pobj" and tok.head.i == tok.i - 1 and tok.head.pos_ == "ADP":
                continue  # the object of the preposition before it: "the week after Thanksgiving"
            if not clause and _counted(tok):
                continue  # "played 48 Tests between", "won three Majors and": what a number counts
            cased = _cased_as_opener(doc, word, prev, tok)
            written_lower = cased and word.lower() in _casing(doc)[0]
            if not (clause or written_lower and _lone_entity(tok)) and tok.ent_iob_ in ("B", "I") \
                    and tok.ent_type_ not in ("DATE", "CARDINAL"):
                continue  # part of a name spaCy recognises ("Her Majesty's Revenue")
            if word not in openers and not cased and not _common_word(word, tok):
                continue
            if not clause and prev[:1].isupper() and _zipf(prev.lower()) >= 3.0 and not _is_proper(prev) \
                    and word.lower() not in _FUNCTION and (tok.pos_ in ("NOUN", "PROPN", "NUM") or word in openers):
                continue  # a name of common words that goes on: "Valley Police soon", "Marine One helicopter"
            if not clause and CAMEL_RE.search(prev) and word.lower() not in _FUNCTION:
                continue  # a product name goes on after its inner capital: "XBox One", "MacBook Air"
            if not clause and _in_title(text, m.start(1), m.end(1)):
                continue  # "Tropical Depression Three formed", "They Can't Stop All of Us"
            start = block.start + (before.start(1) if before else m.start(1))
            end = block.start + m.end(1)
            yield Finding(code="CD803", message=f"full stop lost before '{word}'?",
                          suggestion=f"{prev}. {word}",
                          evidence=[doc.span(start, end, "join")])


# a word with a capital after a lower-case letter ("XBox", "iPad", "PowerShot"): a brand
CAMEL_RE = re.compile(r"[a-z][A-Z]|^[A-Z]{2,}[a-z]{2,}")
MID_CAPS_RE = re.compile(r"(?<=[a-z,;] )([A-Z][a-z]+)\b")


def _casing(doc: Document) -> tuple[set[str], Counter]:
    """The article's own casing: the words it writes in lower case, and how often it
    capitalises each word in mid-sentence (after a lower-case word)."""
    got = doc.extras.get("slips_casing")
    if got is None:
        lower = set(re.findall(r"(?<![\w'’-])[a-z][a-z'’-]*", doc.text))
        mid = Counter(m.group(1) for m in MID_CAPS_RE.finditer(doc.text))
        got = doc.extras["slips_casing"] = (lower, mid)
    return got


def _cased_as_opener(doc: Document, word: str, prev: str, tok) -> bool:
    """An open-class word (a noun, verb or adjective: "Officials", "Asked", "Several") whose
    capital can only be a sentence's: after a lower-case word, a common English word the
    article itself writes in lower case elsewhere (or a plural, participle or -ly adverb) and
    capitalises in mid-sentence nowhere else. A brand or title ("a new Web video", "Amazon Web Services") is capitalised in the
    same way each time, or follows another capital."""
    low = word.lower()
    if not (prev[:1].islower() or prev[:1].isdigit()) or _is_proper(word) or _zipf(low) < 3.5:
        return False
    if low in _titles() or low.endswith("s") and low[:-1] in _titles():
        return False  # "former Secretary of State", "then Governor": a title in capitals
    if tok.pos_ not in ("NOUN", "VERB", "ADJ", "PROPN", "ADV", "NUM", "PRON", "DET"):
        return False
    lower, mid = _casing(doc)
    return (low in lower or _inflected(low)) and mid[word] <= 1


@lru_cache(maxsize=None)
def _titles() -> frozenset[str]:
    from ..vocab import words

    return words("roles_en.txt", "top_titles") | words("roles_en.txt", "other_titles")


def _inflected(low: str) -> bool:
    """A plural, a participle or an adverb in -ly ("Crews", "Naming", "Shortly"): forms a
    one-word brand or title in capitals seldom takes, so its capital is a sentence's."""
    return low.endswith(("ing", "ly")) or low.endswith("s") and not low.endswith(("ss", "us", "is"))


def _counted(tok) -> bool:
    """The word is what the number before it counts, in a house style that capitalises it
    ("48 Tests", "three Majors", "four Finals"): the number modifies it and no verb follows
    it, as one would if it opened a sentence ("rose to 48 Officials said")."""
    if tok.i == 0 or tok.i + 1 >= len(tok.doc):
        return False
    left, nxt = tok.nbor(-1), tok.nbor(1)
    return left.like_num and left.dep_ == "nummod" and left.head.i == tok.i and \
        not (nxt.tag_.startswith("VB") or nxt.tag_ == "MD")


def _lone_entity(tok) -> bool:
    """A one-word entity: the small model's guess at a capitalised sentence start ("Fans" as
    a group), not a name of several words."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return tok.ent_iob_ == "B" and (nxt is None or nxt.ent_iob_ != "I")


def _headline_run_on(doc: Document, bi: int) -> bool:
    """The article's first block, when it is a headline whose deck follows on the next line
    and the two were read as one wrapped line: its first line ends with no full stop."""
    if bi != 0 or len(doc.blocks) < 2:
        return False
    block = doc.blocks[0]
    first = doc.text[block.start:block.end].split("\n", 1)
    return len(first) == 2 and not re.search(r"[.!?…][\"'”’)]*\s*$", first[0]) and len(first[0].split()) <= 16


def _in_title(text: str, start: int, end: int) -> bool:
    """Two or more common words in capitals among the four words before and two after: a
    title or a name in title case, where capitals are the style."""
    from ..names import proper_nouns

    around = re.findall(r"[^\W\d_][\w'’]*", text[max(0, start - 60):start])[-4:] + \
        re.findall(r"[^\W\d_][\w'’]*", text[end:end + 40])[:2]
    proper = proper_nouns()
    caps = [w for w in around if w[0].isupper() and w != "I" and w.lower() not in proper
            and _zipf(w.lower()) >= 3.0]
    if len(caps) >= 2:
        return True
    # a title in title case goes on past its small words: "Band on the Run", "Out of Time"
    ahead = re.findall(r"[^\W\d_][\w'’]*", text[end:end + 40])[:4]
    for w in ahead:
        if w.lower() not in TITLE_SMALL:
            return w[0].isupper() and w.lower() not in proper and _zipf(w.lower()) >= 3.0 and \
                w not in ("I",) and any(x.lower() in TITLE_SMALL for x in ahead[:ahead.index(w)])
    return False


# the small words title case leaves in lower case
TITLE_SMALL = frozenset("a an the of on in at to for and or but by with from as into over".split())


def _is_proper(word: str) -> bool:
    from ..names import proper_nouns

    return word.lower() in proper_nouns()


def _common_word(word: str, tok) -> bool:
    """A word that is lower case inside a sentence: common in English, not a proper noun in
    copydesk's list, not tagged as a name."""
    from ..names import proper_nouns

    low = word.lower()
    if tok.pos_ in ("PROPN", "X") or low in proper_nouns():
        return False
    # Open-class words are left out: a noun in capitals mid-sentence is as often a brand or a
    # title ("Amazon Web Services", "a new Web video") as a lost sentence start.
    return (tok.pos_ in CLOSED_CLASS or tok.pos_ == "NUM") and _zipf(low) >= 4.0


def _zipf(low: str) -> float:
    """copydesk's frequency table holds words of three letters or more; the shorter ones that
    matter here (in, on, at, it, we) are all common."""
    return zipf(low) if len(low) > 2 else 6.0


# CD804 ---------------------------------------------------------------------------------------

PAIRS = {")": "(", "]": "["}
SMILEY_RE = re.compile(r"(?<![\w)\]])[:;=][-']?[()\[\]]")  # ":)", not the "8)" of "(in 1968)"
# a list marker: at the start, or after a colon, comma, semicolon, full stop, "or" or "and"
LIST_ITEM_RE = gated(r"(?:^|(?<=[:;,.] )|(?<=\n)|(?<= or )|(?<= and ))(?:\d{1,2}|[a-zA-Z]|[ivx]{1,4})\)")
# any "1)" or "b)" after a space: a list marker when the paragraph counts on from it
ENUM_RE = gated(r"(?<![\w(\[])(\d{1,2}|[a-h])\)(?= )")
_BRACKET_RE = re.compile(r"[][()]")


@rule("CD804", "unbalanced-brackets", "style", "warning")
def unbalanced_brackets(doc: Document) -> Iterator[Finding]:
    """What it finds: a round or square bracket opened and never closed within its paragraph,
    or closed without being opened ("the council (which met on Monday said"). List markers
    ("1)", "a)"), smileys (":)") and a bracket carried over paragraphs that later closes are
    left alone.

    Why it matters: an aside that never ends swallows the rest of the sentence; a stray
    closing bracket usually marks an aside cut in editing.

    Example: "The council (which met on Monday said the fees would rise" gives "'(' never closed".
    """
    for bi, block in enumerate(doc.blocks):
        text = doc.text[block.start:block.end]
        if not _BRACKET_RE.search(text):
            continue  # most paragraphs have none: nothing to mask, count or report
        masked = SMILEY_RE.sub(lambda m: " " * len(m.group(0)), text)
        markers = {m.end() - 1 for m in LIST_ITEM_RE.finditer(masked)} | _enumeration(masked)
        stack: list[tuple[str, int]] = []
        for i, ch in enumerate(masked):
            if ch in "([":
                stack.append((ch, i))
            elif ch in ")]":
                if stack and stack[-1][0] == PAIRS[ch]:
                    stack.pop()
                elif any(o == PAIRS[ch] for o, _ in stack):
                    while stack and stack[-1][0] != PAIRS[ch]:
                        stack.pop()
                    stack.pop()
                else:
                    if i in markers or _closed_from_before(doc, bi, PAIRS[ch]):
                        continue  # "1) raise fees, 2) cut jobs"
                    yield _bracket(doc, block.start + i, f"'{ch}' with no '{PAIRS[ch]}' before it")
        reported: set[str] = set()
        for ch, i in stack:
            if ch in reported or _closed_later(doc, bi, ch):
                continue  # "[U.S.[ force": a closer typed as a second opener is one slip
            reported.add(ch)
            yield _bracket(doc, block.start + i, f"'{ch}' never closed")


def _enumeration(text: str) -> set[int]:
    """The closing brackets of an inline enumeration that counts on ("Lee 1) reads the note, 2)
    sees the point, 3) laughs"; "a) ... b) ..."): each marker is followed by its successor
    later in the paragraph, wherever the first one stands."""
    found = [(m.group(1), m.end() - 1) for m in ENUM_RE.finditer(text)]
    labels = {label for label, _ in found}

    def succ(label: str) -> str:
        return str(int(label) + 1) if label.isdigit() else chr(ord(label) + 1)

    out: set[int] = set()
    for label, at in found:
        if succ(label) in labels:
            out.add(at)
            out.update(a for lb, a in found if lb == succ(label))
    return out


def _closed_from_before(doc: Document, bi: int, opener: str) -> bool:
    if bi == 0:
        return False
    prev = doc.text[doc.blocks[bi - 1].start:doc.blocks[bi - 1].end]
    return prev.count(opener) > prev.count({"(": ")", "[": "]"}[opener])


def _closed_later(doc: Document, bi: int, opener: str) -> bool:
    if bi + 1 >= len(doc.blocks):
        return False
    nxt = doc.text[doc.blocks[bi + 1].start:doc.blocks[bi + 1].end]
    closer = {"(": ")", "[": "]"}[opener]
    return nxt.count(closer) > nxt.count(opener)


def _bracket(doc: Document, at: int, message: str) -> Finding:
    end = at + 1
    # show the bracket with the words after it (or before, for a closing one), to the sentence's end
    text = doc.text
    block = doc.article.block_at(at)
    lo = block.start if block else 0
    hi = block.end if block else len(text)
    if text[at] in "([":
        m = re.search(r"[.!?](?=\s|$)", text[at:hi])
        end = at + (m.end() if m else min(hi - at, 60))
        end = min(end, at + 80)
        start = at
    else:
        start = max(lo, at - 60)
        start = text.rfind(" ", lo, start) + 1 if text.rfind(" ", lo, start) >= 0 else start
        end = at + 1
    while end > start + 1 and text[end - 1].isspace():
        end -= 1
    return Finding(code="CD804", message=message, evidence=[doc.span(start, end, "bracket")])
