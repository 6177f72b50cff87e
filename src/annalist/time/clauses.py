"""Which dates narrate, read from spaCy's dependency parse of the sentence they stand in.

A history moves its reference time with the dates of the events it tells: "On 4 July the army
crossed the river". A date in a relative clause ("Gibraltar, which Spain had lost in 1704") or in a
flashback told in the past perfect ("the assembly had last met in 1614") describes something else
and leaves the story where it was; "By May 1943 the Allies had taken Tunis" does move it: the
narrative has reached that date. ``narrates`` says which, when a parse is at hand; without one the
tagger relies on the surface cues of ``reference.py`` alone.

Only these two clause types are used: on WikiWars 01-12 the small English model's attachments of
dates to nouns, reduced relatives (``acl``) and modal verbs ("would follow on 12 September") were
too often wrong to act on (each cost value accuracy there).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

# Nouns that frame a date without being what it dates: "the end of 1944", "the spring of 1915".
TIME_NOUNS = frozenset(["end", "beginning", "start", "middle", "half", "course", "part", "spring", "summer",
                        "autumn", "fall", "winter", "night", "morning", "evening", "dawn", "days", "weeks"])  # fmt: skip


def narrates(doc: Doc, start: int, end: int) -> bool:
    """Whether the date at characters ``start:end`` of ``doc`` dates an event the narrative tells."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return True
    governor = _governor(span)
    if governor is None or governor.pos_ not in ("VERB", "AUX") or _bound(span):
        return True
    return not (_past_perfect(governor) or governor.dep_ == "relcl")


def _bound(span: Span) -> bool:
    """ "By May 1943", "by the end of April": the narrative reached that date."""
    first = span.doc[span.start - 1] if span.start > 0 else None
    return span[0].lower_ == "by" or (first is not None and first.lower_ == "by")


def _governor(span: Span) -> Token | None:
    """The word the date attaches to, through prepositions and the time nouns that frame it ("the end of")."""
    token = span.root
    while True:
        head = token.head
        if head.i == token.i:
            return None  # the date is the sentence's root: a heading or a fragment
        if head.dep_ == "prep" or head.pos_ == "ADP" or head.dep_ == "agent":
            token = head
            continue
        if head.lemma_.lower() in TIME_NOUNS:
            token = head
            continue
        return head


def _past_perfect(verb: Token) -> bool:
    """ "had met", "had been taken": an event before the narrative's present."""
    return verb.tag_ == "VBN" and any(
        child.dep_ in ("aux", "auxpass") and child.lower_ == "had" for child in verb.children
    )
