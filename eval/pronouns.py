"""Measure the entities stage's pronoun resolution on the PolNeAR quotes dev data.

    .venv/bin/python eval/pronouns.py [--data ../shared/eval/quotes/dev.jsonl] [--sample 40]
                                      [--seed 7] [--all]

PolNeAR marks each attribution's *source* as written locally: often "he", "she" or "they",
never resolved to a name. So there is no gold antecedent; this script reports

- coverage: the share of gold pronoun sources that copydesk links to an entity;
- a proxy score: for he/she, the share resolved to a PERSON entity that is plausible on
  independent evidence: its name (surname) appears as a non-pronoun gold source in the same
  article (the people the article quotes), or its gender evidence from honorifics, gendered
  role nouns and given names (not from the pronouns we linked) agrees with the pronoun; for
  they, the share resolved to an ORG/NORP entity whose name appears in a gold source;
- a random sample of resolutions printed with their context, for a person to judge
  (``--all`` prints every one).

The data is read from ../shared (never copied into the project; see its README for the
licence: evaluation use only).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import textwrap
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from copydesk import nlp, stages, structure  # noqa: E402
from copydesk.config import Settings  # noqa: E402
from copydesk.document import Document  # noqa: E402
from copydesk.model import Article  # noqa: E402
from copydesk import names as nm  # noqa: E402

DEFAULT_DATA = HERE.parent.parent / "shared" / "eval" / "quotes" / "dev.jsonl"
PRONOUNS = {"he": "m", "she": "f", "they": None}


def analyse(spacy_nlp, text: str, published: str | None) -> tuple[Document, float, float]:
    article = Article(text=text, published=None)
    article.blocks = structure.segment(text)
    t0 = time.perf_counter()
    docs = list(nlp.parse_blocks(spacy_nlp, [text[b.start:b.end] for b in article.blocks]))
    t1 = time.perf_counter()
    structure.classify(article, docs)
    doc = Document(article, docs, Settings())
    t2 = time.perf_counter()
    for name, stage in stages.STAGES:
        if name == "entities":
            t2 = time.perf_counter()
            stage(doc)
            t3 = time.perf_counter()
            break
    return doc, t1 - t0, t3 - t2


def surname(name: str) -> str:
    words = nm.fold_words(name)
    return words[-1] if words else ""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--sample", type=int, default=40)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--all", action="store_true", help="print every resolution")
    args = ap.parse_args(argv)

    spacy_nlp = nlp.load(None)
    records = [json.loads(line) for line in args.data.open(encoding="utf-8")]
    rows = []
    parse_s = ent_s = 0.0
    for rec in records:
        text = rec["text"]
        doc, tp, te = analyse(spacy_nlp, text, rec["meta"].get("publication_date"))
        parse_s += tp
        ent_s += te
        index = doc.extras["entity_index"]
        sources = [q for q in rec["quotes"] if q.get("speaker")]
        named = {surname(q["speaker"]) for q in sources
                 if q["speaker"].strip().lower() not in PRONOUNS and surname(q["speaker"])}
        named_text = " ".join(q["speaker"] for q in sources).lower()
        for q in sources:
            word = q["speaker"].strip().lower()
            if word not in PRONOUNS:
                continue
            s, e = q["speaker_start"], q["speaker_end"]
            ent = index.resolve_pronoun(s, e)
            ok = None
            if ent is not None:
                if word == "they":
                    ok = ent.label in ("ORG", "NORP") and any(
                        nm.fold(v) and nm.fold(v) in nm.fold(named_text) for v in ent.variants)
                else:
                    in_sources = ent.label == "PERSON" and any(surname(v) in named for v in ent.variants)
                    ev = index.gender(ent.id, evidence_only=True)
                    ok = ent.label == "PERSON" and (in_sources or ev == PRONOUNS[word])
            rows.append({"id": rec["id"], "word": word, "start": s, "end": e, "text": text,
                         "entity": ent.name if ent else None, "label": ent.label if ent else None,
                         "eid": ent.id if ent else None, "proxy": ok})

    print(f"{len(records)} articles, {len(rows)} gold pronoun sources "
          f"(entities stage {1000 * ent_s / len(records):.1f} ms/article = "
          f"{100 * ent_s / parse_s:.1f}% of parse time)")
    for word in ("he", "she", "they", None):
        sub = [r for r in rows if word is None or r["word"] == word]
        if not sub:
            continue
        linked = [r for r in sub if r["entity"]]
        good = [r for r in linked if r["proxy"]]
        print(f"  {word or 'all':5} n={len(sub):4}  linked {len(linked) / len(sub):.1%}  "
              f"proxy-correct {len(good) / len(sub):.1%} of all, "
              f"{(len(good) / len(linked)) if linked else 0:.1%} of linked")

    pool = rows if args.all else random.Random(args.seed).sample(rows, min(args.sample, len(rows)))
    print("\n--- resolutions to judge " + ("(all)" if args.all else f"(random {len(pool)}, seed {args.seed})"))
    for n, r in enumerate(pool, 1):
        text = r["text"]
        left = text[max(0, r["start"] - 320):r["start"]]
        right = text[r["end"]:r["end"] + 80]
        ctx = " ".join((left + "[[" + text[r["start"]:r["end"]] + "]]" + right).split())
        proxy = {True: "proxy-ok", False: "proxy-bad", None: "unlinked"}[r["proxy"]]
        print(f"\n#{n} {r['id']} @{r['start']}  -> {r['entity']} ({r['label']}, {r['eid']})  [{proxy}]")
        print(textwrap.fill(ctx, 110, initial_indent="   ", subsequent_indent="   "))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
