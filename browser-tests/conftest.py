"""Shared fixtures: one headless Debian chromium per test, pointed at the server .ci/run started.

Every page the browser shows is checked with axe-core (accessibility.py); a test fails when one of its
pages has a violation, with the list of rules, elements and pages."""
import os
import tempfile

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

import accessibility
from accessibility import CheckedChrome

BASE_URL = os.environ.get("ENTENTE_URL", "http://127.0.0.1:8765")


@pytest.fixture
def downloads():
    with tempfile.TemporaryDirectory() as folder:
        yield folder


@pytest.fixture
def browser(downloads):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                 "--window-size=1280,900", "--lang=fr-FR"):
        options.add_argument(flag)
    options.add_experimental_option("prefs", {
        "download.default_directory": downloads,
        "download.prompt_for_download": False,
        "intl.accept_languages": "fr-FR,fr",
    })
    driver = CheckedChrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.implicitly_wait(5)
    yield driver
    driver.quit()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item):
    """After the test's own steps: the page it ends on is checked too, then any violation fails the test.
    A test that failed on its own keeps its failure; the violations are added to its report."""
    driver = item.funcargs.get("browser")
    checker = getattr(driver, "accessibility", None)
    if checker is None:
        return (yield)
    try:
        result = yield
    except Exception as failure:
        try:
            checker.check()
        except Exception as error:  # the test's own failure matters more than the last page's check
            failure.add_note(f"(the last page could not be checked for accessibility: {error})")
        if checker.findings:
            failure.add_note(checker.report())
        raise
    checker.check()
    if checker.findings:
        pytest.fail(checker.report(), pytrace=False)
    return result


def pytest_terminal_summary(terminalreporter):
    totals = accessibility.totals
    if totals["documents"]:
        terminalreporter.write_line(
            f"axe-core: {totals['documents']} page(s) checked, {totals['runs']} axe run(s) "
            f"in {totals['seconds']:.1f} s (the others had the structure of a page already checked)")
