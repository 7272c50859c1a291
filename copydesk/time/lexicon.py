"""Words of the temporal grammar and their meanings. Regex fragments here are written for
case-insensitive matching; names that must be capitalised are wrapped in ``(?-i:...)``."""

from __future__ import annotations

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
# Month names that are also common words or names: accepted alone only with a date context.
AMBIGUOUS_MONTHS = {"may", "march", "june", "august"}

WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6, "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3,
    "fri": 4, "sat": 5, "sun": 6,
}

_MONTH_FULL = "January|February|March|April|May|June|July|August|September|October|November|December"
_MONTH_ABBR = r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
# Full names, or an abbreviation with its full stop (or none, when a number follows).
MONTH = rf"(?-i:(?:{_MONTH_FULL})|(?:{_MONTH_ABBR})\.|(?:{_MONTH_ABBR})(?=\s*\d))"
MONTH_STRICT = rf"(?-i:(?:{_MONTH_FULL})|(?:{_MONTH_ABBR})\.)"
WEEKDAY = r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
WEEKDAY_ANY = (r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
               r"(?:Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\.)")

SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "single": 1, "a": 1, "an": 1,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "twenty-first": 21, "twenty-second": 22,
    "twenty-third": 23, "twenty-fourth": 24, "twenty-fifth": 25, "twenty-sixth": 26,
    "twenty-seventh": 27, "twenty-eighth": 28, "twenty-ninth": 29, "thirty-first": 31,
    "final": -1, "last": -1,
}
FUZZY = ("a few", "few", "several", "many", "some", "a couple of", "a number of", "numerous",
         "dozens of", "hundreds of", "thousands of", "countless", "multiple", "various")

_SMALL_WORDS = ("zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
                "fourteen|fifteen|sixteen|seventeen|eighteen|nineteen")
_TENS_WORDS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNIT_WORDS = "one|two|three|four|five|six|seven|eight|nine"
NUMWORD = (rf"(?:(?:{_TENS_WORDS})(?:[- ](?:{_UNIT_WORDS}))?|{_SMALL_WORDS}|"
           r"(?:a|one|two|three|four|five)\s+hundred|a\s+dozen|dozen)")
DIGITS = r"(?<![\d,.$£€])\d{1,3}(?:,\d{3})*(?:\.\d+)?(?![\d%])"
# A count: digits, number words, "two and a half", "a couple of", fuzzy quantities.
NUM = (rf"(?:(?:{DIGITS}|{NUMWORD})(?:\s+and\s+a\s+half)?|a\s+couple\s+of|a\s+few|few|several|many|"
       r"some|a\s+number\s+of|numerous|dozens\s+of|hundreds\s+of|countless|multiple)")

# unit word -> (TIMEX3 duration letter, multiplier, in the time part, calendar granularity)
UNITS = {
    "second": ("S", 1, True, None), "minute": ("M", 1, True, None), "hour": ("H", 1, True, None),
    "day": ("D", 1, False, "day"), "week": ("W", 1, False, "week"),
    "fortnight": ("W", 2, False, "week"), "month": ("M", 1, False, "month"),
    "quarter": ("Q", 1, False, "quarter"), "year": ("Y", 1, False, "year"),
    "decade": ("Y", 10, False, "decade"), "century": ("Y", 100, False, "century"),
    "millennium": ("Y", 1000, False, None), "weekend": ("WE", 1, False, "weekend"),
}
# The unspecified-count form of a unit (TIMEX3 "PXY", "PXDE").
X_UNITS = {"decade": "PXDE", "century": "PXCE", "millennium": "PXML", "fortnight": "PXW",
           "weekend": "PXWE"}
UNIT_SING = "second|minute|hour|day|week|fortnight|month|quarter|year|decade|century|millennium"
UNIT_PLUR = ("seconds|minutes|hours|days|weeks|fortnights|months|quarters|years|decades|centuries|"
             "millennia")
UNIT_ANY = rf"(?:{UNIT_PLUR}|{UNIT_SING})"

