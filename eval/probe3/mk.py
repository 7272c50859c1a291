"""Build quiet's third held-out probe (invented clean copy, session 10).

    python eval/probe3/mk.py      # writes eval/probe3/{tune,test,tune_extra}.jsonl

The same layout and split as eval/probe2/mk.py (whose functions this uses) with its own
seed: sha1('quiet-probe3:' + ID) even -> test, odd -> tune. Tune only on tune.jsonl and
tune_extra.jsonl (batches written during a session, in extra/); the test half is run once
before and once after a session's work.
"""
import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("probe2_mk", HERE.parent / "probe2" / "mk.py")
probe2 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(probe2)
rows_of = probe2.rows_of

if __name__ == "__main__":
    probe2.build(HERE, seed="quiet-probe3", shortest=100)
