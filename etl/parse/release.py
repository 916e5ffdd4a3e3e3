"""One release's text -> the facts contract: identity, dividends, figures, warnings, provenance."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping
from dataclasses import replace
from datetime import date

from etl.parse.context import Doc, _short
from etl.parse.dates import add_months
from etl.parse.dividends import (
    attach_components,
    attach_note_components,
    colon_line_dividends,
    detail_dividends,
    grid_dividends,
    implied_forecast_warning,
    other_share_class,
    payable_date,
    prose_dividends,
)
from etl.parse.figures import (
    _whole_title,
    attributable_first,
    figures_from_table,
    header_reading,
    metric_of,
    period_phrase,
    prose_figures,
    row_role,
)
from etl.parse.fold import ci, folded, holds, lowered, may_hold
from etl.parse.furniture import without_furniture
from etl.parse.identity import Identity, identify, names_issuer
from etl.parse.numbers import digit_runs, masked, value_count
from etl.parse.periods import (
    Calendar,
    explicit_range,
    fy_end_phrase,
    learn_calendar,
    months_named,
    resolve,
    settle_by_results,
)
from etl.parse.standards import consolidated_in, marker_in, statement_in
from etl.parse.tables import (
    Block,
    Lines,
    blocks,
    header_units,
    heading_shaped_is_heading,
    lines_of,
    long_line_is_prose,
    row_starts,
    row_words,
    runs_on,
    tables,
)
from etl.text import repair_text

PARSER_VERSION = "1.5.0"
# Correction notices print the old figures under a 'Before correction' marker and the new ones under
# an 'After correction' marker; each marker holds until the next, across tables and headings.
_CORRECTION_MARKER = ci(
    r"(?P<before>before\s+(?:the\s+)?corrections?|[(\[<【]\s*before\s*[)\]>】])"
    r"|after\s+(?:the\s+)?corrections?|[(\[<【]\s*after\s*[)\]>】]"
)


# Pure helpers memoised within one release (a line or label is read several times); cleared per
# release so a batch's throughput and memory do not depend on what other releases held.
_PER_RELEASE_CACHES = (
    masked,
    long_line_is_prose,
    heading_shaped_is_heading,
    header_units,
    marker_in,
    consolidated_in,
    metric_of,
    header_reading,
    row_role,
    row_words,
    row_starts,
    period_phrase,
    explicit_range,
    months_named,
    add_months,
    lowered,
    _short,
    _whole_title,
)


def parse(text: str, registry: Mapping[str, str] | None) -> dict:
    """Repair, identify and date the release, then read every block's tables and the prose around
    them; facts stated twice are merged and dividend statuses settled per the contract."""
    for cached in _PER_RELEASE_CACHES:
        cached.cache_clear()
    repaired = repair_text(text)
    identity = identify(repaired, registry)
    cal = learn_calendar(repaired)
    settle_by_results(repaired, cal, identity.published_on)
    cal.current_fy_end = _current_fy_end(repaired, identity, cal)
    # Tables, headings and prose are read without the page furniture (same offsets).
    lines = without_furniture(lines_of(repaired), identity.name, identity.code)
    doc = Doc(
        text=repaired,
        identity=identity,
        cal=cal,
        document_standard=marker_in(repaired[:2500]) or statement_in(repaired[:2500]),
        sentences=_prose_sentences(lines),
    )
    if identity.registered_name:
        doc.warn(
            f"The release names the company '{identity.name}', the registry '{identity.registered_name}' for code "
            f"{identity.code}: kept the release's name (a renamed company?). If the code is misread, correct it."
        )
    if cal.fye_month is None:
        doc.warn("The release states no fiscal-year end; periods could not be dated. Add the company's year end.")
    figures: list[dict] = []
    dividends: list[dict] = []
    superseded = _before_correction(repaired)
    others: list[Block] = []
    for block in blocks(lines):
        subject = _another_company(block, doc)
        if subject:
            _leave_out_tables(lines, block, subject, doc)
            others.append(block)
            continue
        other_class = other_share_class(block.heading, doc)
        own = _outside(block, superseded) if superseded else block
        detail = [] if other_class else detail_dividends(repaired, own, doc)
        dividends.extend(detail)
        for table in tables(lines, block, lambda stretch, block=block: _may_state_facts(block, stretch)):
            if superseded and table.rows and _within(table.rows[0].cells[0].start, superseded):
                continue  # figures a correction shows 'before correction' are not facts
            figures.extend(figures_from_table(table, doc))
            if not detail and not other_class:
                dividends.extend(grid_dividends(table, doc))
    if others:  # nor do the other company's table lines read as sentences
        doc.sentences = [s for s in doc.sentences if not any(b.start <= s[1] < b.end for b in others)]
    figures = attributable_first(figures, doc)
    scopes = {f["consolidated"] for f in figures}
    for fact in prose_figures(doc, tabled=figures):
        if fact["consolidated"] is None and len(scopes) == 1:
            fact["consolidated"] = next(iter(scopes))  # prose restates the scope of the tables it explains
        figures.append(fact)
    if not dividends:  # no table: dividends printed one a line, else stated in sentences
        dividends.extend(colon_line_dividends(doc) or prose_dividends(doc, doc.sentences))
    else:
        dividends.extend(_prose_beyond_tables(dividends, doc))
    dividends = _settle_dividends(_merge(dividends, ("fiscal_year_end", "period", "scenario")), doc)
    attach_components(dividends, doc, doc.sentences)
    attach_note_components(dividends, doc)
    figures = _merge(figures, ("metric", "period_start", "period_end", "scenario", "consolidated"))
    return _result(doc, figures, dividends)


_WHOLE_YEAR = ("interim", "year_end", "annual")


def _prose_beyond_tables(tabled: list[dict], doc: Doc) -> list[dict]:
    """Layout family: a notice whose table decides one dividend and whose prose states the rest of the
    year ('The year-end dividend forecast (44.00 yen) remains unchanged; the annual dividend is expected
    to be 86.00 yen.'). The prose's dividends for a period no table gives are facts too; for a period a
    table gives, the table's amounts stand (the prose restates or compares them). A sentence naming no
    year speaks of the latest year the table gives (its others are comparisons). A table giving that
    year whole (a tanshin grid) leaves the prose nothing to add: it is not read."""
    latest = max(d["fiscal_year_end"] for d in tabled)
    covered = {(d["fiscal_year_end"], d["period"]) for d in tabled}
    if all((latest, p) in covered for p in _WHOLE_YEAR):
        return []
    cells = sorted(d["provenance"]["char_start"] for d in tabled if d["provenance"])
    # A 'sentence' holding a cell the tables read is a table run together (one long line), not prose.
    prose = [(s, at) for s, at in doc.sentences if bisect_left(cells, at) == bisect_left(cells, at + len(s))]
    found = [
        d
        for d in prose_dividends(doc, prose, date.fromisoformat(latest))
        if (d["fiscal_year_end"], d["period"]) not in covered
    ]
    if found:
        doc.warn(
            "Read dividends stated in the text beside the table ("
            + ", ".join(sorted({f"{d['period']} {d['scenario']} {d['per_share']}" for d in found}))
            + "): the table does not give these periods."
        )
    return found


def _before_correction(text: str) -> list[tuple[int, int]]:
    """The stretches of a correction notice under a 'Before correction' marker: from it to the next
    'After correction' marker (or the end). Only a release that speaks of a correction has them;
    'before' alone is common ('Profit before tax'), so the word 'correction' is what is tested for."""
    if not may_hold(text, ("correction",)):
        return []
    spans: list[tuple[int, int]] = []
    start = None
    for m in _CORRECTION_MARKER.finditer(text):
        if m.group("before") and start is None:
            start = m.start()
        elif not m.group("before") and start is not None:
            spans.append((start, m.start()))
            start = None
    if start is not None:
        spans.append((start, len(text)))
    return spans


def _within(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= offset < b for a, b in spans)


def _outside(block: Block, spans: list[tuple[int, int]]) -> Block:
    """The block's body after the last 'before correction' stretch inside it (the 'after correction'
    detail that follows it), or before the stretch where it runs to the block's end: a dividend
    detail table printed twice is read from its corrected copy."""
    start, end = block.body_start, block.end
    for a, b in spans:
        if a < end and b > start:
            if b < end:
                start = b
            else:
                end = max(start, a)
    return replace(block, body_start=start, end=end)


# Layout family: notices about another company (an acquisition, a listed subsidiary's revision)
# print that company's figures under a heading that makes it the table's subject: 'Overview of the
# subsidiary to be transferred / (5) Operating results ... for the last three years', 'Overview of
# the company to be acquired', 'Revision of the forecasts of <other company name>'. Those figures are
# not the issuer's facts.
_OTHER_SUBJECT = ci(
    r"overview\s+of\s+(?:the\s+)?(?:subsidiary|company\s+to\s+be|companies\s+to\s+be|target|acquired"
    r"|counterpart(?:y|ies)|(?:new\s+)?(?:specified\s+)?subsidiar(?:y|ies)\s+to\s+be)"
    r"|(?:company|companies|subsidiary|business)\s+to\s+be\s+(?:acquired|transferred|merged|absorbed|sold)"
    r"|target\s+company|acquiree"
)
_OTHER_SUBJECT_WORDS = ("overview", "to be", "target", "acquiree")
# 'of <Name> Co., Ltd.' / 'of <Name> Corporation' in a heading: the company whose figures follow.
_OF_COMPANY = re.compile(
    r"\b(?:of|for)\s+(?P<name>(?:[A-Z][\w&'.\-]*\s+){1,6}?(?:Co\.,?\s*Ltd\.|Corporation|Inc\.|Ltd\.|K\.K\.|Co\.))"
)


# A release whose figures may be another company's says how that company is related to the issuer.
_RELATED_COMPANY_WORDS = ("subsidiar", "acqui", "affiliate", "parent company", "tender offer")


def _another_company(block: Block, doc: Doc) -> str | None:
    """The words of the block's headings that make another company the subject of its tables.

    A heading that only names a company ('Forecasts of <Name> Co., Ltd.') counts where the release
    says how another company is related to the issuer: an issuer named differently in a heading
    than on its cover (an abbreviation, OCR damage) must not lose its own tables."""
    context = block.context
    cue = may_hold(context, _OTHER_SUBJECT_WORDS) and _OTHER_SUBJECT.search(context)
    if not cue and ("Co." in context or "Corporation" in context or "Inc." in context or "Ltd." in context):
        named = _OF_COMPANY.search(context)
        cue = (named if named and not _is_issuer(named.group("name"), doc.identity.name)
               and may_hold(doc.text, _RELATED_COMPANY_WORDS) else None)
    return cue.group(0).strip() if cue else None


def _leave_out_tables(lines: Lines, block: Block, subject: str, doc: Doc) -> None:
    """Warn that the block's fact tables are another company's figures and were left out; the
    issuer's own statements elsewhere (its forecast in prose) still count."""
    if any(table.rows for table in tables(lines, block, lambda stretch: _may_state_facts(block, stretch))):
        doc.warn(
            f"Table under {block.context[-100:]!r} left out: its figures are another company's "
            f"({subject!r}), not the issuer's."
        )


