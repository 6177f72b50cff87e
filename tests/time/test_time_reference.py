"""Regression tests for the narrative's reference time: dates named in passing do not move the story."""

from __future__ import annotations

from annalist.records import Timex
from annalist.time import TimeTagger
from annalist.time.reference import joined_to_next, moves_narrative


def tag(text: str) -> dict[str, Timex]:
    return {t.text: t for t in TimeTagger("narrative").tag(text)}


def test_year_after_as_in_does_not_move_the_narrative() -> None:
    found = tag("On 5 March 1921 the council met, with seats arranged as in 1850. On 9 March it dissolved.")
    assert found["9 March"].value == "1921-03-09"


def test_year_in_parentheses_after_a_name_does_not_move_the_narrative() -> None:
    found = tag("The siege began in June 1709. The garrison cited the Treaty of Utrecht (1713). In July they sallied.")
    assert found["July"].value == "1709-07"


def test_bound_after_until_does_not_move_the_narrative() -> None:
    text = "The rebels held the ford in May 1862, a stand that lasted until the fall of the fort in March 1863. In June they withdrew."
    assert tag(text)["June"].value == "1862-06"


def test_year_as_a_modifier_does_not_move_the_narrative() -> None:
    found = tag("On 2 April 1911 the envoys arrived; the 1870 borders were their model. On 20 April they signed.")
    assert found["20 April"].value == "1911-04-20"


def test_dated_campaign_moves_the_narrative() -> None:
    found = tag(
        "In May 1810 the army wintered in Lisbon. The 1811 campaign opened slowly: in June it reached the river."
    )
    assert found["June"].value == "1811-06"


def test_month_opening_a_range_takes_the_closing_year() -> None:
    found = tag("The war resumed in 1902. The floods of April and June 1905 halted the columns.")
    assert found["April"].value == "1905-04"


def test_january_after_december_is_the_next_year() -> None:
    found = tag("The fleet sailed on 20 December 1797. It reached the cape on 11 January.")
    assert found["11 January"].value == "1798-01-11"


def test_appositive_counted_from_an_event_restates_the_day() -> None:
    found = tag("On 14 May 1920, three days after the bridge fell, the army regrouped.")
    assert found["three days after"].value == "1920-05-14"


def test_first_day_of_the_battle_in_apposition_is_that_day() -> None:
    found = tag("The losses were heavy on 3 August 1809, the first day of the battle.")
    assert found["the first day of the battle"].value == "1809-08-03"


def test_time_of_day_takes_the_date_given_after_it() -> None:
    found = tag("The town was quiet in 1931. At 4:15 AM local time on March 2, 1932 the shelling began.")
    assert found["4:15 AM"].value == "1932-03-02T04:15"


def test_routine_time_far_from_any_day_is_not_dated() -> None:
    filler = "The columns rested by day and moved in small groups along the valley roads. " * 10
    found = tag(f"The march began on 3 May 1921. {filler}Each unit halted by 05:30 to hide from aircraft.")
    assert found["05:30"].value == "XXXX-XX-XXT05:30"


def test_days_later_without_a_count_is_an_unknown_day() -> None:
    found = tag("The envoys reached the camp in 1650. Days later they were sent home.")
    assert found["Days later"].value == "XXXX-XX-XX"


def test_counted_days_later_without_a_day_keeps_the_year() -> None:
    found = tag("The rising began in 1848; four days later the barricades went up.")
    assert found["four days later"].value == "1848-XX-XX"


def test_following_decade_is_a_date_and_for_the_next_decade_a_duration() -> None:
    found = tag("The port was founded in 1832, and in the following decade it grew quickly.")
    assert found["the following decade"].value == "184X"
    found = tag("The port was founded in 1832 and stayed small for the next decade.")
    assert found["the next decade"].type == "DURATION"


def test_winter_quarters_are_no_particular_winter() -> None:
    found = tag("In October 1780 the regiment marched north and entered winter quarters near the lake.")
    assert found["winter"].value == "XXXX-WI"


def test_winter_after_an_autumn_date_is_named_by_its_january() -> None:
    found = tag("The army reached the pass in October 1780 and spent the winter there.")
    timex = found["the winter"]
    assert timex.value == "1781-WI"
    assert (timex.date_start, timex.date_end) == ("1780-12-01", "1781-02-28")


def test_ago_in_a_narrative_counts_from_the_narrative() -> None:
    found = {
        t.text: t for t in TimeTagger("narrative").tag("In 1975 the envoy said the treaty was signed two years ago.")
    }
    assert found["two years ago"].value == "1973"


def test_passing_cues_and_range_joins() -> None:
    text = "a campaign planned for 1976"
    assert not moves_narrative(text, text.index("1976"), len(text))
    text = "In 1976 the campaign began"
    assert moves_narrative(text, text.index("1976"), text.index("1976") + 4)
    assert joined_to_next("April and June", 5, 10)
    assert not joined_to_next("April, when the June", 5, 16)


def test_day_opening_a_range_takes_the_month_and_year_that_close_it() -> None:
    found = tag("The siege of 1870 (14-19 August 1870) failed; the town was shelled again from 3 to 9 September 1871.")
    assert found["14"].value == "1870-08-14"
    assert found["3"].value == "1871-09-03"


def test_a_second_attack_is_not_a_duration() -> None:
    found = tag("After a second attack failed, the Second Army waited a second before moving.")
    assert [t.value for t in found.values() if t.type == "DURATION"] == []


def test_season_opening_a_list_takes_the_closing_year() -> None:
    found = tag("The treaty was signed in May 1920. Both armies spent the spring and early summer of 1921 rearming.")
    assert found["the spring"].value == "1921-SP"


def test_a_week_without_a_count_is_one_week() -> None:
    found = tag("The offensive opened on 4 June 1916. Within a week, the front had moved.")
    assert found["a week"].value == "P1W"
