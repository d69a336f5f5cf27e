"""Numbers, dates and figures written the same way on screen, in decks and in the CLI.

Each is written in the language in force (``jvdesk.core.i18n``) from CLDR's data through
Babel: grouping, compact forms (``10兆``, ``5 लाख``), month names and date patterns are
never written by hand. English keeps the forms jvdesk has always written ("JPY 10
trillion", "29 Aug 2025"), which its users and decks already quote.

A figure is never rounded: a compact form is used only when it states the number exactly
(JPY 5.9 billion is 59億円, but 123,456,789 stays 123,456,789). The words that join a
number to its currency and qualifier come from the catalogue, as patterns translators
can reorder ("more than {figure}" is "{figure}超" in Japanese).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from decimal import Decimal
from functools import cache

from jvdesk.core.cldrmemo import cldr
from jvdesk.core.i18n import DEFAULT, current, pgettext
from jvdesk.core.model import parse_date

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

SCALES = {
    "thousand": Decimal(10) ** 3,
    "million": Decimal(10) ** 6,
    "billion": Decimal(10) ** 9,
    "trillion": Decimal(10) ** 12,
    "lakh": Decimal(10) ** 5,
    "crore": Decimal(10) ** 7,
    "lakh crore": Decimal(10) ** 12,
}
CURRENCIES = ("JPY", "USD", "INR")
# "JPY trillion", "INR crore a year": a currency, a scale word, and words after them.
UNIT = re.compile(
    r"^(?P<currency>JPY|USD|INR)(?: (?P<scale>lakh crore|thousand|million|billion|trillion|"
    r"lakh|crore))?(?: (?P<rest>.+))?$"
)
# At most this many decimals in a compact form's number (59億, 5.9 अरब): more is no headline.
COMPACT_DECIMALS = 2

QUALIFIERS = {
    # A qualifier and the figure it bounds, as one pattern a translator can reorder.
    "more than": lambda: pgettext("figure qualifier", "more than {figure}"),
    "at least": lambda: pgettext("figure qualifier", "at least {figure}"),
    "nearly": lambda: pgettext("figure qualifier", "nearly {figure}"),
    "about": lambda: pgettext("figure qualifier", "about {figure}"),
    "up to": lambda: pgettext("figure qualifier", "up to {figure}"),
}


def _currency_word(code: str) -> str:
    # CLDR's display names are the formal ones ("日本円", "जापानी येन"); after an amount
    # officials write the short word ("10兆円", "10 लाख करोड़ येन"), which the catalogue holds.
    words = {
        "JPY": pgettext("currency after an amount", "JPY"),
        "USD": pgettext("currency after an amount", "USD"),
        "INR": pgettext("currency after an amount", "INR"),
    }
    return words[code]


def _exact(value: float) -> Decimal:
    """The number as the pack wrote it (the shortest decimal that reads back as ``value``)."""
    return Decimal(repr(float(value))).normalize()


def format_number(value: float | Decimal) -> str:
    """Write a number as the source gave it, with the language's grouping, never rounded.

    >>> format_number(500000.0), format_number(3.5), format_number(15.71)
    ('500,000', '3.5', '15.71')
    """
    number = value if isinstance(value, Decimal) else _exact(value)
    language = current()
    if language == DEFAULT:
        if number == number.to_integral_value():
            return f"{int(number):,}"
        whole, _, fraction = f"{number:f}".partition(".")
        return f"{int(whole):,}.{fraction}"
    return cldr("format_decimal", number, locale=language, decimal_quantization=False)


def format_list(items: Sequence[str]) -> str:
    """Items as the language lists them, from CLDR's patterns.

    >>> format_list(["2014", "2022", "2025"])
    '2014, 2022, and 2025'

    Japanese writes 2014、2022、2025 and Hindi 2014, 2022 और 2025.
    """
    return cldr("format_list", list(items), locale=current())


def _decimals(number: Decimal) -> int:
    exponent = number.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 99


@cache
def _hindi_word(power: int) -> str:
    """CLDR's Hindi word for 10^power (5: लाख, 7: करोड़), from its long compact pattern."""
    sample = cldr("format_compact_decimal", 10**power, locale="hi", format_type="long")
    return sample.replace("1", "", 1).strip()