def _is_issuer(name: str, issuer: str | None) -> bool:
    """Whether a company name is the issuer's; an unknown issuer is every company (no table is left out
    on a name alone)."""
    return not issuer or names_issuer(name, issuer)


# What a figure table's header or row labels hold (figures' metric words, case-folded).
_METRIC_FACT_WORDS = ("sales", "revenue", "profit", "income", "earnings", "eps")


def _may_state_facts(block: Block, lines: str) -> bool:
    """Whether a table read from these lines of the block can state a figure or a per-share dividend:
    a figure table names a metric in its header or row labels, a dividend grid says 'dividend' in its
    headings or header, and header and labels are pieces of the lines. Lines with neither are not read."""
    lower = folded(lines)
    if lower is None or holds(lower, _METRIC_FACT_WORDS) or may_hold(block.context, ("dividend",)):
        return True
    return _names_dividends(lower)


def _names_dividends(lower: str) -> bool:
    """Whether lower-cased lines say 'dividend' other than in field names ending on a colon, whose value the
    next line prints (a cover page's 'Dividend payable date (as planned):' over 'June 30, 2021'): the
    cover page is then not read as a grid (its cells scanned, a table built) for no dividend."""
    at = lower.find("dividend")
    while at >= 0:
        end = lower.find("\n", at)
        end = len(lower) if end < 0 else end
        if not lower[at:end].rstrip().endswith(":"):
            return True
        at = lower.find("dividend", end)
    return False


