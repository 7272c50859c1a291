"""Build quiet's third held-out probe (invented clean copy, session 10).

    python eval/probe3/mk.py      # writes eval/probe3/{tune,test}.jsonl

Articles are in the *.txt files here, each opened by '=== ID | YYYY-MM-DD'. The split is a
seeded hash: sha1('quiet-probe3:' + ID) even -> test, odd -> tune. Tune only on tune.jsonl;
the test half is run once before and once after a session's work. Batches written
during a session go in extra/ and are tune only (tune_extra.jsonl).
"""
import hashlib, json, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def rows_of(f):
    parts = re.split(r"^=== (\S+) \| (\S+)\n", f.read_text("utf-8"), flags=re.M)
    for i in range(1, len(parts), 3):
        yield {"id": parts[i], "title": "", "text": parts[i + 2].strip("\n") + "\n",
               "published": parts[i + 1]}


def rows():
    for f in sorted(HERE.glob("*.txt")):
        yield from rows_of(f)


def half(rid):
    return "test" if int(hashlib.sha1(f"quiet-probe3:{rid}".encode()).hexdigest(), 16) % 2 == 0 else "tune"


if __name__ == "__main__":
    out = {"tune": [], "test": []}
    for r in rows():
        out[half(r["id"])].append(r)
    # later tune batches (extra/*.txt, written during a session) are all tune, never test
    out["tune_extra"] = [r for f in sorted((HERE / "extra").glob("*.txt")) for r in rows_of(f)]
    for name, rs in out.items():
        (HERE / f"{name}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rs), "utf-8")
        words = sum(len(r["text"].split()) for r in rs)
        short = [(r["id"], len(r["text"].split())) for r in rs if len(r["text"].split()) < 100]
        print(name, len(rs), "articles", words, "words", [r["id"] for r in rs], "short:", short)
