"""Recall on injected errors: known mistakes put into clean Wikinews reports.

    .venv/bin/python eval/recall.py [--data PATH] [--per-kind N] [--seed S] [--misses]

Takes the edited reports in ../shared/eval/news/articles.jsonl (never copied into the
project), injects one known error into a copy of an article, checks the copy with
``copydesk.Checker`` and counts the error as found when a warning or error finding that the
clean article did not have points at the injected passage (its evidence overlaps it). The
kinds, each chosen by plain text patterns, not by copydesk's own analysis:

* ``age``: an age off by a year: after a paragraph that gives a person's age ("Jane Doe,
  45," or "the 45-year-old Doe"), a new paragraph gives a birth date that makes them a
  year older on the publication date ("Doe was born on March 3, 1973.");
* ``repeat``: a paragraph of 15 words or more pasted again two paragraphs later;
* ``misspelt``: one later mention of a surname that the article uses at least twice, with
  two inner letters swapped ("Kowalczyk" -> "Kowalcyzk");
* ``year``: a fact restated with a changed year: a sentence that dates something ("...
  in 2015.") restated in a later paragraph as "<Subject> ... in 2013." (the year moved by
  two);
* ``attribution``: a removed attribution: in a sentence that attributes a harm ("Police
  said the man shot two officers", "..., officials said", "According to X, ..."), the
  attribution is cut and the claim left in the article's own voice.

Prints the share found per kind and overall (the goal: 90 % or more at warning or above),
and with ``--misses`` writes each miss to eval/out/recall_misses.txt for reading.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from _common import OUT as OUT_DIR, SHARED  # noqa: E402  (first: sets sys.path)

DATA = SHARED / "news" / "articles.jsonl"
OUT = OUT_DIR / "recall_misses.txt"
KINDS = ("age", "repeat", "misspelt", "year", "attribution", "attribution (headline)")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
NAME = r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2}"
NAME1 = r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}"
AGE_RES = [re.compile(rf"\b(?P<name>{NAME1}), (?:aged )?(?P<age>[2-9]\d),(?! \d)"),
           re.compile(rf"\b(?P<name>{NAME1}),? aged (?P<age>[2-9]\d)\b(?! (?:to|and|or)\b)"),
           re.compile(rf"\b(?P<age>[2-9]\d)-year-old (?:[a-z]+ ){{0,3}}(?P<name>{NAME})\b")]
YEAR_RE = re.compile(r"\b(?:in|since|from|until) (?P<year>(?:19[5-9]|20[01])\d)\b")
HARM = r"(?:killed|shot|murdered|stabbed|attacked|assaulted|raped|tortured|beat|kidnapped|abducted|" \
       r"bribed|stole|defrauded|embezzled|abused|strangled|executed|bombed|massacred)"
# A harm in any form the content may put it: a past tense, an infinitive or participle after
# an aspect verb ("began to stab people", "continued to attack others"), a light verb with a
# harm noun ("carried out two attacks", "ordered the killing"), "abusive", "incited".
HARM_ANY = rf"(?:{HARM}|(?:to|began|started|continued) (?:kill|shoot|murder|stab|attack|assault|rape|" \
           r"torture|beat|kidnap|abuse)(?:ing)?|(?:carried out|performed|committed|ordered|planned|launched|" \
           r"incited|directed) (?:the |a |an |two |three |several |[\w'’-]+'s? )?(?:[\w-]+ )?(?:attacks?|" \
           r"killings?|murders?|bombings?|shootings?|stabbings?|massacre)|(?:had been|has been|was|were|is|are) " \
           r"(?:physically |sexually |verbally )?abusive)"
# The attributed content must lay a harm at an agent's door: a name, a group, a pronoun or a
# definite description of a person or group ("the man", "the crown prince", "the accused") as
# the subject of an active harm ("Houthis have attacked journalists", "He shot ...").
PERSONISH = r"(?:man|woman|boy|girl|men|women|suspects?|attackers?|gunman|gunmen|shooter|assailants?|" \
            r"accused|defendants?|driver|officers?|soldiers?|troops|police|guards?|prince|king|president|" \
            r"minister|leader|general|commander|militants?|rebels?|fighters|forces|group|gang|regime|" \
            r"government|army|militia|father|mother|husband|wife|teacher|priest|doctor|player|coach|" \
            r"owner|official|officials)"
AGENT = rf"(?:[A-Z][\w'’-]+(?: (?:[A-Z][\w'’-]+|bin|al|de|van|von))*|[Hh]e|[Ss]he|[Tt]hey|" \
        rf"(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir) (?:[\w'’-]+ ){{0,2}}{PERSONISH})"
AGENT_HARM = rf"^(?P<agent>{AGENT})\s+(?:(?![\w'’-]+ed\s+by\b)[^,;]{{0,80}}?\s)?{HARM_ANY}\b"
HEDGED = re.compile(r"\b(?:reportedly|allegedly|may|might|could|would|possibly|probably|apparently|if|whether|"
                    r"not|never|no|denied|tried|attempted|failed|planned to|wanted|threatened)\b", re.I)
REPORT = r"(?:said|says|say|alleged|alleges|claimed|claims|stated|reported|reports|told (?:the |a )?[\w ]{1,30}?|" \
         r"believe|believes|added|confirmed|confirms)"
ATTR_RES = [
    # "Police said (that) the man shot two officers."
    re.compile(rf"^(?P<frame>[A-Z][\w.'’-]*(?:,? [\w.'’-]+){{0,12}}? {REPORT}(?: that)?\s+)"
               rf"(?P<content>(?!to )[^.]*\.)$"),
    # "The man shot two officers, police said."
    re.compile(rf"^(?P<content>[^.]*?)(?P<frame>,\s+(?:[\w.'’-]+\s+){{1,6}}?{REPORT}(?: [\w ]{{0,30}})?)(?P<end>\.)$"),
    # "According to police, the man shot two officers."
    re.compile(rf"^(?P<frame>According to [^,]{{3,60}},\s+)(?P<content>[^.]*\.)$"),
    # "The man shot two officers, according to police."
    re.compile(rf"^(?P<content>[^.]*?)(?P<frame>,? according to [^,.]{{3,60}})(?P<end>\.)$"),
]
# "X is accused of shooting and killing two people": the accusation cut, the verbs made finite.
ACCUSED_RE = re.compile(r"^(?P<pre>(?:[^,]*, )*?)(?P<subj>[^,]*?) (?P<frame>(?:is|was|are|were|has been|have been|had been) "
                        r"(?:\w+ )?accused of) (?P<rest>[^.]*\.)$")
IRREGULAR_PAST = {"shooting": "shot", "stealing": "stole", "beating": "beat", "leading": "led",
                  "running": "ran", "making": "made", "taking": "took", "giving": "gave",
                  "keeping": "kept", "holding": "held", "selling": "sold", "paying": "paid",
                  "lying": "lied", "trying": "tried", "misleading": "misled", "fighting": "fought"}


def _past(verb: str) -> str:
    """'killing' -> 'killed', 'defrauding' -> 'defrauded', 'stabbing' -> 'stabbed'."""
    return IRREGULAR_PAST.get(verb) or verb[:-3] + "ed"


@dataclass
class Case:
    kind: str
    article: str
    text: str
    published: str
    region: tuple[int, int]  # the injected passage
    note: str


def article_text(row: dict) -> str:
    title = (row.get("title") or "").strip()
    return f"{title}\n\n{row['text']}" if title else row["text"]


def paragraphs(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for m in re.finditer(r"\n\s*\n", text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return [(a, b) for a, b in out if text[a:b].strip()]


def insert_paragraph(text: str, after_end: int, para: str) -> tuple[str, tuple[int, int]]:
    new = text[:after_end] + "\n\n" + para + text[after_end:]
    start = after_end + 2
    return new, (start, start + len(para))


WEEKDAYS_MONTHS = frozenset(MONTHS) | {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                                        "Sunday"}


def _a_surname(text: str, name: str, start: int) -> str | None:
    """The last word of a person's name, or None when the match is not one: a place after
    "the" ("in the Philippines, 79,"), a date ("On July 25,"), or a word the article also
    writes in lower case ("Metropolitan Police sergeant": "police")."""
    words = name.split()
    surname = " ".join(words[-2:]) if len(words) > 2 and words[-2] in ("De", "Van", "Von", "Al", "Bin", "Le", "La") \
        else words[-1]
    if surname in WEEKDAYS_MONTHS or re.search(r"\b(?:the|in|of|at|from|on)\s+$", text[max(0, start - 6):start]):
        return None
    if re.search(rf"\b{re.escape(surname.split()[-1].lower())}\b", text):
        return None
    return surname


def inject_age(row, text, pub: date, rnd) -> Case | None:
    paras = paragraphs(text)[1:]
    for a, b in paras:
        for rx in AGE_RES:
            for m in rx.finditer(text, a, b):
                age = int(m.group("age"))
                surname = _a_surname(text, m.group("name"), m.start("name"))
                if surname is None:
                    continue
                # a birthday 40 days before the publication date: a year older than stated
                day = pub - timedelta(days=40)
                born = date(day.year - age - 1, day.month, min(day.day, 28))
                para = f"{surname} was born on {MONTHS[born.month - 1]} {born.day}, {born.year}."
                new, region = insert_paragraph(text, b, para)
                return Case("age", row["id"], new, row["published"], (m.start(), region[1]),
                            f"{m.group(0)!r} + {para!r}")
    return None


def inject_repeat(row, text, pub, rnd) -> Case | None:
    paras = [p for p in paragraphs(text)[1:] if len(text[p[0]:p[1]].split()) >= 15]
    if len(paras) < 2:
        return None
    a, b = rnd.choice(paras[:-1])
    later = [p for p in paragraphs(text) if p[0] > b]
    after = later[min(1, len(later) - 1)][1] if later else b
    new, region = insert_paragraph(text, after, text[a:b])
    return Case("repeat", row["id"], new, row["published"], region, text[a:b][:80])


def inject_misspelt(row, text, pub, rnd) -> Case | None:
    names = Counter(m.group(2) for m in re.finditer(r"\b([A-Z][a-z]+) ([A-Z][a-z]{5,})\b", text))
    from wordfreq import zipf_frequency

    # a person's or a place's name, not a capitalised common word ("Vice President", "Easter Island")
    surnames = [n for n in names if len(re.findall(rf"\b{n}\b", text)) >= 2 and zipf_frequency(n.lower(), "en") < 3.0]
    rnd.shuffle(surnames)
    for s in surnames:
        hits = [m for m in re.finditer(rf"\b{s}\b", text)]
        m = hits[-1]
        i = len(s) // 2
        if s[i] == s[i + 1]:
            continue
        wrong = s[:i] + s[i + 1] + s[i] + s[i + 2:]
        new = text[:m.start()] + wrong + text[m.end():]
        return Case("misspelt", row["id"], new, row["published"], (m.start(), m.end()), f"{s} -> {wrong}")
    return None


def inject_year(row, text, pub, rnd) -> Case | None:
    paras = paragraphs(text)
    body = paras[1:] if len(paras) > 2 else paras
    for a, b in body[:-1]:
        for sm in re.finditer(r"[^.!?\n]+[.!?]", text[a:b]):
            sent = sm.group(0).strip()
            m = YEAR_RE.search(sent)
            if not m or len(sent.split()) < 8 or len(sent.split()) > 40 or '"' in sent or "“" in sent:
                continue
            year = int(m.group("year"))
            changed = sent[:m.start("year")] + str(year - 2) + sent[m.end("year"):]
            new, region = insert_paragraph(text, paras[-1][1], "As reported, " + changed[0].lower() + changed[1:]
                                           if not changed[0].isupper() or changed.split()[0] in ("The", "A", "An", "In", "On")
                                           else changed)
            return Case("year", row["id"], new, row["published"], region, f"{sent!r} restated with {year - 2}")
    return None


SENT_END = re.compile(r"(?<![A-Z])(?<!\b(?:Mr|Dr|St|Ms|Jr|Sr|Lt|Mt))(?<!\bMrs)[.!?](?=\s+[A-Z“\"(])")
CLAIMED_TO_HAVE = re.compile(rf"^(?P<subj>{AGENT}) (?P<frame>(?:claimed|claims|is said|was said|are said|"
                             rf"were said|is believed|was believed|are believed|were believed) to have) "
                             rf"(?P<rest>{HARM}\b[^.]*\.)$")


# A sentence that gives a source, whose attribution the next sentence of its paragraph may share.
CARRIES = re.compile(rf"\b(?:{REPORT}|according to|reportedly|allegedly)\b", re.I)


def sentences(text: str, a: int, b: int):
    """(start, end) of each sentence of a paragraph, by end punctuation before a capital."""
    start = a
    for m in SENT_END.finditer(text, a, b):
        yield start, m.end()
        start = m.end()
        while start < b and text[start].isspace():
            start += 1
    if start < b:
        yield start, b


def _agent_harm(content: str) -> bool:
    """The content lays an active harm at a named, pronoun or definite agent's door, in plain
    words ("the crown prince ordered Khashoggi's killing"), asserted (no hedge, no negation)."""
    m = re.match(AGENT_HARM, content)
    if not m or len(content.split()) < 4 or HEDGED.search(content):
        return False
    agent = m.group("agent")
    if agent.split()[0] in ("It", "This", "That", "These", "Those", "There", "As", "In", "On", "At",
                            "Yesterday", "Today", "Earlier", "Later", "Then", "A", "An", "Some"):
        return False  # a sentence opener, not a name
    between = content[m.end("agent"):m.end()]
    if between.endswith("abusive"):
        return True
    return not re.search(r"\b(?:was|were|is|are|be|been|being|get|got)\s+(?:\w+ly\s+)?\w+$", between)


def cut_attribution(sent: str) -> tuple[str, str] | None:
    """(the claim alone in the article's own voice, the kind of frame cut), or None when the
    sentence does not attribute a harm laid at an agent's door."""
    m = ACCUSED_RE.match(sent)
    if m and re.fullmatch(AGENT, m.group("subj")):
        adv = m.group("frame").split()[-3] if len(m.group("frame").split()) == 4 else ""
        adv = adv if adv.endswith("ly") or adv in ("also", "later") else ""
        rest = re.sub(r"(?:(?<=^)|(?<=\band )|(?<=\bor )|(?<=, ))(?:of )?([a-z]+ing)\b",
                      lambda g: _past(g.group(1)), m.group("rest"))
        rest = re.sub(r"\band of ", "and ", rest)
        content = f"{m.group('subj')} {adv + ' ' if adv else ''}{rest}"
        if _agent_harm(content):
            return (m.group("pre") or "") + content, "accused of"
    m = CLAIMED_TO_HAVE.match(sent)
    if m:
        content = f"{m.group('subj')} {m.group('rest')}"
        if _agent_harm(content):
            return content, "claimed to have"
    for rx in ATTR_RES:
        m = rx.match(sent)
        if not m:
            continue
        content = m.group("content").strip()
        content = re.sub(r"^that\s+", "", content)
        if "end" in rx.groupindex:
            content = content.rstrip(",") + m.group("end")
        if _agent_harm(content):  # before the capital: "it killed" is no name
            return content[0].upper() + content[1:], "frame"
    return None


def inject_attribution(row, text, pub, rnd, headline=False) -> Case | None:
    """Cut the attribution of a harm laid at an agent's door (chosen by the text patterns
    above, in a sentence with no quotation marks): the sentence becomes the claim alone, in
    the article's own voice ("Prosecutors said the crown prince ordered the killing." -> "The
    crown prince ordered the killing."). With ``headline``, the claim becomes the headline
    instead and the body keeps its attribution (a display line that drops the source)."""
    paras = paragraphs(text)
    if len(paras) < 2:
        return None
    for pa, pb in paras[1:]:
        prev = ""
        for a, b in sentences(text, pa, pb):
            sent = text[a:b].strip()
            before, prev = prev, sent
            if any(q in sent for q in '"“”') or not sent.endswith("."):
                continue
            cut = cut_attribution(sent)
            if cut is None:
                continue
            if not headline and CARRIES.search(before):
                continue  # "X said ... . <claim>": the source before it may carry over; not cut
            content, how = cut
            if headline:
                claim = content.rstrip(".")
                new = claim + text[paras[0][1]:]
                return Case("attribution (headline)", row["id"], new, row["published"], (0, len(claim)),
                            f"headline {claim!r}; body keeps {sent!r}")
            new = text[:a] + content + text[a + len(sent):]
            return Case("attribution", row["id"], new, row["published"], (a, a + len(content)),
                        f"{sent!r} -> {content!r} ({how})")
    return None


def inject_headline(row, text, pub, rnd) -> Case | None:
    return inject_attribution(row, text, pub, rnd, headline=True)


INJECT = {"age": inject_age, "repeat": inject_repeat, "misspelt": inject_misspelt, "year": inject_year,
          "attribution": inject_attribution, "attribution (headline)": inject_headline}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(DATA))
    ap.add_argument("--per-kind", type=int, default=40)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--misses", action="store_true")
    args = ap.parse_args()

    import copydesk

    rows = [json.loads(x) for x in Path(args.data).read_text("utf-8").splitlines() if x.strip()]
    rnd = random.Random(args.seed)
    checker = copydesk.Checker(config=False)
    clean_ids: dict[str, set[str]] = {}
    for row, rep in zip(rows, checker.pipe([(article_text(r), r["published"]) for r in rows])):
        clean_ids[row["id"]] = {f.id for f in rep.findings}
    cases: list[Case] = []
    for kind in KINDS:
        order = rows[:]
        rnd.shuffle(order)
        n = 0
        for row in order:
            if n >= args.per_kind:
                break
            case = INJECT[kind](row, article_text(row), date.fromisoformat(row["published"]), rnd)
            if case is not None:
                cases.append(case)
                n += 1
    needed = {c.article for c in cases}
    found: Counter[str] = Counter()
    total: Counter[str] = Counter()
    by_code: dict[str, Counter[str]] = {k: Counter() for k in KINDS}
    misses = []
    for case, rep in zip(cases, checker.pipe([(c.text, c.published) for c in cases])):
        total[case.kind] += 1
        s, e = case.region
        hit = [f for f in rep.findings if f.severity in ("error", "warning") and f.id not in clean_ids[case.article]
               and any(ev.start < e and ev.end > s for ev in f.evidence)]
        if hit:
            found[case.kind] += 1
            by_code[case.kind][hit[0].code] += 1
        else:
            misses.append(case)
    print(f"{len(cases)} injected errors in {len(needed)} articles")
    print(f"{'kind':<22} {'found':>6} {'of':>4} {'share':>7}   codes")
    for k in KINDS:
        if total[k]:
            codes = ", ".join(f"{c} {n}" for c, n in by_code[k].most_common())
            print(f"{k:<22} {found[k]:>6} {total[k]:>4} {found[k] / total[k]:>7.1%}   {codes}")
    t, f = sum(total.values()), sum(found.values())
    print(f"{'all':<22} {f:>6} {t:>4} {f / t if t else 0:>7.1%}   (goal >= 90%)")
    if args.misses:
        OUT.parent.mkdir(parents=True, exist_ok=True)
        with OUT.open("w", encoding="utf-8") as fh:
            for c in misses:
                fh.write(f"{c.kind} {c.article}: {c.note}\n   …{c.text[max(0, c.region[0] - 80):c.region[1] + 40]!r}\n\n")
        print(f"misses written to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
