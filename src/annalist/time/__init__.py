"""annalist's time component: finds time expressions and normalises them to TIMEX3 values."""

from annalist.time.precision import acled_time_precision, edtf
from annalist.time.tagger import TimeTagger

__all__ = ["TimeTagger", "acled_time_precision", "edtf"]
