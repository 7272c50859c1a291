"""Score copydesk's loaded-language analysis (CD601, CD602) on the SemEval-2020 Task 11 data.

    .venv/bin/python eval/loaded.py [--data PATH] [--limit N] [--errors N] [--json]

Reads ../shared/eval/loaded/ptc_train.jsonl (the 371 training articles of the Propaganda
Techniques Corpus, never copied into the project). Each article goes through copydesk's
stages (structure, spaCy, entities, quotes, claims) and ``copydesk.checks.language``; the
terms it reports are scored with the official SemEval-2020 span-identification measure
(partial-overlap credit, overlapping spans merged on each side first):

    P = sum_s sum_t |s & t| / |s| / |S|,  R = sum_s sum_t |s & t| / |t| / |T|

against Loaded_Language ∪ Name_Calling,Labeling (the main figure), Loaded_Language alone
(the README's lexicon baselines are on this) and all propaganda spans (``si_spans``).

Two predictions are scored:

* ``copydesk``: what CD601/CD602 report, i.e. terms in the article's own voice;
* ``any voice``: the same lexicon and contexts, but keeping terms inside quotations and
  reported speech (what copydesk leaves to the speaker).

and against two golds: all gold spans, and the gold spans outside quotation marks (a span
is inside when it lies between paired double quotation marks on its line; the gold marks
loaded words in quotes, which copydesk rightly leaves alone). A sentence-level P/R/F1 (each
line is a sentence) is printed too. ``--errors N`` writes N missed and N wrong spans with
their sentence to eval/out/loaded_errors.txt for reading.

The README's reference points are printed beside the figures: the best lexicon baseline
(a word list learned from train, Loaded_Language span F1 0.22 on dev; MPQA 0.14 / 0.11;
the Recasens bias lexicon 0.03 / 0.02) and the best system (SI F1 0.5155, all techniques).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import time
from pathlib import Path

from _common import OUT as OUT_DIR, SHARED, analysed  # noqa: E402  (first: sets sys.path)

DATA = SHARED / "loaded" / "ptc_train.jsonl"
NPOV = DATA.parent / "lexicons" / "npov_lexicon.txt"
OUT = OUT_DIR / "loaded_errors.txt"
LOADED = {"Loaded_Language", "Name_Calling,Labeling"}
README_BASELINES = [
    ("README: word list learned from train (LL, dev)", None, None, 0.22),
    ("README: MPQA strong-subjective (LL, train)", None, None, 0.14),
    ("README: Recasens bias lexicon (LL, train)", None, None, 0.03),
    ("README: best SemEval system (SI, all techniques, test)", None, None, 0.5155),
]
_DQ = re.compile(r"[\"“”„«»]")


def merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[list[int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]


class Score:
    """SemEval-2020 Task 11 SI measure, summed over articles."""

    def __init__(self):
        self.p_num = self.r_num = 0.0
        self.n_pred = self.n_gold = 0

    def add(self, pred: list[tuple[int, int]], gold: list[tuple[int, int]]) -> None:
        pred, gold = merge(pred), merge(gold)
        self.n_pred += len(pred)
        self.n_gold += len(gold)
        for s0, e0 in pred:
            for s1, e1 in gold:
                inter = min(e0, e1) - max(s0, s1)
                if inter > 0:
                    self.p_num += inter / (e0 - s0)
                    self.r_num += inter / (e1 - s1)

    def prf(self) -> tuple[float, float, float]:
        p = self.p_num / self.n_pred if self.n_pred else 0.0
        r = self.r_num / self.n_gold if self.n_gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


class SentScore:
    def __init__(self):
        self.tp = self.fp = self.fn = 0

    def add(self, text: str, pred, gold) -> None:
        pos = 0
        for line in text.split("\n"):
            a, b = pos, pos + len(line)
            pos = b + 1
            if not line.strip():
                continue
            p = any(s < b and e > a for s, e in pred)
            g = any(s < b and e > a for s, e in gold)
            self.tp += p and g
            self.fp += p and not g
            self.fn += g and not p

    def prf(self):
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def quoted_stretches(text: str) -> list[tuple[int, int]]:
    """Between paired double quotation marks, line by line (an unpaired last mark runs to
    the end of its line)."""
    out = []
    pos = 0
    for line in text.split("\n"):
        marks = [m.start() for m in _DQ.finditer(line)]
        for i in range(0, len(marks), 2):
            s = marks[i]
            e = marks[i + 1] if i + 1 < len(marks) else len(line)
            out.append((pos + s, pos + e + 1))
        pos += len(line) + 1
    return out


def inside(span: tuple[int, int], stretches: list[tuple[int, int]]) -> bool:
    s, e = span
    return any(a <= s and e <= b for a, b in stretches)


def npov_words() -> re.Pattern | None:
    if not NPOV.exists():
        return None
    words = [w.strip().lower() for w in NPOV.read_text("utf-8").splitlines() if w.strip()]
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b", re.I)


def _scorer():
    """The scorer the findings come from (the encoder's, with --encoder)."""
    import _common

    from copydesk import loaded_model

    return loaded_model.scorer(encoder=bool(_common.SETTINGS and _common.SETTINGS.loaded_encoder))


def _listed_own(t) -> bool:
    """What the hand-written word list and its context rules alone report (before the scorer):
    a lexicon term in the article's own voice, whether or not the scorer set it aside."""
    return t.source == "lexicon" and t.skip in (None, "context")


def main() -> int:
    from copydesk.checks.language import analysis

    analysis.SCORE_ALL = True  # score every candidate word for the "scorer alone" rows; findings are unchanged
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(DATA))
    ap.add_argument("--sets", default="babe,newssd,ptc",
                    help="comma-separated: babe, newssd, ptc; licensed dev: mbicdev, wcl, newssddev")
    ap.add_argument("--half", choices=("tune", "held", "all"), default="tune",
                    help="mbicdev: the tune half (even positions of the dev fold) or the held-out half")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--errors", type=int, default=0, help="write N misses and N false hits to eval/out")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--encoder", action="store_true", help="the opt-in encoder on (pip install -e '.[encoder]')")
    args = ap.parse_args()
    if args.encoder:
        import _common

        from copydesk.config import Settings

        _common.SETTINGS = Settings().merged(loaded_encoder=True)
    figures = {}
    sets = [x.strip() for x in args.sets.split(",") if x.strip()]
    if "babe" in sets:
        figures["babe"] = licensed_words(args)
    if "newssd" in sets:
        figures["newssd"] = licensed_sentences(args)
    if "ptc" in sets:
        figures["ptc"] = ptc(args)
    if "mbicdev" in sets:
        figures["mbicdev"] = mbic_dev(args)
    if "wcl" in sets:
        figures["wcl"] = wcl_phrases(args)
    if "newssddev" in sets:
        figures["newssddev"] = licensed_sentences(args, "newssd_dev.jsonl")
    if args.json:
        print(json.dumps(figures))
    return 0


