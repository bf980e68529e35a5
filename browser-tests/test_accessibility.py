"""Every page each demo role reaches from the navigation, and one page behind each kind of link of those pages,
checked with axe-core; so are the sign-in page, a 404 and a 403.

The pages are found, not listed: the demo accounts are read from the sign-in page, the navigation from each
role's header, and the links from the main content of each navigation page (one page per kind of address:
/tickets/<id>, /conventions/<id>, /establishments/<uai>…; the role's rank picks which one, so the roles
between them see several conventions, tickets and establishments). A page or a role added later is checked
without changing this test. The axe-core run itself is the `browser` fixture's (conftest.py, accessibility.py):
this test fails with the list of violations, their elements, pages and roles.
"""
from urllib.parse import urlparse

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import BASE_URL
from test_journeys import file_wifi_breakdown, sign_in, sign_out, wait_for

NOT_FOUND = "/page-introuvable-axe"
# What every role must have had checked, as address shapes (a segment with a digit stands for any id); the
# new-ticket form too when the role's queue offers it. The audit page is a 403 for the roles without it.
EXPECTED = {"/sign-in", "/", "/tickets", "/tickets/*", "/statistics", "/inventory", "/breaches", "/breaches/new", "/governance",
            "/conventions", "/conventions/*",
            "/establishments", "/establishments/*", "/partners", "/audit", "/notifications", NOT_FOUND}
# Links that do not lead to a page: files and data.
NOT_PAGES = (".csv", ".json", ".pdf")

LINKS_SCRIPT = """
return Array.from(document.querySelectorAll(arguments[0]))
  .filter((link) => !link.hasAttribute('download')).map((link) => link.href);
"""


def shape(path):
    """/tickets/5ac1…, /establishments/0350002M → /tickets/*, /establishments/*; /tickets/new stays."""
    segments = [segment for segment in path.split("/") if segment]
    return "/" + "/".join("*" if any(c.isdigit() for c in segment) else segment for segment in segments)


def page_links(browser, selector):
    """The site's own page addresses among the links matching `selector`, without query or fragment."""
    found = []
    for href in browser.execute_script(LINKS_SCRIPT, selector):
        address = urlparse(href)
        if f"{address.scheme}://{address.netloc}" != BASE_URL or address.path.endswith(NOT_PAGES):
            continue
        if address.path not in found:
            found.append(address.path)
    return found


def demo_accounts(browser):
    """(address, role) of each demo account the sign-in page lists."""
    browser.get(BASE_URL + "/sign-in")
    rows = browser.find_elements(By.CSS_SELECTOR, ".demo-accounts tbody tr")
    accounts = []
    for row in rows:
        cells = row.find_elements(By.TAG_NAME, "td")
        accounts.append((cells[0].text.strip(), cells[1].text.strip()))
    return accounts


def file_ticket(browser, component, nature, title):
    browser.get(BASE_URL + "/tickets/new")
    Select(browser.find_element(By.ID, "component")).select_by_visible_text(component)
    Select(browser.find_element(By.ID, "nature")).select_by_value(nature)
    browser.find_element(By.ID, "title").send_keys(title)
    browser.find_element(By.ID, "description").send_keys("Demande déposée par le contrôle d'accessibilité.")
    browser.find_element(By.CSS_SELECTOR, ".intake button[type=submit]").click()
    wait_for(browser, lambda driver: "/tickets/" in driver.current_url and "new" not in driver.current_url)


def visit(browser, path, seen):
    browser.get(BASE_URL + path)
    browser.accessibility.check()
    seen.add(shape(path))


def h1(browser):
    return browser.find_element(By.TAG_NAME, "h1").text


def sweep(browser, rank):
    """Checks the pages of the signed-in role; returns the shapes of the addresses checked."""
    seen = {"/sign-in"}  # checked on the way in
    navigation = page_links(browser, "header nav a[href]")
    behind = {}  # shape → addresses found in the navigation pages' main content
    for path in navigation:
        visit(browser, path, seen)
        for link in page_links(browser, "main a[href]"):
            behind.setdefault(shape(link), []).append(link)
    for kind, links in behind.items():
        if kind not in seen:
            visit(browser, links[rank % len(links)], seen)
    if "/audit" not in navigation:
        visit(browser, "/audit", seen)
        assert h1(browser).startswith("403"), f"/audit without the audit role: {h1(browser)}"
    visit(browser, NOT_FOUND, seen)
    assert h1(browser).startswith("404"), f"{NOT_FOUND}: {h1(browser)}"
    return seen, "/tickets/new" in behind


def test_every_page_of_every_demo_role_passes_axe(browser):
    accounts = demo_accounts(browser)
    assert len(accounts) >= 2, accounts

    # Tickets each role can open: a teacher's Wi-Fi breakdown (the Département's) and Moodle question (the académie's).
    teacher = next(email for email, _ in accounts if email.startswith("enseignant@"))
    sign_in(browser, teacher)
    file_wifi_breakdown(browser, "Borne Wi-Fi du CDI muette (contrôle d'accessibilité)")
    file_ticket(browser, "Espaces pédagogiques (Moodle)", "question", "Cours Moodle introuvable (contrôle d'accessibilité)")
    sign_out(browser)

    missing = []
    for rank, (email, role) in enumerate(accounts):
        browser.accessibility.label = f"{role} <{email}>"
        sign_in(browser, email)
        seen, files_tickets = sweep(browser, rank)
        expected = EXPECTED | ({"/tickets/new"} if files_tickets else set())
        if expected - seen:
            missing.append(f"{role} <{email}>: {sorted(expected - seen)} not reached")
        browser.get(BASE_URL + "/")
        sign_out(browser)
    browser.accessibility.label = None
    assert not missing, "pages not checked:\n" + "\n".join(missing)
