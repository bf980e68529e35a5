"""The main journeys of the foundation and of the service desk, in a real browser."""
import os
import re
import time
from datetime import datetime, timedelta
from urllib.parse import parse_qs, urlparse
from zoneinfo import ZoneInfo

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


def file_wifi_breakdown(browser, title, description="Les bornes du bâtiment B clignotent en orange."):
    """The signed-in member files a Wi-Fi breakdown; returns the new ticket's address."""
    browser.find_element(By.LINK_TEXT, "Demandes et incidents").click()
    browser.find_element(By.LINK_TEXT, "Nouvelle demande").click()
    Select(browser.find_element(By.ID, "component")).select_by_visible_text("Bornes Wi-Fi")
    Select(browser.find_element(By.ID, "nature")).select_by_value("breakdown")
    browser.find_element(By.ID, "impacts_whole").click()
    browser.find_element(By.ID, "title").send_keys(title)
    browser.find_element(By.ID, "description").send_keys(description)
    browser.find_element(By.CSS_SELECTOR, ".intake button[type=submit]").click()
    wait_for(browser, lambda driver: "/tickets/" in driver.current_url and "new" not in driver.current_url)
    return browser.current_url


def test_teacher_wifi_breakdown_goes_through_the_departements_network_team(browser):
    """Issue 4's "done when": filed by a teacher, routed to the Département's N2 queue, handled with an
    internal note the teacher never sees, paused while waiting, resolved, rated, counted."""
    title = f"Wi-Fi en panne en salle 12 ({int(time.time() * 1000)})"
    note = "Note interne : redémarrer le contrôleur Wi-Fi du bâtiment B"
    teacher = demo_account(browser, "enseignant@")
    sign_in(browser, teacher)
    before = statistics(browser)

    # The teacher files the breakdown; the convention sends it to CD, the Département's rules to its N2 network team.
    ticket_url = file_wifi_breakdown(browser, title, "Plus aucun élève ne se connecte depuis la récréation.")
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


def unread_notifications(browser):
    """The count the navigation's notifications link says: "Notifications (3 non lues)", 0 for the bare word."""
    text = browser.find_element(By.CSS_SELECTOR, "header nav a[href='/notifications']").text
    match = re.fullmatch(r"Notifications \((\d+) non lues?\)", text)
    assert match or text == "Notifications", text
    return int(match.group(1)) if match else 0


def tab_to(browser, is_target, limit=80):
    """Presses Tab from the top of the page until the focused element is the one looked for, as a keyboard user does."""
    browser.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    for _ in range(limit):
        focused = browser.switch_to.active_element
        if is_target(focused):
            return focused
        focused.send_keys(Keys.TAB)
    raise AssertionError("not reached with the keyboard")


