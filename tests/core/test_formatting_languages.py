"""Figures and dates in Japanese and Hindi, from CLDR, never rounded (issue 13)."""

from __future__ import annotations

import pytest

from jvdesk.core import i18n
from jvdesk.core.formatting import (
    format_compact,
    format_date,
    format_date_range,
    format_figure,
    format_number,
)


def test_japanese_compact_forms_come_from_cldr() -> None:
    with i18n.using("ja"):
        assert format_compact(500000) == "50万"
        assert format_compact(10e12) == "10兆"
        assert format_compact(5.9e9) == "59億"
        assert format_date("2025-08-29") == "2025年8月29日"
        assert format_date("2025-11") == "2025年11月"
        assert format_date_range("2025-08-29", "2025-08-30").startswith("2025年8月29日")


def test_hindi_uses_lakh_and_the_crore_forms_officials_write() -> None:
    with i18n.using("hi"):
        assert format_compact(500000) == "5 लाख"
        # CLDR's short form for 10^13 is "1 नील": officials write lakh crore.
        assert format_compact(10e12) == "10 लाख करोड़"
        assert format_compact(5.9e9) == "590 करोड़"
        assert format_number(500000) == "5,00,000"
        assert format_date("2025-08-29") == "29 अगस्त 2025"
        assert format_date_range("2025-08-29", "2025-08-30") == "29–30 अगस्त 2025"


def test_a_compact_form_that_would_round_is_not_used() -> None:
    with i18n.using("ja"):
        assert format_compact(123456789) == "123,456,789"
    with i18n.using("hi"):
        assert format_compact(123456789) == "12,34,56,789"


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "JPY 10 trillion"), ("ja", "10兆円"), ("hi", "10 लाख करोड़ येन")],
)
def test_a_currency_figure_becomes_an_amount(language: str, expected: str) -> None:
    # The word after an amount ("円", "येन") is the catalogue's (make translations).
    with i18n.using(language):  # type: ignore[arg-type]
        text = format_figure(10, "JPY trillion", compact=True)
    assert text == expected


def test_english_figures_are_written_as_they_always_were() -> None:
    assert format_figure(500000, "persons", "more than") == "more than 500,000 persons"
    assert format_figure(5, "INR crore a year") == "INR 5 crore a year"
    assert format_figure(15.71, "USD billion") == "USD 15.71 billion"
    assert format_date("2025-08-29") == "29 Aug 2025"


def test_a_form_that_is_not_exact_in_one_scale_tries_the_next() -> None:
    with i18n.using("hi"):
        assert format_compact(1.23456e12) == "1,23,456 करोड़"
    with i18n.using("ja"):
        assert format_compact(1.5e16) == "1.5京"
        assert format_compact(1.2345e16) == "12,345,000,000,000,000"  # 1.23京 would round
