"""What is true about a company's fiscal year: results, forecast versions, dividends and their dates.

Pure functions of (seed, company, fiscal year end year), each drawing from its own seeded stream, so a
release dated in any year can state the company's facts for neighbouring years consistently without
any state carried between releases.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from etl.synth.companies import Company, fiscal_year_end, period_end

JGAAP_METRICS = ("revenue", "operating_profit", "ordinary_profit", "net_profit_attributable", "eps_basic")
IFRS_METRICS = ("revenue", "operating_profit", "profit_before_tax", "net_profit_attributable", "eps_basic")
# 'billion' companies print one decimal: their amounts are held in tenths of a billion yen
UNIT_YEN = {"million": 1_000_000, "thousand": 1_000, "billion": 100_000_000}
_FORECAST_STEP = {"million": 100, "thousand": 100_000, "billion": 10}

# metric -> amount: money in the company's unit (int), eps in yen (float); None = not stated ('-')
Values = dict[str, "int | float | tuple[int | float, int | float] | None"]


def metrics(c: Company) -> tuple[str, ...]:
    return JGAAP_METRICS if c.standard == "J-GAAP" else IFRS_METRICS


def _rnd(seed: int, c: Company, year: int, tag: str) -> random.Random:
    return random.Random(f"{tag}:{seed}:{c.index}:{year}")


def weekday_on_or_after(day: date) -> date:
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def _eps(c: Company, net: int) -> float:
    return round(net * UNIT_YEN[c.unit] / c.shares, 2)


# Small caches: a company's releases for one year come together, so a few hundred entries serve them
# all and memory stays flat however large the corpus.
@lru_cache(maxsize=512)
def results(seed: int, c: Company, year: int, months: int, restated: bool = False) -> Values:
    """Cumulative results for the first `months` months of the fiscal year ending in `year`."""
    rnd = _rnd(seed, c, year, f"results{months}")
    revenue = int(c.scale * (1.035 ** (year - 2016)) * rnd.uniform(0.85, 1.15) * months / 12 * rnd.uniform(0.95, 1.05))
    margin = rnd.uniform(-0.05, 0.14) if rnd.random() < 0.12 else rnd.uniform(0.02, 0.14)
    operating = int(revenue * margin)
    if restated:  # a restatement moves the comparative figures a little
        revenue, operating = int(revenue * 1.013), int(operating * 0.97)
    middle = int(operating * rnd.uniform(0.9, 1.12) + revenue * rnd.uniform(-0.004, 0.006))
    net = int(middle * rnd.uniform(0.55, 0.72)) if middle > 0 else int(middle * rnd.uniform(1.05, 1.4))
    values: Values = dict(zip(metrics(c), (revenue, operating, middle, net, _eps(c, net)), strict=True))
    return values


def _round_to(value: float, step: int) -> int:
    return int(round(value / step) * step)


def _forecast_from(c: Company, base: Values, rnd: random.Random) -> Values:
    """Round forecast numbers near `base`, as companies publish them."""
    step = _FORECAST_STEP[c.unit]
    revenue = _round_to(base["revenue"] * rnd.uniform(0.95, 1.08), step * 10)
    names = metrics(c)
    operating = _round_to(base[names[1]] * rnd.uniform(0.9, 1.15), step)
    middle = _round_to(base[names[2]] * rnd.uniform(0.9, 1.15), step)
    net = _round_to(middle * 0.66 if middle > 0 else middle * 1.2, step)
    return dict(zip(names, (revenue, operating, middle, net, _eps(c, net)), strict=True))


def _as_range(c: Company, values: Values) -> Values:
    """The same forecast as a band around its point values ('54,000~58,000')."""
    step = _FORECAST_STEP[c.unit]
    out: Values = {}
    for m, v in values.items():
        if m == "eps_basic":
            continue
        low, high = sorted((_round_to(v * 0.95, step), _round_to(v * 1.05, step)))
        out[m] = (low, high)
    net = out["net_profit_attributable"]
    out["eps_basic"] = (_eps(c, net[0]), _eps(c, net[1]))
    return out


def _undetermined(values: Values | None) -> Values | None:
    """Only sales and operating profit given; the rest left undetermined ('―')."""
    if values is None:
        return None
    return {m: (v if m in ("revenue", "operating_profit") else None) for m, v in values.items()}


@dataclass(frozen=True)
class Forecast:
    announced_on: date
    half: Values | None  # first-half forecast, when the company gives one
    full: Values


@dataclass(frozen=True)
class Dividends:
    """Per-share amounts by period (q1, interim, q3, year_end) and the annual total."""

    parts: dict[str, float]

    @property
    def annual(self) -> float:
        return round(sum(self.parts.values()), 2)


@dataclass(frozen=True)
class YearPlan:
    """One fiscal year of a company: what it forecast when, what it earned and what it paid."""

    year: int
    summary_dates: dict[int, date]  # months covered (3, 6, 9, 12) -> publication date of that summary
    forecasts: tuple[Forecast, ...]  # versions, oldest first
    revision_kind: str | None  # "revision" (forecast revision) or "versus" (results vs forecast) or None
    dividend_forecasts: tuple[tuple[date, Dividends], ...]  # versions, oldest first
    dividends: Dividends  # as decided
    payment_dates: dict[str, date]
    total_amounts_million: dict[str, int]  # year_end total in millions of yen
    restated: bool  # next year's summary shows restated comparatives
    extra: tuple[str, float] | None  # a special or commemorative part of the year-end dividend
    correction: tuple[date, Values] | None  # a revision notice's misprinted full-year figures, corrected that day

    def components(self) -> list[dict] | None:
        """The year-end dividend's parts, where it has an extra one."""
        if not self.extra:
            return None
        kind, part = self.extra
        return [{"kind": "ordinary", "per_share": self.dividends.parts["year_end"] - part},
                {"kind": kind, "per_share": part}]