def format_compact(value: float | Decimal) -> str:
    """A headline number in the language's short form, when that form is exact.

    Japanese: CLDR's 万, 億, 兆 (500,000 is 50万). Hindi: CLDR's लाख below a crore; from a
    crore up, the crore and lakh-crore forms Indian officials write ("590 करोड़", "10 लाख
    करोड़"), because CLDR's अरब, खरब and नील (10^13 is "1 नील") are rarely read in briefings.
    English keeps the full number. A form that would need rounding is not used.
    """
    number = value if isinstance(value, Decimal) else _exact(value)
    language = current()
    if language == "ja" and abs(number) >= 10_000:
        # CLDR's Japanese units go up to 京 (10^16); Babel writes larger numbers in 京 too.
        divisor = Decimal(10) ** (4 * min(4, (len(str(int(abs(number)))) - 1) // 4))
        if _decimals(number / divisor) <= COMPACT_DECIMALS:
            return cldr(
                "format_compact_decimal", number, locale="ja", fraction_digits=COMPACT_DECIMALS
            )
    if language == "hi" and abs(number) >= 10**5:
        for power, words in ((12, (5, 7)), (7, (7,)), (5, (5,))):
            if abs(number) >= Decimal(10) ** power:
                quotient = number / Decimal(10) ** power
                if _decimals(quotient) > COMPACT_DECIMALS:
                    continue  # not exact in this scale: 1,23,456 करोड़ rather than 1.23456 लाख करोड़
                names = " ".join(_hindi_word(p) for p in words)
                return pgettext("number and its scale word", "{number} {scale}").format(
                    number=format_number(quotient), scale=names
                )
    return format_number(number)


def format_figure(
    value: float, unit: str, qualifier: str | None = None, *, compact: bool = False
) -> str:
    """Write a figure with its qualifier and unit: 'more than 500,000 persons'.

    Currency units written as 'JPY trillion' read 'JPY 10 trillion' in English and are
    turned into an amount in the other languages (10兆円, 10 लाख करोड़ येन). ``compact``
    asks for the short form headlines use (target cards, the glance table); full numbers
    (5,00,000) are for tables and notes.
    """
    language = current()
    parts = UNIT.match(unit)
    if language == DEFAULT:
        text = _english_figure(value, unit, parts)
        return f"{qualifier} {text}" if qualifier else text
    if parts:
        amount = _exact(value) * SCALES.get(parts["scale"] or "", Decimal(1))
        number = format_compact(amount)
        pattern = pgettext("an amount of money", "{number} {currency}")
        text = pattern.format(number=number, currency=_currency_word(parts["currency"]))
        if parts["rest"]:
            text = pgettext("a figure and words after it", "{figure} {words}").format(
                figure=text, words=parts["rest"]
            )
    else:
        number = format_compact(value) if compact else format_number(value)
        text = pgettext("a count and what is counted", "{number} {unit}").format(
            number=number, unit=unit
        )
    return QUALIFIERS[qualifier]().format(figure=text) if qualifier in QUALIFIERS else text


# A unit this short joins its number on a card (50万人, 300 km); a longer one goes under it.
SHORT_UNIT = 4


def headline(value: float, unit: str, qualifier: str | None = None) -> tuple[str, str]:
    """A target card's figure in the language in force: (the big line, the line under it).

    An amount (10兆円, 10 लाख करोड़ येन) or a count with a short unit (50万人) is one big
    line; a count with a long unit keeps its number big ("70超") and its unit under it, as
    English cards do.
    """
    if UNIT.match(unit) or len(unit) <= SHORT_UNIT:
        return format_figure(value, unit, qualifier, compact=True), ""
    number = format_compact(value)
    if qualifier in QUALIFIERS:
        number = QUALIFIERS[qualifier]().format(figure=number)
    return number, unit


def _english_figure(value: float, unit: str, parts: re.Match[str] | None) -> str:
    number = format_number(value)
    if parts:
        return " ".join(p for p in (parts["currency"], number, unit[4:]) if p)
    return f"{number} {unit}"


def _date(value: str) -> tuple[dt.date, int, int]:
    year, month, day = parse_date(value)
    return dt.date(year, month or 1, day or 1), month, day


def format_date(value: str) -> str:
    """Write a pack date for people: '29 Aug 2025', 'Nov 2025' or '2026'.

    In Japanese and Hindi, CLDR's long forms: 2025年8月29日, 29 अगस्त 2025.
    """
    date, month, day = _date(value)
    language = current()
    if language == DEFAULT:
        if day:
            return f"{day} {MONTHS[month - 1]} {date.year}"
        if month:
            return f"{MONTHS[month - 1]} {date.year}"
        return str(date.year)
    if day:
        return cldr("format_date", date, format="long", locale=language)
    return cldr("format_skeleton", "yMMMM" if month else "y", date, locale=language)


def format_date_range(start: str, end: str) -> str:
    """Write a span of days compactly: '29–30 Aug 2025', in Japanese CLDR's interval form."""
    first, last = parse_date(start), parse_date(end)
    if first == last:
        return format_date(start)
    language = current()
    if language != DEFAULT and all(first) and all(last):
        begin, finish = _date(start)[0], _date(end)[0]
        if language == "hi" and first[:2] == last[:2]:
            # CLDR's Hindi interval abbreviates the month ("29–30 अग॰ 2025"); its days'
            # interval and the long month read as the long date does: 29–30 अगस्त 2025.
            days = cldr("format_interval", begin, finish, "d", locale=language)
            return pgettext("days of one month", "{days} {month}").format(
                days=days, month=cldr("format_skeleton", "yMMMM", finish, locale=language)
            )
        return cldr("format_interval", begin, finish, "yMMMMd", locale=language)
    if first[0] == last[0] and first[1] == last[1] and first[2] and last[2]:
        return f"{first[2]}–{format_date(end)}"
    return f"{format_date(start)} – {format_date(end)}"
