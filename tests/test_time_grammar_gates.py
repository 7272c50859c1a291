"""The time grammar's literal gates skip a window only where its rule cannot match: the
candidates are the same with them and without them."""

from __future__ import annotations

import json
import re
from pathlib import Path

from copydesk.lazy_re import ODD_CASE, required_literals
from copydesk.time.grammar import RULES, selection

TEXTS = [
    "The ferry sank three years ago, on 4 March 2019, and again last year on March 14.",
    "Talks resume next week; the 1990s boom ended in the autumn of 2001, said Ossian Pell, 61.",
    "From 9:30 a.m. until midnight on Christmas Eve, twice a week for six months.",
    "A fortnight later, in Q3 of FY2024, the mid-2000s plan was dropped for the long term.",
    "SEVEN DAYS AGO the Brimcote mill shut; it reopens early next month, and each spring.",
    # letters that fold to ASCII unlike the rest: the gates stand aside in such a text
    "Seven dayſ ago in İskorn and 3 \u212aM away, a week later, on Tuesday.",
]


def _corpus() -> list[str]:
    path = Path(__file__).parent / "data" / "corpus.jsonl"
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line)["text"] for line in fh][:40]


def _key(cands):
    return [(c.start, c.end, c.kind, c.rule, repr(sorted(c.data.items(), key=lambda kv: kv[0]))) for c in cands]


def test_what_the_parse_of_a_pattern_proves():
    assert required_literals(r"ab(?:cd|ef)+g", re.I) == (("ab",), ("cd", "ef"), ("g",))
    assert required_literals(r"(?:x|)yz", re.I) == (("yz",),)  # an empty alternative claims nothing
    assert required_literals(r"\d+\s+(?:year|month)s?\s+AGO(?!\w)", re.I) == (("month", "year"), ("ago",))
    assert required_literals(r"(?-i:Abc)d", re.I) == (("d",),)  # a group under its own flags claims nothing
    assert required_literals(r"a(?=bcd)e") == (("ae",),)  # a lookahead consumes nothing
    assert required_literals("(?:\u00e9t\u00e9|x)q caf\u00e9s", re.I) == (("q caf",), ("t", "x"))
    assert required_literals(r"\w+\s\d*") == ()


def test_every_match_of_every_rule_holds_its_gates():
    for name, rx, _ in RULES:
        gates = required_literals(rx.source, rx.flags)
        for text in TEXTS + _corpus():
            if ODD_CASE.search(text):
                continue
            for m in rx.finditer(text):
                seg = m.group(0).lower()
                assert all(any(lit in seg for lit in alts) for alts in gates), (name, m.group(0), gates)


def test_the_candidates_are_the_same_with_the_gates_and_without(monkeypatch):
    monkeypatch.setattr(selection, "GATE_AFTER", 0)
    monkeypatch.setattr(selection, "_GATES", {})
    skipped = 0
    for text in TEXTS + _corpus():
        for block in text.split("\n\n"):
            assert _key(selection.candidates(block)) == _key(selection.candidates(block, gated=False))
    gates = [g[1] for g in selection._GATES.values()]
    assert sum(1 for g in gates if g) > 50  # most rules have a gate
    assert ODD_CASE.search(TEXTS[-1]) and selection.candidates(TEXTS[-1])
