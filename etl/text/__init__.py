"""Text repair before parsing: the parser's spans refer to the text :func:`repair_text` returns."""

from etl.text.repair import repair_text

__all__ = ["repair_text"]
