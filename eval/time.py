"""Score copydesk's temporal layer (copydesk.time) with TempEval-3 Task A measures.

    .venv/bin/python eval/time.py [--data PATH] [--errors] [--mode auto|checker|direct|text]
                                  [--timing N] [--json]

Reads ../shared/eval/time/meantime_en.dev.jsonl (never copied into the project): each
document's text and publication date (dct) go through copydesk, and its timexes are
compared with the gold TIMEX3s:

- strict P/R/F1: identical spans; relaxed P/R/F1: overlapping spans, matched one to one
  (identical spans first, then largest overlap);
- type accuracy and value accuracy (exact TIMEX3 string, case-insensitive) over the
  relaxed matches; type F1 = relaxed F1 x type accuracy; value F1 = relaxed F1 x value
  accuracy (TempEval-3's ranking measure);
- the same per gold type (DATE, TIME, DURATION, SET).

Modes: ``checker`` runs ``copydesk.Checker(config=False).check(text, published=dct)``
(the wired pipeline); ``direct`` segments and parses the text as tests/conftest.py does and
calls ``copydesk.time.annotate`` itself; ``text`` uses ``copydesk.time.normalize_text``
(no spaCy); ``auto`` (default) uses ``checker`` when the time stage is wired into
``copydesk.stages.STAGES`` and ``direct`` otherwise.

``--timing N`` also measures the time stage against spaCy parsing on the N longest articles
of ../shared/eval/news/articles.jsonl (the stage must cost under 10% of the parse).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from datetime import date
from pathlib import Path

from _common import SHARED  # noqa: E402  (first: sets sys.path)

HERE = Path(__file__).resolve().parent
DATA = SHARED / "time" / "meantime_en.dev.jsonl"
NEWS = SHARED / "news" / "articles.jsonl"
TYPES = ("DATE", "TIME", "DURATION", "SET")
# README anchors: (strict F1, relaxed F1, value F1) in percent
ANCHORS = [
    ("HeidelTime-t, TE3 platinum test (best value F1)", 81.34, 90.30, 77.61),
    ("HeidelTime 1.2 untuned, TE3 platinum test", 78.07, 86.99, 72.12),
    ("spaCy DATE/TIME + dateparser, this dev split", 78.9, 87.9, 45.4),
]


# --- running copydesk -------------------------------------------------------------------------

def stage_wired() -> bool:
    from copydesk import stages
    import copydesk.time as ct

    return any(name == "time" or fn is ct.annotate for name, fn in stages.STAGES)


class Runner:
    def __init__(self, mode: str):
        if mode == "auto":
            mode = "checker" if stage_wired() else "direct"
        self.mode = mode
        self._checker = None
        self._nlp = None

    @property
    def nlp(self):
        if self._nlp is None:
            from copydesk import nlp

            self._nlp = nlp.load(None)
        return self._nlp

    def document(self, text: str, published: date | None):
        from copydesk import nlp, structure
        from copydesk.config import Settings
        from copydesk.document import Document
        from copydesk.model import Article

        article = Article(text=text, published=published)
        article.blocks = structure.segment(text)
        docs = list(nlp.parse_blocks(self.nlp, [text[b.start:b.end] for b in article.blocks]))
        structure.classify(article, docs)
        return Document(article, docs, Settings())

    def timexes(self, text: str, published: date | None):
        import copydesk.time as ct

        if self.mode == "text":
            return ct.normalize_text(text, published)
        if self.mode == "checker":
            if self._checker is None:
                from copydesk import Checker

                self._checker = Checker(config=False)
            report = self._checker.check(text, published=published)
            if report.article.text != text:
                print("warning: copydesk changed the text; scoring this document in direct mode",
                      file=sys.stderr)
            elif report.timexes or stage_wired():
                return report.timexes
        doc = self.document(text, published)
        ct.annotate(doc)
        return doc.timexes


# --- scoring ------------------------------------------------------------------------------------

def match(gold: list[dict], system: list[dict]) -> tuple[list[tuple[int, int]], set[tuple[int, int]]]:
    """One-to-one relaxed matching: identical spans first, then largest overlap.
    Returns the (gold index, system index) pairs and the subset that is strict."""
    pairs: list[tuple[int, int]] = []
    strict: set[tuple[int, int]] = set()
    used_g: set[int] = set()
    used_s: set[int] = set()
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            if si not in used_s and s["start"] == g["start"] and s["end"] == g["end"]:
                pairs.append((gi, si))
                strict.add((gi, si))
                used_g.add(gi)
                used_s.add(si)
                break
    overlaps = []
    for gi, g in enumerate(gold):
        if gi in used_g:
            continue
        for si, s in enumerate(system):
            if si in used_s:
                continue
            ov = min(g["end"], s["end"]) - max(g["start"], s["start"])
            if ov > 0:
                overlaps.append((-ov, gi, si))
    for _, gi, si in sorted(overlaps):
        if gi in used_g or si in used_s:
            continue
        pairs.append((gi, si))
        used_g.add(gi)
        used_s.add(si)
    return pairs, strict


def prf(tp: int, n_sys: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


class Score:
    def __init__(self):
        self.n_gold = Counter()
        self.n_sys = Counter()
        self.strict = Counter()
        self.relaxed_g = Counter()  # matched gold, by gold type
        self.relaxed_s = Counter()  # matched system, by system type
        self.type_ok = Counter()
        self.value_ok = Counter()
        self.errors: list[tuple] = []

    def add(self, doc_id: str, text: str, gold: list[dict], system: list[dict]) -> None:
        pairs, strict = match(gold, system)
        for g in gold:
            self.n_gold[g["type"]] += 1
            self.n_gold["ALL"] += 1
        for s in system:
            self.n_sys[s["type"]] += 1
            self.n_sys["ALL"] += 1
        matched_g = {gi for gi, _ in pairs}
        matched_s = {si for _, si in pairs}
        for gi, si in pairs:
            g, s = gold[gi], system[si]
            for key in (g["type"], "ALL"):
                self.relaxed_g[key] += 1
                if (gi, si) in strict:
                    self.strict[key] += 1
                if g["type"] == s["type"]:
                    self.type_ok[key] += 1
                if g["value"].lower() == s["value"].lower():
                    self.value_ok[key] += 1
            self.relaxed_s[s["type"]] += 1
            self.relaxed_s["ALL"] += 1
            problems = []
            if (gi, si) not in strict:
                problems.append("span")
            if g["type"] != s["type"]:
                problems.append("type")
            if g["value"].lower() != s["value"].lower():
                problems.append("value")
            if problems:
                self.errors.append((doc_id, "+".join(problems), g, s, text))
        for gi, g in enumerate(gold):
            if gi not in matched_g:
                self.errors.append((doc_id, "missed", g, None, text))
        for si, s in enumerate(system):
            if si not in matched_s:
                self.errors.append((doc_id, "spurious", None, s, text))

    def row(self, key: str) -> dict:
        ng, ns = self.n_gold[key], self.n_sys[key]
        sp, sr, sf = prf(self.strict[key], ns, ng)
        rp, rr, rf = prf(self.relaxed_g[key], ns, ng)
        if key != "ALL":
            # precision per type counts system timexes of that type that matched anything
            rp = self.relaxed_s[key] / ns if ns else 0.0
            rf = 2 * rp * rr / (rp + rr) if rp + rr else 0.0
            sp = self.strict[key] / ns if ns else 0.0
            sf = 2 * sp * sr / (sp + sr) if sp + sr else 0.0
        m = self.relaxed_g[key]
        ta = self.type_ok[key] / m if m else 0.0
        va = self.value_ok[key] / m if m else 0.0
        return dict(gold=ng, system=ns, strict_p=sp, strict_r=sr, strict_f1=sf, relaxed_p=rp,
                    relaxed_r=rr, relaxed_f1=rf, type_acc=ta, type_f1=rf * ta, value_acc=va,
                    value_f1=rf * va)


def as_dicts(timexes) -> list[dict]:
    return [dict(start=t.start, end=t.end, text=t.text, type=t.type, value=t.value, mod=t.mod)
            for t in timexes]


def ctx(text: str, start: int, end: int, width: int = 45) -> str:
    s = text[max(0, start - width):start] + "[" + text[start:end] + "]" + text[end:end + width]
    return s.replace("\n", " ")


def print_table(score: Score, runner_mode: str, n_docs: int, elapsed: float) -> None:
    print(f"copydesk.time on {n_docs} dev documents (mode: {runner_mode}, {elapsed:.1f}s)\n")
    head = (f"{'':10} {'gold':>5} {'sys':>5} | {'strict P':>8} {'R':>6} {'F1':>6} | "
            f"{'relax P':>7} {'R':>6} {'F1':>6} | {'type acc':>8} {'type F1':>7} | "
            f"{'val acc':>7} {'val F1':>6}")
    print(head)
    print("-" * len(head))
    for key in ("ALL",) + TYPES:
        r = score.row(key)
        print(f"{key:10} {r['gold']:5d} {r['system']:5d} | {100 * r['strict_p']:8.1f} "
              f"{100 * r['strict_r']:6.1f} {100 * r['strict_f1']:6.1f} | {100 * r['relaxed_p']:7.1f} "
              f"{100 * r['relaxed_r']:6.1f} {100 * r['relaxed_f1']:6.1f} | {100 * r['type_acc']:8.1f} "
              f"{100 * r['type_f1']:7.1f} | {100 * r['value_acc']:7.1f} {100 * r['value_f1']:6.1f}")
    print("\n(per-type rows: recall over gold of that type, precision over system timexes of that type)")
    print("\nAnchors (README)                                   strict F1  relaxed F1  value F1")
    for name, s, r, v in ANCHORS:
        print(f"  {name:50} {s:8.1f} {r:10.1f} {v:9.1f}")
    a = score.row("ALL")
    print(f"  {'copydesk.time, this dev split':50} {100 * a['strict_f1']:8.1f} "
          f"{100 * a['relaxed_f1']:10.1f} {100 * a['value_f1']:9.1f}")


def print_errors(score: Score) -> None:
    kinds = Counter(e[1] for e in score.errors)
    print("\nErrors:", ", ".join(f"{k} {n}" for k, n in kinds.most_common()))
    for doc_id, kind, g, s, text in score.errors:
        if g is not None and s is not None:
            print(f"  {kind:18} gold {g['type']:8} {g['value']:16} sys {s['type']:8} {s['value']:16} "
                  f"{ctx(text, g['start'], g['end'])}  <sys: {s['text']!r}>  ({doc_id[:30]})")
        elif g is not None:
            print(f"  {kind:18} gold {g['type']:8} {g['value']:16} {'':29} "
                  f"{ctx(text, g['start'], g['end'])}  ({doc_id[:30]})")
        else:
            print(f"  {kind:18} {'':30} sys {s['type']:8} {s['value']:16} "
                  f"{ctx(text, s['start'], s['end'])}  ({doc_id[:30]})")


def timing(runner: Runner, n: int) -> dict:
    """Time-stage cost against the spaCy parse on the n longest news articles."""
    import copydesk.time as ct
    from copydesk import nlp, structure
    from copydesk.config import Settings
    from copydesk.document import Document
    from copydesk.model import Article

    arts = [json.loads(line) for line in NEWS.open(encoding="utf-8")]
    arts.sort(key=lambda a: -len(a["text"]))
    arts = arts[:n]
    spacy_nlp = runner.nlp
    parse_s = stage_s = 0.0
    words = timexes = 0
    rows = []
    for a in arts:
        text = a["text"]
        article = Article(text=text, published=date.fromisoformat(a["published"]))
        article.blocks = structure.segment(text)
        t0 = time.perf_counter()
        docs = list(nlp.parse_blocks(spacy_nlp, [text[b.start:b.end] for b in article.blocks]))
        t1 = time.perf_counter()
        structure.classify(article, docs)
        doc = Document(article, docs, Settings())
        t2 = time.perf_counter()
        ct.annotate(doc)
        t3 = time.perf_counter()
        parse_s += t1 - t0
        stage_s += t3 - t2
        words += len(text.split())
        timexes += len(doc.timexes)
        rows.append((a["id"], len(text.split()), t1 - t0, t3 - t2, len(doc.timexes)))
    print(f"\nTiming on the {len(arts)} longest news articles ({words} words, {timexes} timexes):")
    for aid, w, p, s, k in rows:
        print(f"  {aid:32} {w:5d} words  parse {1000 * p:7.1f} ms  time stage {1000 * s:6.1f} ms "
              f"({100 * s / p:4.1f}%)  {k} timexes")
    print(f"  total: parse {parse_s:.2f}s, time stage {stage_s:.3f}s = {100 * stage_s / parse_s:.1f}% of parse")
    return dict(parse_s=parse_s, stage_s=stage_s, share=stage_s / parse_s)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--errors", action="store_true", help="list every mismatch")
    ap.add_argument("--mode", choices=("auto", "checker", "direct", "text"), default="auto")
    ap.add_argument("--timing", type=int, default=0, metavar="N",
                    help="also time the stage against parsing on the N longest news articles")
    ap.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = ap.parse_args(argv)

    runner = Runner(args.mode)
    docs = [json.loads(line) for line in args.data.open(encoding="utf-8")]
    score = Score()
    t0 = time.perf_counter()
    for d in docs:
        dct = date.fromisoformat(d["dct"]) if d.get("dct") else None
        system = as_dicts(runner.timexes(d["text"], dct))
        for s in system:
            assert d["text"][s["start"]:s["end"]] == s["text"], (d["id"], s)
        score.add(d["id"], d["text"], d["timexes"], system)
    elapsed = time.perf_counter() - t0
    if args.json:
        out = {key: score.row(key) for key in ("ALL",) + TYPES}
        if args.timing:
            out["timing"] = timing(runner, args.timing)
        print(json.dumps(out, indent=2))
        return 0
    print_table(score, runner.mode, len(docs), elapsed)
    if args.errors:
        print_errors(score)
    if args.timing:
        timing(runner, args.timing)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
