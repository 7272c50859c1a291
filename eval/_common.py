"""What every eval script shares: the project on sys.path, and the data in ../shared beside
the project (never copied into it). Import it before anything that may import ``html``."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT / "eval"
SHARED = ROOT.parent / "shared" / "eval"
OUT = EVAL / "out"

# Run as a script, eval/ comes first on sys.path, where eval/html.py would shadow the standard
# library's html module (trafilatura and wordfreq import it): take the folder off.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != EVAL]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
