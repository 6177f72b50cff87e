"""Time expressions a narrative writes in passing: year ranges, months that name events, "at the time",
"by the end of the year". Example sentences are our own."""

from __future__ import annotations

from annalist.records import Timex
from annalist.time import TimeTagger


def tag(text: str) -> dict[str, Timex]:
    return {t.text: t for t in TimeTagger("narrative").tag(text)}


def test_a_season_naming_an_event_takes_the_year_written_after_the_name() -> None:
    found = tag("In 1950 the front was quiet. The Winter Offensive of 1951 broke through the line.")
    assert found["The Winter"].value == "1951-WI"


def test_a_month_naming_an_event_takes_the_year_written_after_the_name() -> None:
    found = tag("Riots spread through 1916. The leaders of the February Revolution of 1917 met in secret.")
    assert found["February"].value == "1917-02"


def test_a_month_modifying_an_event_noun_is_a_date() -> None:
    found = tag("On 3 July 1863 the assault failed, and the costly August battles that followed drained the army.")
    assert found["August"].value == "1863-08"


def test_a_month_opening_a_sentence_before_its_verb_is_a_date() -> None:
    found = tag("The siege began on 2 July 1863. September saw the garrison starving.")
    assert found["September"].value == "1863-09"


def test_may_opening_a_sentence_is_still_read_as_a_verb() -> None:
    found = tag("The truce was signed on 2 July 1863. May the peace last, wrote the mayor.")
    assert "May" not in found


def test_at_the_time_is_the_narratives_present() -> None:
    found = tag("In 1812 the army crossed the river. At the time, few expected a long war.")
    assert found["the time"].value == "PRESENT_REF"


def test_during_this_period_is_tagged_without_a_guessed_value() -> None:
    found = tag("From 1920 to 1925 the party grew. During this period its newspapers multiplied.")
    assert found["this period"].value is None
    assert found["this period"].type == "DATE"


def test_by_the_time_opening_a_clause_is_not_a_time_expression() -> None:
    found = tag("By the time the envoys arrived in 1648, the treaty was ready.")
    assert "the time" not in found


def test_the_end_of_the_year_is_the_narratives_year() -> None:
    found = tag("The fleet sailed in March 1781 and was back in port by the end of the year.")
    assert found["the end of the year"].value == "1781"


def test_months_end_is_the_narratives_month() -> None:
    found = tag("The town fell on 19 October 1950. At month's end the prisoners were moved south.")
    assert found["month's end"].value == "1950-10"


def test_a_range_closing_on_two_digits_is_read_in_the_opening_century() -> None:
    found = tag("The blockade (1915-16) starved the city.")
    assert found["1915"].value == "1915"
    assert found["16"].value == "1916"


def test_a_two_digit_month_after_a_year_is_not_read_as_a_closing_year() -> None:
    found = tag("The file was dated 1944-06 in the archive.")
    assert "06" not in found or found["06"].value != "2006"


def test_a_range_before_christ_gives_its_opening_year_the_era() -> None:
    found = tag("The revolt of the cities (497-494 BC) ended at sea.")
    assert found["497"].value == "BC0497"


def test_a_range_from_to_before_christ_gives_its_opening_year_the_era() -> None:
    found = tag("The league fought from 431 to 404 BC.")
    assert found["431"].value == "BC0431"


def test_a_year_beside_a_named_heading_is_read_when_a_range_follows() -> None:
    found = tag("Northern Front 1914-1916\nThe armies dug in along the river.")
    assert found["1914"].value == "1914"


def test_a_year_listed_after_another_year_is_a_year() -> None:
    found = tag("The admiral raided the coast in 1781 and 1782 before the peace.")
    assert found["1782"].value == "1782"


def test_at_the_time_of_another_event_is_tagged_without_a_guessed_value() -> None:
    found = tag("In 1812 the army crossed the river. At the time of the retreat, the roads were frozen.")
    assert found["the time"].value is None


def test_a_day_joined_by_and_to_a_day_and_month_takes_that_month() -> None:
    found = tag("The battle opened on 3 May 1916. The lines were breached on 28 and 29 August.")
    assert found["28"].value == "1916-08-28"
    assert found["29 August"].value == "1916-08-29"


def test_an_ordinal_day_before_a_verb_is_a_day_of_the_narratives_month() -> None:
    found = tag("The assault came on 20 September 1917. The attack on the 20th was repulsed.")
    assert found["the 20th"].value == "1917-09-20"


def test_an_ordinal_before_a_noun_is_not_a_day() -> None:
    found = tag("On 20 September 1917 the 20th Division moved up to the line.")
    assert "the 20th" not in found