def _publication(c: Company, year: int, months: int, rnd: random.Random) -> date:
    end = period_end(c, year, months)
    return weekday_on_or_after(end + timedelta(days=rnd.randint(36, 46 if months == 12 else 44)))


def _dividend_base(seed: int, c: Company, year: int) -> float:
    rnd = random.Random(f"dividend:{seed}:{c.index}")
    return float(rnd.randint(2, 40) + max(0, year - 2016) * rnd.randint(0, 2))


@lru_cache(maxsize=256)
def year_plan(seed: int, c: Company, year: int) -> YearPlan:
    rnd = _rnd(seed, c, year, "plan")
    summary_dates = {m: _publication(c, year, m, _rnd(seed, c, year, f"date{m}")) for m in (3, 6, 9)}
    summary_dates[12] = _publication(c, year, 12, _rnd(seed, c, year, "date12"))
    first = summary_dates_of_previous(seed, c, year)
    gives_half = c.style % 3 != 0
    half_actual, full_actual = results(seed, c, year, 6), results(seed, c, year, 12)
    versions = [Forecast(first, _forecast_from(c, half_actual, rnd) if gives_half else None,
                         _forecast_from(c, full_actual, rnd))]
    kind = rnd.choices((None, "revision", "versus"), weights=(50, 32, 18))[0]
    if kind == "versus" and not gives_half:
        kind = "revision"
    if kind == "revision":
        day = weekday_on_or_after(period_end(c, year, 6) - timedelta(days=rnd.randint(3, 25)))
        versions.append(Forecast(day, _forecast_from(c, half_actual, rnd) if gives_half else None,
                                 _forecast_from(c, full_actual, rnd)))
    elif kind == "versus":
        versions.append(Forecast(summary_dates[6], None, _forecast_from(c, full_actual, rnd)))
    if kind is None and rnd.random() < 0.08:  # a range forecast, never revised within the year
        versions[0] = Forecast(first, versions[0].half, _as_range(c, versions[0].full))
    elif kind == "revision" and rnd.random() < 0.1:  # profits left undetermined until the revision
        versions[0] = Forecast(first, *(_undetermined(v) for v in (versions[0].half, versions[0].full)))
    correction = None
    if kind == "revision" and rnd.random() < 0.1:  # the revision notice misprinted profit; corrected days later
        revised_full = versions[1].full
        wrong = dict(revised_full)
        net = revised_full["net_profit_attributable"]
        wrong["net_profit_attributable"] = net + _FORECAST_STEP[c.unit] * rnd.randint(1, 5)
        wrong["eps_basic"] = _eps(c, wrong["net_profit_attributable"])
        correction = (weekday_on_or_after(versions[1].announced_on + timedelta(days=rnd.randint(5, 20))), wrong)
    base = _dividend_base(seed, c, year)
    forecast_parts = {term: base for term in c.dividend_terms}
    dividend_versions = [(first, Dividends(forecast_parts))]
    decided = dict(forecast_parts)
    if rnd.random() < 0.12:  # a mid-year dividend forecast revision (raised year end)
        raised = dict(forecast_parts, year_end=base + rnd.randint(1, 6))
        dividend_versions.append((summary_dates[9], Dividends(raised)))
        decided = raised
    if rnd.random() < 0.3:
        decided = dict(decided, year_end=decided["year_end"] + rnd.choice((1.0, 2.0, 5.0, -1.0)))
    extra = None
    if rnd.random() < 0.05:
        extra = (rnd.choice(("special", "commemorative")), float(rnd.choice((5, 10, 15))))
        decided = dict(decided, year_end=decided["year_end"] + extra[1])
    fye = fiscal_year_end(c, year)
    record = {t: period_end(c, year, {"q1": 3, "interim": 6, "q3": 9, "year_end": 12}[t]) for t in c.dividend_terms}
    payment = {t: weekday_on_or_after(d + timedelta(days=rnd.randint(60, 75) if t == "year_end" else 62))
               for t, d in record.items()}
    total = {t: max(1, round(v * c.shares / 1_000_000)) for t, v in decided.items()}
    return YearPlan(
        year=year,
        summary_dates=summary_dates,
        forecasts=tuple(versions),
        revision_kind=kind,
        dividend_forecasts=tuple(dividend_versions),
        dividends=Dividends(decided),
        payment_dates={t: max(d, fye + timedelta(days=80)) if t == "year_end" else d for t, d in payment.items()},
        total_amounts_million=total,
        restated=rnd.random() < 0.05,
        extra=extra,
        correction=correction,
    )


def summary_dates_of_previous(seed: int, c: Company, year: int) -> date:
    """The day the previous year's full-year summary came out: when this year's forecasts were first issued."""
    return _publication(c, year - 1, 12, _rnd(seed, c, year - 1, "date12"))


def standing(versions: tuple, on: date):
    """The latest version announced on or before `on`."""
    current = versions[0]
    for version in versions:
        announced = version[0] if isinstance(version, tuple) else version.announced_on
        if announced <= on:
            current = version
    return current
