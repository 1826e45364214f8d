"""The shapes of temporal expressions, built from one language's word lists.

Each pattern is (kind, compiled regex). Group names are read by `extract.py`. The grammar
(word order) lives here; every word comes from the language's date_words.yaml.
"""

from __future__ import annotations

import functools
import re

from eventdesk.dates.words import B, E, alt, date_words

DAY = r"(?:[12]\d|3[01]|0?[1-9])"
ORD = r"(?:er|e|st|nd|rd|th)?"
YEAR_DIGITS = r"(?:1[89]|20)\d\d"
YEAR = YEAR_DIGITS + r"(?![\w%]|[-‐‑–]\w|[.,]\d)"


@functools.cache
def patterns(language: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    w = date_words(language)
    months, wds = w.words("months"), w.words("weekdays")
    nums = w.words("numbers") + w.words("vague_numbers")
    num = lambda g: rf"(?P<{g}>\d{{1,3}}|{alt(nums)})"  # noqa: E731
    unit = lambda g: alt(w.words("units"), g)  # noqa: E731
    month = lambda g: rf"{alt(months, g)}(?:\.(?=\s*\d))?"  # noqa: E731
    day = lambda g: rf"(?P<{g}>{DAY}){ORD}"  # noqa: E731
    year = lambda g: rf"(?P<{g}>{YEAR})"  # noqa: E731
    wd = lambda g: alt(wds, g)  # noqa: E731
    the = rf"(?:{alt(w.words('date_articles'))})\s*"
    of = rf"(?:\s+{alt(w.words('day_month_joiners'))})?"
    since = rf"(?:(?P<since>{alt(w.words('since_words'))})\s+)?"
    prefixes = alt(w.words("day_prefixes"))
    last, nxt = w.words("last_words"), w.words("next_words")
    rng = w.raw["range_words"]
    opener, join = alt(rng["open"]), alt(rng["join"])
    pod = alt(w.words("parts_of_day"), "pod")
    part = (
        rf"(?:{alt(w.words('part_prefixes'))}\s+)?(?P<part>{alt(w.words('month_parts'))})"
        rf"(?:\s*{alt(w.words('part_connectors'))}\s*|\s+)"
    )
    rc = w.raw["recent_counted"]
    approx = rf"(?:{alt(w.words('approximately'))}\s+)?"
    shapes: list[tuple[str, str]] = [
        ("range", rf"(?:{opener}\s+)?{day('d1')}(?:\s+{month('m1')})?(?:\s+{year('y1')})?"
                  rf"\s*{join}\s*(?:{the})?{day('d2')}\s+{month('m2')}(?:\s*,?\s+{year('y2')})?"),
        ("range", rf"(?:{opener}\s+)?{month('m1')}\s+{day('d1')}\s*{join}\s*{day('d2')}"
                  rf"(?:\s*,\s*{year('y2')})?"),
        ("range", rf"(?:{opener}\s+)?{month('m1')}\s+{day('d1')}\s*{join}\s*{month('m2')}\s+{day('d2')}"
                  rf"(?:\s*,\s*{year('y2')})?"),
        ("weekday_range", rf"(?:{prefixes}\s+)?{wd('w1')}(?:\s+{alt(w.words('parts_of_day'))})?"
                          rf"\s+{join}\s+(?:{the})?{wd('w2')}"),
        ("date", rf"{since}(?:(?P<anchor>{alt(w.words('anchor_days'))})\s*,?\s+)?"
                 rf"(?:(?P<pre>(?:{prefixes})(?:\s+(?:{prefixes}))?)\s+)?(?:{wd('wd')}\s*,?\s+)?(?:{the})?{day('day')}"
                 rf"{of}\s+{month('month')}(?:\s*,?\s+{year('year')})?"),
        ("date", rf"{since}(?:(?P<anchor>{alt(w.words('anchor_days'))})\s*,?\s+)?"
                 rf"(?:(?P<pre>(?:{prefixes})(?:\s+(?:{prefixes}))?)\s+)?(?:{wd('wd')}\s*,?\s+)?{month('month')}\s+{day('day')}"
                 rf"(?!\s*(?:{join}|\d))(?:\s*,?\s+{year('year')})?"),
        ("numeric", rf"(?P<a>{DAY})[/.](?P<b>{DAY})[/.](?P<year>{YEAR})"),
        ("numeric", rf"(?P<year>{YEAR_DIGITS})-(?P<month>0[1-9]|1[0-2])-(?P<day>[0-3]\d)"),
        ("month", rf"{since}(?:{part})?(?:(?P<cue>{alt(w.words('month_cues'))})\s+)?{month('month')}"
                  rf"(?:\s+(?:{alt(w.words('part_connectors'))}\s+)?{year('year')}|\s+(?P<last>{alt(last)}))?"),
        ("season", rf"{since}(?:(?P<cue>{alt(w.words('season_prefixes'))})\s*)?"
                   rf"(?:(?P<dirb>{alt(last + nxt)})\s+)?{alt(w.words('seasons'), 'season')}"
                   rf"(?:\s+(?:{alt(w.words('part_connectors'))}\s+)?{year('year')}"
                   rf"|\s+(?P<dir>{alt(last + nxt)}))?"),
        ("year", rf"{since}(?:{part})?(?:(?P<cue>{alt(w.words('year_cues'))})\s+)?{year('year')}"),
        ("weekday", rf"(?:{prefixes}\s+){{0,2}}(?:(?P<dirb>{alt(last + nxt)})\s+)?{wd('wd')}"
                    rf"(?:\s+{pod})?(?:\s+(?P<dir>{alt(last + nxt)}))?"),
        ("relative_day", alt(w.words("relative_days"), "phrase")),
        ("relative_period", alt(w.words("relative_periods"), "phrase")),
        ("recent", alt(w.words("recent_periods"), "phrase")),
        ("recent_counted", rf"{alt(rc['before'])}\s+(?:{alt(last + rc['last'])}\s+)?{num('num')}\s+"
                           rf"(?:{alt(rc['last'])}\s+)?{unit('unit')}(?:\s+{alt(rc['last'])})?"),
        ("mention_day", alt(w.words("mention_days"), "phrase")),
        ("mention_shift", rf"{num('num')}\s+{unit('unit')}\s+{alt(w.words('shift_words'), 'shift')}"),
    ]
    if w.words("ago_before"):
        shapes.append(("ago", rf"{alt(w.words('ago_before'))}\s+{approx}{num('num')}\s+{unit('unit')}"))
    if w.words("ago_after"):
        shapes.append(("ago", rf"{approx}{num('num')}\s+{unit('unit')}\s+{alt(w.words('ago_after'))}"))
    return tuple((kind, re.compile(B + body + E, re.IGNORECASE)) for kind, body in shapes)
