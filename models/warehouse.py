"""The star: conformed dimensions and versioned facts (Kimball).

Surrogate integer keys; facts never hold a NULL dimension key: they point at the special rows
-1 'unknown' and -2 'not applicable' that the migration seeds in every dimension.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    SmallInteger,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base
from models.staging import ProvenanceColumns

UNKNOWN = -1
NOT_APPLICABLE = -2
CONSOLIDATIONS = ("consolidated", "parent", "unknown")


def _fk(target: str) -> ForeignKey:
    return ForeignKey(f"warehouse.{target}")


def _partition_key() -> Mapped[date | None]:
    """The fiscal year end copied onto each fact row: the key to partition the facts by (docs/scaling.md)."""
    return mapped_column(Date, comment="Last day of the fiscal year of the fact's period (dim_fiscal_period): the "
                                       "partition key.")


class DimDate(Base):
    __tablename__ = "dim_date"
    __table_args__ = (
        CheckConstraint("date_key < 0 OR calendar_date IS NOT NULL", name="real_rows_have_a_date"),
        {"schema": "warehouse", "comment": "Calendar days over the years the data spans (grain: one row per "
                                           "day), role-played by the record, effective, announcement and "
                                           "publication date views. Keys are YYYYMMDD; -1 unknown, -2 n/a."},
    )

    date_key: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False,
                                          comment="YYYYMMDD; -1 unknown, -2 not applicable.")
    calendar_date: Mapped[date | None] = mapped_column(Date, unique=True, comment="The day.")
    year: Mapped[int | None] = mapped_column(SmallInteger, comment="Calendar year.")
    quarter: Mapped[int | None] = mapped_column(SmallInteger, comment="Calendar quarter 1-4.")
    month: Mapped[int | None] = mapped_column(SmallInteger, comment="Calendar month 1-12.")
    day_of_month: Mapped[int | None] = mapped_column(SmallInteger, comment="Day of the month.")
    iso_weekday: Mapped[int | None] = mapped_column(SmallInteger, comment="1 = Monday ... 7 = Sunday.")
    weekday_name: Mapped[str | None] = mapped_column(Text, comment="Monday ... Sunday.")
    is_month_end: Mapped[bool | None] = mapped_column(Boolean, comment="Last day of its month.")
    jp_fiscal_year: Mapped[int | None] = mapped_column(
        SmallInteger, comment="Japanese fiscal year (April-March), named by its starting year: 2019 runs "
                              "2019-04-01 to 2020-03-31.")
    label: Mapped[str] = mapped_column(Text, comment="ISO date, or 'unknown' / 'not applicable'.")


class DimCompany(Base):
    __tablename__ = "dim_company"
    __table_args__ = (
        CheckConstraint("company_key < 0 OR company_code ~ '^[0-9][0-9A-Z][0-9][0-9A-Z]$'",
                        name="code_format"),
        {"schema": "warehouse", "comment": "Listed companies (grain: one row per securities code)."},
    )

    company_key: Mapped[int] = mapped_column(Integer, primary_key=True, comment="Surrogate key.")
    company_code: Mapped[str] = mapped_column(Text, unique=True, comment="TSE securities code: the natural "
                                                                         "key.")
    company_name: Mapped[str | None] = mapped_column(Text, comment="Canonical English name (from the latest "
                                                                   "release).")
    name_variants: Mapped[list[str]] = mapped_column(ARRAY(Text), server_default="{}",
                                                     comment="Every name the releases gave, OCR damage "
                                                             "included.")
    fiscal_year_end_month: Mapped[int | None] = mapped_column(SmallInteger, comment="Current fiscal-year-end "
                                                                                    "month; history in "
                                                                                    "company_fiscal_year_end.")


class DimAccountingStandard(Base):
    __tablename__ = "dim_accounting_standard"
    __table_args__ = ({"schema": "warehouse", "comment": "Accounting standards (grain: one row per standard)."},)

    accounting_standard_key: Mapped[int] = mapped_column(SmallInteger, primary_key=True, autoincrement=False,
                                                         comment="Surrogate key.")
    standard_code: Mapped[str] = mapped_column(Text, unique=True, comment="IFRS, US GAAP, J-GAAP or unknown.")
    standard_name: Mapped[str] = mapped_column(Text, comment="Full name.")


class DimMetric(Base):
    __tablename__ = "dim_metric"
    __table_args__ = ({"schema": "warehouse", "comment": "Financial metrics (grain: one row per metric)."},)

    metric_key: Mapped[int] = mapped_column(SmallInteger, primary_key=True, autoincrement=False,
                                            comment="Surrogate key.")
    metric_code: Mapped[str] = mapped_column(Text, unique=True, comment="Code used in the facts contract.")
    metric_name: Mapped[str] = mapped_column(Text, comment="Name for people.")
    unit_kind: Mapped[str] = mapped_column(Text, comment="money or per_share.")


class DimRelease(Base):
    __tablename__ = "dim_release"
    __table_args__ = ({"schema": "warehouse", "comment": "Source documents (grain: one row per archived "
                                                         "release loaded into the star)."},)

    release_key: Mapped[int] = mapped_column(BigInteger, primary_key=True, comment="Surrogate key.")
    release_id: Mapped[int | None] = mapped_column(
        BigInteger, ForeignKey("raw.release.release_id", ondelete="CASCADE"), unique=True,
        comment="The archived release in raw.release (NULL only for the special rows).")
    sha256: Mapped[str | None] = mapped_column(Text, comment="Content hash of the original bytes.")
    file_name: Mapped[str | None] = mapped_column(Text, comment="File name when first seen.")
    kind: Mapped[str | None] = mapped_column(Text, comment="Kind of release.")
    title: Mapped[str | None] = mapped_column(Text, comment="Title as repaired.")
    company_key: Mapped[int] = mapped_column(Integer, _fk("dim_company.company_key"),
                                             comment="Company that published it.")
    published_date_key: Mapped[int] = mapped_column(Integer, _fk("dim_date.date_key"),
                                                    comment="Dateline of the release.")
    published_on: Mapped[date | None] = mapped_column(Date, comment="Dateline of the release.")
    is_correction: Mapped[bool | None] = mapped_column(Boolean, comment="Corrects an earlier release.")
    stated_company_name: Mapped[str | None] = mapped_column(Text, comment="Company name as this release gives it.")
    fiscal_year_end_month: Mapped[int | None] = mapped_column(SmallInteger, comment="Year-end month this release "
                                                                                    "states.")
    parser_version: Mapped[str | None] = mapped_column(Text, comment="Parser version of the loaded slice.")
    loaded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now(),
                                                comment="When the release was last loaded into the star.")


class DimFiscalPeriod(Base):
    __tablename__ = "dim_fiscal_period"
    __table_args__ = (
        UniqueConstraint("company_key", "start_date", "end_date", name="uq_dim_fiscal_period_natural_key"),
        CheckConstraint("start_date <= end_date", name="start_before_end"),
        CheckConstraint("end_date <= fiscal_year_end", name="within_fiscal_year"),
        Index("ix_dim_fiscal_period_fiscal_year_end", "fiscal_year_end"),
        {"schema": "warehouse", "comment": "Company-specific fiscal periods (grain: company x start x end)."},
    )

    fiscal_period_key: Mapped[int] = mapped_column(Integer, primary_key=True, comment="Surrogate key.")
    company_key: Mapped[int] = mapped_column(Integer, _fk("dim_company.company_key"),
                                             comment="Whose calendar the period belongs to.")
    fiscal_year_end: Mapped[date | None] = mapped_column(Date, comment="Last day of the fiscal year holding "
                                                                       "the period.")
    period_type: Mapped[str] = mapped_column(Text, comment="FY, H1, H2, Q1-Q4, 9M, other; unknown/n.a. for "
                                                           "special rows.")
    start_date: Mapped[date | None] = mapped_column(Date, comment="First day.")
    end_date: Mapped[date | None] = mapped_column(Date, comment="Last day.")
    is_start_assumed: Mapped[bool] = mapped_column(Boolean, server_default="false",
                                                   comment="Start inferred as one year before the end (no "
                                                           "document stated it).")
    company_label: Mapped[str | None] = mapped_column(Text, comment="The company's own label ('FY2019', "
                                                                    "'1H19').")
    neutral_label: Mapped[str] = mapped_column(Text, comment="'FY ending 2020-03', 'H1 of FY ending 2020-03'.")


class FctDividend(ProvenanceColumns, Base):
    __tablename__ = "fct_dividend"
    __table_args__ = (
        UniqueConstraint("company_key", "fiscal_period_key", "dividend_period", "scenario", "release_key",
                         name="uq_fct_dividend_natural_key"),
        CheckConstraint("per_share >= 0", name="per_share_non_negative"),
        CheckConstraint("range_low <= range_high", name="range_ordered"),
        CheckConstraint("dividend_period IN ('q1', 'interim', 'q3', 'year_end', 'annual')", name="period_known"),
        CheckConstraint("scenario IN ('actual', 'forecast', 'previous_forecast')", name="scenario_known"),
        Index(None, "release_key"),
        {"schema": "warehouse", "comment": "Dividends per share (grain: company x fiscal year x dividend period "
                                           "x scenario x release)."},
    )

    dividend_key: Mapped[int] = mapped_column(BigInteger, primary_key=True, comment="Surrogate key.")
    company_key: Mapped[int] = mapped_column(Integer, _fk("dim_company.company_key"), comment="Company.")
    fiscal_period_key: Mapped[int] = mapped_column(Integer, _fk("dim_fiscal_period.fiscal_period_key"),
                                                   comment="The fiscal year (an FY period).")
    release_key: Mapped[int] = mapped_column(BigInteger, _fk("dim_release.release_key"),
                                             comment="Release that states the dividend.")
    dividend_period: Mapped[str] = mapped_column(Text, comment="q1, interim, q3, year_end or annual.")
    scenario: Mapped[str] = mapped_column(Text, comment="actual, forecast or previous_forecast.")
    status: Mapped[str | None] = mapped_column(Text, comment="declared or paid, for actuals.")
    per_share: Mapped[Decimal | None] = mapped_column(Numeric(18, 4), comment="Amount per share as declared "
                                                                              "(NULL for a range).")
    range_low: Mapped[Decimal | None] = mapped_column(Numeric(18, 4), comment="Lower bound of a range forecast.")
    range_high: Mapped[Decimal | None] = mapped_column(Numeric(18, 4), comment="Upper bound of a range "
                                                                               "forecast.")
    ordinary_per_share: Mapped[Decimal | None] = mapped_column(Numeric(18, 4), comment="Ordinary part, where "
                                                                                       "split out.")
    special_per_share: Mapped[Decimal | None] = mapped_column(Numeric(18, 4), comment="Special part.")
    commemorative_per_share: Mapped[Decimal | None] = mapped_column(Numeric(18, 4),
                                                                    comment="Commemorative part.")
    currency: Mapped[str] = mapped_column(Text, comment="Currency of the amounts.")
    total_amount: Mapped[Decimal | None] = mapped_column(Numeric(20, 0), comment="Total paid, whole units.")
    resource: Mapped[str | None] = mapped_column(Text, comment="retained_earnings or capital_surplus.")
    record_date_key: Mapped[int] = mapped_column(Integer, _fk("dim_date.date_key"), comment="Record date.")
    effective_date_key: Mapped[int] = mapped_column(Integer, _fk("dim_date.date_key"),
                                                    comment="Payment start date.")
    announcement_date_key: Mapped[int] = mapped_column(Integer, _fk("dim_date.date_key"),
                                                       comment="When a forecast was first announced.")
    fiscal_year_end: Mapped[date | None] = _partition_key()
    fiscal_year_label: Mapped[str | None] = mapped_column(Text, comment="The company's own label for the year.")
    fact_no: Mapped[int] = mapped_column(Integer, comment="Position in the release's parse (staging).")


class FctForecast(Base):
    __tablename__ = "fct_forecast"
    __table_args__ = (
        UniqueConstraint("company_key", "fiscal_period_key", "metric_key", "consolidation", "announced_date_key",
                         "source_release_key", name="uq_fct_forecast_natural_key"),
        CheckConstraint("consolidation IN ('consolidated', 'parent', 'unknown')", name="consolidation_known"),
        CheckConstraint("valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to", name="interval_ordered"),
        CheckConstraint("range_low <= range_high", name="range_ordered"),
        Index("ix_fct_forecast_forecast_key_columns", "company_key", "metric_key", "fiscal_period_key",
              "consolidation"),
        Index(None, "source_release_key"),
        {"schema": "warehouse", "comment": "Forecast versions (grain: company x fiscal period x metric x "
                                           "consolidation x release that states it). A 'previous forecast' "
                                           "row in a later release links to the version it repeats."},
    )

    forecast_key: Mapped[int] = mapped_column(BigInteger, primary_key=True, comment="Surrogate key.")
    company_key: Mapped[int] = mapped_column(Integer, _fk("dim_company.company_key"), comment="Company.")
    fiscal_period_key: Mapped[int] = mapped_column(Integer, _fk("dim_fiscal_period.fiscal_period_key"),
                                                   comment="Period forecast.")
    metric_key: Mapped[int] = mapped_column(SmallInteger, _fk("dim_metric.metric_key"), comment="Metric.")
    consolidation: Mapped[str] = mapped_column(Text, comment="consolidated, parent or unknown.")
    accounting_standard_key: Mapped[int] = mapped_column(
        SmallInteger, _fk("dim_accounting_standard.accounting_standard_key"), comment="Standard.")
    source_release_key: Mapped[int] = mapped_column(
        BigInteger, _fk("dim_release.release_key"),
        comment="Release that announced this version; where that release is not loaded, the earliest release "
                "that cites it (is_evidence_only).")
    announced_date_key: Mapped[int] = mapped_column(Integer, _fk("dim_date.date_key"),
                                                    comment="When this version was announced (-1 unknown).")
    value: Mapped[Decimal | None] = mapped_column(Numeric(24, 4), comment="Forecast value (NULL for a range).")
    range_low: Mapped[Decimal | None] = mapped_column(Numeric(24, 4), comment="Lower bound of a range.")
    range_high: Mapped[Decimal | None] = mapped_column(Numeric(24, 4), comment="Upper bound of a range.")
    unit: Mapped[str] = mapped_column(Text, comment="JPY, JPY_per_share, USD or USD_per_share.")
    is_evidence_only: Mapped[bool] = mapped_column(Boolean, comment="Known only because a later release cites "
                                                                    "it; the announcing release is not loaded.")
    revision_no: Mapped[int] = mapped_column(Integer, comment="1 for the first known version of this forecast, "
                                                              "then 2, 3, ...")
    valid_from: Mapped[date | None] = mapped_column(Date, comment="Start of the knowledge interval (the "
                                                                  "announcement; NULL when unknown).")
    valid_to: Mapped[date | None] = mapped_column(Date, comment="When the next version superseded it (NULL: "
                                                                "still standing).")
    is_latest: Mapped[bool] = mapped_column(Boolean, comment="The standing forecast for its key.")
    previous_forecast_key: Mapped[int | None] = mapped_column(
        BigInteger, ForeignKey("warehouse.fct_forecast.forecast_key", deferrable=True, initially="DEFERRED"),
        comment="The version this one superseded.")
    fiscal_year_end: Mapped[date | None] = _partition_key()


class FctForecastStatement(ProvenanceColumns, Base):
    __tablename__ = "fct_forecast_statement"
    __table_args__ = (
        CheckConstraint("stated_scenario IN ('forecast', 'previous_forecast')", name="scenario_known"),
        Index(None, "forecast_key"),
        {"schema": "warehouse", "comment": "Every place a release states a forecast (grain: release x parsed "
                                           "figure), linked to the forecast version it states."},
    )

    release_key: Mapped[int] = mapped_column(BigInteger, _fk("dim_release.release_key"), primary_key=True,
                                             comment="Release that states the forecast.")
    fact_no: Mapped[int] = mapped_column(Integer, primary_key=True, comment="Position in the release's parse.")
    forecast_key: Mapped[int] = mapped_column(BigInteger, ForeignKey("warehouse.fct_forecast.forecast_key",
                                                                     ondelete="CASCADE"),
                                              comment="The forecast version stated.")
    stated_scenario: Mapped[str] = mapped_column(Text, comment="forecast or previous_forecast, as the release "
                                                               "presents it.")
    stated_announced_on: Mapped[date | None] = mapped_column(Date, comment="Announcement date the release "
                                                                           "gives.")
    value: Mapped[Decimal | None] = mapped_column(Numeric(24, 4), comment="Value as this release states it.")
    range_low: Mapped[Decimal | None] = mapped_column(Numeric(24, 4), comment="Lower bound as stated.")
    range_high: Mapped[Decimal | None] = mapped_column(Numeric(24, 4), comment="Upper bound as stated.")
    unit: Mapped[str] = mapped_column(Text, comment="Unit as stated.")
    accounting_standard_key: Mapped[int] = mapped_column(
        SmallInteger, _fk("dim_accounting_standard.accounting_standard_key"), comment="Standard as stated.")
    accounting_standard_evidence: Mapped[str | None] = mapped_column(Text, comment="What in the release settles "
                                                                                   "the standard.")
    period_label: Mapped[str | None] = mapped_column(Text, comment="The release's own label for the period.")
    fiscal_year_end: Mapped[date | None] = _partition_key()


class FctActual(ProvenanceColumns, Base):
    __tablename__ = "fct_actual"
    __table_args__ = (
        UniqueConstraint("company_key", "fiscal_period_key", "metric_key", "consolidation",
                         "accounting_standard_key", "is_adjusted", "release_key", name="uq_fct_actual_natural_key"),
        CheckConstraint("consolidation IN ('consolidated', 'parent', 'unknown')", name="consolidation_known"),
        Index(None, "release_key"),
        Index("ix_fct_actual_company_metric_period", "company_key", "metric_key", "fiscal_period_key"),
        Index("ix_fct_actual_fiscal_period_key", "fiscal_period_key"),
        {"schema": "warehouse", "comment": "Reported results (grain: company x fiscal period x metric x "
                                           "consolidation x standard x adjusted-or-not x release). A "
                                           "restatement is a new row beside the first report."},
    )

    actual_key: Mapped[int] = mapped_column(BigInteger, primary_key=True, comment="Surrogate key.")
    company_key: Mapped[int] = mapped_column(Integer, _fk("dim_company.company_key"), comment="Company.")
    fiscal_period_key: Mapped[int] = mapped_column(Integer, _fk("dim_fiscal_period.fiscal_period_key"),
                                                   comment="Period reported.")
    metric_key: Mapped[int] = mapped_column(SmallInteger, _fk("dim_metric.metric_key"), comment="Metric.")
    consolidation: Mapped[str] = mapped_column(Text, comment="consolidated, parent or unknown.")
    accounting_standard_key: Mapped[int] = mapped_column(
        SmallInteger, _fk("dim_accounting_standard.accounting_standard_key"), comment="Standard.")
    accounting_standard_evidence: Mapped[str | None] = mapped_column(Text, comment="What in the release settles "
                                                                                   "the standard.")
    is_adjusted: Mapped[bool] = mapped_column(Boolean, comment="An adjusted (alternative) result given beside "
                                                               "the reported one.")
    release_key: Mapped[int] = mapped_column(BigInteger, _fk("dim_release.release_key"),
                                             comment="Release that reports it.")
    reported_date_key: Mapped[int] = mapped_column(Integer, _fk("dim_date.date_key"),
                                                   comment="Dateline of the reporting release.")
    value: Mapped[Decimal] = mapped_column(Numeric(24, 4), comment="Reported value in whole units.")
    unit: Mapped[str] = mapped_column(Text, comment="JPY, JPY_per_share, USD or USD_per_share.")
    is_latest: Mapped[bool] = mapped_column(Boolean, comment="The latest report of this figure (any standard).")
    period_label: Mapped[str | None] = mapped_column(Text, comment="The release's own label for the period.")
    fiscal_year_end: Mapped[date | None] = _partition_key()
    fact_no: Mapped[int] = mapped_column(Integer, comment="Position in the release's parse (staging).")


class FctForecastOutcome(Base):
    """An accumulating snapshot (Kimball): a forecast's life from first announcement to the result.

    Kept up to date by ``etl.load.outcomes`` after each load, for the keys the load touched, so
    `mart.forecast_vs_actual` is a lookup rather than an aggregation over the whole star.
    """

    __tablename__ = "fct_forecast_outcome"
    __table_args__ = (
        CheckConstraint("consolidation IN ('consolidated', 'parent', 'unknown')", name="consolidation_known"),
        Index("ix_fct_forecast_outcome_fiscal_year_end", "fiscal_year_end"),
        Index("ix_fct_forecast_outcome_release_keys", "release_keys", postgresql_using="gin"),
        {"schema": "warehouse", "comment": "Accumulating snapshot of each forecast that has met its result "
                                           "(grain: company x fiscal period x metric x consolidation): first "
                                           "and last forecast before the result, and the result."},
    )

    company_key: Mapped[int] = mapped_column(Integer, _fk("dim_company.company_key"), primary_key=True,
                                             comment="Company.")
    fiscal_period_key: Mapped[int] = mapped_column(Integer, _fk("dim_fiscal_period.fiscal_period_key"),
                                                   primary_key=True, comment="Period forecast and reported.")
    metric_key: Mapped[int] = mapped_column(SmallInteger, _fk("dim_metric.metric_key"), primary_key=True,
                                            comment="Metric.")
    consolidation: Mapped[str] = mapped_column(Text, primary_key=True, comment="consolidated, parent or unknown.")
    period_start: Mapped[date | None] = mapped_column(Date, comment="First day of the period (dim_fiscal_period).")
    period_end: Mapped[date | None] = mapped_column(Date, comment="Last day of the period (dim_fiscal_period).")
    fiscal_year_end: Mapped[date | None] = mapped_column(Date, comment="Last day of the fiscal year holding the "
                                                                       "period (dim_fiscal_period).")
    period_label: Mapped[str] = mapped_column(Text, comment="Neutral label of the period (dim_fiscal_period).")
    first_forecast: Mapped[Decimal | None] = mapped_column(Numeric(24, 4), comment="The first known forecast.")
    first_announced_on: Mapped[date | None] = mapped_column(Date, comment="When it was announced.")
    latest_forecast: Mapped[Decimal | None] = mapped_column(Numeric(24, 4), comment="The last forecast announced "
                                                                                    "before the result.")
    latest_announced_on: Mapped[date | None] = mapped_column(Date, comment="When it was announced.")
    revisions: Mapped[int] = mapped_column(Integer, comment="How many times the forecast was revised before the "
                                                            "result.")
    actual: Mapped[Decimal] = mapped_column(Numeric(24, 4), comment="The reported result (latest report, not "
                                                                    "adjusted).")
    reported_on: Mapped[date | None] = mapped_column(Date, comment="When the result was first reported.")
    actual_release_key: Mapped[int] = mapped_column(BigInteger, _fk("dim_release.release_key"),
                                                    comment="Release whose figure is the result.")
    release_keys: Mapped[list[int]] = mapped_column(ARRAY(BigInteger), comment="Every release stating this key's "
                                                                               "results or forecasts: a reload of "
                                                                               "any of them rebuilds the row.")


class RefreshWatermark(Base):
    """How far each derived table has caught up with the star's loads."""

    __tablename__ = "refresh_watermark"
    __table_args__ = ({"schema": "warehouse", "comment": "Per derived table, the latest dim_release.loaded_at it "
                                                         "has caught up with (no row: rebuild in full)."},)

    derived_table: Mapped[str] = mapped_column(Text, primary_key=True, comment="Qualified table name.")
    loaded_through: Mapped[datetime] = mapped_column(DateTime(timezone=True), comment="Releases loaded at or "
                                                                                      "before this are reflected.")
    refreshed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now(),
                                                   comment="When the table was last refreshed.")


class CheckVerdict(Base):
    """The last verdict of each warehouse check (see migration 0009 for the change counter)."""

    __tablename__ = "check_verdict"
    __table_args__ = ({"schema": "warehouse", "comment": "The last verdict of each warehouse check, reused while "
                                                         "the star and the check are unchanged."},)

    check_name: Mapped[str] = mapped_column(Text, primary_key=True, comment="Name of the check (etl/checks.py).")
    sql_sha256: Mapped[str] = mapped_column(Text, comment="Hash of the check's SQL when evaluated.")
    star_change: Mapped[int] = mapped_column(BigInteger, comment="warehouse.star_change_seq when evaluated.")
    failures: Mapped[int] = mapped_column(Integer, comment="Offending rows found.")
    sample: Mapped[list[dict]] = mapped_column(JSONB, comment="The first offending rows.")
    evaluated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now(),
                                                   comment="When the check was last evaluated.")