def ptc(args) -> dict:
    from copydesk.checks.language import confident, loaded_terms

    rows = [json.loads(x) for x in Path(args.data).read_text("utf-8").splitlines() if x.strip()]
    if args.limit:
        rows = rows[:args.limit]
    golds = {"LL ∪ NC": lambda r: [(s["start"], s["end"]) for s in r["spans"] if s["technique"] in LOADED],
             "LL": lambda r: [(s["start"], s["end"]) for s in r["spans"] if s["technique"] == "Loaded_Language"],
             "all propaganda (SI)": lambda r: [tuple(x) for x in r["si_spans"]]}
    scores = {(pred, gname, where): Score() for pred in ("copydesk", "warnings", "word list", "any voice", "npov")
              for gname in golds for where in ("all", "outside quotes")}
    sent = {k: SentScore() for k in ("copydesk", "warnings", "word list", "any voice")}
    npov = npov_words()
    skips: dict[str, int] = {}
    misses, wrong = [], []
    t0 = time.perf_counter()
    stage_time = 0.0
    for row, doc in analysed(rows):
        t1 = time.perf_counter()
        terms = loaded_terms(doc)
        stage_time += time.perf_counter() - t1
        for t in terms:
            skips[t.skip or "reported"] = skips.get(t.skip or "reported", 0) + 1
        text = row["text"]
        stretches = quoted_stretches(text)
        preds = {"copydesk": [(t.start, t.end) for t in terms if t.skip is None],
                 "warnings": [(t.start, t.end) for t in terms if t.skip is None and confident(t)],
                 "word list": [(t.start, t.end) for t in terms if _listed_own(t)],
                 "any voice": [(t.start, t.end) for t in terms if t.skip in (None, "quoted", "attributed")],
                 "npov": [(m.start(), m.end()) for m in npov.finditer(text)] if npov else []}
        for gname, gf in golds.items():
            gold = gf(row)
            out_gold = [g for g in gold if not inside(g, stretches)]
            for pname, pred in preds.items():
                scores[(pname, gname, "all")].add(pred, gold)
                out_pred = [p for p in pred if not inside(p, stretches)]
                scores[(pname, gname, "outside quotes")].add(out_pred, out_gold)
        gold = golds["LL ∪ NC"](row)
        for k in sent:
            sent[k].add(text, preds[k], gold)
        if args.errors:
            for t in terms:
                if t.skip is None and not any(s < t.end and e > t.start for s, e in gold):
                    wrong.append((row["id"], t.kind, t.text, _line(text, t.start)))
            for s, e in merge(gold):
                if not inside((s, e), stretches) and not any(p0 < e and p1 > s for p0, p1 in preds["copydesk"]):
                    misses.append((row["id"], text[s:e], _line(text, s)))
    secs = time.perf_counter() - t0

    print("\n== SemEval-2020 Task 11 PTC train, used only as a test (never trained or tuned on) ==")
    print(f"{len(rows)} articles, {secs:.1f} s in all; loaded-language analysis {1000 * stage_time / len(rows):.2f} ms/article")
    print("terms found, by context: " + ", ".join(f"{k} {v}" for k, v in sorted(skips.items())))
    print("\nSemEval-2020 SI partial-overlap span measure")
    print(f"{'prediction':<11} {'gold':<20} {'spans':<15} {'P':>6} {'R':>6} {'F1':>6}")
    print("(copydesk: CD601/CD602 terms of any severity; warnings: those reported as warnings; word list:\n"
          " the hand-written lexicon and its context rules alone, as before the scorer)")
    figures = {}
    for (pname, gname, where), sc in scores.items():
        p, r, f = sc.prf()
        figures[f"{pname} | {gname} | {where}"] = {"P": round(p, 3), "R": round(r, 3), "F1": round(f, 3)}
        print(f"{pname:<11} {gname:<20} {where:<15} {p:6.3f} {r:6.3f} {f:6.3f}")
    print("\nsentence level (LL ∪ NC; each line a sentence):")
    for k, sc in sent.items():
        p, r, f = sc.prf()
        figures[f"sentence | {k}"] = {"P": round(p, 3), "R": round(r, 3), "F1": round(f, 3)}
        print(f"  {k:<10} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    print("\nreference points (../shared/eval/loaded/README.md):")
    for name, _, _, f in README_BASELINES:
        print(f"  {name:<58} F1 {f:.2f}")
    print("  (npov rows above: the Recasens lexicon matched word for word here, any voice)")
    if args.errors:
        rnd = random.Random(7)
        rnd.shuffle(misses)
        rnd.shuffle(wrong)
        OUT.parent.mkdir(parents=True, exist_ok=True)
        with OUT.open("w", encoding="utf-8") as fh:
            fh.write(f"# false hits ({len(wrong)})\n")
            for w in wrong[:args.errors]:
                fh.write(f"{w[0]} {w[1]} “{w[2]}”  | {w[3]}\n")
            fh.write(f"\n# misses outside quotes ({len(misses)})\n")
            for m in misses[:args.errors]:
                fh.write(f"{m[0]} “{m[1]}”  | {m[2]}\n")
        print(f"\nerrors written to {OUT}")
    return figures


LICENSED = SHARED / "loaded" / "licensed"
MBIC_WORD_F1 = 0.43  # MBIC paper, XGBoost, bias-inducing words (its own test split)
NEWSSD_ANCHORS = "mBERT 0.74, sentence-BERT + LR 0.69, tf-idf + LR 0.48"


def _read(path: Path, limit: int | None) -> list[dict]:
    rows = [json.loads(x) for x in path.read_text("utf-8").splitlines() if x.strip()]
    return rows[:limit] if limit else rows


def _prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"P": round(p, 3), "R": round(r, 3), "F1": round(2 * p * r / (p + r) if p + r else 0.0, 3),
            "tp": tp, "fp": fp, "fn": fn}


