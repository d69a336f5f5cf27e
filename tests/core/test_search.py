"""Search in a pack, without the GUI: folding, matching, where each hit leads, snippets."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from jvdesk.core import search as search_module
from jvdesk.core.loader import load_pack
from jvdesk.core.model import Panel
from jvdesk.core.pack import ContentPack
from jvdesk.core.resources import shipped_pack_path
from jvdesk.core.search import SNIPPET, Hit, SearchIndex, fold
from tests.conftest import Edit

# A talking point of 60 five-character words: "w000 w001 ... w059", 299 characters.
LONG_POINT = " ".join(f"w{number:03d}" for number in range(60))
# Talking points at the snippet's edges: as long as a snippet, one longer, and one whose
# snippet (starting 30 characters before "mark") ends exactly at the text's end.
EXACT_POINT = "x" * 85 + " edge"
OVER_POINT = "x" * 86 + " over"
ENDING_POINT = "y" * 59 + " mark " + "z" * 55


@pytest.fixture(scope="module")
def shipped() -> ContentPack:
    return load_pack(shipped_pack_path())


@pytest.fixture(scope="module")
def shipped_index(shipped: ContentPack) -> SearchIndex:
    return SearchIndex(shipped)


@pytest.fixture
def index(pack_dir: Path, edit: Edit) -> SearchIndex:
    """The minimal pack with one of every searchable text, and sources cited in three ways.

    'press' is first cited by alpha; 'gazette' only by beta; 'archive' only by the
    follow-up, which the overview shows.
    """
    edit(
        "panels/alpha.yaml",
        "    flow: Japan → India\n",
        "    flow: Japan → India\n    note: Counted in yen, not dollars.\n",
    )
    edit(
        "panels/alpha.yaml",
        "initiatives:\n",
        "figures:\n  - id: a-figure\n    label: Café owners\n    value: 1500\n"
        "    unit: persons\n    qualifier: more than\n    as_of: '2024'\n"
        "    sources: [official]\ninitiatives:\n",
    )
    edit(
        "panels/alpha.yaml",
        "sources: [official]\nquotes:",
        "sources: [official]\n    detail: Ports and railways.\nquotes:",
    )
    edit(
        "panels/alpha.yaml",
        "    text: We will do it.\n",
        "    text: やります。\n    translation: We will do it.\n",
    )
    edit("panels/beta.yaml", "    sources: [press]", "    sources: [gazette]")
    points = [LONG_POINT, EXACT_POINT, OVER_POINT, ENDING_POINT]
    edit(
        "panels/beta.yaml",
        "  - Say that.",
        "\n".join(["  - Say that.", *(f"  - {p}" for p in points)]),
    )
    edit("pack.yaml", "    sources: [press]", "    sources: [archive]")
    edit(
        "sources.yaml",
        "    kind: press\n",
        "    kind: press\n"
        "  - id: gazette\n    title: The gazette\n    publisher: A printer\n"
        "    url: https://example.org/gazette\n    kind: official\n"
        "  - id: archive\n    title: The archive\n    publisher: A library\n"
        "    url: https://example.org/archive\n    kind: reference\n",
    )
    return SearchIndex(load_pack(pack_dir))


def whole(panel_id: str | None, kind: str, text: str) -> Hit:
    """A hit on a text short enough to be its own snippet."""
    assert len(text) <= SNIPPET
    return Hit(panel_id, kind, text, text)


# --- folding ---------------------------------------------------------------------------


def test_fold_ignores_case() -> None:
    assert fold("Joint VISION") == "joint vision"
    assert fold("STRASSE") == fold("Straße") == "strasse"


def test_fold_drops_accents_on_latin_letters() -> None:
    assert fold("Café Résumé Ōsaka") == "cafe resume osaka"
    assert fold("Vie\u0323\u0302t") == fold("Việt") == "viet"  # marks stacked on one letter
    assert fold("É") == "e"


def test_fold_keeps_japanese_voicing_marks() -> None:
    assert fold("ガイド") == "ガイド"
    assert fold("ガイド") != fold("カイト")
    assert fold("パン") != fold("ハン")  # the semi-voiced mark too
    assert fold("か\u3099") == fold("が") == "が"  # composed or not, the same word


def test_fold_keeps_devanagari_signs() -> None:
    assert fold("हिंदी") == "हिंदी"
    assert fold("क़") != fold("क")  # nukta
    assert fold("क्") != fold("क")  # virama
    assert fold("\u0958") == fold("\u0915\u093c")  # precomposed qa is ka with nukta


def test_fold_keeps_the_marks_of_other_scripts() -> None:
    assert fold("Ά") == unicodedata.normalize("NFC", "ά")


# --- matching ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("alpha direction", [whole("alpha", "Panel", "Alpha direction")]),
        ("first direction", [whole("alpha", "Panel", "The first direction.")]),
        ("investment", [whole("alpha", "Target", "Investment: JPY 10 trillion, next decade")]),
        ("dollars", [whole("alpha", "Target", "Counted in yen, not dollars.")]),
        ("owners", [whole("alpha", "Key figure", "Café owners: more than 1,500 persons")]),
        ("railways", [whole("alpha", "Initiative", "Ports and railways.")]),
        ("やります", [whole("alpha", "Quote", "やります。")]),
        ("we will", [whole("alpha", "Quote", "We will do it.")]),
        ("leader one", [whole("alpha", "Quote", "Leader One, Prime Minister of India")]),
        ("chart", [whole("alpha", "Chart", "A chart")]),
        (
            "say",
            [
                whole("alpha", "Speaker notes", "Say this."),
                whole("beta", "Speaker notes", "Say that."),
            ],
        ),
        ("follow-up", [whole(None, "Follow-up", "A follow-up")]),
        ("newspaper", [whole("alpha", "Source", "A newspaper: A report")]),
        ("gazette", [whole("beta", "Source", "A printer: The gazette")]),
        ("archive", [whole(None, "Source", "A library: The archive")]),
    ],
)
def test_each_kind_of_text_leads_to_where_it_is_shown(
    index: SearchIndex, query: str, expected: list[Hit]
) -> None:
    assert index.find(query) == expected


def test_hits_come_in_the_pack_s_order(index: SearchIndex) -> None:
    assert index.find("initiative") == [
        whole("alpha", "Initiative", "An initiative"),
        whole("beta", "Initiative", "Another initiative"),
    ]


def test_queries_ignore_case_accents_and_spacing(index: SearchIndex) -> None:
    expected = [whole("alpha", "Panel", "Alpha direction")]
    assert index.find("ALPHA Direction") == expected
    assert index.find("  Álpha \t dirèction  ") == expected
    assert index.find("cafe") == [
        whole("alpha", "Key figure", "Café owners: more than 1,500 persons")
    ]


def test_every_word_must_be_in_the_same_text_in_any_order(index: SearchIndex) -> None:
    target = [whole("alpha", "Target", "Investment: JPY 10 trillion, next decade")]
    assert index.find("decade trillion investment") == target
    assert index.find("trill invest") == target  # words match inside words
    # "investment" is in the target and "dollars" in its note: two texts, so no hit.
    assert index.find("investment dollars") == []


@pytest.mark.parametrize("query", ["", "   ", "\t\n"])
def test_an_empty_query_finds_nothing(index: SearchIndex, query: str) -> None:
    assert index.find(query) == []


@pytest.mark.parametrize("query", ["xyzzy", "alpha xyzzy", "カイト"])
def test_nonsense_finds_nothing(index: SearchIndex, query: str) -> None:
    assert index.find(query) == []


# --- snippets ---------------------------------------------------------------------------


def test_a_short_text_is_its_own_snippet(index: SearchIndex) -> None:
    (hit,) = index.find("trillion")
    assert hit.snippet == hit.text == "Investment: JPY 10 trillion, next decade"


@pytest.mark.parametrize(
    ("query", "snippet"),
    [
        # The match starts a third of the way in: 150 - 90 // 3 = 120.
        ("w030", "…" + LONG_POINT[120:210] + "…"),
        ("W030", "…" + LONG_POINT[120:210] + "…"),
        # Near the start, the snippet is the text's start.
        ("w001", LONG_POINT[:90] + "…"),
        # Near the end, the snippet runs to the text's end.
        ("w059", "…" + LONG_POINT[265:]),
        # Around the query's first word.
        ("w050 w001", "…" + LONG_POINT[220:]),
    ],
)
def test_a_long_text_s_snippet_is_around_the_match(
    index: SearchIndex, query: str, snippet: str
) -> None:
    assert index.find(query) == [Hit("beta", "Speaker notes", LONG_POINT, snippet)]


@pytest.mark.parametrize(
    ("query", "text", "snippet"),
    [
        ("edge", EXACT_POINT, EXACT_POINT),
        ("over", OVER_POINT, "…" + OVER_POINT[57:]),
        ("mark", ENDING_POINT, "…" + ENDING_POINT[30:]),
    ],
)
def test_snippet_edges(index: SearchIndex, query: str, text: str, snippet: str) -> None:
    assert len(EXACT_POINT) == SNIPPET and len(ENDING_POINT[30:]) == SNIPPET
    assert index.find(query) == [Hit("beta", "Speaker notes", text, snippet)]


def test_snippets_in_the_shipped_pack_hold_the_match_and_stay_short(
    shipped_index: SearchIndex,
) -> None:
    for query in ("india", "Shinkansen", "semiconductors", "2030", "personnel", "法の支配"):
        hits = shipped_index.find(query)
        assert hits, query
        for hit in hits:
            assert len(hit.snippet) <= SNIPPET + 2, hit  # an ellipsis at each end at most
            assert fold(query) in fold(hit.snippet), hit
            assert fold(hit.snippet.strip("…")) in fold(hit.text), hit


def test_at_most_limit_hits(shipped_index: SearchIndex) -> None:
    every = shipped_index.find("e", limit=10_000)
    assert len(every) > 200
    assert shipped_index.find("e") == every[:200]
    assert shipped_index.find("e", limit=5) == every[:5]


# --- the shipped pack --------------------------------------------------------------------


def test_every_shipped_text_is_found_on_its_panel(
    shipped: ContentPack, shipped_index: SearchIndex
) -> None:
    def found(query: str, panel: Panel | None, kind: str, text: str) -> None:
        hits = shipped_index.find(query, limit=10_000)
        where = panel.id if panel is not None else None
        assert any((h.panel_id, h.kind, h.text) == (where, kind, text) for h in hits), query

    for panel in shipped.panels:
        found(panel.title, panel, "Panel", panel.title)
        found(panel.summary, panel, "Panel", panel.summary)
        for target in panel.targets:
            hits = shipped_index.find(target.label, limit=10_000)
            assert any(
                (h.panel_id, h.kind) == (panel.id, "Target") and h.text.startswith(target.label)
                for h in hits
            ), target.label
        for figure in panel.figures:
            hits = shipped_index.find(figure.label, limit=10_000)
            assert any(
                (h.panel_id, h.kind) == (panel.id, "Key figure")
                and h.text.startswith(f"{figure.label}: ")
                for h in hits
            ), figure.label
        for initiative in panel.initiatives:
            found(initiative.title, panel, "Initiative", initiative.title)
        for quote in panel.quotes:
            found(quote.text, panel, "Quote", quote.text)
            found(quote.speaker, panel, "Quote", f"{quote.speaker}, {quote.role}")
        for chart in panel.charts:
            found(chart.title, panel, "Chart", chart.title)
        for point in panel.talking_points:
            found(point, panel, "Speaker notes", point)
    for follow_up in shipped.meta.follow_ups:
        found(follow_up.title, None, "Follow-up", follow_up.title)


def test_shipped_examples(shipped_index: SearchIndex) -> None:
    assert whole(
        "economic-partnership",
        "Target",
        "Private investment from Japan to India: JPY 10 trillion, next decade",
    ) in shipped_index.find("private investment from japan")
    assert shipped_index.find("基本的価値") == [
        whole(
            "security-declaration",
            "Quote",
            "基本的価値を共にする日本とインドは、インド太平洋地域において、法の支配に基づく"
            "自由で開かれた国際秩序を維持し、強化する責任を共に有しています。",
        )
    ]
    (initiative,) = shipped_index.find("日印経済安全保障イニシアティブ")
    assert (initiative.panel_id, initiative.kind) == ("economic-security", "Initiative")
    assert initiative.snippet == '…ion Initiative"; in Japanese, 日印経済安全保障イニシアティブ.'
    # Without its voicing mark (フ for ブ) the word is another word.
    assert shipped_index.find("イニシアティフ") == []
    assert shipped_index.find("Shinkansén") == shipped_index.find("shinkansen") != []


def test_a_source_leads_to_the_first_panel_citing_it(
    shipped: ContentPack, shipped_index: SearchIndex
) -> None:
    # Cited by an item on a panel: a target, key figure, quote, initiative or chart series.
    # (A target's baseline does not count: the panel shows no source mark for it.)
    first: dict[str, str] = {}
    for panel in shipped.panels:
        items = [*panel.targets, *panel.figures, *panel.quotes, *panel.initiatives]
        items += [series for chart in panel.charts for series in chart.series]
        for item in items:
            for source_id in item.sources:
                first.setdefault(source_id, panel.id)
    assert first, "the shipped pack cites sources on its panels"
    for source in shipped.sources.values():
        text = f"{source.publisher}: {source.title}"
        hits = [h for h in shipped_index.find(text, limit=10_000) if h.kind == "Source"]
        assert [h.panel_id for h in hits if h.text == text] == [first.get(source.id)], source.id
    assert shipped_index.find("firstpost") == [
        whole(
            None, "Source", "Firstpost: India-Japan Summit 2025: Modi, Ishiba strategic partnership"
        )
    ]


def test_a_snippet_holds_the_match_when_folding_changes_lengths() -> None:
    # "ß" folds to "ss" and "…" to "...": before the fix, positions in the folded text cut
    # the snippet past the match.
    text = "Straße … " * 30 + "the Shinkansen line to Sendai " + "x" * 60
    assert len(fold(text)) > len(text)
    folded = fold(text)
    snippet = search_module._snippet(text, folded, "shinkansen")
    assert "Shinkansen" in snippet
