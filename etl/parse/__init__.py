"""The release parser: text of one release in, the facts contract (plus provenance) out.

Pure functions: no database, no Dagster. :func:`parse_release` never raises for odd text; a
parser fault on one release is reported in the result so a batch goes on.
"""

from __future__ import annotations

from collections.abc import Mapping

from etl.parse.release import PARSER_VERSION, parse
from etl.text import repair_text

__all__ = ["PARSER_VERSION", "parse_release", "repair_text"]


def parse_release(text: str, *, registry: Mapping[str, str] | None = None) -> dict:
    """The facts one release states, as the contract's JSON with provenance, status and warnings."""
    try:
        return parse(text if isinstance(text, str) else str(text), registry)
    except Exception as exc:  # a fault in one release's parse must never stop a batch
        return {
            "document": {
                "kind": "other",
                "title": None,
                "company": {"code": None, "name": None},
                "published_on": None,
                "fiscal_year_end_month": None,
                "is_correction": None,
            },
            "dividends": [],
            "figures": [],
            "warnings": [f"The parser failed on this release ({type(exc).__name__}: {exc}); report it with the file."],
            "parser_version": PARSER_VERSION,
            "status": "failed",  # a parser fault, not a layout it does not know: staged as failed
            "status_reason": (
                f"Parser error {type(exc).__name__}: {exc}. The release is kept raw; re-parse after a fix."
            ),
        }