def _word_spans(doc) -> list[tuple[int, int]]:
    """Every alphabetic token of the article: the unit of the word-level measures."""
    return [(b.start + t.idx, b.start + t.idx + len(t)) for b, sd in zip(doc.blocks, doc.docs)
            for t in sd if t.is_alpha]


def _count_words(c: list[int], toks, pred, gold) -> None:
    """Add one article's words to [tp, fp, fn]: a word is flagged (or gold) when a span covers it."""
    for s, e in toks:
        p = any(a < e and b > s for a, b in pred)
        g = any(a < e and b > s for a, b in gold)
        c[0] += p and g
        c[1] += p and not g
        c[2] += g and not p


def _predictions(doc) -> dict[str, list[tuple[int, int]]]:
    """Per prediction, the character spans of the words it flags. A term's words are its
    content words (the judged noun of "brutal dictator" is not counted as a flagged word)."""
    from copydesk import loaded_model
    from copydesk.checks.language import confident, loaded_terms

    terms = loaded_terms(doc)
    model = _scorer()
    word_thr = model.thresholds.get("context", {}).get("word", 0.5) if model else 1.01
    scored = {(s, e): sc for s, e, sc, _ in doc.extras.get("loaded_scores", [])}
    cued = {(s, e) for s, e, _, cue in doc.extras.get("loaded_scores", []) if cue}

    def words(ts):
        out = []
        for t in ts:
            inner = [k for k in scored if t.start <= k[0] and k[1] <= t.end]
            out.extend(inner or [(t.start, t.end)])
        return out

    return {
        "word list (own voice)": words(t for t in terms if _listed_own(t)),
        "word list (any voice)": words(t for t in terms if t.source == "lexicon"
                                       and t.skip in (None, "context", "quoted", "attributed")),
        "copydesk (own voice)": words(t for t in terms if t.skip is None),
        "copydesk warnings": words(t for t in terms if t.skip is None and confident(t)),
        "copydesk (any voice)": words(t for t in terms if t.skip in (None, "quoted", "attributed")),
        "scorer alone (any voice)": [k for k, sc in scored.items() if sc >= word_thr],
        "scorer where a cue fires": [k for k, sc in scored.items() if sc >= word_thr and k in cued],
    }


