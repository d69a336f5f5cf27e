"""Checks across a pack's files, one at a time, on edited files of the minimal pack."""

from __future__ import annotations

from pathlib import Path

import pytest

from jvdesk.core.crosschecks import CrossChecker
from jvdesk.core.model import PackFile, Panel
from jvdesk.core.problems import Problem
from jvdesk.core.validation import validate
from jvdesk.core.yamlsource import YamlDocument, load_document
from tests.conftest import MINIMAL_PACK

SPARE_SOURCE = (
    "sources:\n",
    "sources:\n  - id: spare\n    title: T\n    publisher: P\n"
    "    url: https://example.org/spare\n    kind: press\n",
)


def read(tmp_path: Path, file: str, *edits: tuple[str, str]) -> YamlDocument:
    """Read a file of the minimal pack with text replaced: read(tmp_path, file, (old, new))."""
    text = (MINIMAL_PACK / file).read_text(encoding="utf-8")
    for old, new in edits:
        assert old in text, f"{old!r} is not in {file}"
        text = text.replace(old, new, 1)
    path = tmp_path / file
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return load_document(path, file)


def panel_problems(document: YamlDocument) -> list[str]:
    problems: list[Problem] = []
    CrossChecker(problems).panel(document, validate(Panel, document.data))
    return [str(problem) for problem in problems]


def test_an_id_is_a_duplicate_only_among_ids_of_its_kind(tmp_path: Path) -> None:
    alpha, beta = read(tmp_path, "panels/alpha.yaml"), read(tmp_path, "panels/beta.yaml")
    problems: list[Problem] = []
    checker = CrossChecker(problems)
    checker.unique("panel", "alpha", alpha, ("id",))
    checker.unique("target", "alpha", alpha, ("targets", 0, "id"))
    assert problems == []
    checker.unique("target", "alpha", beta, ("id",))
    assert [str(problem) for problem in problems] == [
        "panels/beta.yaml:1:5: id: duplicate target id 'alpha' (already used at "
        "panels/alpha.yaml:9); ids must be unique"
    ]


def test_each_kind_of_id_in_a_panel_is_checked_on_its_own(tmp_path: Path) -> None:
    alpha = read(tmp_path, "panels/alpha.yaml", ("id: a-quote", "id: big-target"))
    assert panel_problems(alpha) == []  # a quote and a target may share an id
    alpha = read(tmp_path, "panels/alpha.yaml", ("id: a-chart", "id: alpha"))
    assert panel_problems(alpha) == []
    # The same id in two panels: a new checker remembers nothing of the first panel.
    problems: list[Problem] = []
    checker = CrossChecker(problems)
    checker.panel(alpha, validate(Panel, alpha.data))
    checker.panel(alpha, validate(Panel, alpha.data))
    assert [str(problem) for problem in problems] == [
        "panels/alpha.yaml:1:5: id: duplicate panel id 'alpha' (already used at "
        "panels/alpha.yaml:1); ids must be unique",
        "panels/alpha.yaml:9:9: targets[0].id: duplicate target id 'big-target' (already used "
        "at panels/alpha.yaml:9); ids must be unique",
        "panels/alpha.yaml:21:9: quotes[0].id: duplicate quote id 'a-quote' (already used at "
        "panels/alpha.yaml:21); ids must be unique",
        "panels/alpha.yaml:29:9: charts[0].id: duplicate chart id 'alpha' (already used at "
        "panels/alpha.yaml:29); ids must be unique",
    ]


def test_a_direction_needs_its_number(tmp_path: Path) -> None:
    alpha = read(tmp_path, "panels/alpha.yaml", ("number: 1\n", ""))
    assert panel_problems(alpha) == [
        "panels/alpha.yaml:2:7: kind: a direction needs its number (number: 1 to 8)"
    ]


def test_a_panel_with_targets_takes_no_no_target_note(tmp_path: Path) -> None:
    edit = ("status: checked\n", "status: checked\nno_target_note: None set.\n")
    assert panel_problems(read(tmp_path, "panels/alpha.yaml", edit)) == [
        "panels/alpha.yaml:8:17: no_target_note: no_target_note is only for panels without targets"
    ]


