"""Repair the text of a release before parsing: mojibake, full-width forms, OCR confusables in words.

Figures are never touched: a token that reads as a number stays as printed, because guessing a
digit is worse than reporting a figure as unreadable. Line structure is kept so provenance line
numbers stay meaningful.
"""

from __future__ import annotations

import re
import unicodedata

# Characters cp1252 maps to bytes 0x80-0x9f: the continuation bytes of UTF-8 read as cp1252.
_CP1252_HIGH = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
_CONT = f"[\u00a0-\u00bf{_CP1252_HIGH}\u0081\u008d\u008f\u0090\u009d]"
# A UTF-8 lead byte read as cp1252 followed by its continuation bytes (2- and 3-byte sequences).
_MOJIBAKE = re.compile(f"[\u00e0-\u00ef]{_CONT}{{2}}|[\u00c2-\u00df]{_CONT}")

# Characters that UTF-8 read as cp1252 is made of: a Latin-1 letter followed by a continuation character.
_SUSPECT = re.compile(f"[\u00c2-\u00ef]{_CONT}")
# Replaced one by one, and only when present: str.translate walks a non-ASCII text a character at a time.
_QUOTES = (("\u3000", " "), ("\u2018", "'"), ("\u2019", "'"), ("\u201c", '"'), ("\u201d", '"'), ("\u00b4", "'"))

# Words damaged by OCR: letters mixed with the digits 0 and 1 (C0RPORATION, SUM1DA, I1J, 1nc).
# A damaged word is a whole run of letters, 0s and 1s (a shorter match would end before a word character)
# holding a 0 or 1 next to a letter. Scanning for the digit first jumps from 0/1 to 0/1 through the text.
_RUN_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz01")
_DIGIT_BY_LETTER = re.compile(r"[01](?:(?<=[A-Za-z][01])|(?=[A-Za-z]))")
# The second part of a hyphenated word is a word too ('non-conso1idated').
_CONFUSABLE_WORD = re.compile(
    r"(?:(?<=\d\.)|(?<=[A-Za-z]-)|(?<![\w.,/*\\$¥-]))(?=[A-Za-z]*[01])(?=[01]*[A-Za-z])[A-Za-z01]+(?!\w|[.,]\d)"
)
# Tokens with letters and digits that are not damage: period and quarter markers, ordinals, tickers, and
# figures glued to their scale or unit (IR shorthand family: '¥86.0bn', '10mn', 'JPY10bn', '1.0x', '12.0rn'
# with OCR's 'rn' for 'm'). A figure's 0s and 1s are digits: the word run the mending sees is only the
# figure's last digits and its suffix ('0bn' of '86.0bn'), which would otherwise read as 'Obn'.
_FIGURE_SUFFIX = r"(?i:bn|mn|tn|m|b|k|rn|x|pts?|bps|yen|thousand|million|billion|trillion)"
_MEANINGFUL = re.compile(
    rf"^(?:[A-Z]+\d+|\d+(?:st|nd|rd|th|[HQhq]|[HQ]\d+)|[HQ]\d|FY\d+|\d+[A-Za-z]\d+|[A-Z]{{0,3}}\d+{_FIGURE_SUFFIX})$"
)
# '26w' for '26th': OCR reads the 'th' of an ordinal as 'w'. The scan opens on the rarer 'w' (re skips
# ahead to it) and looks back for the digit.
_DIGIT_W = re.compile(r"w(?<=\dw)\b")
_ORDINAL_W = re.compile(r"\b(\d*(?:1[123]|[04-9]))w\b")
# '°' where an apostrophe belongs (IIJ°s, IIJ°’s): between a letter and an 's' or a quote. The scan opens on
# the '°' and looks back for the letter.
_DEGREE_APOSTROPHE = re.compile(r"°(?<=[A-Za-z]°)['’]?(?=s\b)|°(?<=[A-Za-z]°)(?=['’])")


