"""The deadline commands as a script calls them: first line machine-readable, then the rule or the obligations."""
import os
import subprocess
from pathlib import Path

ENTENTE = os.environ.get("ENTENTE_BIN", str(Path(__file__).resolve().parent.parent / ".build/debug/entente"))


def run(*arguments):
    result = subprocess.run([ENTENTE, *arguments], capture_output=True, text=True, timeout=60)
    return result.returncode, result.stdout.splitlines(), result.stderr


def test_breach_on_a_friday_evening_before_whit_monday():
    code, lines, _ = run("breach", "deadlines", "--convention", "ile-de-france-2023",
                         "--aware", "2026-05-22T19:00", "--origin", "REGION")
    assert code == 0
    deadlines = [(line.split(" ")[0], line.split(" ")[1]) for line in lines]
    assert deadlines[:4] == [
        ("2026-05-23T19:00:00+02:00", "partner-notice"),
        ("2026-05-24T19:00:00+02:00", "update"),
        ("2026-05-24T19:00:00+02:00", "crisis-cell"),
        ("2026-05-25T19:00:00+02:00", "authority-notification"),
    ]
    assert "REGION → ACA" in lines[0]


def test_breach_across_the_october_clock_change():
    code, lines, _ = run("breach", "deadlines", "--convention", "ille-et-vilaine-2025",
                         "--aware", "2026-10-23T10:00:00+02:00", "--origin", "CD")
    assert code == 0
    assert lines[0].startswith("2026-10-25T09:00:00+01:00 partner-notice CD → ACA")
    assert lines[1].startswith("2026-10-26T09:00:00+01:00 authority-notification ACA → CNIL")


def test_breach_refuses_an_unknown_origin_and_a_missing_awareness():
    code, _, error = run("breach", "deadlines", "--convention", "ile-de-france-2023",
                         "--aware", "2026-05-22T19:00", "--origin", "CD35")
    assert code != 0 and "REGION" in error
    code, _, error = run("breach", "deadlines", "--convention", "ile-de-france-2023")
    assert code != 0 and "--aware" in error


def test_rights_request_deadline_first_line_is_the_last_day():
    assert run("rights-request", "deadline", "--received", "2026-03-15")[1][0] == "2026-04-15"
    code, lines, _ = run("rights-request", "deadline", "--received", "2026-01-31", "--language", "en")
    assert code == 0 and lines[0] == "2026-02-28"
    assert "1182/71" in lines[1]
    assert "2026-03-02" in lines[2]  # a Saturday: the note gives the working day
    assert run("rights-request", "deadline", "--received", "2026-01-31", "--extended")[1][0] == "2026-04-30"
    code, _, error = run("rights-request", "deadline", "--received", "31/01/2026")
    assert code != 0 and "YYYY-MM-DD" in error


def test_every_line_of_standard_output_starts_with_its_instant():
    import re
    code, lines, error = run("breach", "deadlines", "--convention", "ile-de-france-2023", "--aware", "2026-05-22T19:00:00+02:00")
    assert code == 0 and len(lines) == 8  # four deadlines for each of the two origins
    assert all(re.match(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2} ", line) for line in lines)
    assert "persons-communication" in error and "origin ACA" in error