PLURAL_UNIT = {"seconds": "second", "minutes": "minute", "hours": "hour", "days": "day",
               "weeks": "week", "fortnights": "fortnight", "months": "month",
               "quarters": "quarter", "years": "year", "decades": "decade",
               "centuries": "century", "millennia": "millennium", "weekends": "weekend"}

SEASON_WORDS = {"spring": 0, "summer": 1, "autumn": 2, "fall": 2, "winter": 3}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
                "overnight": "NI", "midday": "MI", "daytime": "DT"}

# Duration/point modifiers before a count -> TIMEX3 mod
DURATION_MODS = {
    "more than": "MORE_THAN", "over": "MORE_THAN", "upwards of": "MORE_THAN",
    "longer than": "MORE_THAN", "well over": "MORE_THAN", "just over": "MORE_THAN",
    "at least": "EQUAL_OR_MORE", "no less than": "EQUAL_OR_MORE",
    "less than": "LESS_THAN", "fewer than": "LESS_THAN", "under": "LESS_THAN",
    "shorter than": "LESS_THAN", "just under": "LESS_THAN", "almost": "LESS_THAN",
    "nearly": "LESS_THAN", "not quite": "LESS_THAN",
    "up to": "EQUAL_OR_LESS", "at most": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS",
    "about": "APPROX", "around": "APPROX", "roughly": "APPROX", "approximately": "APPROX",
    "some": "APPROX", "circa": "APPROX", "an estimated": "APPROX", "close to": "APPROX",
    "the better part of": "APPROX",
}
DURATION_MOD_RE = ("more than|well over|just over|over|upwards of|longer than|at least|no less than|"
                   "less than|fewer than|just under|under|shorter than|almost|nearly|not quite|"
                   "up to|at most|no more than|about|around|roughly|approximately|some|circa|"
                   "close to|the better part of")
POINT_MODS = {"early": "START", "the beginning of": "START", "the start of": "START",
              "the dawn of": "START", "mid": "MID", "the middle of": "MID", "late": "END",
              "the end of": "END", "the close of": "END"}

TIMEZONES = ("UTC|GMT|Z|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|EET|EEST|IST|JST|KST|"
             "AEST|AEDT|AWST|ACST|HKT|SGT|MSK|WIB|ET|PT|CT|MT")
ZULU = {"UTC", "GMT", "Z"}

# Fixed-date holidays: name -> (month, day)
FIXED_HOLIDAYS = {
    "christmas day": (12, 25), "christmas": (12, 25), "christmas eve": (12, 24),
    "boxing day": (12, 26), "new year's day": (1, 1), "new year's eve": (12, 31),
    "valentine's day": (2, 14), "halloween": (10, 31), "independence day": (7, 4),
    "the fourth of july": (7, 4), "bastille day": (7, 14), "may day": (5, 1),
    "armistice day": (11, 11), "remembrance day": (11, 11), "veterans day": (11, 11),
    "veterans' day": (11, 11), "guy fawkes night": (11, 5), "st. patrick's day": (3, 17),
    "st patrick's day": (3, 17), "saint patrick's day": (3, 17), "canada day": (7, 1),
    "australia day": (1, 26), "anzac day": (4, 25), "juneteenth": (6, 19),
}
# Holidays on the n-th weekday of a month: name -> (month, weekday, n); n=-1 is the last
NTH_HOLIDAYS = {
    "thanksgiving": (11, 3, 4), "thanksgiving day": (11, 3, 4), "labor day": (9, 0, 1),
    "memorial day": (5, 0, -1), "martin luther king day": (1, 0, 3),
    "martin luther king jr. day": (1, 0, 3), "mother's day": (5, 6, 2), "father's day": (6, 6, 3),
    "presidents' day": (2, 0, 3), "presidents day": (2, 0, 3), "columbus day": (10, 0, 2),
}
EASTER_HOLIDAYS = {"easter": 0, "easter sunday": 0, "easter day": 0, "good friday": -2,
                   "easter monday": 1, "palm sunday": -7, "ash wednesday": -46,
                   "maundy thursday": -3, "holy saturday": -1}

