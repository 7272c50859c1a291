"""Find temporal expressions in text: regex rules over the raw string, each with a handler
that checks the context and returns a :class:`Cand` holding what the words *mean*
(``kind`` and ``data``), not yet a TIMEX3 value, which needs the publication date, the
tense and the narrative (see :mod:`copydesk.time.resolve`).

Spans follow TempEval-3 (TimeML) extents: a determiner and pre-modifiers are inside
("the 1980s", "the past two years", "more than two decades", "late Thursday"), a
preposition is outside ("since 2008", "on Friday", "for 15 years"), a possessive 's is
outside ("Monday's").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

from ..lazy_re import LazyPattern
from . import lexicon as lx

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


# explicit calendar dates ---------------------------------------------------------------

@rule("iso", rf"{B}(?P<y>\d{{4}})-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-3]\d)(?:T(?P<h>[0-2]\d):(?P<mi>[0-5]\d))?{E}")
def _iso(m, text):
    if m["h"]:
        return C(m, "abs_time", y=int(m["y"]), m=int(m["m"]), d=int(m["d"]), h=int(m["h"]),
                 mi=int(m["mi"]), tz=None)
    return C(m, "ymd", y=int(m["y"]), m=int(m["m"]), d=int(m["d"]))


@rule("nine_eleven", rf"{B}(?P<x>9/11|(?-i:Sept(?:ember|\.)?)\s+11(?:th)?)(?=(?:\s+[\w-]+){{0,2}}\s+(?:attacks?|terror|terrorist|hijack|hijackers|commission|victims|memorial|anniversary|era|aftermath))|{B}9/11(?![/\d])", re.I)
def _nine_eleven(m, text):
    return C(m, "ymd", y=2001, m=9, d=11)


@rule("numeric", r"(?<![\w/.,$£€-])(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[0-3]?\d)(?P=sep)(?P<y>\d{4}|\d{2})(?![\w/]|[.-]\d)")
def _numeric(m, text):
    if m["sep"] != "/" and len(m["y"]) == 2:
        return None
    a, b = int(m["a"]), int(m["b"])
    if not (1 <= a <= 31 and 1 <= b <= 31) or (a > 12 and b > 12):
        return None
    return C(m, "numeric", a=a, b=b, y=m["y"])


@rule("month_day_year", rf"{B}(?:(?P<wd>{WEEKDAY_ANY}),?\s+)?(?:{PM})?(?P<mon>{MONTH})\s*(?P<day>{DAYNUM})(?:\s*,\s*|\s+)(?:of\s+)?(?P<y>{YEAR})", 0)
def _mdy(m, text):
    return C(m, "ymd", y=int(m["y"]), m=month_num(m["mon"]), d=day_num(m["day"]),
             mod=_pm_mod(m["pm"], None))


@rule("day_month_year", rf"{B}(?:(?P<wd>{WEEKDAY_ANY}),?\s+)?(?:the\s+)?(?P<day>{DAYNUM})(?:\s+of)?\s+(?P<mon>{MONTH}),?\s+(?P<y>{YEAR})", re.I)
def _dmy(m, text):
    return C(m, "ymd", y=int(m["y"]), m=month_num(m["mon"]), d=day_num(m["day"]), dayfirst=True)


@rule("month_day", rf"{B}(?:(?P<wd>{WEEKDAY_ANY}),?\s+)?(?:(?P<pm>early|late)\s+(?:on\s+)?)?(?P<mon>{MONTH})\s*(?P<day>{DAYNUM}){E}(?!\s*[-–]\s*\d|\s*(?:million|billion|percent|%|points|people))", re.I)
def _md(m, text):
    return C(m, "md", m=month_num(m["mon"]), d=day_num(m["day"]), mod=_pm_mod(m["pm"], None),
             wd=weekday_num(m["wd"]) if m["wd"] else None)


@rule("day_month", rf"(?<![\w$£€.,-])(?:(?P<wd>{WEEKDAY_ANY}),?\s+)?(?:(?P<the>the)\s+)?(?P<day>{DAYNUM})(?:\s+of)?\s+(?P<mon>{MONTH}){E}", re.I)
def _dm(m, text):
    d = day_num(m["day"])
    if not m["the"] and not re.search(r"(?:st|nd|rd|th)$", m["day"]) and m["wd"] is None:
        # "3 May" is a date; "25 March" after a count word ("aged 25 March") rarely is not
        pw = prev_word(text, m.start())
        if pw in ("aged", "age", "of", "$", "£", "€") or re.match(r"\d", pw or "x"):
            return None
    return C(m, "md", m=month_num(m["mon"]), d=d, dayfirst=True,
             wd=weekday_num(m["wd"]) if m["wd"] else None)


@rule("month_year", rf"{B}(?:{PM}|{PP})?(?P<mon>{MONTH}),?\s+(?:of\s+)?(?P<y>{YEAR})", re.I)
def _my(m, text):
    return C(m, "ym", y=int(m["y"]), m=month_num(m["mon"]), mod=_pm_mod(m["pm"], m["pp"]))


@rule("month_day_rel_year", rf"{B}(?P<mon>{MONTH})\s*(?P<day>{DAYNUM}),?\s+(?P<yrel>this|last|next)\s+year{E}(?!['’]s)", re.I)
def _mdry(m, text):
    return C(m, "md_yrel", m=month_num(m["mon"]), d=day_num(m["day"]),
             yoff={"this": 0, "last": -1, "next": 1}[m["yrel"].lower()])


@rule("month_rel_year2", rf"{B}(?:{PM})?(?P<mon>{MONTH_STRICT})\s+(?P<yrel>last|next)\s+year{E}(?!['’]s)", re.I)
def _mry2(m, text):
    return C(m, "month_yrel", m=month_num(m["mon"]), yoff={"last": -1, "next": 1}[m["yrel"].lower()],
             mod=_pm_mod(m["pm"], None))


@rule("month_rel_year", rf"{B}(?:{PM}|{PP})?(?P<mon>{MONTH_STRICT})(?=\s+of\s+(?P<yrel>this|last|next)\s+year)", re.I)
def _mry(m, text):
    off = {"this": 0, "last": -1, "next": 1}[m["yrel"].lower()]
    return C(m, "month_yrel", m=month_num(m["mon"]), yoff=off, mod=_pm_mod(m["pm"], m["pp"]))


CONTEXT_BEFORE_MONTH = {"in", "since", "until", "till", "by", "from", "through", "during", "before",
                        "after", "of", "to", "and", "or", "between", "last", "this", "next",
                        "early", "late", "mid", "mid-", "for", "on", "throughout", "that",
                        "past", "coming", "as", "around", "about", "into", "following",
                        "previous", "every", "each", "all", "beginning", "end", "start",
                        "middle", "late-", "early-"}


@rule("month", rf"{B}(?:(?P<rel>{REL})\s+)?(?:{PM}|{PP})?(?P<mon>{MONTH_STRICT}){E}(?!\s*\d|['’]s\s+[A-Z])", re.I)
def _month(m, text):
    word = m["mon"].lower().rstrip(".")
    if word in lx.AMBIGUOUS_MONTHS and not (m["rel"] or m["pm"] or m["pp"]):
        pw = prev_word(text, m.start())
        if pw not in CONTEXT_BEFORE_MONTH:
            return None
        nr = next_raw(text, m.end())
        if nr[:1].isupper() and nr.lower() not in ("and", "or"):
            return None  # "in March Madness", "of May Day"
    if not (m["rel"] or m["pm"] or m["pp"]):
        raw = prev_raw(text, m.start())
        if raw[:1].isupper() and raw.lower() not in CONTEXT_BEFORE_MONTH and \
                not at_sentence_start(text, m.start() - len(raw) - 1 if raw else m.start()):
            return None  # a name: "Theresa May", "Anne August"
    rel = re.sub(r"\s+", " ", m["rel"].lower()) if m["rel"] else None
    return C(m, "month", m=month_num(m["mon"]), rel=rel, mod=_pm_mod(m["pm"], m["pp"]))


@rule("weekday", rf"{B}(?:(?P<pm>early|late)\s+(?:on\s+)?)?(?:(?P<rel>last|this|next|this\s+past|this\s+coming|coming|past)\s+)?(?P<wd>{WEEKDAY_ANY})(?:(?=['’]s)|(?:\s+(?P<pod>morning|afternoon|evening|night|overnight))?(?:,?\s+(?:(?P<mon>{MONTH})\s*(?P<day>{DAYNUM})|(?:the\s+)?(?P<day2>{DAYNUM})(?:\s+of)?\s+(?P<mon2>{MONTH}))(?:,?\s+(?P<y>{YEAR}))?)?){E}", re.I)
def _weekday(m, text):
    raw = prev_raw(text, m.start())
    if raw in lx.NEWSPAPER_WORDS:
        return None  # "Black Monday", "Good Friday" (a holiday rule takes those)
    nr = next_raw(text, m.end())
    if not m["pod"] and not m["mon"] and not m["mon2"] and nr in lx.NEWSPAPER_WORDS:
        return None  # "the Sunday Times", "Saturday Night Live"
    wd = weekday_num(m["wd"])
    mod = _pm_mod(m["pm"], None)
    if m["mon"] or m["mon2"]:
        mon = month_num(m["mon"] or m["mon2"])
        day = day_num(m["day"] or m["day2"])
        if m["y"]:
            return C(m, "ymd", y=int(m["y"]), m=mon, d=day, mod=mod)
        return C(m, "md", m=mon, d=day, mod=mod, wd=wd)
    rel = re.sub(r"\s+", " ", m["rel"].lower()) if m["rel"] else None
    pod = lx.PARTS_OF_DAY[m["pod"].lower()] if m["pod"] else None
    return C(m, "weekday", wd=wd, rel=rel, mod=mod, pod=pod)


@rule("weekday_plural", rf"{B}(?P<wd>(?-i:Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays)){E}")
def _wd_plural(m, text):
    return C(m, "set", value=f"XXXX-WXX-{weekday_num(m['wd'][:-1]) + 1}")


@rule("day_of_month", rf"{B}(?P<x>the\s+(?P<day>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)|{ORDWORD}))(?=\s*(?:[,.;:)]|and\b|or\b|$|of\s+(?:this|last|next|the)\s+month))", re.I)
def _dom(m, text):
    if prev_word(text, m.start()) not in ("on", "by", "until", "till", "since", "from", "before", "after"):
        return None
    d = m["day"].lower()
    n = lx.ORDINALS.get(d) if d in lx.ORDINALS else day_num(d)
    if not n or n < 1 or n > 31:
        return None
    return C(m, "dom", "x", d=n)


# years, decades, centuries -------------------------------------------------------------

@rule("year", rf"(?<![\w$£€#.,'’/])(?<!\d[.,])(?P<y>{YEAR})(?!,\d|\.\d|[-–/]\d\d(?!\d)|%|s\b|\s*(?:%|per\s?cent))")
def _year(m, text):
    y = int(m["y"])
    if re.match(r"['’]s\b", text[m.end():m.end() + 3]) and y % 10 == 0:
        return None  # "the 1990's" is a decade; "2017's hurricane" can only be the year's
    pw = prev_word(text, m.start())
    if pw in lx.NOT_YEAR_BEFORE or pw in ("$", "£", "€", "#", "us$", "a$", "c$", "no", "nos"):
        return None
    if text[max(0, m.start() - 1):m.start()] in ("-", "–") and \
            not re.search(r"\d{4}\s*[-–]$", text[max(0, m.start() - 6):m.start()]):
        return None  # "A-1998", "mid-" handled by another rule
    nw = next_raw(text, m.end()).lower()
    if nw in lx.COUNT_WORDS_AFTER and not (nw == "of" and _dated_event_of(text, m.end(), pw, y)):
        return None
    raw_prev, raw_next = prev_raw(text, m.start()), next_raw(text, m.end())
    if raw_prev[:1].isupper() and raw_next[:1].isupper() and raw_prev.lower() not in lx.YEAR_PREPS \
            and raw_prev.lower().rstrip(".") not in lx.MONTHS:
        return None  # a name: "the Russell 2000 Index", "Windows 2000 Server"
    if y < 1900 or y > 2099:
        if pw not in lx.YEAR_PREPS and pw not in ("of", "the") and not pw.endswith("'s"):
            return None
    return C(m, "year", y=y)


_PARTITIVE_AFTER_OF = frozenset({"them", "those", "these", "which", "whom", "us", "you", "all", "each"})


def _dated_event_of(text: str, end: int, pw: str, y: int) -> bool:
    """'the return in 1980 of the hostages': a year after a time preposition, with the event's
    object after it; not the partitive count '1980 of them'."""
    if pw not in ("in", "since", "until", "before", "after", "during") or not 1900 <= y <= 2099:
        return False
    m = re.match(r"\s*of\s+([\w'’]+)", text[end:end + 40])
    return bool(m) and m.group(1).lower() not in _PARTITIVE_AFTER_OF


@rule("year_mod", rf"{B}(?:{PM}|{PP})(?P<y>{YEAR})(?!['’]?s\b)", re.I)
def _year_mod(m, text):
    mod = _pm_mod(m["pm"], m["pp"])
    if mod in ("H1", "H2"):
        return C(m, "abs", gran="half", y=int(m["y"]), sub=1 if mod == "H1" else 2)
    return C(m, "year", y=int(m["y"]), mod=mod)


@rule("fiscal", rf"{B}(?:fiscal(?:\s+year)?\s+|(?-i:FY)\s?)(?P<y>\d{{4}}|['’]?\d{{2}}){E}", re.I)
def _fiscal(m, text):
    y = m["y"].lstrip("'’")
    y = int(y) if len(y) == 4 else 2000 + int(y) if int(y) < 70 else 1900 + int(y)
    return C(m, "value", type="DATE", value=f"FY{y:04d}")


@rule("apos_year", r"(?<![\w'’])['’](?P<yy>\d{2})(?![\w'’%])")
def _apos_year(m, text):
    pw = prev_word(text, m.start())
    if pw not in ("since", "in", "of", "from", "to", "until", "by", "before", "after", "the",
                  "and", "class", "summer", "spring", "autumn", "fall", "winter", "'s", "—", "-"):
        return None
    return C(m, "apos_year", yy=int(m["yy"]))


DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                "seventies": 7, "eighties": 8, "nineties": 9}


@rule("decade", rf"{B}(?:(?P<the>the)\s+)?(?:{PM}|{PP})?(?:(?P<y4>1\d{{2}}0|20\d0)['’]?s|['’](?P<y2>\d0)['’]?s|(?P<y2b>\d0)['’]?s|(?P<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)){E}", re.I)
def _decade(m, text):
    pw = prev_word(text, m.start())
    if pw in ("his", "her", "their", "my", "your", "our", "its", "whose"):
        return None  # an age: "in his early 60s"
    mod = _pm_mod(m["pm"], m["pp"])
    if m["y4"]:
        y = int(m["y4"])
        if y % 100 == 0 and y < 2000:
            return C(m, "abs", gran="century", y=y // 100, mod=mod)
        return C(m, "abs", gran="decade", y=y // 10, mod=mod)
    if m["w"] or m["y2b"]:
        if not (m["the"] or m["pm"] or m["pp"]):
            # "the 70s and 80s": a bare 80s right after another decade
            if not re.search(r"\d0['’]?s\s+(?:and|or|to|through)\s*$|(?:and|or|to)\s*$", text[max(0, m.start() - 12):m.start()]) or \
                    not re.search(r"(?:the|\d0['’]?s)\b", text[max(0, m.start() - 20):m.start()]):
                return None
        if m["w"] and not (m["w"][0].isupper() or m["the"]):
            return None
    dd = DECADE_WORDS[m["w"].lower()] if m["w"] else int((m["y2"] or m["y2b"])) // 10
    return C(m, "abs", gran="decade", y=190 + dd if not (m["y2"] or m["y2b"]) or dd > 1 else 200 + dd,
             mod=mod)


@rule("century", rf"{B}(?:(?P<the>the)\s+)?(?:{PM}|{PP})?(?P<n>\d{{1,2}}(?:st|nd|rd|th)|{ORDWORD}|twenty-first|twenty\s+first)[-\s]+century{E}(?!-old)", re.I)
def _century(m, text):
    n = m["n"].lower().replace(" ", "-")
    n = lx.ORDINALS.get(n) if n in lx.ORDINALS else day_num(n)
    if not n or n < 1:
        return None
    return C(m, "abs", gran="century", y=n - 1, mod=_pm_mod(m["pm"], m["pp"]))


# seasons, quarters, halves ------------------------------------------------------------------

@rule("season", rf"{B}(?:(?P<rel>{REL}|that|the)\s+)?(?:{PM})?(?P<s>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(?P<y>{YEAR}))?{E}", re.I)
def _season(m, text):
    s = m["s"].lower()
    rel = re.sub(r"\s+", " ", m["rel"].lower()) if m["rel"] else None
    nxt = next_raw(text, m.end())
    if m["y"]:
        return C(m, "abs", gran="season", y=int(m["y"]), sub=lx.SEASON_WORDS[s],
                 mod=_pm_mod(m["pm"], None))
    if nxt.lower() == "of":
        return None  # "the fall of Rome"
    if s == "fall" and rel in (None, "the") and not m["pm"]:
        pw = prev_word(text, m.start() if rel is None else m.start())
        if rel is None or pw not in ("in", "during", "by", "until", "this", "since", "through"):
            return None  # the verb or noun "fall"
    if rel is None and not m["pm"]:
        pw = prev_word(text, m.start())
        raw = text[m.start():m.end()]
        if pw not in ("in", "during", "by", "until", "since", "through", "throughout", "over",
                      "early", "late", "mid", "next", "last", "this", "every", "each", "and",
                      "or") and not (raw[0].isupper() and not at_sentence_start(text, m.start())):
            return Cand(m.start(), m.end(), "season", dict(s=lx.SEASON_WORDS[s], rel=None,
                                                           weak=True))
    if rel == "the":
        pw = prev_word(text, m.start())
        if pw not in ("in", "during", "by", "until", "since", "through", "throughout", "over",
                      "for", "of", "into", "before", "after", "on"):
            return None
    if rel in ("that", "the following", "the previous"):
        # anchored on the narrative: "the following spring" is the first spring after it
        return C(m, "ana_season", s=lx.SEASON_WORDS[s],
                 dir={"that": 0, "the following": 1, "the previous": -1}[rel])
    return C(m, "season", s=lx.SEASON_WORDS[s], rel=rel, mod=_pm_mod(m["pm"], None))


QORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
        "final": 4, "last": 4}


@rule("quarter", rf"{B}(?:(?P<the>the)\s+)?(?:(?P<y1>{YEAR})\s+)?(?:fiscal\s+)?(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[-\s]+(?:fiscal\s+)?(?P<unit>quarter|half)(?:\s+of\s+(?:(?:the\s+)?(?:fiscal\s+)?(?:year\s+)?(?P<y2>{YEAR})|(?P<yrel>this|last|next)\s+year|(?P<ythe>the\s+(?:current\s+|fiscal\s+|same\s+|calendar\s+)?year)))?{E}(?!\s+(?:century|mile|inch|of\s+(?:a|an|the|his|her|its|their)\b))", re.I)
def _quarter(m, text):
    unit = m["unit"].lower()
    o = m["ord"].lower()
    y = m["y1"] or m["y2"]
    if unit == "half":
        if o not in ("first", "second", "1st", "2nd", "final", "last"):
            return None
        if not (y or m["yrel"] or m["ythe"]):
            return None  # "the first half" of a match
        sub = 1 if o in ("first", "1st") else 2
        if y:
            return C(m, "abs", gran="half", y=int(y), sub=sub)
        off = {"this": 0, "last": -1, "next": 1}[m["yrel"].lower()] if m["yrel"] else 0
        return C(m, "sub_yrel", gran="half", sub=sub, yoff=off)
    if o == "last" and not (y or m["yrel"] or m["ythe"]):
        # "the last quarter" is the one before the current one
        return C(m, "rel", gran="quarter", off=-1)
    q = QORD[o]
    if y:
        return C(m, "abs", gran="quarter", y=int(y), sub=q)
    if m["yrel"]:
        return C(m, "sub_yrel", gran="quarter", sub=q, yoff={"this": 0, "last": -1, "next": 1}[m["yrel"].lower()])
    return C(m, "quarter", q=q, rel=None)


@rule("q_code", rf"{B}(?:(?P<y1>{YEAR})\s*[-/]?\s*)?(?-i:Q)(?P<q>[1-4])(?:\s*[-/]?\s*(?P<y>{YEAR}|['’]\d\d))?{E}")
def _qcode(m, text):
    y = m["y"] or m["y1"]
    if y:
        y = y.lstrip("'’")
        y = int(y) if len(y) == 4 else 2000 + int(y)
        return C(m, "abs", gran="quarter", y=y, sub=int(m["q"]))
    return C(m, "quarter", q=int(m["q"]), rel=None)


@rule("rel_quarter", rf"{B}(?P<rel>last|this|next|the\s+current|the\s+previous|the\s+coming|the\s+past|the\s+following|that|the\s+same)\s+(?:fiscal\s+)?quarter{E}(?!\s+(?:of|century|mile))", re.I)
def _rel_quarter(m, text):
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    if rel in ("that", "the same"):
        return C(m, "ana", gran="quarter", off=0)
    if rel == "the following":
        return C(m, "ana", gran="quarter", off=1)
    off = {"last": -1, "the past": -1, "the previous": -1, "this": 0, "the current": 0,
           "next": 1, "the coming": 1}[rel]
    return C(m, "rel", gran="quarter", off=off)


@rule("half_rel", rf"{B}(?P<x>(?:this|last|next)\s+year)['’]s\s+(?P<ord>first|second)\s+half{E}", re.I)
def _half_rel(m, text):
    off = {"this": 0, "last": -1, "next": 1}[m["x"].split()[0].lower()]
    return C(m, "sub_yrel", gran="half", sub=1 if m["ord"].lower() == "first" else 2, yoff=off)


# relative to the publication date ---------------------------------------------------------------

@rule("today", rf"{B}(?:(?P<el>earlier|later|late|early)\s+)?(?P<w>today|yesterday|tomorrow|tonight|tonite)(?:\s+(?P<pod>morning|afternoon|evening|night))?{E}", re.I)
def _today(m, text):
    raw = m["w"]
    if raw[0].isupper() and not m["el"] and not at_sentence_start(text, m.start()):
        pr = prev_raw(text, m.start())
        if pr[:1].isupper() or pr.isupper():
            return None  # "USA Today", "Good Morning Today"
    w = m["w"].lower()
    off = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0, "tonite": 0}[w]
    pod = lx.PARTS_OF_DAY[m["pod"].lower()] if m["pod"] else ("NI" if w in ("tonight", "tonite") else None)
    el = (m["el"] or "").lower()
    mod = {"late": "END", "early": "START"}.get(el)
    return C(m, "rel", gran="day", off=off, pod=pod, mod=mod)


@rule("day_before", rf"{B}the\s+day\s+(?P<d>before\s+yesterday|after\s+tomorrow){E}", re.I)
def _day_before(m, text):
    return C(m, "rel", gran="day", off=-2 if m["d"].lower().startswith("before") else 2)


@rule("last_night", rf"{B}(?:(?P<el>late|early)\s+)?last\s+(?P<pod>night|evening){E}", re.I)
def _last_night(m, text):
    return C(m, "rel", gran="day", off=-1, pod=lx.PARTS_OF_DAY[m["pod"].lower()],
             mod={"late": "END", "early": "START"}.get((m["el"] or "").lower()))


@rule("this_pod", rf"{B}(?:(?P<el>late|early|earlier|later)\s+)?this\s+(?P<pod>morning|afternoon|evening){E}", re.I)
def _this_pod(m, text):
    return C(m, "rel", gran="day", off=0, pod=lx.PARTS_OF_DAY[m["pod"].lower()],
             mod={"late": "END", "early": "START"}.get((m["el"] or "").lower()))


REL_OFF = {"last": -1, "this past": -1, "the previous": "ana-1", "the prior": "ana-1",
           "the preceding": "ana-1", "this": 0, "the current": 0, "next": 1, "this coming": 1,
           "the coming": 1, "coming": 1, "the following": "ana+1", "the next": "ana+1",
           "the same": "ana0", "that": "ana0", "the last": -1, "the past": "dur", "past": "dur",
           "the": "the", "the very": "the", "the entire": "the", "the whole": "the",
           "the full": "the", "all": "the"}


FOLLOW_OK = {"", ",", ".", ";", ":", ")", "!", "?", "'", "’", '"', "”", "-", "—", "–", "and", "or",
             "but", "in", "on", "at", "with", "for", "from", "to", "by", "after", "before", "as",
             "of", "when", "until", "while", "during", "into", "over", "under", "near", "off",
             "down", "up", "out", "through", "across", "ahead", "earlier", "later", "since",
             "so", "too", "only", "alone", "itself", "there", "here", "then", "again",
             "is", "was", "were", "are", "has", "had", "saw", "marked", "began", "ended"}


def _rel_unit_inner(m, text):
    if m["unit"][0].isupper():
        return None  # "Person of the Year", "Imus in the Morning": a name or title
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    if rel == "the" and m["unit"].lower() in ("day", "night", "morning", "evening", "afternoon", "year", "week", "month"):
        nxt0 = next_raw(text, m.end())
        if nxt0.lower() not in FOLLOW_OK and not (m["pp2"] or m["el"]):
            return None  # "the night Kennedy was shot", "the day he died": an event anchors it
    unit = m["unit"].lower()
    off = REL_OFF[rel]
    pp2 = re.sub(r"\s+", " ", m["pp2"].lower()) if m["pp2"] else None
    mod = None
    if pp2:
        if pp2.startswith("the rest") or pp2.startswith("the remainder"):
            mod = None
        else:
            mod = _pm_mod(None, pp2)
    el = (m["el"] or "").strip().lower()
    if el in ("late", "early"):
        mod = "END" if el == "late" else "START"
    nxt = next_raw(text, m.end()).lower()
    if unit == "time":
        if rel in ("that",) and nxt not in ("of", "when"):
            return C(m, "ana", gran=None, off=0)
        return None
    if unit in ("morning", "afternoon", "evening", "night"):
        pod = lx.PARTS_OF_DAY[unit]
        if rel in ("that", "the same", "the"):
            if rel == "the" and nxt in ("of", "when", "before", "after", "that", "sky", "air", "shift", "out"):
                return None  # "the night of Monday" has its own rule; "the night sky" is no time
            return C(m, "ana", gran="day", off=0, pod=pod, mod=mod, time=True)
        if rel in ("the following", "the next"):
            return C(m, "ana", gran="day", off=1, pod=pod, mod=mod, time=True)
        if rel in ("the previous", "the prior", "the preceding"):
            return C(m, "ana", gran="day", off=-1, pod=pod, mod=mod, time=True)
        if rel == "last" and unit in ("night", "evening"):
            return C(m, "rel", gran="day", off=-1, pod=pod, mod=mod)
        if rel == "this":
            return C(m, "rel", gran="day", off=0, pod=pod, mod=mod)
        if rel in ("next", "coming", "the coming", "this coming"):
            return C(m, "rel", gran="day", off=1, pod=pod, mod=mod)
        return None
    if unit == "day" and rel in ("the entire", "the whole", "the full") and not pp2 and \
            prev_word(text, m.start()) not in ("for", "of", "in", "during", "throughout", "over"):
        return C(m, "dur", value="P1D")
    if unit == "day":
        if rel in ("the", "that", "the same", "the very", "the entire", "the whole", "the full", "all"):
            if rel == "the" and not (pp2 or el):
                pw = prev_word(text, m.start())
                if nxt in ("of", "when", "that", "before", "after", "-") or pw not in (
                        "end", "ended", "ending", "ends", "for", "during", "throughout", "through",
                        "on", "in", "over", "start", "started", "starting", "begin", "began",
                        "close", "closed", "closing", "finish", "finished", "finishing", "across",
                        "into", "of", "within", "mid"):
                    return None
            if rel == "all":
                return None
            return C(m, "ana", gran="day", off=0, mod=mod)
        if rel in ("the following", "the next"):
            return C(m, "ana", gran="day", off=1, mod=mod)
        if rel in ("the previous", "the prior", "the preceding"):
            return C(m, "ana", gran="day", off=-1, mod=mod)
        if rel == "this":
            return C(m, "rel", gran="day", off=0, mod=mod)
        return None  # "last day", "next day" without "the": usually not a date
    gran = unit
    if rel in ("the entire", "the whole", "the full") and not pp2 and \
            prev_word(text, m.start()) not in ("for", "of", "in", "during", "throughout", "over"):
        return C(m, "dur", value=duration_value(1, gran))  # "lasted the entire day"
    if rel in ("the", "the very", "the entire", "the whole", "the full", "all"):
        if rel == "all" or nxt in ("of", "when", "that", "in", "before", "after") and not pp2:
            return None
        if unit in ("decade", "century") and not pp2:
            return None
        return C(m, "ana", gran=gran, off=0, mod=mod, weak=rel == "the" and not pp2 and not el)
    if off == "dur":
        if pp2 or el:
            return C(m, "rel", gran=gran, off=-1, mod=mod)
        return C(m, "dur", value=duration_value(1.5 if m["half"] else 1, gran))
    if isinstance(off, str) and off.startswith("ana"):
        return C(m, "ana", gran=gran, off=int(off[3:]), mod=mod)
    if unit == "weekend" and rel in ("last", "this past"):
        return C(m, "rel", gran="weekend", off=-1, mod=mod, recent=True)
    return C(m, "rel", gran=gran, off=off, mod=mod)


@rule("week_of_month", rf"{B}the\s+(?P<ord>first|second|third|fourth|last|final)\s+(?P<u>week|weekend)\s+of\s+(?P<mon>{MONTH_STRICT})(?:,?\s+(?P<y>{YEAR}))?{E}", re.I)
def _week_of_month(m, text):
    o = m["ord"].lower()
    n = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1, "final": -1}[o]
    return C(m, "week_of_month", m=month_num(m["mon"]), n=n, y=int(m["y"]) if m["y"] else None,
             weekend=m["u"].lower() == "weekend")


@rule("rel_unit", rf"{B}(?:(?P<pp2>the\s+(?:beginning|start|end|middle|close|first\s+half|second\s+half)\s+of)\s+|(?P<el>earlier\s+(?!in\s+the\b)|later\s+(?!in\s+the\b)|late\s+|early\s+)(?:in\s+)?)?(?P<rel>last|this\s+past|this\s+coming|this|next|the\s+current|the\s+previous|the\s+prior|the\s+preceding|the\s+coming|coming|the\s+following|the\s+next|the\s+same|that|the\s+last|the\s+past|past|the\s+entire|the\s+whole|the\s+full|the\s+very|the|all)\s+(?P<unit>week|weekend|month|year|decade|century|day|morning|afternoon|evening|night|time)(?P<half>\s+and\s+a\s+half)?{E}(?!['’]s\s|-)", re.I)
def _rel_unit(m, text):
    c = _rel_unit_inner(m, text)
    if c is not None and m["half"] and c.kind != "dur":
        c.end = m.end("unit")  # "and a half" only makes sense for a duration
    return c


@rule("rel_century", rf"{B}(?:{PM}|{PP})?(?P<rel>this|last|next|the\s+last|the\s+next|the\s+previous|the\s+current)\s+century{E}", re.I)
def _rel_century(m, text):
    rel = m["rel"].lower().split()[-1]
    off = {"this": 0, "current": 0, "last": -1, "previous": -1, "next": 1}[rel]
    return C(m, "rel", gran="century", off=off, mod=_pm_mod(m["pm"], m["pp"]))


@rule("end_of_year", rf"{B}(?P<pp>the\s+(?:beginning|start|end|middle|close|turn)|the\s+(?:first|second|latter)\s+half|the\s+(?:first|latter|early|later)\s+part)\s+of\s+(?:the\s+)?(?P<rel>this|last|next|current|previous|same)?\s*(?P<unit>year|month|week|decade|century){E}(?!-)", re.I)
def _end_of(m, text):
    mod = _pm_mod(None, m["pp"])
    rel = (m["rel"] or "").lower()
    gran = m["unit"].lower()
    if mod in ("H1", "H2"):
        if gran != "year":
            return None
        off = {"this": 0, "current": 0, "last": -1, "previous": -1, "next": 1}.get(rel, 0)
        return C(m, "sub_yrel", gran="half", sub=1 if mod == "H1" else 2, yoff=off)
    if rel in ("", "same"):
        return C(m, "ana", gran=gran, off=0, mod=mod, weak=True)
    off = {"this": 0, "current": 0, "last": -1, "previous": -1, "next": 1}[rel]
    return C(m, "rel", gran=gran, off=off, mod=mod)


@rule("earlier_this", rf"{B}(?P<el>earlier|later)\s+(?:in\s+(?!the\b))?(?P<rel>this|last|next|the)\s+(?P<unit>week|month|year|day|decade|century){E}(?!-)", re.I)
def _earlier_this(m, text):
    rel = m["rel"].lower()
    gran = m["unit"].lower()
    if rel == "the":
        return C(m, "ana", gran=gran, off=0, weak=True)
    return C(m, "rel", gran=gran, off={"this": 0, "last": -1, "next": 1}[rel])


@rule("rel_year_of", rf"{B}(?P<rel>this|last|next)\s+(?P<unit>year|month|week)['’]s(?=\s)", re.I)
def _rel_poss(m, text):
    return Cand(m.start(), m.start() + len(m.group(0)) - 2, "rel",
                dict(gran=m["unit"].lower(), off={"this": 0, "last": -1, "next": 1}[m["rel"].lower()]))


# anchored on the narrative ------------------------------------------------------------------

@rule("ago", rf"{B}(?:(?P<mod>{lx.DURATION_MOD_RE})\s+)?(?:(?P<num>{NUM_A})\s+)?(?:more\s+)?(?P<unit>{lx.UNIT_ANY})(?P<half>\s+and\s+a\s+half)?\s+(?P<dir>ago|later|earlier|before|after|afterwards?|previously|prior|since|hence|from\s+now|on){E}", re.I)
def _ago(m, text):
    unit = unit_of(m["unit"])
    d = re.sub(r"\s+", " ", m["dir"].lower())
    num_s = m["num"]
    if num_s is None:
        if m["unit"].lower() == unit:
            if d == "ago" and not m["mod"]:  # wire copy's telegraphic "versus 2.1 million week ago"
                return Cand(m.start("unit"), m.end(), "ago", dict(unit=unit, n=1, mod=None))
            return None  # "year later": singular without a count
        n = None
    else:
        n = parse_num(num_s + (" and a half" if m["half"] else ""))
        if n is None and m["half"] and num_s.lower() in ("a", "an"):
            n = 1.5
        if n is not None and n > 1 and not m["half"] and m["unit"].lower() == unit:
            # A count needs a plural unit: in "140,000 week ago" the number counts something
            # else and the wire's telegraphic "week ago" means a week ago.
            if d != "ago":
                return None
            return Cand(m.start("unit"), m.end(), "ago", dict(unit=unit, n=1, mod=None))
    if d in ("before", "after", "since", "on"):
        nxt = next_raw(text, m.end())
        if not (nxt in (",", ".", ";", ":", ")", "") or nxt.lower() in ("and", "but", "when")
                and d in ("before", "after")):
            return None  # "two days before the vote" is a duration; the event anchors it
        if d == "on" and nxt.lower() == "the":
            return None
        if d == "since":
            return None
    mod = lx.DURATION_MODS.get(re.sub(r"\s+", " ", m["mod"].lower())) if m["mod"] else None
    if d == "ago":
        return C(m, "ago", unit=unit, n=n, mod=mod)
    if d in ("from now", "hence"):
        return C(m, "ago", unit=unit, n=-n if n is not None else None, mod=mod, future=True)
    sign = -1 if d in ("earlier", "before", "previously", "prior") else 1
    return C(m, "later", unit=unit, n=n, sign=sign, mod=mod)


@rule("year_before", rf"{B}(?P<x>the\s+(?:year|month|week|day)\s+(?:before|previous|prior|earlier|after)|the\s+(?:previous|prior|preceding)\s+(?:year|month|week|day)|a\s+(?:year|month|week|day)\s+(?:earlier|before|later|after)){E}", re.I)
def _year_before(m, text):
    x = m["x"].lower()
    unit = re.search(r"year|month|week|day", x).group(0)
    sign = 1 if re.search(r"after|later", x) else -1
    nxt = next_raw(text, m.end())
    if re.search(r"before|after", x) and nxt and nxt not in (",", ".", ";", ":", ")") and \
            nxt.lower() not in ("and", "but", "when", "yesterday", "tomorrow"):
        if x.startswith("the"):
            return None  # "the day before the election"
        return None
    return C(m, "ana", gran=unit, off=sign)


@rule("same_period", rf"{B}the\s+same\s+(?P<unit>day|week|month|quarter|period|time|season)\s+(?:of\s+)?(?P<x>a\s+year\s+(?:ago|earlier|before)|last\s+year|the\s+(?:previous|prior|last)\s+year|the\s+year\s+before|a\s+year\s+later|next\s+year){E}", re.I)
def _same_period(m, text):
    x = m["x"].lower()
    sign = 1 if re.search(r"later|next", x) else -1
    return C(m, "same_shift", years=sign, gran=m["unit"].lower(),
             dct=x.startswith("last") or x.startswith("next") or x.endswith("ago"))


@rule("then", r"\bthen\b(?!-)", re.I)
def _then(m, text):
    if prev_word(text, m.start()) not in ("by", "until", "till", "since", "from"):
        return None
    return C(m, "ana", gran=None, off=0)


# durations -------------------------------------------------------------------------------------------

DUR_ADJ = ("more|straight|consecutive|full|whole|long|additional|further|extra|successive|trading|"
           "business|working|calendar|school|separate|subsequent|remaining|odd")
AGE_AFTER = re.compile(r"\s*(?:-\s*|\s)old\b|\s+of\s+age\b|-olds?\b", re.I)


def _age_context(text: str, start: int, end: int) -> bool:
    if AGE_AFTER.match(text, end):
        return True
    before = text[max(0, start - 16):start].lower()
    return bool(re.search(r"(?:aged|age\s+of|ages\s+of)\s*$", before))


@rule("duration", rf"{B}(?:(?P<mod>{lx.DURATION_MOD_RE})\s+)?(?:(?P<det>the|a|an|another|its|their|his|her)\s+)?(?:(?P<adj1>past|last|next|first|final|coming|remaining|previous|following|preceding|entire|whole|full|additional|further|extra|other|initial|ensuing|intervening|subsequent|upcoming)\s+)?(?P<num>{NUM_A})\s+(?:(?P<adj2>{DUR_ADJ})\s+)?(?P<unit>{lx.UNIT_PLUR}|{lx.UNIT_SING})(?P<half>\s+and\s+a\s+half)?(?:,?\s+(?:and\s+)?(?P<num2>{NUM})\s+(?P<unit2>{lx.UNIT_PLUR}|{lx.UNIT_SING}))?{E}(?!-)", re.I)
def _duration(m, text):
    if _age_context(text, m.start(), m.end()):
        return None
    num_s = m["num"].lower()
    unit_w = m["unit"].lower()
    unit = unit_of(unit_w)
    plural = unit_w != unit
    det = (m["det"] or "").lower()
    start = m.start()
    n = parse_num(num_s + (" and a half" if m["half"] else ""))
    if n is None and m["half"] and num_s in ("a", "an"):
        n = 1.5
    fuzzy = n is None
    if num_s in ("a", "an", "one", "single") and not plural or (n == 1 and not plural):
        # "a year" only counts as a duration in a duration context; "15 a year" is a SET
        if det in ("a", "an"):
            return None
        if num_s in ("a", "an") and unit in ("second", "quarter"):
            # "a second term", "for a second consecutive day", "about a quarter of its dealers"
            nxt = next_raw(text, m.end()).lower()
            if unit == "quarter" or prev_word(text, m.start()) not in ("for", "within", "than", "split", "in") or \
                    nxt not in ("", ",", ".", ";", ":", ")", "and", "or", "to", "before", "after", "later",
                                "that", "when", "longer", "ago"):
                return None
        if num_s in ("a", "an") and not (m["mod"] or m["adj1"] or m["adj2"] or det):
            pw = prev_word(text, m.start())
            nxt = next_raw(text, m.end()).lower()
            if pw not in ("for", "within", "in", "over", "than", "after", "about", "nearly",
                          "almost", "just", "only", "under", "least", "some", "around", "roughly",
                          "took", "take", "takes", "taking", "spent", "spend", "lasted", "last",
                          "lasts", "lasting", "served", "serve", "jailed", "sentenced", "to",
                          "throughout", "during", "barely", "of", "once", "twice", "half"):
                if nxt not in ("after", "before", "behind", "ahead", "late", "early", "long",
                               "earlier", "later"):
                    return None
            if pw in ("once", "twice", "per"):
                return None
    elif not plural and not m["half"]:
        # a singular unit after a count > 1 is adjectival: "four day rally", "a 20 year low"
        nxt = next_raw(text, m.end())
        if not nxt or not re.match(r"[a-z]", nxt) or nxt in ("ago", "later", "earlier", "previously"):
            if not (num_s in ("a", "an", "one") or n == 1):
                return None  # "140,000 week ago": no noun follows, so the count is not the unit's
        if n is not None and n > 1 and det in ("a", "an", "the") and not m["adj1"]:
            start = m.start("num") if not m["mod"] else m.start()
            if m["mod"] is None:
                start = m.start("num")
    if fuzzy and num_s in ("some", "many", "multiple", "various", "countless", "numerous") and not plural:
        return None
    if fuzzy and num_s == "some" and plural and not (m["det"] or m["adj1"]):
        pw = prev_word(text, m.start())
        if pw not in ("for", "in", "over", "after", "within"):
            return None
    if det in ("its", "their", "his", "her"):
        start = m.start("num") if not m["adj1"] else m.start("adj1")
        if m["mod"]:
            return None
    if det in ("a", "an") and not fuzzy and m.start("num") > m.start("det") and num_s not in ("a", "an") and \
            not m["mod"]:
        start = m.start("num")
    if det == "another":
        start = m.start("det")
    mod = lx.DURATION_MODS.get(re.sub(r"\s+", " ", m["mod"].lower())) if m["mod"] else None
    if mod == "APPROX" and m["mod"].lower() == "some" and fuzzy:
        return None
    if m["mod"] and m["mod"].lower() in ("over", "around", "under", "some") and (m["det"] or m["adj1"]):
        # "over the next four years": a preposition, not "more than"
        mod = None
        start = m.start("det") if m["det"] else m.start("adj1")
    value = duration_value(n, unit)
    if m["num2"] and m["unit2"]:
        n2 = parse_num(m["num2"])
        u2 = unit_of(m["unit2"])
        if n is not None and n2 is not None and lx.UNITS[u2][2] == lx.UNITS[unit][2]:
            v2 = duration_value(n2, u2)
            value = value + v2[2:] if lx.UNITS[unit][2] else value + v2[1:]
    adj = (m["adj1"] or "").lower()
    data = dict(value=value, mod=mod)
    if adj in ("past", "last", "previous", "preceding"):
        data["dir"] = -1
    elif adj in ("next", "coming", "following", "upcoming", "ensuing"):
        data["dir"] = 1
    return Cand(start, m.end(), "dur", data)


@rule("duration_adj", rf"{B}(?P<num>\d+(?:\.\d+)?|{lx.NUMWORD}|single|half|multi|one)-(?P<unit>{lx.UNIT_SING})(?:-long)?(?![-\w])", re.I)
def _duration_adj(m, text):
    if _age_context(text, m.start(), m.end()):
        return None
    s = m["num"].lower()
    unit = m["unit"].lower()
    if s == "half":
        n = 0.5
    elif s == "multi":
        n = None
    else:
        n = parse_num(s.replace("-", " "))
        if n is None:
            return None
    if s == "half" and unit == "hour":
        return C(m, "dur", value="PT30M")
    if s == "half" and unit == "year":
        return C(m, "dur", value="P6M")
    return C(m, "dur", value=duration_value(n, unit))


@rule("unit_long", rf"{B}(?P<unit>{lx.UNIT_PLUR}|{lx.UNIT_SING})[-\s]long{E}", re.I)
def _unit_long(m, text):
    w = m["unit"].lower()
    unit = unit_of(w)
    return C(m, "dur", value=duration_value(None if w != unit else 1, unit))


@rule("bare_units", rf"{B}(?:(?P<the>the)\s+)?(?P<unit>years|decades|months|weeks|days|hours|minutes|centuries|seconds){E}(?!-)", re.I)
def _bare_units(m, text):
    pw = prev_word(text, m.start())
    unit = unit_of(m["unit"])
    nxt = next_raw(text, m.end()).lower()
    if m["the"]:
        if pw not in ("over", "through", "throughout", "during", "down", "across") or nxt == "of":
            return None
        if unit not in ("year", "decade", "century"):
            return None
    elif pw not in ("for", "in", "within", "over", "after", "took", "take", "takes", "taking",
                    "lasted", "last", "lasting", "spent", "spend", "recent", "just", "only",
                    "mere", "than") or nxt in ("of", "old", "-old", "later", "earlier", "ago"):
        return None
    if pw == "in" and nxt not in (".", ",", ";", ":", ")", "") and unit in ("days", "hours"):
        return None
    if pw == "recent":
        return None  # taken by "recent years"
    return C(m, "dur", value=duration_value(None, unit))


@rule("rel_plural", rf"{B}(?:(?P<the>the)\s+)?(?P<rel>coming|next|past|last|previous|following|ensuing|upcoming|preceding)\s+(?P<unit>{lx.UNIT_PLUR}){E}(?!-)", re.I)
def _rel_plural(m, text):
    rel = m["rel"].lower()
    if not m["the"] and rel not in ("coming", "upcoming"):
        return None  # "last days of ..." without an article is rarely a duration
    if next_raw(text, m.end()).lower() == "of":
        return None  # "the last days of Pompeii"
    unit = unit_of(m["unit"])
    return C(m, "dur", value=duration_value(None, unit))


@rule("elided_unit", rf"(?<![\w$£€.,-])(?P<num>\d+|{lx.NUMWORD})(?=\s*(?:and|or|to|-|–)\s*(?:{NUM})\s+(?P<unit>{lx.UNIT_PLUR}){E})", re.I)
def _elided(m, text):
    n = parse_num(m["num"])
    if n is None:
        return None
    rest = re.match(rf"\s*(?:and|or|to|-|–)\s*(?:{NUM})\s+[a-z]+", text[m.end():], re.I)
    if rest and _age_context(text, m.start(), m.end() + rest.end()):
        return None  # "aged 41-50 years old"
    unit = unit_of(m["unit"])
    return C(m, "dur", value=duration_value(n, unit))


@rule("half_unit", rf"{B}(?:(?P<mod>{lx.DURATION_MOD_RE})\s+)?half\s+(?:an?|the)\s+(?P<unit>hour|day|year|decade|century|month|week){E}", re.I)
def _half_unit(m, text):
    unit = m["unit"].lower()
    value = {"hour": "PT30M", "day": "PT12H", "year": "P6M", "decade": "P5Y", "century": "P50Y",
             "month": "P0.5M", "week": "P0.5W"}[unit]
    mod = lx.DURATION_MODS.get(re.sub(r"\s+", " ", m["mod"].lower())) if m["mod"] else None
    return C(m, "dur", value=value, mod=mod)


# sets -------------------------------------------------------------------------------------------

@rule("every", rf"{B}(?:every|each)\s+(?:other\s+)?(?:(?P<num>{NUM})\s+)?(?P<unit>{lx.UNIT_ANY}|weekend|{WEEKDAY}|morning|afternoon|evening|night){E}", re.I)
def _every(m, text):
    u = m["unit"]
    if u.lower() in ("morning", "afternoon", "evening", "night"):
        return C(m, "set", value="XXXX-XX-XXT" + lx.PARTS_OF_DAY[u.lower()])
    if u[0].isupper() and u.lower() in lx.WEEKDAYS:
        return C(m, "set", value=f"XXXX-WXX-{weekday_num(u) + 1}")
    if u.lower() == "weekend":
        return C(m, "set", value="XXXX-WXX-WE")
    n = parse_num(m["num"]) if m["num"] else 1
    unit = unit_of(u)
    return C(m, "set", value=duration_value(n or 1, unit))


@rule("freq", rf"{B}(?P<f>once|twice|thrice|(?:{NUM})\s+times)\s+(?:a|an|per|each|every)\s+(?P<unit>{lx.UNIT_SING}){E}", re.I)
def _freq(m, text):
    return C(m, "set", value=duration_value(1, m["unit"].lower()))


RATE_BEFORE = re.compile(r"(?:\d|%|\b(?:million|billion|trillion|thousand|hundred|dollars|euros|pounds|percent|cents|tonnes|tons|barrels|" + lx.NUMWORD + r"))\s*$", re.I)


@rule("rate", rf"{B}(?P<s>(?:a|an|per)\s+(?P<unit>{lx.UNIT_SING})){E}", re.I)
def _rate(m, text):
    if not RATE_BEFORE.search(text[max(0, m.start() - 20):m.start()]):
        return None
    if prev_word(text, m.start()) in lx.DISTANCE_UNITS:
        return None  # "75 miles an hour" is a speed
    return C(m, "set", "s", value=duration_value(1, m["unit"].lower()))


@rule("per_unit", rf"{B}per\s+(?P<unit>{lx.UNIT_SING}){E}", re.I)
def _per_unit(m, text):
    if prev_word(text, m.start()) in lx.DISTANCE_UNITS:
        return None  # "miles per hour" is a speed
    return C(m, "set", value=duration_value(1, m["unit"].lower()))


ANNUAL_QUANTITY = {"profit", "profits", "loss", "losses", "revenue", "revenues", "sales", "income",
                   "earnings", "turnover", "budget", "budgets", "salary", "salaries", "output",
                   "production", "growth", "rate", "inflation", "deficit", "surplus", "return",
                   "returns", "cost", "costs", "spending", "fee", "fees", "rent", "wage", "wages",
                   "pay", "capacity", "gain", "gains", "decline", "increase", "rise", "fall",
                   "drop", "deficits", "expenditure", "expenses", "emissions", "consumption",
                   "net", "operating", "pre-tax", "average", "total", "interest", "dividend",
                   "premium", "premiums", "exports", "imports", "traffic", "ridership", "volume"}
SET_ADV = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y",
           "annual": "P1Y", "hourly": "PT1H", "quarterly": "P3M", "nightly": "P1D",
           "biannual": "P6M", "semi-annual": "P6M", "semiannual": "P6M", "biennial": "P2Y",
           "fortnightly": "P2W", "bi-weekly": "P2W", "biweekly": "P2W"}


@rule("set_adv", rf"{B}(?P<w>daily|weekly|monthly|yearly|annually|annual|hourly|quarterly|nightly|biannual|semi-annual|semiannual|biennial|fortnightly|bi-weekly|biweekly){E}(?!-)", re.I)
def _set_adv(m, text):
    w = m["w"]
    if w[0].isupper() and not at_sentence_start(text, m.start()):
        return None  # "the Daily Mail", "Weekly Standard"
    lw = w.lower()
    nxt = next_raw(text, m.end())
    if nxt.lower() in ("newspaper", "newspapers", "paper", "papers", "magazine", "tabloid",
                       "broadsheet", "publication", "journal", "edition", "editions") or \
            (nxt[:1].isupper() and lw in ("daily", "weekly", "monthly")):
        return None  # "the daily newspaper", "Greek daily Kathimerini": a kind of paper
    if lw == "annual":
        nxt = next_raw(text, m.end()).lower()
        nxt2 = re.match(r"\s*[\w-]+\s+([\w-]+)", text[m.end():m.end() + 40])
        nxt2 = nxt2.group(1).lower() if nxt2 else ""
        if nxt in ANNUAL_QUANTITY or nxt2 in ANNUAL_QUANTITY and nxt in ("net", "operating", "pre-tax", "average", "total"):
            return C(m, "dur", value="P1Y")
    return C(m, "set", value=SET_ADV[lw])


# times of day -----------------------------------------------------------------------------------

AMPM = r"(?P<ap>[ap]\.\s?m\.|[ap]\.?\s?m(?![a-z.])|[ap]m(?=\.)|(?-i:[AP]M)\b)"
TZ = rf"(?:\s*(?P<tzp>\()?(?P<tz>(?-i:{lx.TIMEZONES}))(?:\s*(?P<off>[+-−]\s*\d{{1,2}}(?::?\d\d)?))?(?(tzp)\))(?![\w]))"
TIME_PRE = {"at", "around", "about", "by", "until", "till", "from", "before", "after", "since",
            "approximately", "roughly", "to", "and", "between", "past", "circa", "of", "@", ","}


@rule("clock", rf"(?<![\w.:,$£€])(?P<h>[01]?\d|2[0-4])(?P<sep>[:.])(?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d))?(?:\s*{AMPM})?{TZ}?(?P<lt>\s+local\s+time)?(?![\w:]|[.,]\d)", re.I)
def _clock(m, text):
    h, mi = int(m["h"]), int(m["mi"])
    if m["sep"] == "." and not m["ap"]:
        return None
    if not (m["ap"] or m["tz"] or m["lt"]):
        pw = prev_word(text, m.start())
        if pw not in TIME_PRE:
            return None
    return C(m, "time", h=h, mi=mi, s=int(m["s"]) if m["s"] else None, ap=m["ap"],
             tz=None if m["off"] else m["tz"])


@rule("clock_ampm", rf"(?<![\w.:,$£€])(?P<h>1[0-2]|0?[1-9])\s*{AMPM}{TZ}?(?P<lt>\s+local\s+time)?", re.I)
def _clock_ampm(m, text):
    return C(m, "time", h=int(m["h"]), mi=0, s=None, ap=m["ap"], tz=None if m["off"] else m["tz"])


@rule("military", rf"(?<![\w.,$£€])(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)\s*(?:(?P<tz>(?-i:UTC|GMT|Z))|hours|hrs|h){E}", re.I)
def _military(m, text):
    return C(m, "time", h=int(m["h"]), mi=int(m["mi"]), s=None, ap=None, tz=m["tz"])


@rule("noon", rf"{B}(?P<w>noon|midnight|midday){E}(?!\s+(?:mass|show|oil|sun))", re.I)
def _noon(m, text):
    w = m["w"].lower()
    return C(m, "time", h=24 if w == "midnight" else 12, mi=0, s=None, ap=None, tz=None, named=True)


@rule("oclock", rf"{B}(?P<h>\d{{1,2}}|{lx.NUMWORD})\s+o['’]clock{E}", re.I)
def _oclock(m, text):
    n = parse_num(m["h"])
    if n is None or not 1 <= n <= 12:
        return None
    return C(m, "time", h=int(n), mi=0, s=None, ap=None, tz=None)


@rule("pod", rf"{B}(?:(?P<det>the|early|late|in\s+the|during\s+the|mid)[-\s]+)?(?P<pod>morning|afternoon|evening){E}", re.I)
def _pod(m, text):
    raw = text[m.start("pod"):m.end("pod")]
    if raw[0].isupper() and not at_sentence_start(text, m.start("pod")):
        return None  # "Morning Star", "Good Morning America"
    pw = prev_word(text, m.start())
    if pw in ("good", "this", "that", "yesterday", "tomorrow", "every", "each", "last", "next"):
        return None
    det = (m["det"] or "").lower()
    start = m.start()
    if det.startswith("in ") or det.startswith("during "):
        start = m.start() + len(det.split()[0]) + 1
    nxt = next_raw(text, m.end()).lower()
    if not det and nxt not in ("trading", "trade", "session", "sessions", "hours", "rush", "commute",
                               "deadline", "meeting", "briefing", "service", "services", "prayers"):
        if pw not in ("in", "on", "by", "until", "during", "from", "since", "through", "throughout"):
            return None
    if det == "the" and nxt == "of":
        return None
    mod = {"early": "START", "late": "END", "mid": "MID"}.get(det)
    return Cand(start, m.end(), "ana", dict(gran="day", off=0,
                                            pod=lx.PARTS_OF_DAY[m["pod"].lower()], mod=mod, time=True))


@rule("early_hours", rf"{B}(?:the\s+)?(?:early|small|wee)\s+hours(?:\s+of\s+(?:(?P<wd>{WEEKDAY})|(?P<rel>today|yesterday|tomorrow|this\s+morning|the\s+morning)|(?P<mon>{MONTH})\s*(?P<day>{DAYNUM})))?{E}", re.I)
def _early_hours(m, text):
    if m["wd"]:
        return C(m, "weekday", wd=weekday_num(m["wd"]), rel=None, mod="START", pod="NI")
    if m["rel"]:
        r = re.sub(r"\s+", " ", m["rel"].lower())
        if r == "the morning":
            return C(m, "ana", gran="day", off=0, pod="NI", mod="START", time=True)
        return C(m, "rel", gran="day", off={"today": 0, "yesterday": -1, "tomorrow": 1,
                                            "this morning": 0}[r], pod="NI", mod="START")
    if m["mon"]:
        return C(m, "md", m=month_num(m["mon"]), d=day_num(m["day"]), mod="START", pod="NI")
    return C(m, "ana", gran="day", off=0, pod="NI", mod="START", time=True)


@rule("night_of", rf"{B}the\s+(?P<pod>night|morning|evening|afternoon)\s+of\s+(?P<wd>{WEEKDAY}){E}", re.I)
def _night_of(m, text):
    return C(m, "weekday", wd=weekday_num(m["wd"]), rel=None, mod=None,
             pod=lx.PARTS_OF_DAY[m["pod"].lower()])


# general reference ---------------------------------------------------------------------------

REFS = [
    (r"(?<![\w-])now(?![\w-])(?!\s+that\b)", "PRESENT_REF"),
    (r"\bcurrently\b", "PRESENT_REF"),
    (r"\bnowadays\b", "PRESENT_REF"),
    (r"\bthese\s+days\b", "PRESENT_REF"),
    (r"(?<=\bat\s)present\b(?!\s+(?:a|an|the|his|her|their|its)\b)", "PRESENT_REF"),
    (r"\bthe\s+present(?:\s+day|\s+time)?\b(?!\s+(?:of|to|for|from|in|a|an|the)\b|-)", "PRESENT_REF"),
    (r"(?<=\bat\s)the\s+moment\b(?!\s+(?:of|when|that|he|she|they|it)\b)", "PRESENT_REF"),
    (r"\bthe\s+time\s+being\b", "PRESENT_REF"),
    (r"\bthe\s+current(?=\s+[a-z])", "PRESENT_REF_ADJ"),
    (r"\b(?:more\s+|most\s+|only\s+|until\s+|very\s+)?recently\b", "PAST_REF"),
    (r"\blately\b", "PAST_REF"),
    (r"(?<!\bmost\s)(?<!\bmore\s)\brecent(?:\s+(?:years|months|weeks|days|decades|times|history|memory))?\b(?!-)", "PAST_REF"),
    (r"\bthe\s+(?:recent\s+|distant\s+|not\s+too\s+distant\s+)?past\b(?!\s+(?:few|several|many|two|three|four|five|six|seven|eight|nine|ten|\d))", "PAST_REF"),
    (r"\bthe\s+(?:near\s+|distant\s+|foreseeable\s+|immediate\s+|not\s+too\s+distant\s+)?future\b(?!\s+of\b)", "FUTURE_REF"),
    (r"(?<=\bin\s)future\b", "FUTURE_REF"),
    (r"\bthe\s+(?:near|short|long|medium|longer)\s+term\b", "FUTURE_REF"),
    (r"(?<![\w-])(?:very\s+|quite\s+|fairly\s+)?soon(?![\w-])(?!\s+as\b|\s+after\b)", "FUTURE_REF"),
    (r"(?<![\w-])(?:the\s+)?years\s+ago\b", "PAST_REF"),
    (r"(?<![\w-])(?:the\s+)?(?:decades|centuries)\s+ago\b", "PAST_REF"),
    (r"(?<![\w-])(?:a\s+few|several|many|some)\s+(?:years|decades|months)\s+ago\b", "PAST_REF"),
]


def _make_ref_rule(pattern: str, value: str):
    @rule("ref:" + value, pattern, re.I)
    def _ref(m, text):
        raw = text[m.start():m.end()]
        s = raw.lower()
        if re.search(r"\b(?:Future|Past|Present|Term)\b", raw) or \
                (raw[:1].isupper() and s in ("now", "soon", "recent") and not at_sentence_start(text, m.start())):
            return None  # a title: "Back to the Future"
        if value == "PRESENT_REF_ADJ":
            return Cand(m.end() - len("current"), m.end(), "ref", dict(value="PRESENT_REF"))
        if s.startswith("until") or s.startswith("only"):
            return Cand(m.end() - len("recently"), m.end(), "ref", dict(value=value))
        if s.endswith("recent") and text[m.end():m.end() + 1] == "-":
            return None
        return C(m, "ref", value=value)

    return _ref


for _p, _v in REFS:
    _make_ref_rule(_p, _v)


# holidays ---------------------------------------------------------------------------------------

def _hol_alt(names) -> str:
    parts = []
    for n in sorted(names, key=len, reverse=True):
        words = [re.escape(w).replace("'", "['’]") for w in n.split()]
        words = [w if w in ("the", "of") else "(?-i:" + w[0].upper() + ")" + w[1:] for w in words]
        parts.append(r"\s+".join(words))
    return "|".join(parts)


@rule("holiday", rf"{B}(?P<h>{_hol_alt(list(lx.FIXED_HOLIDAYS) + list(lx.NTH_HOLIDAYS) + list(lx.EASTER_HOLIDAYS))})(?:\s+(?P<y>{YEAR}))?{E}", re.I)
def _holiday(m, text):
    name = re.sub(r"\s+", " ", m["h"].lower()).replace("’", "'")
    nxt = next_raw(text, m.end())
    if nxt[:1].isupper() and not m["y"] and nxt not in ("Eve", "Day"):
        return None  # "Christmas Island", "Easter Island", "Independence Day Parade"?
    if name in lx.FIXED_HOLIDAYS:
        mo, d = lx.FIXED_HOLIDAYS[name]
        if m["y"]:
            return C(m, "ymd", y=int(m["y"]), m=mo, d=d)
        return C(m, "md", m=mo, d=d)
    return C(m, "holiday", name=name, y=int(m["y"]) if m["y"] else None)


# --- selection -----------------------------------------------------------------------------------

# --- triggers: a rule only runs near a word that can start or anchor its expression -----------------

_UNIT_WORDS = set(lx.UNITS) | set(lx.PLURAL_UNIT) | {"weekends"}
_WORD_CATS: dict[str, set[str]] = {}


def _cat(cat: str, words) -> None:
    for w in words:
        _WORD_CATS.setdefault(w, set()).add(cat)


_cat("unit", _UNIT_WORDS | {"period", "time"})
_cat("pod", set(lx.PARTS_OF_DAY) | {"night", "nights", "hours"})
_cat("today", {"today", "yesterday", "tomorrow", "tonight", "tonite"})
_cat("season", lx.SEASON_WORDS)
_cat("setadv", set(SET_ADV) | {"semi"})
_cat("decadeword", DECADE_WORDS)
_cat("century", {"century"})
_cat("quarter", {"quarter", "half", "quarters"})
_cat("q", {"q1", "q2", "q3", "q4", "fy", "fiscal"} | {f"fy{n:02d}" for n in range(100)})
_cat("every", {"every", "each"})
_cat("freq", {"once", "twice", "thrice", "times"})
_cat("per", {"per"})
_cat("noon", {"noon", "midnight", "midday"})
_cat("clock", {"clock"})
_cat("then", {"then"})
_cat("same", {"same"})
_cat("ord", {k for k in lx.ORDINALS if "-" not in k})
_cat("ref", {"now", "currently", "nowadays", "days", "present", "moment", "being", "current",
             "recently", "recent", "lately", "past", "future", "term", "soon", "ago"})
_HOLIDAY_FIRST = {n.split()[0].replace("'s", "").replace("’s", "").rstrip(".")
                  for n in list(lx.FIXED_HOLIDAYS) + list(lx.NTH_HOLIDAYS) + list(lx.EASTER_HOLIDAYS)}
_cat("holiday", _HOLIDAY_FIRST | {"valentine", "mother", "father", "presidents", "veterans", "patrick",
                                  "eve", "day"})
_MONTH_CAP = {m.capitalize() for m in lx.MONTHS} | {m.upper() for m in lx.MONTHS}
_WEEKDAY_CAP = {w.capitalize() for w in lx.WEEKDAYS} | {w.capitalize() + "s" for w in lx.WEEKDAYS if len(w) > 3}

TRIGGERS: dict[str, set[str]] = {
    "iso": {"digit"}, "nine_eleven": {"digit"}, "numeric": {"digit"},
    "month_day_year": {"month"}, "day_month_year": {"month"}, "month_day": {"month"},
    "day_month": {"month"}, "month_year": {"month"}, "month_rel_year": {"month"}, "month": {"month"},
    "month_day_rel_year": {"month"}, "month_rel_year2": {"month"},
    "weekday": {"weekday"}, "weekday_plural": {"weekday"}, "day_of_month": {"digit", "ord"},
    "year": {"digit"}, "year_mod": {"digit"}, "fiscal": {"q"}, "apos_year": {"digit"},
    "decade": {"digit", "decadeword"}, "century": {"century"}, "season": {"season"},
    "quarter": {"quarter"}, "q_code": {"q", "digit"}, "rel_quarter": {"quarter"},
    "half_rel": {"quarter"}, "today": {"today"}, "day_before": {"today"}, "last_night": {"pod"},
    "this_pod": {"pod"}, "rel_unit": {"unit", "pod"}, "week_of_month": {"month"},
    "rel_century": {"century"}, "end_of_year": {"unit"}, "earlier_this": {"unit"},
    "rel_year_of": {"unit"}, "ago": {"unit"}, "year_before": {"unit"}, "same_period": {"same"},
    "then": {"then"}, "duration": {"unit"}, "duration_adj": {"unit"}, "unit_long": {"unit"},
    "bare_units": {"unit"}, "rel_plural": {"unit"}, "elided_unit": {"unit"}, "half_unit": {"unit"}, "every": {"every"},
    "freq": {"freq"}, "rate": {"unit"}, "per_unit": {"per"}, "set_adv": {"setadv"},
    "clock": {"digit"}, "clock_ampm": {"digit"}, "military": {"digit"}, "noon": {"noon"},
    "oclock": {"clock"}, "pod": {"pod"}, "early_hours": {"pod"}, "night_of": {"pod"},
    "holiday": {"holiday", "month"},
}
WINDOW = 90
_TOKEN = re.compile(r"\w+")


def trigger_windows(text: str) -> dict[str, list[tuple[int, int]]]:
    """For each trigger category, the merged text windows around its words."""
    spans: dict[str, list[tuple[int, int]]] = {}
    n = len(text)
    for m in _TOKEN.finditer(text):
        w = m.group(0)
        cats = _WORD_CATS.get(w.lower())
        if w[0].isdigit():
            cats = (cats or set()) | {"digit"}
        if w in _MONTH_CAP:
            cats = (cats or set()) | {"month"}
        if w in _WEEKDAY_CAP:
            cats = (cats or set()) | {"weekday"}
        if not cats:
            continue
        s, e = max(0, m.start() - WINDOW), min(n, m.end() + WINDOW)
        for cat in cats:
            lst = spans.setdefault(cat, [])
            if lst and s <= lst[-1][1]:
                lst[-1] = (lst[-1][0], e)
            else:
                lst.append((s, e))
    return spans


def _merged(windows: list[list[tuple[int, int]]]) -> list[tuple[int, int]]:
    allw = sorted(w for ws in windows for w in ws)
    out: list[tuple[int, int]] = []
    for s, e in allw:
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


_RULE_CATS: dict[str, frozenset] = {}


def _rule_cats() -> None:
    for name, _, _ in RULES:
        cats = TRIGGERS.get(name, {"ref"} if name.startswith("ref:") else None)
        if cats is not None:
            _RULE_CATS[name] = frozenset(cats)


def candidates(text: str) -> list[Cand]:
    """Every rule's matches near its trigger words, overlapping, unfiltered by length."""
    out: list[Cand] = []
    wins = trigger_windows(text)
    if not wins:
        return out
    seen: set[tuple[str, int, int]] = set()
    regions_of: dict[frozenset, list[tuple[int, int]]] = {}
    for name, rx, fn in RULES:
        cats = _RULE_CATS.get(name)
        if cats is None:
            regions = [(0, len(text))]
        else:
            regions = regions_of.get(cats)
            if regions is None:
                present = [wins[c] for c in cats if c in wins]
                regions = present[0] if len(present) == 1 else _merged(present)
                regions_of[cats] = regions
        for ws, we in regions:
            for m in rx.finditer(text, ws, we):
                key = (name, m.start(), m.end())
                if key in seen:
                    continue
                seen.add(key)
                got = fn(m, text)
                if got is None:
                    continue
                for c in got if isinstance(got, list) else [got]:
                    c.rule = name
                    c.data.setdefault("prep", prev_word(text, c.start))
                    if c.end > c.start:
                        out.append(c)
    return out


