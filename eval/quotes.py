"""Score copydesk's quotes against the PolNeAR attribution data (shared/eval/quotes).

    python eval/quotes.py [--data PATH] [--limit N] [--errors N] [--subset quoted]

The metric is the one the data's README recommends, implemented here:

* everything is measured on alphanumeric characters only: C(q) is the set of alnum offsets in
  a quote's content spans (a prediction's ``parts``, or start..end when it has none);
* coverage-matched detection (primary, threshold 0.5): prediction p *hits* gold g when
  |C(p) & C(g)| / |C(p)| >= 0.5 (the best g when several); g is *found* when the
  predictions hitting it cover >= 0.5 of C(g);
* strict detection: greedy one-to-one matching on Jaccard(C(p), C(g)) >= 0.9;
* speaker accuracy, on found gold with a source: the prediction overlapping g most is
  right when its speaker mention span overlaps the gold source span (alnum overlap), or
  when the last capitalised token (>= 3 letters) of its speaker string (the resolved name,
  or the mention text) occurs in the gold source text; split by the gold source's form
  (pronoun or relative pronoun / name / description);
* end-to-end F1: a hit or a find only counts when the speaker is also right (gold with no
  source is right when the prediction has none);
* cue accuracy: the predicted cue span overlaps the gold cue span;
* per subset: ``quoted`` (direct + mixed), ``direct``, ``indirect+reporting_cue`` and ``all``.
  Recall is over the gold in the subset; a prediction counts toward precision when it hits
  gold in the subset, or hits no gold and its own kind (derived from its content span the
  way the data derives gold kinds: inside double quote marks or not) is in the subset;
  predictions hitting gold outside the subset are ignored. For the reporting-cue subset a
  prediction's cue is judged by the same kind of heuristic the data uses (a speech,
  writing or evidence word, or punctuation only).

The data is research data without a licence to redistribute: it is read in place and never
copied into the project. Error listings go to stderr or to eval/out/ (gitignored).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

from _common import SHARED  # noqa: E402  (first: sets sys.path)

DEFAULT_DATA = SHARED / "quotes" / "dev.jsonl"

SUBSETS = ("quoted", "direct", "indirect+reporting_cue", "all")
DOUBLE = "\"“”„‟«»"
PRONOUNS = frozenset("he she they it i we you who that which this these those him her them his its "
                     "their our my me us whom whose".split())
# The data's own reporting-cue test: speech, writing or evidence words, or punctuation only.
REPORTING_WORDS = re.compile(
    r"\b(say|said|says|saying|tell|told|tells|telling|according|report|reported|reports|reporting|write|"
    r"wrote|writes|written|writing|tweet\w*|show\w*|find|found|finds|cite\w*|add|added|adds|adding|note\w*|"
    r"state\w*|claim\w*|announc\w*|explain\w*|warn\w*|insist\w*|argu\w*|accus\w*|deni\w*|deny\w*|"
    r"confirm\w*|acknowledg\w*|admit\w*|recount\w*|recall\w*|declar\w*|stress\w*|emphasi\w*|predict\w*|"
    r"suggest\w*|alleg\w*|ask\w*|respond\w*|repl\w*|testif\w*|conced\w*|caution\w*|complain\w*|"
    r"comment\w*|remark\w*|observ\w*|reveal\w*|disclos\w*|mention\w*|post\w*|quot\w*|indicat\w*|"
    r"conclud\w*|estimat\w*|describ\w*|call\w*|assert\w*|maintain\w*|contend\w*|reiterat\w*)\b", re.I)


def alnum_set(text: str, spans) -> frozenset[int]:
    return frozenset(i for s, e in spans for i in range(max(0, s), min(len(text), e)) if text[i].isalnum())


def double_quoted(text: str) -> list[bool]:
    """For each character, whether it lies between paired double quote marks (per paragraph)."""
    inside = [False] * len(text)
    for m in re.finditer(r"[^\n]+", text):
        s, e = m.span()
        opened = None
        for p in range(s, e):
            ch = text[p]
            if ch not in DOUBLE:
                continue
            prev = text[p - 1] if p > s else " "
            nxt = text[p + 1] if p + 1 < e else " "
            if opened is None:
                if ch in "”»" and not prev.isspace():
                    continue
                opened = p
            else:
                if ch in "“„«" and prev.isspace() and not nxt.isspace():
                    opened = p
                    continue
                for i in range(opened, p + 1):
                    inside[i] = True
                opened = None
    return inside


def derived_kind(text: str, spans, quoted: list[bool]) -> str:
    chars = alnum_set(text, spans)
    if not chars:
        return "indirect"
    n = sum(1 for i in chars if quoted[i])
    if n == len(chars):
        return "direct"
    if n == 0:
        return "indirect"
    return "mixed"


def reporting_cue(cue: str | None) -> bool:
    if cue is None:
        return False
    if not any(ch.isalnum() for ch in cue):
        return True
    return bool(REPORTING_WORDS.search(cue))


def in_subset(subset: str, kind: str, rep: bool) -> bool:
    if subset == "quoted":
        return kind in ("direct", "mixed")
    if subset == "direct":
        return kind == "direct"
    if subset == "indirect+reporting_cue":
        return kind == "indirect" and rep
    return True


def source_form(text: str | None) -> str:
    if not text:
        return "none"
    words = re.findall(r"[\w’']+", text)
    if words and all(w.lower() in PRONOUNS for w in words):
        return "pronoun"
    skip = {"The", "A", "An", "One", "Another", "Some", "Many", "Most", "Several", "Two", "Three", "His",
            "Her", "Their", "Its", "Our", "This", "That", "These", "Those", "Only", "More", "All", "Both"}
    if any(w[:1].isupper() and w not in skip for w in words):
        return "named"
    return "description"


def last_cap_token(s: str | None) -> str | None:
    if not s:
        return None
    toks = [w for w in re.findall(r"[^\W\d_][\w’'-]*", s) if w[:1].isupper() and
            sum(ch.isalpha() for ch in w) >= 3]
    return toks[-1] if toks else None


class Gold:
    __slots__ = ("chars", "kind", "rep", "src_chars", "src_text", "src_raw", "cue_spans", "raw", "has_src")

    def __init__(self, text: str, q: dict):
        self.raw = q
        self.chars = alnum_set(text, q["content_spans"])
        self.kind = q["kind"]
        self.rep = bool(q.get("reporting_cue"))
        spans = q.get("speaker_spans") or ([[q["speaker_start"], q["speaker_end"]]]
                                          if q.get("speaker_start") is not None else [])
        self.src_chars = alnum_set(text, spans)
        self.src_raw = spans
        self.src_text = " ".join(text[s:e] for s, e in spans) if spans else (q.get("speaker") or "")
        self.has_src = bool(spans) or bool(q.get("speaker"))
        self.cue_spans = q.get("cue_spans") or ([[q["cue_start"], q["cue_end"]]]
                                               if q.get("cue_start") is not None else [])


class Pred:
    __slots__ = ("chars", "kind", "rep", "q", "spk_chars", "spk_strings", "has_spk", "cue")

    def __init__(self, text: str, q, quoted: list[bool]):
        self.q = q
        spans = [(p.start, p.end) for p in q.parts] or [(q.start, q.end)]
        self.chars = alnum_set(text, spans)
        self.kind = derived_kind(text, spans, quoted)
        self.rep = reporting_cue(q.cue.text if q.cue else None)
        sp = q.speaker
        self.has_spk = sp is not None
        self.spk_chars = alnum_set(text, [(sp.start, sp.end)]) if sp else frozenset()
        self.spk_strings = [s for s in ((sp.name, sp.text) if sp else ()) if s]
        self.cue = (q.cue.start, q.cue.end) if q.cue else None


def speaker_ok(p: Pred, g: Gold) -> bool:
    if not g.has_src:
        return not p.has_spk
    if not p.has_spk:
        return False
    if p.spk_chars & g.src_chars:
        return True
    gold_words = set(re.findall(r"[\w’'-]+", g.src_text))
    for s in p.spk_strings:
        tok = last_cap_token(s)
        if tok and tok in gold_words:
            return True
    return False


def cue_ok(p: Pred, g: Gold) -> bool:
    if p.cue is None or not g.cue_spans:
        return False
    s, e = p.cue
    return any(s < ge and gs < e for gs, ge in g.cue_spans)


class Tally:
    def __init__(self):
        self.c = Counter()
        self.spk_form = Counter()

    def prf(self, hit: str, pred: str, found: str, gold: str) -> tuple[float, float, float]:
        p = self.c[hit] / self.c[pred] if self.c[pred] else 0.0
        r = self.c[found] / self.c[gold] if self.c[gold] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


def score_article(text: str, golds: list[Gold], preds: list[Pred], tallies: dict[str, Tally],
                  errors: list | None, art_id: str) -> None:
    # coverage: each prediction's best gold
    best: list[tuple[int | None, float]] = []
    hitting: dict[int, list[int]] = {}
    for pi, p in enumerate(preds):
        bg, bcov = None, 0.0
        if p.chars:
            for gi, g in enumerate(golds):
                inter = len(p.chars & g.chars)
                if inter:
                    cov = inter / len(p.chars)
                    if cov > bcov:
                        bg, bcov = gi, cov
        if bcov >= 0.5:
            best.append((bg, bcov))
            hitting.setdefault(bg, []).append(pi)
        else:
            best.append((None, bcov))
    found: dict[int, int | None] = {}  # gold -> the prediction overlapping it most
    for gi, g in enumerate(golds):
        ps = hitting.get(gi, [])
        if not ps or not g.chars:
            continue
        cover = set().union(*(preds[pi].chars & g.chars for pi in ps))
        if len(cover) / len(g.chars) >= 0.5:
            found[gi] = max(ps, key=lambda pi: len(preds[pi].chars & g.chars))
    # strict: greedy one-to-one on Jaccard >= 0.9
    pairs = []
    for pi, p in enumerate(preds):
        for gi, g in enumerate(golds):
            inter = len(p.chars & g.chars)
            if inter:
                j = inter / len(p.chars | g.chars)
                if j >= 0.9:
                    pairs.append((j, pi, gi))
    pairs.sort(reverse=True)
    s_pred, s_gold = {}, {}
    for _, pi, gi in pairs:
        if pi not in s_pred and gi not in s_gold:
            s_pred[pi], s_gold[gi] = gi, pi
    for subset in SUBSETS:
        t = tallies[subset]
        gin = [in_subset(subset, g.kind, g.rep) for g in golds]
        for gi, g in enumerate(golds):
            if not gin[gi]:
                continue
            t.c["gold"] += 1
            if gi in s_gold:
                t.c["s_found"] += 1
            if gi in found:
                t.c["found"] += 1
                p = preds[found[gi]]
                ok = speaker_ok(p, g)
                if g.has_src:
                    form = source_form(g.src_text)
                    t.c["spk_n"] += 1
                    t.spk_form[(form, "n")] += 1
                    if ok:
                        t.c["spk_ok"] += 1
                        t.spk_form[(form, "ok")] += 1
                    elif errors is not None and subset == "quoted":
                        errors.append(("speaker", art_id, g, p))
                if ok:
                    t.c["e2e_found"] += 1
                if g.cue_spans:
                    t.c["cue_n"] += 1
                    if cue_ok(p, g):
                        t.c["cue_ok"] += 1
            elif errors is not None and subset in ("quoted", "indirect+reporting_cue"):
                errors.append(("miss-" + subset, art_id, g, None))
        for pi, p in enumerate(preds):
            gi, _ = best[pi]
            if gi is not None:
                if not gin[gi]:
                    continue
                t.c["pred"] += 1
                t.c["hit"] += 1
                if speaker_ok(p, golds[gi]):
                    t.c["e2e_hit"] += 1
                if pi in s_pred and gin[s_pred[pi]]:
                    t.c["s_hit"] += 1
            else:
                if not in_subset(subset, p.kind, p.rep):
                    continue
                t.c["pred"] += 1
                if pi in s_pred and gin[s_pred[pi]]:
                    t.c["s_hit"] += 1
                if errors is not None and subset in ("quoted", "indirect+reporting_cue"):
                    errors.append(("fp-" + subset, art_id, None, p))


REFERENCE = [
    ("regex (README)", "quoted .976/.671/.795, e2e~0", "direct .969/.940/.954", "indirect+rc 0", "all F1 .322"),
    ("textacy (README)", "quoted .998/.563/.720, spk .912, e2e .653", "direct .998/.791/.882, spk .942, e2e .832",
     "indirect+rc 0", "all F1 .278, e2e .253"),
    ("human vs human", "quoted F1 .962, spk .975, e2e .929", "direct F1 .980, e2e .963",
     "indirect+rc F1 .911, spk .965, e2e .844", "all F1 .823, e2e .768"),
]
ANCHORS = ("Published anchors (other data, for orientation): BBC Citron (PARC3) content F1 83.3, "
           "source F1 85.3; Gender Gap Tracker quote F1 83.7, speaker acc 86.5.")


def fmt(x: float) -> str:
    return f"{x:.3f}".lstrip("0") if x < 1 else "1.00"


def report(tallies: dict[str, Tally], name: str, n_articles: int, seconds: float) -> str:
    lines = [f"copydesk quotes on {name}: {n_articles} articles, {seconds:.1f}s", ""]
    head = (f"{'subset':<24} {'gold':>5} {'pred':>5}  {'P':>5} {'R':>5} {'F1':>5}  {'strictF1':>8}  "
            f"{'spk':>5} {'named':>5} {'pron':>5} {'descr':>5}  {'e2eF1':>5}  {'cue':>5}")
    lines.append(head)
    lines.append("-" * len(head))
    for subset in SUBSETS:
        t = tallies[subset]
        p, r, f = t.prf("hit", "pred", "found", "gold")
        sp, sr, sf = t.prf("s_hit", "pred", "s_found", "gold")
        ep, er, ef = t.prf("e2e_hit", "pred", "e2e_found", "gold")
        spk = t.c["spk_ok"] / t.c["spk_n"] if t.c["spk_n"] else 0.0
        forms = []
        for form in ("named", "pronoun", "description"):
            n = t.spk_form[(form, "n")]
            forms.append(fmt(t.spk_form[(form, "ok")] / n) if n else "  -  ")
        cue = t.c["cue_ok"] / t.c["cue_n"] if t.c["cue_n"] else 0.0
        lines.append(f"{subset:<24} {t.c['gold']:>5} {t.c['pred']:>5}  {fmt(p):>5} {fmt(r):>5} {fmt(f):>5}  "
                     f"{fmt(sf):>8}  {fmt(spk):>5} {forms[0]:>5} {forms[1]:>5} {forms[2]:>5}  {fmt(ef):>5}  "
                     f"{fmt(cue):>5}")
    lines.append("")
    lines.append("Reference rows on dev.jsonl (from the data's README, P/R/F1):")
    for row in REFERENCE:
        lines.append(f"  {row[0]:<18} " + " | ".join(row[1:]))
    lines.append(ANCHORS)
    return "\n".join(lines)


def describe_error(kind: str, art: str, g: Gold | None, p: Pred | None, text: str) -> str:
    def clip(s: str, n: int = 220) -> str:
        s = " ".join(s.split())
        return s if len(s) <= n else s[:n - 1] + "…"
    out = [f"[{kind}] {art}"]
    if g is not None:
        q = g.raw
        frag = " | ".join(text[s:e] for s, e in q["content_spans"])
        out.append(f"  gold {q['kind']} src={q.get('speaker')!r} cue={q.get('cue')!r}: {clip(frag)}")
        s0 = min(s for s, _ in q["content_spans"])
        e0 = max(e for _, e in q["content_spans"])
        out.append(f"  context: {clip(text[max(0, s0 - 120):e0 + 80], 400)}")
    if p is not None:
        q = p.q
        sp = q.speaker
        out.append(f"  pred {q.kind} spk={(sp.text, sp.name) if sp else None!r} "
                   f"cue={q.cue.text if q.cue else None!r}: {clip(q.text)}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--errors", type=int, default=0, help="print N misses / false positives")
    ap.add_argument("--errors-kind", default=None, help="only errors of this kind (e.g. miss-quoted, speaker)")
    ap.add_argument("--out", type=Path, default=None, help="write the error listing to this file")
    args = ap.parse_args(argv)

    from copydesk import Checker, stages

    # Only the stages the quotes stage depends on (and itself): later stages cannot change
    # doc.quotes, and skipping them keeps this quick and independent of their state.
    names = [n for n, _ in stages.STAGES]
    if "quotes" in names:
        stages.STAGES[:] = stages.STAGES[:names.index("quotes") + 1]

    records = []
    with open(args.data, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                records.append(json.loads(line))
            if args.limit and len(records) >= args.limit:
                break
    checker = Checker(config=False, select=["CD7"])
    t0 = time.perf_counter()
    items = [(r["text"], r["meta"].get("publication_date")) for r in records]
    tallies = {s: Tally() for s in SUBSETS}
    errors: list | None = [] if args.errors else None
    texts = {}
    for rec, rep in zip(records, checker.pipe(items)):
        text = rec["text"]
        assert rep.article.text == text, "copydesk changed the text: offsets would not compare"
        quoted = double_quoted(text)
        golds = [Gold(text, q) for q in rec["quotes"]]
        preds = [Pred(text, q, quoted) for q in rep.quotes]
        for q in rep.quotes:
            assert text[q.start:q.end] == q.text
        texts[rec["id"]] = text
        score_article(text, golds, preds, tallies, errors, rec["id"])
    seconds = time.perf_counter() - t0
    print(report(tallies, args.data.name, len(records), seconds))
    tim = checker.timings
    if tim.get("parse"):
        print(f"\nstage time: parse {tim['parse']:.1f}s, entities {tim.get('entities', 0):.1f}s, "
              f"quotes {tim.get('quotes', 0):.2f}s ({100 * tim.get('quotes', 0) / tim['parse']:.1f}% of parse), "
              f"CD7xx checks {tim.get('checks:CD7xx', 0):.2f}s")
    if errors:
        kinds = [e for e in errors if args.errors_kind is None or e[0] == args.errors_kind]
        import random

        random.Random(0).shuffle(kinds)
        listing = "\n\n".join(describe_error(k, a, g, p, texts[a]) for k, a, g, p in kinds[:args.errors])
        if args.out:
            args.out.parent.mkdir(parents=True, exist_ok=True)
            args.out.write_text(listing + "\n", encoding="utf-8")
            print(f"\n{min(len(kinds), args.errors)} errors written to {args.out}")
        else:
            print(listing, file=sys.stderr)
        print(f"error counts: {dict(Counter(k for k, _, _, _ in errors))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
