"""Rules for durations ("for 15 years", "a two-week") and sets ("every Monday",
"twice a year", "annually")."""

from __future__ import annotations

import re

from .. import lexicon as lx
from .base import WEEKDAY
from .base import (B, E, NUM, NUM_A, Cand, prev_word, next_raw, at_sentence_start, parse_num,
                   weekday_num, unit_of, duration_value, rule, C)


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


_FRACTION = {"quarter": 0.25, "quarters": 0.25, "half": 0.5, "third": 1 / 3}
_UNIT_YEARS = {"century": 100, "decade": 10, "year": 1}


@rule("fraction_unit", rf"{B}(?:(?P<mod>{lx.DURATION_MOD_RE})\s+)?(?:(?P<k>an?|one|three|two)[-\s]+)?(?P<frac>quarters?|third)"
      rf"(?:\s+of\s+an?\s+|[-\s])(?P<unit>century|decade|year){E}", re.I)
def _fraction_unit(m, text):
    """"A quarter of a century", "a quarter-century", "three-quarters of a century"."""
    k = {"three": 3, "two": 2}.get((m["k"] or "a").lower(), 1)
    years = k * _FRACTION[m["frac"].lower()] * _UNIT_YEARS[m["unit"].lower()]
    value = f"P{round(years * 12)}M" if years < 1 else f"P{years:g}Y"
    mod = lx.DURATION_MODS.get(re.sub(r"\s+", " ", m["mod"].lower())) if m["mod"] else None
    return C(m, "dur", value=value, mod=mod)


@rule("unit_and_half", rf"{B}(?:(?P<mod>{lx.DURATION_MOD_RE})\s+)?(?:an?|one)\s+(?P<unit>century|decade|year)\s+and\s+a\s+half{E}", re.I)
def _unit_and_half(m, text):
    """"A decade and a half" (15 years), "a year and a half" (18 months)."""
    years = 1.5 * _UNIT_YEARS[m["unit"].lower()]
    value = f"P{years:g}Y" if years >= 2 else "P18M"
    mod = lx.DURATION_MODS.get(re.sub(r"\s+", " ", m["mod"].lower())) if m["mod"] else None
    return C(m, "dur", value=value, mod=mod)


@rule("half_unit_hyphen", rf"{B}(?:(?P<mod>{lx.DURATION_MOD_RE})\s+)?an?\s+half[-\s](?P<unit>century|decade){E}", re.I)
def _half_unit_hyphen(m, text):
    """"A half-century", "a half century"."""
    value = {"century": "P50Y", "decade": "P5Y"}[m["unit"].lower()]
    mod = lx.DURATION_MODS.get(re.sub(r"\s+", " ", m["mod"].lower())) if m["mod"] else None
    return C(m, "dur", value=value, mod=mod)


# sets -------------------------------------------------------------------------------------------

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"

@rule("every", rf"{B}(?:every|each)\s+(?:other\s+)?(?:(?P<num>{NUM})\s+)?(?P<unit>{lx.UNIT_ANY}|weekend|{WEEKDAY}|morning|afternoon|evening|night|spring|summer|autumn|fall|winter|(?-i:{_MONTHS})){E}", re.I)
def _every(m, text):
    u = m["unit"]
    if u.lower() in lx.SEASON_WORDS:  # "each spring": every year's spring, no one spring
        return C(m, "set", value="XXXX-" + ("SP", "SU", "FA", "WI")[lx.SEASON_WORDS[u.lower()]])
    if u.lower() in lx.MONTHS and u[0].isupper():  # "every May"
        return C(m, "set", value=f"XXXX-{lx.MONTHS[u.lower()]:02d}")
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
