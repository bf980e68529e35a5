"""`entente inventory import` as a collectivité's technician runs it on an export: dry run, import, the same
file again, and the files it must refuse without writing anything."""
import tempfile
from pathlib import Path

from test_data_protection import run

HEADER = "UAI;N° d'inventaire;Numéro de série;Composant;Financement;Réseau;Date d'acquisition;État à l'achat;Prix;Salle\n"


def line(number, serial=None, price="649,90 €"):
    return (f"0352958A;CLI-{number:04d};{serial or f'SN-CLI-{number:04d}'};stations-travail-pedagogiques;Département;"
            f"Pédagogique;01/09/2024;{'reconditionné' if number % 2 else 'neuf'};{price};B{number}\n")


def importing(folder, text, *options, encoding="utf-8"):
    path = Path(folder) / "parc.csv"
    path.write_bytes(text.encode(encoding))
    return run("inventory", "import", str(path), "--data-dir", str(Path(folder) / "data"), *options)


def test_dry_run_then_import_then_the_same_file_changes_nothing():
    with tempfile.TemporaryDirectory() as folder:
        text = HEADER + "".join(line(n) for n in range(1, 2502))
        code, lines, error = importing(folder, text)
        assert code == 0 and lines[-1] == "Dry run: 2501 to create, 0 to update, 0 unchanged, 0 refused. Nothing written; add --apply to import."
        assert "UTF-8, separated by ';'" in error and "État à l'achat → condition" in error
        code, lines, _ = importing(folder, text, "--apply")
        assert code == 0 and lines[-1].startswith("Imported: 2501 created, 0 updated")
        code, lines, _ = importing(folder, text, "--apply")
        assert code == 0 and lines[-1].startswith("Imported: 0 created, 0 updated (0 to create, 0 to update, 2501 unchanged")


def test_a_refused_row_in_the_last_slice_leaves_nothing_written_unless_only_valid():
    with tempfile.TemporaryDirectory() as folder:
        # 2,500 good rows then one whose serial repeats the first's: the slices before it are not kept.
        text = HEADER + "".join(line(n) for n in range(1, 2501)) + line(2501, serial="SN-CLI-0001")
        code, lines, error = importing(folder, text, "--apply")
        assert code != 0 and "line 2502: serial-number: already given on line 2 — keep one row per asset" in lines
        assert "nothing written" in error
        code, lines, _ = importing(folder, text)
        assert lines[-1].startswith("Dry run: 2500 to create"), "nothing was written by the refused import"
        code, lines, _ = importing(folder, text, "--apply", "--only-valid")
        assert code == 0 and lines[-1].startswith("Imported: 2500 created")


def test_a_truncated_file_is_refused_whole_and_windows_1252_is_reported():
    with tempfile.TemporaryDirectory() as folder:
        truncated = HEADER + "".join(line(n) for n in range(1, 2501)) + '0352958A;CLI-9999;"SN-open'
        code, _, error = importing(folder, truncated, "--apply")
        assert code != 0 and "parc.csv:2502: a quote opened on this line is never closed" in error
        code, lines, error = importing(folder, HEADER + line(1), encoding="cp1252")
        assert code == 0 and "Windows-1252" in error and lines[-1].startswith("Dry run: 1 to create"), \
            "the first import wrote nothing"
