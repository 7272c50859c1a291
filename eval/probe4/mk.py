"""Build quiet's fourth held-out probe (invented clean copy, session 11).

    python eval/probe4/mk.py      # writes eval/probe4/{tune,test}.jsonl

The same layout and split as eval/probe2/mk.py (whose functions this uses) with its own
seed: sha1('quiet-probe4:' + ID) even -> test, odd -> tune. 34 articles in the styles the
earlier probes had least: 1970s-1990s wire copy (ALL-CAPS headlines, datelines, Reuters
dates), obituaries with survivors lists, British/US/Indian/Australian court reports, sports
results (minutes, line-ups, Australian quarter scores, cricket brief scores, tennis sets),
market and commodity reports, Indian/Australian/British local copy, a "from our files"
column of three decades, a live page in reverse order across midnight, a speech quoted over
several paragraphs, a bare Q&A, a corrections column, captions, a police beat. Tune only on
tune.jsonl; the test half is run once before and once after a session's work.
"""
import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("probe2_mk", HERE.parent / "probe2" / "mk.py")
probe2 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(probe2)

if __name__ == "__main__":
    probe2.build(HERE, seed="quiet-probe4", shortest=100)
