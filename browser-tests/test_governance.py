"""The governance journey: the Département schedules its comité opérationnel, convenes it, records the attendance
with the académie's proxy and a vote by member body, drafts the minutes and an action; the next meeting approves the
minutes by its own vote, they are signed, and the action is followed to done."""
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from test_data_protection import row_of, set_moment, submit
from test_journeys import sign_in, sign_out, wait_for

CD = "dsi@cd35.demo.entente.fr"
ACA = "assistance@ac-rennes.demo.entente.fr"
BODY = "Comité opérationnel et d'évaluation"


def press(browser, label):
    """Clicks a button by its label (labels here have apostrophes: the XPath literal takes double quotes)."""
    browser.find_element(By.XPATH, f'//button[normalize-space()="{label}"]').click()


def schedule(browser, moment, agenda):
    browser.find_element(By.LINK_TEXT, "Instances").click()
    row_of(browser, BODY).find_element(By.LINK_TEXT, "Programmer une séance").click()
    wait_for(browser, lambda driver: driver.find_element(By.TAG_NAME, "h1").text == "Programmer une séance")
    assert Select(browser.find_element(By.ID, "body")).first_selected_option.text.startswith(BODY)
    set_moment(browser, "scheduled_at", moment)
    browser.find_element(By.ID, "place").send_keys("Hôtel du Département, Rennes")
    browser.find_element(By.ID, "agenda").send_keys(agenda)
    submit(browser, "/governance")
    wait_for(browser, lambda driver: driver.find_element(By.TAG_NAME, "h1").text.startswith(BODY + " — "))
    return browser.current_url


def attend(browser, email, name, member, presence):
    browser.find_element(By.ID, "attendee-email").send_keys(email)
    browser.find_element(By.ID, "attendee-name").send_keys(name)
    Select(browser.find_element(By.ID, "attendee-member")).select_by_value(member)
    Select(browser.find_element(By.ID, "attendee-presence")).select_by_value(presence)
    press(browser, "Ajouter ou mettre à jour")
    wait_for(browser, lambda driver: email in driver.find_element(By.TAG_NAME, "main").text)


def cast(browser, member, choice):
    form = browser.find_element(By.XPATH, "//form[contains(@action, '/ballots')]")
    Select(form.find_element(By.TAG_NAME, "select")).select_by_value(member)
    form.find_element(By.CSS_SELECTOR, f"input[type=radio][value='{choice}']").click()
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    wait_for(browser, lambda driver: f"{member} : pour" in driver.find_element(By.TAG_NAME, "main").text)


def close_vote(browser):
    browser.find_element(By.XPATH, "//button[starts-with(normalize-space(), 'Clore le vote')]").click()
    wait_for(browser, lambda driver: "Résultat : adoptée" in driver.find_element(By.TAG_NAME, "main").text)


def test_a_comite_operationnel_from_its_convocation_to_its_minutes_signed_and_its_action_done(browser):
    sign_in(browser, CD)
    first = schedule(browser, "2028-03-10T14:00", "Bilan du trimestre\nChoix des logiciels pédagogiques")
    main = browser.find_element(By.TAG_NAME, "main").text
    assert "Bilan du trimestre" in main and "Pas encore convoquée" in main

    # The attendance: the Département present, the académie excused, giving its proxy to the Département.
    attend(browser, CD, "DSI du Département", "CD", "present")
    attend(browser, ACA, "Assistance de l'académie", "ACA", "excused")
    Select(browser.find_element(By.ID, "proxy-from")).select_by_value("ACA")
    Select(browser.find_element(By.ID, "proxy-to")).select_by_value("CD")
    press(browser, "Enregistrer le pouvoir")
    wait_for(browser, lambda driver: "ACA → CD" in driver.find_element(By.TAG_NAME, "main").text)
    assert "Membres représentés\nACA, CD" in browser.find_element(By.CLASS_NAME, "facts").text
    press(browser, "Envoyer la convocation avec l'ordre du jour")
    wait_for(browser, lambda driver: "Pas encore convoquée" not in driver.find_element(By.CLASS_NAME, "facts").text)

    # The vote belongs to the member bodies: the Département's delegate casts its own and, by proxy, the académie's.
    browser.find_element(By.ID, "motion").send_keys("Adopter le choix des logiciels pédagogiques")
    press(browser, "Mettre aux voix")
    wait_for(browser, lambda driver: driver.find_elements(By.XPATH, "//form[contains(@action, '/ballots')]"))
    cast(browser, "CD", "yes")
    cast(browser, "ACA", "yes")
    close_vote(browser)
    decision = next(word for word in browser.find_element(By.CLASS_NAME, "vote").text.split() if word.startswith("comite-operationnel/"))

    # The minutes drafted, and an action decided for the académie.
    browser.find_element(By.ID, "minutes-text").send_keys("Le comité adopte le choix des logiciels pédagogiques.")
    press(browser, "Enregistrer")
    wait_for(browser, lambda driver: "projet, ouvert aux observations" in driver.find_element(By.TAG_NAME, "main").text)
    browser.find_element(By.ID, "action-title").send_keys("Déployer les logiciels retenus")
    Select(browser.find_element(By.ID, "action-party")).select_by_value("ACA")
    browser.find_element(By.ID, "action-owner").send_keys("DSII de l'académie")
    set_moment(browser, "action-due", "2028-05-15")
    Select(browser.find_element(By.ID, "action-decision")).select_by_value(decision)
    press(browser, "Ajouter l'action")
    wait_for(browser, lambda driver: "Déployer les logiciels retenus" in driver.find_element(By.TAG_NAME, "main").text)

    # The next meeting: the action comes back on its agenda; its vote approves the first meeting's minutes.
    second = schedule(browser, "2028-06-10T14:00", "Bilan du trimestre")
    assert "Déployer les logiciels retenus" in browser.find_element(By.TAG_NAME, "main").text
    attend(browser, CD, "DSI du Département", "CD", "present")
    attend(browser, ACA, "Assistance de l'académie", "ACA", "present")
    press(browser, "Mettre aux voix l'approbation du procès-verbal de la séance précédente")
    wait_for(browser, lambda driver: driver.find_elements(By.XPATH, "//form[contains(@action, '/ballots')]"))
    cast(browser, "CD", "yes")
    sign_out(browser)
    sign_in(browser, ACA)
    browser.get(second)
    cast(browser, "ACA", "yes")
    sign_out(browser)
    sign_in(browser, CD)
    browser.get(second)
    close_vote(browser)

    browser.get(first)
    assert "Approuvé par la décision comite-operationnel/" in browser.find_element(By.TAG_NAME, "main").text
    press(browser, "Signer le procès-verbal approuvé")
    wait_for(browser, lambda driver: "approuvé et signé" in driver.find_element(By.TAG_NAME, "main").text)
    browser.find_element(By.LINK_TEXT, "Version imprimable du procès-verbal").click()
    wait_for(browser, lambda driver: "Signé par" in driver.find_element(By.TAG_NAME, "main").text)
    assert decision in browser.find_element(By.TAG_NAME, "main").text

    # The action followed to done: it leaves the open actions.
    browser.get(first)
    form = row_of(browser, "Déployer les logiciels retenus").find_element(By.TAG_NAME, "form")
    Select(form.find_element(By.TAG_NAME, "select")).select_by_value("done")
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    wait_for(browser, lambda driver: Select(row_of(driver, "Déployer les logiciels retenus").find_element(By.TAG_NAME, "select"))
             .first_selected_option.text == "fait")
    browser.find_element(By.LINK_TEXT, "Instances").click()
    assert "Déployer les logiciels retenus" not in browser.find_element(By.TAG_NAME, "main").text


