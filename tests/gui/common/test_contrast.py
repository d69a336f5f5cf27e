"""Every text colour against its background, chart marks and the focus ring, in every theme.

Thresholds (WCAG 2.2): text at least 4.5:1 in the light and dark themes, on slides and in the
presenter view (1.4.3, level AA), and 7:1 in the high-contrast theme (1.4.6, level AAA: the
theme promises more); graphics at least 3:1 (1.4.11): chart series and axes, the keyboard
focus ring (2.4.7 asks that it be visible; 1.4.11 that it stand out from what is around it).

The pairs are read from what the app draws with, not copied here: the Qt palette (its three
colour groups), the text roles (palette roles by object name), the chrome style sheet parsed
rule by rule, real chart widgets, the slide themes, the presenter view's style sheet. Text
of disabled controls is exempt (1.4.3 leaves out inactive components), so those pairs are
recorded (``record_property``) and only required to look unlike enabled text.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtGui import QColor, QPalette

from jvdesk.core.charts import ChartSpec, SeriesSpec
from jvdesk.core.contrast import GRAPHICS, TEXT_AA, TEXT_AAA, contrast_ratio
from jvdesk.gui.common.theme import TEXT_ROLES, THEMES, Theme, chrome_style_sheet, palette
from jvdesk.gui.drawing import slidetheme
from jvdesk.gui.drawing.slidetheme import SlideTheme
from jvdesk.gui.show import audience, helpoverlay, presenter

TEXT_MINIMUM = {"light": TEXT_AA, "dark": TEXT_AA, "high-contrast": TEXT_AAA}

Group = QPalette.ColorGroup
Role = QPalette.ColorRole

# --- pairs ------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Pair:
    """A foreground drawn on a background, and the least contrast it must have."""

    id: str
    foreground: str
    background: str
    minimum: float

    def ratio(self) -> float:
        return contrast_ratio(self.foreground, self.background)


def _hex(colour: QColor) -> str:
    assert colour.alpha() == 255, f"{colour.name()} is not opaque: measure it on its backdrop"
    return colour.name().upper()


# The palette's text roles and the background each is drawn on (Qt's own pairing).
PALETTE_PAIRS = [
    (Role.WindowText, Role.Window),
    (Role.Text, Role.Base),
    (Role.Text, Role.AlternateBase),
    (Role.ButtonText, Role.Button),
    (Role.HighlightedText, Role.Highlight),
    (Role.ToolTipText, Role.ToolTipBase),
    (Role.PlaceholderText, Role.Base),
    (Role.Link, Role.Base),
    (Role.Link, Role.Window),
]


def palette_pairs(
    theme: Theme, group: QPalette.ColorGroup, minimum: float
) -> list[tuple[Pair, QPalette.ColorRole]]:
    """The palette's pairs in a colour group, each with its text role."""
    colours = palette(theme)
    return [
        (
            Pair(
                f"{theme.name}-palette-{group.name}-{fg.name}-on-{bg.name}",
                _hex(colours.color(group, fg)),
                _hex(colours.color(group, bg)),
                minimum,
            ),
            fg,
        )
        for fg, bg in PALETTE_PAIRS
    ]


def role_pairs(theme: Theme) -> list[Pair]:
    """Page text: each role's palette colour on the page (Window) and in a box (Base)."""
    colours = palette(theme)
    pairs = [
        Pair(
            f"{theme.name}-role-{name}-on-{background.name}",
            _hex(colours.color(role.colour)),
            _hex(colours.color(background)),
            TEXT_MINIMUM[theme.name],
        )
        for name, role in TEXT_ROLES.items()
        for background in (Role.Window, Role.Base)
    ]
    # A search hit: any role's text turns highlight_text on the highlight (TextLabel).
    pairs.append(
        Pair(
            f"{theme.name}-role-search-hit",
            theme.highlight_text,
            theme.highlight,
            TEXT_MINIMUM[theme.name],
        )
    )
    # The panel list's icons: a number or letters on the accent (icons.panel_icon).
    pairs.append(
        Pair(
            f"{theme.name}-nav-icon-text", theme.accent_text, theme.accent, TEXT_MINIMUM[theme.name]
        )
    )
    return pairs


