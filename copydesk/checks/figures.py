"""Figures and the words that describe them (CD110, CD111): a vote called unanimous, narrow
or overwhelming against the tally the article gives for it, and a match's final score
against the goals (tries, runs) the report tells one by one.

Both read what the events stage found (the vote's tallies, the match's score) and the
vocabulary in ``copydesk/data/figures_en.txt``; neither parses a score itself.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from ..document import Document
from ..conflicts.subjects import _other_opponents
from ..events import event_facts
from ..model import Finding
from ..vocab import mapping, sections
from .registry import rule
from .summaries import summary_findings


@lru_cache(maxsize=None)
def _phrases(section: str) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(sections("figures_en.txt")[section]) + r")\b", re.I)


def _tallies(doc: Document) -> list:
    """Every tally of a vote the events stage found, as measures."""
    event_facts(doc)
    return [m for c in doc.extras.get("events", []) for m in c.measures if m.attribute == "tally"]


def _contradicts(kind: str, high: int, low: int) -> bool:
    total, margin = high + low, high - low
    if total <= 0:
        return False
    if kind == "unanimous":
        return low > 0
    if kind == "divided":
        return low == 0
    if kind == "narrow":
        return margin >= 3 and margin * 3 > total
    return margin <= 1 or margin * 10 < total  # wide


# A date after these bounds a period ("its first since 1998"); it does not date the sentence.
_BOUND = re.compile(r"\b(?:since|until|till|before|after)\s+$", re.I)


def sentence_years(doc: Document, s) -> set[int]:
    """The years the dates in sentence ``s`` name ("in 2019", "last March", "on Monday"; not
    a bound, "since 1998", nor a year after publication); for
    a sentence with no date, the publication's year (it tells the present)."""
    pub = doc.article.published
    said = {int(t.value[:4]) for t in doc.timexes if s.start <= t.start < s.end and t.type == "DATE"
            and t.value[:4].isdigit() and not _BOUND.search(doc.text, max(0, t.start - 8), t.start)
            and (pub is None or int(t.value[:4]) <= pub.year)}  # a plan's date ("to close it in March") dates the plan's act
    if not said and pub is not None:
        said = {pub.year}
    return said


def other_times(doc: Document, a, b) -> bool:
    """Whether sentences ``a`` and ``b`` tell two times: their years (a dateless sentence
    the publication's) do not meet. Two readings at two times ("The last request, in 2019,
    failed by 214 votes" beside this week's 6-1) are two statements, not one."""
    if a is None or b is None:
        return False
    x, y = sentence_years(doc, a), sentence_years(doc, b)
    return bool(x) and bool(y) and not x & y


def _other_times(doc: Document, s, tally) -> bool:
    return other_times(doc, s, doc.sentence_at(tally.span.start))


_KIND_WORDS = {"unanimous": "unanimous", "divided": "divided", "narrow": "narrow", "wide": "one-sided"}
# A margin stated in votes: "passed by a single vote", "by three votes" (not "by 31 votes to 14",
# a tally; not "by fewer than 300 votes", a bound).
MARGIN = re.compile(r"\bby (a single|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3}) "
                    r"votes?\b(?!\s+to\b)", re.I)
_MARGIN_WORDS = {"a single": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10}


