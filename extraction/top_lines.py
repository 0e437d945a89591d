"""The lines that open a text and belong to its fields: the dateline that dates the page
and the byline that names its writer, among the first few lines (both leave the body)."""

from __future__ import annotations

from extraction.agency_lines import place_source_writer
from extraction.boilerplate import is_dateline
from extraction.byline_lines import author_of_byline, is_byline_line
from extraction.counter_lines import without_counter

# Datelines that give the page its dates are read among this many first lines of the text.
TOP_DATELINE_LINES = 5


def top_dateline(lines: list[str]) -> str | None:
    """The dateline among the first TOP_DATELINE_LINES non-empty lines (without a view counter
    after it), which leaves the body and dates the page when nothing machine-readable does
    (ArabicPage.dates), else None."""
    firsts = [line for line in lines if line][:TOP_DATELINE_LINES]
    # "نشر في : <date> عدد القراءات : 2341": the date without the counter beside it.
    return next((shown for line in firsts if is_dateline(shown := without_counter(line) or line)),
                None)


def top_byline(lines: list[str]) -> str | None:
    """The writer named by a byline among the first TOP_DATELINE_LINES non-empty lines (the
    line leaves the body; the name is the page's author when nothing else names one)."""
    for line in [line for line in lines if line][:TOP_DATELINE_LINES]:
        if is_byline_line(line):
            return author_of_byline(line)
        if writer := place_source_writer(line):
            return writer  # "سيئون - خاص - سالم عمر باحميش"
    return None
