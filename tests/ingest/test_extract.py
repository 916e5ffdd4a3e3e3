"""Text extraction from release bytes: encodings, PDFs, HTML, and bytes that are not a release."""

from __future__ import annotations

import codecs
import os

import pytest

from etl.ingest.extract import Extracted, Unreadable, extract
from tests.pdf_factory import make_pdf

RELEASE = "Notice Regarding Dividends\nDividend per share: ¥13.50 — record date March 31, 2018\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (RELEASE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + RELEASE.encode("utf-8"), "utf-8-sig"),
        (RELEASE.encode("utf-16"), "utf-16"),
        (RELEASE.encode("utf-16-le"), "utf-16-le"),
        (RELEASE.encode("cp1252"), "cp1252"),
    ],
)
def test_text_in_common_encodings_decodes_to_the_same_text(data: bytes, encoding: str) -> None:
    result = extract("release.txt", data)
    assert isinstance(result, Extracted)
    assert result.encoding == encoding
    assert result.text == RELEASE


def test_shift_jis_release_with_japanese_text_decodes_as_cp932() -> None:
    text = "配当予想の修正に関するお知らせ\nDividend per share 13.50 yen\n"
    result = extract("release.txt", text.encode("cp932"))
    assert isinstance(result, Extracted)
    assert (result.encoding, result.text) == ("cp932", text)


def test_crlf_line_endings_and_nul_bytes_are_normalised() -> None:
    result = extract("release.txt", b"Line one\r\nLine\x00 two\r\n")
    assert isinstance(result, Extracted)
    assert result.text == "Line one\nLine two\n"


def test_pdf_text_layer_is_extracted_with_its_lines() -> None:
    result = extract("notice.pdf", make_pdf(["Notice Regarding Dividends", "Dividend per share JPY13.50"]))
    assert isinstance(result, Extracted)
    assert result.media_type == "application/pdf"
    assert result.text.splitlines() == ["Notice Regarding Dividends", "Dividend per share JPY13.50"]


def test_pdf_is_recognised_by_its_bytes_whatever_its_name() -> None:
    result = extract("download", make_pdf(["Year-end dividend"]))
    assert isinstance(result, Extracted) and result.media_type == "application/pdf"


def test_html_gives_visible_text_without_scripts_or_navigation() -> None:
    html = (
        "<!DOCTYPE html><html><head><style>p{color:red}</style><script>var x = 'secret';</script></head>"
        "<body><nav>Home | IR News</nav><h1>Notice of Dividend</h1><table><tr><td>Record date</td>"
        "<td>March 31, 2024</td></tr></table><footer>Copyright</footer></body></html>"
    )
    result = extract("notice.html", html.encode())
    assert isinstance(result, Extracted)
    assert result.media_type == "text/html"
    assert "Notice of Dividend" in result.text and "March 31, 2024" in result.text
    for hidden in ("secret", "color:red", "IR News", "Copyright"):
        assert hidden not in result.text


@pytest.mark.parametrize(
    ("name", "data", "reason_part"),
    [
        ("empty.txt", b"", "empty"),
        ("junk.bin", os.urandom(4096), "not text"),
        ("junk.txt", bytes(range(256)) * 16, "binary"),
        ("truncated.pdf", make_pdf(["Dividend"])[:60], "PDF cannot be read"),
        ("locked.pdf", make_pdf(["Dividend"], password_protected=True), "encrypted and needs a password"),
        ("blank.html", b"<html><body><script>1</script></body></html>", "no visible text"),
    ],
)
def test_unreadable_bytes_get_a_reason_a_person_can_act_on(name: str, data: bytes, reason_part: str) -> None:
    result = extract(name, data)
    assert isinstance(result, Unreadable)
    assert reason_part in result.reason
