"""axe-core in every page the journeys show.

`CheckedChrome` is the journeys' chromium with one addition: before each WebDriver command that follows a
command able to change the page (a navigation, a click, keys typed, a script), it looks at the document on
screen, and the first time it sees a loaded HTML document it runs axe-core on it (the axe-core bundled by the
`selenium-axe-python` package). Whatever way a journey reaches a page (address, link, form, Enter key), the
page is checked before the journey's next command, so pages added later are checked without new code.

The application runs no script of its own (its policy is `default-src 'self'` and its pages have no
`<script>`): every state is a new document, so a mark left on the window says exactly "this document was
checked". The mark also listens for the document being left (a form sent, a link followed): until the next
document has loaded, the checker keeps looking for it, and it waits for it before a `get`, back, forward or
refresh, and at the end of the test, so that a page is not skipped when a test moves on without reading it.

A document with the same address, the same signed-in user and the same structure (elements, their
attributes, which of them carry text) as one already checked gives the same axe results, so axe does not run
again on it (within a test or across tests: the suite revisits, e.g., the large convention annex); its
earlier violations are reported again by the new test. The same address with another structure (a ticket
after a change of status shows other buttons, a rating form, an error next to a field) is checked again.

Violations of every impact are recorded with the page address and who was signed in; conftest.py fails the
test with the readable list (see `AxeChecker.report`).
"""
import os
import time

import selenium_axe_python
from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.remote.command import Command

AXE_SOURCE = os.path.join(os.path.dirname(selenium_axe_python.__file__), "axe-core", "axe.min.js")

# What axe-core runs: its default rules (WCAG 2.0/2.1/2.2 A and AA and best practices); only violations come
# back in full, which keeps the results small on the 2,000-element convention annex.
AXE_OPTIONS = {"resultTypes": ["violations"], "restoreScroll": True}

# Commands that only read the page: after them there is no new document to look for.
READ_ONLY_COMMANDS = frozenset({
    Command.NEW_SESSION, Command.DELETE_SESSION, Command.QUIT, Command.CLOSE,
    Command.FIND_ELEMENT, Command.FIND_ELEMENTS, Command.FIND_CHILD_ELEMENT, Command.FIND_CHILD_ELEMENTS,
    Command.GET_CURRENT_URL, Command.GET_PAGE_SOURCE, Command.GET_TITLE, Command.W3C_GET_ACTIVE_ELEMENT,
    Command.GET_ELEMENT_TEXT, Command.GET_ELEMENT_TAG_NAME, Command.IS_ELEMENT_SELECTED, Command.IS_ELEMENT_ENABLED,
    Command.GET_ELEMENT_RECT, Command.GET_ELEMENT_ATTRIBUTE, Command.GET_ELEMENT_PROPERTY,
    Command.GET_ELEMENT_VALUE_OF_CSS_PROPERTY, Command.GET_ELEMENT_ARIA_ROLE, Command.GET_ELEMENT_ARIA_LABEL,
    Command.SCREENSHOT, Command.ELEMENT_SCREENSHOT, Command.GET_ALL_COOKIES, Command.GET_COOKIE,
    Command.GET_TIMEOUTS, Command.SET_TIMEOUTS, Command.GET_WINDOW_RECT, Command.W3C_GET_CURRENT_WINDOW_HANDLE,
    Command.W3C_GET_WINDOW_HANDLES, Command.GET_LOG, Command.GET_AVAILABLE_LOG_TYPES, Command.GET_SHADOW_ROOT,
})
# Commands before which the page is not looked at: the session is being opened or closed.
NO_PROBE_COMMANDS = frozenset({Command.NEW_SESSION, Command.DELETE_SESSION, Command.QUIT, Command.CLOSE})

MARK = "__ententeAxeChecked"
LEAVING = "__ententeAxeLeaving"
# Commands that replace the page: the page being left for another must be checked before them.
NAVIGATION_COMMANDS = frozenset({Command.GET, Command.GO_BACK, Command.GO_FORWARD, Command.REFRESH})
# How long a document left by a link or a form may stay on screen before the checker takes it that no other
# is coming (a file download, e.g. the CSV links).
LEAVING_GRACE_SECONDS = 2.0
# Elements listed per rule and page in a failure's report (the count says how many more).
ELEMENTS_LISTED = 10

