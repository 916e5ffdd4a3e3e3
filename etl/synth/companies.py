"""Listed companies: codes, names, fiscal calendars, accounting standards and house styles.

A company is a pure function of (seed, index), so a corpus never holds a company list; codes are a
bijection of the index, so thousands of companies never share one.
"""

from __future__ import annotations

import calendar
import random
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

_PLACES = (
    "Asahi", "Chubu", "Daito", "Ebara", "Fujimi", "Hanabishi", "Hokuriku", "Ichinose", "Kansai", "Kitano",
    "Kyoto", "Marumoto", "Minami", "Nishiki", "Oshima", "Sakura", "Sanyo", "Shinwa", "Taisei", "Takara",
    "Tenjin", "Tohoku", "Toyo", "Yamato", "Yokohama", "Aoba", "Hoshino", "Kurokawa", "Matsuba", "Seiryu",
)
_TRADES = (
    "Electric Tools", "Precision", "Logistics", "Foods", "Pharma", "Robotics", "Trading", "Chemical", "Imaging",
    "Gear Manufacturing", "Warehouse", "Steel", "Textile", "Software", "Construction", "Paper", "Optical",
    "Marine", "Retail", "Glass", "Electronics", "Cement", "Medical Systems", "Railway", "Real Estate",
)
_LEGAL = ("Co., Ltd.", "Corporation", "Inc.", "Holdings, Inc.", "Co., Ltd.", "Corporation", "Holdings Co., Ltd.")
# Post-2024 codes use digits and one letter; B, E, I, O, Q, V, Z are never used.
_CODE_LETTERS = "ACDFGHJKLMNPRSTUWXY"
_NUMERIC_CODES = 8699  # 1301 ... 9999
LETTER_CODE_EVERY = 40


@dataclass(frozen=True)
class Company:
    index: int
    code: str
    name: str
    fye_month: int  # month the fiscal year ends in
    standard: str  # "J-GAAP", "IFRS" or "US GAAP"
    unit: str  # "million", "thousand" or "billion": the unit of its money tables
    negative: str  # "△" or "()": how it prints a loss
    fy_by_start: bool  # 'FY2019' names the year starting in 2019 (else the year ending in it)
    scale: int  # revenue per year, in the company's unit
    shares: int  # shares outstanding, for earnings per share
    dividend_terms: tuple[str, ...]  # periods it pays: ("year_end",), ("interim", "year_end"), quarterly
    first_fiscal_year: int  # calendar year of its first fiscal year end in the corpus
    style: int  # picks a house layout within each family


def _code(index: int) -> str:
    if index % LETTER_CODE_EVERY == LETTER_CODE_EVERY - 1:
        n = index // LETTER_CODE_EVERY
        return f"{130 + n % 870}{_CODE_LETTERS[(n // 870) % len(_CODE_LETTERS)]}"
    # an affine bijection on 0..8698 spreads codes across the whole range
    return str(1301 + (index * 2741 + 97) % _NUMERIC_CODES)


def company(seed: int, index: int) -> Company:
    rnd = random.Random(f"company:{seed}:{index}")
    code = _code(index)
    standard = rnd.choices(("J-GAAP", "IFRS", "US GAAP"), weights=(78, 18, 4))[0]
    name = f"{rnd.choice(_PLACES)} {rnd.choice(_TRADES)} {rnd.choice(_LEGAL)}"
    fye = rnd.choices((3, 12, 2, 9, 6, 11, 8), weights=(62, 16, 7, 5, 4, 3, 3))[0]
    unit = "thousand" if rnd.random() < 0.12 else "million"
    scale = int(10 ** rnd.uniform(3.8, 6.2)) * (1000 if unit == "thousand" else 1)
    if unit == "million" and scale > 1_000_000 and rnd.random() < 0.5:  # the largest often report in billions of yen
        unit, scale = "billion", scale // 100
    terms = rnd.choices(
        (("interim", "year_end"), ("year_end",), ("q1", "interim", "q3", "year_end")), weights=(75, 18, 7)
    )[0]
    letter = not code.isdigit()
    return Company(
        index=index,
        code=code,
        name=name,
        fye_month=fye,
        standard=standard,
        unit=unit,
        negative=rnd.choice(("△", "△", "()")),
        fy_by_start=rnd.random() < 0.5,
        scale=scale,
        shares=int(10 ** rnd.uniform(6.8, 8.6)),
        dividend_terms=terms,
        first_fiscal_year=2025 if letter else 2017 + (rnd.random() < 0.15),
        style=rnd.randrange(1 << 16),
    )


@lru_cache(maxsize=4096)  # a few hundred distinct months in any corpus
def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def fiscal_year_end(c: Company, year: int) -> date:
    """The last day of the company's fiscal year that ends in calendar year `year`."""
    return month_end(year, c.fye_month)


def period_end(c: Company, year: int, months: int) -> date:
    """The last day of the first `months` months of the fiscal year ending in `year`."""
    index = year * 12 + c.fye_month - 1 - 12 + months
    return month_end(index // 12, index % 12 + 1)


def fiscal_year_start(c: Company, year: int) -> date:
    end = fiscal_year_end(c, year - 1)
    return date.fromordinal(end.toordinal() + 1)


def fy_label(c: Company, year: int) -> str:
    """'FY2020' as the company names the fiscal year ending in `year`."""
    start = fiscal_year_start(c, year)
    return f"FY{start.year if c.fy_by_start and c.fye_month != 12 else year}"
