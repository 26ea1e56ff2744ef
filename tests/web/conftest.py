"""One server over the sample store and one browser for the whole session."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from webhelpers import (  # type: ignore[import-not-found]
    ARTIFACTS,
    CHROMIUM_FLAGS,
    SAMPLES,
    ServerThread,
    chromium_path,
    unavailable,
)

from frontlines.api import ApiSettings, create_app
from frontlines.readers import read_articles
from frontlines.store import Store
from frontlines.web.assets import assets_present, default_assets_dir
from hostile_article import HOSTILE  # type: ignore[import-not-found]


@pytest.fixture(scope="session")
def chromium() -> str:
    path = chromium_path()
    if not assets_present(default_assets_dir()):
        unavailable("the dashboard's map assets are not built")
    return path


@pytest.fixture(scope="session")
def server(chromium: str, tmp_path_factory: pytest.TempPathFactory, extractor) -> Iterator[str]:
    url = f"sqlite:///{tmp_path_factory.mktemp('web') / 'samples.db'}"
    with Store.open(url) as store:
        store.ingest(read_articles([SAMPLES], skip_bad=True), extractor=extractor)
        store.ingest([HOSTILE], extractor=extractor)
        with ServerThread(create_app(ApiSettings(), store=store)) as running:
            yield running.url


@pytest.fixture(scope="session")
def browser(chromium: str) -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_FLAGS)
        yield launched
        launched.close()


@pytest.fixture()
def page(browser, server: str) -> Iterator[object]:
    """A fresh page that records console errors and CSP violations, failing on any."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, base_url=server)
    opened = context.new_page()
    problems: list[str] = []
    opened.on("console", lambda m: m.type == "error" and problems.append(m.text))
    opened.on("pageerror", lambda e: problems.append(str(e)))
    opened.problems = problems
    yield opened
    context.close()
    assert not problems, problems


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


@pytest.fixture()
def screenshot():
    return shot