def test_departement_agent_follows_a_notification_to_the_ticket(browser):
    """A teacher's Wi-Fi breakdown tells the Département's agent, who reads it from the notifications
    page with the keyboard only; the notification is then read."""
    title = f"Borne Wi-Fi muette au gymnase ({int(time.time() * 1000)})"
    agent = "dsi@cd35.demo.entente.fr"
    sign_in(browser, agent)
    before = unread_notifications(browser)
    sign_out(browser)

    teacher = demo_account(browser, "enseignant@")
    sign_in(browser, teacher)
    ticket_url = file_wifi_breakdown(browser, title)
    sign_out(browser)

    sign_in(browser, agent)
    unread = unread_notifications(browser)
    assert unread >= 1 and unread == before + 1
    navigation = browser.find_element(By.CSS_SELECTOR, "header nav a[href='/notifications']").text
    assert navigation == f"Notifications ({unread} non {'lue' if unread == 1 else 'lues'})"

    # Tab to the navigation's link, Enter: the notifications page.
    tab_to(browser, lambda element: element.get_attribute("href") == BASE_URL + "/notifications").send_keys(Keys.ENTER)
    wait_for(browser, lambda driver: driver.find_element(By.TAG_NAME, "h1").text == "Notifications")
    row = browser.find_element(By.XPATH, f"//table[contains(@class, 'notifications')]//tr[th/a[contains(., '{title}')]]")
    assert row.get_attribute("class") == "unread"
    assert "Nouvelle demande pour votre file, déposée par" in row.text
    assert row.find_element(By.XPATH, ".//button").get_attribute("aria-label").startswith("Marquer comme lue : ")
    caption = browser.find_element(By.CSS_SELECTOR, "table.notifications caption").text
    assert caption == navigation

    # Tab to the ticket's link, Enter: the ticket, and the navigation already counts one fewer.
    tab_to(browser, lambda element: element.tag_name == "a" and title in element.text).send_keys(Keys.ENTER)
    wait_for(browser, lambda driver: driver.current_url == ticket_url)
    assert title in browser.find_element(By.TAG_NAME, "h1").text
    assert unread_notifications(browser) == unread - 1

    # Back on the notifications page, the item is read.
    tab_to(browser, lambda element: element.get_attribute("href") == BASE_URL + "/notifications").send_keys(Keys.ENTER)
    wait_for(browser, lambda driver: driver.find_element(By.TAG_NAME, "h1").text == "Notifications")
    row = browser.find_element(By.XPATH, f"//table[contains(@class, 'notifications')]//tr[th/a[contains(., '{title}')]]")
    assert row.get_attribute("class") == "read"
    assert row.find_elements(By.XPATH, ".//button") == []
    assert "Lue" in row.text
    assert unread_notifications(browser) == unread - 1


def paris_today():
    return datetime.now(ZoneInfo("Europe/Paris")).date()


def enter_day(browser, field_id, day):
    """Types a day into a date field as a keyboard user does, its parts in the order the field shows them: that
    order is the browser's own locale's (jj/mm/aaaa in French, mm/dd/yyyy for chromium's default en-US)."""
    order = browser.execute_script(
        "return new Intl.DateTimeFormat().formatToParts(new Date(2026, 10, 23))"
        ".map(part => part.type).filter(type => ['day', 'month', 'year'].includes(type))")
    parts = {"day": day.strftime("%d"), "month": day.strftime("%m"), "year": day.strftime("%Y")}
    field = browser.find_element(By.ID, field_id)
    field.send_keys("".join(parts[part] for part in order))
    assert field.get_attribute("value") == day.isoformat()


def filter_queue(browser, title, standing, opened_from, opened_to):
    """Narrows the queue with its form (service level chosen by its label); returns the parameters of the address."""
    browser.find_element(By.LINK_TEXT, "Demandes et incidents").click()
    wait_for(browser, lambda driver: urlparse(driver.current_url).query == "")
    browser.find_element(By.ID, "q").send_keys(title)
    # The team is chosen, not left on "Toutes les équipes": see test_queue_filters_left_as_they_are_narrow_nothing.
    Select(browser.find_element(By.ID, "team-filter")).select_by_value("CD35-RESEAUX")
    Select(browser.find_element(By.ID, "sla-filter")).select_by_visible_text(standing)
    enter_day(browser, "opened-from", opened_from)
    enter_day(browser, "opened-to", opened_to)
    browser.find_element(By.CSS_SELECTOR, ".filters button[type=submit]").click()
    wait_for(browser, lambda driver: f"opened_to={opened_to.isoformat()}" in driver.current_url)
    return parse_qs(urlparse(browser.current_url).query)


def queue_titles(browser):
    return [th.text for th in browser.find_elements(By.CSS_SELECTOR, "table.queue tbody th[scope=row]")]


def write_file(folder, name, content):
    path = os.path.join(folder, name)
    with open(path, "wb") as file:
        file.write(content)
    return path