@rule("CD110", "tally-description", "arithmetic", "warning")
def tally_description(doc: Document) -> Iterator[Finding]:
    """What it finds: a vote the article describes in words that its own tally does not
    allow: "carried unanimously" against "seven voted in favour and two against"; "narrowly
    approved" against "by 31 votes to 14"; "an overwhelming majority" against 8-7.

    Why it matters: the description and the tally were usually written at different times
    (the description before the count was in, or the tally edited later); one of them is wrong.

    Only where it is clear: unanimous means nobody voted against (abstentions allowed); a
    narrow vote is contradicted by a margin over a third of the votes cast (and of three votes
    or more); a one-sided vote by a margin of one vote or under a tenth of the votes cast. The
    description must sit in a sentence about a vote ("voted", "carried", "majority"), and it
    is compared with the article's one tally, or with the tally in its own sentence when the
    article gives several. A sentence about another vote ("an amendment", "a second vote",
    "last year") is left alone. Vocabulary: ``copydesk/data/figures_en.txt``.

    A margin in votes ("passed by a single vote", "by three votes") must be the tally's.

    Example: "The motion was carried unanimously." and later "Seven councillors voted in
    favour and two against." gives "the vote is called unanimous, but the tally is 7 to 2".
    """
    yield from _count_margins(doc)
    tallies = _tallies(doc)
    if not tallies:
        return
    values = {m.value for m in tallies}
    vote, other = _phrases("vote_words"), _phrases("other_vote")

    def against(s, span: tuple[int, int], contradicts, said: str, suggestion: str):
        """CD110 for words at ``span`` of sentence ``s`` that the tally contradicts: the tally in
        the same sentence, else the article's one tally."""
        own = [m for m in tallies if s.start <= m.span.start < s.end]
        chosen = own or (tallies if len(values) == 1 else [])  # several votes: which one is not said
        chosen = [m for m in chosen if not _other_times(doc, s, m)]
        bad = [m for m in chosen if contradicts(*m.value)]
        if not bad:
            return None
        m = bad[0]
        return Finding(
            code="CD110",
            message=f"the vote is {said} (line {doc.article.line_col(s.start)[0]}), but the tally is "
                    f"{m.value[0]} to {m.value[1]} (\u201c{m.text}\u201d, line "
                    f"{doc.article.line_col(m.span.start)[0]})",
            evidence=[doc.span(s.start + span[0], s.start + span[1], "description"),
                      doc.span(m.span.start, m.span.end, "tally")],
            suggestion=suggestion)

    for s in doc.sentences:
        if other.search(s.text):
            continue  # another vote than the one counted
        margin = MARGIN.search(s.text)
        if margin:
            said = _MARGIN_WORDS.get(margin.group(1).lower()) or int(margin.group(1))
            f = against(s, margin.span(), lambda hi, lo: hi - lo != said, f"said to be won {margin.group(0)}",
                        "check the tally and the margin")
            if f is not None:
                yield f
        if not vote.search(s.text):
            continue
        for kind in _KIND_WORDS:
            d = _phrases(f"tally_{kind}").search(s.text)
            if d is None:
                continue
            if kind != "unanimous" and re.match(r"(?:\s+majority)?\s+of\b", s.text[d.end():], re.I):
                continue  # "the overwhelming majority of residents": a share of people, not a vote
            f = against(s, d.span(), lambda hi, lo, kind=kind: _contradicts(kind, hi, lo),
                        f"called {_KIND_WORDS[kind]} (\u201c{d.group(0)}\u201d)",
                        "check the tally and the words that describe the vote")
            if f is not None:
                yield f
                break


# An election count's two totals, thousands and all: "1,340 to 1,322", "18,240-16,425"
BIG_TALLY = re.compile(r"(?<![\d,.])(\d{1,3}(?:,\d{3})+|\d{4,6})\s?(?:to|[-\u2013])\s?(\d{1,3}(?:,\d{3})+|\d{3,6})(?![\d,]\d)")
BIG_MARGIN = re.compile(r"\bby (a single|one|two|three|four|five|six|seven|eight|nine|ten|\d[\d,]*) votes?\b(?!\s+to\b)", re.I)