# A unit note that prints its scale as a number: '(Unit: 1,000 yen)', '(in 1,000 yen)', '(Unit: ¥100 million)',
# or a line of its own '(¥1,000)'. Only such notes: '1,000 yen' elsewhere may be an amount, and a bracketed
# '(¥1,000)' inside a line may be a negative one. The pattern opens on '(' (re skips ahead to it).
# Presentation tables in hundred millions print it in several ways ('(100 millions of yen)', '(In 100 million
# yen)', '(100 mil. yen)', '(¥100 mil.)'): left as printed, '100' read as a value and 'millions of yen' as the unit.
_SCALE_NUMBERS = r"1,000,000|1,000|1\s+millions?|100\s+millions?|1\s+billion|100\s?mil\.|1\s?mil\."
_NOTE_LEAD = r"(?P<lead>\s*(?:Units?\s*:\s*|(?:Amounts?\s+)?[Ii]n\s+)|)"
_NOTE_SCALE = (
    rf"(?:(?:¥|\\|JPY)\s?(?P<sign>{_SCALE_NUMBERS})|(?P<word>{_SCALE_NUMBERS})\s*(?:of\s+)?(?:yen|Yen|JPY))"
    r"(?![.,]?\d)(?!\w)"
)
_NUMERIC_SCALE = re.compile(rf"\({_NOTE_LEAD}{_NOTE_SCALE}(?P<tail>[^()\n]{{0,40}})\)")
# The same note as a line of its own without brackets, after 'Unit:' or 'In' ('In 100 millions of yen'):
# only looked for in a text holding a hundred-million scale (:data:`_HUNDRED_MILLION`).
_BARE_NOTE = re.compile(
    rf"(?m)^(?P<lead>[ \t]*(?:Units?\s*:\s*|(?:Amounts?\s+)?[Ii]n\s+)){_NOTE_SCALE}(?P<tail>)[ \t]*$"
)
_HUNDRED_MILLION = ("100 mil", "100mil")
_SCALE_WORDS = {"1,000": "thousand", "1,000,000": "million", "1million": "million", "100million": "hundred million",
                "1billion": "billion", "100mil.": "hundred million", "1mil.": "million"}
_SPACES = re.compile(r"\s+")
# Layout family: Japanese tables printing the minus triangle as a Greek delta or an increment sign
# ('Δ350', '∆20.85'), as some converters and word processors substitute it: before a number, the triangle.
_DELTA_MINUS = re.compile("[\u0394\u2206](?=\\s?\\d)")


def _scale_in_words(match: re.Match[str]) -> str:
    text, start, end = match.string, match.start(), match.end()
    if not match.group("lead") and (
        match.group("tail") or text[text.rfind("\n", 0, start) + 1 : start].strip()
        or text[end : (text.find("\n", end) + 1 or len(text) + 1) - 1].strip()
    ):
        return match.group(0)  # no 'Unit:' or 'in', and not a line of its own: maybe an amount
    words = _SCALE_WORDS[_SPACES.sub("", match.group("sign") or match.group("word")).removesuffix("s")] + " yen"
    return f"({match.group('lead')}{words}{match.group('tail')})"


def _bare_scale_in_words(match: re.Match[str]) -> str:
    """A :data:`_BARE_NOTE` line with its scale in words, unbracketed as printed."""
    return _scale_in_words(match)[1:-1]