def licensed_words(args) -> dict:
    """Word-level P/R/F1 on BABE's rows that do not repeat an MBIC sentence (never trained on).
    Every alphabetic token is a word; a gold word is one inside an annotated span."""
    rows = [r for r in _read(LICENSED / "babe.jsonl", args.limit) if r.get("mbic_id") is None]
    counts: dict[str, list[int]] = {}
    for row, doc in analysed(rows, text_of=lambda r: r["text"]):
        gold = [(s["start"], s["end"]) for s in row["spans"]]
        toks = _word_spans(doc)
        for name, pred in _predictions(doc).items():
            _count_words(counts.setdefault(name, [0, 0, 0]), toks, pred, gold)
    print(f"\n== BABE rows not in MBIC ({len(rows)} sentences; AGPL, evaluation only, never trained on) ==")
    print("word level: a word is flagged when a flagged span covers it")
    out = {}
    for name, (tp, fp, fn) in counts.items():
        out[name] = _prf(tp, fp, fn)
        print(f"  {name:<26} P {out[name]['P']:.3f}  R {out[name]['R']:.3f}  F1 {out[name]['F1']:.3f}")
    print(f"  anchor: MBIC paper's word F1 {MBIC_WORD_F1} (XGBoost, on MBIC's own split)")
    return out


