"""Numbers, dates and figures written the same way on screen, in decks and in the CLI."""

from __future__ import annotations

from jvdesk.core.model import parse_date

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def format_number(value: float) -> str:
    """Write a number as the source gave it, with thousands separators.

    >>> format_number(500000.0), format_number(3.5), format_number(15.71)
    ('500,000', '3.5', '15.71')
    """
    if float(value).is_integer():
        return f"{int(value):,}"
    text = repr(float(value))
    whole, _, fraction = text.partition(".")
    return f"{int(whole):,}.{fraction}" if "e" not in text else text


def format_figure(value: float, unit: str, qualifier: str | None = None) -> str:
    """Write a figure with its qualifier and unit: 'more than 500,000 persons'.

    Currency units written as 'JPY trillion' read 'JPY 10 trillion'.
    """
    number = format_number(value)
    currency, _, scale = unit.partition(" ")
    if currency in ("JPY", "USD", "INR") and scale:
        text = f"{currency} {number} {scale}"
    elif currency in ("JPY", "USD", "INR"):
        text = f"{currency} {number}"
    else:
        text = f"{number} {unit}"
    return f"{qualifier} {text}" if qualifier else text


def format_date(value: str) -> str:
    """Write a pack date for people: '29 Aug 2025', 'Nov 2025' or '2026'."""
    year, month, day = parse_date(value)
    if day:
        return f"{day} {MONTHS[month - 1]} {year}"
    if month:
        return f"{MONTHS[month - 1]} {year}"
    return str(year)


def format_date_range(start: str, end: str) -> str:
    """Write a span of days compactly: '29–30 Aug 2025'."""
    first, last = parse_date(start), parse_date(end)
    if first == last:
        return format_date(start)
    if first[0] == last[0] and first[1] == last[1] and first[2] and last[2]:
        return f"{first[2]}–{format_date(end)}"
    return f"{format_date(start)} – {format_date(end)}"