def repair_text(text: str) -> str:
    """The text the parser reads: mojibake undone, NFKC forms, OCR-damaged words mended, unit notes
    that print their scale as a number ('(Unit: 1,000 yen)') given it in words ('thousand yen').

    ftfy is the mojibake repairer; it only runs when the text holds characters mojibake is made
    of, which keeps clean ASCII releases on the fast path.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.isascii():
        if _SUSPECT.search(text):
            import ftfy  # 0.15 s to import: only releases that look like mojibake pay for it

            text = ftfy.fix_text(text, normalization="NFC", fix_line_breaks=False)
            text = _MOJIBAKE.sub(_undo_mojibake, text)
        text = _nfkc(text)
        if "\u0394" in text or "\u2206" in text:
            text = _DELTA_MINUS.sub("\u25b3", text)
        for old, new in _QUOTES:
            if old in text:
                text = text.replace(old, new)
    if "°" in text:
        text = _DEGREE_APOSTROPHE.sub("'", text)
    if _DIGIT_W.search(text):
        text = _ORDINAL_W.sub(r"\1th", text)
    # unit notes family: the scale in words, as the table readers know it ('thousand yen')
    text = _NUMERIC_SCALE.sub(_scale_in_words, text)
    if any(needle in text for needle in _HUNDRED_MILLION):
        text = _BARE_NOTE.sub(_bare_scale_in_words, text)
    text = _mend_words(text)
    text = _mend_rn_m(text)
    return _mend_capital_i(text)


def _nfkc(text: str) -> str:
    """NFKC of the text, normalising only its lines that are not ASCII. Normalising a whole text
    decomposes and recomposes all of it once any character needs it; a line break is a boundary no
    normal form reorders or composes across, so line by line gives the same text."""
    if unicodedata.is_normalized("NFKC", text):
        return text
    return "\n".join(line if line.isascii() else unicodedata.normalize("NFKC", line) for line in text.split("\n"))


def _mend_words(text: str) -> str:
    """Every OCR-damaged word mended. The word pattern is slow to scan with, so it is only tried at the
    start of each run of letters and digits 0/1 in which a 0 or 1 touches a letter (a damaged word is
    such a whole run)."""
    out: list[str] = []
    done = 0
    for hit in _DIGIT_BY_LETTER.finditer(text):
        start = hit.start()
        if start < done:
            continue
        while start and text[start - 1] in _RUN_CHARS:
            start -= 1
        m = _CONFUSABLE_WORD.match(text, start)
        if m:
            mended = mend_word(m.group(0))
            if text[m.end() : m.end() + 1] == "/" and mended.lower() not in _TITLE_WORDS:
                continue  # before a slash only a title word ('1ncrease/decrease'): 'A1/B2' may be a code
            out.append(text[done:start])
            out.append(mended)
            done = m.end()
    if not out:
        return text
    out.append(text[done:])
    return "".join(out)


# OCR-damaged column titles family: a lower-case 'l' read as a capital 'I' after a lower-case letter
# ('Net SaIes', 'ConsoIidated', 'FinanciaI', 'MiIIions'). Only where 'l' makes a title word: camel-case
# names ('DataInsight') keep their capitals. The scan opens on the 'I' (re skips ahead to it) and looks
# back for the letter.
_CAPITAL_I = re.compile(r"I(?<=[a-z]I)")


def _mend_capital_i(text: str) -> str:
    """Every word with an 'I' after a lower-case letter that reads as a title word with its inner
    'I's as 'l's, so mended."""
    out: list[str] = []
    done = 0
    for hit in _CAPITAL_I.finditer(text):
        start = end = hit.start()
        if start < done:
            continue
        while start and text[start - 1].isascii() and text[start - 1].isalpha():
            start -= 1
        while end < len(text) and text[end].isascii() and text[end].isalpha():
            end += 1
        word = text[start:end]
        mended = word[0] + word[1:].replace("I", "l")
        if mended.lower() in _TITLE_WORDS:
            out.append(text[done:start])
            out.append(mended)
            done = end
    if not out:
        return text
    out.append(text[done:])
    return "".join(out)


# OCR-damaged label words family: 'm' read as 'rn' ('Net incorne', 'Six rnonths ended') and 'rn' read as
# 'm' ('Eamings per share'). Only the damaged spellings of these title words are mended ('Earnings',
# 'return' stay): each is looked for from its first 'rn', a literal re skips ahead to, with the letters
# before it checked behind; 'm' for 'rn' as the damaged forms themselves, which are rare.
_M_WORDS = (
    "income", "incomes", "month", "months", "comprehensive", "amount", "amounts", "common", "payment",
    "interim", "summary", "million", "millions", "term", "company", "commemorative", "medium",
)


def _damaged_spellings(word: str) -> list[str]:
    """`word` with one or more of its 'm's printed 'rn'."""
    ms = [i for i, c in enumerate(word) if c == "m"]
    out = []
    for mask in range(1, 1 << len(ms)):
        out.append("".join("rn" if i in ms and mask >> ms.index(i) & 1 else c for i, c in enumerate(word)))
    return out


def _rn_scan(upper: bool) -> re.Pattern[str]:
    """A scan for the damaged spellings, in capitals or not (a capital first letter allowed)."""
    rn = "RN" if upper else "rn"
    branches = []
    for damaged in sorted({d for w in _M_WORDS for d in _damaged_spellings(w)}, key=len, reverse=True):
        damaged = damaged.upper() if upper else damaged
        before, rest = damaged.split(rn, 1)
        first = f"[{before[0].upper()}{before[0]}]{re.escape(before[1:])}" if before else ""
        branches.append(f"(?<=(?<![A-Za-z]){first}{rn}){re.escape(rest)}(?![A-Za-z])")
    return re.compile(f"{rn}(?:{'|'.join(branches)})")


_RN_FOR_M = _rn_scan(upper=False)
_RN_FOR_M_UPPER = _rn_scan(upper=True)
_EAMINGS = re.compile(r"\b(?:Eamings|eamings|EAMINGS)\b")


def _mend_rn_m(text: str) -> str:
    """Every word OCR printed with 'rn' for 'm' or 'm' for 'rn' mended, when that makes a title word."""
    if ("amings" in text or "AMINGS" in text) and _EAMINGS.search(text):
        text = _EAMINGS.sub(lambda m: _cased("earnings", m.group(0)), text)
    text = _RN_FOR_M.sub(_m_for_rn, text)
    return _RN_FOR_M_UPPER.sub(_m_for_rn, text) if "RN" in text else text


def _m_for_rn(match: re.Match[str]) -> str:
    """The damaged word's part from its first 'rn' on, mended (the letters before it are kept)."""
    return match.group(0).replace("rn", "m").replace("RN", "M")


