"""The staging layer: what the parser read from each release, one replaceable slice per release.

Re-parsing a release (a newer parser version) deletes and rewrites its slice in one
transaction; rows of other releases never change.
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
    Integer,
    Numeric,
    SmallInteger,
    Text,
    func,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base

PARSE_STATUSES = ("parsed", "unparsed", "failed", "unreadable")


def _release_fk() -> ForeignKey:
    return ForeignKey("raw.release.release_id", ondelete="CASCADE")


def _parse_fk() -> ForeignKey:
    return ForeignKey("staging.release_parse.release_id", ondelete="CASCADE")


class ProvenanceColumns:
    """Where in the repaired text a fact was read: the span, its lines and its labels."""

    line_start: Mapped[int | None] = mapped_column(Integer, comment="First line (1-based) of the fact in the "
                                                                    "repaired text.")
    line_end: Mapped[int | None] = mapped_column(Integer, comment="Last line (1-based) of the fact.")
    char_start: Mapped[int | None] = mapped_column(Integer, comment="Character offset where the printed number "
                                                                    "starts in the repaired text.")
    char_end: Mapped[int | None] = mapped_column(Integer, comment="Character offset just past the printed number.")
    source_text: Mapped[str | None] = mapped_column(Text, comment="The number exactly as printed.")
    row_label: Mapped[str | None] = mapped_column(Text, comment="Row label the number was read under.")
    column_label: Mapped[str | None] = mapped_column(Text, comment="Column label the number was read under.")


class ReleaseParse(Base):
    """One row per archived release: the parser's verdict and the document's identity."""

    __tablename__ = "release_parse"
    __table_args__ = (
        CheckConstraint(f"status IN {PARSE_STATUSES!r}", name="status_known"),
        CheckConstraint("fiscal_year_end_month BETWEEN 1 AND 12", name="fiscal_year_end_month_range"),
        {"schema": "staging", "comment": "Parse result per release (grain: one row per raw.release)."},
    )

    release_id: Mapped[int] = mapped_column(BigInteger, _release_fk(), primary_key=True,
                                            comment="The archived release (raw.release).")
    parser_version: Mapped[str] = mapped_column(Text, comment="Version of the parser that produced this slice.")
    status: Mapped[str] = mapped_column(Text, comment="parsed, unparsed (known kind, no facts), failed (parser "
                                                      "error) or unreadable (no text).")
    status_reason: Mapped[str | None] = mapped_column(Text, comment="Why the release is not parsed, in words a "
                                                                    "person can act on.")
    kind: Mapped[str | None] = mapped_column(Text, comment="dividend_notice, forecast_revision, "
                                                           "results_vs_forecast, earnings_summary or other.")
    title: Mapped[str | None] = mapped_column(Text, comment="Title of the release as repaired.")
    company_code: Mapped[str | None] = mapped_column(Text, comment="Securities code the release states.")
    company_name: Mapped[str | None] = mapped_column(Text, comment="Company name as repaired by the parser.")
    published_on: Mapped[date | None] = mapped_column(Date, comment="Dateline of the release.")
    fiscal_year_end_month: Mapped[int | None] = mapped_column(SmallInteger, comment="Month the company's "
                                                                                    "fiscal year ends.")
    is_correction: Mapped[bool | None] = mapped_column(Boolean, comment="True when the release corrects an "
                                                                        "earlier one.")
    document: Mapped[dict | None] = mapped_column(JSONB, comment="The contract's document object as parsed.")
    fact_count: Mapped[int] = mapped_column(Integer, server_default="0", comment="Dividends plus figures "
                                                                                 "staged.")
    warning_count: Mapped[int] = mapped_column(Integer, server_default="0", comment="Warnings staged.")
    parsed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now(),
                                                comment="When this slice was written.")


class DividendFact(ProvenanceColumns, Base):
    """Dividends as one release states them."""

    __tablename__ = "dividend_fact"
    __table_args__ = ({"schema": "staging", "comment": "Dividend facts per release (grain: release x fiscal "
                                                       "year end x period x scenario)."},)

    release_id: Mapped[int] = mapped_column(BigInteger, _parse_fk(), primary_key=True,
                                            comment="The release that states the dividend.")
    fact_no: Mapped[int] = mapped_column(Integer, primary_key=True, comment="Position of the fact in the "
                                                                           "parser's output.")
    fiscal_year_end: Mapped[date] = mapped_column(Date, comment="Last day of the fiscal year.")
    period: Mapped[str] = mapped_column(Text, comment="q1, interim, q3, year_end or annual.")
    scenario: Mapped[str] = mapped_column(Text, comment="actual, forecast or previous_forecast.")
    status: Mapped[str | None] = mapped_column(Text, comment="declared or paid (actuals only).")
    announced_on: Mapped[date | None] = mapped_column(Date, comment="When a forecast was first announced.")
    per_share: Mapped[Decimal | None] = mapped_column(Numeric(18, 4), comment="Amount per share as declared.")
    currency: Mapped[str] = mapped_column(Text, comment="Currency of the amounts (JPY).")
    record_date: Mapped[date | None] = mapped_column(Date, comment="Record date.")
    effective_date: Mapped[date | None] = mapped_column(Date, comment="Payment start (effective) date.")
    total_amount: Mapped[Decimal | None] = mapped_column(Numeric(20, 0), comment="Total paid, whole currency "
                                                                                 "units.")
    resource: Mapped[str | None] = mapped_column(Text, comment="retained_earnings or capital_surplus.")
    range_low: Mapped[Decimal | None] = mapped_column(Numeric(18, 4), comment="Lower bound of a range forecast.")
    range_high: Mapped[Decimal | None] = mapped_column(Numeric(18, 4), comment="Upper bound of a range "
                                                                               "forecast.")
    components: Mapped[list | None] = mapped_column(JSONB, comment="Ordinary / special / commemorative parts.")
    fiscal_year_label: Mapped[str | None] = mapped_column(Text, comment="The company's own label for the year.")


class FigureFact(ProvenanceColumns, Base):
    """Financial figures as one release states them."""

    __tablename__ = "figure_fact"
    __table_args__ = ({"schema": "staging", "comment": "Financial figures per release (grain: release x metric "
                                                       "x period x scenario x consolidation)."},)

    release_id: Mapped[int] = mapped_column(BigInteger, _parse_fk(), primary_key=True,
                                            comment="The release that states the figure.")
    fact_no: Mapped[int] = mapped_column(Integer, primary_key=True, comment="Position of the fact in the "
                                                                           "parser's output.")
    metric: Mapped[str] = mapped_column(Text, comment="Metric code (revenue, operating_profit, ...).")
    period_start: Mapped[date | None] = mapped_column(Date, comment="First day of the period.")
    period_end: Mapped[date] = mapped_column(Date, comment="Last day of the period.")
    scenario: Mapped[str] = mapped_column(Text, comment="actual, adjusted_actual, forecast or "
                                                        "previous_forecast.")
    announced_on: Mapped[date | None] = mapped_column(Date, comment="Date the document attributes to a "
                                                                    "forecast.")
    value: Mapped[Decimal | None] = mapped_column(Numeric(24, 4), comment="The figure in whole units.")
    unit: Mapped[str] = mapped_column(Text, comment="JPY, JPY_per_share, USD or USD_per_share.")
    accounting_standard: Mapped[str | None] = mapped_column(Text, comment="IFRS, US GAAP or J-GAAP.")
    accounting_standard_evidence: Mapped[str | None] = mapped_column(Text, comment="What in the release settles "
                                                                                   "the standard.")
    consolidated: Mapped[bool | None] = mapped_column(Boolean, comment="Consolidated (true) or parent-only "
                                                                       "(false).")
    range_low: Mapped[Decimal | None] = mapped_column(Numeric(24, 4), comment="Lower bound of a range.")
    range_high: Mapped[Decimal | None] = mapped_column(Numeric(24, 4), comment="Upper bound of a range.")
    period_label: Mapped[str | None] = mapped_column(Text, comment="The company's own label for the period.")


class ParseWarning(Base):
    """Everything the parser doubted, per release."""

    __tablename__ = "parse_warning"
    __table_args__ = ({"schema": "staging", "comment": "Parser warnings (grain: release x warning)."},)

    release_id: Mapped[int] = mapped_column(BigInteger, _parse_fk(), primary_key=True,
                                            comment="The release the warning is about.")
    warning_no: Mapped[int] = mapped_column(Integer, primary_key=True, comment="Position of the warning.")
    message: Mapped[str] = mapped_column(Text, comment="The warning, in words a person can act on.")
