"""Attribution (CD5xx): strong claims in the article's own voice, and display text that
asserts what the body only attributes.

The claims stage marks a claim ``strong`` when it lays wrongdoing, violence or blame at an
agent's door ("masterminded the killing of hundreds of US troops", "oversaw the killing
of protesters", "was responsible for the deaths of ..."); a toll from an accident or a
storm is never strong, because its subject is not an agent. This module decides which
strong claims a copy editor must see, from one analysis cached on the Document:

* **own voice**: the claim's source is the article (not a quote, not "X said", not "is
  accused of", "according to"), asserted (not "reportedly", "is thought to"), positive;
* **a matter of record**, not a claim to source: a court outcome or a plea ("was convicted
  of", "pleaded guilty to", "was jailed for", "impeached for"), an admission or a claim of
  responsibility (the subject's own word), a harm whose subject the article also reports
  convicted or pleading guilty, and political "attacks" ("Biden attacked Trump for ...");
* **carried attribution**: a sentence in a paragraph that opens with its source ("Police
  said ... . He then shot ..."), or a claim the body attributes elsewhere in the same words.

Display text (headline, standfirst, bullets) is then compared with the body sentence by
sentence: a body sentence supports a display claim when it shares the harm ("killing",
"deaths", "slaughter" are one harm) and at least one more content word, or three content
words. The message says what the body does with the claim: attributes it (to whom, on
which line), or nothing in the body supports it.

Rules:

========  ==========================  ========  ========================================
CD500     attribution-share           info      the share of strong claims with a source
CD501     display-claim-attributed    warning   display asserts what the body attributes
CD502     display-claim-unsupported   warning   display asserts what the body never says
CD503     unattributed-strong-claim   warning   body asserts wrongdoing with no source
========  ==========================  ========  ========================================

Cost: one pass over the strong claims and the body sentences (a few hundred set
intersections for a long article).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Iterator

from spacy.lang.en.stop_words import STOP_WORDS

from ..document import Document, Sentence
from ..model import Claim, Finding
from ..time.calendar import value_range
from ..vocab import words
from .display import display_findings
from .registry import rule
from ..lazy_re import gated

DISPLAY = frozenset({"headline", "standfirst", "bullet"})
# Court outcomes, pleas and admissions: on the record, not the article's accusation.
RECORD_PREDICATES = frozenset({"convict", "plead", "sentence", "jail", "imprison", "impeach", "confess",
                               "admit", "charge", "indict", "arrest", "find", "acquit", "fine",
                               "prosecute", "try", "detain", "face"})
CONVICTED = frozenset({"convict", "plead", "sentence", "jail", "imprison", "confess", "admit"})
RECORD_RE = gated(r"\b(?:convicted|pleaded guilty|pled guilty|plead guilty|pleads guilty|pleading guilty|"
                       r"found guilty|admitted|confessed|confession|life sentence|serving (?:a|his|her) sentence|"
                       r"served (?:a|his|her|half his|half her) sentence|offen[cs]es|"
                       r"sentenced|jailed|imprisoned|impeached|acquitted|guilty plea|conviction|"
                       r"plea deal|plea agreement)\b", re.I)
# A record only spoken of: "if convicted", "could be sentenced to", "faces being jailed".
UNREAL_RE = re.compile(r"\b(?:if|unless|could|would|may|might|will|shall|can|to be|faces?|facing|risks?)"
                       r"(?: \w+){0,2}\s*$", re.I)
HEDGE_RE = re.compile(r"\b(?:reportedly|allegedly|alleged|suspected|apparently|purportedly|supposedly|"
                      r"is believed to|are believed to|was believed to|is thought to|are thought to|"
                      r"is said to|are said to|was said to|is accused|was accused|were accused|"
                      r"according to|allegations?|alleging|accusations?|accusing|claims? that|"
                      r"charged? (?:with|of)|suspicion of)\b", re.I)
# Harm words that a claim in the body must carry to be wrongdoing laid at a door: a death,
# torture or fraud, or a verb of direct harm ("stabbed", "raped").
DIRECT_HARM = frozenset("""
kill murder slaughter massacre assassinate torture shoot stab behead rape abuse assault maim kidnap
abduct poison strangle lynch execute mutilate molest rob steal embezzle bribe defraud extort launder
""".split())
# Verbs of doing a harm oneself: "committed two murders", "performed two attacks".
PERPETRATE = frozenset({"commit", "perform", "perpetrate"})
# Subjects that are not agents whatever the tagger says: a toll from nature or illness.
NATURAL_RE = re.compile(r"\b(?:virus|coronavirus|covid|sars|typhoon|hurricane|storm|cyclone|earthquake|"
                        r"quake|flood|floods|fire|wildfire|blaze|disease|flu|influenza|cancer|outbreak|"
                        r"pandemic|epidemic|tornado|tsunami|landslide|avalanche|drought|heatwave|"
                        r"heat wave|eruption|volcano|crash|collision|accident|explosion)\b", re.I)
# People as the target of an attack: violence against people, not a military objective.
HUMAN_RE = re.compile(r"\b(?:people|persons?|civilians?|journalists?|reporters?|protesters?|protestors?|"
                      r"demonstrators?|children|kids|women|men|students?|worshippers?|villagers?|residents?|"
                      r"patients?|doctors?|nurses?|workers?|officers?|policem[ae]n|troops?|soldiers?|"
                      r"refugees?|migrants?|prisoners?|detainees?|voters?|activists?|families|family)\b", re.I)
# A record that speaks for itself: "the video showed", "court documents reveal".
EVIDENCE_RE = gated(r"\b(?:video|videos|footage|image|images|photo|photos|photograph|photographs|recording|"
                         r"recordings|cctv|document|documents|records|filing|filings|transcript|data)\b[^.;]{0,50}?"
                         r"\b(?:show|shows|showed|shown|showing|reveal|reveals|revealed|depict|depicts|depicted|"
                         r"captured|captures)\b", re.I)
# Harm words: one harm, however worded, for comparing display text with the body.
HARM_GROUPS = {
    "KILL": "kill killing killings killed kills death deaths dead die died dying slaughter slaughtered carnage "
            "bloodshed bloodbath "
            "massacre massacred murder murdered murders assassinate assassinated assassination casualties "
            "fatalities fatality toll execute executed executions lives",
    "ATTACK": "attack attacks attacked bomb bombs bombing bombings bombed ied ieds explosive explosives "
              "strike strikes airstrike airstrikes blast blasts shelling rocket rockets",
    "TROOP": "troop troops soldier soldiers servicemen servicemembers marines",
    "PROTEST": "protester protesters protestors demonstrator demonstrators demonstration demonstrations "
               "protest protests",
    "CIVIL": "civilian civilians people population",
    "TORTURE": "torture tortured torturing abuse abused abuses abusing abusive",
    "FRAUD": "fraud fraudulent corruption corrupt bribe bribes bribery embezzle embezzled embezzlement "
             "launder laundering defraud defrauded defrauding",
}
NORMAL = {w: g for g, ws in HARM_GROUPS.items() for w in ws.split()}
HARMS = frozenset({"KILL", "ATTACK", "TORTURE", "FRAUD"})
VICTIM_HARMS = frozenset({"KILL", "TORTURE", "FRAUD"})
# Acts of war and their direction: strong for the claims stage, but wrongdoing only with a toll.
MILITARY = frozenset({"attack", "bomb", "shell", "shoot", "strike", "raid", "launch", "lead", "send",
                      "conduct", "carry out", "carry", "wage", "order", "command", "mount", "stage",
                      "direct", "support", "back", "fund", "arm", "train", "equip", "supply"})
EXTRA_STOP = frozenset({"said", "says", "say", "told", "according", "also", "including", "pictured",
                        "one", "two", "many", "several", "year", "years", "time", "later", "including"})
_WORD = re.compile(r"[A-Za-z][A-Za-z\-']+|\d[\d,.]*")
# Political "attacks": criticism, not violence ("attacked Trump for his taxes").
FIGURATIVE_RE = re.compile(r"\battack\w*\s+(?:[A-Z][\w.'’-]*\s*){1,4}(?:for|on|over|as)\b|"
                           r"\battack\w*\s+(?:him|her|them|his|her|their)\b[^.]{0,40}\b(?:for|on|over|as)\b")


def _norm(word: str) -> str:
    w = word.lower().strip("'’-")
    if w in NORMAL:
        return NORMAL[w]
    if w.endswith("s") and w[:-1] in NORMAL:
        return NORMAL[w[:-1]]
    return w


def content(text: str) -> set[str]:
    """Content words of a passage, harm words folded into their group."""
    out = set()
    for m in _WORD.finditer(text):
        w = m.group(0)
        low = w.lower()
        if low in STOP_WORDS or low in EXTRA_STOP or len(low) < 3 and not low[0].isdigit():
            continue
        out.add(_norm(low))
    return out


@dataclass
class Support:
    sentence: Sentence
    attributed: bool
    source: str | None
    score: int


@dataclass
class Analysis:
    strong: list[Claim] = field(default_factory=list)
    own: list[Claim] = field(default_factory=list)  # own voice, not on the record, not carried
    display: list[tuple[Claim, Support | None]] = field(default_factory=list)
    body: list[Claim] = field(default_factory=list)  # body claims a copy editor should source


class _Sentences:
    def __init__(self, doc: Document):
        self.sents = doc.sentences
        self.starts = [s.start for s in self.sents]

    def at(self, offset: int) -> int:
        i = bisect.bisect_right(self.starts, offset) - 1
        return max(i, 0)


def analyse(doc: Document) -> Analysis:
    cached = doc.extras.get("attribution")
    if cached is not None:
        return cached
    a = Analysis()
    doc.extras["attribution"] = a
    if not doc.claims or not doc.blocks:
        return a
    text = doc.text
    sents = _Sentences(doc)
    kinds = [b.kind for b in doc.blocks]
    attributed_claims = [c for c in doc.claims if c.source.kind == "attributed"]
    quote_spans = [(q.start, q.end, q) for q in doc.quotes]
    # body sentences with their content words and whether they carry a source
    body: list[tuple[Sentence, set[str], bool, str | None]] = []
    # what a sentence denies or leaves unsaid ("but did not say he had ordered it") does not
    # make it say the same thing as a claim
    unasserted = sorted((c.start, c.end) for c in doc.claims
                        if c.polarity == "negative" or c.certainty == "unknown")
    sent_source: dict[int, tuple[bool, str | None]] = {}
    for i, s in enumerate(sents.sents):
        src = _sentence_source(s, attributed_claims, quote_spans)
        sent_source[i] = src
        if kinds[s.block] not in DISPLAY:
            body.append((s, content(_asserted_text(text, s, unasserted)), src[0], src[1]))
    recorded = _on_record(doc)
    defendants = _defendant_heads(doc)
    sides = _score_sides(doc)
    for c in doc.claims:
        if not c.strong:
            continue
        a.strong.append(c)
        if c.source.kind != "article" or c.certainty != "asserted" or c.polarity != "positive":
            continue
        if _two_sides_of_a_score(doc, c, sides):
            continue  # "Rovers massacre ten-man Town" over "Rovers crushed ten-man Town 6-0"
        si = sents.at(c.start)
        s = sents.sents[si] if sents.sents else None
        if s is None or _matter_of_record(doc, c, s, recorded) or _by_defendants(c, s, defendants):
            continue
        a.own.append(c)
        block = doc.article.block_at(c.start)
        words = content(text[c.start:c.end])
        if block is not None and block.kind in DISPLAY:
            a.display.append((c, _best_support(words, body, c, doc)))
            continue
        if _carried(doc, si, sents, sent_source):
            continue
        if not (words & VICTIM_HARMS) and c.predicate.split()[0] not in DIRECT_HARM | PERPETRATE \
                and not (c.predicate in MILITARY and c.object and HUMAN_RE.search(c.object)):
            continue  # "sent him to lead attacks against IS", "orchestrated the attacks": no toll named
        sup = _best_support(words, [b for b in body if b[0] is not s], c, doc)
        if sup is not None and sup.attributed:
            continue  # the body attributes the same claim elsewhere
        a.body.append(c)
    return a


def _score_sides(doc: Document) -> list[frozenset[str]]:
    """The words of each sentence that reports a score ("Rovers crushed ten-man Town 6-0")."""
    from ..facts import facts_of

    return [frozenset(w.lower() for w in re.findall(r"[A-Za-z]+", f.evidence.text))
            for f in facts_of(doc).facts if f.slot == "score" and f.evidence is not None]


def _two_sides_of_a_score(doc: Document, c: Claim, sides: list[frozenset[str]]) -> bool:
    """A harm verb between two sides of a match the article scores ("Rovers massacre Town",
    "the Hawks slaughtered the Owls"), both named whole in one sentence that gives the score:
    a heavy defeat in the sports pages' words, not violence. "Rovers fan killed Town supporter"
    beside "Town beat Rovers 2-1" is no result ("fan" and "supporter" are in no score's sentence)."""
    if not sides or not c.object:
        return False
    said = [w.lower() for w in re.findall(r"[A-Za-z]+", _subject_text(doc, c))]
    stem = c.predicate.split()[0][:4].lower()
    cut = next((i for i, w in enumerate(said) if i and w.startswith(stem)), len(said))
    sw = set(said[:cut]) - STOP_WORDS  # a name run on over its own headline ("Kelso butcher Harlow in cup rout")
    obj = [w.lower() for w in re.findall(r"[A-Za-z]+", c.object)]
    cut = next((i for i, w in enumerate(obj) if i and w in STOP_WORDS), len(obj))
    ow = set(obj[:cut]) - STOP_WORDS  # the side, not where ("Owls at Brook Lane")
    if not sw or not ow:
        return False
    return any(sw <= names and ow <= names for names in sides)


def _sentence_source(s: Sentence, attributed: list[Claim], quotes) -> tuple[bool, str | None]:
    """Whether a sentence carries a source, and its name when known: an attributed claim in
    it, a quotation covering most of it, or an "according to"."""
    best: str | None = None
    found = False
    for c in attributed:
        if s.start <= c.start < s.end:
            found = True
            if c.source.name and not best:
                best = c.source.name
    for qs, qe, q in quotes:
        if qs < s.end and qe > s.start and min(qe, s.end) - max(qs, s.start) >= 0.5 * (s.end - s.start):
            found = True
            if q.speaker is not None and not best:
                best = q.speaker.name or q.speaker.text
    if not found and (re.search(r"\baccording to\b", s.text, re.I) or EVIDENCE_RE.search(s.text)):
        found = True  # "according to police", "the video showed ..."
    return found, best


def _on_record(doc: Document) -> dict[str, list[str]]:
    """Entities the article reports convicted, pleading guilty, jailed or admitting, each
    with the passages that say so (what they were convicted of)."""
    out: dict[str, list[str]] = {}
    for c in doc.claims:
        if c.subject and c.strong and c.predicate in CONVICTED and c.polarity == "positive":
            out.setdefault(c.subject, []).append(doc.text[c.start:c.end])
    sents = [s for s in doc.sentences if _record(s.text)]
    if sents:
        for e in doc.entities:
            for s in sents:
                if any(s.start <= m.start < s.end for m in e.mentions):
                    out.setdefault(e.id, []).append(s.text)
    return out


DEFENDANT_NOUNS = words("claims_en.txt", "defendant_nouns")


def _defendant_heads(doc: Document) -> frozenset[str]:
    """What a court report calls the people it reports convicted or jailed, once it has: the
    head noun of a record sentence's subject ("Three men have been jailed" -> "man") and the
    nouns that stand for defendants ("the gang", "the pair"); empty with no record sentence."""
    heads: set[str] = set()
    seen = False
    for s in doc.sentences:
        if not _record(s.text):
            continue
        seen = True
        heads.update(t.lemma_.lower() for t in (s.tokens or ()) if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "NOUN")
    return frozenset(heads | DEFENDANT_NOUNS) if seen else frozenset()


def _by_defendants(c: Claim, s: Sentence, defendants: frozenset[str]) -> bool:
    """The act's subject is a definite noun for those the article reports convicted ("the
    gang ..., stealing 340,000", "The men had ..."): the court's record, not an accusation."""
    if not defendants or s.tokens is None:
        return False
    base = s.start - s.tokens.start_char
    verb = next((t for t in s.tokens if base + t.idx >= c.start), None)
    for _ in range(4):
        if verb is None:
            return False
        subj = next((k for k in verb.children if k.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj.pos_ == "NOUN" and subj.lemma_.lower() in defendants and any(
                k.dep_ == "det" and k.lower_ in ("the", "this", "these", "those") for k in subj.children)
        if verb.dep_ not in ("advcl", "xcomp", "conj", "acl") or verb.head is verb:
            return False
        verb = verb.head
    return False


def _matter_of_record(doc: Document, c: Claim, s: Sentence, recorded: dict[str, list[str]]) -> bool:
    span = doc.text[c.start:c.end]
    if c.predicate in RECORD_PREDICATES:
        return True  # "was convicted of", "pleaded guilty to", "admitted his guilt"
    if c.predicate == "claim" and re.search(r"\bresponsibility\b", span, re.I):
        return True  # the group's own claim
    if c.predicate in ("attack", "assault") and FIGURATIVE_RE.search(s.text):
        return True  # "Biden attacked Trump for ...": criticism
    if c.predicate in ("attack", "assault") and c.object and re.search(
            r"\b(?:record|policy|policies|plan|comments?|remarks?|statement|media|press|culture|war|idea|"
            r"proposal|position|stance|taxes|opponents?|rivals?)\b", c.object, re.I):
        return True
    if c.predicate == "lie" and not re.search(r"\blied\b|\blying (?:to|about)\b", span, re.I):
        return True  # "Westchester lies to the north": a place, not a falsehood
    subj = _subject_text(doc, c)
    if subj and NATURAL_RE.search(subj):
        return True  # a toll from a storm, a virus, a crash
    if HEDGE_RE.search(s.text):
        return True  # "reportedly stabbed", "according to police"
    if c.subject and c.subject in recorded:
        return True  # the article reports the subject convicted or pleading guilty  # the article reports the subject convicted or pleading guilty
    if _record(s.text):
        return True
    return _long_past(doc, c, s)


HISTORY_YEARS = 10  # an act dated this long before publication is history, not fresh news


def _long_past(doc: Document, c: Claim, s: Sentence) -> bool:
    """The act is dated years before publication ("In 1981, he shot ...", "murdered four
    guards during the 1994 raid"): a matter of history, told as history. The claim's own
    date counts; a claim with none takes its sentence's dates, all of which must be old."""
    pub = doc.article.published
    dated = [t for t in doc.timexes if s.start <= t.start < s.end and t.type == "DATE" and t.value]
    when = c.time or next((x.time for x in doc.claims if x.time and x.start >= c.end and re.fullmatch(
        r"\s*(?:,|and|or|, and)\s*", doc.text[c.end:x.start])), None)  # "shot and wounded X in 1981"
    own = [t for t in dated if when and t.text == when]
    ranges = [r for r in (value_range(t.value) for t in own or dated) if r is not None]
    return bool(pub and ranges) and all(r[1].year <= pub.year - HISTORY_YEARS for r in ranges)


def _subject_text(doc: Document, c: Claim) -> str:
    if c.subject:
        ent = next((e for e in doc.entities if e.id == c.subject), None)
        if ent is not None:
            return ent.name
    return doc.text[c.start:min(c.end, c.start + 40)]


def _asserted_text(text: str, s: Sentence, spans: list[tuple[int, int]]) -> str:
    """The sentence's text without the clauses it negates or leaves unknown."""
    i = bisect.bisect_left(spans, (s.start, -1))
    out, pos = [], s.start
    while i < len(spans) and spans[i][0] < s.end:
        a, b = spans[i]
        if a > pos:
            out.append(text[pos:a])
        pos = max(pos, min(b, s.end))
        i += 1
    out.append(text[pos:s.end])
    return " ".join(out) if len(out) > 1 else s.text


def _record(text: str) -> bool:
    """A court outcome, a plea or an admission the sentence reports as fact."""
    return any(not UNREAL_RE.search(text[max(0, m.start() - 30):m.start()]) for m in RECORD_RE.finditer(text))


def _subject_words(doc: Document, c: Claim) -> set[str]:
    """Every word the article calls the claim's subject by ("Crown Prince Mohammad bin Salman",
    "the crown prince"): they say who, not what, and do not make two sentences one claim."""
    if not c.subject:
        return set()
    ent = next((e for e in doc.entities if e.id == c.subject), None)
    if ent is None:
        return content(_subject_text(doc, c))
    words = content(ent.name)
    for m in ent.mentions[:30]:
        if len(m.text) < 60:
            words |= content(m.text)
    return words


def _carried(doc: Document, si: int, sents: _Sentences, sent_source) -> bool:
    """A source given earlier in the same paragraph carries over ("Police said ... . He then
    shot ..."), and so does one given later in the same sentence."""
    s = sents.sents[si]
    if sent_source[si][0]:
        return True
    j = si - 1
    while j >= 0 and sents.sents[j].block == s.block:
        if sent_source[j][0]:
            return True
        j -= 1
    return False


def _best_support(words: set[str], body, c: Claim, doc: Document) -> Support | None:
    """The body sentence that says the same thing, attributed ones first."""
    if not words:
        return None
    harm = words & HARMS
    subj_words = _subject_words(doc, c)
    cands: list[Support] = []
    for s, sw, attributed, source in body:
        common = words & sw
        if not common:
            continue
        informative = common - subj_words
        others = words - subj_words - HARMS
        need = max(1, min(2, len(others)))
        ok = (harm & common and len(informative - HARMS) >= need) or len(informative) >= 4
        if not ok:
            continue
        cands.append(Support(s, attributed, source, len(informative)))
    if not cands:
        return None
    top = max(c.score for c in cands)
    # of the sentences that say about as much, the attributed one: the body's own sourcing
    near = [c for c in cands if c.score >= 0.6 * top]
    return max(near, key=lambda c: (c.attributed, c.source is not None, c.score, -c.sentence.start))


# --------------------------------------------------------------------------------------
# Rules


def _block_word(doc: Document, offset: int) -> tuple[str, str]:
    b = doc.article.block_at(offset)
    kind = b.kind if b is not None else "paragraph"
    return {"headline": ("the headline", "the headline"), "standfirst": ("the standfirst", "the standfirst"),
            "bullet": ("a bullet point", "the bullet point")}.get(kind, ("the text", "the text"))


def _gist(doc: Document, c: Claim, limit: int = 90) -> str:
    t = " ".join(doc.text[c.start:c.end].split())
    return t if len(t) <= limit else t[:limit - 1].rsplit(" ", 1)[0] + "…"


@rule("CD500", "attribution-share", "attribution", "info")
def attribution_share(doc: Document) -> Iterator[Finding]:
    """What it finds: how many of the article's strong claims (wrongdoing, violence, blame
    laid at someone's door) carry a source: "strong claims: 23, 6 attributed (26%)". One
    finding on the headline, when the article makes any strong claim.

    Why it matters: a story that accuses people mostly in its own voice needs a closer
    read for sourcing; the share is the quickest measure of it (summary.attribution holds
    the same figures).

    Example: a profile with 23 strong claims of which 6 are attributed gives "strong
    claims: 23, 6 attributed (26%); 17 in the article's own voice".
    """
    a = analyse(doc)
    if not a.strong:
        return
    n = len(a.strong)
    k = sum(1 for c in a.strong if c.source.kind == "attributed")
    first = doc.blocks[0]
    yield Finding(
        code="CD500",
        message=f"strong claims: {n}, {k} attributed ({round(100 * k / n)}%); "
                f"{n - k} in the article's own voice",
        evidence=[doc.span(first.start, first.end, "headline" if first.kind == "headline" else "start")],
    )


@rule("CD501", "display-claim-attributed", "attribution", "warning")
def display_claim_attributed(doc: Document) -> Iterator[Finding]:
    """What it finds: a headline, standfirst or bullet point that asserts wrongdoing,
    violence or blame in the article's own voice, when the body gives the same claim only
    with a source ("US officials say ... some 600 US troops"). The message names the source
    and the line.

    Why it matters: readers take the headline as the article's verdict. When the body
    hedges a claim with a source and the display text drops it, the story says more than
    its reporting supports: the classic headline complaint.

    Example: headline "General masterminded the killing of hundreds of US troops", body
    "US officials say the Guard under him taught militants ... resulting in the deaths of
    some 600 US troops" gives "the headline asserts it; the body attributes it to US
    officials, line 36".
    """
    yield from _display_findings(doc, attributed=True)


@rule("CD502", "display-claim-unsupported", "attribution", "warning")
def display_claim_unsupported(doc: Document) -> Iterator[Finding]:
    """What it finds: a headline, standfirst or bullet point that asserts wrongdoing,
    violence or blame in the article's own voice when nothing in the body says the same
    thing, with or without a source. A word of violence next to a medium ("attack ad",
    "radio assault") is an attack made with words and asserts no violence.

    Why it matters: display text must be supported by the story under it. An accusation
    that appears only in a headline or a bullet is unsourced and unreported.

    Example: bullet "Minister ordered the beating of protesters" over a body that never
    mentions a beating gives "a bullet point asserts it; nothing in the body supports it".
    """
    yield from _display_findings(doc, attributed=False)


def _display_findings(doc: Document, attributed: bool) -> Iterator[Finding]:
    yield from _claim_display_findings(doc, attributed)
    covered = set()
    for c, _sup in analyse(doc).display:
        b = doc.article.block_at(c.start)
        if b is not None:
            covered.add(b.start)
    yield from display_findings(doc, attributed, covered)


def _claim_display_findings(doc: Document, attributed: bool) -> Iterator[Finding]:
    groups: dict[int, list[tuple[Claim, Support | None]]] = {}
    for c, sup in analyse(doc).display:
        b = doc.article.block_at(c.start)
        groups.setdefault(b.start if b is not None else c.start, []).append((c, sup))
    for _, items in sorted(groups.items()):
        if attributed:
            chosen = [(c, s) for c, s in items if s is not None and s.attributed]
        else:
            chosen = [(c, s) for c, s in items if s is None]
        if not chosen:
            continue
        chosen = _dedupe(chosen)
        c, sup = chosen[0]
        where, there = _block_word(doc, c.start)
        if attributed:
            line = doc.article.line_col(sup.sentence.start)[0]
            who = f" to {sup.source}" if sup.source else ""
            msg = (f"{where} asserts it (“{_gist(doc, c)}”); the body attributes it{who}, line {line}: "
                   f"attribute it in {there} too, or soften it")
            evidence = [doc.span(x.start, x.end, "claim") for x, _ in chosen]
            seen = set()
            for _, s in chosen:
                if s.sentence.start not in seen:
                    seen.add(s.sentence.start)
                    evidence.append(s.sentence.span("attributed"))
        else:
            msg = (f"{where} asserts it (“{_gist(doc, c)}”); nothing in the body supports it: "
                   f"source it in the body, or cut it")
            evidence = [doc.span(x.start, x.end, "claim") for x, _ in chosen]
        if len(chosen) > 1:
            msg = msg.replace("asserts it", f"asserts {len(chosen)} such claims", 1)
        yield Finding(code="CD501" if attributed else "CD502", message=msg, evidence=evidence)


def _dedupe(items):
    """Nested claims of one clause ("helped X slaughter", "X slaughter") count once."""
    out = []
    for c, s in sorted(items, key=lambda t: (t[0].start, -(t[0].end - t[0].start))):
        if any(o.start <= c.start and c.end <= o.end for o, _ in out):
            continue
        out.append((c, s))
    return out


@rule("CD503", "unattributed-strong-claim", "attribution", "warning")
def unattributed_strong_claim(doc: Document) -> Iterator[Finding]:
    """What it finds: a sentence in the body that lays wrongdoing, violence or blame at a
    named person's or group's door in the article's own voice, with no source in the
    sentence, earlier in its paragraph, or elsewhere in the body for the same claim. Court
    outcomes and pleas ("was convicted of murder"), a group's own claim of responsibility,
    hedged claims ("reportedly"), acts the sentence dates ten years or more before
    publication ("In 1981, he shot ...": history) and tolls from accidents or storms are not flagged, nor
    are violence words in a verbal sense ("shot back that ...") or done to animals ("shot
    two deer", "kill and sacrifice goats").

    Why it matters: an accusation the article makes itself is one the publisher must be
    able to defend. Naming who says so ("police said", "according to court papers") is the
    copy desk's first fix.

    Example: "Soleimani oversaw the killing of hundreds of protesters in Iraq" with no
    source gives "the article asserts it in its own voice, with no source".
    """
    seen: set[int] = set()
    a = analyse(doc)
    sents = _Sentences(doc) if a.body else None
    for c in _dedupe([(c, None) for c in a.body]):
        c = c[0]
        si = sents.at(c.start)
        if si in seen:
            continue
        seen.add(si)
        same = [x for x in a.body if sents.at(x.start) == si]
        same = [x for x, _ in _dedupe([(x, None) for x in same])]
        yield Finding(
            code="CD503",
            message=f"the article asserts it in its own voice, with no source: “{_gist(doc, c)}”; "
                    f"say who says so, or soften it",
            evidence=[doc.span(x.start, x.end, "claim") for x in same],
        )
