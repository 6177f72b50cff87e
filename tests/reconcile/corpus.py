"""A multi-source corpus of claims about western Iran, July 1988, written for these tests.

Facts (places, dates, figures) follow the public record of Operation Eternal Light / Mersad;
the sentences are our own. Expected events are listed in EXPECTED_EVENTS.
"""

from __future__ import annotations

from annalist.reconcile.claims import ClaimView, FigureView

MEK = "Mujahedin-e Khalq (MEK)"
IRAQ = "Government of Iraq"
IRAN = "Government of Iran"
CIVILIANS = "Civilians (Iran)"

ESLAMABAD = {"lat": 34.1094, "lon": 46.5275, "place_precision": "city", "place_name": "Eslamabad-e Gharb"}
KEREND = {"lat": 34.2833, "lon": 46.2417, "place_precision": "city", "place_name": "Kerend-e Gharb"}
KERMANSHAH_PROVINCE = {"lat": 34.3142, "lon": 47.0650, "place_precision": "admin1", "place_name": "Kermanshah"}
CHAHAR_ZEBAR = {"lat": 34.2300, "lon": 46.8200, "place_precision": "sub-city", "place_name": "Chahar Zebar"}
TEHRAN = {"lat": 35.6892, "lon": 51.3890, "place_precision": "city", "place_name": "Tehran"}


def day(iso: str) -> dict[str, str]:
    return {"date_start": iso, "date_end": iso, "date_precision": "day"}


CLAIMS: tuple[ClaimView, ...] = (
    # A. The MEK offensive begins: 25 July says one side, 26 July the other; 4-5 thousand vs 7,000.
    ClaimView(
        "a1",
        "doc-iran-daily",
        "Iranian daily",
        "ASSAULT",
        **day("1988-07-26"),
        **ESLAMABAD,
        actors=(MEK,),
        recipients=(IRAN,),
        figures=(FigureView("force_size", None, 7000, None),),
        trigger="launched",
        trigger_lemma="launch",
        subtype="Armed clash",
        sentence="The group launched its push toward Eslamabad on the 26th.",
    ),
    ClaimView(
        "a2",
        "doc-mek-history",
        "MEK history",
        "ASSAULT",
        **day("1988-07-25"),
        **ESLAMABAD,
        actors=(MEK,),
        recipients=(IRAN,),
        figures=(FigureView("force_size", 4000, None, 5000),),
        trigger="began",
        trigger_lemma="begin",
        subtype="Armed clash",
        sentence="Between four and five thousand fighters began the advance on 25 July.",
    ),
    ClaimView(
        "a3",
        "doc-persian-memoir",
        "Persian memoir",
        "ASSAULT",
        **day("1988-07-25"),
        **KERMANSHAH_PROVINCE,
        actors=(MEK,),
        trigger="attacked",
        trigger_lemma="attack",
        sentence="On 3 Mordad 1367 the organisation attacked in Kermanshah province.",
    ),
    ClaimView(
        "a4",
        "doc-encyclopedia",
        "Encyclopedia",
        "ASSAULT",
        date_start="1988-07-01",
        date_end="1988-07-31",
        date_precision="month",
        **ESLAMABAD,
        actors=(MEK,),
        trigger="offensive",
        trigger_lemma="offensive",
        sentence="In July 1988 the MEK mounted an offensive that reached Eslamabad.",
    ),
    # B. Same day, same town, a different event: Iraqi aircraft bomb Eslamabad.
    ClaimView(
        "b1",
        "doc-iran-daily",
        "Iranian daily",
        "ASSAULT",
        **day("1988-07-25"),
        **ESLAMABAD,
        actors=(IRAQ,),
        recipients=(CIVILIANS,),
        figures=(FigureView("dead", None, 12, None),),
        trigger="bombed",
        trigger_lemma="bomb",
        subtype="Air/drone strike",
        sentence="Iraqi jets bombed the town's market in the morning.",
    ),
    ClaimView(
        "b2",
        "doc-wire",
        "Wire service",
        "ASSAULT",
        **day("1988-07-25"),
        **ESLAMABAD,
        actors=(IRAQ,),
        recipients=(CIVILIANS,),
        figures=(FigureView("dead", 10, None, 15),),
        trigger="raid",
        trigger_lemma="raid",
        subtype="Air/drone strike",
        sentence="An air raid on Eslamabad left between ten and fifteen dead.",
    ),
    # C. Iran's counter-offensive, the other way round: 27 vs 28 July.
    ClaimView(
        "c1",
        "doc-iran-daily",
        "Iranian daily",
        "ASSAULT",
        **day("1988-07-27"),
        **CHAHAR_ZEBAR,
        actors=(IRAN,),
        recipients=(MEK,),
        trigger="counter-attacked",
        trigger_lemma="counter-attack",
        sentence="Iranian forces struck back at the gorge on the 27th.",
    ),
    ClaimView(
        "c2",
        "doc-wire",
        "Wire service",
        "ASSAULT",
        **day("1988-07-28"),
        **CHAHAR_ZEBAR,
        actors=(IRAN,),
        recipients=(MEK,),
        trigger="counter-attack",
        trigger_lemma="counter-attack",
        sentence="A counter-attack at Chahar Zebar began on 28 July, officials said.",
    ),
    # D. The MEK takes Kerend: two sources agree on day and place, figures compatible.
    ClaimView(
        "d1",
        "doc-mek-history",
        "MEK history",
        "ASSAULT",
        **day("1988-07-26"),
        **KEREND,
        actors=(MEK,),
        figures=(FigureView("dead", None, 50, None),),
        trigger="took",
        trigger_lemma="take",
        subtype="Non-state actor overtakes territory",
        sentence="Our units took Kerend on the 26th.",
    ),
    ClaimView(
        "d2",
        "doc-wire",
        "Wire service",
        "ASSAULT",
        **day("1988-07-26"),
        **KEREND,
        actors=(MEK,),
        figures=(FigureView("dead", 40, None, None),),
        trigger="captured",
        trigger_lemma="capture",
        subtype="Non-state actor overtakes territory",
        sentence="Kerend was captured; more than 40 died.",
    ),
    # E. A protest in Tehran a few days later: another type, another place.
    ClaimView(
        "e1",
        "doc-wire",
        "Wire service",
        "PROTEST",
        **day("1988-07-30"),
        **TEHRAN,
        actors=(CIVILIANS,),
        trigger="rallied",
        trigger_lemma="rally",
        sentence="Crowds rallied in the capital.",
    ),
    # N. A denial: a negated claim never merges into the attack it denies.
    ClaimView(
        "n1",
        "doc-mek-history",
        "MEK history",
        "ASSAULT",
        modality="negated",
        **day("1988-07-25"),
        **ESLAMABAD,
        actors=(IRAQ,),
        trigger="bombed",
        trigger_lemma="bomb",
        sentence="No Iraqi aircraft bombed the town that day, this account insists.",
    ),
)

EXPECTED_EVENTS: frozenset[frozenset[str]] = frozenset(
    frozenset(ids.split()) for ids in ("a1 a2 a3 a4", "b1 b2", "c1 c2", "d1 d2", "e1", "n1")
)
