"""Rules for times of day, general references ("now", "recently") and holidays."""

from __future__ import annotations

import re

from .. import lexicon as lx
from .base import MONTH, WEEKDAY
from .base import (B, E, DAYNUM, YEAR, Cand, prev_word, next_raw, at_sentence_start, parse_num,
                   month_num, weekday_num, day_num, rule, C)


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
