"""Build quiet's second held-out probe (invented clean copy, session 9).

    python eval/probe2/mk.py      # writes eval/probe2/{tune,test}.jsonl

Articles are in the *.txt files here, each opened by '=== ID | YYYY-MM-DD'. The split is a
seeded hash: sha1('quiet-probe2:' + ID) even -> test, odd -> tune. Tune only on tune.jsonl;
the test half is run once before and once after a session's work. Batches written
during a session go in extra/ and are tune only (tune_extra.jsonl). eval/probe3/mk.py builds
the third probe with these functions and its own seed.
"""
import hashlib, json, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def rows_of(f):
    parts = re.split(r"^=== (\S+) \| (\S+)\n", f.read_text("utf-8"), flags=re.M)
    for i in range(1, len(parts), 3):
        yield {"id": parts[i], "title": "", "text": parts[i + 2].strip("\n") + "\n",
               "published": parts[i + 1]}


def rows(here=HERE):
    for f in sorted(here.glob("*.txt")):
        yield from rows_of(f)


def half(rid, seed="quiet-probe2"):
    return "test" if int(hashlib.sha1(f"{seed}:{rid}".encode()).hexdigest(), 16) % 2 == 0 else "tune"


def build(here=HERE, seed="quiet-probe2", shortest=400):
    out = {"tune": [], "test": []}
    for r in rows(here):
        out[half(r["id"], seed)].append(r)
    # later tune batches (extra/*.txt, written during a session) are all tune, never test
    out["tune_extra"] = [r for f in sorted((here / "extra").glob("*.txt")) for r in rows_of(f)]
    for name, rs in out.items():
        (here / f"{name}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rs), "utf-8")
        words = sum(len(r["text"].split()) for r in rs)
        short = [(r["id"], len(r["text"].split())) for r in rs if len(r["text"].split()) < shortest]
        print(name, len(rs), "articles", words, "words", [r["id"] for r in rs], "short:", short)


if __name__ == "__main__":
    build()