# The document on screen: whether it is loaded, HTML, already checked, who is signed in, and a digest of its
# structure (every element with its attributes and whether it holds text of its own; hidden fields' values,
# such as the CSRF token, left out).
PROBE_SCRIPT = """
const doc = document;
const state = {ready: doc.readyState, type: doc.contentType, url: location.href,
               checked: window.%(mark)s === true, leaving: window.%(leaving)s === true,
               axe: typeof window.axe === 'object'};
if (state.ready !== 'complete' || state.checked) return state;
const user = doc.querySelector('.sign-out .user');
state.user = user ? user.textContent.trim() : '';
let hash1 = 0xdeadbeef, hash2 = 0x41c6ce57;
const add = (text) => {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    hash1 = Math.imul(hash1 ^ code, 2654435761);
    hash2 = Math.imul(hash2 ^ code, 1597334677);
  }
};
for (const element of doc.getElementsByTagName('*')) {
  add('<' + element.tagName);
  const hidden = element.tagName === 'INPUT' && element.type === 'hidden';
  for (const attribute of element.attributes) {
    if (!(hidden && attribute.name === 'value')) add(' ' + attribute.name + '=' + attribute.value);
  }
  for (const node of element.childNodes) {
    if (node.nodeType === 3 && node.nodeValue.trim() !== '') { add('#text'); break; }
  }
}
state.structure = (hash1 >>> 0).toString(16) + (hash2 >>> 0).toString(16) + '/' + doc.getElementsByTagName('*').length;
return state;
""" % {"mark": MARK, "leaving": LEAVING}

# Marks the document checked, and listens for what makes the browser leave it: a form sent, a link to another
# document followed (by click or Enter). Until the next document is there, the checker keeps looking for it.
MARK_SCRIPT = """
window.%(mark)s = true;
document.addEventListener('submit', () => { window.%(leaving)s = true; }, true);
document.addEventListener('click', (event) => {
  const link = event.target.closest ? event.target.closest('a[href]') : null;
  if (!link || link.hasAttribute('download')) return;
  if (link.hash && link.href.split('#')[0] === location.href.split('#')[0]) return;
  window.%(leaving)s = true;
}, true);
""" % {"mark": MARK, "leaving": LEAVING}

RUN_SCRIPT = """
const done = arguments[arguments.length - 1];
axe.run(document, arguments[0]).then(
  (results) => done({version: results.testEngine.version, violations: results.violations.map((rule) => ({
    id: rule.id, impact: rule.impact, help: rule.help, helpUrl: rule.helpUrl,
    nodes: rule.nodes.map((node) => ({target: node.target, html: node.html, summary: node.failureSummary}))}))}),
  (error) => done({error: String(error && error.stack || error)}));
"""

# Results of documents already checked in this pytest session: (address, user, structure) → violations.
_checked_documents = {}
# For the summary at the end of the run: documents looked at, axe-core runs, seconds spent in them.
totals = {"documents": 0, "runs": 0, "seconds": 0.0, "version": ""}


