"""ACLED's and UCDP GED's numeric codes, derived from annalist's precisions, sectors and kinds.

Sources: ACLED Codebook (time_precision, geo_precision, inter and interaction codes, disorder_type, civilian_targeting)
and the UCDP GED Codebook (date_prec, where_prec, type_of_violence).
"""

from __future__ import annotations

from typing import Any

from annalist.export.summary import DateSpan

# ACLED inter codes (actor types).
STATE_FORCES, REBELS, POLITICAL_MILITIA, IDENTITY_MILITIA, RIOTERS, PROTESTERS, CIVILIANS, EXTERNAL = range(1, 9)

_STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})
_INTER_BY_SECTOR = {
    "REB": REBELS,
    "INS": REBELS,
    "PTY": POLITICAL_MILITIA,
    "CRM": POLITICAL_MILITIA,
    "ETH": IDENTITY_MILITIA,
    "REL": IDENTITY_MILITIA,
    "OPP": PROTESTERS,
    "CVL": CIVILIANS,
    "JRN": CIVILIANS,
    "EDU": CIVILIANS,
    "LAB": CIVILIANS,
    "REF": CIVILIANS,
    "MED": CIVILIANS,
    "IGO": EXTERNAL,
    "NGO": EXTERNAL,
    "BUS": EXTERNAL,
}


def acled_time_precision(span: DateSpan) -> int:
    """1 = the day is known, 2 = the week (a few days), 3 = only the month or a longer span."""
    by_label = {"day": 1, "week": 2}.get(span.precision, 3)
    by_length = 1 if span.days == 1 else 2 if span.days <= 7 else 3
    return max(by_label, by_length)


def acled_geo_precision(place_precision: str | None) -> int:
    """1 = the town itself, 2 = near a town or in a small part of a region, 3 = only a larger region."""
    return {"sub-city": 1, "city": 1, "admin2": 2, "region": 2}.get(place_precision or "", 3)


def is_state(actor: dict[str, Any]) -> bool:
    """The actor is a state's government or forces (by PLOVER sector, else by kind)."""
    sector = (actor.get("sector") or "").upper()
    return sector in _STATE_SECTORS or (not sector and actor.get("kind") == "state")


def is_civilian(actor: dict[str, Any]) -> bool:
    return _INTER_BY_SECTOR.get((actor.get("sector") or "").upper()) == CIVILIANS


def acled_inter(actor: dict[str, Any], *, event_country: str | None, acled_event_type: str | None) -> int:
    """The ACLED inter code of an actor from its PLOVER sector and kind.

    State forces outside their own country are External/Other forces (8), as ACLED codes them.
    """
    sector = (actor.get("sector") or "").upper()
    if is_state(actor):
        home = actor.get("country")
        if home and event_country and home.upper() != event_country.upper():
            return EXTERNAL
        return STATE_FORCES
    if acled_event_type == "Riots" and sector not in {"IGO", "NGO"}:
        return RIOTERS
    if acled_event_type == "Protests" and sector in {"OPP", "CVL", "LAB", "EDU", ""}:
        return PROTESTERS
    if sector in _INTER_BY_SECTOR:
        return _INTER_BY_SECTOR[sector]
    # ACLED codes unidentified or otherwise unknown armed groups as political militias
    return POLITICAL_MILITIA


def acled_interaction(inter1: int, inter2: int | None) -> int:
    """Two-digit interaction: the lower code first; a sole actor's code times ten (e.g. 10 = sole state forces)."""
    if not inter2:
        return inter1 * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high


def acled_disorder_type(event_type: str | None, sub_event_type: str | None) -> str:
    if sub_event_type == "Excessive force against protesters":
        return "Political violence; Demonstrations"
    if event_type in {"Battles", "Explosions/Remote violence", "Violence against civilians"}:
        return "Political violence"
    if event_type == "Riots":
        return "Political violence" if sub_event_type == "Mob violence" else "Demonstrations"
    if event_type == "Protests":
        return "Demonstrations"
    return "Strategic developments"


def civilian_targeting(event: dict[str, Any], inter2: int | None) -> str:
    """ACLED's flag: "Civilian targeting" when civilians were the target, else empty."""
    targeted = event.get("acled_event_type") == "Violence against civilians" or inter2 == CIVILIANS
    return "Civilian targeting" if targeted else ""


def ucdp_date_prec(span: DateSpan) -> int:
    """1 = exact day, 2 = within 2-6 days, 3 = the week, 4 = within 8-30 days or the month, 5 = a longer span."""
    by_label = {"day": 1, "week": 3, "month": 4}.get(span.precision, 5)
    days = span.days
    by_length = 1 if days == 1 else 2 if days <= 6 else 3 if days == 7 else 4 if days <= 31 else 5
    return max(by_label, by_length)


def ucdp_where_prec(place_precision: str | None) -> int | None:
    """1 = exact place, 3 = second-order division, 4 = first-order division, 5 = a larger part of a country,
    6 = only the country; None when the event has no place (UCDP does not code those)."""
    if place_precision is None:
        return None
    return {"sub-city": 1, "city": 1, "admin2": 3, "admin1": 4, "region": 5, "country": 6}.get(place_precision, 6)


def ucdp_type_of_violence(side_a: dict[str, Any], side_b: dict[str, Any] | None) -> int:
    """1 = state-based (a state is a side), 2 = non-state (organised groups), 3 = one-sided (against civilians)."""
    if side_b is not None and is_civilian(side_b):
        return 3
    if is_state(side_a) or (side_b is not None and is_state(side_b)):
        return 1
    return 2
