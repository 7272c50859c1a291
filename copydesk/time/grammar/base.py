"""The time grammar's building blocks: shared pattern pieces, the candidate a rule returns
(:class:`Cand`), small text helpers, and the rule registry (``@rule``) every rule module
adds to, in the order the modules are imported."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

from ...lazy_re import LazyPattern
from .. import lexicon as lx


B = r"(?<![\w])"
E = r"(?![\w])"
DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
YEAR = r"(?:1[0-9]{3}|20[0-9]{2})(?![\d])"
MONTH, MONTH_STRICT, WEEKDAY, WEEKDAY_ANY = lx.MONTH, lx.MONTH_STRICT, lx.WEEKDAY, lx.WEEKDAY_ANY
NUM = lx.NUM
NUM_A = rf"(?:{NUM}|an?)"
REL = (r"last|this|next|this\s+past|this\s+coming|the\s+coming|coming|past|the\s+past|"
       r"the\s+previous|the\s+following|the\s+current")
PM = r"(?:(?P<pm>early|mid|late)(?:-|\s+|(?=-)))"
PP = (r"(?:(?P<pp>the\s+(?:very\s+)?(?:beginning|start|end|middle|close|dawn|turn)|"
      r"the\s+(?:first|second|latter|last)\s+half|the\s+(?:first|latter|last|early|later)\s+part)"
      r"\s+of\s+)")
ORDWORD = "|".join(sorted((k for k in lx.ORDINALS if lx.ORDINALS[k] > 0), key=len, reverse=True))
WORD_RE = re.compile(r"[\w'’.-]+")


@dataclass
class Cand:
    start: int
    end: int
    kind: str
    data: dict = field(default_factory=dict)
    rule: str = ""

    @property
    def length(self) -> int:
        return self.end - self.start


# --- small helpers -----------------------------------------------------------------------

def prev_words(text: str, pos: int, n: int = 1) -> list[str]:
    """Up to n words before pos, nearest last, lower-cased, punctuation kept apart."""
    chunk = text[max(0, pos - 60):pos]
    toks = re.findall(r"[\w'’.&#$£€-]+|[^\w\s]", chunk)
    return [t.lower() for t in toks[-n:]] if toks else []


def prev_word(text: str, pos: int) -> str:
    w = prev_words(text, pos, 1)
    return w[0] if w else ""


def prev_raw(text: str, pos: int) -> str:
    """The word just before pos as written (case kept), '' at a sentence or line start."""
    chunk = text[max(0, pos - 40):pos]
    m = re.search(r"([\w'’.-]+)\s*$", chunk)
    if not m:
        return ""
    return m.group(1)


def next_raw(text: str, pos: int) -> str:
    m = re.match(r"\s*([\w'’-]+|[^\w\s])", text[pos:pos + 40])
    return m.group(1) if m else ""


def at_sentence_start(text: str, pos: int) -> bool:
    chunk = text[max(0, pos - 4):pos]
    return pos == 0 or not chunk.strip() and (pos < 4 or "\n" in text[max(0, pos - 4):pos]) or \
        bool(re.search(r"(?:^|[.!?\"”:]\s+|\n\s*)$", text[max(0, pos - 4):pos]))


def parse_num(s: str) -> float | None:
    """A count as a number; None for fuzzy counts ("several", "a few")."""
    s = s.strip().lower().replace("-", " ")
    half = 0.0
    if s.endswith("and a half"):
        half = 0.5
        s = s[: -len("and a half")].strip()
    s = re.sub(r"\s+", " ", s)
    if re.fullmatch(r"[\d,]+(?:\.\d+)?", s):
        return float(s.replace(",", "")) + half
    if s in lx.SMALL:
        return lx.SMALL[s] + half
    if s in ("dozen", "a dozen"):
        return 12 + half
    m = re.fullmatch(r"(a|one|two|three|four|five) hundred", s)
    if m:
        return (1 if m[1] in ("a", "one") else lx.SMALL[m[1]]) * 100 + half
    parts = s.split()
    if parts and parts[0] in lx.TENS:
        v = lx.TENS[parts[0]]
        if len(parts) == 2 and parts[1] in lx.SMALL and lx.SMALL[parts[1]] < 10:
            v += lx.SMALL[parts[1]]
        elif len(parts) > 1:
            return None
        return v + half
    if s == "a couple of":
        return 2 + half
    return None


def month_num(word: str) -> int:
    return lx.MONTHS[word.lower().rstrip(".")]


def weekday_num(word: str) -> int:
    return lx.WEEKDAYS[word.lower().rstrip(".")]


def day_num(s: str) -> int:
    return int(re.match(r"\d+", s).group(0))


def _pm_mod(pm: str | None, pp: str | None) -> str | None:
    if pm:
        return {"early": "START", "mid": "MID", "late": "END"}[pm.lower()]
    if pp:
        pp = re.sub(r"\s+", " ", pp.lower())
        if "half" in pp or "part" in pp:
            if "first" in pp or "early" in pp:
                return "H1" if "half" in pp else "START"
            return "H2" if "half" in pp else "END"
        for key, mod in (("beginning", "START"), ("start", "START"), ("dawn", "START"),
                         ("turn", "START"), ("middle", "MID"), ("end", "END"), ("close", "END")):
            if key in pp:
                return mod
    return None


def unit_of(word: str) -> str:
    w = word.lower()
    return lx.PLURAL_UNIT.get(w, w)


def duration_value(n: float | None, unit: str) -> str:
    code, mult, in_time, _ = lx.UNITS[unit]
    if n is None:
        if unit in lx.X_UNITS:
            return lx.X_UNITS[unit]
        return ("PT" if in_time else "P") + "X" + code
    v = n * mult
    if unit == "fortnight":
        v = n * 2
    if code == "WE":
        code = "WE"
    num = str(int(v)) if float(v).is_integer() else f"{v:g}"
    return ("PT" if in_time else "P") + num + code


# --- rules ---------------------------------------------------------------------------------

Handler = Callable[[re.Match, str], "Cand | list[Cand] | None"]
RULES: list[tuple[str, re.Pattern, Handler]] = []


def rule(name: str, pattern: str, flags: int = re.I):
    rx = LazyPattern(pattern, flags)  # most rules never meet their trigger words in an article

    def deco(fn: Handler) -> Handler:
        RULES.append((name, rx, fn))
        return fn

    return deco


def C(match: re.Match, kind: str, group: int | str = 0, /, **data) -> Cand:
    return Cand(match.start(group), match.end(group), kind, data)
