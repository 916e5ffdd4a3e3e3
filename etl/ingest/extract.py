"""Turn the bytes of one release file into text, or say in words why that is impossible.

Pure functions of (bytes, file name): no database, so ``irwh parse`` and ingestion share them.
Every failure is an :class:`Unreadable` carrying a reason a person can act on; nothing here
raises for bad input.
"""

from __future__ import annotations

import codecs
import io
import logging
import re
from dataclasses import dataclass
from typing import Any

MEDIA_TYPES = {
    ".txt": "text/plain",
    ".text": "text/plain",
    ".pdf": "application/pdf",
    ".html": "text/html",
    ".htm": "text/html",
}
SUPPORTED_SUFFIXES = tuple(MEDIA_TYPES)

# Encodings tried, in order, when the bytes carry no BOM. UTF-8 first: it is strict, so a
# non-UTF-8 file fails fast. CP932 (Shift_JIS) before cp1252 because cp1252 decodes almost
# anything; a CP932 decode is only accepted when it yields Japanese script. English releases
# that are neither are overwhelmingly cp1252; a statistical detector is the last resort.
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uff00-\uffef]")
# Control characters other than tab, newline, carriage return and form feed: a text with many
# of these is binary data, not a release.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class Extracted:
    text: str
    media_type: str
    encoding: str | None


@dataclass(frozen=True)
class Unreadable:
    reason: str
    media_type: str = "application/octet-stream"
    encoding: str | None = None


def media_type_for(name: str, data: bytes) -> str:
    """The media type from the file's own bytes where they say it, else from its suffix."""
    if data.startswith(b"%PDF-"):
        return "application/pdf"
    head = data[:512].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")):
        return "text/html"
    suffix = "." + name.rsplit(".", 1)[-1].lower() if "." in name else ""
    return MEDIA_TYPES.get(suffix, "application/octet-stream")


