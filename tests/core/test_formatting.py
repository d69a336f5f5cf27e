"""Figures and dates are written the same way everywhere."""

from __future__ import annotations

import pytest

from jvdesk.core.formatting import format_date, format_date_range, format_figure, format_number


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (10, "10"),
        (500000.0, "500,000"),
        (3.5, "3.5"),
        (15.71, "15.71"),
        (0.1, "0.1"),
        (1685, "1,685"),
    ],
)
def test_numbers_keep_their_digits(value: float, text: str) -> None:
    assert format_number(value) == text


@pytest.mark.parametrize(
    ("value", "unit", "qualifier", "text"),
    [
        (10, "JPY trillion", None, "JPY 10 trillion"),
        (500000, "persons", "more than", "more than 500,000 persons"),
        (600, "USD million", None, "USD 600 million"),
        (
            3,
            "Indian state delegations per year",
            "at least",
            "at least 3 Indian state delegations per year",
        ),
    ],
)
def test_figures_read_naturally(value: float, unit: str, qualifier: str | None, text: str) -> None:
    assert format_figure(value, unit, qualifier) == text


def test_dates_of_each_precision() -> None:
    assert [format_date(d) for d in ("2025-08-29", "2025-11", "2026")] == [
        "29 Aug 2025",
        "Nov 2025",
        "2026",
    ]


def test_date_ranges() -> None:
    assert format_date_range("2025-08-29", "2025-08-30") == "29–30 Aug 2025"
    assert format_date_range("2025-08-29", "2025-08-29") == "29 Aug 2025"
    assert format_date_range("2025-08-30", "2025-09-01") == "30 Aug 2025 – 1 Sep 2025"
