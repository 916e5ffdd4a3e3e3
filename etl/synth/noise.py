"""The damage the parser repairs, at a low rate: OCR confusables (I->1, O->0, l->1) in prose words,
mojibake apostrophes and full-width digits. Figures and table lines are never touched, so the
expected facts stay true."""

from __future__ import annotations

import random
import re

_WORD = re.compile(r"(?<![\w.,/*\\$¥-])[A-Za-z]{3,}(?![\w/])")
_FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
OCR_RATE, MOJIBAKE_RATE, FULL_WIDTH_RATE = 0.06, 0.03, 0.03


def _is_prose(line: str) -> bool:
    """A sentence of running text; letterhead lines ('Company name: X Co., Ltd.') stay clean."""
    return len(line) > 90 and line.rstrip().endswith(".") and ":" not in line[:40]


def _ocr(line: str, rnd: random.Random) -> str:
    def damage(m: re.Match[str]) -> str:
        word = m.group(0)
        return word.replace("I", "1").replace("O", "0").replace("l", "1", 1) if rnd.random() < 0.3 else word

    return _WORD.sub(damage, line)


def add_noise(text: str, rnd: random.Random) -> tuple[str, str | None]:
    """The text as a damaged copy would read, and which damage was done (None for a clean copy)."""
    roll = rnd.random()
    if roll < OCR_RATE:
        return "\n".join(_ocr(line, rnd) if _is_prose(line) else line for line in text.split("\n")), "ocr"
    if roll < OCR_RATE + MOJIBAKE_RATE:
        return text.replace("'", "â€™").replace('"', "â€œ", 1), "mojibake"
    if roll < OCR_RATE + MOJIBAKE_RATE + FULL_WIDTH_RATE:
        return text.translate(_FULL_WIDTH), "full_width"
    return text, None
