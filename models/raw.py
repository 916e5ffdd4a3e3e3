"""The raw layer: the archive of every release exactly as it arrived. Never overwritten."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, CheckConstraint, Date, DateTime, ForeignKey, Index, Integer, LargeBinary, Text, func
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class Release(Base):
    """One row per distinct content (sha256): the bytes, their text, where and when they were seen."""

    __tablename__ = "release"
    __table_args__ = (
        CheckConstraint("byte_size >= 0", name="byte_size_non_negative"),
        CheckConstraint("seen_count >= 1", name="seen_count_positive"),
        CheckConstraint("char_length(sha256) = 64", name="sha256_length"),
        CheckConstraint(
            "(text IS NULL) = (unreadable_reason IS NOT NULL)", name="text_or_reason"
        ),
        CheckConstraint("content IS NOT NULL OR unreadable_reason IS NOT NULL", name="content_or_reason"),
        CheckConstraint("extract(day FROM dateline_month) = 1", name="dateline_month_first_day"),
        Index(None, "dateline_month", "release_id"),
        {"schema": "raw", "comment": "Archive of every release file: one row per distinct content "
                                     "(sha256), original bytes kept for ever."},
    )

    release_id: Mapped[int] = mapped_column(
        BigInteger, primary_key=True, autoincrement=True,
        comment="Surrogate key of the archived content.",
    )
    sha256: Mapped[str] = mapped_column(
        Text, unique=True, comment="SHA-256 of the original bytes, hex: the content's identity."
    )
    content: Mapped[bytes | None] = mapped_column(
        LargeBinary, comment="The original bytes, unchanged; NULL only for a file refused as too large."
    )
    text: Mapped[str | None] = mapped_column(
        Text, comment="Text extracted from the bytes (decoded, PDF text layer, HTML visible text); "
                      "NULL when unreadable."
    )
    media_type: Mapped[str] = mapped_column(
        Text, comment="Media type detected from the bytes and file name (text/plain, application/pdf, text/html)."
    )
    encoding: Mapped[str | None] = mapped_column(
        Text, comment="Character encoding the text was decoded from (utf-8, cp932, ...); NULL for PDFs."
    )
    unreadable_reason: Mapped[str | None] = mapped_column(
        Text, comment="Why no text could be extracted, in words a person can act on; NULL when readable."
    )
    file_name: Mapped[str] = mapped_column(Text, comment="File name when first seen.")
    source_path: Mapped[str] = mapped_column(Text, comment="Absolute path the file was first ingested from.")
    byte_size: Mapped[int] = mapped_column(BigInteger, comment="Size of the original bytes.")
    first_seen_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), comment="When this content was first ingested."
    )
    last_seen_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), comment="When this content was last ingested."
    )
    seen_count: Mapped[int] = mapped_column(
        Integer, server_default="1", comment="How many times this content has been ingested."
    )
    dateline_month: Mapped[date | None] = mapped_column(
        Date, comment="First day of the publication month read from the release's dateline when it was archived: "
                      "a routing key for partitioned backfills; NULL when no dateline was found (or the release was "
                      "archived before the month was recorded and `irwh datelines` has not run)."
    )


class LandingFile(Base):
    """What the landing-folder scan last saw at each path, so an unchanged file is not read again.

    A cache, not the archive: losing it only costs one re-read of the folder.
    """

    __tablename__ = "landing_file"
    __table_args__ = (
        {"schema": "raw", "comment": "Landing-folder manifest: size, modification time and content hash last "
                                     "seen at each path; files unchanged since are not read again."},
    )

    path: Mapped[str] = mapped_column(Text, primary_key=True, comment="Absolute path in the landing folder.")
    byte_size: Mapped[int] = mapped_column(BigInteger, comment="Size when last read.")
    mtime_ns: Mapped[int] = mapped_column(BigInteger, comment="Modification time (ns since the epoch) when last "
                                                              "read.")
    sha256: Mapped[str] = mapped_column(Text, ForeignKey("raw.release.sha256"),
                                        comment="Content hash of the bytes read (raw.release).")
    read_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now(),
                                              comment="When the file was last read.")