# A comparison column or row that glosses the year before with its dates: 'Actual results for the
# previous fiscal year (Fiscal year ended March 31, 2024)'. Dividend notices print it first.
_PREVIOUS_YEAR_GLOSS = ci(
    r"(?:previous|prior|preceding)\s+(?:fiscal\s+|financial\s+|business\s+)?(?:year|period)\s*(\([^()]{0,120}\))"
)
# A release states its fiscal year within months of its end (results within 45 days, year-end
# dividends by the general meeting); a year end named longer before the release's date is suspect.
_STALE_YEAR_END_DAYS = 183


def _current_fy_end(text: str, identity: Identity, cal: Calendar) -> date | None:
    """The fiscal year the release is about: its title's period, else the first explicit year end
    (not one glossing the previous year) or record date in the text, else the year containing its date."""
    if identity.title:
        period, _ = resolve(identity.title, cal)
        if period:
            return cal.fy_end_for(period.end) or period.end
    head = text[:6000]
    end = fy_end_phrase(head, cal)
    if _stale(end, identity):
        end = fy_end_phrase(_PREVIOUS_YEAR_GLOSS.sub(_blank_gloss, head), cal)
        # Interim dividend notices cite the last year's results release ('... forecast announced in
        # the "Summary of Financial Results for the Fiscal Year Ended March 31, 2025"'): a year end
        # still stale is that citation, and the record date or the release's date tells the year.
        end = None if _stale(end, identity) else end
    if end:
        return cal.fy_end_for(end) or end
    m = ci(r"record\s+date[^.]{0,40}?|record\s+as\s+of\s+").search(text)
    if m:
        period, _ = resolve("year ended " + text[m.end() : m.end() + 30], cal)
        if period:
            return cal.fy_end_for(period.end)
    if identity.published_on and cal.fye_month:
        return cal.fy_end_for(identity.published_on)
    return None


