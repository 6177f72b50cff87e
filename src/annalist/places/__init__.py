"""Places: the gazetteer, toponym recognition and resolution with document context."""

from annalist.places.dump import DumpReport, load_geonames_dump
from annalist.places.event_place import event_place_at
from annalist.places.gazetteer import Candidate, Gazetteer, PlaceRow
from annalist.places.resolver import PlaceResolver

__all__ = [
    "Candidate",
    "DumpReport",
    "Gazetteer",
    "PlaceResolver",
    "PlaceRow",
    "event_place_at",
    "load_geonames_dump",
]
