"""atheris harnesses for the two parsers that read untrusted text without spaCy: ingest (bytes
-> text, HTML, .docx) and the time grammar (text + publication date -> timexes).

    .venv/bin/python fuzz/fuzz_targets.py ingest [libFuzzer flags] [fuzz/seeds/ingest]
    .venv/bin/python fuzz/fuzz_targets.py time -max_total_time=60 fuzz/seeds/time
    make fuzz                                      # both, a minute each

A CopydeskError is the one-line refusal a user sees, so it is allowed; any other exception
is a crash, reported by atheris with the input that caused it (saved as crash-*). The time
target also checks that every timex quotes its text exactly. tests/test_fuzz.py runs both for
a few hundred inputs in CI. Without atheris (it builds on Linux only) `--replay FILES...`
runs the targets over saved inputs with plain Python.
"""

from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def ingest_target(data: bytes) -> None:
    from copydesk import CopydeskError, ingest

    for html in (None, True):
        try:
            article = ingest.load_bytes(data, source="fuzz", html=html, max_bytes=1 << 16)
        except CopydeskError:
            continue
        text = article.text
        assert isinstance(text, str)
        from copydesk import structure

        for b in structure.segment(text):
            assert 0 <= b.start < b.end <= len(text), (b, len(text))


def time_target(data: bytes) -> None:
    from copydesk.time import normalize_text

    if len(data) < 3:
        return
    days = int.from_bytes(data[:3], "little") % (3_652_058)  # any day from 0001-01-01 to 9999-12-31
    published = None if data[0] & 1 else date(1, 1, 1) + timedelta(days=days)
    text = data[3:].decode("utf-8", "replace")
    for t in normalize_text(text, published):
        assert text[t.start:t.end] == t.text, (t, text)


TARGETS = {"ingest": ingest_target, "time": time_target}


def main(argv: list[str]) -> None:
    if len(argv) < 2 or argv[1] not in TARGETS:
        sys.exit(f"usage: {argv[0]} {{{'|'.join(TARGETS)}}} [libFuzzer flags] | --replay FILES...")
    target = TARGETS[argv[1]]
    if "--replay" in argv:
        for name in argv[argv.index("--replay") + 1:]:
            target(Path(name).read_bytes())
        return
    import atheris

    with atheris.instrument_imports(include=["copydesk"]):
        import copydesk.ingest  # noqa: F401
        import copydesk.structure  # noqa: F401
        import copydesk.time  # noqa: F401
    atheris.Setup([argv[0], *argv[2:]], target)
    atheris.Fuzz()


if __name__ == "__main__":
    main(sys.argv)
