"""The sums' commands as a script calls them: the amount alone on the first line, shares one per line."""
from decimal import Decimal

from test_data_protection import run


def test_contribution_reproduces_seed_002_for_2025_and_2026():
    code, lines, _ = run("contribution", "compute", "--convention", "ille-et-vilaine-2025", "--year", "2025")
    assert code == 0 and lines[0] == "18411"
    assert any(line.startswith("prorata: 55233.00 × 4 / 12") for line in lines)
    assert "share Maintenance évolutive 60 %: 11046.60 €" in lines
    code, lines, _ = run("contribution", "compute", "--convention", "ille-et-vilaine-2025", "--year", "2026")
    assert code == 0 and lines[0] == "55233"


def test_contribution_with_a_new_constat_and_index_rounds_up_to_the_euro():
    code, lines, _ = run("contribution", "compute", "--convention", "ille-et-vilaine-2025", "--year", "2026",
                         "--pupils", "33000", "--index", "320")
    # 1,70 × round(320 / 313,3, 3) = 1,70 × 1,021 = 1,7357; × 33 000 = 57 278,10 → 57 279.
    assert code == 0 and lines[0] == "57279"
    assert "coefficient: 0 + 1 × 320 / 313.3 = 1.021" in lines


def test_contribution_refuses_a_year_the_convention_does_not_schedule():
    code, lines, error = run("contribution", "compute", "--convention", "ille-et-vilaine-2025", "--year", "2027")
    assert code != 0 and lines == [] and "2025, 2026" in error


def test_cost_share_reproduces_the_six_solstiss_shares():
    for total, participants, euros in [(1221000, 13, 93923), (1221000, 11, 111000), (1001000, 13, 77000),
                                       (1001000, 11, 91000), (528000, 13, 40615), (528000, 11, 48000)]:
        code, lines, _ = run("cost-share", "--total", str(total), "--participants", str(participants))
        shares = [Decimal(line) for line in lines]
        assert code == 0 and len(shares) == participants
        assert sum(shares) == total
        assert all(round(share) == euros for share in shares)


def test_cost_share_of_an_entrant_is_pro_rata_and_the_sum_holds():
    code, lines, error = run("cost-share", "--total", "1221000", "--participants", "13",
                             "--entry", "2024-05-01", "--start", "2023-05-01", "--end", "2026-04-30")
    shares = [Decimal(line) for line in lines]
    assert code == 0 and sum(shares) == 1221000
    # 730 days of 1 096 for the entrant, against 1 096 for each of the twelve others.
    # Remainders: the entrant .69 of a cent, the others .66: the entrant and the first seven get the 8 cents left.
    assert shares[-1] == Decimal("64207.61") and shares[0] == Decimal("96399.37") and shares[11] == Decimal("96399.36")
    assert "730 / 13882 days" in error


def test_cost_share_refuses_a_period_nobody_covers():
    code, lines, error = run("cost-share", "--total", "100", "--participants", "2",
                             "--entry", "2027-01-01", "--start", "2023-05-01", "--end", "2026-04-30")
    assert code != 0 and lines == [] and "--entry" in error
    code, _, error = run("cost-share", "--total", "100", "--participants", "1",
                         "--entry", "2024-01-01", "--start", "2023-05-01", "--end", "2026-04-30")
    assert code != 0 and "do not cover the period" in error
