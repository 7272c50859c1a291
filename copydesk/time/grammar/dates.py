"""Rules for calendar dates: explicit dates, months, weekdays, years, decades, centuries,
seasons, quarters and halves."""

from __future__ import annotations

import re

from .. import lexicon as lx
from .base import MONTH, MONTH_STRICT, WEEKDAY_ANY
from .base import (B, E, DAYNUM, YEAR, REL, PM, PP, ORDWORD, Cand, prev_word, prev_raw, next_raw,
                   at_sentence_start, month_num, weekday_num, day_num, _pm_mod, rule, C)


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


@rule("day_month_rel_year", rf"{B}(?:the\s+)?(?P<day>{DAYNUM})(?:\s+of)?\s+(?P<mon>{MONTH}),?\s+(?P<yrel>this|last|next)\s+year{E}(?!['’]s)", re.I)
def _dmry(m, text):
    # "14 March last year": the day-first order of "March 14 last year"
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