def select(cands: list[Cand], text: str) -> list[Cand]:
    """Longest match first, then earliest; no overlaps."""
    order = {name: i for i, (name, _, _) in enumerate(RULES)}
    chosen: list[Cand] = []
    taken: list[tuple[int, int]] = []
    for c in sorted(cands, key=lambda c: (-c.length, c.start, order.get(c.rule, 99))):
        if any(c.start < e and s < c.end for s, e in taken):
            continue
        chosen.append(c)
        taken.append((c.start, c.end))
    chosen.sort(key=lambda c: c.start)
    return _merge_adjacent(chosen, text)


DAY_KINDS = ("weekday", "rel", "md", "ymd", "holiday", "md_yrel")


def _merge_adjacent(cs: list[Cand], text: str) -> list[Cand]:
    """A clock time directly followed by its day ("12:00 UTC Monday", "16:00 UTC today")
    is one TIME; "16:15 UTC, June 1st" and "15:30 local time (1430 UTC) on Tuesday" stay
    apart, each time taking its day from the date that follows."""
    out: list[Cand] = []
    i = 0
    while i < len(cs):
        c = cs[i]
        if c.kind == "time" and i + 1 < len(cs):
            n = cs[i + 1]
            gap = n.start - c.end
            if 0 < gap <= 2 and not text[c.end:n.start].strip() and n.kind in DAY_KINDS and \
                    (n.kind != "rel" or n.data.get("gran") == "day"):
                c = Cand(c.start, n.end, "time", dict(c.data, day=n), c.rule)
                out.append(c)
                i += 2
                continue
            # times in a row ("15:30 local time (1430 UTC)") and then ", on Tuesday"
            j = i + 1
            while j < len(cs) and cs[j].kind == "time" and \
                    re.fullmatch(r"[\s(),]*", text[cs[j - 1].end:cs[j].start]):
                j += 1
            if j < len(cs) and cs[j].kind in DAY_KINDS and \
                    (cs[j].kind != "rel" or cs[j].data.get("gran") == "day") and \
                    re.fullmatch(r"[\s()]*(?:,|on|,\s*on)?\s*", text[cs[j - 1].end:cs[j].start]) and \
                    text[cs[j - 1].end:cs[j].start].strip():
                for k in range(i, j):
                    cs[k].data.setdefault("day_hint", cs[j])
        out.append(c)
        i += 1
    return out


_rule_cats()
