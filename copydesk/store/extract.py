"""From a finished JSON report to the store's rows: what each claim says, with its date
normalised, and the facts (birth, death, age, a role's start or end) that articles can
disagree on. Reads only ``Report.to_dict()``: nothing here parses text again except to cut the
sentence a claim stands in and to tell a role's start from its end.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from importlib import resources

from ..names import fold_words, translit_key

FACT_PREDICATES = ("born", "died", "age", "role", "member_of")
# Words that carry no identity in a role or a place: "the chief executive of the company".
STOP = frozenset("a an the of for at in on to and 's its his her their former new then now".split())
YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")
_SENT_END = re.compile(r"[.!?][\"'”’)\]]*\s+")


def name_key(name: str) -> str:
    """One key for the ways a name is written: case, accents, hyphens and transliteration
    (Qassem / Qasem) aside."""
    return " ".join(translit_key(w) for w in fold_words(name))[:300]


def words_key(text: str) -> str:
    """Content words of a role or place, sorted: "Nordlicht Shipping's chief executive" and
    "chief executive of Nordlicht Shipping" are one key."""
    words = {w for w in fold_words(re.sub(r"['’]s\b", " ", text or "")) if w not in STOP}
    return " ".join(sorted(words))[:300]


def place_key(text: str) -> str:
    """A place's first component: "Qom, Iran" and "Qom" are one place."""
    head = re.split(r",|\(", text or "")[0]
    return words_key(head)


@lru_cache(maxsize=1)
def _vocabulary() -> dict[str, list[str]]:
    raw = resources.files("copydesk.data").joinpath("role_aspects.txt").read_text("utf-8")
    words: dict[str, list[str]] = {"start": [], "end": [], "title": []}
    for line in raw.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            kind, _, phrase = line.partition(" ")
            words[kind].append(phrase.strip())
    return words


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    return frozenset(w for t in _vocabulary()["title"] for w in fold_words(t))


@lru_cache(maxsize=1)
def _aspects() -> tuple[re.Pattern, re.Pattern]:
    words = {a: [re.escape(p).replace(r"\ ", r"\s+") for p in _vocabulary()[a]] for a in ("start", "end")}
    return tuple(re.compile(r"\b(?:" + "|".join(sorted(words[a], key=len, reverse=True)) + r")\b", re.I)
                 for a in ("start", "end"))


def role_aspect(clause: str) -> str | None:
    """'start', 'end' or None: what the date of a role claim dates."""
    start, end = _aspects()
    s, e = start.search(clause), end.search(clause)
    if s and e:
        return "start" if s.start() < e.start() else "end"
    return "start" if s else "end" if e else None


def sentence(text: str, start: int, end: int, blocks: list[dict]) -> str:
    """The sentence (within its block) that holds text[start:end]."""
    lo, hi = 0, len(text)
    for b in blocks:
        if b["start"] <= start < b["end"]:
            lo, hi = b["start"], b["end"]
            break
    left = lo
    for m in _SENT_END.finditer(text, lo, start):
        left = m.end()
    m = _SENT_END.search(text, max(end - 1, left), hi)
    right = m.start() + 1 if m else hi
    return " ".join(text[left:max(right, end)].split())


def year_of(value: str | None) -> int | None:
    if value and re.match(r"\d{4}", value):
        return int(value[:4])
    return None


def claim_dates(report: dict) -> dict[str, str]:
    """Claim id -> the TIMEX3 value of its date: the timeline's, else a timex inside the claim
    whose words are the claim's time, else a year written in it."""
    out: dict[str, str] = {}
    for t in report.get("timeline", []):
        for cid in t.get("claims", []):
            out.setdefault(cid, t["date"])
    timexes = [t for t in report.get("timexes", []) if t.get("type") == "DATE" and t.get("value")]
    for c in report.get("claims", []):
        if c["id"] in out or not c.get("time"):
            continue
        inside = [t for t in timexes if c["start"] <= t["start"] and t["end"] <= c["end"]]
        match = [t for t in inside if t["text"] == c["time"]] or [t for t in inside if c["time"] in t["text"]]
        if match and re.match(r"\d{4}", match[0]["value"]):
            out[c["id"]] = match[0]["value"]
        elif (m := YEAR.search(c["time"])):
            out[c["id"]] = m.group(1)
    return out


def facts(report: dict, dates: dict[str, str]) -> list[dict]:
    """The comparable facts in a report, one per claim: attribute, value, year, qualifier."""
    text = report["article"]["text"]
    people = {e["id"] for e in report.get("entities", []) if e.get("label") == "PERSON"}
    out: list[dict] = []
    for c in report.get("claims", []):
        subject, pred = c.get("subject"), c.get("predicate")
        if subject not in people or pred not in FACT_PREDICATES or c.get("polarity") == "negative":
            continue
        base = dict(claim=c["id"], subject=subject, source=c.get("source") or {}, certainty=c.get("certainty"))
        when = dates.get(c["id"])
        if pred in ("born", "died"):
            kind = "birth" if pred == "born" else "death"
            if when and year_of(when):
                out.append(dict(base, attribute=f"{kind}_date", value=when, year=year_of(when)))
            if c.get("object") and place_key(c["object"]):
                out.append(dict(base, attribute=f"{kind}_place", value=c["object"].strip()))
        elif pred == "age" and c.get("object") and str(c["object"]).isdigit():
            out.append(dict(base, attribute="age", value=str(int(c["object"]))))
        elif pred in ("role", "member_of") and when and year_of(when) and c.get("object"):
            aspect = role_aspect(text[c["start"]:c["end"]])
            if aspect:
                out.append(dict(base, attribute=f"role_{aspect}", value=when, year=year_of(when),
                                qualifier=c["object"].strip(), qualifier_key=words_key(c["object"])))
    return out


def context_words(report: dict, entity: str) -> set[str]:
    """What tells one person of a name from another: the content words of the roles and
    organisations the article gives them ("r:trust"), and of their places ("p:tromso")."""
    words: set[str] = set()
    for c in report.get("claims", []):
        if c.get("subject") != entity or not c.get("object"):
            continue
        if c["predicate"] in ("role", "member_of"):
            words |= {f"r:{w}" for w in set(words_key(c["object"]).split()) - _title_words() if len(w) > 2}
        elif c["predicate"] in ("born", "died", "located_in"):
            words |= {f"p:{w}" for w in place_key(c["object"]).split() if len(w) > 2}
    return {w[:120] for w in words}


def distinct_people(mine: set[str], theirs: set[str]) -> bool:
    """Two people of one name: both have roles or organisations and share none, nor a place.
    A differing place alone does not split them: that may be a birthplace disagreement."""
    roles_a = {w for w in mine if w.startswith("r:")}
    roles_b = {w for w in theirs if w.startswith("r:")}
    return bool(roles_a and roles_b and not roles_a & roles_b and not mine & theirs)


def published(report: dict) -> date | None:
    p = report["article"].get("published")
    return date.fromisoformat(p) if p else None