def licensed_sentences(args, fname: str = "newssd_test.jsonl") -> dict:
    """Sentence-level F1 of the subjective class on NewsSD-ENG test (or dev): a sentence is
    flagged subjective when the prediction flags any word in it."""
    from copydesk import loaded_model

    rows = _read(LICENSED / fname, args.limit)
    model = _scorer()
    sent_thr = model.thresholds.get("context", {}).get("sentence", 0.5) if model else 1.01
    counts: dict[str, list[int]] = {}
    for row, doc in analysed(rows, text_of=lambda r: r["sentence"]):
        gold = row["label"] == "SUBJ"
        preds = _predictions(doc)
        preds["scorer alone, sentence threshold"] = [(s, e) for s, e, sc, _ in doc.extras.get("loaded_scores", [])
                                                     if sc >= sent_thr]
        preds["every sentence subjective"] = [(0, 1)]
        for name, pred in preds.items():
            c = counts.setdefault(name, [0, 0, 0])
            p = bool(pred)
            c[0] += p and gold
            c[1] += p and not gold
            c[2] += gold and not p
    print(f"\n== NewsSD-ENG {fname} ({len(rows)} sentences"
          f"{', never trained or tuned on' if 'test' in fname else ', licensed dev'}) ==")
    print("sentence level, subjective class: flagged when any word is flagged")
    out = {}
    for name, (tp, fp, fn) in counts.items():
        out[name] = _prf(tp, fp, fn)
        print(f"  {name:<34} P {out[name]['P']:.3f}  R {out[name]['R']:.3f}  F1 {out[name]['F1']:.3f}")
    print(f"  anchors (NewsSD-ENG paper, SUBJ F1): {NEWSSD_ANCHORS}")
    return out


def mbic_dev_rows(half: str, seed: int = 15) -> list[dict]:
    """The MBIC sentences tools/train_loaded.py keeps out of training (its dev fold, 20% by
    the seed), halved by position: ``tune`` (even) to decide on, ``held`` (odd) untouched."""
    rows = _read(LICENSED / "mbic.jsonl", None)
    order = list(range(len(rows)))
    random.Random(seed).shuffle(order)
    dev = order[int(0.8 * len(order)):]
    keep = dev if half == "all" else dev[0::2] if half == "tune" else dev[1::2]
    return [rows[i] for i in sorted(keep)]


