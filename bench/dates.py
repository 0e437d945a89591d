"""Arabic dates: our rules vs dateparser on the same table, in one process (BENCHMARKS.md).

    python -m bench.dates [--rounds 5]

Needs the `bench-dates` extra (`make bench-dates` installs it): dateparser 1.5.0 with its
calendars extra (the Hijri calendar is hijridate's Umm al-Qura, the one we use).

The table is tests/arabic_date_cases.py. A case counts as right when the answer is the
expected date: the same day with no time where the text shows none, the same time (and offset
where one is printed) where it does, and no date where none is meant (relative times,
impossible dates). "day" counts the right day alone, whatever the time. dateparser runs as
documented for Arabic pages: `languages=["ar"]`, day first, past dates preferred, and day,
month and year required (so that a missing part is not filled in from today); "+ hijri" tries
its HijriCalendar when the Gregorian parse finds nothing, "search" takes the first date
`search_dates` finds in the text.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections import Counter
from collections.abc import Callable
from datetime import date, datetime

from bench.machine import describe
from extraction.arabic_dates import parse_visible_date
from tests.arabic_date_cases import CASES, DateCase

SETTINGS = {"DATE_ORDER": "DMY", "PREFER_DATES_FROM": "past",
            "REQUIRE_PARTS": ["day", "month", "year"]}
Parser = Callable[[str], str | None]


def _iso(moment: datetime | None, shown: str) -> str | None:
    """dateparser's datetime in the table's form: a day alone when the text shows no time."""
    if moment is None:
        return None
    if ":" not in shown and (moment.hour, moment.minute, moment.second) == (0, 0, 0):
        return moment.date().isoformat()
    return moment.replace(microsecond=0).isoformat()


def dateparser_parse(text: str) -> str | None:
    import dateparser

    return _iso(dateparser.parse(text, languages=["ar"], settings=SETTINGS), text)


def dateparser_with_hijri(text: str) -> str | None:
    from dateparser.calendars.hijri import HijriCalendar

    found = dateparser_parse(text)
    if found is None:
        try:
            data = HijriCalendar(text).get_date()
        except (ValueError, OverflowError):  # a Gregorian year is outside its calendar
            return None
        found = _iso(data["date_obj"] if data else None, text)
    return found


def dateparser_search(text: str) -> str | None:
    from dateparser.search import search_dates

    hits = search_dates(text, languages=["ar"], settings=SETTINGS)
    return _iso(hits[0][1], text) if hits else None


PARSERS: dict[str, Parser] = {
    "ours": parse_visible_date,
    "dateparser 1.5.0 parse": dateparser_parse,
    "dateparser 1.5.0 parse + hijri": dateparser_with_hijri,
    "dateparser 1.5.0 search_dates": dateparser_search,
}


def score(parser: Parser, cases: list[DateCase]) -> tuple[Counter[str], int, int]:
    """(right answers by group, right answers in all, right days in all)."""
    right: Counter[str] = Counter()
    days = 0
    for case in cases:
        got = parser(case.shown)
        right[case.group] += got == case.want
        days += (got or "")[:10] == (case.want or "")[:10]
    return right, sum(right.values()), days


def per_call_us(parsers: dict[str, Parser], rounds: int) -> dict[str, float]:
    """Median over rounds of the mean time per call on the whole table, parsers interleaved."""
    texts = [case.shown for case in CASES]
    times: dict[str, list[float]] = {name: [] for name in parsers}
    for _ in range(rounds):
        for name, parser in parsers.items():
            started = time.perf_counter()
            for text in texts:
                parser(text)
            times[name].append((time.perf_counter() - started) / len(texts) * 1e6)
    return {name: statistics.median(values) for name, values in times.items()}


def hijri_agreement() -> Counter[str]:
    """On the cases that show a Hijri date next to its Gregorian one: is the Umm al-Qura day of
    the Hijri date (what a Hijri-only page gets) the Gregorian day the page shows?"""
    from extraction.hijri_dates import hijri_day

    found: Counter[str] = Counter()
    for case in CASES:
        if case.group == "hijri" and case.want:
            day = hijri_day(case.hijri or "")
            found["same day" if day == case.want else "no such day" if day is None else
                  f"{abs((date.fromisoformat(day) - date.fromisoformat(case.want)).days)}"
                  " day(s) apart"] += 1
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    for function in PARSERS.values():  # warm-up: dateparser loads its language data once
        function(CASES[0].shown)
    scores = {name: score(function, CASES) for name, function in PARSERS.items()}
    speed = per_call_us(PARSERS, args.rounds)
    print(describe())
    print(f"{len(CASES)} cases\n")
    groups = list(dict.fromkeys(case.group for case in CASES))
    sizes = Counter(case.group for case in CASES)
    print("| group | n | " + " | ".join(PARSERS) + " |")
    print("|---|---:|" + "---:|" * len(PARSERS))
    for group in groups:
        cells = " | ".join(str(scores[name][0][group]) for name in PARSERS)
        print(f"| {group} | {sizes[group]} | {cells} |")
    print(f"| **right** | {len(CASES)} | "
          + " | ".join(f"**{scores[name][1]}**" for name in PARSERS) + " |")
    print(f"| right day | {len(CASES)} | "
          + " | ".join(str(scores[name][2]) for name in PARSERS) + " |")
    print("| µs per call | | " + " | ".join(f"{speed[name]:.1f}" for name in PARSERS) + " |")
    print("| time vs ours | | " + " | ".join(f"{speed[name] / speed['ours']:.1f}x"
                                            for name in PARSERS) + " |")
    agreement = ", ".join(f"{n} {what}" for what, n in hijri_agreement().most_common())
    print(f"\nHijri next to Gregorian: Umm al-Qura day of the Hijri date vs the Gregorian shown: "
          f"{agreement}")


if __name__ == "__main__":
    main()
