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
    """The text a reader sees: no scripts, styles, navigation, headers or footers."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "noscript", "template", "nav", "header", "footer", "aside"]):
        tag.decompose()
    for cell in soup.find_all(["td", "th"]):
        cell.append(" ")
    return soup.get_text("\n")


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
