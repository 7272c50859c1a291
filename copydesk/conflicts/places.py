"""Whether two place names can be one place: nested by name or by the article's own wording
("Qom, Iran", "a village near Kerman"), or at different levels (a country, a US state, a town)."""

from __future__ import annotations

import re

from ..facts import Facts

PLACE_GENERIC = re.compile(r"\s+(?:province|county|district|region|state|city|town|village|governorate|"
                           r"prefecture|oblast|municipality|parish|borough)$")


def _nested(F: Facts, p: str, q: str) -> bool:
    p0, q0 = PLACE_GENERIC.sub("", p), PLACE_GENERIC.sub("", q)
    if p0 in q0 or q0 in p0:
        return True
    text = F.text.lower()
    for x, y in ((p0, q0), (q0, p0)):
        if re.search(rf"\b{re.escape(x)}\b(?:\s+\w+)?,\s+(?:\w+\s+){{0,2}}{re.escape(y)}\b", text) or \
                re.search(rf"\b{re.escape(x)}\b[^.\n]{{0,30}}\b(?:in|of|near)\s+(?:the\s+)?(?:\w+\s+){{0,2}}{re.escape(y)}\b", text):
            return True
    return False


US_STATES = frozenset("""alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota
mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont
virginia washington wisconsin wyoming""".split()) | {"new hampshire", "new jersey", "new mexico", "new york state",
                                                       "north carolina", "north dakota", "rhode island",
                                                       "south carolina", "south dakota", "west virginia"}
COUNTRY_ALIASES = frozenset({"us", "u.s.", "u.s", "usa", "u.s.a.", "united states", "america", "uk", "u.k.",
                             "britain", "great britain", "england", "scotland", "wales", "northern ireland",
                             "russia", "south korea", "north korea", "iran", "syria", "vietnam", "laos",
                             "the netherlands", "holland", "czech republic", "ivory coast", "burma",
                             "taiwan", "palestine", "the gambia", "congo", "drc", "uae"})
_COUNTRIES: set[str] | None = None


def place_level(key: str) -> str:
    """'country', 'state' (a US state) or 'place', for a normalized place name."""
    global _COUNTRIES
    if _COUNTRIES is None:
        names = set(COUNTRY_ALIASES)
        try:  # the CLDR territory names that babel ships (a dependency of trafilatura's)
            from babel import Locale

            names |= {v.lower().replace("&", "and") for k, v in Locale("en").territories.items() if k.isalpha()}
        except Exception:  # noqa: BLE001 - without it, the aliases above
            pass
        _COUNTRIES = names
    k = key.lower().strip()
    if k in _COUNTRIES:
        return "country"
    if k in US_STATES:
        return "state"
    return "place"