def test_the_contribution_and_its_call_for_funds(browser):
    sign_in(browser, CD)
    browser.find_element(By.LINK_TEXT, "Instances").click()
    browser.find_element(By.PARTIAL_LINK_TEXT, "Contributions, partage des coûts et budget").click()
    assert "18411.00 €" in row_of(browser, "2025").text and "55233.00 €" in row_of(browser, "2026").text
    browser.find_element(By.LINK_TEXT, "Appel de fonds 2026").click()
    wait_for(browser, lambda driver: driver.find_element(By.TAG_NAME, "h1").text.startswith("Appel de fonds 2026"))
    assert "32490 × 1.70 = 55233.00 €" in browser.find_element(By.TAG_NAME, "main").text


def test_an_avenant_approved_by_both_parties_is_a_new_version_with_its_diff(browser):
    sign_in(browser, CD)
    browser.find_element(By.LINK_TEXT, "Instances").click()
    browser.find_element(By.LINK_TEXT, "Avenants").click()
    wait_for(browser, lambda driver: driver.find_element(By.TAG_NAME, "h1").text == "Avenants")
    assert "Fin de la convention : 31 décembre 2026" in browser.find_element(By.TAG_NAME, "main").text
    browser.find_element(By.ID, "title").send_keys("Administration des bornes Wi-Fi par le Département")
    browser.find_element(By.ID, "summary").send_keys("Le Département administre les bornes qu'il a acquises.")
    Select(browser.find_element(By.ID, "component")).select_by_value("bornes-wifi")
    Select(browser.find_element(By.ID, "activity")).select_by_value("administration")
    browser.find_element(By.ID, "parties").send_keys("CD")
    press(browser, "Proposer un avenant")
    wait_for(browser, lambda driver: driver.find_element(By.TAG_NAME, "h1").text.startswith("Avenants n° "))
    avenant = browser.current_url
    assert "CD" in row_of(browser, "Bornes Wi-Fi").text
    Select(browser.find_element(By.ID, "party")).select_by_value("CD")
    browser.find_element(By.ID, "deliberation").send_keys("Commission permanente du 2 mars 2027")
    set_moment(browser, "date", "2027-03-02")
    press(browser, "Enregistrer l'approbation")
    wait_for(browser, lambda driver: "Commission permanente du 2 mars 2027" in driver.find_element(By.TAG_NAME, "main").text)
    sign_out(browser)

    # The académie's approval is the last: it gives the effective date, which may not precede it.
    sign_in(browser, ACA)
    browser.get(avenant)
    browser.find_element(By.ID, "deliberation").send_keys("Arrêté rectoral 2027-17")
    set_moment(browser, "date", "2027-03-20")
    set_moment(browser, "effective", "2027-03-15")
    press(browser, "Enregistrer l'approbation")
    wait_for(browser, lambda driver: "précède la dernière approbation" in driver.find_element(By.TAG_NAME, "main").text)
    browser.find_element(By.ID, "deliberation").send_keys("Arrêté rectoral 2027-17")
    set_moment(browser, "date", "2027-03-20")
    set_moment(browser, "effective", "2027-04-01")
    press(browser, "Enregistrer l'approbation")
    wait_for(browser, lambda driver: "Ce que change la nouvelle version" in driver.find_element(By.TAG_NAME, "main").text)
    assert "bornes-wifi · administration: — → CD" in browser.find_element(By.TAG_NAME, "main").text
    browser.find_element(By.PARTIAL_LINK_TEXT, "Version de la convention").click()
    wait_for(browser, lambda driver: "Administration des bornes Wi-Fi par le Département" in driver.find_element(By.TAG_NAME, "main").text)