def _cased(word: str, printed: str) -> str:
    """`word` in the case of `printed`: all capitals, capitalised or lower-case."""
    if printed.isupper():
        return word.upper()
    return word.capitalize() if printed[:1].isupper() else word


def _undo_mojibake(match: re.Match[str]) -> str:
    """UTF-8 bytes decoded as cp1252, re-decoded; left alone when they do not form UTF-8."""
    chunk = match.group(0)
    raw = bytearray()
    for ch in chunk:
        code = ord(ch)
        if (code < 0x100 and not 0x80 <= code <= 0x9F) or code in (0x81, 0x8D, 0x8F, 0x90, 0x9D):
            raw.append(code)
        else:
            try:
                raw.extend(ch.encode("cp1252"))
            except UnicodeEncodeError:
                return chunk
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return chunk


def mend_word(word: str) -> str:
    """One word with OCR digit confusables replaced by the letters they stand for.

    Only words that mix letters with 0/1 and are not meaningful alphanumerics (1H19, FY2019,
    TSE1, 26th) are changed; the case of the neighbouring letters decides I/l and O/o.
    """
    if not any(c in "01" for c in word) or not any(c.isalpha() for c in word):
        return word
    if _MEANINGFUL.match(word):
        return word
    letters = [c for c in word if c.isalpha()]
    upper = sum(c.isupper() for c in letters) * 2 >= len(letters)
    out = []
    for i, ch in enumerate(word):
        if ch == "0":
            out.append("O" if upper or i == 0 else "o")
        elif ch == "1":
            out.append("I" if upper or i == 0 else "l")
        else:
            out.append(ch)
    mended = "".join(out)
    if "l" in mended and mended.lower() not in _TITLE_WORDS:
        return _as_title_word(word, mended)
    return mended


# OCR-damaged column titles family: a lower-case '1' reads as 'l' ('sa1es', 'conso1idated'), but it is
# as often an 'i' ('Operat1ng', 'f1scal'). Where 'l' makes no word and 'i' makes one of the few words
# that name metrics, periods and dividends, 'i' it is (words only: a figure is never mended).
_TITLE_WORDS = frozenset(
    {
        "operating", "ordinary", "profit", "income", "sales", "revenue", "revenues", "attributable", "owners",
        "parent", "earnings", "basic", "diluted", "dividend", "dividends", "interim", "fiscal", "financial",
        "consolidated", "results", "forecast", "forecasts", "revision", "revised", "limited", "business",
        "comprehensive", "recurring", "loss", "total", "annual", "half", "million", "millions", "billion",
        "billions", "increase", "decrease",
    }
)


def _as_title_word(word: str, mended: str) -> str:
    """`mended` with some of the lower-case 'l's that stand for a '1' of `word` read as 'i', when
    that and only that makes a title word."""
    ones = [i for i, ch in enumerate(word) if ch == "1" and mended[i] == "l"]
    if not ones or len(ones) > 3:
        return mended
    found = None
    for mask in range(1, 1 << len(ones)):
        chars = list(mended)
        for k, i in enumerate(ones):
            if mask >> k & 1:
                chars[i] = "i"
        candidate = "".join(chars)
        if candidate.lower() in _TITLE_WORDS:
            if found is not None:
                return mended
            found = candidate
    return found or mended