# Words before a four-digit number that make it an identifier, not a year.
NOT_YEAR_BEFORE = {
    "no", "no.", "number", "nos", "#", "flight", "route", "room", "gate", "platform", "channel",
    "model", "version", "article", "section", "chapter", "page", "pages", "resolution", "highway",
    "interstate", "bus", "apollo", "boeing", "airbus", "code", "pin", "id", "unit", "suite",
    "box", "lot", "item", "rule", "bill", "hr", "s.", "h.r.", "exit", "mile", "km", "kilometre",
    "kilometer", "row", "seat", "line", "track", "vol", "vol.", "volume", "issue", "form",
    "psalm", "verse", "op.", "opus", "catalogue", "serial", "dow", "nasdaq", "index", "rank",
    "ranked", "score", "scored", "level", "population", "elevation", "altitude", "capacity",
}
# ...of which these can still precede a year when a temporal cue supports it
YEAR_PREPS = {"in", "since", "by", "until", "till", "from", "to", "of", "before", "after",
              "during", "through", "throughout", "between", "and", "or", "early", "late",
              "mid", "around", "circa", "c.", "ca.", "about", "spring", "summer", "autumn",
              "fall", "winter", "year", "fiscal", "season", "class", "vintage", "the", "'s",
              "as", "for", "till", "than", "then", "also", "both", "on", "at", "into", "back",
              "born", "died", "founded", "established", "built", "elected", "ad", "bc", "ce",
              "bce", "were", "was", "is", "are"}
DISTANCE_UNITS = {"miles", "mile", "kilometers", "kilometres", "kilometer", "kilometre", "km", "feet",
                  "foot", "metres", "meters", "metre", "meter", "m", "knots", "mph", "kph", "km/h",
                  "cm", "inches", "yards", "litres", "liters", "gallons", "barrels", "words",
                  "beats", "frames", "revolutions", "calls", "cycles", "mb", "gb", "kb", "bits",
                  "bytes", "megabits", "gigabytes", "megabytes", "tons", "tonnes", "dollars"}
# Words right after a number that show it counts something, not a year.
COUNT_WORDS_AFTER = {
    "people", "troops", "soldiers", "persons", "men", "women", "children", "votes", "jobs",
    "workers", "employees", "units", "cars", "vehicles", "homes", "houses", "points", "feet",
    "metres", "meters", "miles", "kilometres", "kilometers", "km", "tons", "tonnes", "pounds",
    "dollars", "euros", "yen", "rupees", "barrels", "acres", "hectares", "calories", "members",
    "delegates", "seats", "students", "patients", "cases", "deaths", "residents", "refugees",
    "protesters", "police", "officers", "fans", "visitors", "passengers", "copies", "shares",
    "signatures", "users", "customers", "stores", "dealers", "dealerships", "words", "pages",
    "times", "hours", "minutes", "seconds", "days", "weeks", "months", "years", "percent",
    "per", "million", "billion", "thousand", "hundred", "kg", "lb", "mph", "km/h", "mw", "gw",
    "degrees", "others", "more", "fewer", "of", "x", "euro", "strong", "plus",
    "kilograms", "grams", "litres", "liters", "gallons", "islands", "sites", "species",
    "teams", "players", "games", "goals", "runs", "aircraft", "planes", "jets", "ships",
    "boats", "trucks", "companies", "firms", "schools", "hospitals", "beds", "doses", "tests",
    "infections", "casualties", "injuries", "arrests", "km²", "sq", "square",
}
NEWSPAPER_WORDS = {"Times", "Telegraph", "Express", "Mirror", "Post", "Herald", "Independent",
                   "Mail", "Tribune", "Star", "Sport", "People", "World", "Night", "Review",
                   "Journal", "Observer", "Business", "Morning", "Age", "Globe", "Sun",
                   "Bloody", "Black", "Super", "Cyber", "Good", "Ash", "Palm", "Easter",
                   "Holy", "Maundy", "Shrove", "Giving", "Remembrance"}
