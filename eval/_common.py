"""What every eval script shares: the project on sys.path, and the data in ../shared beside
the project (never copied into it). Import it before anything that may import ``html``."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT / "eval"
SHARED = ROOT.parent / "shared" / "eval"
OUT = EVAL / "out"
SETTINGS = None  # the settings ``analysed`` gives each Document (None: the defaults)

# Run as a script, eval/ comes first on sys.path, where eval/html.py would shadow the standard
# library's html module (trafilatura and wordfreq import it): take the folder off.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != EVAL]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def analysed(rows, text_of=lambda r: r["text"], batch: int = 16):
    """(row, Document) pairs as copydesk builds them, without the checks: segment, parse
    (nlp.pipe over all blocks of a batch), classify, then the analysis stages."""
    from copydesk import nlp, stages, structure
    from copydesk.config import Settings
    from copydesk.document import Document
    from copydesk.model import Article

    model = nlp.load(None)
    settings = SETTINGS or Settings()
    for i in range(0, len(rows), batch):
        chunk = rows[i:i + batch]
        arts = []
        for r in chunk:
            a = Article(text=text_of(r), source=r["id"])
            a.blocks = structure.segment(a.text)
            arts.append(a)
        texts = [a.text[b.start:b.end] for a in arts for b in a.blocks]
        docs = iter(list(nlp.parse_blocks(model, texts)))
        for r, a in zip(chunk, arts):
            sdocs = [next(docs) for _ in a.blocks]
            structure.classify(a, sdocs)
            d = Document(a, sdocs, settings)
            for _, stage in stages.STAGES:
                stage(d)
            yield r, d
