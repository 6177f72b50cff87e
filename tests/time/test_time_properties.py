"""Property tests: odd or hostile input never crashes the tagger and never gets a made-up date."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from annalist.time import TimeTagger
from annalist.time.calendars import islamic_day, solar_hijri_day
from annalist.time.values import make_day

MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"]  # fmt: skip


@given(st.integers(min_value=1000, max_value=2100), st.integers(min_value=1, max_value=12), st.integers(0, 40))
def test_day_values_exist_in_the_calendar(year: int, month: int, day: int) -> None:
    text = f"The town fell on {MONTH_NAMES[month - 1]} {day}, {year}."
    for timex in TimeTagger("narrative").tag(text):
        if timex.value and timex.precision == "day":
            assert make_day(year, month, day) is not None
            assert timex.value == f"{year:04d}-{month:02d}-{day:02d}"
        if make_day(year, month, day) is None and str(day) in timex.text and "," in timex.text:
            assert timex.value is None


@given(st.integers(min_value=-100, max_value=100), st.integers(min_value=-5, max_value=40), st.integers(0, 10**6))
def test_impossible_calendar_dates_give_none(month: int, day: int, year: int) -> None:
    valid_gregorian = make_day(year, month, day)
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        assert valid_gregorian is None
        assert solar_hijri_day(year, month, day) is None
        assert islamic_day(year, month, day) is None


@given(st.integers(min_value=2201, max_value=10**9))
def test_absurd_years_give_no_value(year: int) -> None:
    for timex in TimeTagger("narrative").tag(f"It happened on 3 March {year} AD, they say."):
        assert timex.value is None or str(year) not in timex.value


@settings(max_examples=150)
@given(st.text(alphabet=st.sampled_from(list("0123456789 ,.-:/'’()BCADMayJunethof")), max_size=300))
def test_any_digits_and_punctuation_never_crash(text: str) -> None:
    for timex in TimeTagger("auto").tag(text, document_date="2000-01-01"):
        assert 0 <= timex.start < timex.end <= len(text)
        assert timex.text == text[timex.start : timex.end]


def test_february_thirtieth_has_no_value() -> None:
    found = {t.text: t for t in TimeTagger().tag("Orders dated February 30, 1988 were forged.")}
    assert found["February 30, 1988"].value is None


def test_month_thirteen_in_a_persian_date_has_no_value() -> None:
    assert solar_hijri_day(1367, 13, 3) is None


def test_a_huge_document_of_numbers_is_tagged() -> None:
    numbers = " ".join(str(n % 9973) for n in range(200_000))
    timexes = TimeTagger().tag(numbers)
    assert all(t.value is None or t.value[:4].isdigit() or t.value.startswith(("BC", "P", "X")) for t in timexes)