def test_a_series_is_checked_for_its_length_its_sign_and_gaps(tmp_path: Path) -> None:
    alpha = read(
        tmp_path,
        "panels/alpha.yaml",
        ("values: [4.1, 5.9, 5.3]", "values: [4.1, -5.9]"),
        (
            "        sources: [press]\n",
            "        sources: [press]\n      - name: Japan\n        unit: USD billion\n"
            "        values: [null, null, null]\n        sources: [press]\n",
        ),
    )
    assert panel_problems(alpha) == [
        "panels/alpha.yaml:37:17: charts[0].series[0].values: has 2 values but the chart has "
        "3 categories; give one value (or null) per category",
        "panels/alpha.yaml:37:23: charts[0].series[0].values[1]: charts start their value axis "
        "at zero, so a negative value cannot be drawn; give it as a figure instead",
        "panels/alpha.yaml:41:17: charts[0].series[1].values: has no values, only gaps",
    ]


def test_citations_are_found_anywhere_in_a_file(tmp_path: Path) -> None:
    pack = read(tmp_path, "pack.yaml", ("    sources: [press]", "    sources: [pres]"))
    problems: list[Problem] = []
    CrossChecker(problems).citations(read(tmp_path, "sources.yaml"), [pack], complete=False)
    assert [str(problem) for problem in problems] == [
        "pack.yaml:28:15: follow_ups[0].sources[0]: unknown source id 'pres' (did you mean "
        "'press'?); define it in sources.yaml or fix the spelling"
    ]


def test_an_uncited_source_is_reported_only_when_every_file_was_read(tmp_path: Path) -> None:
    sources = read(tmp_path, "sources.yaml", SPARE_SOURCE)
    files = ["pack.yaml", "panels/alpha.yaml", "panels/beta.yaml"]
    citing = [read(tmp_path, file) for file in files]
    problems: list[Problem] = []
    CrossChecker(problems).citations(sources, citing, complete=False)
    assert problems == []
    CrossChecker(problems).citations(sources, citing, complete=True)
    assert [str(problem) for problem in problems] == [
        "sources.yaml:2:9: sources[0].id: source 'spare' is not cited anywhere; "
        "cite it or remove it"
    ]


def test_a_source_defined_twice(tmp_path: Path) -> None:
    sources = read(tmp_path, "sources.yaml", ("id: press", "id: official"))
    problems: list[Problem] = []
    CrossChecker(problems).citations(sources, [], complete=False)
    assert [str(problem) for problem in problems] == [
        "sources.yaml:8:9: sources[1].id: duplicate source id 'official' (already used at "
        "sources.yaml:2); ids must be unique"
    ]


def test_an_uncited_source_defined_twice_is_reported_at_its_first_entry(tmp_path: Path) -> None:
    sources = read(tmp_path, "sources.yaml", SPARE_SOURCE, ("id: press", "id: spare"))
    problems: list[Problem] = []
    CrossChecker(problems).citations(sources, [], complete=True)
    assert [str(problem) for problem in problems] == [
        "sources.yaml:13:9: sources[2].id: duplicate source id 'spare' (already used at "
        "sources.yaml:2); ids must be unique",
        "sources.yaml:2:9: sources[0].id: source 'spare' is not cited anywhere; "
        "cite it or remove it",
        "sources.yaml:7:9: sources[1].id: source 'official' is not cited anywhere; "
        "cite it or remove it",
    ]


def test_sources_that_are_not_a_list_define_no_source(tmp_path: Path) -> None:
    sources = read(tmp_path, "sources.yaml", ("sources:\n", "sources: none\nold:\n"))
    citing = [read(tmp_path, "panels/beta.yaml")]
    problems: list[Problem] = []
    CrossChecker(problems).citations(sources, citing, complete=True)
    assert [str(problem) for problem in problems] == [
        "panels/beta.yaml:10:15: initiatives[0].sources[0]: unknown source id 'press'; "
        "define it in sources.yaml or fix the spelling"
    ]


