"""Words the time tagger knows: month, season, weekday and day-part names, number words, calendars.

Everything here is plain data (names → numbers), shared by the extraction patterns and the normaliser.
"""

from __future__ import annotations

# Gregorian months, full and abbreviated ("Sept." is common in older histories).
MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip

# Solar Hijri months in the Latin spellings English texts use (Mordad is also written Amordad).
PERSIAN_MONTHS: dict[str, int] = {
    "farvardin": 1, "ordibehesht": 2, "khordad": 3, "tir": 4, "mordad": 5, "amordad": 5,
    "shahrivar": 6, "mehr": 7, "aban": 8, "azar": 9, "dey": 10, "bahman": 11, "esfand": 12,
    "esfandi": 12,
}  # fmt: skip

# Islamic (Hijri) months; several transliterations each.
ISLAMIC_MONTHS: dict[str, int] = {
    "muharram": 1, "safar": 2, "rabi al-awwal": 3, "rabi' al-awwal": 3, "rabi ul-awwal": 3,
    "rabi al-thani": 4, "rabi' al-thani": 4, "rabi al-akhir": 4, "rabi ul-thani": 4,
    "jumada al-awwal": 5, "jumada al-ula": 5, "jumada al-ulaa": 5, "jumada al-thani": 6,
    "jumada al-akhirah": 6, "jumada al-akhira": 6, "rajab": 7, "shaban": 8, "sha'ban": 8,
    "ramadan": 9, "ramazan": 9, "shawwal": 10, "dhu al-qadah": 11, "dhul-qadah": 11,
    "dhu al-qi'dah": 11, "dhu al-hijjah": 12, "dhul-hijjah": 12, "dhu'l-hijja": 12,
}  # fmt: skip

WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}  # fmt: skip

# TIMEX3 season codes and the months each covers (northern hemisphere, meteorological seasons).
SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
SEASON_MONTHS: dict[str, tuple[int, int]] = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}

# TIMEX3 day-part codes.
DAY_PARTS: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "dawn": "MO", "dusk": "EV",
    "daytime": "DT", "night-time": "NI", "nighttime": "NI", "midday": "AF", "noon": "AF", "midnight": "NI",
}  # fmt: skip

NUMBER_WORDS: dict[str, float] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
    "one hundred": 100, "a": 1, "an": 1, "a single": 1, "single": 1, "half a": 0.5, "a half": 0.5,
    "a couple of": 2, "couple of": 2, "dozen": 12, "a dozen": 12,
}  # fmt: skip

ORDINAL_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "twenty-first": 21, "twenty-second": 22, "twenty-third": 23, "twenty-fourth": 24,
    "twenty-fifth": 25, "twenty-sixth": 26, "twenty-seventh": 27, "twenty-eighth": 28,
    "twenty-ninth": 29, "thirtieth": 30, "thirty-first": 31,
}  # fmt: skip

# Vague quantities: TIMEX3 writes the count as X ("a few days" = PXD).
VAGUE_COUNTS = ("a few", "few", "several", "some", "many", "a number of", "numerous", "a couple of")

# Duration units → TIMEX3 unit letter and whether it is a time (PT...) unit.
UNITS: dict[str, tuple[str, bool]] = {
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True), "day": ("D", False),
    "night": ("D", False), "week": ("W", False), "fortnight": ("W", False), "month": ("M", False),
    "year": ("Y", False), "decade": ("DE", False), "century": ("CE", False),
}  # fmt: skip


def number_value(word: str) -> float | None:
    """The number a numeral or number word stands for ("twenty-five" → 25, "12" → 12), or None."""
    word = word.lower().strip()
    if word.replace(".", "", 1).isdigit():
        return float(word)
    if word in NUMBER_WORDS:
        return NUMBER_WORDS[word]
    if "-" in word:
        tens, _, unit = word.partition("-")
        if tens in NUMBER_WORDS and unit in NUMBER_WORDS and NUMBER_WORDS[unit] < 10:
            return NUMBER_WORDS[tens] + NUMBER_WORDS[unit]
    return None