def minimal_pdf():
    """A one-page PDF with a correct cross-reference table."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return out


def attachment_rows(browser):
    return browser.find_elements(By.CSS_SELECTOR, "#pieces-jointes table.attachments tbody tr")


def upload(browser, path):
    """Chooses a file through the labelled file field and sends it."""
    label = browser.find_element(By.CSS_SELECTOR, "label[for=attachment-file]")
    assert label.text == "Fichier"
    browser.find_element(By.ID, "attachment-file").send_keys(str(path))
    browser.find_element(By.XPATH, "//form[contains(@class, 'upload')]//button[normalize-space()='Joindre le fichier']").click()


def refusal(browser):
    """The refusal page's message, once it has replaced the ticket page."""
    wait_for(browser, lambda driver: driver.find_element(By.TAG_NAME, "h1").text.startswith("415"))
    return browser.find_element(By.CSS_SELECTOR, "[role=alert]").text


def test_agent_narrows_the_queue_by_service_level_and_opening_day(browser):
    """The Département's agent finds a ticket waiting for its requester with the service-level and
    opening-day filters; the address carries them, and a wrong period is said next to its field."""
    title = f"Contrôleur Wi-Fi hors service ({int(time.time() * 1000)})"
    teacher = demo_account(browser, "enseignant@")
    sign_in(browser, teacher)
    ticket_url = file_wifi_breakdown(browser, title)
    sign_out(browser)

    # The agent takes it in charge and waits for the requester: its clocks are paused.
    sign_in(browser, "dsi@cd35.demo.entente.fr")
    browser.get(ticket_url)
    press(browser, "Prendre en charge")
    wait_for(browser, lambda driver: "Pris en charge" in driver.find_element(By.CSS_SELECTOR, ".facts").text)
    press(browser, "Attendre le demandeur")
    wait_for(browser, lambda driver: "En attente du demandeur" in driver.find_element(By.CSS_SELECTOR, ".facts").text)

    # Paused, opened today: found, and the address carries the filters.
    today = paris_today()
    parameters = filter_queue(browser, title, "En pause", today, today)
    assert parameters["sla"] == ["paused"]
    assert parameters["opened_from"] == [today.isoformat()] and parameters["opened_to"] == [today.isoformat()]
    assert queue_titles(browser) == [title]
    assert browser.find_element(By.CSS_SELECTOR, "[role=status]").text == "1 demande(s)"
    assert Select(browser.find_element(By.ID, "sla-filter")).first_selected_option.text == "En pause"
    assert browser.find_element(By.ID, "opened-from").get_attribute("value") == today.isoformat()

    # Breached: not there; opened only from tomorrow: not there either.
    parameters = filter_queue(browser, title, "Dépassé", today, today)
    assert parameters["sla"] == ["breached"]
    assert title not in queue_titles(browser)
    tomorrow = today + timedelta(days=1)
    filter_queue(browser, title, "En pause", tomorrow, tomorrow)
    assert title not in queue_titles(browser)

    # A last day before the first: said next to the field, linked to it, and nothing filtered on a wrong period.
    filter_queue(browser, title, "En pause", today, today - timedelta(days=1))
    field = browser.find_element(By.ID, "opened-to")
    error = browser.find_element(By.ID, "opened-to-error")
    assert error.text == "Cette date précède la date de début."
    assert field.get_attribute("aria-invalid") == "true"
    assert "opened-to-error" in field.get_attribute("aria-describedby").split()
    assert error.find_element(By.XPATH, "..") == field.find_element(By.XPATH, "..")
    assert browser.find_elements(By.ID, "opened-from-error") == []
    assert queue_titles(browser) == []
    # A day that is no day (typed in the address): "Date invalide" next to the first field.
    browser.get(BASE_URL + "/tickets?sla=paused&opened_from=2026-02-30")
    error = browser.find_element(By.ID, "opened-from-error")
    assert error.text == "Date invalide : saisissez un jour au format AAAA-MM-JJ."
    assert browser.find_element(By.ID, "opened-from").get_attribute("aria-invalid") == "true"