def _count_margins(doc: Document) -> Iterator[Finding]:
    """A margin in votes against the two counts in its own sentence when they run to
    thousands ("re-elected by 12 votes, beating Varrow 1,340 to 1,322"), which the events
    stage does not read as a tally."""
    for s in doc.sentences:
        mm, tt = BIG_MARGIN.search(s.text), list(BIG_TALLY.finditer(s.text))
        if not mm or len(tt) != 1:
            continue
        t = tt[0]
        a, b = (int(x.replace(",", "")) for x in t.groups())
        if 1900 <= a <= 2100 and 1900 <= b <= 2100:
            continue  # "1998-2004": years
        said = _MARGIN_WORDS.get(mm.group(1).lower()) or int(mm.group(1).replace(",", ""))
        if abs(a - b) == said:
            continue
        yield Finding(code="CD110", evidence=[doc.span(s.start + mm.start(), s.start + mm.end(), "margin"),
                                              doc.span(s.start + t.start(), s.start + t.end(), "tally")],
                      message=f"the vote is said to be won {mm.group(0)}, but {t.group(0)} is a margin of "
                              f"{abs(a - b):,}",
                      suggestion="check the tally and the margin")


# -- a final score against the goals told one by one -------------------------------------------

_GOAL_KINDS = ("first", "ahead", "lead", "back", "level", "any", "running")
# A running score the report gives as it goes ("made it 2-0", "to make it 3-3").
RUNNING = re.compile(r"\b(?:made|make|making|makes) it (\d{1,2}) ?[-\u2013] ?(\d{1,2})\b", re.I)
# A clause that tells how the goal before it was scored: "... when Ruddle converted a penalty".
HOW = re.compile(r"\s*,?\s*(?:when|as|after|with|through)\b[^,;.!?]*$", re.I)
_CLAUSE_END = re.compile(r"[.;,!?]|\s(?:and|but|before|after|while|when|then|as)\s")


@lru_cache(maxsize=None)
def _points(section: str) -> list[tuple[re.Pattern, int]]:
    return [(re.compile(r"\b(?:" + k + r")\b", re.I), int(v or 1))
            for k, v in mapping("figures_en.txt", section).items()]


def _match_score(doc: Document):
    """The match's one final score (a measure) and where the report of another match begins
    (an offset, None when it names none), or (None, None) when the article gives no score or
    several it cannot tell apart. The match is the one the first score is of; another score
    counts as another match's when its own clause names other sides ("Drum Athletic, who drew 0-0
    at Harlow"), and the goals are then read only up to the paragraph that holds it."""
    event_facts(doc)
    scores = sorted((m for c in doc.extras.get("events", []) for m in c.measures if m.attribute == "score"),
                    key=lambda m: m.span.start)
    if not scores:
        return None, None
    main = [m for m in scores if m.value == scores[0].value]
    others = [m for m in scores if m.value != scores[0].value]
    if not others:
        return scores[0], None
    if all(any(_other_opponents(x.parties, m.parties) for x in main) for m in others):
        first = min(m.span.start for m in others)
        return scores[0], next((b.start for b in doc.blocks if b.start <= first < b.end), first)
    return None, None


def _narrated(doc: Document) -> list[tuple[str, int, int, int]]:
    """(kind, start, end, points) of every goal, try or run the body tells, in text order:
    outside quotations, headlines and standfirsts; the same phrase about the same scorer twice
    (a lead that tells what the match report then tells again) counts once."""
    quoted = doc.quoted_spans()
    out, seen = [], set()
    pats = [(k, _phrases(f"goal_{k}"), 1) for k in _GOAL_KINDS if k != "running"]
    for s in doc.sentences:
        if doc.blocks[s.block].kind in ("headline", "standfirst", "bullet"):
            continue
        hits = []
        for kind, pat, _p in pats:
            hits += [(kind, m, 1) for m in pat.finditer(s.text)]
        hits += [("running", m, 0) for m in RUNNING.finditer(s.text)]
        for section in ("try_points", "run_points", "goal_player"):
            for pat, pts in _points(section):
                hits += [(section, m, pts) for m in pat.finditer(s.text)]
        for kind, m, pts in sorted(hits, key=lambda h: h[1].start()):
            a = s.start + m.start()
            if any(qs <= a < qe for qs, qe in quoted):
                continue
            if any(b <= a < e for _k, b, e, _p in out):
                continue  # a second phrase inside the clause of one goal ("rounded off the scoring with a penalty")
            if kind == "any" and any(s.start <= b and HOW.match(doc.text, e, a) for _k, b, e, _p in out):
                continue  # how that goal came ("pulled one back late on when Ruddle converted a penalty")
            key = (kind, m.group(0).lower(), s.text[:m.start()].strip().split(" ")[-1:][0] if m.start() else "")
            if kind == "running":
                pts = int(m.group(1)) * 100 + int(m.group(2))  # the score itself, for the replay
            if key in seen:
                continue
            seen.add(key)
            cut = _CLAUSE_END.search(s.text, m.end())
            end = s.start + (cut.start() if cut else len(s.text.rstrip()))
            out.append((kind, a, end, pts))
    return out


