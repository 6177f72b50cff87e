"""An event as read from a clause, before its parties are resolved to entities, and the context a clause is read in."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token


@dataclass
class Draft:
    """An event read from a clause, before its actors are resolved to entities."""

    trigger: Token
    trigger_end: Token
    type: str
    mode: str | None
    modality: str
    rule: str
    confidence: float
    actors: list[Token] = field(default_factory=list)
    recipients: list[Token] = field(default_factory=list)
    reporter: Token | None = None
    territorial: bool = False
    place_tokens: list[Token] = field(default_factory=list)


@dataclass(frozen=True)
class Context:
    """What the clause is embedded in: its modality so far, who reports it, the subject it inherits."""

    modality: str = "asserted"
    reporter: Token | None = None
    subject: Token | None = None
    depth: int = 0


__all__ = ["Context", "Draft"]
