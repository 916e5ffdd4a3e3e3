"""Pieces every layout shares: metric labels by accounting standard, letterheads and period phrases."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from etl.synth.companies import Company, fiscal_year_start, period_end
from etl.synth.text import day

_LABELS = {
    "J-GAAP": (
        ("Net sales", "Net sales", "Operating revenue"),
        ("Operating profit", "Operating income", "Operating profit"),
        ("Ordinary profit", "Ordinary income", "Ordinary profit"),
        ("Profit attributable to owners of parent", "Net income attributable to owners of the parent",
         "Profit attributable to owners of parent"),
        ("Basic earnings per share", "Net income per share", "Basic earnings per share"),
    ),
    "IFRS": (
        ("Revenue", "Revenue", "Net sales"),
        ("Operating profit", "Operating profit", "Operating income"),
        ("Profit before tax", "Profit before income taxes", "Profit before tax"),
        ("Profit attributable to owners of the parent", "Profit attributable to owners of the parent",
         "Profit attributable to owners of parent"),
        ("Basic earnings per share", "Basic earnings per share", "Basic earnings per share"),
    ),
    "US GAAP": (
        ("Net sales", "Revenues", "Net sales"),
        ("Operating income", "Operating income", "Operating income"),
        ("Income before income taxes", "Income before income taxes", "Income before income taxes"),
        ("Net income attributable to {name}", "Net income attributable to {name}",
         "Net income attributable to {name}"),
        ("Basic net income per share", "Basic net income per share", "Basic net income per share"),
    ),
}
STANDARD_MARKS = {"J-GAAP": ("[Japanese GAAP]", "(Under Japanese GAAP)", "[Japan GAAP]"),
                  "IFRS": ("(IFRS basis)", "[IFRS]", "(IFRS)"),
                  "US GAAP": ("[U.S. GAAP]", "(U.S. GAAP)", "[US GAAP]")}
MARKETS = ("Prime Market of the Tokyo Stock Exchange", "Tokyo Stock Exchange Prime Market",
           "Standard Market of the Tokyo Stock Exchange", "First Section of the Tokyo Stock Exchange")


def labels(c: Company) -> list[str]:
    variant = (c.style >> 2) % 3
    return [options[variant].format(name=c.name) for options in _LABELS[c.standard]]


def standard_mark(c: Company) -> str:
    return STANDARD_MARKS[c.standard][(c.style >> 4) % 3]


def market(c: Company, on: date) -> str:
    return MARKETS[3] if on.year < 2022 else MARKETS[(c.style >> 6) % 3]


@dataclass(frozen=True)
class Span:
    """A cumulative period of the fiscal year ending in `year`: its first `months` months."""

    year: int
    months: int

    def start(self, c: Company) -> date:
        return fiscal_year_start(c, self.year)

    def end(self, c: Company) -> date:
        return period_end(c, self.year, self.months)

    def words(self, c: Company, tense: str = "ended") -> str:
        """'three months ended June 30, 2024' / 'fiscal year ending March 31, 2025'."""
        length = {3: "three months", 6: "six months", 9: "nine months", 12: "fiscal year"}[self.months]
        return f"{length} {tense} {day(self.end(c))}"

    def range_words(self, c: Company, joiner: str = " to ") -> str:
        return f"{day(self.start(c))}{joiner}{day(self.end(c))}"


def letterhead(c: Company, on: date, title: str, variant: int) -> list[str]:
    """The top of a notice: dateline, company and code, then the title, in one of three house styles."""
    if variant == 0:
        return [day(on), "", f"Company name: {c.name}", f"(Securities code: {c.code}, {market(c, on)})", "",
                title, ""]
    if variant == 1:
        return ["[Translation]", "", day(on), f"Company name: {c.name}", "Stock code:", c.code,
                "Representative: Taro Yamada, President and CEO", "", title, ""]
    # a bare name line is left out: with prose 'the Board of Directors of X Co., Ltd.' the parser names
    # the company 'Directors of X Co., Ltd.' (a gap)
    return ["To whom it may concern", "", day(on), "", f"Name of listed company: {c.name}",
            f"Securities code: {c.code} ({market(c, on)})",
            "Contact: General Manager, Corporate Planning", "", title, ""]