def _stale(end: date | None, identity: Identity) -> bool:
    """Whether a year end is named longer before the release's date than a release about it comes."""
    return bool(end and identity.published_on and (identity.published_on - end).days > _STALE_YEAR_END_DAYS)


def _blank_gloss(m: re.Match[str]) -> str:
    """The gloss's bracket as spaces, the words before it kept."""
    return m.group(0)[: m.start(1) - m.start()] + " " * (m.end(1) - m.start(1))


# A sentence ends at '.', '!' or '?' before a space (not inside '13.50'), or at a blanked-out table.
# One character class first (then which case it is) lets the scan skip ahead on it.
_SENTENCE_END = re.compile(r"[.!?\s](?:(?<=[.!?])(?=\s)|(?<=\s)\s+)")


def _prose_sentences(lines: Lines) -> list[tuple[str, int]]:
    """Sentences of running prose with their offsets. Table lines are blanked out first (same
    length, so offsets hold)."""
    kept = [line if prose else " " * len(line) for line, prose in zip(lines.lines, sentence_lines(lines), strict=True)]
    flat = "".join(kept).replace("\n", " ")
    out = []
    start = 0
    for end in [*_sentence_ends(flat), len(flat)]:
        chunk = flat[start:end]
        sentence = chunk.strip()
        if sentence.count(" ") >= 5:
            out.append((sentence, start + len(chunk) - len(chunk.lstrip())))
        start = end
    return out