def test_queue_filters_left_as_they_are_narrow_nothing(browser):
    """Pressing "Filtrer" without changing anything shows the same queue, and "all" options send nothing."""
    sign_in(browser, "dsi@cd35.demo.entente.fr")
    browser.find_element(By.LINK_TEXT, "Demandes et incidents").click()
    before = browser.find_element(By.CSS_SELECTOR, "[role=status]").text
    assert before != "0 demande(s)"
    browser.find_element(By.CSS_SELECTOR, ".filters button[type=submit]").click()
    wait_for(browser, lambda driver: "sla=" in driver.current_url)
    parameters = parse_qs(urlparse(browser.current_url).query, keep_blank_values=True)
    assert browser.find_element(By.CSS_SELECTOR, "[role=status]").text == before
    assert parameters["team"] == [""] and parameters["sla"] == [""] and parameters["sort"] == [""]


def test_agent_attaches_a_pdf_and_dangerous_files_are_refused(browser, downloads, tmp_path):
    """The Département's agent attaches a PDF to a teacher's ticket and downloads it back; an executable
    and a PDF named as an image are refused with a message that says why, and nothing is added."""
    title = f"Journal du contrôleur Wi-Fi ({int(time.time() * 1000)})"
    teacher = demo_account(browser, "enseignant@")
    sign_in(browser, teacher)
    ticket_url = file_wifi_breakdown(browser, title)
    sign_out(browser)

    # A PDF is attached and listed with a download link that gives it back.
    sign_in(browser, "dsi@cd35.demo.entente.fr")
    browser.get(ticket_url)
    assert "Aucune pièce jointe." in browser.find_element(By.ID, "pieces-jointes").text
    pdf = minimal_pdf()
    upload(browser, write_file(tmp_path, "releve-controleur.pdf", pdf))
    wait_for(browser, lambda driver: len(attachment_rows(driver)) == 1)
    assert browser.current_url.startswith(ticket_url)
    row = attachment_rows(browser)[0]
    assert "application/pdf" in row.text and "Visible du demandeur" in row.text
    link = row.find_element(By.LINK_TEXT, "releve-controleur.pdf")
    assert link.get_attribute("download") == "releve-controleur.pdf"
    assert "/attachments/" in link.get_attribute("href")
    link.click()
    path = os.path.join(downloads, "releve-controleur.pdf")
    deadline = time.time() + 15
    while not os.path.exists(path) and time.time() < deadline:
        time.sleep(0.2)
    with open(path, "rb") as file:
        assert file.read() == pdf

    # An executable is refused, and so is a PDF named as an image: the message says why, nothing is added.
    upload(browser, write_file(tmp_path, "pilote-borne.exe", b"MZ\x90\x00\x03" + bytes(200)))
    alert = refusal(browser)
    assert "Le fichier « pilote-borne.exe » est refusé" in alert
    assert "programmes et installateurs" in alert
    browser.get(ticket_url)
    upload(browser, write_file(tmp_path, "capture-ecran.png", pdf))
    assert "« capture-ecran.png » porte l'extension .png mais son contenu est un PDF" in refusal(browser)
    browser.get(ticket_url)
    names = [row.find_element(By.TAG_NAME, "a").text for row in attachment_rows(browser)]
    assert names == ["releve-controleur.pdf"]


