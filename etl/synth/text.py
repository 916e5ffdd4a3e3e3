"""How releases print things: dates, amounts in a company's unit, losses, blanks, and table rows
either one row per line or one cell per line (the shapes PDF and HTML extraction leave)."""

from __future__ import annotations

from datetime import date

from etl.synth.companies import Company

UNIT_HEADINGS = {
    "million": ("Millions of yen", "Million yen", "JPY millions"),
    "thousand": ("Thousands of yen", "Thousand yen", "JPY thousands"),
    "billion": ("Billions of yen", "Billion yen", "Billions of yen"),
}


_MONTHS = ("", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def day(d: date) -> str:
    return f"{_MONTHS[d.month]} {d.day}, {d.year}"


def signed(c: Company, text: str, negative: bool) -> str:
    if not negative:
        return text
    return f"({text})" if c.negative == "()" else f"△{text}"


def amount(c: Company, value: int | tuple | None) -> str:
    if value is None:
        return "-"
    if isinstance(value, tuple):
        return "~".join(amount(c, v) for v in value)
    if c.unit == "billion":
        return signed(c, f"{abs(value) / 10:,.1f}", value < 0)
    return signed(c, f"{abs(value):,}", value < 0)


def per_share(c: Company, value: float | tuple | None) -> str:
    if value is None:
        return "-"
    if isinstance(value, tuple):
        return "~".join(per_share(c, v) for v in value)
    return signed(c, f"{abs(value):,.2f}", value < 0)


def percent(c: Company, now: float | None, before: float | None) -> str:
    """Year-on-year change; '-' where either side is a loss or missing, as summaries print it."""
    if not isinstance(now, int | float) or not isinstance(before, int | float) or now <= 0 or before <= 0:
        return "-"
    change = round((now / before - 1) * 100, 1)
    return signed(c, f"{abs(change):.1f}", change < 0)


def unit_heading(c: Company) -> str:
    return UNIT_HEADINGS[c.unit][c.style % 3]


def rows(table: list[list[str]], cell_per_line: bool) -> list[str]:
    """Table rows (label first, then cells) printed one per line or one cell per line."""
    if not cell_per_line:
        return [" ".join(cell for cell in row if cell) for row in table]
    return [cell for row in table for cell in row if cell]
