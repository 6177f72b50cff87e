"""Source text is untrusted: it shows as text and never runs. Writes need the review token and CSRF token."""

from __future__ import annotations

import html
import re
import sqlite3
from pathlib import Path

import pytest
from tests.web.conftest import XSS_EVENT, XSS_IMG, XSS_SCRIPT, XSS_SOURCE, Client

HOSTILE_PAGES = [
    f"/-/annalist/event/{XSS_EVENT}",
    "/-/annalist/events?type=ASSAULT",
    "/-/annalist/timeline?date_from=1988-07-20&date_to=1988-07-31",
    "/-/annalist/timeline?date_from=1988-07-20&date_to=1988-07-31&group=source",
    "/-/annalist/compare?sources=Morning+Courier,%3Cscript%3Ewindow.__xss+%3D+4%3C%2Fscript%3EHostile+Press",
    "/-/annalist/",
]


def _hostile_source_id(store: Path) -> str:
    with sqlite3.connect(store) as connection:
        return str(connection.execute("SELECT id FROM source WHERE name = ?", (XSS_SOURCE,)).fetchone()[0])


def _assert_inert(page: str) -> None:
    # Our own pages contain no inline script at all, so any <script> without src would be an injection.
    assert not re.search(r"<script(?![^>]*\bsrc=\"/)[^>]*>", page), "an inline script tag reached the page"
    assert not re.search(r"<(img|svg|b)\b[^>]*\bon\w+=", page, flags=re.I), (
        "an event handler attribute reached the page"
    )
    assert not re.search(r"""\b(href|src)\s*=\s*["']?\s*javascript:""", page, flags=re.I), "a javascript: URL is live"


