"""Alternative text: a chart or a table in a sentence a listener can follow, in each language."""

from __future__ import annotations

import pytest

from jvdesk.core import i18n
from jvdesk.core.charts import ChartSpec, SeriesSpec
from jvdesk.core.deckplan import DeckPlan
from jvdesk.core.descriptions import describe_chart, describe_table
from jvdesk.core.i18n import Language
from jvdesk.core.pack import ContentPack
from jvdesk.core.planning import plan_deck

FDI = {
    "en": (
        "Column chart, Net Japanese FDI into India and ASEAN, USD billion, 2022 to 2024: "
        "India 4.1, 5.9, 5.3; ASEAN 23.3, 25.5, 28.7. Source [9]"
    ),
    "ja": (
        "縦棒グラフ「日本の対インド及び対ASEAN直接投資（ネット）」（単位：10億ドル、"  # noqa: RUF001
        "2022年～2024年）。インド 4.1、5.9、5.3。ASEAN 23.3、25.5、28.7。出典 [9]"  # noqa: RUF001
    ),
    "hi": (
        "स्तंभ चार्ट, भारत और आसियान में शुद्ध जापानी FDI (इकाई: अरब अमेरिकी डॉलर), "
        "2022 से 2024: भारत 4.1, 5.9, 5.3; आसियान 23.3, 25.5, 28.7। स्रोत [9]"
    ),
}


def _spec(kind: str, categories: tuple[str, ...], *series: SeriesSpec) -> ChartSpec:
    return ChartSpec(
        id="c",
        title="A chart",
        kind=kind,
        categories=categories,
        category_title="Year",
        series=series,
        unit="persons",
        decimals=0,
        axis_max=10,
        source_ids=(),
        note=None,
    )


@pytest.mark.parametrize("language", ["en", "ja", "hi"])
def test_the_fdi_chart_in_a_sentence(shipped_pack: ContentPack, language: Language) -> None:
    plan = plan_deck(shipped_pack, language=language)
    slide = next(s for s in plan.slides if s.chart and s.chart.id == "net-fdi-india-asean")
    assert slide.chart is not None
    with i18n.using(language):
        assert describe_chart(slide.chart, slide.chart_mark) == FDI[language]


def test_categories_out_of_sequence_are_each_named_and_gaps_said() -> None:
    visitors = _spec(
        "bar",
        ("2016", "2018", "2024"),
        SeriesSpec("Visitors", (123007.0, None, 233000.0)),
    )
    assert describe_chart(visitors) == (
        "Bar chart, A chart, persons, 2016, 2018, and 2024: Visitors 123,007, no figure, 233,000"
    )
    with i18n.using("hi"):
        assert describe_chart(visitors, "[3]") == (
            "क्षैतिज बार चार्ट, A chart (इकाई: persons), 2016, 2018 और 2024: "
            "Visitors 1,23,007, आँकड़ा उपलब्ध नहीं, 2,33,000। स्रोत [3]"
        )
    with i18n.using("ja"):
        assert describe_chart(visitors) == (
            "横棒グラフ「A chart」（単位：persons、2016、2018、2024）。"  # noqa: RUF001
            "Visitors 123,007、数値なし、233,000"
        )


def test_fiscal_years_that_follow_one_another_are_a_span() -> None:
    trade = _spec("line", ("2017-18", "2018-19", "2019-20"), SeriesSpec("Trade", (1.5, 2, 3)))
    assert describe_chart(trade, "[9, 10]") == (
        "Line chart, A chart, persons, 2017-18 to 2019-20: Trade 1.5, 2, 3. Source [9, 10]"
    )


def test_a_table_names_its_rows_and_columns() -> None:
    columns = ("Direction", "Target", "Figure", "Time frame", "Source")
    assert describe_table("Targets at a glance", columns, 6) == (
        "Table, Targets at a glance, 6 rows: Direction, Target, Figure, Time frame, and Source"
    )
    assert describe_table("Sources (2 of 9)", ("", "Source", "Site"), 1) == (
        "Table, Sources (2 of 9), 1 row: Source and Site"
    )
    with i18n.using("ja"):
        table = describe_table("目標一覧", ("方向性", "目標"), 6)
        assert table == "表「目標一覧」（6行）。列：方向性、目標"  # noqa: RUF001
    with i18n.using("hi"):
        assert describe_table("स्रोत", ("", "स्रोत", "साइट"), 1) == (
            "तालिका: स्रोत, 1 पंक्ति; स्तंभ: स्रोत और साइट"
        )
        assert describe_table("स्रोत", ("", "स्रोत", "साइट"), 11) == (
            "तालिका: स्रोत, 11 पंक्तियाँ; स्तंभ: स्रोत और साइट"
        )


def test_every_chart_of_the_shipped_pack_is_described(shipped_plan: DeckPlan) -> None:
    charts = [slide for slide in shipped_plan.slides if slide.chart is not None]
    assert len(charts) == 14  # the pack's 10, and 4 of progress towards targets
    for slide in charts:
        assert slide.chart is not None
        text = describe_chart(slide.chart, slide.chart_mark)
        assert text.startswith(("Column chart, ", "Bar chart, ", "Line chart, ")), text
        assert slide.chart.title in text and text.endswith(f"Source {slide.chart_mark}")
        for series in slide.chart.series:
            assert series.name in text
