"""Review in the browser: who may write, and what a review action stores.

Writing is off unless the server was started with a review token (``annalist serve --review``).
A reviewer presents the token once (the printed login URL or the login form) and gets a signed
cookie; every review POST then needs that cookie *and* Datasette's CSRF token (asgi-csrf checks it
whenever a cookie is present, and :func:`csrf_ok` re-checks it so a cookie-less POST fails too).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

REVIEW_COOKIE = "annalist_review"
COOKIE_NAMESPACE = "annalist-review"
CSRF_COOKIE = "ds_csrftoken"
ACTIONS = ("confirm", "correct", "reject")
TARGETS = ("event", "claim", "entity", "place", "merge")
MAX_TEXT = 2000


class ReviewRejected(ValueError):
    """A review action that is not allowed or not well-formed; the message says why."""


def new_token() -> str:
    return secrets.token_urlsafe(24)


def token_matches(configured: str | None, presented: str | None) -> bool:
    return bool(configured) and bool(presented) and secrets.compare_digest(str(configured), str(presented))


def csrf_ok(cookies: dict[str, str], form: dict[str, str]) -> bool:
    """The form's csrftoken equals the CSRF cookie (both present): the POST came from our own page."""
    cookie, field = cookies.get(CSRF_COOKIE, ""), form.get("csrftoken", "")
    return bool(cookie) and bool(field) and secrets.compare_digest(cookie, field)


@dataclass(frozen=True, slots=True)
class ReviewAction:
    """One confirm / correct / reject, as stored in the ``review`` table."""

    target_table: str
    target_id: str
    action: str
    reviewer: str
    reason: str | None
    field: str | None
    value: str | None

    @classmethod
    def from_form(cls, form: dict[str, Any]) -> ReviewAction:
        def text(name: str) -> str:
            return str(form.get(name) or "").strip()[:MAX_TEXT]

        action, target = text("action"), text("target_table")
        if action not in ACTIONS:
            raise ReviewRejected(f"[W010] unknown review action {action!r}; use one of {', '.join(ACTIONS)}")
        if target not in TARGETS:
            raise ReviewRejected(f"[W011] cannot review a {target!r}; reviewable: {', '.join(TARGETS)}")
        if not text("target_id"):
            raise ReviewRejected("[W012] the review names no target_id; reload the page and try again")
        if not text("reviewer"):
            raise ReviewRejected("[W013] say who you are in 'reviewer' so the review can be attributed")
        if action == "correct" and not (text("field") and text("value")):
            raise ReviewRejected("[W014] a correction needs the field to change and its new value")
        return cls(
            target_table=target,
            target_id=text("target_id"),
            action=action,
            reviewer=text("reviewer"),
            reason=text("reason") or None,
            field=text("field") or None,
            value=text("value") or None,
        )

    def insert(self) -> tuple[str, list[Any]]:
        """The INSERT statement and its parameters (run through Datasette's write thread)."""
        return (
            "INSERT INTO review (target_table, target_id, action, field, value, reviewer, reason, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                self.target_table,
                self.target_id,
                self.action,
                self.field,
                self.value,
                self.reviewer,
                self.reason,
                datetime.now(UTC).isoformat(timespec="seconds"),
            ],
        )