def extract(name: str, data: bytes) -> Extracted | Unreadable:
    """Text of a release file, whatever its kind; an :class:`Unreadable` when there is none."""
    media_type = media_type_for(name, data)
    if not data:
        return Unreadable("the file is empty (0 bytes): re-download the release", media_type)
    if media_type == "application/pdf":
        return _pdf_text(data)
    if not _looks_textual(data):
        known = media_type != "application/octet-stream"
        return Unreadable(
            "the content is binary data, not text: check that the right file was saved"
            if known
            else f"unsupported file type for {name!r}: expected one of {', '.join(SUPPORTED_SUFFIXES)}, "
            "and the bytes are not text",
            media_type,
        )
    decoded = decode_text(data)
    if isinstance(decoded, Unreadable):
        return Unreadable(decoded.reason, media_type)
    text, encoding = decoded
    if media_type == "text/html":
        text = html_visible_text(text)
    if _CONTROL.search(text[:4096]) and len(_CONTROL.findall(text)) > max(8, len(text) // 100):
        return Unreadable(
            "the content is binary data, not text (control characters throughout): check that "
            "the right file was saved",
            media_type,
            encoding,
        )
    if not text.strip():
        return Unreadable("the file holds no visible text", media_type, encoding)
    return Extracted(text=normalise_newlines(text), media_type=media_type, encoding=encoding)


def decode_text(data: bytes) -> tuple[str, str] | Unreadable:
    """Decode bytes of unknown encoding; returns (text, encoding name)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                return Unreadable(f"the file starts with a {encoding} byte-order mark but {exc}")
    if _looks_utf16_without_bom(data):
        for encoding in ("utf-16-le", "utf-16-be"):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                continue
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp932")
        if _JAPANESE.search(text):
            return text, "cp932"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        pass
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
    except Exception:  # the detector is a guess; a failure of it is not the file's fault
        best = None
    if best is not None and best.encoding and best.chaos < 0.3:
        return str(best), best.encoding
    return Unreadable(
        "the bytes decode in none of UTF-8, UTF-16, Shift_JIS/CP932 or cp1252: "
        "save the release as UTF-8 text or supply the original PDF"
    )


def html_visible_text(html: str) -> str:
    """The text a reader sees, laid out as a PDF's text layer would be: one line per paragraph or
    heading, one line per table row with its cells apart; no scripts, styles, navigation, headers
    or footers. The page's title is its first heading, so ``<title>`` (often 'Title | Site name')
    is kept only on a page without one."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "noscript", "template", "nav", "header", "footer", "aside"]):
        tag.decompose()
    if soup.find(["h1", "h2", "h3"]):
        for tag in soup(["head", "title"]):
            tag.decompose()
    lines: list[str] = []
    pending: list[str] = []
    _html_lines(soup, lines, pending)
    _flush(lines, pending)
    return "\n".join(lines)


# Elements that start and end a line of their own; any other element flows within its line.
_HTML_BLOCKS = frozenset(
    {"address", "article", "blockquote", "caption", "dd", "div", "dl", "dt", "figcaption", "figure", "form"}
    | {"h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "main", "ol", "p", "pre", "section", "title", "ul"}
)
_CELL_GAP = "   "  # wide enough for the parser's row readers to see separate cells
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _flush(lines: list[str], pending: list[str]) -> None:
    text = re.sub(r"\s+", " ", "".join(pending)).strip()
    if text:
        lines.append(text)
    pending.clear()


def _html_lines(node: Any, lines: list[str], pending: list[str]) -> None:
    from bs4 import NavigableString, Tag

    for child in node.children:
        if isinstance(child, NavigableString):
            if type(child) is NavigableString:  # not a comment, doctype or CDATA
                pending.append(str(child))
        elif isinstance(child, Tag):
            if child.name == "br":
                _flush(lines, pending)
            elif child.name == "table":
                _flush(lines, pending)
                lines.extend(_table_lines(child))
            elif child.name in _HTML_BLOCKS:
                _flush(lines, pending)
                _html_lines(child, lines, pending)
                _flush(lines, pending)
            else:
                _html_lines(child, lines, pending)


def _cell_text(cell: Any) -> str:
    """A cell's words on one line; footnote marks (``<sup>``) are not part of its value or title."""
    from bs4 import NavigableString, Tag

    def words(node: Any) -> list[str]:
        out: list[str] = []
        for child in node.children:
            if type(child) is NavigableString:
                out.append(str(child))
            elif isinstance(child, Tag) and child.name != "sup":
                out.append(" ")
                out.extend(words(child))
                out.append(" ")
        return out

    return re.sub(r"\s+", " ", "".join(words(cell))).strip()


def _table_lines(table: Any) -> list[str]:
    """The caption, then one line per row, each cell padded to its column's width.

    A header (the leading rows without data cells) is laid out as one title per column, which the
    parser's column readers expect: a spanning period ('Fiscal year ending March 31, 2026' over
    'Previous forecast (A) | Revised forecast (B)') is repeated before each title under it, and a
    title spanning the header's rows is put on its last row. A spanning metric ('Net sales' over
    'Millions of yen | %') stays above its columns, as in a PDF. An empty data cell after the row's
    label reads as a blank ('-') cell, as in a PDF."""
    lines = [_cell_text(caption) for caption in table.find_all("caption", recursive=False)]
    rows = [tr for tr in table.find_all("tr") if tr.find_parent("table") is table]
    header = 0
    while header < len(rows) and not rows[header].find("td", recursive=False):
        header += 1
    grid: list[dict[int, list]] = [{} for _ in rows]
    taken: set[tuple[int, int]] = set()
    for r, tr in enumerate(rows):
        col = 0
        for cell in tr.find_all(["td", "th"], recursive=False):
            while (r, col) in taken:
                col += 1
            width, height = _int_attr(cell, "colspan"), _int_attr(cell, "rowspan")
            taken.update((r + dr, col + dc) for dr in range(height) for dc in range(width))
            text = _cell_text(cell)
            if not text and cell.name == "td" and any(c[0] for c in grid[r].values()):
                text = "-"
            home = min(r + height, header) - 1 if r < header else r
            grid[max(home, r)][col] = [text, width]
            col += width
    for r in range(header - 1):
        for col, (text, width) in list(grid[r].items()):
            under = [c for c in grid[r + 1] if col <= c < col + width]
            if width > 1 and _YEAR.search(text) and under:
                for c in under:
                    grid[r + 1][c][0] = f"{text} {grid[r + 1][c][0]}".strip()
                del grid[r][col]
    return lines + _padded(grid)


def _padded(grid: list[dict[int, list]]) -> list[str]:
    """Rows of (text, colspan) cells by column as lines, cells apart by at least :data:`_CELL_GAP`."""
    ncols = max((c + w for row in grid for c, (_, w) in row.items()), default=0)
    widths = [0] * ncols
    for row in grid:
        for c, (text, w) in row.items():
            if w == 1:
                widths[c] = max(widths[c], len(text))
    for row in grid:
        for c, (text, w) in row.items():
            room = sum(widths[c : c + w]) + len(_CELL_GAP) * (w - 1)
            widths[c + w - 1] += max(0, len(text) - room)
    lines = []
    for row in grid:
        parts, c = [], 0
        while c < ncols:
            text, w = row.get(c, ("", 1))
            parts.append(text.ljust(sum(widths[c : c + w]) + len(_CELL_GAP) * (w - 1)))
            c += w
        line = _CELL_GAP.join(parts).rstrip()
        if line:
            lines.append(line)
    return lines


def _int_attr(tag: Any, name: str) -> int:
    """A colspan or rowspan; at least 1, and bounded so a malformed page cannot blow up the grid."""
    value = str(tag.get(name) or "1").strip()
    return min(max(1, int(value)), 100) if value.isdigit() else 1


def normalise_newlines(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n") + "\n"


def _pdf_text(data: bytes) -> Extracted | Unreadable:
    media_type = "application/pdf"
    try:
        import pdfplumber
        from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    except ImportError as exc:  # pragma: no cover - a broken install, not bad input
        return Unreadable(f"PDF support is not installed ({exc}): run `make demo` to install", media_type)
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = [page.extract_text() or "" for page in pdf.pages]
    except Exception as exc:  # pdfminer raises many types for damaged files, wrapped by pdfplumber
        causes = {type(exc), *(type(arg) for arg in exc.args), type(exc.__context__)}
        if causes & {PDFPasswordIncorrect, PDFEncryptionError}:
            return Unreadable(
                "the PDF is encrypted and needs a password: ask the publisher for an open copy", media_type
            )
        detail = str(exc) or type(exc.args[0] if exc.args else exc).__name__
        return Unreadable(
            f"the PDF cannot be read ({type(exc).__name__}: {detail[:200]}): the file is damaged "
            "or truncated; download it again",
            media_type,
        )
    text = "\n\n".join(pages)
    if not text.strip():
        return Unreadable(
            f"the PDF has {len(pages)} page(s) but no text layer (a scan?): OCR it, then ingest the text",
            media_type,
        )
    return Extracted(text=normalise_newlines(text), media_type=media_type, encoding=None)


_CONTROL_BYTES = bytes(b for b in range(32) if b < 9 or b > 13)


def _looks_textual(data: bytes) -> bool:
    sample = data[:4096]
    if _looks_utf16_without_bom(sample):
        return True
    # a stray NUL or two happens in real exports; binary data has control bytes throughout
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls <= max(2, len(sample) // 50)


def _looks_utf16_without_bom(data: bytes) -> bool:
    sample = data[:2048]
    if len(sample) < 4:
        return False
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    return max(even_nuls, odd_nuls) > half * 0.6 and min(even_nuls, odd_nuls) < half * 0.05
