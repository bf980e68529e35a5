"""The convention's term as a script reads it: one date per line, ISO first."""
from test_data_protection import run


def test_ille_et_vilaines_term_from_its_clauses():
    code, lines, _ = run("convention", "term", "ille-et-vilaine-2025")
    # 21 months to 31 December 2026; 12 months' notice; renewal negotiated in the 6 months before the end.
    assert code == 0 and lines == ["2025-12-31 notice-deadline", "2026-06-30 renewal-negotiation", "2026-12-31 end"]
    code, lines, _ = run("convention", "term", "ille-et-vilaine-2025", "--notice-received", "2026-02-10")
    assert lines[-1] == "2027-02-10 termination-effective"


def test_a_withdrawal_takes_effect_at_the_next_school_year():
    code, lines, _ = run("convention", "term", "ile-de-france-2023", "--withdrawal-notice", "2026-02-10", "--withdrawal-months", "3")
    assert code == 0 and lines[-1] == "2026-09-01 withdrawal-effective"
    code, lines, _ = run("convention", "term", "ile-de-france-2023", "--withdrawal-notice", "2026-06-02", "--withdrawal-months", "3")
    assert lines[-1] == "2027-09-01 withdrawal-effective"


def test_a_bad_date_is_refused():
    code, lines, error = run("convention", "term", "ille-et-vilaine-2025", "--notice-received", "10/02/2026")
    assert code != 0 and lines == [] and "YYYY-MM-DD" in error
