"""Small scoring primitives shared by every benchmark."""

from __future__ import annotations


def safe_div(numerator: float, denominator: float) -> float:
    """numerator / denominator, 0.0 when the denominator is 0 (an empty set scores 0, not an error)."""
    return numerator / denominator if denominator else 0.0


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from true-positive, false-positive and false-negative counts."""
    precision = safe_div(tp, tp + fp)
    recall = safe_div(tp, tp + fn)
    return precision, recall, safe_div(2 * precision * recall, precision + recall)


def spans_overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """True when half-open character spans a and b share at least one character."""
    return a[0] < b[1] and b[0] < a[1]