@pytest.mark.parametrize("path", HOSTILE_PAGES)
def test_hostile_text_is_escaped_on_every_page(client: Client, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200
    _assert_inert(response.text)


def test_hostile_document_shows_as_text_on_the_event_page(client: Client) -> None:
    page = client.get(f"/-/annalist/event/{XSS_EVENT}").text
    _assert_inert(page)
    shown = html.unescape(re.sub(r"</?mark[^>]*>", "", page))  # what a reader sees, highlights aside
    assert XSS_IMG in shown and XSS_SCRIPT in shown  # visible, as characters
    assert "&lt;svg onload=window.__xss=5&gt;" in page
    assert "&lt;b onmouseover=window.__xss=6&gt;Border post&lt;/b&gt;" in page


def test_hostile_source_page_keeps_framing_reference_and_url_inert(client: Client, web_store: Path) -> None:
    page = client.get(f"/-/annalist/source/{_hostile_source_id(web_store)}").text
    _assert_inert(page)
    assert re.search(r'<mark class="framing"[^>]*>&lt;script&gt;window.__xss = 1', page)
    assert "javascript:window.__xss = 7" in page  # the source's URL is printed, not linked
    assert "&lt;script&gt;window.__xss = 8&lt;/script&gt;" in page  # the parsed citation title


def test_map_json_carries_hostile_names_as_data_only(client: Client) -> None:
    markers = client.get("/-/annalist/map.json?zoom=18").json()["markers"]
    names = [place["name"] for marker in markers for place in marker["places"]]
    assert "<b onmouseover=window.__xss=6>Border post</b>" in names  # the script renders it with textContent


def test_read_only_server_refuses_review_writes(client: Client, web_store: Path) -> None:
    client.get("/-/annalist/")
    response = client.post(
        "/-/annalist/review",
        data={"target_table": "event", "target_id": XSS_EVENT, "action": "reject", "reviewer": "x"},
    )
    assert response.status_code == 403
    assert client.get("/-/annalist/review/login?token=anything").status_code == 403
    with sqlite3.connect(web_store) as connection:
        assert connection.execute("SELECT count(*) FROM review").fetchone()[0] == 0


def _csrf(client: Client, path: str, cookies: dict[str, str] | None = None) -> tuple[str, dict[str, str]]:
    response = client.get(path, cookies=cookies or {})
    token = re.search(r'name="csrftoken" value="([^"]+)"', response.text)
    assert token, f"{path} has no CSRF field"
    return token.group(1), {"ds_csrftoken": response.cookies.get("ds_csrftoken") or ""}


def test_review_needs_the_token_then_csrf_and_stores_who_why_when(review_client: Client) -> None:
    store = Path(review_client.datasette.databases["review"].path)
    # wrong token: no session
    assert review_client.get("/-/annalist/review/login?token=wrong").status_code == 403
    login = review_client.get("/-/annalist/review/login?token=secret-token")
    assert login.status_code == 303
    session = {"annalist_review": login.cookies["annalist_review"]}
    csrf, csrf_cookie = _csrf(review_client, f"/-/annalist/event/{XSS_EVENT}", session)
    form = {"target_table": "event", "target_id": XSS_EVENT, "action": "reject", "reviewer": "analyst one",
            "reason": "the depot story is a hoax"}  # fmt: skip

    # signed in but no CSRF token: refused (by asgi-csrf, or by our own check)
    refused = review_client.post("/-/annalist/review", data=form, cookies={**session, **csrf_cookie})
    assert refused.status_code == 403
    # CSRF token but not signed in: refused
    anonymous = review_client.post("/-/annalist/review", data={**form, "csrftoken": csrf}, cookies=csrf_cookie)
    assert anonymous.status_code == 403
    with sqlite3.connect(store) as connection:
        assert connection.execute("SELECT count(*) FROM review").fetchone()[0] == 0

    accepted = review_client.post(
        "/-/annalist/review", data={**form, "csrftoken": csrf}, cookies={**session, **csrf_cookie}
    )
    assert accepted.status_code == 303
    with sqlite3.connect(store) as connection:
        connection.row_factory = sqlite3.Row
        row = connection.execute("SELECT * FROM review").fetchone()
    assert (row["target_table"], row["target_id"], row["action"]) == ("event", XSS_EVENT, "reject")
    assert (row["reviewer"], row["reason"]) == ("analyst one", "the depot story is a hoax")
    assert row["created_at"].startswith("20")
    page = review_client.get(f"/-/annalist/event/{XSS_EVENT}", cookies=session).text
    assert "analyst one" in page and "<strong>reject</strong>" in page


def test_review_rejects_malformed_actions(review_client: Client) -> None:
    login = review_client.get("/-/annalist/review/login?token=secret-token")
    session = {"annalist_review": login.cookies["annalist_review"]}
    csrf, csrf_cookie = _csrf(review_client, f"/-/annalist/event/{XSS_EVENT}", session)
    cookies = {**session, **csrf_cookie}
    base = {"target_table": "event", "target_id": XSS_EVENT, "reviewer": "r", "csrftoken": csrf}
    unknown = review_client.post("/-/annalist/review", data={**base, "action": "delete"}, cookies=cookies)
    assert unknown.status_code == 400 and "W010" in unknown.text
    correction = review_client.post("/-/annalist/review", data={**base, "action": "correct"}, cookies=cookies)
    assert correction.status_code == 400 and "W014" in correction.text


def test_forged_review_cookie_is_not_a_session(review_client: Client) -> None:
    csrf, csrf_cookie = _csrf(review_client, "/-/annalist/review/login")
    forged = {"annalist_review": "secret-token", **csrf_cookie}
    response = review_client.post(
        "/-/annalist/review",
        data={"target_table": "event", "target_id": XSS_EVENT, "action": "confirm", "reviewer": "r", "csrftoken": csrf},
        cookies=forged,
    )
    assert response.status_code == 403


def test_server_binds_to_localhost_by_default() -> None:
    import inspect

    from annalist.web.server import serve

    assert inspect.signature(serve).parameters["host"].default == "127.0.0.1"
    assert XSS_SCRIPT and XSS_IMG  # the hostile fixtures are the ones these tests look for


def test_login_form_posts_the_token_under_csrf_and_a_claim_can_be_reviewed(review_client: Client) -> None:
    csrf, csrf_cookie = _csrf(review_client, "/-/annalist/review/login")
    no_csrf = review_client.post("/-/annalist/review/login", data={"token": "secret-token"}, cookies=csrf_cookie)
    assert no_csrf.status_code == 403
    login = review_client.post(
        "/-/annalist/review/login", data={"token": "secret-token", "csrftoken": csrf}, cookies=csrf_cookie
    )
    assert login.status_code == 303
    session = {"annalist_review": login.cookies["annalist_review"]}
    page = review_client.get(f"/-/annalist/event/{XSS_EVENT}", cookies={**session, **csrf_cookie})
    assert 'name="target_table" value="claim"' in page.text
    form = {
        "csrftoken": csrf,
        "target_table": "claim",
        "target_id": "clm-hostile",
        "return_to": XSS_EVENT,
        "action": "correct",
        "field": "date_start",
        "value": '"1988-07-28"',
        "reviewer": "analyst two",
    }
    done = review_client.post("/-/annalist/review", data=form, cookies={**session, **csrf_cookie})
    assert done.status_code == 303 and done.headers["location"] == f"/-/annalist/event/{XSS_EVENT}"
    shown = review_client.get(f"/-/annalist/event/{XSS_EVENT}", cookies=session).text
    assert "analyst two" in shown and "date_start → &#34;1988-07-28&#34;" in shown
