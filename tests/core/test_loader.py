"""Validation of content packs: every kind of problem, its exact message and location."""

from __future__ import annotations

from pathlib import Path

import pytest

from jvdesk.core.loader import load_pack
from jvdesk.core.problems import PackError
from tests.conftest import MINIMAL_PACK, Edit


def problems(folder: Path) -> list[str]:
    with pytest.raises(PackError) as caught:
        load_pack(folder)
    return [str(problem) for problem in caught.value.problems]


def test_minimal_pack_loads() -> None:
    pack = load_pack(MINIMAL_PACK)
    assert [panel.id for panel in pack.panels] == ["alpha", "beta"]
    assert list(pack.sources) == ["official", "press"]
    assert len(pack.checksum) == 64


def test_text_where_a_number_belongs(pack_dir: Path, edit: Edit) -> None:
    edit("panels/alpha.yaml", "value: 10", "value: ten")
    assert problems(pack_dir) == [
        "panels/alpha.yaml:11:12: targets[0].value: expected a number, got 'ten'"
    ]


def test_number_where_text_belongs(pack_dir: Path, edit: Edit) -> None:
    edit("panels/alpha.yaml", "place: Tokyo", "place: 1945")
    assert problems(pack_dir) == [
        "panels/alpha.yaml:26:12: quotes[0].place: expected text, got the number 1945; "
        "put it in quotes"
    ]


def test_unknown_field_suggests_the_right_one(pack_dir: Path, edit: Edit) -> None:
    edit("panels/alpha.yaml", "    time_frame: next decade", "    timeframe: next decade")
    assert problems(pack_dir) == [
        "panels/alpha.yaml:9:5: targets[0]: missing required field 'time_frame'",
        "panels/alpha.yaml:13:5: targets[0].timeframe: unknown field 'timeframe' "
        "(did you mean 'time_frame'?); allowed here: id, label, value, unit, qualifier, "
        "time_frame, flow, baseline, note, trajectory, readings, would_count, sources",
    ]


def test_missing_required_field(pack_dir: Path, edit: Edit) -> None:
    edit("panels/beta.yaml", "summary: A document with no targets.\n", "")
    assert problems(pack_dir) == ["panels/beta.yaml:1:1: missing required field 'summary'"]


def test_value_outside_a_fixed_set(pack_dir: Path, edit: Edit) -> None:
    edit("panels/beta.yaml", "status: to-be-checked", "status: done")
    assert problems(pack_dir) == [
        "panels/beta.yaml:6:9: status: expected one of 'checked' or 'to-be-checked', got 'done'"
    ]


def test_empty_source_list(pack_dir: Path, edit: Edit) -> None:
    edit("panels/beta.yaml", "    sources: [press]", "    sources: []")
    # 'press' is still cited by alpha's quote and chart, so it is not reported unused.
    assert problems(pack_dir) == [
        "panels/beta.yaml:10:14: initiatives[0].sources: needs at least 1 item"
    ]


def test_unknown_source_id(pack_dir: Path, edit: Edit) -> None:
    edit("panels/beta.yaml", "    sources: [press]", "    sources: [pres]")
    assert problems(pack_dir) == [
        "panels/beta.yaml:10:15: initiatives[0].sources[0]: unknown source id 'pres' "
        "(did you mean 'press'?); define it in sources.yaml or fix the spelling"
    ]


def test_unused_source(pack_dir: Path, edit: Edit) -> None:
    edit(
        "sources.yaml",
        "sources:\n",
        "sources:\n  - id: spare\n    title: T\n    publisher: P\n"
        "    url: https://example.org/spare\n    kind: press\n",
    )
    assert problems(pack_dir) == [
        "sources.yaml:2:9: sources[0].id: source 'spare' is not cited anywhere; "
        "cite it or remove it"
    ]


def test_duplicate_ids(pack_dir: Path, edit: Edit) -> None:
    edit("panels/beta.yaml", "id: beta", "id: alpha")
    edit("pack.yaml", "panels: [alpha, beta]", "panels: [alpha]")
    assert problems(pack_dir) == [
        "panels/beta.yaml:1:5: id: duplicate panel id 'alpha' (already used at "
        "panels/alpha.yaml:1); ids must be unique"
    ]