@pytest.mark.parametrize("edit", [("sources:", "sourcez:"), ("sources:", "sources: null\nx:")])
def test_no_citation_is_checked_without_sources_to_check_it_against(
    tmp_path: Path, edit: tuple[str, str]
) -> None:
    # sources.yaml's own problems say what is wrong there; flagging every citation is noise.
    citing = [read(tmp_path, "panels/beta.yaml", ("[press]", "[pres]"))]
    problems: list[Problem] = []
    CrossChecker(problems).citations(read(tmp_path, "sources.yaml", edit), citing, complete=True)
    CrossChecker(problems).citations(None, citing, complete=True)
    assert problems == []


def test_pack_file_ids_and_briefings(tmp_path: Path) -> None:
    document = read(
        tmp_path,
        "pack.yaml",
        (
            "      sources: [official]\n",
            "      sources: [official]\n    - id: vision\n      title: Again\n"
            "      sources: [official]\n",
        ),
        ("panels: [alpha, beta]", "panels: [alpha, alpha, bta]"),
    )
    alpha = read(tmp_path, "panels/alpha.yaml")
    beta = read(tmp_path, "panels/beta.yaml")
    panels = [validate(Panel, alpha.data), validate(Panel, beta.data)]
    problems: list[Problem] = []
    CrossChecker(problems).pack_file(validate(PackFile, document.data), document, panels)
    assert [str(problem) for problem in problems] == [
        "pack.yaml:21:11: summit.documents[1].id: duplicate document id 'vision' (already used "
        "at pack.yaml:18); ids must be unique",
        "pack.yaml:37:21: briefings[0].panels[1]: panel 'alpha' is listed twice",
        "pack.yaml:37:28: briefings[0].panels[2]: no panel with id 'bta' (did you mean 'beta'?); "
        "the pack's panels are: alpha, beta",
    ]


def test_briefing_panels_are_not_looked_up_when_a_panel_is_missing(tmp_path: Path) -> None:
    document = read(tmp_path, "pack.yaml", ("panels: [alpha, beta]", "panels: [alpha, alpha, bta]"))
    problems: list[Problem] = []
    CrossChecker(problems).pack_file(validate(PackFile, document.data), document, None)
    assert [str(problem) for problem in problems] == [
        "pack.yaml:34:21: briefings[0].panels[1]: panel 'alpha' is listed twice"
    ]


def test_briefing_ids_are_unique(tmp_path: Path) -> None:
    briefing = (
        "  - id: full\n    title: Short\n    audience: Ministers\n"
        "    duration_minutes: 5\n    panels: [beta]\n"
    )
    document = read(tmp_path, "pack.yaml", ("briefings:\n", "briefings:\n" + briefing))
    problems: list[Problem] = []
    CrossChecker(problems).pack_file(validate(PackFile, document.data), document, None)
    assert [str(problem) for problem in problems] == [
        "pack.yaml:35:9: briefings[1].id: duplicate briefing id 'full' (already used at "
        "pack.yaml:30); ids must be unique"
    ]


READINGS = (
    "    would_count: A published total of investment since the summit.\n",
    "    trajectory:\n"
    "      kind: cumulative\n"
    "      start: 2025-08-29\n"
    "      end: 2035-08-29\n"
    "      why: A total for the decade.\n"
    "    readings:\n"
    "      - {as_of: '2025', value: 1, unit: JPY trillion, label: So far, measures: target,"
    " sources: [official]}\n"
    "      - {as_of: 2026-06, value: 5, unit: USD billion, label: FDI, measures: indicator,"
    " sources: [press]}\n",
)


def progress_problems(
    tmp_path: Path, *edits: tuple[str, str], as_of: str = "2026-11-22"
) -> list[str]:
    document = read(tmp_path, "panels/alpha.yaml", READINGS, *edits)
    problems: list[Problem] = []
    CrossChecker(problems).panel(document, validate(Panel, document.data), as_of)
    return [problem.message for problem in problems]


