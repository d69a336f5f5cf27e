"""Alternative text: what a chart or a table shows, in a sentence a listener can follow.

A screen reader reads it in place of the picture: the deck writes it on each chart and
table for PowerPoint's Accessibility Checker (and the rules behind it, GIGW 3.0 and JIS X
8341-3, which build on WCAG), and the app can show the same words as a chart's accessible
description. Every word comes from the catalogue and every number from
``jvdesk.core.formatting``, so a deck in Japanese or Hindi describes its charts in its
own language.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from jvdesk.core.charts import ChartSpec
from jvdesk.core.formatting import format_list, format_number
from jvdesk.core.i18n import ngettext, pgettext

LEADING_NUMBER = re.compile(r"\s*(\d+)")


def _kind(kind: str) -> str:
    """A chart's kind, as a listener is told it: 'Column chart'."""
    kinds = {
        "column": pgettext("kind of chart", "Column chart"),
        "bar": pgettext("kind of chart", "Bar chart"),
        "line": pgettext("kind of chart", "Line chart"),
    }
    return kinds.get(kind) or pgettext("kind of chart", "Chart")


def _in_sequence(categories: Sequence[str]) -> bool:
    """Whether categories run one after another (2022, 2023, 2024; 2017-18, 2018-19).

    Then "2022 to 2024" names them all; other categories are listed one by one.
    """
    numbers = []
    for category in categories:
        found = LEADING_NUMBER.match(category)
        if found is None:
            return False
        numbers.append(int(found[1]))
    return len(numbers) > 1 and all(b == a + 1 for a, b in pairwise(numbers))


def _categories(categories: Sequence[str]) -> str:
    if _in_sequence(categories):
        # Translators: the categories of a chart that follow one another, as in
        # "2022 to 2024".
        return pgettext("chart categories", "{first} to {last}").format(
            first=categories[0], last=categories[-1]
        )
    return format_list(categories)


def _value(value: float | None) -> str:
    if value is None:
        # Translators: read in a chart's list of values where its source gives no figure.
        return pgettext("chart value", "no figure")
    return format_number(value)


def describe_chart(spec: ChartSpec, mark: str = "") -> str:
    """A chart in one sentence: its kind, title, unit, categories and every value.

    "Column chart, Net Japanese FDI into India and ASEAN, USD billion, 2022 to 2024: India
    4.1, 5.9, 5.3; ASEAN 23.3, 25.5, 28.7. Source [8]"

    Args:
        spec: the chart.
        mark: its source mark as the slide shows it ("[8]"); "" for none.
    """
    separator = pgettext("list separator", ", ")
    series = [
        # Translators: a chart's series and its values, as in "India 4.1, 5.9, 5.3".
        pgettext("chart description", "{name} {values}").format(
            name=item.name, values=separator.join(_value(value) for value in item.values)
        )
        for item in spec.series
    ]
    # Translators: a chart described for a listener, as in "Column chart, Net Japanese FDI
    # into India and ASEAN, USD billion, 2022 to 2024: India 4.1, 5.9, 5.3; ASEAN 23.3,
    # 25.5, 28.7". {unit} is the unit of the values.
    text = pgettext("chart description", "{kind}, {title}, {unit}, {categories}: {series}").format(
        kind=_kind(spec.kind),
        title=spec.title,
        unit=spec.unit,
        categories=_categories(spec.categories),
        # Translators: what separates two series of a chart's description.
        series=pgettext("chart description", "; ").join(series),
    )
    if not mark:
        return text
    # Translators: a chart's description, then its source mark, as in "... 28.7. Source [8]".
    return pgettext("chart description", "{description}. Source {mark}").format(
        description=text, mark=mark
    )


def describe_table(title: str, columns: Sequence[str], rows: int) -> str:
    """A table in one sentence: what it is, how many rows it has, and its columns.

    "Table, Targets at a glance, 8 rows: Direction, Target, Figure, Time frame, and Source"

    Args:
        title: what the table holds (its slide's title).
        columns: its column headings; empty ones are left out.
        rows: how many rows it has under its header row.
    """
    headings = [column for column in columns if column.strip()]
    text = ngettext(
        # Translators: a table described for a listener, as in "Table, Targets at a glance,
        # 8 rows: Direction, Target, Figure, Time frame, and Source" ({columns} is a list).
        "Table, {title}, {count} row: {columns}",
        "Table, {title}, {count} rows: {columns}",
        rows,
    )
    return text.format(title=title, count=format_number(rows), columns=format_list(headings))
