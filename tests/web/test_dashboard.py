"""The dashboard in Debian's chromium over the sample articles: map, filters, brush, the
incident page and a hostile article. Screenshots go to test-artifacts/web/."""

from __future__ import annotations

import re

import pytest


def ready(page, path: str) -> None:
    page.goto(path)
    page.wait_for_selector("body[data-ready='true']", timeout=20_000)
    page.wait_for_function("() => document.body.dataset.loading !== 'true'", timeout=20_000)


def table_rows(page) -> list[dict[str, str]]:
    return page.eval_on_selector_all(
        "#table-body tr[data-event-id]",
        "rows => rows.map(r => ({id: r.dataset.eventId, date: r.cells[0].textContent,"
        " type: r.cells[1].textContent}))",
    )


def test_dashboard_draws_markers_legend_timeline_and_table(page, screenshot) -> None:
    ready(page, "/")
    total = int(re.search(r"of (\d+)", page.text_content("#table-count")).group(1))
    assert total >= 10
    dots = page.locator(".incident-marker").count()
    shapes = page.locator(".leaflet-overlay-pane path").count()
    assert dots >= 5  # town-level dots
    assert shapes > dots  # and areas (circles, provinces) for the vaguer ones
    assert page.locator(".legend").is_visible()
    assert page.locator(".timeline-svg path.bar").count() >= 3
    assert len(table_rows(page)) == total
    assert page.get_attribute("#json-link", "href").startswith("/api/incidents")
    screenshot(page, "dashboard")


def test_type_filter_narrows_map_and_table(page, screenshot) -> None:
    ready(page, "/")
    before = page.locator(".incident-marker").count()
    page.select_option("#f-event_type", "Battles")
    page.wait_for_function("() => document.body.dataset.loading === 'false'")
    page.wait_for_function("() => location.search.includes('event_type=Battles')")
    page.wait_for_function("() => document.body.dataset.loading === 'false'")
    rows = table_rows(page)
    assert rows and all("Battles" in r["type"] for r in rows)
    assert page.locator(".incident-marker").count() < before
    assert "event_type=Battles" in page.get_attribute("#json-link", "href")
    screenshot(page, "filter-battles")


def test_brushing_the_timeline_filters_by_date(page, screenshot) -> None:
    ready(page, "/")
    all_rows = table_rows(page)
    box = page.locator(".brush-overlay").bounding_box()
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + box["width"] * 0.05, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.3, y, steps=5)
    page.mouse.move(box["x"] + box["width"] * 0.55, y, steps=5)
    page.mouse.up()
    page.wait_for_function("() => location.search.includes('since=')")
    page.wait_for_function("() => document.body.dataset.loading === 'false'")
    since, until = page.input_value("#f-since"), page.input_value("#f-until")
    assert since and until and since <= until
    rows = table_rows(page)
    assert 0 < len(rows) < len(all_rows)
    assert all(since <= r["date"] <= until for r in rows)
    assert page.locator(".brush").get_attribute("visibility") == "visible"
    screenshot(page, "brush")


def test_incident_page_shows_figures_claims_sources_and_merges(page, screenshot) -> None:
    page.goto("/?sort=-source_count")
    page.wait_for_selector("body[data-ready='true']")
    page.click("#table-body tr[data-event-id] a.open")
    page.wait_for_selector("body[data-ready='true']", timeout=20_000)
    assert page.url.split("/incidents/")[1]
    assert page.locator(".figure").count() >= 2
    assert "low" in page.text_content(".figure-range")
    assert page.locator("#claims tbody tr").count() >= 1
    assert page.locator("#sources .source").count() >= 1
    assert page.locator("#sources mark.span").count() >= 1
    assert page.locator("#links tbody tr").count() >= 1
    assert page.get_attribute("#json-link", "href").startswith("/api/incidents/inc-")
    screenshot(page, "incident")


@pytest.mark.parametrize("which", ["article", "incident"])
def test_article_markup_renders_as_text_and_never_runs(page, server, screenshot, which) -> None:
    if which == "article":
        ready(page, "/articles/hostile-script")
        container = "#text"
    else:
        incident = page.request.get(f"{server}/api/articles/hostile-script").json()["incidents"][0]
        ready(page, f"/incidents/{incident}")
        container = "#sources"
    assert page.evaluate("window.__pwned") is None
    text = page.text_content(container)
    assert "<script>window.__pwned = 'text'</script>" in text
    assert "<img src=x onerror=" in text
    assert page.locator(f"{container} script, {container} img").count() == 0
    assert page.locator("a[href^='javascript:']").count() == 0
    screenshot(page, f"hostile-{which}")