def _replay(goals: list[tuple[str, int, int, int]]) -> tuple[int, int, int]:
    """The score the goals make, as (the side ahead, the side behind, goals of either side)."""
    ahead = behind = either = 0
    for kind, _s, _e, p in goals:
        if kind == "running":
            a, b = divmod(p, 100)
            ahead, behind = max(ahead, a, b), max(behind, min(a, b))
        elif kind == "first":
            if ahead + behind == 0:
                ahead = 1
        elif kind == "lead":
            ahead += 1
        elif kind == "ahead":  # from level to ahead; said of a side already ahead, a restatement
            if ahead == behind:
                ahead += 1
        elif kind in ("back", "level"):
            behind += 1
            if behind > ahead:
                ahead, behind = behind, ahead
        else:
            either += 1
    return ahead, behind, either


@rule("CD111", "score-and-goals", "arithmetic", "warning")
def score_and_goals(doc: Document) -> Iterator[Finding]:
    """What it finds: a match report whose goals, told one by one ("opened the scoring",
    "doubled their lead", "pulled one back", "restored the two-goal advantage", "rounded off
    the scoring with a penalty"), make more goals than the final score it gives ("a 3-1 win"),
    or more for one side than either side scored; likewise tries and runs ("crossed for a
    try", "a two-run homer") worth more points than the score holds.

    Why it matters: the narrated goals and the result are written separately; when a goal is
    added to one and not the other, the reader can count the difference.

    The goals are read as a copy editor reads them: the first goal puts one side ahead, a goal
    that doubles or restores a lead goes to the side ahead, one pulled back or an equaliser to
    the side behind; a penalty or a winner counts for either side. Only the body's own words
    count (not quotations, headlines or standfirsts), the same phrase about the same scorer
    twice is one goal, and only an article with one final score is read (a round-up of several
    matches is not). A report need not tell every goal: fewer goals than the score is no
    finding. Phrases: ``copydesk/data/figures_en.txt``.

    A scoring summary is read too: the scorers listed under each label ("Tries: Haddad 2,
    Mulvey. Goals: Reardon 3") against the side's points printed with it, under the code whose
    labels it uses, when the other side's summary makes its own score under that code; and an
    Australian football side's goal-kickers ("GOALS: Dowsett 4, Quill 2, Hanlon") against its
    goals in "12.9 (81)", whose goals and behinds must also make its points; and a football
    results line's scorers with their minutes ("Harnby Town 3 (Kells 12, 55, Dorrow 70 pen)"),
    one goal a minute, against the side's goals.

    A margin in points, goals or runs ("won by four points", "an eight-point win") must be
    the difference of the score in its own clause ("the seconds won 9.7 (61) to 8.6 (54) and
    the colts lost by 30 points" gives the colts no printed score), or of the
    match's one score; "the 15-point win" with no score in its sentence is the story's result,
    and must be the margin the story told with a verb ("beat Orrin by four wickets" against
    "the six-wicket win").

    Example: "a 3-1 win" and, in the report, "opened the scoring", "doubled their lead",
    "pulled one back", "restored the two-goal advantage" and "rounded off the scoring with a
    stoppage-time penalty" (five goals) gives "the goals told one by one make five, but the
    final score 3-1 has four".
    """
    yield from summary_findings(doc)
    yield from _margins(doc)
    from .margins import margin_twice, run_margin  # the story's margin told twice; a win by runs

    yield from margin_twice(doc)
    yield from run_margin(doc)
    score, other = _match_score(doc)
    if score is None:
        return
    high, low = score.value
    narrated = [g for g in _narrated(doc) if other is None or g[1] < other]
    said = [doc.span(m.span.start, m.span.end, "score") for c in doc.extras.get("events", [])
            for m in c.measures if m.attribute == "score" and m.value == score.value]
    goals = [g for g in narrated if g[0] in _GOAL_KINDS]
    points = sum(p for k, _s, _e, p in narrated if k in ("try_points", "run_points"))
    player = max((g for g in narrated if g[0] == "goal_player"), key=lambda g: g[3], default=None)
    ahead, behind, either = _replay(goals)
    told = ahead + behind + either
    running = any(k == "running" for k, _s, _e, _p in goals)
    if (len(goals) >= 2 or running) and (told > high + low or ahead > high or behind > low):
        what = (f"make {told} goals" if told > high + low else
                f"give one side {ahead}" if ahead > high else f"give the side behind {behind}")
        evidence = said + [doc.span(s, e, "goal") for _k, s, e, _p in goals]
        yield Finding(code="CD111", evidence=evidence,
                      message=f"the goals told one by one {what}, but the final score is {score.text}",
                      suggestion="check the final score against the goals the report describes")
    elif player is not None and player[3] > high:
        yield Finding(code="CD111", evidence=said + [doc.span(player[1], player[2], "goals")],
                      message=f"one player is said to have scored {player[3]}, but the final score is "
                              f"{score.text}",
                      suggestion="check the final score against the player's goals")
    elif points and points > high + low:
        evidence = said + [doc.span(s, e, "scoring") for k, s, e, _p in narrated
                           if k in ("try_points", "run_points")]
        yield Finding(code="CD111", evidence=evidence,
                      message=f"the scores told one by one are worth at least {points} points, but the "
                              f"final score is {score.text}",
                      suggestion="check the final score against the scores the report describes")