def test_agent_imports_an_inventory_file_after_reading_its_dry_run(browser, tmp_path):
    """The Département's agent imports a spreadsheet export (Windows-1252, ';', French headers): the
    check shows what would be created and the refused row with its line and fix; nothing is written
    until the agent ticks 'import the valid rows' and confirms; the devices are then in the inventory."""
    principal = demo_account(browser, "principal@")
    uai = principal.split("@")[1].split(".")[0].upper()
    stamp = int(time.time() * 1000)
    lines = ["UAI;N° d'inventaire;Numéro de série;Composant;Financement;Réseau;Date d'acquisition;Prix",
             f"{uai};CD35-{stamp}-1;SN-{stamp}-1;stations-travail-pedagogiques;Département;Pédagogique;01/09/2024;649,90 €",
             f"{uai};CD35-{stamp}-2;SN-{stamp}-2;videoprojecteurs;Fonds propres;Pédagogique;15/03/2025;1 299 €",
             f"{uai};CD35-{stamp}-3;SN-{stamp}-3;tablettes;mécène;Pédagogique;15/03/2025;399"]
    path = tmp_path / "parc-college.csv"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))

    sign_in(browser)
    browser.find_element(By.LINK_TEXT, "Inventaire").click()
    browser.find_element(By.LINK_TEXT, "Importer un fichier").click()
    browser.find_element(By.ID, "file").send_keys(str(path))
    browser.find_element(By.XPATH, "//button[normalize-space(.)='Vérifier']").click()
    wait_for(browser, lambda driver: "à créer" in driver.find_element(By.CSS_SELECTOR, ".import-summary").text)
    summary = browser.find_element(By.CSS_SELECTOR, ".import-summary").text
    assert "2 à créer" in summary and "1 ligne(s) refusée(s)" in summary, summary
    assert "Windows-1252" in browser.find_element(By.TAG_NAME, "main").text
    refused = browser.find_element(By.CSS_SELECTOR, "table.listing tbody").text
    assert "4" in refused and "Financement" in refused and "financement « mécène » inconnu" in refused, refused
    assert not browser.find_elements(By.XPATH, "//button[normalize-space(.)=\"Confirmer l'import\"]")

    # The agent chooses to import the valid rows, checks again and confirms.
    browser.find_element(By.ID, "only_valid").click()
    browser.find_element(By.XPATH, "//fieldset/following::button[normalize-space(.)='Vérifier']").click()
    confirm = "//button[normalize-space(.)=\"Confirmer l'import\"]"
    wait_for(browser, lambda driver: driver.find_elements(By.XPATH, confirm))
    browser.find_element(By.XPATH, confirm).click()
    wait_for(browser, lambda driver: "Import effectué." in driver.find_element(By.TAG_NAME, "main").text)

    browser.find_element(By.LINK_TEXT, "Inventaire").click()
    browser.find_element(By.ID, "q").send_keys(f"CD35-{stamp}" + Keys.ENTER)
    wait_for(browser, lambda driver: f"CD35-{stamp}-1" in driver.find_element(By.TAG_NAME, "main").text)
    main = browser.find_element(By.TAG_NAME, "main").text
    assert f"CD35-{stamp}-2" in main and f"CD35-{stamp}-3" not in main
    browser.find_element(By.LINK_TEXT, f"CD35-{stamp}-2").click()
    assert "sur ses fonds propres" in browser.find_element(By.CSS_SELECTOR, "dl.facts").text
    # The browser reports the no-break space before € as a plain space; the narrow one between thousands stays.
    assert "1\u202f299,00 €" in browser.find_element(By.CSS_SELECTOR, "dl.facts").text

    # The device's label carries the QR code of its intake link, written under it too; followed (as a phone
    # scanning the label would), the form is about this projector, and the ticket goes to the establishment,
    # which bought it on its own funds (seed 002), without asking who funded it.
    browser.find_element(By.LINK_TEXT, "Étiquette à imprimer (QR code)").click()
    wait_for(browser, lambda driver: driver.find_element(By.TAG_NAME, "h1").text == "Étiquette à imprimer (QR code)")
    assert browser.find_element(By.CSS_SELECTOR, ".asset-label svg[role=img] path").get_attribute("d").startswith("M")
    browser.get(browser.find_element(By.CLASS_NAME, "label-link").text)
    assert browser.find_element(By.ID, "asset_reference").get_attribute("value") == f"CD35-{stamp}-2"
    browser.find_element(By.ID, "title").send_keys(f"Vidéoprojecteur sans image ({stamp})")
    browser.find_element(By.ID, "description").send_keys("Plus d'image depuis ce matin.")
    browser.find_element(By.CSS_SELECTOR, ".intake button[type=submit]").click()
    wait_for(browser, lambda driver: "/tickets/" in driver.current_url and "new" not in driver.current_url)
    routing = browser.find_element(By.CSS_SELECTOR, ".routing").text
    assert "Vidéoprojecteurs → EPLE" in routing, routing


