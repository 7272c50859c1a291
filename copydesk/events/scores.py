"""Scores and tallies as measures of a match or a vote: "won 3-1", "by 31 votes to 14",
a results line ("Harbour City 2 Castlebury 1"); the score of a set, leg or half is not the
match's (``match_parts_en.txt``)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterator

from ..time.lexicon import MONTHS, WEEKDAYS
from .measures import Measure, number_value
from .vocab import competitor_groups, contest_stages, match_parts, match_parts_after
from ..lazy_re import gated

if TYPE_CHECKING:
    from ..document import Document
    from .mentions import Sources


VOTE_WORDS = re.compile(r"\b(?:vot\w*|ballot|motion|councillors|councilors|senators|"
                        r"lawmakers|majority|in favou?r|abstentions?)\b", re.I)
SCORE_PATTERNS = [
    # "beat Rovers 3-1", "won 2-0", "voted 27-19"
    re.compile(r"\b(?:beat|beats|beating|defeated|defeats|defeating|won|wins|winning|lost|loses|"
               r"losing|drew|draws|drawing|thrashed|edged|overcame|crushed|routed|hammered|trounced|voted|vote|votes|passed|"
               r"rejected|approved|carried|backed|endorsed|adopted|supported)\b[^.;:!?\d]{0,60}?\b(\d{1,3}) ?[-–] ?(\d{1,3})\b(?![-–]\d)"),
    # "a 3-2 win", "the 29-19 result"
    re.compile(r"\b(\d{1,3}) ?[-–] ?(\d{1,3})\s+(?:\w+\s+)?(?:win|victory|defeat|loss|draw|result|"
               r"scoreline|vote|margin|majority|thrashing|triumph|success|decision|verdict)\b"),
    # "by 27 to 19", "by 27 votes to 19"
    re.compile(r"\bby (\d{1,3}) (?:votes? )?to (\d{1,3})\b"),
    # the score right after the side a verb's result is over, whatever the verb: "saw off
    # Tessel Academy 64-59", "outlasted the Hawks 3-2", "swept Oskett Vale 3-0" (not a month's
    # days: "from March 3-5"; not a list's "and Wales 25-21", which the verb before it scores)
    re.compile(r"\b(?!(?:and|or|but|nor|with|against|v|vs|versus|than|of|to|in|at|on|for|from|the|a|an|as|by|"
               r"over|after|before|between|including|like|who|whom|which|that|when|while|where|plus)\b)"
               r"[a-z]+(?:\s+(?:off|past|aside|by|over))?\s+(?:the\s+)?(?:(?!(?:January|February|March|April|May|"
               r"June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)"
               r"[A-Z][\w'’.-]*\s){1,4}(\d{1,3}) ?[-–] ?(\d{1,3})\b(?![-–]\d)"),
]
# A tally told in words: "seven councillors voted in favour and two against", "12 for, 3 against",
# "nine votes in favour to four against".
_N = (r"(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
      r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:-\w+)?|thirty(?:-\w+)?|forty(?:-\w+)?|"
      r"fifty(?:-\w+)?)")
WORD_TALLY = gated(
    rf"\b{_N}\s+(?:[a-z]+\s+){{0,2}}?(?:voted\s+|votes?\s+|were\s+)?(?:in\s+favou?r|for)\b"
    rf"(?:\s+(?:of\s+)?(?:it|the\s+\w+|them))?\s*(?:,\s*|\s+and\s+|\s+to\s+|\s+with\s+|\s+while\s+)+"
    rf"{_N}\s+(?:[a-z]+\s+){{0,2}}?(?:voted\s+|votes?\s+|were\s+)?against\b", re.I)
# A headline or result line in the form "Home 3 Away 1".
RESULT_LINE = re.compile(r"^\s*((?:[A-Z][\w'’.-]*\s){1,4}?)(\d{1,2})\s+((?:[A-Z][\w'’.-]*\s?){1,4}?)\s?(\d{1,2})\b")
DIGIT = re.compile(r"\d")
AGGREGATE = re.compile(r"\s*(?:\(\s*)?(?:on\s+aggregate|agg\b|aggregate\b)", re.I)
NOT_A_SCORE = re.compile(r"\b(?:aged?|ages|between|from|years?|children|age group|percent|per cent)\s*$", re.I)


EARLIER = "~earlier"  # the mark of a score of another season or an earlier meeting
BARE_SCORE = re.compile(r"\b\d{1,3} ?[-–] ?\d{1,3}\b")
SERIES_GAP = re.compile(r"^[\s,;(]*(?:and\s+)?$")
CLAUSE_CUT = re.compile(r"[,;:()–—]")
PART_AFTER = re.compile(r"^\s*(?:(?:in|of|during|at)\s+the\s+(?:\w+\s+){0,2}?)?([a-z]+(?:-[a-z]+)?)")


def _part_score(text: str, s: int, e: int) -> bool:
    """A score of a part of a match, not of the match: one of a series of set scores ("won
    6-4 3-6 7-5", "7-6 (7-4), 6-2"), a score in brackets, or a score said of a part named
    in its clause ("won the tie-break 7-3", "a 6-4 set win", "2-0 in the first leg";
    copydesk/data/match_parts_en.txt); or a score during play, by the word after it ("carried a
    1-0 lead into the interval", "overturned a 2-0 deficit")."""
    others = [m for m in BARE_SCORE.finditer(text) if m.end() <= s or m.start() >= e]
    if any(SERIES_GAP.match(text[m.end():s]) for m in others if m.end() <= s) or \
            any(SERIES_GAP.match(text[e:m.start()]) for m in others if m.start() >= e):
        return True
    if text[:s].rstrip().endswith("(") and text[e:].lstrip().startswith(")"):
        return True
    parts = match_parts()
    before = CLAUSE_CUT.split(text[:s])[-1].lower()
    if set(re.findall(r"[a-z]+(?:-[a-z]+)?", before)[-5:]) & parts:
        return True
    m = PART_AFTER.match(text[e:].lower())
    return bool(m and m.group(1) in match_parts_after())


# A stage named around a score: "in the final", "In the semi-finals, ...", "a 2-1 quarter-final
# win", "won the Plate final 21-7" (contest_stages_en.txt); the words before the stage noun
# say which one, and a stage noun must end its phrase ("in the final minute" is no stage).
_STAGE_NP = r"((?:[\w'’-]+\s+){0,3}?[a-z]+(?:-[a-z]+)?)(?:\s+(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten))?"
_STAGE_END = (r"(?=\s*(?:[,.;:)!?]|$)|\s+(?:at|on|in|against|with|of|and|but|after|before|to|for|when|"
              r"while|where|as|by|from|over|thanks|despite|under)\b)")
STAGE_AFTER = re.compile(r"\b(?:in|at|during|of)\s+(?:the|this|that|last|its|their|his|her)\s+" + _STAGE_NP + _STAGE_END)
STAGE_BEFORE = re.compile(r"\b(?:the|a|an|their|its|his|her)\s+" + _STAGE_NP + r"\s*$")
# "In Division One, ...", "In the county cup quarter-finals on Saturday, ...": a day may follow
STAGE_OPENER = re.compile(r"^\s*(?:in|at|during)\s+(?:(?:the|this|last)\s+)?" + _STAGE_NP +
                          r"(?:\s+(?:on|at|in|last|this)\s+[\w'’ ]{1,30}?)?\s*,")
STAGE_RESULT = re.compile(r"^\s*((?:[a-z]+[\s-]){0,3}?[a-z]+)[\s-]+(?:win|victory|defeat|loss|draw|thrashing|triumph)\b")


def _stage_key(phrase: str, number: str | None = None) -> str | None:
    """"the Plate final" -> "plate final", "the semi-finals" -> "semifinal", "round three" ->
    "round three"; None when the phrase's last word names no stage."""
    words = phrase.lower().split()
    noun = words[-1].replace("-", "")
    stages = contest_stages()
    if noun not in stages:
        if noun.endswith("s") and noun[:-1] in stages:
            noun = noun[:-1]
        elif noun.endswith("es") and noun[:-2] in stages:
            noun = noun[:-2]
        else:
            return None
    return " ".join(words[:-1] + [noun] + ([number.lower()] if number else []))


def _stage(text: str, s: int, e: int) -> str | None:
    """The stage of a contest a score is said of: after it in its clause ("21-7 in the
    final", "a 2-1 quarter-final win"), just before it ("won the final 21-7"), or opening its
    sentence ("In the semi-finals, Kelso beat ..."). Two stages are two matches."""
    text = text.lower()
    after = text[e:]
    nxt = BARE_SCORE.search(after)
    after = after[:nxt.start()] if nxt else after
    after = after.split(";")[0]
    m = STAGE_RESULT.match(after)
    if m:
        key = _stage_key(m.group(1))
        if key:
            return key
    for m in STAGE_AFTER.finditer(after):
        key = _stage_key(m.group(1), m.group(2))
        if key:
            return key
    m = STAGE_BEFORE.search(text[:s])
    if m:
        key = _stage_key(m.group(1), m.group(2))
        if key:
            return key
    m = STAGE_OPENER.match(text)
    if m and m.end() <= s:
        return _stage_key(m.group(1), m.group(2))
    return None


# A meeting of another season or an earlier one: "last season", "the previous year's final",
# "a season ago", "when they last met", "in their last meeting".
EARLIER_MEETING = re.compile(r"\b(?:(?:last|previous|prior|preceding)\s+(?:season|campaign|year)|"
                             r"(?:a|one|two|three|\d)\s+(?:seasons?|years?)\s+(?:ago|earlier|before)|"
                             r"(?:when|the\s+last\s+time)\s+(?:the\s+\w+\s+|they\s+|the\s+sides\s+)?(?:last\s+)?met|"
                             r"(?:their|the)\s+(?:last|previous)\s+(?:meeting|encounter))\b", re.I)


def _earlier_meeting(text: str, s: int, e: int) -> bool:
    """The score's own stretch of its sentence (from the score before it, to the next comma or
    score after it) says it was another season's or an earlier meeting's: not today's match."""
    prev = [m.end() for m in BARE_SCORE.finditer(text) if m.end() <= s]
    a = prev[-1] if prev else 0
    rest = text[e:]
    cut = re.search(r"[,;]|\b\d{1,3} ?[-–] ?\d{1,3}\b", rest)
    return bool(EARLIER_MEETING.search(text[a:e] + (rest[:cut.start()] if cut else rest)))


def _group_named(stage: str) -> bool:
    """A stage or competition of another group of competitors ("women's championship",
    "junior final", "under-20 cup"; competitor_groups_en.txt)."""
    words = stage.replace("’", "'").split()[:-1]
    return any(w in competitor_groups() or re.fullmatch(r"under-?\d{1,2}s?'?", w) for w in words)


def _sides(sent) -> frozenset:
    """The proper nouns of a score's sentence, as words ("w:kelso"): the sides, the scorers;
    not the name of a competition or its number ("the Premier Division", "Division One",
    "the County Cup"), which two matches of a round-up share without sharing a side."""
    toks = sent.tokens if sent.tokens is not None else ()
    stages = contest_stages()
    return frozenset("w:" + t.lower_ for t in toks if t.pos_ == "PROPN" and t.is_alpha and not t.like_num
                     and t.lower_ not in stages and t.lower_.rstrip("s") not in stages)


# Prepositions that name the other side of a match on its verb or noun: "lost 40-12 to
# Eastport", "a 22-19 win over the Hawks", "drew 1-1 with Kelso", "beaten 3-0 by Harlow".
SIDE_PREPS = frozenset({"to", "over", "against", "with", "by", "versus", "vs"})
DAY_NAMES = frozenset(MONTHS) | frozenset(WEEKDAYS)
RELATIVE = frozenset({"who", "which", "that"})
RESULT_NOUNS = re.compile(r"^(?:win|victory|defeat|loss|draw|thrashing|triumph|success|result)$")


def _competition_name(name: str) -> bool:
    """"the Premier Division", "Division Two", "the County Cup": a competition, which two
    matches of one round-up share without sharing a side (its noun opens or ends the name)."""
    ws = [w for w in re.findall(r"[a-z]+(?:-[a-z]+)?", name.lower()) if w != "the"]
    stages = contest_stages()
    return bool(ws) and any(w in stages or w.rstrip("s") in stages for w in (ws[0], ws[-1]))


def _opponents(sent, base: int, start: int) -> frozenset:
    """The sides the score's own clause names ("o:kelso"): the subject and object of the verb
    the score belongs to ("Kelso beat Harlow 2-1"), or what its win or defeat was over or to
    ("a 22-19 win over the Hawks", "lost 40-12 to Eastport"); a pronoun names no side. With
    them, how it ended for the verb's subject ("r:tigers:l" for "The Tigers lost 40-12"). In a
    season's review every score shares the team it is about, and only these tell its matches
    apart."""
    toks = sent.tokens
    if toks is None:
        return frozenset()
    tok = next((t for t in toks if base + t.idx >= start), None)
    head = tok
    for _ in range(4):
        if head is None or head.pos_ in ("VERB", "AUX") or head.pos_ == "NOUN" and RESULT_NOUNS.match(head.lower_):
            break
        head = head.head if head.head is not head else None
    if head is None or not (head.pos_ in ("VERB", "AUX", "NOUN")):
        return frozenset()
    def words(n, without=None):  # proper nouns, not a day's name ("Saturday's 2-1 win")
        skip = set(t.i for t in without.subtree) if without is not None else ()
        return [t.lower_ for t in n.subtree if _named(t) and t.is_alpha and t.i not in skip and
                t.ent_type_ not in ("DATE", "TIME") and t.lower_ not in DAY_NAMES]

    named: list = []
    rel = head.head if head.dep_ == "relcl" and head.head is not head else None
    outcome = {"win": "w", "beat": "w", "defeat": "w", "edge": "w", "thrash": "w", "overcome": "w",
               "lose": "l"}.get(head.lemma_.lower()) if head.pos_ == "VERB" else None
    out = set()
    for c in head.children:
        if c.dep_ in ("nsubj", "nsubjpass", "dobj", "poss"):
            if rel is not None and c.lower_ in RELATIVE and c.dep_ in ("nsubj", "nsubjpass"):
                # "Drum Athletic, who drew 0-0 at ...": the relative pronoun names the noun it follows
                out.update("o:" + w for w in words(rel, head))
                if outcome and c.dep_ == "nsubj":
                    out.update(f"r:{w}:{outcome}" for w in words(rel, head))
                continue
            named.append(c)
            if outcome and c.dep_ == "nsubj":  # "The Tigers lost 40-12", "Kelso beat ...": how it ended for them
                out.update(f"r:{w}:{outcome}" for w in words(c))
        elif c.dep_ in ("prep", "agent") and c.lower_ in SIDE_PREPS:
            named.extend(g for g in c.children if g.dep_ == "pobj")
    subj = _subject_named(head)
    if subj is not None:  # "England, who beat Scotland 15-9", "came from behind to beat Wales 21-19"
        ws = [t.lower_ for t in subj if t.pos_ == "PROPN" and t.is_alpha and t.lower_ not in DAY_NAMES]
        out.update("o:" + w for w in ws)
        if outcome:
            out.update(f"r:{w}:{outcome}" for w in ws)
        if ws:
            out.add("n:" + " ".join(ws))
    out.update("o:" + w for n in named for w in words(n))
    out |= _losers_and_winners(head, outcome, words)
    before = _side_before(tok, head)
    if before:  # "beat Fenmouth 2-0 ... and Quarrendon 3-2", however the parser hung them
        out.update("o:" + w for w in before)
        out.add("n:" + " ".join(before))
        if outcome == "w":
            out.update(f"r:{w}:l" for w in before)
    # each side as one name ("n:harlow town"), its compounds but not its lists or clauses
    for n in named:
        ws = [t.lower_ for t in [c for c in n.lefts if c.dep_ == "compound"] + [n]
              if t.pos_ == "PROPN" and t.is_alpha and t.ent_type_ not in ("DATE", "TIME") and t.lower_ not in DAY_NAMES]
        if ws and ws[-1] == n.lower_:
            out.add("n:" + " ".join(ws))
    return frozenset(out)


def _named(t) -> bool:
    """A word of a side's name: a proper noun, or a capitalised noun inside its sentence that
    the tagger did not know for a name ("a 0-0 draw with Lydd")."""
    return t.pos_ == "PROPN" or t.pos_ == "NOUN" and t.text[:1].isupper() and not t.is_sent_start


def _side_before(tok, head) -> list[str]:
    """The name written right before a score that follows its verb ("Town beat Fenmouth 2-0",
    "and Quarrendon 3-2 in a replay"): the side the result is over, whatever the parse made
    of it (a list of results after one verb hangs the later names off the first)."""
    if tok is None or head is None or head.pos_ != "VERB" or tok.i <= head.i:
        return []
    names = []
    i = tok.i - 1
    while i > head.i and _named(tok.doc[i]) and tok.doc[i].is_alpha:
        names.append(tok.doc[i])
        i -= 1
    if not names or tok.doc[i].is_sent_start and i != head.i:
        return []
    # (not the tagger's entity type: it reads "Fenmouth 2-0" as a date)
    return [t.lower_ for t in reversed(names) if t.lower_ not in DAY_NAMES]


NOUN_OUTCOMES = {"win": "w", "victory": "w", "triumph": "w", "thrashing": "w", "success": "w",
                 "defeat": "l", "loss": "l"}
OTHER = {"w": "l", "l": "w"}


def _losers_and_winners(head, outcome: str | None, words) -> set:
    """How the match ended for the sides its clause names besides the subject: the object of
    "beat" lost ("who beat the Hawks 30-12": "r:hawks:l"), the side "lost to" won; a result
    noun's side is the subject of the verb it hangs on ("kept their hopes alive with a 26-24
    win over the Bulldogs": "r:hawks:w", "r:bulldogs:l"). A team that won one score and lost
    the other played two matches."""
    out = set()
    if head.pos_ == "VERB" and outcome:
        for c in head.children:
            if c.dep_ == "dobj" and outcome == "w":
                out.update(f"r:{w}:l" for w in words(c))
            elif c.dep_ == "prep" and c.lower_ == "to" and outcome == "l":
                out.update(f"r:{w}:w" for g in c.children if g.dep_ == "pobj" for w in words(g))
        return out
    o = NOUN_OUTCOMES.get(head.lemma_.lower()) if head.pos_ == "NOUN" else None
    if o is None:
        return out
    for c in head.children:  # "a win over X", "a defeat by X", "a loss to X"
        if c.dep_ == "prep" and c.lower_ in ("over", "against", "by", "to"):
            out.update(f"r:{w}:{OTHER[o]}" for g in c.children if g.dep_ == "pobj" for w in words(g))
    v = head.head.head if head.dep_ == "pobj" else head.head if head.dep_ in ("dobj", "nsubj") else None
    if v is not None and v.pos_ in ("VERB", "AUX") and head.dep_ != "nsubj":
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.tag_ not in ("WP", "WDT"):
            out.update(f"r:{w}:{o}" for w in words(subj))
    return out


def _subject_named(head) -> list | None:
    """The side a score's verb is said of when the verb has no subject of its own: a relative
    pronoun's antecedent ("England, who beat Scotland 15-9") or the subject of the verb it
    completes or follows ("Ireland came from behind to beat Wales 21-19, a week after losing
    26-12 in Paris"): the name and its compounds, not the clauses on it."""
    if head.pos_ != "VERB":
        return None
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.tag_ in ("WP", "WDT") and head.dep_ == "relcl":
        subj = head.head
    elif subj is None:  # up through "to beat", "after losing", "and drew" to a verb's subject
        t = head
        for _ in range(3):
            if t.dep_ not in ("xcomp", "advcl", "pcomp", "prep", "conj") or t.head is t:
                return None
            t = t.head
            subj = next((c for c in t.children if c.dep_ == "nsubj"), None) if t.pos_ in ("VERB", "AUX") else None
            if subj is not None:
                break
        if subj is None or subj.tag_ in ("WP", "WDT"):
            return None
    else:
        return None
    if subj is None:
        return None
    return [c for c in subj.lefts if c.dep_ == "compound"] + [subj]


def scores(doc: "Document", sources: "Sources", by_tok: dict) -> Iterator[Measure]:
    text = doc.text
    index = doc.extras.get("entity_index")
    for sent in doc.sentences:
        found: list[tuple[int, int, int, int]] = []
        for pat in (SCORE_PATTERNS if DIGIT.search(sent.text) else ()):  # each needs a digit
            for m in pat.finditer(sent.text):
                if NOT_A_SCORE.search(sent.text[:m.start(1)][-20:]):
                    continue
                found.append((m.start(1), m.end(2), int(m.group(1)), int(m.group(2))))
        for m in WORD_TALLY.finditer(sent.text):
            a, b = number_value(m.group(1)), number_value(m.group(2))
            if a is not None and b is not None:
                found.append((m.start(1), m.end(), int(a), int(b)))
        block = doc.article.blocks[sent.block]
        line_sides, line_at = frozenset(), -1
        if sent.start == block.start and block.kind == "headline":
            m = RESULT_LINE.match(sent.text)
            if m:
                found.append((m.start(2), m.end(4), int(m.group(2)), int(m.group(4))))
                line_at = m.start(2)
                # a results line names both its sides ("Harbour City 2 Castlebury 1")
                line_sides = frozenset("o:" + w.lower() for g in (1, 3) for w in re.findall(r"[A-Za-z]+", m.group(g)))
        seen = set()
        before: frozenset = frozenset()  # the sides of the score before it in this sentence
        for s, e, a, b in sorted(found):
            if any(s < e2 and s2 < e for s2, e2 in seen):
                continue
            seen.add((s, e))
            if _part_score(sent.text, s, e):
                continue  # a set's or a half's score: not the match's result
            start, end = sent.start + s, sent.start + e
            parties = frozenset()
            if index is not None:
                parties = frozenset(ent.id for m, ent in index.mentions_in(sent.start, sent.end)
                                    if ent.label in ("ORG", "GPE", "NORP", "PERSON")
                                    and not _competition_name(text[m.start:m.end]))
            # the sides as written too: a results round-up names clubs the tagger does not know
            # ("Pellow and Tarne drew 0-0" is not "Kelso beat Harlow 2-1")
            parties |= _sides(sent)
            block_start = doc.article.blocks[sent.block].start
            own = _opponents(sent, block_start, start) if s != line_at else line_sides
            if before and not any(p.startswith("o:") for p in own):
                # "beat Quarrendon 3-2 in a replay after a 1-1 draw": a score that names no side
                # in a list of results is against the side named before it
                own |= before
            if any(p.startswith("o:") for p in own):
                before = frozenset(p for p in own if p.startswith(("o:", "n:")))
            parties |= own
            if AGGREGATE.match(sent.text, e):
                parties |= {"agg:"}  # "went through 3-1 on aggregate": two legs' total, no match's score
            stage = _stage(sent.text, s, e)
            if stage:
                parties |= {"g:" + stage}  # "in the final" vs "In the semi-finals": two matches
                if _group_named(stage):
                    parties |= {"gg:"}  # "In the women's championship, ...": another group's
            attribute = "tally" if VOTE_WORDS.search(sent.text) else "score"
            occ = next((o for (bi, _i), o in by_tok.items() if bi == sent.block and
                        sent.start <= o.start < sent.end and o.cls in ("vote", "match", "election")), None)
            yield Measure(attribute=attribute, occurrence=occ, value=(max(a, b), min(a, b)), text=text[start:end],
                          span=doc.span(start, end, "score"), clause=sent.span(attribute), noun=None,
                          source=sources.at(start), parties=parties, sent=(sent.start, sent.end),
                          # a match is dated by day, month or year ("beat us 3-1 in September")
                          when=frozenset(t.value[:10] for t in doc.timexes if re.match(r"\d{4}(?:-\d\d){0,2}", t.value)
                                         and sent.start <= t.start < sent.end and t.type in ("DATE", "TIME"))
                          | ({EARLIER} if _earlier_meeting(sent.text, s, e) else frozenset()))