# -- a winning margin against the score ------------------------------------------------------------

_MARGIN_N = r"(a single|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})"
# "beat Hollin 70-66 ... by four points", "won by a goal", "an eight-point win"
WIN_MARGIN = re.compile(
    r"\b(?:won|win|wins|winning|beat|beats|beating|defeated|defeating|lost|losing|loses|edged|downed|"
    rf"prevailed|triumphed)\b[^.;:]{{0,80}}?\bby {_MARGIN_N} (point|goal|run)s?\b"
    rf"|\b{_MARGIN_N}[- ](point|goal|run) (?:win|victory|defeat|loss|triumph)\b", re.I)
_WORD_N = dict(_MARGIN_WORDS, a=1, eleven=11, twelve=12)
SCORE_IN = re.compile(r"(?<![\d.,])(\d{1,3})\s?(?:[-\u2013]|\bto\b)\s?(\d{1,3})(?!\d|[.,]\d|\s?(?:[-\u2013]|to)\s?\d)")
# Australian football: "9.7 (61) to 8.6 (54)", and a results line's "VELLAN 12.14 (86) d SWIFTS
# 11.9 (75)" (the sides' names between the two scores, "d" or "def." for defeated)
_AFL_PAIR = re.compile(r"\d{1,2}\.\d{1,2}\s*\((\d{1,3})\)\s*(?:to|[-\u2013]|(?:d|def\.?|defeated|drew with|lost to|v)"
                       r"(?:\s+[A-Z][\w'\u2019.-]*){1,4})\s*\d{1,2}\.\d{1,2}\s*\((\d{1,3})\)")
