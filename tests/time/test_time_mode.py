"""Choosing news or narrative anchoring for a dated text (``choose_mode``)."""

from __future__ import annotations

from annalist.time import TimeTagger
from annalist.time.tagger import choose_mode

# A short history with few explicit years among many words, dated long after the events it tells.
FILLER = " ".join(["The columns marched on through the hills and the villages along the river."] * 40)
HISTORY = (
    f"In December 1946, fighting broke out around the port. {FILLER} "
    f"The garrison held out until March, when the relief force arrived. {FILLER}"
)


def test_a_history_dated_long_after_its_events_is_read_as_a_narrative() -> None:
    assert choose_mode(HISTORY, "2009-12-19") == "narrative"


def test_a_yearless_month_in_such_a_history_follows_the_story_not_the_document_date() -> None:
    found = {t.text: t for t in TimeTagger().tag(HISTORY, document_date="2009-12-19")}
    assert found["December 1946"].value == "1946-12"
    assert found["March"].value == "1947-03"


def test_a_year_followed_by_a_comma_counts_as_an_explicit_year() -> None:
    text = "In 1951, the talks began. In 1952, they stalled. In 1953, they ended."
    assert choose_mode(text, "1953-08-01") == "narrative"


def test_a_report_naming_few_recent_years_stays_news() -> None:
    report = f"The ministry said on Tuesday that prices rose in 2020. {FILLER}"
    assert choose_mode(report, "2021-03-10") == "news"


def test_a_text_without_a_document_date_is_a_narrative() -> None:
    assert choose_mode("Talks resumed on March 3.", None) == "narrative"