def test_principal_allocates_laptops_to_a_class_and_records_a_loss(browser, tmp_path):
    """The Département imports three laptops in stock; the principal allocates two to a class list,
    records a guardian's agreement, then declares one laptop lost: it leaves the park, its history says so."""
    principal = demo_account(browser, "principal@")
    uai = principal.split("@")[1].split(".")[0].upper()
    stamp = int(time.time() * 1000)
    path = tmp_path / "portables.csv"
    path.write_text("UAI;N° d'inventaire;Composant;Financement;Statut\n"
                    + "".join(f"{uai};PC-{stamp}-{n};stations-travail-pedagogiques;Département;in-stock\n" for n in (1, 2, 3)),
                    encoding="utf-8")
    sign_in(browser)
    browser.get(BASE_URL + "/inventory/import")
    browser.find_element(By.ID, "file").send_keys(str(path))
    browser.find_element(By.XPATH, "//button[normalize-space(.)='Vérifier']").click()
    confirm = "//button[normalize-space(.)=\"Confirmer l'import\"]"
    wait_for(browser, lambda driver: driver.find_elements(By.XPATH, confirm))
    browser.find_element(By.XPATH, confirm).click()
    wait_for(browser, lambda driver: "Import effectué." in driver.find_element(By.TAG_NAME, "main").text)
    sign_out(browser)

    sign_in(browser, principal)
    browser.find_element(By.LINK_TEXT, "Inventaire").click()
    browser.find_element(By.LINK_TEXT, "Attribuer un lot à une classe").click()
    Select(browser.find_element(By.ID, "component")).select_by_value("stations-travail-pedagogiques")
    browser.find_element(By.ID, "class_name").send_keys(f"6e {stamp}")
    browser.find_element(By.ID, "pupils").send_keys("Léa Martin\nHugo Petit")
    browser.find_element(By.XPATH, "//button[normalize-space(.)='Attribuer']").click()
    wait_for(browser, lambda driver: "2 appareil(s) attribué(s)" in driver.find_element(By.TAG_NAME, "main").text)
    rows = browser.find_element(By.CSS_SELECTOR, "table.listing tbody").text
    assert "Léa Martin" in rows and "Hugo Petit" in rows, rows

    # Léa's laptop: her guardian accepts the agreement, then the laptop is declared lost.
    lea = browser.find_element(By.XPATH, "//tr[contains(., 'Léa Martin')]//a")
    number = lea.text
    lea.click()
    assert "Accord du responsable légal en attente" in browser.find_element(By.ID, "prets").find_element(By.XPATH, "..").text
    browser.find_element(By.ID, "guardian_name").send_keys("Sophie Martin")
    browser.find_element(By.ID, "text_version").send_keys("charte-pret-2026-v1")
    browser.find_element(By.XPATH, "//button[normalize-space(.)=\"Enregistrer l'accord\"]").click()
    wait_for(browser, lambda driver: "Charte acceptée" in driver.find_element(By.TAG_NAME, "main").text)
    Select(browser.find_element(By.ID, "ending")).select_by_value("lost")
    browser.find_element(By.ID, "end_note").send_keys("oublié dans le car")
    browser.find_element(By.XPATH, "//button[normalize-space(.)='Terminer le prêt']").click()
    wait_for(browser, lambda driver: "Perdu" in driver.find_element(By.CSS_SELECTOR, "dl.facts").text)
    main = browser.find_element(By.TAG_NAME, "main").text
    assert "En service → Perdu — oublié dans le car" in main, main
    assert number in browser.title
