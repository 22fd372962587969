"""The viewer in a real headless Chromium, against a real ``kg serve`` on the examples.

Debian's ``chromium`` and ``chromium-driver`` packages drive it (through Selenium, with
no browser or driver download). Without them the tests are skipped, unless
``KG_REQUIRE_BROWSER`` is set (``.ci/run`` installs them and sets it): then they fail.
Each step fails on a console error and on any request to another host than the server,
and leaves a screenshot in ``build/viewer-screenshots/``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import httpx
import pytest

from tests.test_api import free_port

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parent.parent
SCREENSHOTS = ROOT / "build" / "viewer-screenshots"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"


def _missing() -> str | None:
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install -e '.[dev]')"
    for path, package in ((CHROMIUM, "chromium"), (CHROMEDRIVER, "chromium-driver")):
        if not Path(path).is_file():
            return f"no {path}: apt-get install chromium chromium-driver ({package} is missing)"
    return None


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real ``kg serve`` on a store built from the example articles; its base URL."""
    if (reason := _missing()) is not None:
        if os.environ.get("KG_REQUIRE_BROWSER"):
            pytest.fail(f"KG_REQUIRE_BROWSER is set but {reason}")
        pytest.skip(f"no browser to test the viewer in: {reason}")
    kg = str(Path(sys.executable).parent / "kg")
    store = tmp_path_factory.mktemp("viewer") / "store"
    subprocess.run(
        [kg, "ingest", str(ROOT / "examples"), "--store", str(store)],
        check=True,
        capture_output=True,
    )
    port = free_port()
    log_path = store.parent / "serve.log"
    log = log_path.open("wb")
    process = subprocess.Popen(
        [kg, "serve", "--store", str(store), "--host", "127.0.0.1", "--port", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            assert process.poll() is None, log_path.read_text()
            assert time.monotonic() < deadline, "kg serve did not start"
            try:
                if httpx.get(base + "/health", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=20)
        log.close()


@pytest.fixture(scope="module")
def driver(server: str) -> Iterator[Any]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--window-size=1400,900",
        # Nothing may leave the machine: other hosts do not even resolve.
        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
    ):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    browser = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    browser.set_page_load_timeout(30)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    yield browser
    browser.quit()


def settle(driver: Any, server: str, name: str) -> None:
    """Save a screenshot; fail on console errors and on requests to other hosts."""
    driver.save_screenshot(str(SCREENSHOTS / f"{name}.png"))
    errors = [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    assert not errors, errors
    here = urlsplit(server).netloc
    elsewhere = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] != "Network.requestWillBeSent":
            continue
        url = message["params"]["request"]["url"]
        if urlsplit(url).scheme in ("http", "https", "ws", "wss") and urlsplit(url).netloc != here:
            elsewhere.append(url)
    assert not elsewhere, elsewhere


def wait(driver: Any, condition: Any, timeout: float = 15) -> Any:
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout).until(condition)


def open_view(driver: Any, url: str) -> None:
    driver.get(url)
    wait(driver, lambda d: d.execute_script("return document.body.dataset.ready"))


def loaded(driver: Any, actor: str) -> None:
    wait(driver, lambda d: d.execute_script("return document.body.dataset.loaded") == actor)


def table_edges(driver: Any) -> list[str]:
    """The edge ids of the table's rows (read in one call: the table may be redrawn)."""
    rows: list[str] = driver.execute_script(
        "return [...document.querySelectorAll('#edges tbody tr')].map(r => r.dataset.edge)"
    )
    return rows