def test_chart_series_length_differs_from_categories(pack_dir: Path, edit: Edit) -> None:
    edit("panels/alpha.yaml", "[4.1, 5.9, 5.3]", "[4.1, 5.9]")
    assert problems(pack_dir) == [
        "panels/alpha.yaml:37:17: charts[0].series[0].values: has 2 values but the chart has "
        "3 categories; give one value (or null) per category"
    ]


def test_chart_series_with_different_units(pack_dir: Path, edit: Edit) -> None:
    edit(
        "panels/alpha.yaml",
        "        sources: [press]\n",
        "        sources: [press]\n      - name: Japan\n        unit: JPY trillion\n"
        "        values: [1, 2, 3]\n        sources: [press]\n",
    )
    assert problems(pack_dir) == [
        "panels/alpha.yaml:40:15: charts[0].series[1].unit: unit 'JPY trillion' differs from "
        "the first series' unit 'USD billion'; a chart has one value axis, so put other units "
        "in a chart of their own"
    ]


def test_date_that_does_not_parse(pack_dir: Path, edit: Edit) -> None:
    edit("panels/alpha.yaml", "date: 2025-08-29", "date: 29 August 2025")
    assert problems(pack_dir) == [
        "panels/alpha.yaml:25:11: quotes[0].date: expected a date like 2025-08-29 "
        "(or 2025-08, or 2025), got '29 August 2025'"
    ]


def test_date_not_on_the_calendar(pack_dir: Path, edit: Edit) -> None:
    edit("pack.yaml", "date: 2026-02", "date: 2026-13")
    assert problems(pack_dir) == [
        "pack.yaml:26:11: follow_ups[0].date: '2026-13' is not a date on the calendar"
    ]


def test_briefing_names_a_missing_panel(pack_dir: Path, edit: Edit) -> None:
    edit("pack.yaml", "panels: [alpha, beta]", "panels: [alpha, gamma]")
    assert problems(pack_dir) == [
        "pack.yaml:34:21: briefings[0].panels[1]: no panel with id 'gamma'; "
        "the pack's panels are: alpha, beta"
    ]


def test_panel_without_targets_must_say_why(pack_dir: Path, edit: Edit) -> None:
    edit("panels/beta.yaml", "no_target_note: The document sets no quantified target.\n", "")
    assert problems(pack_dir) == [
        "panels/beta.yaml:1:1: the panel has no targets; say why in no_target_note (for "
        "example: 'The Joint Vision sets no quantified target here.')"
    ]


def test_newer_schema_version(pack_dir: Path, edit: Edit) -> None:
    edit("pack.yaml", "schema_version: 1", "schema_version: 2")
    assert problems(pack_dir) == [
        "pack.yaml:2:17: schema_version: this pack is written for schema_version 2; this "
        "jvdesk reads schema_version 1; update jvdesk"
    ]


def test_panel_path_outside_the_pack(pack_dir: Path, edit: Edit) -> None:
    (pack_dir.parent / "outside.yaml").write_text("id: x\n", encoding="utf-8")
    edit("pack.yaml", "  - panels/beta.yaml", "  - panels/../../outside.yaml")
    found = problems(pack_dir)
    assert found[0] == (
        "pack.yaml:24:5: panels[1]: the path leads outside the pack folder; "
        "panel files must be inside it"
    )


def test_missing_panel_file(pack_dir: Path) -> None:
    (pack_dir / "panels" / "beta.yaml").unlink()
    assert problems(pack_dir) == [
        "pack.yaml:24:5: panels[1]: no such file in the pack folder: panels/beta.yaml"
    ]


def test_summit_that_ends_before_it_starts(pack_dir: Path, edit: Edit) -> None:
    edit("pack.yaml", "end_date: 2025-08-30", "end_date: 2025-08-28")
    assert problems(pack_dir) == [
        "pack.yaml:12:13: summit.end_date: the summit ends before it starts"
    ]