def test_readings_with_a_trajectory_need_no_note_of_what_would_count(tmp_path: Path) -> None:
    assert progress_problems(tmp_path) == []


def test_readings_are_in_date_order(tmp_path: Path) -> None:
    assert progress_problems(tmp_path, ("as_of: 2026-06", "as_of: 2025-06")) == [
        "readings must be in date order, oldest first; this one is older than the one before it"
    ]


def test_no_reading_is_dated_after_the_packs_date(tmp_path: Path) -> None:
    assert progress_problems(tmp_path, as_of="2026-05-31") == [
        "the reading is dated after the pack's as_of date (2026-05-31); a pack cannot report "
        "what it has not checked"
    ]


def test_a_reading_of_the_target_is_in_its_unit_or_converted(tmp_path: Path) -> None:
    billions = ("value: 1, unit: JPY trillion", "value: 900, unit: JPY billion")
    assert progress_problems(tmp_path, billions) == [
        "unit 'JPY billion' differs from the target's unit 'JPY trillion'; give the factor "
        "that converts it, or mark the reading an indicator"
    ]
    converted = ("value: 1, unit: JPY trillion", "value: 900, unit: JPY billion, factor: 0.001")
    assert progress_problems(tmp_path, converted) == []


def test_a_reading_of_the_target_needs_a_trajectory_it_falls_within(tmp_path: Path) -> None:
    early = ("as_of: '2025'", "as_of: '2024'")
    assert progress_problems(tmp_path, early) == [
        "the reading is dated before the trajectory starts; make it the trajectory's "
        "start_value, or mark it an indicator"
    ]
    no_path = (READINGS[1].partition("    readings:")[0], "")
    assert progress_problems(tmp_path, no_path) == [
        "a reading that measures the target needs the target's trajectory to be set against; "
        "add a trajectory"
    ]
    backwards = ("end: 2035-08-29", "end: 2024-08-29")
    assert progress_problems(tmp_path, backwards) == ["the trajectory ends before it starts"]


def test_without_a_reading_of_the_target_the_pack_says_what_would_count(tmp_path: Path) -> None:
    indicator_only = ("measures: target", "measures: indicator")
    assert progress_problems(tmp_path, indicator_only) == [
        "no reading measures this target yet; say in would_count what reading would count"
    ]


def test_dates_are_read_as_the_progress_reads_them(tmp_path: Path) -> None:
    # A year ends on its last day: a reading of 2026 is not yet due in November 2026.
    whole_year = ("as_of: 2026-06", "as_of: '2026'")
    assert progress_problems(tmp_path, whole_year) == [
        "the reading is dated after the pack's as_of date (2026-11-22); a pack cannot report "
        "what it has not checked"
    ]
    assert progress_problems(tmp_path, whole_year, as_of="2027-01-05") == []
    # A trajectory from March 2035 to the end of 2035 runs forwards.
    short = ("start: 2025-08-29", "start: 2025-03"), ("end: 2035-08-29", "end: '2025'")
    assert progress_problems(tmp_path, *short) == []


def test_a_trajectory_rises_and_a_yearly_minimum_is_read_by_whole_years(tmp_path: Path) -> None:
    falling = ("      kind: cumulative\n", "      kind: linear\n      start_value: 20\n")
    assert progress_problems(tmp_path, falling) == [
        "the trajectory falls from 20 to the target, 10; jvdesk measures progress towards "
        "a target above where it starts"
    ]
    total = ("      kind: cumulative\n", "      kind: cumulative\n      start_value: 2\n")
    assert progress_problems(tmp_path, total) == [
        "only a linear trajectory has a start_value; a total starts from zero"
    ]
    yearly = ("kind: cumulative", "kind: per-period"), ("as_of: '2025'", "as_of: 2025-12")
    assert progress_problems(tmp_path, *yearly) == [
        "a target set for each year is measured by whole years: date the reading by its year "
        "alone (such as 2026)"
    ]
    negative = ("unit: USD billion, label: FDI", "unit: USD billion, factor: -1, label: FDI")
    assert progress_problems(tmp_path, negative) == ["a factor must be above zero"]