class AxeChecker:
    """Runs axe-core on each new document of one browser and keeps what it found."""

    def __init__(self, driver):
        self.driver = driver
        self.dirty = True
        self.busy = False
        self.label = None           # who the test says is at the keyboard, e.g. "Observateur <dpd@…>"
        self.findings = []          # (url, who, violation) for this test
        self.pages = []             # (url, who, ran axe?) for every document checked, in order
        self.axe_runs = 0
        self.axe_seconds = 0.0
        self._source = None

    # Called by CheckedChrome around every command.
    def before(self, command):
        if self.dirty and not self.busy and command not in NO_PROBE_COMMANDS:
            if command in NAVIGATION_COMMANDS:
                self.check(strict=False)
            else:
                self.probe(strict=False)

    def after(self, command):
        if command not in READ_ONLY_COMMANDS:
            self.dirty = True

    def probe(self, strict):
        """Checks the document on screen if it is loaded and not yet checked; returns whether the page is
        settled (loaded, checked, and not being left for another). While a page is being replaced the browser
        may refuse scripts: the document is looked at again before the next command (`strict` lets the error
        through)."""
        self.busy = True
        try:
            state = self.driver.execute_script(PROBE_SCRIPT)
            if state["ready"] != "complete":
                return False
            if state["checked"]:
                self.dirty = state["leaving"]
                return not state["leaving"]
            self._check(state)
            self.dirty = False
            return True
        except WebDriverException:
            if strict:
                raise
            return False
        finally:
            self.busy = False

    def check(self, strict=True, timeout=10):
        """Waits for the page on screen to be loaded and checks it (once); a page being left (a link followed,
        a form sent) is waited for too. Run before the browser is sent elsewhere and at the end of a test."""
        started = time.monotonic()
        while True:
            try:
                if self.probe(strict=strict):
                    return
            except WebDriverException:
                if time.monotonic() - started > timeout:
                    raise
            waited = time.monotonic() - started
            if waited > LEAVING_GRACE_SECONDS and self._left_for_nothing():
                self.dirty = False
                return
            if waited > timeout:
                if strict:
                    raise AssertionError(f"the page did not finish loading: {self.driver.current_url}")
                return
            time.sleep(0.05)


    def _left_for_nothing(self):
        """A page checked and marked as being left, still on screen: the link gave a file, not a page."""
        self.busy = True
        try:
            state = self.driver.execute_script(PROBE_SCRIPT)
            return state["ready"] == "complete" and state["checked"] and state["leaving"]
        except WebDriverException:
            return False
        finally:
            self.busy = False

    def _check(self, state):
        url = state["url"]
        who = state["user"] or "signed out"
        if self.label:
            who = f"{self.label}; page header: {who}"
        if state["type"] not in ("text/html", "application/xhtml+xml") or url.startswith(("about:", "chrome")):
            self.driver.execute_script(MARK_SCRIPT)
            return
        key = (url.split("#")[0], state["user"], state["structure"])
        if key in _checked_documents:
            violations, ran = _checked_documents[key], False
        else:
            if not state["axe"]:
                self.driver.execute_script(self._axe_source())
            started = time.monotonic()
            result = self.driver.execute_async_script(RUN_SCRIPT, AXE_OPTIONS)
            self.axe_seconds += time.monotonic() - started
            self.axe_runs += 1
            totals["runs"] += 1
            totals["seconds"] += time.monotonic() - started
            if "error" in result:
                raise AssertionError(f"axe-core could not check {url}: {result['error']}")
            totals["version"] = result["version"]
            violations, ran = result["violations"], True
            _checked_documents[key] = violations
        self.driver.execute_script(MARK_SCRIPT)
        totals["documents"] += 1
        self.pages.append((url, who, ran))
        self.findings.extend((url, who, violation) for violation in violations)

    def _axe_source(self):
        if self._source is None:
            with open(AXE_SOURCE, encoding="utf-8") as script:
                self._source = script.read()
        return self._source

    def report(self):
        """The violations found in this test, one rule and page at a time, with the elements at fault."""
        if not self.findings:
            return ""
        pages = {url for url, _, _ in self.findings}
        rules = {violation["id"] for _, _, violation in self.findings}
        elements = sum(len(violation["nodes"]) for _, _, violation in self.findings)
        lines = [f"axe-core {totals['version']}: {len(rules)} accessibility rule(s) violated by {elements} "
                 f"element(s) on {len(pages)} page(s)"]
        for url, who, violation in self.findings:
            lines.append("")
            lines.append(f"[{violation['impact']}] {violation['id']}: {violation['help']}")
            lines.append(f"    page: {url}")
            lines.append(f"    as:   {who}")
            lines.append(f"    rule: {violation['helpUrl']}")
            for node in violation["nodes"][:ELEMENTS_LISTED]:
                lines.append(f"    - {' >> '.join(node['target'])}")
                lines.append(f"      {_shorten(node['html'])}")
                for reason in (node.get("summary") or "").splitlines():
                    if reason.strip():
                        lines.append(f"        {reason.strip()}")
            if len(violation["nodes"]) > ELEMENTS_LISTED:
                lines.append(f"    … and {len(violation['nodes']) - ELEMENTS_LISTED} more element(s) on this page")
        return "\n".join(lines)


def _shorten(text, limit=200):
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


class CheckedChrome(webdriver.Chrome):
    """Chromium whose every new page is checked with axe-core (see the module's documentation)."""

    accessibility = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.accessibility = AxeChecker(self)

    def execute(self, driver_command, params=None):
        checker = self.accessibility
        if checker is None or not isinstance(driver_command, str):
            return super().execute(driver_command, params)
        checker.before(driver_command)
        try:
            return super().execute(driver_command, params)
        finally:
            if not checker.busy:
                checker.after(driver_command)
