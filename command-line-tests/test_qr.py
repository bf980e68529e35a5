"""A device label's QR code, module by module against a reference encoder (python-qrcode): byte mode, level M."""
import pytest

from test_data_protection import run

qrcode = pytest.importorskip("qrcode")
from qrcode.util import MODE_8BIT_BYTE, QRData  # noqa: E402

LINKS = [
    "http://127.0.0.1:8765/tickets/new?asset=3f2504e0-4f89-11d3-9a0c-0305e82c3301",
    "https://entente.ille-et-vilaine.fr/tickets/new?asset=3f2504e0-4f89-11d3-9a0c-0305e82c3301",
    "HELLO",
    "https://entente.example.fr/" + "inventaire/" * 12,
]


def reference(text, mask):
    code = qrcode.QRCode(version=None, error_correction=qrcode.constants.ERROR_CORRECT_M, border=0, mask_pattern=mask)
    code.add_data(QRData(text.encode("utf-8"), mode=MODE_8BIT_BYTE))
    code.make(fit=True)
    return ["".join("1" if dark else "0" for dark in row) for row in code.modules], code.version


@pytest.mark.parametrize("text", LINKS)
@pytest.mark.parametrize("mask", range(8))
def test_every_mask_gives_the_reference_symbol(text, mask):
    code, rows, error = run("inventory", "qr", text, "--mask", str(mask))
    expected, version = reference(text, mask)
    assert code == 0 and f"version {version}," in error
    assert rows == expected


def test_a_text_too_long_for_a_label_is_refused():
    code, rows, error = run("inventory", "qr", "x" * 300)
    assert code != 0 and rows == [] and "213 at most" in error
