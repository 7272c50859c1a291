"""Rules for expressions relative to the publication date ("yesterday", "last week",
"three years ago") or anchored on the narrative ("the year before", "then")."""

from __future__ import annotations

import re

from .. import lexicon as lx
from .base import MONTH_STRICT
from .base import (B, E, YEAR, NUM_A, PM, PP, Cand, prev_word, prev_raw, next_raw,
                   at_sentence_start, parse_num, month_num, _pm_mod, unit_of, duration_value, rule,
                   C)


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

@rule("ago", rf"{B}(?:(?P<mod>{lx.DURATION_MOD_RE})\s+)?(?:(?P<num>{NUM_A})\s+)?(?:more\s+)?(?P<unit>{lx.UNIT_ANY})(?P<half>\s+and\s+a\s+half)?\s+(?P<dir>ago(?:\s+(?P<this>this\s+(?:week|month)|today|this\s+day))?|later|earlier|before|after|afterwards?|previously|prior|since|hence|from\s+now|on){E}", re.I)
def _ago(m, text):
    unit = unit_of(m["unit"])
    d = "ago" if m["this"] else re.sub(r"\s+", " ", m["dir"].lower())
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
        if m["this"] and n is not None and float(n).is_integer() and unit in ("year", "decade", "century"):
            # "50 years ago this week", "a century ago today": an anniversary, the week or day
            # that many years before publication, one date
            gran = "day" if m["this"].lower() in ("today", "this day") else m["this"].split()[-1].lower()
            return C(m, "ago", unit=unit, n=n, mod=mod, gran=gran)
        if m["this"]:
            return Cand(m.start(), m.start("dir") + 3, "ago", dict(unit=unit, n=n, mod=mod))
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
