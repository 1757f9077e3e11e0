"""``kg serve`` and ``kg report`` as a person uses them, in a real headless Chromium
(Debian's ``chromium`` and ``chromium-driver``; ``.ci/run`` installs them): search the
events, open the example release's event, read a statistic, follow it to the highlighted
evidence in the release text, open the graph view and the chart; no JavaScript error in
the console. Screenshots land in each test's tmp dir."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
EVENT = "2024 World Power Battery Conference"


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
        pytest.skip("needs Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver)")
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    profile = tmp_path_factory.mktemp("chromium-profile")
    for arg in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", f"--user-data-dir={profile}", "--window-size=1280,1400"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


def navigate(driver, action) -> None:
    """Do ``action`` (a click, an Enter) and wait until the next page has replaced this one."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as EC
    from selenium.webdriver.support.ui import WebDriverWait

    old = driver.find_element(By.TAG_NAME, "html")
    action()
    WebDriverWait(driver, 30).until(EC.staleness_of(old))
    WebDriverWait(driver, 30).until(lambda d: d.execute_script("return document.readyState") == "complete")


def console_errors(driver) -> list[str]:
    return [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def test_the_console_check_sees_a_javascript_error(browser, web_server):
    """The check the other tests rely on: an error thrown by a page's script is seen."""
    browser.get(web_server.url)
    console_errors(browser)  # drain
    browser.execute_script("setTimeout(function () { throw new Error('probe-error'); }, 0)")
    browser.execute_script("return 1")
    import time

    time.sleep(0.3)
    assert any("probe-error" in m for m in console_errors(browser))


def test_search_event_statistic_and_its_evidence(browser, web_server, web_graph_file, tmp_path):
    from rdflib import Dataset, Namespace
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    browser.get(web_server.url)
    console_errors(browser)
    box = browser.find_element(By.ID, "q")
    box.send_keys("power battery")
    navigate(browser, lambda: box.send_keys(Keys.ENTER))
    links = browser.find_elements(By.CSS_SELECTOR, "table.events a.event-link")
    assert [a.text for a in links] == [EVENT]
    assert "1 of 4 events" in browser.find_element(By.ID, "count").text
    browser.save_screenshot(str(tmp_path / "1-search.png"))
    navigate(browser, links[0].click)

    assert browser.find_element(By.CSS_SELECTOR, "h1.event-name").text == EVENT
    rows = browser.find_elements(By.CSS_SELECTOR, "table.stats tr.stat")
    assert rows
    by_value = {(r.find_element(By.CSS_SELECTOR, "td.value").text, r.find_element(By.CSS_SELECTOR, "td.unit").text): r
                for r in rows}
    assert ("9,587,000", "vehicle") in by_value
    row = by_value[("9,587,000", "vehicle")]
    stat_key = row.get_attribute("id")
    browser.save_screenshot(str(tmp_path / "2-event.png"))

    # the quote the graph holds for this statistic
    ds = Dataset(default_union=True).parse(web_graph_file, format="trig")
    EKG, ID = Namespace("https://w3id.org/event-kg/ns#"), Namespace("https://w3id.org/event-kg/id/")
    quote = str(ds.value(ds.value(ID[stat_key], EKG.evidence), EKG.quote))

    navigate(browser, row.find_element(By.CSS_SELECTOR, "a.evidence").click)
    mark = browser.find_element(By.CSS_SELECTOR, ".release-text mark.hl")
    assert mark.text == quote
    assert mark.is_displayed()
    # the highlighted span sits in the release's own text, in its sentence
    text = browser.find_element(By.CSS_SELECTOR, ".release-text").text
    assert quote in text and "production and sales of new energy vehicles" in text
    browser.save_screenshot(str(tmp_path / "3-evidence.png"))
    assert console_errors(browser) == []


def test_graph_view_draws_without_a_javascript_error(browser, web_server, tmp_path):
    from selenium.webdriver.common.by import By

    browser.get(web_server.url + "event/event-2024-world-power-battery-conference")
    console_errors(browser)
    navigate(browser, browser.find_element(By.CSS_SELECTOR, "a.graph-link").click)
    drawn = browser.find_element(By.CSS_SELECTOR, ".graph-svg")
    assert int(drawn.get_attribute("data-drawn")) >= 8
    labels = {t.text for t in browser.find_elements(By.CSS_SELECTOR, ".graph-svg .node text")}
    assert EVENT in labels and "Yibin" in labels and "World Power Battery Conference" in labels
    browser.save_screenshot(str(tmp_path / "graph.png"))
    assert console_errors(browser) == []


def test_chart_across_editions_without_a_javascript_error(browser, web_server, tmp_path):
    from selenium.webdriver.common.by import By

    browser.get(web_server.url + "event/event-2022-harbourline-boat-show")
    console_errors(browser)
    navigate(browser, browser.find_element(By.CSS_SELECTOR, "a.series-link").click)
    charts = browser.find_elements(By.CSS_SELECTOR, "figure.chart")
    titles = [c.find_element(By.TAG_NAME, "figcaption").text for c in charts]
    assert any(t.startswith("visitors") for t in titles) and any(t.startswith("exhibitors") for t in titles)
    visitors = charts[[t.startswith("visitors") for t in titles].index(True)]
    bars = visitors.find_elements(By.CSS_SELECTOR, "svg rect.bar")
    assert [b.get_attribute("data-year") for b in bars] == ["2021", "2022", "2023"]
    assert [float(b.get_attribute("data-value")) for b in bars] == [18400, 23900, 27150]
    heights = [float(b.get_attribute("height")) for b in bars]
    assert heights == sorted(heights) and heights[0] < heights[-1]
    browser.save_screenshot(str(tmp_path / "chart.png"))
    assert console_errors(browser) == []


def test_query_page_runs_a_shipped_query_with_a_parameter(browser, web_server, tmp_path):
    from selenium.webdriver.common.by import By

    browser.get(web_server.url + "query")
    navigate(browser, browser.find_element(By.LINK_TEXT, "hosts").click)
    browser.find_element(By.NAME, "p.agentName").send_keys("Solent Marine Trades Guild")
    navigate(browser, browser.find_element(By.ID, "run").click)
    cells = [td.text for td in browser.find_elements(By.CSS_SELECTOR, "table.results-table tbody tr td:nth-child(2)")]
    assert cells == ["2021 Harbourline Boat Show", "2022 Harbourline Boat Show", "2023 Harbourline Boat Show"]
    browser.save_screenshot(str(tmp_path / "query.png"))
    assert console_errors(browser) == []


def test_report_file_works_offline(browser, web_graph_file, tmp_path):
    from selenium.webdriver.common.by import By

    from kg.web.report import write_report

    out = tmp_path / "report.html"
    write_report(out, graph=web_graph_file)
    browser.get(out.as_uri())
    console_errors(browser)
    assert len(browser.find_elements(By.CSS_SELECTOR, "#events tr.event-row")) == 4
    box = browser.find_element(By.ID, "q")
    box.send_keys("harbourline")
    visible = [r for r in browser.find_elements(By.CSS_SELECTOR, "#events tr.event-row") if r.is_displayed()]
    assert len(visible) == 3
    # every graph and chart drew
    assert all(int(g.get_attribute("data-drawn")) > 1 for g in browser.find_elements(By.CSS_SELECTOR, ".graph-svg"))
    assert len(browser.find_elements(By.CSS_SELECTOR, ".chart-svg svg rect.bar")) >= 6
    # a statistic's evidence link highlights its quote in the release text, inside the file
    link = browser.find_element(By.CSS_SELECTOR, "#event-2024-world-power-battery-conference table.stats a.evidence")
    quote = link.text.strip("“”")
    link.click()
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".release-text .ev.hl"))
    highlighted = "".join(e.text for e in browser.find_elements(By.CSS_SELECTOR, ".release-text .ev.hl"))
    assert highlighted == quote
    browser.save_screenshot(str(tmp_path / "report.png"))
    assert console_errors(browser) == []
