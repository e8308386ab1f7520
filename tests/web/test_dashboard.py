"""The dashboard in real headless Chromium against the real server."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


def test_dashboard_lists_events_and_highlights_evidence(browser, server_url: str) -> None:
    page = browser.new_page()
    try:
        page.goto(server_url + "/")
        page.wait_for_selector("#events tbody tr[data-event]")
        assert page.locator("html").get_attribute("dir") == "rtl"
        assert page.locator(".card[data-count=articles] b").inner_text() == "2"
        rows = page.locator("#events tbody tr[data-event]")
        assert rows.count() >= 2
        rows.first.click()
        page.wait_for_selector("#article-text .trigger")
        assert page.locator("#article-text .trigger").count() >= 1
        assert page.locator("#evidence li").count() >= 1
    finally:
        page.close()


def test_dashboard_switches_to_english_and_filters(browser, server_url: str) -> None:
    page = browser.new_page()
    try:
        page.goto(server_url + "/")
        page.wait_for_selector("#events tbody tr[data-event]")
        page.click("#lang")
        page.wait_for_function("document.documentElement.dir === 'ltr'")
        assert page.locator("h2[data-i18n=events]").inner_text() == "Events"
        page.fill("input[name=actor]", "ISR")
        page.click("#filters button[type=submit]")
        page.wait_for_function(
            "[...document.querySelectorAll('#events tbody tr')].every(r => r.innerText.includes('ISR'))"
        )
        assert page.locator("#events tbody tr[data-event]").count() >= 1
    finally:
        page.close()
