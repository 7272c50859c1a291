"""A gated cue pattern answers exactly as its plain compiled pattern does; it only skips the
engine's scan of a text that lacks the literals every match contains."""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
from pathlib import Path

import copydesk
from copydesk import lazy_re
from copydesk.lazy_re import GatedPattern, gated

SENTENCES = [
    "The Hollin council voted 7-2 against the plan; five members voted for it and two against.",
    "Of the 40 staff, 12 were laid off, including six drivers, and the rest kept their jobs.",
    "A JURY CONVICTED the landlord of Pellow Yard, who had pleaded guilty to two offences.",
    "The cost rose to 12 per cent of the budget, or 9% of the total, the treasurer said.",
    "Nothing about any of that, said Wenna Tolley, a ferry pilot, on the quay.",
    "He was re-elected for a second term and also served as chair once before.",
    # letters that fold to ASCII unlike the rest: the gates stand aside in such a text
    "The clerk waſ jailed; a \u212aestrel footage İnset, 3/4/2021, ſentenced.",
    "",
]


def _corpus() -> list[str]:
    path = Path(__file__).parent / "data" / "corpus.jsonl"
    with path.open(encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in fh][:30]
    return [s for t in texts for s in re.split(r"(?<=[.!?])\s+|\n+", t) if s]


def _answers(p, text: str) -> tuple:
    return (repr(p.search(text)), repr(p.search(text, 3)), repr(p.match(text)), repr(p.fullmatch(text)),
            [m.span() for m in p.finditer(text)], p.findall(text), p.sub("#", text), p.subn("#", text, 1))


def _warm(p: GatedPattern) -> None:
    for _ in range(lazy_re.GATE_AFTER + 1):
        p.search("")


def test_a_gated_pattern_answers_as_the_plain_one():
    patterns = [(r"\b(?:convicted|pleaded guilty|offen[cs]es|jailed)\b", re.I),
                (r"(\d+)\s+(?:voted|voting)\s+(for|against)\b", re.I),
                (r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{2,4})(?![\d/])", 0),
                (r"Footage|\bKestrel\b", 0),  # case-sensitive
                (r"\w+ing\b", re.I)]
    for source, flags in patterns:
        plain, g = re.compile(source, flags), gated(source, flags)
        for text in SENTENCES:  # before the gates are worked out
            assert _answers(g, text) == _answers(plain, text), (source, text)
        _warm(g)
        assert g._gates is not None
        for text in SENTENCES + [s.upper() for s in SENTENCES]:
            assert _answers(g, text) == _answers(plain, text), (source, text)


def test_a_text_without_the_literals_never_reaches_the_engine():
    g = gated(r"\b(?:survived by|leaves)\b", re.I)
    _warm(g)
    assert g.pattern == r"\b(?:survived by|leaves)\b" and g.flags & re.I  # the rest as re's
    scanned = []

    class Spy:
        def search(self, text, *args):
            scanned.append(text)
            return None

    g._compiled = Spy()
    for text in ("The mill closed in May.", "She is SURVIVED BY two sons.", "He leaves a widow.",
                 "Autumn leaveſ fall."):
        g.search(text)
    assert scanned == ["She is SURVIVED BY two sons.", "He leaves a widow.", "Autumn leaveſ fall."]


def test_a_pattern_without_literals_scans_every_text():
    g = gated(r"\d+\s?\w+")
    _warm(g)
    assert g._gates == ()
    assert g.search("pay 40 pounds").group(0) == "40 pounds"


def test_every_gated_cue_pattern_of_copydesk_answers_as_its_plain_compile():
    found = []
    for info in pkgutil.walk_packages(copydesk.__path__, "copydesk."):
        if info.name.endswith("__main__") or ".web" in info.name or ".store" in info.name:
            continue
        mod = importlib.import_module(info.name)
        found += [(f"{info.name}.{k}", v) for k, v in vars(mod).items() if isinstance(v, GatedPattern)]
    assert len(found) >= 15
    texts = SENTENCES + _corpus()
    for name, g in found:
        fresh = gated(g.source, g.flags)
        _warm(fresh)
        plain = re.compile(g.source, g.flags)
        for text in texts:
            assert repr(fresh.search(text)) == repr(plain.search(text)), (name, text)
            assert [m.span() for m in fresh.finditer(text)] == [m.span() for m in plain.finditer(text)], name
