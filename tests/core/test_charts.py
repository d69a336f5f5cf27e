"""Chart specs carry everything a renderer needs, computed once."""

from __future__ import annotations

import pytest

from jvdesk.core.charts import chart_spec, nice_ceiling
from jvdesk.core.loader import load_pack
from tests.conftest import MINIMAL_PACK


def test_spec_from_a_pack_chart() -> None:
    pack = load_pack(MINIMAL_PACK)
    spec = chart_spec(pack.panel("alpha").charts[0])
    assert spec.categories == ("2022", "2023", "2024")
    assert [s.values for s in spec.series] == [(4.1, 5.9, 5.3)]
    assert (spec.unit, spec.value_title, spec.category_title) == (
        "USD billion",
        "USD billion",
        "Year",
    )
    assert (spec.decimals, spec.number_format) == (1, "#,##0.0")
    assert spec.axis_max == 8
    assert [spec.label(v) for v in (4.1, None)] == ["4.1", ""]
    assert spec.source_ids == ("press",)


@pytest.mark.parametrize(
    ("value", "ceiling"), [(28.7, 40), (10, 15), (233000, 300000), (0, 1), (5.9, 8), (52946, 60000)]
)
def test_axis_ceiling_leaves_room_for_labels(value: float, ceiling: float) -> None:
    assert nice_ceiling(value) == ceiling
