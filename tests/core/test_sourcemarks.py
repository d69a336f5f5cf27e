"""Source marks and their numbering."""

from __future__ import annotations

from jvdesk.core.pack import ContentPack
from jvdesk.core.planning import plan_deck
from jvdesk.core.sourcemarks import SourceIndex, briefing_source_index, pack_source_index


def test_marks_list_numbers_once_and_in_order(shipped_pack: ContentPack) -> None:
    index = SourceIndex(shipped_pack.sources)
    first, second = list(shipped_pack.sources)[:2]
    assert index.cite([second, first, second]) == "[1, 2]"
    assert index.number(second) == 1 and index.cite([]) == ""


def test_the_briefing_numbering_is_the_decks_then_the_rest(shipped_pack: ContentPack) -> None:
    for briefing in shipped_pack.meta.briefings:
        plan = plan_deck(shipped_pack, briefing.id)
        index = briefing_source_index(shipped_pack, plan.sources)
        for number, source_id in plan.sources:
            assert index.number(source_id) == number
        numbers = [number for number, _source in index.cited()]
        assert numbers == list(range(1, len(shipped_pack.sources) + 1))


def test_every_source_of_the_pack_gets_a_number(shipped_pack: ContentPack) -> None:
    assert len(pack_source_index(shipped_pack).cited()) == len(shipped_pack.sources)