def test_search_network_and_evidence(driver: Any, server: str) -> None:
    from selenium.webdriver.common.by import By

    open_view(driver, server + "/")
    driver.find_element(By.ID, "search").send_keys("hezb")
    option = wait(
        driver,
        lambda d: d.find_elements(By.CSS_SELECTOR, "#suggestions li[data-id='hezbollah']"),
    )[0]
    settle(driver, server, "1-search")
    option.click()  # click 1
    loaded(driver, "hezbollah")
    nodes = driver.execute_script("return cy.nodes().map(n => n.id())")
    assert {"hezbollah", "israel", "iran"} <= set(nodes)
    assert "/?actor=hezbollah" in driver.current_url
    settle(driver, server, "2-network")
    row = driver.find_element(By.CSS_SELECTOR, "#edges tr[data-edge='hezbollah|attacked|israel']")
    row.click()  # click 2: the evidence
    marks = wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#evidence mark"))
    assert {m.get_attribute("class") for m in marks} == {"subject", "object"}
    evidence = driver.find_element(By.ID, "evidence").text
    assert "fired more than 200 rockets" in evidence
    assert "Hezbollah fires rocket barrages" in evidence  # the article's title
    assert "asserted" in evidence
    assert "rule " in evidence
    assert "edge=hezbollah" in driver.current_url
    settle(driver, server, "3-evidence")
    # Expanding Israel adds its neighbours to the network.
    before = len(driver.execute_script("return cy.nodes().map(n => n.id())"))
    driver.execute_script("cy.getElementById('israel').emit('dbltap')")
    wait(driver, lambda d: d.execute_script("return cy.nodes().length") > before)


def test_filters_change_the_edges(driver: Any, server: str) -> None:
    from selenium.webdriver.common.by import By

    open_view(driver, server + "/?actor=united-states")
    loaded(driver, "united-states")
    before = table_edges(driver)
    assert any("|officialOf|" in edge for edge in before)
    driver.execute_script("document.body.dataset.loaded = ''")
    driver.find_element(By.CSS_SELECTOR, "input[name=family][value=structure]").click()
    loaded(driver, "united-states")
    after = table_edges(driver)
    assert after
    assert not any("|officialOf|" in edge for edge in after)
    assert set(after) < set(before)
    assert "families=" in driver.current_url
    settle(driver, server, "4-filtered")
    # Two sources at least: fewer edges again.
    from selenium.webdriver.common.keys import Keys

    driver.execute_script("document.body.dataset.loaded = ''")
    sources = driver.find_element(By.ID, "min-sources")
    # Typed, then left: one change event.
    sources.send_keys(Keys.CONTROL, "a")
    sources.send_keys("2", Keys.TAB)
    loaded(driver, "united-states")
    assert set(table_edges(driver)) < set(after)
    assert "min_sources=2" in driver.current_url
    driver.find_element(By.ID, "copy-table").click()
    wait(
        driver,
        lambda d: (
            "Copied" in d.find_element(By.ID, "status").text
            or "selected" in d.find_element(By.ID, "status").text
        ),
    )


def test_deep_link_opens_the_edge(driver: Any, server: str) -> None:
    from selenium.webdriver.common.by import By

    edge = quote("iran|supports|houthis")
    open_view(driver, f"{server}/?actor=iran&hops=2&modality=asserted,alleged&edge={edge}")
    loaded(driver, "iran")
    wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#evidence .evidence"))
    assert driver.find_element(By.ID, "hops").get_attribute("value") == "2"
    distances = driver.execute_script("return (await (await fetch('/ego/iran?depth=2')).json())")
    assert max(n["distance"] for n in distances["nodes"]) == 2
    driver.find_element(By.ID, "show-denials").click()
    wait(driver, lambda d: d.find_elements(By.ID, "denials"))
    settle(driver, server, "5-deep-link")


def test_timeline_rollup_and_paths(driver: Any, server: str) -> None:
    from selenium.webdriver.common.by import By

    open_view(driver, server + "/?actor=iraq&rollup=1")
    loaded(driver, "iraq")
    nodes = driver.execute_script("return cy.nodes().map(n => n.id())")
    assert "iran" in nodes
    assert "iranian-armed-forces" not in nodes  # folded into Iran
    driver.find_element(By.CSS_SELECTOR, "[data-tab=timeline]").click()
    wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#timeline circle"))
    settle(driver, server, "6-timeline")
    driver.find_element(By.CSS_SELECTOR, "#path-menu summary").click()
    driver.find_element(By.ID, "path-from").send_keys("hezbollah")
    driver.find_element(By.ID, "path-to").send_keys("houthis")
    driver.find_element(By.CSS_SELECTOR, "#path-form button").click()
    wait(driver, lambda d: "shortest path" in d.find_element(By.ID, "status").text)
    path_nodes = driver.execute_script("return cy.nodes().map(n => n.id())")
    assert {"hezbollah", "houthis"} <= set(path_nodes)
    settle(driver, server, "7-paths")