def sentence_lines(lines: Lines) -> list[bool]:
    """Which lines the sentences are read from: the prose lines, a short line ending a paragraph
    after one, and the lines that carry on a sentence one of those left open (:func:`runs_on`)."""
    out: list[bool] = []
    previous_prose = previous_kept = False
    previous = ""
    for line, own in zip(lines.lines, lines.prose, strict=True):
        prose = (
            own
            or (previous_prose and not line.isspace() and (digit_runs(line) <= 1 or value_count(line) <= 1))
            or (previous_kept and runs_on(previous, line))
        )
        out.append(prose)
        previous_prose, previous_kept, previous = own, prose, line
    return out


# Every whitespace character (str.isspace, re's '\s') but the space; none lies above U+3000.
_OTHER_SPACES = tuple(c for c in map(chr, range(0x3001)) if c.isspace() and c != " ")
_SPACE_RUN = re.compile(" +")


def _sentence_ends(flat: str) -> list[int]:
    """Where the matches of :data:`_SENTENCE_END` end, in order: after a '.', '!' or '?' before a space,
    and after each run of two spaces or more. In a text whose only whitespace is the space they are
    found with str.find, which skips ahead far faster than re stopping at every space."""
    if any(space in flat for space in _OTHER_SPACES):
        return [m.end() for m in _SENTENCE_END.finditer(flat)]
    ends = []
    for mark in ".!?":
        at = flat.find(mark)
        while at >= 0:
            if flat.startswith(" ", at + 1):
                ends.append(at + 1)
            at = flat.find(mark, at + 1)
    at = flat.find("  ")
    while at >= 0:
        end = _SPACE_RUN.match(flat, at).end()  # type: ignore[union-attr]
        ends.append(end)
        at = flat.find("  ", end)
    ends.sort()
    return ends


def _merge(facts: list[dict], key: tuple[str, ...]) -> list[dict]:
    """A fact stated twice is one fact: the first statement wins and later ones fill its gaps, except
    that a figure stated at two precisions (millions on page 1, thousands in the statements) keeps
    the more precise value."""
    merged: dict[tuple, dict] = {}
    for fact in facts:
        k = tuple([(fact.get(f) is False) if f == "consolidated" else fact.get(f) for f in key])
        if k not in merged:
            merged[k] = fact
            continue
        kept = merged[k]
        if _more_precise(fact, kept):
            merged[k], kept, fact = fact, fact, kept
        for name, value in fact.items():
            if kept.get(name) is None and value is not None:
                kept[name] = value
        if fact.get("paid"):
            kept["paid"] = True
    return list(merged.values())


_NOT_DIGIT = re.compile(r"\D")


def _more_precise(new: dict, old: dict) -> bool:
    """The same figure printed with more digits (agreeing within the rounding of the other)."""
    a, b = new.get("value"), old.get("value")
    if a is None or b is None or a == b:
        return False
    digits = [len(_NOT_DIGIT.sub("", (f.get("provenance") or {}).get("text") or "")) for f in (new, old)]
    return digits[0] > digits[1] and abs(a - b) <= abs(b) * 0.005


