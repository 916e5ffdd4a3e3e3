"""Text repair: mojibake, full-width forms, OCR confusables in words, never in figures."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from etl.text import repair_text
from etl.text.repair import _nfkc, mend_word


@pytest.mark.parametrize(
    ("damaged", "repaired"),
    [
        ("11J", "IIJ"),
        ("I1J", "IIJ"),
        ("SUM1DA", "SUMIDA"),
        ("C0RPORATION", "CORPORATION"),
        ("1nc", "Inc"),
        ("Fina1", "Final"),
        ("sa1es", "sales"),
        ("Operat1ng", "Operating"),
        ("f1sca1", "fiscal"),
        ("conso1idated", "consolidated"),
        ("Ord1nary", "Ordinary"),
        ("a1", "al"),
        ("1H19", "1H19"),
        ("FY2019", "FY2019"),
        ("TSE1", "TSE1"),
        ("1st", "1st"),
        ("Q1", "Q1"),
        ("3Q20", "3Q20"),
    ],
)
def test_mend_word(damaged: str, repaired: str) -> None:
    assert mend_word(damaged) == repaired


def test_mojibake_and_full_width_are_undone() -> None:
    text = "Profit ï¼ˆ１８．００ï¼‰ã€€Net loss â–³3,200 and â–²1,000, IIJâ€™s"
    assert repair_text(text) == "Profit (18.00) Net loss △3,200 and ▲1,000, IIJ's"


def test_stray_symbols_and_ordinals() -> None:
    assert repair_text("11J°’s 26w Ordinary General Meeting") == "IIJ's 26th Ordinary General Meeting"
    assert repair_text("S0U 1nc. and SOU Inc.") == "SOU Inc. and SOU Inc."


def test_words_after_a_section_number_are_mended() -> None:
    assert repair_text("1.Conso1idated Earnings") == "1.Consolidated Earnings"


def test_figures_are_never_guessed() -> None:
    text = "Net sales 1O,234 and 111 and JPY13.50 and 3774 and (1,234) and 0.00"
    repaired = repair_text(text)
    for number in ("111", "JPY13.50", "3774", "(1,234)", "0.00", "1O,234"):
        assert number in repaired


def test_line_structure_is_kept() -> None:
    text = "line one\nline two\r\nline three\n"
    assert repair_text(text).count("\n") == 3


@pytest.mark.parametrize(
    ("note", "words"),
    [
        ("(Unit: 1,000 yen)", "(Unit: thousand yen)"),
        ("(¥1,000)", "(thousand yen)"),
        ("(in 1,000 yen)", "(in thousand yen)"),
        ("(JPY 1,000)", "(thousand yen)"),
        ("(Unit: ¥1 million)", "(Unit: million yen)"),
        ("(Units: 1,000,000 yen, except per-share data)", "(Units: million yen, except per-share data)"),
    ],
)
def test_a_unit_note_printing_its_scale_as_a_number_states_it_in_words(note: str, words: str) -> None:
    page = "Consolidated results\n{}\nRevenue 12,000"
    assert repair_text(page.format(note)) == page.format(words)


@pytest.mark.parametrize("text", [
    "Dividend per share 1,000 yen", "(Dividend 1,000 yen per share paid in June)", "(1,000 shares)",
    "Annual (¥1,000.50)", "Year-end 500 yen (1,000 yen with the special)", "Net loss (¥1,000) for the year",
])
def test_amounts_that_are_not_unit_notes_stay_as_printed(text: str) -> None:
    assert repair_text(text) == text


def test_ocr_damage_after_a_hyphen_is_mended() -> None:
    """'non-conso1idated' kept its '1', so the table's scope ('non-consolidated') was lost."""
    assert repair_text("Revision of non-conso1idated forecasts") == "Revision of non-consolidated forecasts"
    assert repair_text("Kita-Nihon F00ds, COVID-19, Q1-FY2021") == "Kita-Nihon Foods, COVID-19, Q1-FY2021"


# Line breaks beside combining marks, full-width forms, ligatures, Hangul jamo and compatibility
# characters: the cases where a line-by-line normal form could differ from the whole text's.
_NORMALISABLE = st.text(
    alphabet=st.sampled_from(
        list("aeA1 \n\u0301\u0308\u0323\uff11\uff21\u3000\ufb01\u1100\u1161\u11a8\u2460\u00bd\u212b\u0130")
    ),
    max_size=40,
)


@given(_NORMALISABLE)
def test_nfkc_line_by_line_is_the_whole_texts_nfkc(text: str) -> None:
    assert _nfkc(text) == unicodedata.normalize("NFKC", text)
