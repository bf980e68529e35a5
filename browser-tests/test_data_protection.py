"""The data-protection journeys: a breach declared, its countdowns, the crisis cell's decision, the notifications
in versions, the register exported."""
import os
import time
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import BASE_URL
from test_journeys import sign_in, wait_for

DPD = "dpd@ac-rennes.demo.entente.fr"


def paris_minutes_ago(minutes):
    return (datetime.now(ZoneInfo("Europe/Paris")) - timedelta(minutes=minutes)).strftime("%Y-%m-%dT%H:%M")


def set_moment(browser, field_id, value):
    """A date-and-time field shows its parts in the browser's locale; the value it sends is ISO."""
    field = browser.find_element(By.ID, field_id)
    browser.execute_script("arguments[0].value = arguments[1]", field, value)
    assert field.get_attribute("value") == value


def submit(browser, action):
    browser.find_element(By.CSS_SELECTOR, f"main form[action$='{action}'] button[type=submit]").click()


def row_of(browser, heading):
    return browser.find_element(By.XPATH, f'//tr[th[@scope="row"][contains(normalize-space(.), "{heading}")]]')


def test_dpd_declares_a_breach_decides_notifies_twice_and_exports_the_register(browser, downloads):
    sign_in(browser, DPD)
    browser.find_element(By.LINK_TEXT, "Violations de données").click()
    browser.find_element(By.LINK_TEXT, "Déclarer une violation").click()
    wait_for(browser, lambda driver: driver.find_element(By.TAG_NAME, "h1").text == "Déclarer une violation")

    # The declaration: the Département's tools are at the origin; aware two hours ago.
    Select(browser.find_element(By.ID, "convention")).select_by_value("ille-et-vilaine-2025")
    Select(browser.find_element(By.ID, "origin")).select_by_value("CD")
    set_moment(browser, "awareness", paris_minutes_ago(120))
    browser.find_element(By.ID, "service").send_keys("ENT des collèges")
    browser.find_element(By.ID, "hosting").send_keys("Hébergeur de l'ENT, France")
    browser.find_element(By.ID, "nature-confidentiality").click()
    browser.find_element(By.ID, "summary").send_keys("Un relevé de notes de 3e a été envoyé à une liste de diffusion externe.")
    browser.find_element(By.ID, "data").send_keys("Notes, nom, prénom, classe")
    browser.find_element(By.ID, "persons").send_keys("Élèves mineurs")
    browser.find_element(By.ID, "person-count").send_keys("112")
    browser.find_element(By.ID, "measures").send_keys("Rappel du message, liste fermée")
    submit(browser, "/breaches")
    wait_for(browser, lambda driver: "Violations de données — VDP-" in driver.find_element(By.TAG_NAME, "h1").text)
    reference = browser.find_element(By.TAG_NAME, "h1").text.split(" — ")[1]

    # The countdowns: the Département's notice within 48 h, the authority within 72 h of awareness.
    notice = row_of(browser, "déclaration sur le formulaire standard")
    assert "dans 1 j 2" in notice.text, notice.text  # 46 h left, give or take a minute
    authority = row_of(browser, "notification à l'autorité de contrôle")
    assert "dans 2 j 2" in authority.text, authority.text
    assert "À faire" in authority.text

    # The crisis cell decides to notify the authority, with its reasoning.
    set_moment(browser, "convened_at", paris_minutes_ago(30))
    browser.find_element(By.ID, "members").send_keys("DPD académie, RSSI Département")
    Select(browser.find_element(By.ID, "decision")).select_by_value("notify")
    Select(browser.find_element(By.ID, "high_risk")).select_by_value("yes")
    browser.find_element(By.ID, "reasoning").send_keys("Données d'élèves mineurs divulguées hors de l'établissement.")
    submit(browser, "/decision")
    wait_for(browser, lambda driver: "Données d'élèves mineurs divulguées" in driver.find_element(By.TAG_NAME, "main").text)

    # The initial notification to the other parties, then a complementary one: two versions.
    Select(browser.find_element(By.ID, "audience")).select_by_value("partners")
    Select(browser.find_element(By.ID, "phase")).select_by_value("initial")
    browser.find_element(By.ID, "proof").send_keys("Courriel à dpd@ac-rennes.fr du jour, réf. VDP-initial")
    submit(browser, "/notifications")
    wait_for(browser, lambda driver: "réf. VDP-initial" in driver.find_element(By.ID, "notifications").text)
    assert "Fait dans le délai" in row_of(browser, "déclaration sur le formulaire standard").text
    Select(browser.find_element(By.ID, "audience")).select_by_value("partners")
    Select(browser.find_element(By.ID, "phase")).select_by_value("complementary")
    browser.find_element(By.ID, "proof").send_keys("Courriel de mise à jour, réf. VDP-complement")
    submit(browser, "/notifications")
    wait_for(browser, lambda driver: "réf. VDP-complement" in driver.find_element(By.ID, "notifications").text)
    rows = browser.find_elements(By.CSS_SELECTOR, "#notifications tbody tr")
    assert [row.find_elements(By.TAG_NAME, "td")[0].text for row in rows] == ["1", "2"]
    assert "Complémentaire" in rows[1].text

    # The sheet for the CNIL's online form, then the register exported.
    browser.find_element(By.LINK_TEXT, "Fiche pour le téléservice de la CNIL").click()
    wait_for(browser, lambda driver: "Fiche pour le téléservice de la CNIL" in driver.find_element(By.TAG_NAME, "h1").text)
    assert "112" in row_of(browser, "Nombre approximatif de personnes").text
    browser.find_element(By.LINK_TEXT, "Violations de données").click()
    assert reference in browser.find_element(By.TAG_NAME, "main").text
    browser.find_element(By.LINK_TEXT, "Exporter le registre (CSV)").click()
    path = os.path.join(downloads, "registre-violations.csv")
    deadline = time.time() + 15
    while not os.path.exists(path) and time.time() < deadline:
        time.sleep(0.2)
    with open(path, encoding="utf-8-sig") as csv:
        register = csv.read()
    assert reference in register and "Données d'élèves mineurs divulguées" in register