def _phrases(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Listed words next to each other (only spaces, hyphens or apostrophes between) are one
    phrase: "radical left", "illegal aliens"."""
    out: list[list[int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1] + 1 and not text[out[-1][1]:s].strip(" -'’"):
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]


def mbic_dev(args) -> dict:
    """Licensed dev: MBIC's dev fold (never trained on), a span measure (SemEval partial
    overlap, the annotators' adjacent words as one phrase) and a word measure, per prediction."""
    rows = mbic_dev_rows(args.half)
    if args.limit:
        rows = rows[:args.limit]
    from copydesk.checks.language import confident, loaded_terms

    spans = {k: Score() for k in ("copydesk", "word list", "any voice", "warnings")}
    words = {k: [0, 0, 0] for k in spans}
    wrong, missed = [], []
    for row, doc in analysed(rows, text_of=lambda r: r["sentence"]):
        text = row["sentence"]
        gold = _phrases([(s["start"], s["end"]) for s in row["spans"]], text)
        terms = loaded_terms(doc)
        preds = {"copydesk": [(t.start, t.end) for t in terms if t.skip is None],
                 "word list": [(t.start, t.end) for t in terms if _listed_own(t)],
                 "any voice": [(t.start, t.end) for t in terms if t.skip in (None, "quoted", "attributed")],
                 "warnings": [(t.start, t.end) for t in terms if t.skip is None and confident(t)]}
        toks = _word_spans(doc)
        for k, pred in preds.items():
            spans[k].add(pred, gold)
            _count_words(words[k], toks, pred, gold)
        for t in terms:
            if t.skip is None and not any(s < t.end and e > t.start for s, e in gold):
                wrong.append((row["id"], t.kind, t.source, t.text, t.score, text))
            elif t.skip is None:
                g = [text[s:e] for s, e in gold if s < t.end and e > t.start]
                missed.append((row["id"], "HIT", t.text, "/".join(g), t.score))
        for s, e in gold:
            if not any(a < e and b > s for a, b in preds["copydesk"]):
                missed.append((row["id"], "MISS", text[s:e], "", None))
    print(f"\n== MBIC dev fold, {args.half} half ({len(rows)} sentences; never trained on) ==")
    out = {}
    for k in spans:
        p, r, f = spans[k].prf()
        w = _prf(*words[k])
        out[k] = {"span": {"P": round(p, 3), "R": round(r, 3), "F1": round(f, 3)}, "word": w}
        print(f"  {k:<10} span P {p:.3f} R {r:.3f} F1 {f:.3f}   word P {w['P']:.3f} R {w['R']:.3f} F1 {w['F1']:.3f}")
    if args.errors:
        OUT.parent.mkdir(parents=True, exist_ok=True)
        path = OUT.parent / f"loaded_mbicdev_{args.half}.txt"
        with path.open("w", encoding="utf-8") as fh:
            fh.write(f"# false hits ({len(wrong)})\n")
            for w in wrong:
                fh.write(f"{w[0]} {w[1]} {w[2]} “{w[3]}” {w[4]}  | {w[5]}\n")
            fh.write("\n# hits and misses\n")
            for m in missed:
                fh.write(f"{m[0]} {m[1]} “{m[2]}” gold “{m[3]}” {m[4]}\n")
        print(f"  errors written to {path}")
    return out


def wcl_phrases(args) -> dict:
    """Licensed dev for span boundaries: NewsWCL50's judgement phrases (not "Other"), each read
    as a line of its own. Where copydesk flags something in a phrase, how much of the
    phrase its spans cover (R) and how much of its spans lies inside the phrase (P)."""
    lines = (LICENSED / "newswcl50_phrases.tsv").read_text("utf-8").splitlines()[1:]
    rows = []
    for i, line in enumerate(lines):
        parts = line.split("\t")
        if len(parts) == 3 and parts[1] != "Other" and len(parts[0].split()) >= 2:
            rows.append({"id": f"wcl-{i}", "text": parts[0]})
    if args.limit:
        rows = rows[:args.limit]
    from copydesk.checks.language import loaded_terms

    sc = Score()
    hit = 0
    for row, doc in analysed(rows):
        pred = [(t.start, t.end) for t in loaded_terms(doc) if t.skip in (None, "quoted", "attributed")]
        if pred:
            hit += 1
            sc.add(pred, [(0, len(row["text"]))])
    p, r, f = sc.prf()
    print(f"\n== NewsWCL50 judgement phrases of 2+ words ({len(rows)}; {hit} with a term) ==")
    print(f"  boundary: span P {p:.3f} R {r:.3f} F1 {f:.3f}")
    return {"phrases": len(rows), "with_term": hit, "P": round(p, 3), "R": round(r, 3), "F1": round(f, 3)}


def _line(text: str, offset: int) -> str:
    a = text.rfind("\n", 0, offset) + 1
    b = text.find("\n", offset)
    return text[a:b if b >= 0 else len(text)][:300]


if __name__ == "__main__":
    raise SystemExit(main())
