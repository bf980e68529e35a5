"""axe-core in every page the journeys show.

`CheckedChrome` is the journeys' chromium with one addition: before each WebDriver command that follows a
command able to change the page (a navigation, a click, keys typed, a script), it looks at the document on
screen, and the first time it sees a loaded HTML document it runs axe-core on it (the axe-core bundled by the
`selenium-axe-python` package). Whatever way a journey reaches a page (address, link, form, Enter key), the
page is checked before the journey's next command, so pages added later are checked without new code.

The application runs no script of its own (its policy is `default-src 'self'` and its pages have no
`<script>`): every state is a new document, so a mark left on the window says exactly "this document was
checked". A document with the same address, the same signed-in user and the same structure (elements, their
attributes, which of them carry text) as one already checked gives the same axe results, so axe does not run
again on it (within a test or across tests: the suite revisits, e.g., the large convention annex); its earlier
violations are reported again by the new test.

Violations of every impact are recorded with the page address and who was signed in; the `browser`
fixture fails the test with the readable list (see `report`).
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

# The document on screen: whether it is loaded, HTML, already checked, who is signed in, and a digest of its
# structure (every element with its attributes and whether it holds text of its own; hidden fields' values,
# such as the CSRF token, left out).
PROBE_SCRIPT = """
const doc = document;
const state = {ready: doc.readyState, type: doc.contentType, url: location.href,
               checked: window.%(mark)s === true, axe: typeof window.axe === 'object'};
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
""" % {"mark": MARK}

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
totals = {"documents": 0, "runs": 0, "seconds": 0.0}


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
        self.version = None
        self._source = None

    # Called by CheckedChrome around every command.
    def before(self, command):
        if self.dirty and not self.busy and command not in NO_PROBE_COMMANDS:
            self.probe(strict=False)

    def after(self, command):
        if command not in READ_ONLY_COMMANDS:
            self.dirty = True

    def probe(self, strict):
        """Checks the document on screen if it is loaded and not yet checked. While a page is being replaced
        the browser may refuse scripts: the document is looked at again before the next command (`strict`
        lets the error through, for the end of a test)."""
        self.busy = True
        try:
            state = self.driver.execute_script(PROBE_SCRIPT)
            if state["ready"] != "complete":
                return False
            self.dirty = False
            if not state["checked"]:
                self._check(state)
            return True
        except WebDriverException:
            if strict:
                raise
            return False
        finally:
            self.busy = False

    def check(self, timeout=10):
        """Waits for the page on screen to be loaded and checks it (once): the end of a test, or a test that
        wants the page checked at this point."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                if self.probe(strict=True):
                    return
            except WebDriverException:
                if time.monotonic() > deadline:
                    raise
            if time.monotonic() > deadline:
                raise AssertionError(f"the page did not finish loading: {self.driver.current_url}")
            time.sleep(0.1)

    def _check(self, state):
        url = state["url"]
        who = state["user"] or "signed out"
        if self.label:
            who = f"{self.label}; page header: {who}"
        mark = f"window.{MARK} = true;"
        if state["type"] not in ("text/html", "application/xhtml+xml") or url.startswith(("about:", "chrome")):
            self.driver.execute_script(mark)
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
            self.version = result["version"]
            violations, ran = result["violations"], True
            _checked_documents[key] = violations
        self.driver.execute_script(mark)
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
        count = sum(len(violation["nodes"]) for _, _, violation in self.findings)
        lines = [f"axe-core {self.version or ''} found {count} accessibility violation(s) "
                 f"on {len(pages)} page(s):"]
        for url, who, violation in self.findings:
            lines.append("")
            lines.append(f"[{violation['impact']}] {violation['id']}: {violation['help']}")
            lines.append(f"    page: {url}")
            lines.append(f"    as:   {who}")
            lines.append(f"    rule: {violation['helpUrl']}")
            for node in violation["nodes"]:
                lines.append(f"    - {' >> '.join(node['target'])}")
                lines.append(f"      {_shorten(node['html'])}")
                for reason in (node.get("summary") or "").splitlines():
                    if reason.strip():
                        lines.append(f"        {reason.strip()}")
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