def test_the_crisis_directory_flags_a_review_overdue_and_wants_a_phone(browser):
    sign_in(browser, "dsi@cd35.demo.entente.fr")
    browser.get(BASE_URL + "/conventions/ille-et-vilaine-2025")
    browser.find_element(By.LINK_TEXT, "Annuaire de crise").click()
    wait_for(browser, lambda driver: driver.find_element(By.TAG_NAME, "h1").text.startswith("Annuaire de crise"))
    assert "Revue en retard" in browser.find_element(By.TAG_NAME, "table").text
    Select(browser.find_element(By.ID, "function")).select_by_value("crisis-cell")
    browser.find_element(By.ID, "name").send_keys("Astreinte réseau")
    browser.find_element(By.ID, "email").send_keys("astreinte@cd35.demo.entente.fr")
    browser.find_element(By.ID, "phone").send_keys("02 99 02 35 35")
    submit(browser, "/crisis-directory")
    wait_for(browser, lambda driver: "Astreinte réseau" in driver.find_element(By.TAG_NAME, "table").text)


def test_a_teacher_reports_an_incident_the_academie_qualifies_it_and_a_rights_request_is_recorded(browser):
    sign_in(browser, "dsi@cd35.demo.entente.fr")
    browser.get(BASE_URL + "/incidents/new")
    Select(browser.find_element(By.ID, "convention")).select_by_value("ille-et-vilaine-2025")
    Select(browser.find_element(By.ID, "zone")).select_by_value("administratif")
    browser.find_element(By.ID, "summary").send_keys("Rançongiciel suspecté sur un poste du secrétariat.")
    submit(browser, "/incidents")
    wait_for(browser, lambda driver: "Incidents de sécurité — SSI-" in driver.find_element(By.TAG_NAME, "h1").text)
    # The administrative network is the académie's: the Département is informed and reads it.
    main = browser.find_element(By.TAG_NAME, "main").text
    assert "ACA — " in main and "CD — " in main
    Select(browser.find_element(By.ID, "category")).select_by_value("malware")
    Select(browser.find_element(By.ID, "severity")).select_by_value("critical")
    submit(browser, "/qualification")
    wait_for(browser, lambda driver: "Critique" in driver.find_element(By.TAG_NAME, "main").text)
    Select(browser.find_element(By.ID, "kind")).select_by_value("requisition")
    browser.find_element(By.ID, "text").send_keys("Journaux du pare-feu du collège")
    browser.find_element(By.ID, "party").send_keys("ACA")
    submit(browser, "/entries")
    wait_for(browser, lambda driver: "Journaux du pare-feu" in driver.find_element(By.TAG_NAME, "table").text)
    browser.find_element(By.XPATH, "//button[normalize-space()='Marquer fait ou rendu']").click()
    wait_for(browser, lambda driver: not driver.find_elements(By.XPATH, "//button[normalize-space()='Marquer fait ou rendu']"))

    # The académie's DPD records a parent's access request; the convention names no handler: the receiver answers.
    browser.get(BASE_URL + "/")
    browser.find_element(By.CSS_SELECTOR, ".sign-out button").click()
    sign_in(browser, DPD)
    browser.get(BASE_URL + "/rights-requests/new")
    Select(browser.find_element(By.ID, "right")).select_by_value("acces")
    Select(browser.find_element(By.ID, "requester")).select_by_value("parent")
    browser.find_element(By.ID, "requester_name").send_keys("Mme Durand")
    browser.find_element(By.ID, "requester_contact").send_keys("durand@example.org")
    Select(browser.find_element(By.ID, "received_by")).select_by_value("ACA")
    submit(browser, "/rights-requests")
    wait_for(browser, lambda driver: "Demandes de droits — DDP-" in driver.find_element(By.TAG_NAME, "h1").text)
    assert "1182/71" in browser.find_element(By.TAG_NAME, "main").text
    submit(browser, "/acknowledgement")
    wait_for(browser, lambda driver: not driver.find_elements(By.CSS_SELECTOR, "form[action$='/acknowledgement']"))
    browser.get(BASE_URL + "/conventions/ille-et-vilaine-2025/processing")
    assert "Gestion de la maintenance et du parc" in browser.find_element(By.TAG_NAME, "main").text
    browser.get(BASE_URL + "/data-protection?email=enseignant%40example.org")
    assert "Entente ne détient rien" in browser.find_element(By.TAG_NAME, "main").text
