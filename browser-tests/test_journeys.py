"""The main journeys of the foundation, in a real browser."""
import os
import time

from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException, WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select, WebDriverWait

from conftest import BASE_URL

DEMO_PASSWORD = "demo-entente-2026"


def wait_for(browser, condition):
    """Waits for a condition on the page, ignoring elements of the page being replaced: while a form's
    answer loads, chromium may report the old page's nodes as stale, missing or foreign to the document."""
    WebDriverWait(browser, 10, ignored_exceptions=(StaleElementReferenceException, NoSuchElementException,
                                                   WebDriverException)).until(condition)


def sign_in(browser, email="dsi@cd35.demo.entente.fr"):
    browser.get(BASE_URL + "/")
    assert "/sign-in" in browser.current_url
    # The demo accounts are listed on the sign-in page in demo mode.
    wait_for(browser, lambda driver: email in driver.find_element(By.CSS_SELECTOR, ".demo-accounts").text)
    browser.find_element(By.ID, "email").send_keys(email)
    browser.find_element(By.ID, "password").send_keys(DEMO_PASSWORD + Keys.ENTER)
    wait_for(browser, lambda driver: driver.find_element(By.TAG_NAME, "h1").text == "Tableau de bord")


def open_ille_et_vilaine(browser):
    browser.find_element(By.LINK_TEXT, "Conventions").click()
    browser.find_element(By.PARTIAL_LINK_TEXT, "Ille-et-Vilaine").click()
    wait_for(browser, lambda driver: "/conventions/ille-et-vilaine-2025" in driver.current_url)


def cell(browser, component_name, column_name):
    """The text of a matrix cell, found the way a reader does: the row by its header, the column by its title."""
    row_header = browser.find_element(By.XPATH, f"//table//th[@scope='row'][starts-with(normalize-space(.), '{component_name}')]")
    table = row_header.find_element(By.XPATH, "./ancestor::table")
    headers = [th.text for th in table.find_elements(By.CSS_SELECTOR, "thead th")]
    column = headers.index(column_name)
    cells = row_header.find_element(By.XPATH, "./..").find_elements(By.XPATH, "./th|./td")
    return cells[column].text


def test_sign_in_and_read_the_matrix(browser):
    sign_in(browser)
    open_ille_et_vilaine(browser)
    assert cell(browser, "Bornes Wi-Fi", "Dépannage") == "CD"
    projector = cell(browser, "Vidéoprojecteurs", "Dépannage")
    assert "CD" in projector and "EPLE" in projector and "fonds propres" in projector


def test_wrong_password_keeps_the_visitor_out(browser):
    browser.get(BASE_URL + "/sign-in")
    browser.find_element(By.ID, "email").send_keys("dsi@cd35.demo.entente.fr")
    browser.find_element(By.ID, "password").send_keys("not-the-password" + Keys.ENTER)
    assert "incorrect" in browser.find_element(By.CSS_SELECTOR, "[role=alert]").text
    assert "/sign-in" in browser.current_url


def page_language(browser, expected):
    """Waits for the page reloaded by the switch to be in the expected language."""
    wait_for(
        browser, lambda driver: driver.execute_script("return document.documentElement.lang") == expected)


def test_switch_language(browser):
    sign_in(browser)
    open_ille_et_vilaine(browser)
    switch = browser.find_element(By.CSS_SELECTOR, ".language-switch button")
    assert switch.text == "English"
    switch.click()
    page_language(browser, "en")
    assert "/conventions/ille-et-vilaine-2025" in browser.current_url
    assert "Operational annex" in browser.page_source
    assert cell(browser, "Bornes Wi-Fi", "Repair") == "CD"
    browser.find_element(By.CSS_SELECTOR, ".language-switch button").click()
    page_language(browser, "fr")
    assert cell(browser, "Bornes Wi-Fi", "Dépannage") == "CD"


def test_download_the_matrix_as_csv(browser, downloads):
    sign_in(browser)
    open_ille_et_vilaine(browser)
    browser.find_element(By.PARTIAL_LINK_TEXT, "(CSV)").click()
    path = os.path.join(downloads, "matrice-ille-et-vilaine-2025.csv")
    deadline = time.time() + 15
    while not os.path.exists(path) and time.time() < deadline:
        time.sleep(0.2)
    with open(path, encoding="utf-8-sig") as csv:
        lines = csv.read().splitlines()
    assert lines[0].startswith("domaine;composant_id;composant;")
    assert any(";bornes-wifi;Bornes Wi-Fi;critical;depannage;CD;" in line for line in lines)


