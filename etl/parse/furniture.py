"""Page furniture: what a PDF prints on every page (page numbers, running headers) and text extraction
leaves among the lines of a table that runs over a page break.

Read as table text, a page number ('- 2 -') becomes a value (an operating profit of 2,000,000 yen),
a running header ('<Company> (<code>) Consolidated Financial Results for the Fiscal Year 2024')
becomes a row label with its year as a value, or takes over the label of the row it interrupts
('Fiscal year ending' / page break / 'March 31, 2025' and the row's values). Furniture lines are
blanked to spaces in the text the table reader sees: offsets stay as they are, so provenance spans
still point into the repaired text, and the table reads on across the break.

What counts as furniture:
- a line that is only a page number in a form no table row takes: '- 2 -', '— 3 —', 'Page 2',
  'Page 2 of 5', '2/5';
- a running header or footer next to such a page number (the nearest non-blank line before or
  after it) that names the company (its name, or its code in brackets), or that stands next to two
  page numbers or more (the same header on every page).
A bare number alone on its line ('2') is not taken for a page number: in a table printed one cell
per line it is a value.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from etl.parse.tables import Lines

# A page number alone on its line, found in one scan of the text (most releases have none). The scan
# opens on the line feed before the line (a plain character re skips ahead to), not on '^': a page
# number is never a document's first line.
_PAGE_NUMBER = re.compile(
    r"\n[ \t\f]*(?P<number>[-–—―][ \t]?\d{1,3}[ \t]?[-–—―]|[Pp](?:age|AGE)[ \t]+\d{1,3}(?:[ \t]+of[ \t]+\d{1,3})?"
    r"|\d{1,3}[ \t]?/[ \t]?\d{1,3})[ \t]*\r?$",
    re.MULTILINE,
)
# A running header is one short line: a longer one is prose or a table row.
_HEADER_MAX = 160


def without_furniture(doc_lines: Lines, name: str | None, code: str | None) -> Lines:
    """`doc_lines` with page-number lines and the running headers beside them blanked to spaces."""
    lines = doc_lines.lines
    # The line each page number stands on (a form feed before it ends a line of its own).
    numbers = {bisect_right(doc_lines.starts, m.start("number")) - 1 for m in _PAGE_NUMBER.finditer(doc_lines.text)}
    if not numbers:
        return doc_lines  # most releases: nothing printed as a page number, nothing to look for
    beside: dict[str, int] = {}  # a line next to a page number: at how many page numbers it stands
    neighbours: list[int] = []
    for i in numbers:
        for j in (_nearest(lines, i, -1), _nearest(lines, i, 1)):
            if j is not None and j not in numbers:
                neighbours.append(j)
                key = lines[j].strip()
                beside[key] = beside.get(key, 0) + 1
    code_mark = re.compile(rf"\(\s*(?:[A-Za-z.: ]*)?{re.escape(code)}\d?\s*\)") if code else None
    lowered_name = name.lower() if name and len(name) >= 4 else None
    headers = {
        j
        for j in neighbours
        if _running_header(lines[j], beside[lines[j].strip()], doc_lines.prose[j], code_mark, lowered_name)
    }
    new_lines = list(lines)
    prose = list(doc_lines.prose)
    for i in numbers | headers:
        new_lines[i] = _blank(lines[i])
        prose[i] = False
    return Lines("".join(new_lines), new_lines, doc_lines.starts, prose)


def _nearest(lines: list[str], i: int, step: int) -> int | None:
    """The nearest line from `i` in direction `step` that is not blank."""
    j = i + step
    while 0 <= j < len(lines):
        if not lines[j].isspace():
            return j
        j += step
    return None


def _running_header(
    line: str, page_numbers: int, prose: bool, code_mark: re.Pattern[str] | None, name: str | None
) -> bool:
    """A line beside a page number that repeats at every page, or names the company."""
    if prose or len(line) > _HEADER_MAX:
        return False
    if page_numbers >= 2:
        return True
    return bool(code_mark and code_mark.search(line)) or bool(name and name in line.lower())


def _blank(line: str) -> str:
    """Spaces for every character but the line end: the same length, so offsets hold."""
    body = line.rstrip("\r\n")
    return " " * len(body) + line[len(body) :]
