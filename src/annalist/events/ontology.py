"""The event ontologies annalist codes into: PLOVER 2.0 types and modes, ACLED event and sub-event types."""

from __future__ import annotations

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)

# Coded sentences of the PLOVER GSR use PLOVER 0.5b1 names; its README gives this mapping to 2.0.
PLOVER_05_TO_20: dict[str, str] = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "FIGHT": "ASSAULT",
}

# Types whose future commitment is a threat rather than a promise ("will shell" is THREATEN, "will release" is AGREE).
HOSTILE_TYPES: frozenset[str] = frozenset(
    {"ASSAULT", "COERCE", "SANCTION", "THREATEN", "MOBILIZE", "PROTEST", "ACCUSE", "REJECT"}
)

# Types that describe something done on the ground, as opposed to said (verbal) events.
MATERIAL_TYPES: frozenset[str] = frozenset(
    {"COOPERATE", "AID", "RETREAT", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "CONCEDE"}
)

ACLED_BATTLES = "Battles"
ACLED_REMOTE = "Explosions/Remote violence"
ACLED_VAC = "Violence against civilians"
ACLED_PROTESTS = "Protests"
ACLED_RIOTS = "Riots"
ACLED_STRATEGIC = "Strategic developments"

# ASSAULT mode -> ACLED (event type, sub-event type) when the target is armed or unknown.
ACLED_BY_ASSAULT_MODE: dict[str, tuple[str, str]] = {
    "aerial": (ACLED_REMOTE, "Air/drone strike"),
    "drone": (ACLED_REMOTE, "Air/drone strike"),
    "heavy-weapons": (ACLED_REMOTE, "Shelling/artillery/missile attack"),
    "explosives": (ACLED_REMOTE, "Remote explosive/landmine/IED"),
    "suicide-attack": (ACLED_REMOTE, "Suicide bomb"),
    "unconventional": (ACLED_REMOTE, "Chemical weapon"),
    "abduct": (ACLED_VAC, "Abduction/forced disappearance"),
    "sexual": (ACLED_VAC, "Sexual violence"),
    "targeted": (ACLED_VAC, "Attack"),
    "torture": (ACLED_VAC, "Attack"),
    "beat": (ACLED_VAC, "Attack"),
    "destroy": (ACLED_STRATEGIC, "Looting/property destruction"),
    "crowd-control": (ACLED_PROTESTS, "Excessive force against protesters"),
}

# Sectors PLOVER uses for state agents; a state actor taking territory "regains" it in ACLED's terms.
STATE_SECTORS: frozenset[str] = frozenset({"GOV", "MIL", "COP", "SPY"})


def acled_for(
    plover_type: str,
    mode: str | None,
    *,
    actor_sector: str | None,
    recipient_sector: str | None,
    territorial: bool,
) -> tuple[str | None, str | None]:
    """ACLED (event type, sub-event type) for a coded event, or (None, None) where ACLED has no category."""
    if plover_type == "ASSAULT":
        if territorial:
            if actor_sector in STATE_SECTORS:
                return ACLED_BATTLES, "Government regains territory"
            return ACLED_BATTLES, "Non-state actor overtakes territory"
        if mode in ACLED_BY_ASSAULT_MODE:
            return ACLED_BY_ASSAULT_MODE[mode]
        if recipient_sector == "CVL":
            return ACLED_VAC, "Attack"
        return ACLED_BATTLES, "Armed clash"
    if plover_type == "PROTEST":
        if mode == "riot":
            return ACLED_RIOTS, "Violent demonstration"
        return ACLED_PROTESTS, "Peaceful protest"
    if plover_type == "COERCE" and mode in {"arrest", "detain"}:
        return ACLED_STRATEGIC, "Arrests"
    if plover_type == "COERCE" and mode == "destroy":
        return ACLED_STRATEGIC, "Looting/property destruction"
    if plover_type == "AGREE" and mode == "ceasefire":
        return ACLED_STRATEGIC, "Agreement"
    if plover_type == "RETREAT" and mode == "ceasefire":
        return ACLED_STRATEGIC, "Agreement"
    if plover_type == "RETREAT" and mode == "withdraw":
        return ACLED_STRATEGIC, "Non-violent transfer of territory"
    if plover_type == "MOBILIZE":
        return ACLED_STRATEGIC, "Other"
    return None, None


__all__ = [
    "ACLED_BY_ASSAULT_MODE",
    "HOSTILE_TYPES",
    "MATERIAL_TYPES",
    "PLOVER_05_TO_20",
    "PLOVER_TYPES",
    "acled_for",
]