def test_keyboard_reaches_the_content_first(browser):
    sign_in(browser)
    browser.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    focused = browser.switch_to.active_element
    assert focused.get_attribute("class") == "skip-link"
    focused.send_keys(Keys.ENTER)
    assert browser.current_url.endswith("#contenu")


def test_establishment_search(browser):
    sign_in(browser)
    browser.find_element(By.LINK_TEXT, "Établissements").click()
    search = browser.find_element(By.ID, "q")
    assert browser.find_element(By.CSS_SELECTOR, "label[for=q]").text
    search.send_keys("Françoise Elie" + Keys.ENTER)
    wait_for(browser, lambda driver: "q=" in driver.current_url)
    rows = browser.find_elements(By.CSS_SELECTOR, "tbody tr")
    assert len(rows) == 1
    assert "0352958A" in rows[0].text


def test_principal_files_a_ticket_and_the_departement_takes_it_in_charge(browser):
    browser.get(BASE_URL + "/sign-in")
    demo = browser.find_element(By.CSS_SELECTOR, ".demo-accounts").text
    principal = next(word for word in demo.split() if word.startswith("principal@"))
    sign_in(browser, principal)
    browser.find_element(By.LINK_TEXT, "Demandes et incidents").click()
    browser.find_element(By.LINK_TEXT, "Nouvelle demande").click()
    Select(browser.find_element(By.ID, "component")).select_by_visible_text("Bornes Wi-Fi")
    Select(browser.find_element(By.ID, "nature")).select_by_value("breakdown")
    browser.find_element(By.ID, "impacts_whole").click()
    browser.find_element(By.ID, "title").send_keys("Plus de Wi-Fi au CDI")
    browser.find_element(By.ID, "description").send_keys("Aucune borne ne répond depuis ce matin.")
    browser.find_element(By.CSS_SELECTOR, ".intake button[type=submit]").click()
    wait_for(browser, lambda driver: "/tickets/" in driver.current_url and "new" not in driver.current_url)
    assert "Dépannage · Bornes Wi-Fi → CD" in browser.find_element(By.CSS_SELECTOR, ".routing").text
    ticket_url = browser.current_url
    browser.find_element(By.CSS_SELECTOR, ".sign-out button").click()
    wait_for(browser, lambda driver: "/sign-in" in driver.current_url)

    sign_in(browser, "dsi@cd35.demo.entente.fr")
    browser.get(ticket_url)
    browser.find_element(By.XPATH, "//button[normalize-space()='Prendre en charge']").click()
    wait_for(
        browser, lambda driver: "Pris en charge" in driver.find_element(By.CSS_SELECTOR, ".facts").text)


def demo_account(browser, prefix):
    """The demo account of the sign-in page whose address starts with `prefix`."""
    browser.get(BASE_URL + "/sign-in")
    demo = browser.find_element(By.CSS_SELECTOR, ".demo-accounts").text
    return next(word for word in demo.split() if word.startswith(prefix))


def sign_out(browser):
    browser.find_element(By.CSS_SELECTOR, ".sign-out button").click()
    wait_for(browser, lambda driver: "/sign-in" in driver.current_url)


def press(browser, label):
    """Clicks a workflow button by its label; the caller waits for what the page should then say."""
    browser.find_element(By.XPATH, f"//button[normalize-space()='{label}']").click()


def figure(browser, key):
    """A figure of the statistics page (0 when the page does not show it, e.g. no ratings yet)."""
    figures = browser.find_elements(By.CSS_SELECTOR, f"[data-figure='{key}'] strong")
    return int(figures[0].text) if figures else 0


def statistics(browser):
    browser.get(BASE_URL + "/statistics")
    wait_for(browser, lambda driver: driver.find_element(By.TAG_NAME, "h1").text.startswith("Statistiques mensuelles"))
    return {key: figure(browser, key) for key in ("opened", "resolved", "ratings")}