def test_curation_from_the_viewer(driver: Any, server: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    open_view(driver, server + "/?actor=hezbollah")
    loaded(driver, "hezbollah")
    driver.find_element(By.CSS_SELECTOR, "#curate-menu summary").click()
    Select(driver.find_element(By.ID, "curate-action")).select_by_value("alias")
    driver.find_element(By.ID, "curate-a").send_keys("hezbollah")
    driver.find_element(By.ID, "curate-b").send_keys("Zqx Resistance Party")
    driver.find_element(By.CSS_SELECTOR, "#curate-form button").click()
    wait(driver, lambda d: d.find_element(By.ID, "curate-result").text == "Done.")
    found = httpx.get(server + "/suggest", params={"prefix": "zqx"}).json()["items"]
    assert [(item["id"], item["name"]) for item in found] == [("hezbollah", "Zqx Resistance Party")]
    settle(driver, server, "8-curation")


def download_to(driver: Any, folder: Path) -> None:
    """Let the page download files, into ``folder``, without asking."""
    driver.execute_cdp_cmd(
        "Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(folder)}
    )


def downloaded(folder: Path, name: str, timeout: float = 15) -> bytes:
    """The file ``name`` once the browser has finished writing it (and renamed it so)."""
    path = folder / name
    deadline = time.monotonic() + timeout
    while not (path.is_file() and path.stat().st_size > 0):
        assert time.monotonic() < deadline, f"no {name} in {sorted(folder.iterdir())}"
        time.sleep(0.1)
    return path.read_bytes()


def test_export_png_of_the_network(driver: Any, server: str, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    download_to(driver, tmp_path)
    open_view(driver, server + "/?actor=hezbollah")
    loaded(driver, "hezbollah")
    driver.find_element(By.CSS_SELECTOR, "#export-menu summary").click()
    driver.find_element(By.ID, "export-png").click()
    png = downloaded(tmp_path, "kg-hezbollah.png")
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert png[12:16] == b"IHDR"
    width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
    # The whole network at scale 2, not an empty canvas.
    assert width > 200
    assert height > 200
    assert len(png) > 10_000
    assert png[-8:-4] == b"IEND"
    settle(driver, server, "11-export-png")


def test_export_gexf_of_the_filtered_view(driver: Any, server: str, tmp_path: Path) -> None:
    from xml.etree import ElementTree

    from selenium.webdriver.common.by import By

    download_to(driver, tmp_path)
    open_view(driver, server + "/?actor=united-states&min_sources=2")
    loaded(driver, "united-states")
    shown = set(driver.execute_script("return cy.nodes().map(n => n.id())"))
    shown_edges = driver.execute_script("return cy.edges().length")
    everything = {n["id"] for n in httpx.get(server + "/ego/united-states").json()["nodes"]}
    assert shown < everything  # the filter leaves actors out
    link = driver.find_element(By.ID, "export-gexf")
    assert "min_sources=2" in link.get_attribute("href")
    assert "actor=united-states" in link.get_attribute("href")
    driver.find_element(By.CSS_SELECTOR, "#export-menu summary").click()
    link.click()
    gexf = ElementTree.fromstring(downloaded(tmp_path, "kg.gexf"))  # the server names it
    assert gexf.tag.endswith("gexf")
    nodes = {e.get("id") for e in gexf.iter() if e.tag.rsplit("}", 1)[-1] == "node"}
    edges = [e for e in gexf.iter() if e.tag.rsplit("}", 1)[-1] == "edge"]
    assert nodes == shown
    assert len(edges) == shown_edges
    settle(driver, server, "12-export-gexf")


def test_offline_api_docs(driver: Any, server: str) -> None:
    from selenium.webdriver.common.by import By

    driver.get(server + "/docs")
    wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, ".opblock"))
    assert "/ego/{actor_id}" in driver.find_element(By.TAG_NAME, "body").text
    settle(driver, server, "9-docs")
    driver.get(server + "/redoc")
    wait(driver, lambda d: "suggest" in d.find_element(By.TAG_NAME, "body").text.lower(), 30)
    settle(driver, server, "10-redoc")