def test_repeated_field(pack_dir: Path, edit: Edit) -> None:
    edit("panels/beta.yaml", "title: Beta document\n", "title: Beta document\ntitle: Again\n")
    assert problems(pack_dir) == [
        "panels/beta.yaml:4:1: title: the field 'title' is given twice (first on line 3); keep one"
    ]


def test_a_refused_value_is_reported_once(pack_dir: Path, edit: Edit) -> None:
    # The tag's problem is enough: not also "expected a number, got nothing (null)" there.
    edit("panels/alpha.yaml", "value: 10", "value: !!binary MTA=")
    assert problems(pack_dir) == [
        "panels/alpha.yaml:11:12: targets[0].value: the YAML tag !!binary is not allowed in a "
        "content pack; write a plain value"
    ]


def test_every_problem_is_reported_at_once(pack_dir: Path, edit: Edit) -> None:
    edit("panels/alpha.yaml", "value: 10", "value: ten")
    edit("panels/beta.yaml", "    sources: [press]", "    sources: [pres]")
    edit("pack.yaml", "date: 2026-02", "date: soon")
    edit("sources.yaml", "kind: official", "kind: offical")
    found = problems(pack_dir)
    assert [line.split(":")[0] for line in found] == [
        "pack.yaml",
        "panels/alpha.yaml",
        "panels/beta.yaml",
        "sources.yaml",
    ]
    assert len(found) == 4


def test_folder_that_is_not_a_pack(tmp_path: Path) -> None:
    assert problems(tmp_path) == [f"pack.yaml: {tmp_path} holds no pack.yaml; is it a pack folder?"]


def test_path_that_does_not_exist(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    assert problems(missing) == [f"{missing}: does not exist; choose a pack folder"]


def test_an_unreadable_panel_does_not_make_its_sources_look_unused(
    pack_dir: Path, edit: Edit
) -> None:
    edit("panels/beta.yaml", "summary: A document with no targets.", "summary: &a x\nz: *a")
    found = problems(pack_dir)
    assert found == [
        "panels/beta.yaml:6:4: YAML aliases (*a) are not allowed in a content pack; write the "
        "value out in full"
    ]


def test_negative_chart_values_are_refused(pack_dir: Path, edit: Edit) -> None:
    edit("panels/alpha.yaml", "[4.1, 5.9, 5.3]", "[4.1, -5.9, 5.3]")
    assert problems(pack_dir) == [
        "panels/alpha.yaml:37:23: charts[0].series[0].values[1]: charts start their value axis "
        "at zero, so a negative value cannot be drawn; give it as a figure instead"
    ]


@pytest.mark.parametrize(
    ("file", "old", "new", "expected"),
    [
        ("panels/alpha.yaml", "value: 10", 'value: "10"', "expected a number, got '10'"),
        ("panels/alpha.yaml", "value: 10", "value: true", "expected a number, got true"),
        ("panels/alpha.yaml", "value: 10", "value: .inf", "expected a number, got the number inf"),
        ("panels/alpha.yaml", "value: 10", "value: .nan", "expected a number, got the number nan"),
        ("panels/alpha.yaml", "number: 1", "number: 1.0", "expected a whole number"),
        ("panels/alpha.yaml", "number: 1", "number: true", "expected a whole number, got true"),
        ("pack.yaml", "duration_minutes: 20", "duration_minutes: 20.0", "expected a whole number"),
    ],
)
def test_values_are_not_coerced(
    pack_dir: Path, edit: Edit, file: str, old: str, new: str, expected: str
) -> None:
    # Strict types: a quoted number, a yes/no, infinity or a fraction is refused, not converted.
    edit(file, old, new)
    found = problems(pack_dir)
    assert len(found) == 1 and expected in found[0], found


def test_a_pack_says_when_its_content_was_checked(pack_dir: Path, edit: Edit) -> None:
    edit("pack.yaml", "as_of: 2025-09-01\n", "")
    with pytest.raises(PackError) as caught:
        load_pack(pack_dir)
    assert [str(problem) for problem in caught.value.problems] == [
        "pack.yaml:2:1: missing required field 'as_of'"
    ]