def test_teacher_wifi_breakdown_goes_through_the_departements_network_team(browser):
    """Issue 4's "done when": filed by a teacher, routed to the Département's N2 queue, handled with an
    internal note the teacher never sees, paused while waiting, resolved, rated, counted."""
    title = f"Wi-Fi en panne en salle 12 ({int(time.time() * 1000)})"
    note = "Note interne : redémarrer le contrôleur Wi-Fi du bâtiment B"
    teacher = demo_account(browser, "enseignant@")
    sign_in(browser, teacher)
    before = statistics(browser)

    # The teacher files the breakdown; the convention sends it to CD, the Département's rules to its N2 network team.
    browser.find_element(By.LINK_TEXT, "Demandes et incidents").click()
    browser.find_element(By.LINK_TEXT, "Nouvelle demande").click()
    Select(browser.find_element(By.ID, "component")).select_by_visible_text("Bornes Wi-Fi")
    Select(browser.find_element(By.ID, "nature")).select_by_value("breakdown")
    browser.find_element(By.ID, "impacts_whole").click()
    browser.find_element(By.ID, "title").send_keys(title)
    browser.find_element(By.ID, "description").send_keys("Plus aucun élève ne se connecte depuis la récréation.")
    browser.find_element(By.CSS_SELECTOR, ".intake button[type=submit]").click()
    wait_for(browser, lambda driver: "/tickets/" in driver.current_url and "new" not in driver.current_url)
    ticket_url = browser.current_url
    routing = browser.find_element(By.CSS_SELECTOR, ".routing").text
    assert "Dépannage · Bornes Wi-Fi → CD / Réseaux et Wi-Fi (N2)" in routing
    assert "règle : Réseau, Wi-Fi et téléphonie" in routing
    clocks = browser.find_element(By.CSS_SELECTOR, ".clocks").text
    assert "Prise en charge" in clocks and "Au plus tôt" in clocks
    sign_out(browser)

    # The Département's agent finds it in the N2 network team's queue.
    sign_in(browser, "dsi@cd35.demo.entente.fr")
    browser.find_element(By.LINK_TEXT, "Demandes et incidents").click()
    Select(browser.find_element(By.ID, "team-filter")).select_by_value("CD35-RESEAUX")
    browser.find_element(By.CSS_SELECTOR, ".filters button[type=submit]").click()
    wait_for(browser, lambda driver: "team=CD35-RESEAUX" in driver.current_url)
    row = browser.find_element(By.XPATH, f"//tr[th[normalize-space()='{title}']]")
    assert "Réseaux et Wi-Fi (N2)" in row.text
    row.find_element(By.TAG_NAME, "a").click()
    wait_for(browser, lambda driver: driver.current_url == ticket_url)
    assert "Réseaux et Wi-Fi (N2)" in browser.find_element(By.CSS_SELECTOR, ".facts").text

    press(browser, "Prendre en charge")
    wait_for(browser, lambda driver: "Pris en charge" in driver.find_element(By.CSS_SELECTOR, ".facts").text)
    browser.find_element(By.ID, "visibility-internal").click()
    body = browser.find_element(By.ID, "body")
    body.send_keys(note)
    body.find_element(By.XPATH, "./ancestor::form//button[@type='submit']").click()
    wait_for(browser, lambda driver: note in driver.find_element(By.ID, "historique").text)
    press(browser, "Attendre le demandeur")
    wait_for(browser, lambda driver: "En attente du demandeur" in driver.find_element(By.CSS_SELECTOR, ".facts").text)
    clocks = browser.find_element(By.CSS_SELECTOR, ".clocks").text
    assert "En pause" in clocks and "en attente depuis" in clocks
    press(browser, "Résolu / service rétabli")
    wait_for(browser, lambda driver: "Résolu" in driver.find_element(By.CSS_SELECTOR, ".facts").text)
    sign_out(browser)

    # The teacher never sees the note, closes the ticket and rates it.
    sign_in(browser, teacher)
    browser.get(ticket_url)
    wait_for(browser, lambda driver: "Résolu" in driver.find_element(By.CSS_SELECTOR, ".facts").text)
    assert note not in browser.page_source
    assert "Note interne" not in browser.find_element(By.ID, "historique").text
    press(browser, "Clore")
    wait_for(browser, lambda driver: "Clos" in driver.find_element(By.CSS_SELECTOR, ".facts").text)
    browser.find_element(By.ID, "score-5").click()
    browser.find_element(By.ID, "rating-comment").send_keys("Rétabli dans la matinée, merci.")
    browser.find_element(By.ID, "rating-comment").find_element(By.XPATH, "./ancestor::form//button[@type='submit']").click()
    wait_for(browser, lambda driver: "5 / 5" in driver.find_element(By.CSS_SELECTOR, ".rating").text)

    # The month's statistics count it: opened, resolved, rated.
    after = statistics(browser)
    assert after["opened"] == before["opened"] + 1
    assert after["resolved"] == before["resolved"] + 1
    assert after["ratings"] == before["ratings"] + 1