# --- style sheets -------------------------------------------------------------------------

_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}\b")
_LAST_STATE = re.compile(r":{1,2}[\w-]+$")  # the last pseudo-state or subcontrol
FOREGROUND = ("color",)
BACKGROUND = ("background", "background-color")
RING = ("border", "border-color")


def parse_sheet(sheet: str) -> dict[str, dict[str, str]]:
    """Each selector's properties, rules for the same selector merged in order."""
    rules: dict[str, dict[str, str]] = {}
    for selectors, body in _RULE.findall(sheet):
        properties = {}
        for declaration in body.split(";"):
            if ":" in declaration:
                key, value = declaration.split(":", 1)
                properties[key.strip()] = value.strip()
        for selector in selectors.split(","):
            rules.setdefault(" ".join(selector.split()), {}).update(properties)
    return rules


def _colour(properties: dict[str, str], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        found = _COLOUR.search(properties.get(key, ""))
        if found:
            return found.group(0).upper()
    return None  # not set, or "transparent", "none": the colour comes from further out


def _inherited(
    rules: dict[str, dict[str, str]], selector: str, keys: tuple[str, ...]
) -> str | None:
    """A selector's colour, else that of the rule it refines (``#nav::item:selected`` →
    ``#nav::item`` → ``#nav``), as Qt draws a state or a subcontrol over its widget."""
    while True:
        colour = _colour(rules.get(selector, {}), keys)
        if colour is not None:
            return colour
        wider = _LAST_STATE.sub("", selector)
        if wider == selector or not wider:
            return None
        selector = wider


def sheet_pairs(
    prefix: str, sheet: str, around: str, minimum: float
) -> tuple[list[Pair], list[Pair]]:
    """Text pairs of a style sheet: the required ones and the disabled ones.

    Every rule that sets a text or a background colour gives a pair: its text colour on its
    background, each its own or inherited; a background without text (a tool bar's) none.
    ``around`` is the background of a rule that sets none (the window the widget is on).
    """
    rules = parse_sheet(sheet)
    required: list[Pair] = []
    disabled: list[Pair] = []
    for selector, properties in rules.items():
        if _colour(properties, FOREGROUND) is None and _colour(properties, BACKGROUND) is None:
            continue
        foreground = _inherited(rules, selector, FOREGROUND)
        if foreground is None:
            continue
        background = _inherited(rules, selector, BACKGROUND) or around
        pair = Pair(f"{prefix}-sheet-{selector}", foreground, background, minimum)
        (disabled if ":disabled" in selector else required).append(pair)
    return required, disabled


def focus_rings(theme: Theme) -> dict[str, tuple[str, str]]:
    """The sheet's focus rings: selector → (ring colour, the widget's background)."""
    rules = parse_sheet(chrome_style_sheet(theme, 1.0))
    rings = {}
    for selector, properties in rules.items():
        if ":focus" in selector:
            ring = _colour(properties, RING)
            assert ring is not None, f"{selector} sets no ring colour"
            background = _inherited(rules, selector, BACKGROUND) or theme.window
            rings[selector.removesuffix(":focus")] = (ring, background)
    return rings


def chrome_pairs(theme: Theme) -> tuple[list[Pair], list[Pair]]:
    return sheet_pairs(
        theme.name, chrome_style_sheet(theme, 1.0), theme.window, TEXT_MINIMUM[theme.name]
    )


# --- slides and the show --------------------------------------------------------------------

# Every colour of a slide theme, by what it is. A new colour must be sorted here first.
SLIDE_COLOURS = {
    "background": "fill",
    "band_fill": "fill",
    "header_fill": "header fill",
    "text": "text",
    "muted": "text",
    "title": "text",
    "accent": "text",  # markings, subtitles, figures; its bars are decorative
    "header_text": "header text",
    "grid": "decorative",
    "series": "graphics",
}
SLIDE_THEMES = {
    name: value for name, value in vars(slidetheme).items() if isinstance(value, SlideTheme)
}


def slide_pairs(name: str, theme: SlideTheme) -> list[Pair]:
    kinds: dict[str, list[str]] = {}
    for field, kind in SLIDE_COLOURS.items():
        kinds.setdefault(kind, []).append(field)

    def colour(field: str) -> str:
        return _hex(getattr(theme, field))

    pairs = [
        Pair(f"slide-{name}-{fg}-on-{bg}", colour(fg), colour(bg), TEXT_AA)
        for fg in kinds["text"]
        for bg in kinds["fill"]
    ]
    pairs += [
        Pair(f"slide-{name}-{fg}-on-{bg}", colour(fg), colour(bg), TEXT_AA)
        for fg in kinds["header text"]
        for bg in kinds["header fill"]
    ]
    pairs += [
        Pair(f"slide-{name}-series{number}-on-{bg}", _hex(series), colour(bg), GRAPHICS)
        for number, series in enumerate(theme.series)
        for bg in kinds["fill"]
    ]
    return pairs


def show_pairs() -> list[Pair]:
    """The presenter view (its style sheet and countdown colours) and the help overlay."""
    rules = parse_sheet(presenter.STYLE)
    view = _colour(rules["#presenter"], BACKGROUND)
    assert view is not None
    pairs, _ = sheet_pairs("presenter", presenter.STYLE, view, TEXT_AA)
    pairs += [
        Pair(f"presenter-countdown-{pace.value}", colour, view, TEXT_AA)
        for pace, colour in presenter.PACE_COLOURS.items()
    ]
    overlay = _hex(helpoverlay.BACKGROUND)
    pairs += [
        Pair("help-overlay-text", _hex(helpoverlay.TEXT), overlay, TEXT_AA),
        Pair("help-overlay-keys", _hex(helpoverlay.KEYS), overlay, TEXT_AA),
        Pair("audience-grid-choice", _hex(audience.CHOICE), "#000000", TEXT_AA),
    ]
    return pairs


# --- the lists the tests run over --------------------------------------------------------


def _enabled(theme: Theme, role: QPalette.ColorRole) -> str:
    return _hex(palette(theme).color(Group.Active, role))


def text_pairs() -> list[Pair]:
    pairs: list[Pair] = []
    for theme in THEMES.values():
        for group in (Group.Active, Group.Inactive, Group.Disabled):
            # A role the disabled group does not dim reads as enabled text does: required.
            pairs += [
                pair
                for pair, role in palette_pairs(theme, group, TEXT_MINIMUM[theme.name])
                if group != Group.Disabled or pair.foreground == _enabled(theme, role)
            ]
        pairs += role_pairs(theme)
        pairs += chrome_pairs(theme)[0]
    for name, slide in SLIDE_THEMES.items():
        pairs += slide_pairs(name, slide)
    return pairs + show_pairs()


def disabled_pairs() -> Iterator[tuple[Pair, str]]:
    """Disabled text on its background, with the enabled text colour it stands in for."""
    for theme in THEMES.values():
        for pair, role in palette_pairs(theme, Group.Disabled, 0.0):
            if pair.foreground != _enabled(theme, role):
                yield pair, _enabled(theme, role)
        for pair in chrome_pairs(theme)[1]:
            yield pair, theme.text


TEXT_PAIRS = text_pairs()
DISABLED_PAIRS = list(disabled_pairs())


def test_the_pairs_have_distinct_names() -> None:
    names = [pair.id for pair in TEXT_PAIRS]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("pair", TEXT_PAIRS, ids=lambda pair: pair.id)
def test_text_contrast(pair: Pair) -> None:
    ratio = pair.ratio()
    assert ratio >= pair.minimum, (
        f"{pair.id}: {pair.foreground} on {pair.background} is {ratio:.2f}:1, "
        f"below {pair.minimum}:1"
    )


@pytest.mark.parametrize(
    ("pair", "enabled"), DISABLED_PAIRS, ids=[pair.id for pair, _ in DISABLED_PAIRS]
)
def test_disabled_text_is_recorded_and_looks_disabled(
    pair: Pair, enabled: str, record_property: Any
) -> None:
    # Exempt from 1.4.3; recorded so a report can show it, and required only to differ from
    # the enabled text clearly (theme.Theme.disabled: "clearly not the text colour").
    record_property("contrast", round(pair.ratio(), 2))
    assert contrast_ratio(pair.foreground, enabled) >= 2.0, (
        f"{pair.id}: {pair.foreground} hardly differs from the enabled {enabled}"
    )


# --- every colour of a theme is somewhere in a checked pair ------------------------------------

THEME_COLOURS = {
    "window": "background",
    "surface": "background",
    "highlight": "background",
    "text": "text",
    "muted": "text",
    "accent": "text",  # also a background (the selection) and the focus ring
    "link": "text",
    "highlight_text": "text",
    "accent_text": "text",
    "border": "decorative",  # outlines of boxes and fields, not needed to find them
    "grid": "decorative",  # chart grid lines, drawn faint on purpose
    "disabled": "exempt",
    "series": "graphics",
}


def test_every_theme_colour_is_sorted() -> None:
    fields = {f.name for f in dataclasses.fields(Theme)} - {"name", "border_width"}
    assert fields == set(THEME_COLOURS)


def test_every_slide_colour_is_sorted() -> None:
    assert {f.name for f in dataclasses.fields(SlideTheme)} == set(SLIDE_COLOURS)


@pytest.mark.parametrize("theme", THEMES.values(), ids=lambda theme: theme.name)
def test_every_text_and_background_colour_is_checked(theme: Theme) -> None:
    checked = [pair for pair in TEXT_PAIRS if pair.id.startswith(f"{theme.name}-")]
    foregrounds = {pair.foreground for pair in checked}
    backgrounds = {pair.background for pair in checked}
    for field, kind in THEME_COLOURS.items():
        colour = getattr(theme, field)
        if kind == "text":
            assert colour in foregrounds, f"{theme.name}.{field} is in no checked pair"
        elif kind == "background":
            assert colour in backgrounds, f"{theme.name}.{field} is under no checked text"


# --- charts -----------------------------------------------------------------------------------

CHART_KINDS = ("line", "column")


def _spec(kind: str, series: int) -> ChartSpec:
    return ChartSpec(
        id="check",
        title="Title",
        kind=kind,
        categories=("2024", "2025"),
        category_title="Year",
        series=tuple(SeriesSpec(f"Series {n}", (1.0, 2.0)) for n in range(series)),
        unit="USD billion",
        decimals=0,
        axis_max=5.0,
        source_ids=("s1",),
        note=None,
    )


@pytest.fixture(scope="module")
def charts(qapp: Any) -> Iterator[dict[tuple[str, str], Any]]:
    """A chart of each kind in each theme, with as many series as the theme has colours."""
    from jvdesk.gui.workspace.chartwidget import ChartWidget

    built = {
        (theme.name, kind): ChartWidget(_spec(kind, len(theme.series)), theme)
        for theme in THEMES.values()
        for kind in CHART_KINDS
    }
    yield built
    for chart in built.values():
        chart.deleteLater()


def _series_colours(chart: Any) -> list[str]:
    """The colour each series is drawn in, in order: a line's pen, a bar's brush."""
    import pyqtgraph as pg

    colours = []
    for item in chart.getPlotItem().items:
        if isinstance(item, pg.PlotDataItem):
            colours.append(_hex(pg.mkPen(item.opts["pen"]).color()))
        elif isinstance(item, pg.BarGraphItem):
            colours.append(_hex(pg.mkBrush(item.opts["brush"]).color()))
    return colours


CHART_CASES = [
    (theme.name, kind, part)
    for theme in THEMES.values()
    for kind in CHART_KINDS
    for part in (
        *(f"series{n}" for n in range(len(theme.series))),
        "axis-line",
        "title",
        "axis-title",
        "tick-labels",
        "value-labels",
        "legend-labels",
    )
]


@pytest.mark.parametrize(
    ("theme", "kind", "part"), CHART_CASES, ids=["-".join(("chart", *c)) for c in CHART_CASES]
)
def test_chart_contrast(
    charts: dict[tuple[str, str], Any], theme: str, kind: str, part: str
) -> None:
    # The charts draw no target line yet: when they do, its pen is a graphic (3:1) here.
    chart = charts[(theme, kind)]
    plot = chart.getPlotItem()
    background = _hex(chart.backgroundBrush().color())
    axis = plot.getAxis("left")
    text = TEXT_MINIMUM[theme]
    if part.startswith("series"):
        colours = _series_colours(chart)
        assert len(colours) == len(THEMES[theme].series)
        fg, minimum = colours[int(part.removeprefix("series"))], GRAPHICS
        # Each series is also its own swatch in the legend, on the legend's background.
        legend = _hex(chart.legend.opts["brush"].color())
        assert contrast_ratio(fg, legend) >= GRAPHICS
    elif part == "axis-line":
        fg, minimum = _hex(axis.pen().color()), GRAPHICS
    elif part == "title":
        fg, minimum = QColor(plot.titleLabel.opts["color"]).name().upper(), text
    elif part == "axis-title":
        fg, minimum = QColor(axis.labelStyle["color"]).name().upper(), text
    elif part == "tick-labels":
        fg, minimum = _hex(axis.textPen().color()), text
    elif part == "value-labels":
        drawn = {_hex(label.brush().color()) for label in chart.labels}
        assert len(drawn) == 1
        fg, minimum = drawn.pop(), text
    else:
        fg, minimum = _hex(chart.legend.opts["labelTextColor"]), text
        background = _hex(chart.legend.opts["brush"].color())
    ratio = contrast_ratio(fg, background)
    assert ratio >= minimum, f"{fg} on {background} is {ratio:.2f}:1, below {minimum}:1"


# --- the keyboard focus -----------------------------------------------------------------------

# What takes the keyboard focus in the chrome and the dialogs. jvdesk has no tab bar; tool bar
# buttons take no focus (their commands have menu items and shortcuts).
FOCUSABLE = (
    "#nav",
    "QPushButton",
    "QLineEdit",
    "QComboBox",
    "QListWidget",
    "QTextBrowser",
    "QPlainTextEdit",
    "QSpinBox",
    "QCheckBox",
    "QRadioButton",
)


@pytest.mark.parametrize("theme", THEMES.values(), ids=lambda theme: theme.name)
def test_the_style_sheet_rings_every_focusable_widget(theme: Theme) -> None:
    assert set(FOCUSABLE) <= set(focus_rings(theme))


def focus_pairs() -> list[Pair]:
    """The focus ring against the widget inside it and what is around it (window, surface).

    The sheet's rings; the ring pages and charts draw (widgets.FocusRing) and a focused tile's
    outline, both the accent; a focused source mark's fill, the palette's Highlight.
    """
    pairs = []
    for theme in THEMES.values():
        around = {"window": theme.window, "surface": theme.surface}
        for selector, (ring, inside) in focus_rings(theme).items():
            for where, colour in {"inside": inside, **around}.items():
                pairs.append(Pair(f"{theme.name}-focus-{selector}-{where}", ring, colour, GRAPHICS))
        highlight = _hex(palette(theme).color(Role.Highlight))
        for where, colour in around.items():
            pairs.append(Pair(f"{theme.name}-focus-ring-{where}", theme.accent, colour, GRAPHICS))
            pairs.append(
                Pair(f"{theme.name}-focus-sourceMark-{where}", highlight, colour, GRAPHICS)
            )
    presenter_rules = parse_sheet(presenter.STYLE)
    button_ring = _colour(presenter_rules["QPushButton:focus"], RING)
    button = _colour(presenter_rules["QPushButton"], BACKGROUND)
    view = _colour(presenter_rules["#presenter"], BACKGROUND)
    assert button_ring is not None and button is not None and view is not None
    pairs.append(Pair("presenter-focus-QPushButton-inside", button_ring, button, GRAPHICS))
    pairs.append(Pair("presenter-focus-QPushButton-view", button_ring, view, GRAPHICS))
    return pairs


FOCUS_PAIRS = focus_pairs()


@pytest.mark.parametrize("pair", FOCUS_PAIRS, ids=lambda pair: pair.id)
def test_focus_ring_contrast(pair: Pair) -> None:
    ratio = pair.ratio()
    assert ratio >= pair.minimum, (
        f"{pair.id}: {pair.foreground} against {pair.background} is {ratio:.2f}:1"
    )
