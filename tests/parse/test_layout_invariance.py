"""Invariance: the facts of a release do not depend on whether its tables are printed one row per
line, one cell per line, or all on one long line (the shapes PDF, HTML and plain-text extraction
leave), nor on OCR and mojibake noise in its words."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from etl.parse import parse_release, repair_text
from etl.parse.furniture import without_furniture
from etl.parse.identity import identify
from etl.parse.numbers import cells_in
from etl.parse.release import sentence_lines
from etl.parse.tables import is_heading, lines_of
from tests.parse.conftest import DEV

RELEASES = sorted(DEV.glob("*.txt")) + sorted((Path(__file__).parent / "releases").glob("*.txt"))


def _furniture(text: str) -> set[int]:
    """The page furniture lines (page numbers, running headers): printed by the page, not the table,
    they stay lines of their own whatever shape the tables take."""
    identity = identify(text, None)
    doc_lines = lines_of(text)
    kept = without_furniture(doc_lines, identity.name, identity.code).lines
    return {i for i, (line, was) in enumerate(zip(kept, doc_lines.lines, strict=True)) if line != was}


def _sentences(text: str) -> list[bool]:
    """The lines the parser reads sentences from (prose, and lines carrying on a prose sentence): not
    table rows, whatever values they hold."""
    return [*sentence_lines(lines_of(text)), False]


def one_cell_per_line(text: str) -> str:
    """Every table row (not prose) split into its label and one line per cell."""
    out = []
    furniture = _furniture(text)
    prose = _sentences(text)
    for i, line in enumerate(text.split("\n")):
        cells = cells_in(line)
        if len(cells) < 2 or prose[i] or i in furniture:
            out.append(line)
            continue
        cursor = 0
        for cell in cells:
            out.extend(part for part in (line[cursor : cell.lead].strip(), line[cell.lead : cell.tail].strip()) if part)
            cursor = cell.tail
        if line[cursor:].strip():
            out.append(line[cursor:].strip())
    return "\n".join(out)


def one_long_line(text: str) -> str:
    """Every run of table lines (between headings, notes, prose and blank lines) joined into one line."""
    out: list[str] = []
    run: list[str] = []
    furniture = _furniture(text)
    prose = _sentences(text)
    for i, line in enumerate(text.split("\n")):
        if (
            not line.strip()
            or prose[i]
            or is_heading(line)
            or line.lstrip().lower().startswith(("note", "*"))
            or i in furniture
        ):
            if run:
                out.append(" ".join(run))
                run = []
            out.append(line)
        else:
            run.append(line.strip())
    if run:
        out.append(" ".join(run))
    return "\n".join(out)


def _facts(result: dict) -> set[tuple]:
    figures = {
        (f["metric"], f["period_start"], f["period_end"], f["scenario"], f["consolidated"], f["value"], f["range_low"])
        for f in result["figures"]
    }
    dividends = {(d["fiscal_year_end"], d["period"], d["scenario"], d["per_share"]) for d in result["dividends"]}
    return figures | dividends


@pytest.mark.parametrize("path", RELEASES, ids=lambda p: p.stem)
def test_one_cell_per_line_gives_the_same_facts(path: Path) -> None:
    text = repair_text(path.read_text())
    assert _facts(parse_release(one_cell_per_line(text))) == _facts(parse_release(text))


@pytest.mark.parametrize("path", RELEASES, ids=lambda p: p.stem)
def test_one_long_line_gives_the_same_facts(path: Path) -> None:
    text = repair_text(path.read_text())
    assert _facts(parse_release(one_long_line(text))) == _facts(parse_release(text))


def _ocr_noise(text: str, seed: int) -> str:
    """OCR confusables in a third of the words (I->1, O->0, l->1), curly quotes as mojibake and a few
    full-width brackets mangled the same way; digits are left alone."""
    rnd = random.Random(seed)

    def damage(m: re.Match[str]) -> str:
        word = m.group(0)
        return word.replace("I", "1").replace("O", "0").replace("l", "1", 1) if rnd.random() < 0.3 else word

    text = re.sub(r"(?<![\\w.,/*\\\\$¥-])[A-Za-z]{3,}(?![\\w/])", damage, text)
    return text.replace("'", "â€™").replace("(", "ï¼ˆ", 3)


def _name_key(result: dict) -> str:
    return re.sub(r"[^a-z0-9]", "", (result["document"]["company"]["name"] or "").lower())


@pytest.mark.parametrize("path", RELEASES, ids=lambda p: p.stem)
def test_noise_in_names_and_prose_changes_nothing(path: Path) -> None:
    clean = parse_release(path.read_text())
    noisy = parse_release(_ocr_noise(path.read_text(), seed=len(path.name)))
    assert _facts(noisy) == _facts(clean)
    assert _name_key(noisy) == _name_key(clean)
    assert noisy["document"]["kind"] == clean["document"]["kind"]
