"""A real browser (Debian's Chromium, headless) against a real uvicorn server on 127.0.0.1:
log in, open the top case, see the marked indicators, dismiss one case, propose a referral
and have a second person approve it, download the bundle. Screenshots of each page go to
tests/web/artifacts/."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from playwright.sync_api import Browser, Page, expect, sync_playwright
from web_support import PASSWORD, Env, make_env, open_case

ARTIFACTS = Path(__file__).parent / "artifacts"
CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Env, list[str]]]:
    env = make_env(tmp_path_factory.mktemp("browser"))
    cases = [open_case(env, "b1", "first_guy"), open_case(env, "b2", "second_guy")]
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(env.app, host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", env, cases
    server.should_exit = True
    thread.join(timeout=10)
    env.client.close()
    env.pipeline.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        pytest.skip("Chromium is not installed at /usr/bin/chromium")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield b
        b.close()


def shot(page: Page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def log_in(page: Page, base: str, name: str) -> None:
    page.goto(f"{base}/queue")
    expect(page).to_have_url(f"{base}/login?next=/queue")
    page.fill("input[name=name]", name)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    expect(page).to_have_url(f"{base}/queue")


def test_review_and_four_eyes_referral(
    served: tuple[str, Env, list[str]], browser: Browser, tmp_path: Path
) -> None:
    base, _env, cases = served
    reviewer = browser.new_context(accept_downloads=True)
    supervisor = browser.new_context()
    try:
        page = reviewer.new_page()
        page.goto(f"{base}/login")
        shot(page, "login")
        log_in(page, base, "reviewer-1")
        expect(page.locator("table.queue tbody tr")).to_have_count(2)
        shot(page, "queue")

        # the top case: indicators marked in the text, with their category
        page.locator("a.case-link").first.click()
        marks = page.locator("mark[class^=cat-]")
        expect(marks.first).to_be_visible()
        assert marks.count() >= 2
        assert ":" in (marks.first.get_attribute("title") or "")
        shot(page, "case")

        # dismiss it, with a reason
        top = page.url.rsplit("/", 1)[1]
        page.fill("form.dismiss input[name=reason]", "adult role-play between adults")
        page.click("form.dismiss button")
        expect(page.locator(".status")).to_have_text("dismissed")
        other = next(c for c in cases if c != top)

        # propose the other for referral
        page.goto(f"{base}/cases/{other}")
        page.fill("form.propose input[name=reason]", "stated age 11, payment offer, secrecy")
        page.click("form.propose button")
        expect(page.locator(".status")).to_have_text("referral_proposed")
        expect(page.locator("form.approve")).to_have_count(0)  # never one's own proposal

        # the second pair of eyes
        sup = supervisor.new_page()
        log_in(sup, base, "supervisor-1")
        sup.goto(f"{base}/cases/{other}")
        shot(sup, "case-proposed")
        sup.click("form.approve button")
        expect(sup.locator(".status")).to_have_text("referred")

        # the bundle
        page.goto(f"{base}/cases/{other}")
        shot(page, "case-referred")
        with page.expect_download() as info:
            page.click("#download-bundle")
        target = tmp_path / "bundle.zip"
        info.value.save_as(target)
        assert target.read_bytes()[:2] == b"PK"

        page.goto(f"{base}/dashboard")
        expect(page.locator("svg.chart").first).to_be_visible()
        shot(page, "dashboard")
    finally:
        reviewer.close()
        supervisor.close()