_CRICKET = re.compile(r"\b(?:wickets?|overs?|innings)\b", re.I)


# A clause with a subject of its own: "The seconds won 9.7 (61) to 8.6 (54) and the colts lost by
# 30 points" gives the margin to the colts, whose score is not printed.
_NEW_SUBJECT = re.compile(r"(?:,|;|\band\b|\bbut\b|\bwhile\b|\bwhereas\b)\s+(?:the\s+)?[\w'\u2019-]+(?:\s[\w'\u2019-]+)?\s+"
                          r"(?:won|lost|beat|drew|went down|were beaten|was beaten|fell)\b", re.I)
# "The 15-point win", "the four-goal victory": the story's own match, pointed back to
_DEFINITE = re.compile(r"\b(?:the|their|its)\s+$", re.I)


def _margin_clause(text: str, m: re.Match) -> tuple[int, int]:
    """Where in its sentence the margin's own clause lies: from the last clause before it with
    a subject and a result verb of its own to the next such clause."""
    lo, hi = 0, len(text)
    for c in _NEW_SUBJECT.finditer(text):
        if c.start() < m.start() and c.end() <= m.end():
            lo = c.start()
        elif c.start() >= m.end():
            hi = c.start()
            break
    return lo, hi


def _result_line(doc: Document):
    """The story's result: the first printed score pair of the article, in its headline, a
    results line or the lead ("VELLAN 12.14 (86) d MARROW SWIFTS 11.9 (75)"), as (value,
    span), or None."""
    for b in doc.blocks[:4]:
        t = doc.text[b.start:b.end]
        x = _AFL_PAIR.search(t)
        if x:
            return (int(x.group(1)), int(x.group(2))), (b.start + x.start(), b.start + x.end())
    return None


def _margins(doc: Document) -> Iterator[Finding]:
    """A margin the report gives in points, goals or runs ("won by four points", "an
    eight-point win") against the score in its sentence, or the match's one score."""
    article_score = None
    for s in doc.sentences:
        for m in WIN_MARGIN.finditer(s.text):
            word = (m.group(1) or m.group(3)).lower()
            unit = (m.group(2) or m.group(4)).lower()
            said = _WORD_N.get(word) or (int(word) if word.isdigit() else None)
            if said is None or unit == "run" and _CRICKET.search(doc.text):
                continue
            lo, hi = _margin_clause(s.text, m)
            found = list(_AFL_PAIR.finditer(s.text, lo, hi)) or list(SCORE_IN.finditer(s.text, lo, hi))
            pairs = {(int(x.group(1)), int(x.group(2))) for x in found}
            spans = [(s.start + x.start(), s.start + x.end()) for x in found]
            if not pairs and (lo, hi) != (0, len(s.text)):
                continue  # the sentence's other clause has another side's score
            if not pairs:
                if article_score is None:
                    article_score = _match_score(doc)
                score, other = article_score
                if score is None or other is not None:
                    score = _result_line(doc) if _DEFINITE.search(s.text[:m.start()]) else None
                if score is None:
                    continue
                pairs = {tuple(score[0])} if isinstance(score, tuple) else {tuple(score.value)}
                spans = [score[1]] if isinstance(score, tuple) else [(score.span.start, score.span.end)]
            if len(pairs) != 1:
                continue  # several scores: which one the margin is of is not said
            a, b = next(iter(pairs))
            if abs(a - b) == said or a == b:
                continue
            yield Finding(code="CD111", evidence=[doc.span(s.start + m.start(), s.start + m.end(), "margin")] +
                          [doc.span(x, y, "score") for x, y in spans],
                          message=f"the margin is given as {said} {unit}{'s' if said != 1 else ''}, but the "
                                  f"score {a}-{b} makes {abs(a - b)}",
                          suggestion="check the margin against the score")