def _settle_dividends(dividends: list[dict], doc: Doc) -> list[dict]:
    """Statuses per the contract: paid when the document says so or its payment date has passed;
    an annual total is paid only when every part of the year is."""
    payable = payable_date(doc)
    current = doc.cal.current_fy_end.isoformat() if doc.cal.current_fy_end else None
    for d in dividends:
        if (
            payable
            and d["scenario"] == "actual"
            and d["period"] == "year_end"
            and d["fiscal_year_end"] == current
            and d["effective_date"] is None
        ):
            d["effective_date"] = payable.isoformat()
        if (
            d["scenario"] == "actual"
            and d["effective_date"]
            and doc.published_on
            and d["effective_date"] < doc.published_on.isoformat()
        ):
            d["paid"] = True
    for d in dividends:
        if d["scenario"] != "actual":
            d["status"] = None
        elif d["period"] == "annual" and not d.get("paid"):
            parts = [
                p
                for p in dividends
                if p["scenario"] == "actual"
                and p["fiscal_year_end"] == d["fiscal_year_end"]
                and p["period"] != "annual"
            ]
            d["status"] = "paid" if parts and all(p.get("paid") for p in parts) else "declared"
        else:
            d["status"] = "paid" if d.get("paid") else "declared"
        if d["scenario"] == "forecast" and d["announced_on"] is None:
            # A forecast kept 'unchanged' with no date of its own was announced with the latest forecast
            # the release dates for that year (a table's 'Previous forecast (announced ...)'), else null.
            kept = d.get("undated")
            d["announced_on"] = _kept_forecast_date(d, dividends) if kept else _dividend_forecast_date(d, doc)
        if d["scenario"] == "previous_forecast" and d["announced_on"] is None and doc.previous_forecast_on:
            d["announced_on"] = doc.previous_forecast_on.isoformat()
        if d["scenario"] != "forecast" and d["scenario"] != "previous_forecast":
            d["announced_on"] = None
    previous = {(d["fiscal_year_end"], d["period"]) for d in dividends if d["scenario"] == "previous_forecast"}
    for d in dividends:
        d.pop("paid", None)
        if "implied_previous" in d:
            if (d["fiscal_year_end"], d["period"]) not in previous:
                implied_forecast_warning(d, doc)
            del d["implied_previous"]
        d.pop("undated", None)
    return dividends


def _kept_forecast_date(d: dict, dividends: list[dict]) -> str | None:
    dated = [
        p["announced_on"]
        for p in dividends
        if p["scenario"] == "previous_forecast" and p["fiscal_year_end"] == d["fiscal_year_end"] and p["announced_on"]
    ]
    return max(dated, default=None)


def _dividend_forecast_date(d: dict, doc: Doc) -> str | None:
    flag = doc.revision_flags.get("dividends")
    if doc.identity.kind == "earnings_summary" and flag is False:
        day = doc.unchanged_since.get("dividend") or doc.unchanged_since.get("all")
        return day.isoformat() if day else None
    return doc.published_on.isoformat() if doc.published_on else None


def _result(doc: Doc, figures: list[dict], dividends: list[dict]) -> dict:
    identity = doc.identity
    kind = identity.kind
    has_facts = bool(figures or dividends)
    status, reason = "parsed", None
    if kind != "other" and not has_facts:
        status = "unparsed"
        reason = (
            f"A {kind.replace('_', ' ')} yielded no dividend or figure: its tables were not recognised. "
            "Check the extracted text's layout and the warnings."
        )
    standards = {f["accounting_standard"] for f in figures}
    return {
        "document": {
            "kind": kind,
            "title": identity.title,
            "company": {"code": identity.code, "name": identity.name},
            "published_on": identity.published_on.isoformat() if identity.published_on else None,
            "fiscal_year_end_month": doc.cal.fye_month,
            "is_correction": identity.is_correction,
            "accounting_standard": standards.pop() if len(standards) == 1 else None,  # when all figures agree
        },
        "dividends": dividends,
        "figures": figures,
        "warnings": doc.warnings,
        "parser_version": PARSER_VERSION,
        "status": status,
        "status_reason": reason,
    }
