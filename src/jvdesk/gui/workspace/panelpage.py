"""One panel on screen: target cards, charts, initiatives and quotes, each with its source."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence

from PySide6.QtCore import QPoint, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from jvdesk.core import i18n
from jvdesk.core.charts import ChartSpec, chart_spec
from jvdesk.core.descriptions import describe_chart
from jvdesk.core.formatting import format_date, format_figure, format_number, headline
from jvdesk.core.model import Figure, Panel, Quote, Reading, Target
from jvdesk.core.pack import ContentPack
from jvdesk.core.progress import progress, progress_charts, reading_figure
from jvdesk.core.search import fold
from jvdesk.core.sourcemarks import SourceIndex
from jvdesk.core.translating import QuoteOriginal
from jvdesk.gui.common.theme import Theme
from jvdesk.gui.common.widgets import (
    Box,
    PillLabel,
    ReflowGrid,
    SourceMark,
    TextLabel,
    page_body,
    ring_focus,
    section_label,
    status_text,
    text_label,
)
from jvdesk.gui.workspace.charttable import ChartTable
from jvdesk.gui.workspace.lazychart import CHART_MODULE, LazyChart
from jvdesk.gui.workspace.trajectory import TrajectorySpark

ChartFactory = Callable[[ChartSpec, Theme, float], QWidget]
__all__ = ["CHART_MODULE", "ChartFactory", "PanelPage", "make_chart"]


def _shown_if(label: TextLabel) -> TextLabel:
    """The label, hidden while it has no text.

    Only ever hidden here: showing a label that has no parent yet would open it as a window.
    """
    if not label.text():
        label.hide()
    return label


def make_chart(spec: ChartSpec, theme: Theme, scale: float) -> QWidget:
    """A chart, made when it is first painted (``LazyChart``).

    pyqtgraph is imported now, with the page: importing it restyles the application a
    little, which would move a page that is already on screen.
    """
    importlib.import_module(CHART_MODULE)
    return LazyChart(spec, theme, scale)


class PanelPage(QScrollArea):
    """A panel laid out to read on a laptop or a projector; it reflows with the width.

    The page shows the pack it is given: a localized pack's texts, with its translated
    quotes labelled and their original words under them, and a note when some of the
    page's texts have no translation yet. When the language changes, the page on screen is
    reworded in place from a shadow of itself in the new language (``relabel.reword``),
    which is why it makes the same widgets in every language, an empty one hidden.

    Signals:
        sources_requested(list): source ids whose details the user asked for.
    """

    sources_requested = Signal(list)

    def __init__(
        self,
        pack: ContentPack,
        panel: Panel,
        marks: SourceIndex,
        theme: Theme,
        scale: float,
        chart_factory: ChartFactory,
        size: QSize | None = None,
        shadow: bool = False,
    ) -> None:
        """Build the page; ``shadow`` builds its body only, for ``relabel.reword`` to read."""
        super().__init__()
        self.panel = panel
        self.pack = pack
        self.setObjectName("page")
        self.setAccessibleName(panel.heading())  # what a screen reader says on entering it
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.marks = marks
        self.charts: list[QWidget] = []
        self.sparks: list[TrajectorySpark] = []
        body = page_body()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(28, 22, 28, 28)
        layout.setSpacing(14)
        self.layout_ = layout

        # The status goes under the title, not beside it: on a narrow window at a large text
        # size, a title beside it would wrap to a word per line.
        heading = QVBoxLayout()
        heading.setSpacing(6)
        heading.addWidget(text_label(panel.heading(), "panelTitle"))
        status = PillLabel(status_text(panel.status), "status")
        status.setToolTip(panel.status_note or "")
        status_row = QHBoxLayout()
        status_row.addWidget(status)
        status_row.addStretch(1)
        heading.addLayout(status_row)
        layout.addLayout(heading)
        self.fallback_note = self._fallback_note(pack, panel)
        if self.fallback_note is not None:
            layout.addWidget(self.fallback_note)
        layout.addWidget(text_label(panel.summary, "summary"))

        if panel.targets:
            layout.addWidget(section_label(self.tr("Targets")))
            layout.addWidget(self._cards(panel.targets))
        else:
            box = Box("noTargetBox")
            inside = QVBoxLayout(box)
            inside.setContentsMargins(12, 10, 12, 10)
            inside.addWidget(text_label(panel.no_target_note or "", "noTarget"))
            layout.addWidget(box)
        if panel.figures:
            layout.addWidget(section_label(self.tr("Key figures")))
            layout.addWidget(self._cards(panel.figures))
        if panel.charts:
            layout.addWidget(section_label(self.tr("Charts")))
            for chart in panel.charts:
                layout.addWidget(self._chart(chart_spec(chart), theme, scale, chart_factory))
        # After the pack's charts, as the deck has them: ``self.charts`` is in the deck's order.
        # A chart of a trajectory alone is the deck's: here each card draws its trajectory,
        # and four more plots would cost the page a tenth of its language switch and memory.
        own = (pack.base or pack).panel(panel.id)
        paths = progress_charts(panel, pack.meta.as_of, own, path_alone=False)
        if paths:
            layout.addWidget(section_label(self.tr("Progress towards the targets")))
            for spec in paths:
                layout.addWidget(self._chart(spec, theme, scale, chart_factory))
        layout.addWidget(section_label(self.tr("Key initiatives")))
        for initiative in panel.initiatives:
            text = initiative.title
            if initiative.detail:
                text = self.tr("{title} — {detail}").format(title=text, detail=initiative.detail)
            layout.addLayout(
                self._with_mark(text_label(f"•  {text}", "bullet"), initiative.sources)
            )
        if panel.quotes:
            layout.addWidget(section_label(self.tr("In their words")))
            for quote in panel.quotes:
                layout.addWidget(self._quote(quote))
        layout.addStretch(1)
        self.body = body
        if shadow:
            return
        if size is not None:
            # Laid out once, at the width it is shown at: a page set into its scroll area
            # at another size is laid out again when shown (every label's wrapping anew).
            self.resize(size)
        self.setWidget(body)

    # --- pieces -------------------------------------------------------------------

    def _mark(self, source_ids: Sequence[str]) -> SourceMark:
        mark = SourceMark(self.marks.cite(source_ids), source_ids)
        mark.activated.connect(self.sources_requested)
        return mark

    def _with_mark(self, widget: QWidget | None, source_ids: Sequence[str]) -> QHBoxLayout:
        """A row with the source mark at its right; the widget, if any, at its left."""
        row = QHBoxLayout()
        if widget is None:
            row.addStretch(1)
        else:
            row.addWidget(widget, 1)
        mark = self._mark(source_ids)
        if not source_ids:
            mark.hide()  # only hidden: shown with no parent yet, it would open as a window
        row.addWidget(mark, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def _fallback_note(self, pack: ContentPack, panel: Panel) -> TextLabel | None:
        """Say how many of the panel's texts are shown in English for want of a translation."""
        localization = pack.localization
        count = localization.in_english(f"panels.{panel.id}.") if localization else 0
        if localization is None or count == 0:
            return None
        names = {"ja": self.tr("Japanese"), "hi": self.tr("Hindi")}
        language = names.get(localization.language, localization.language)
        # Two messages, so that English reads right with no catalogue; each has Qt's plural
        # forms for the languages that have more than one.
        text = (
            self.tr(
                "%n text on this page has no {language} translation yet and is shown in English.",
                "",
                count,
            )
            if count == 1
            else self.tr(
                "%n texts on this page have no {language} translation yet and are shown in "
                "English.",
                "",
                count,
            )
        )
        return text_label(text.format(language=language), "muted")

    def _cards(self, items: Sequence[Target | Figure]) -> ReflowGrid:
        grid = ReflowGrid(260)
        for item in items:
            card = Box("card", accent_edge=True)
            box = QVBoxLayout(card)
            box.setContentsMargins(16, 12, 14, 12)
            box.setSpacing(2)
            # The same labels in every language, an empty one hidden, so that a language
            # switch can reword the page in place (relabel.py).
            if i18n.current() != i18n.DEFAULT:
                # One headline figure, as officials write it: 10兆円, 5 लाख करोड़ येन.
                qualifier = ""
                figure, under = headline(item.value, item.unit, item.qualifier)
            else:
                qualifier = item.qualifier or ""
                figure, under = format_number(item.value), item.unit
            box.addWidget(_shown_if(text_label(qualifier, "cardDetail")))
            box.addWidget(text_label(figure, "cardValue"))
            box.addWidget(_shown_if(text_label(under, "cardUnit")))
            box.addWidget(text_label(item.label, "cardLabel"))
            if isinstance(item, Target):
                detail = item.time_frame
                if item.flow:
                    detail = self.tr("{time_frame} · {flow}").format(
                        time_frame=detail, flow=item.flow
                    )
                box.addWidget(text_label(detail, "cardDetail"))
                if item.baseline is not None:
                    base = item.baseline
                    figure = format_figure(base.value, base.unit, base.qualifier)
                    box.addWidget(
                        text_label(
                            self.tr("Baseline: {label}, {figure} ({as_of})").format(
                                label=base.label, figure=figure, as_of=base.as_of
                            ),
                            "cardDetail",
                        )
                    )
            else:
                box.addWidget(text_label(item.as_of, "cardDetail"))
            if item.note:
                note = text_label(item.note, "cardDetail")
                box.addWidget(note)
            if isinstance(item, Target):
                card.setAccessibleDescription(self._progress(box, item))
            box.addStretch(1)
            box.addLayout(self._with_mark(None, item.sources))
            card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
            card.setAccessibleName(self._card_sentence(item))
            grid.add(card)
        return grid

    def _progress(self, box: QVBoxLayout, target: Target) -> str:
        """Add where the target stands: its status, latest reading and trajectory.

        Returns:
            The same in one sentence, for a screen reader.
        """
        state = progress(target, self.pack.meta.as_of)
        pill = PillLabel(self.tr("Status: {status}").format(status=state.word), "progressStatus")
        pill.setToolTip(state.meaning)
        row = QHBoxLayout()
        row.setContentsMargins(0, 6, 0, 2)
        row.addWidget(pill)
        row.addStretch(1)
        box.addLayout(row)
        latest = state.latest
        reading = self._reading_text(latest, state.stale) if latest is not None else ""
        box.addLayout(
            self._with_mark(
                _shown_if(text_label(reading, "cardDetail")), latest.sources if latest else ()
            )
        )
        measured = any(r.measures == "target" for r in target.readings)
        would = target.would_count if not measured and target.would_count else ""
        if would:
            would = self.tr("What would count: {reading}").format(reading=would)
        box.addWidget(_shown_if(text_label(would, "cardDetail")))
        spark = TrajectorySpark(target, self.pack.meta.as_of)
        self.sparks.append(spark)
        box.addWidget(spark)
        # A sentence a line: a screen reader pauses between them, in every language.
        return "\n".join(part for part in (pill.text(), reading, would, spark.described()) if part)

    def _reading_text(self, reading: Reading, stale: bool) -> str:
        """The latest reading, its date, and whether it is an indicator or stale."""
        figure = reading_figure(reading)
        date = format_date(reading.as_of)
        if reading.measures == "target":
            text = self.tr("Latest reading: {figure} as of {date}").format(figure=figure, date=date)
        else:
            text = self.tr("Latest indicator: {label}, {figure} as of {date}").format(
                label=reading.label, figure=figure, date=date
            )
        if stale:
            text = self.tr("{reading} (stale: more than 18 months before the pack's date)").format(
                reading=text
            )
        return text

    def _card_sentence(self, item: Target | Figure) -> str:
        """A card as a screen reader says it, in one sentence.

        "10 JPY trillion, private investment from Japan to India, next decade, sources 1 to 4"
        """
        figure = format_figure(item.value, item.unit, item.qualifier)
        when = item.time_frame if isinstance(item, Target) else item.as_of
        return self.tr("{figure}, {label}, {when}, {sources}").format(
            figure=figure, label=item.label, when=when, sources=self._sources_said(item.sources)
        )

    def _sources_said(self, source_ids: Sequence[str]) -> str:
        """Sources as a listener hears them: "source 3", "sources 1 to 4", "sources 2, 5"."""
        self.marks.cite(source_ids)
        numbers = sorted({self.marks.number(source_id) for source_id in source_ids})
        runs: list[list[int]] = []
        for number in numbers:
            if runs and number == runs[-1][-1] + 1:
                runs[-1].append(number)
            else:
                runs.append([number])
        if len(runs) == 1 and len(runs[0]) > 2:
            said = self.tr("{first} to {last}").format(
                first=format_number(runs[0][0]), last=format_number(runs[0][-1])
            )
        else:
            said = self.tr(", ").join(format_number(number) for number in numbers)
        # Two messages, so that English reads right with no catalogue (as _fallback_note).
        if len(numbers) == 1:
            return self.tr("source {numbers}").format(numbers=said)
        return self.tr("sources {numbers}").format(numbers=said)

    def _chart(self, spec: ChartSpec, theme: Theme, scale: float, factory: ChartFactory) -> Box:
        frame = Box("chartBox")
        box = QVBoxLayout(frame)
        box.setContentsMargins(10, 10, 10, 8)
        chart = factory(spec, theme, scale)
        self.charts.append(chart)
        chart.setAccessibleName(spec.title)
        # What the deck's alternative text says, in the language shown.
        chart.setAccessibleDescription(describe_chart(spec, self.marks.cite(spec.source_ids)))
        box.addWidget(chart)
        toggle = QPushButton(self.tr("Show data as table"))
        toggle.setObjectName("dataToggle")
        toggle.setCheckable(True)
        toggle.setAccessibleDescription(spec.title)
        row = QHBoxLayout()
        row.addWidget(toggle)
        row.addStretch(1)
        box.addLayout(row)
        place = box.count()  # the table goes under the button, made when first asked for
        toggle.toggled.connect(lambda shown: self._show_table(box, place, toggle, chart, shown))
        foot = text_label(spec.note, "muted") if spec.note else None
        box.addLayout(self._with_mark(foot, spec.source_ids))
        return frame

    def _show_table(
        self, box: QVBoxLayout, place: int, toggle: QPushButton, chart: QWidget, shown: bool
    ) -> None:
        """Show or hide a chart's figures as a table, made the first time it is shown.

        Made on demand: a page is built again at each language switch, and a table per
        chart that nobody opened would slow that down.
        """
        item = box.itemAt(place)
        table = item.widget() if item is not None else None
        if not isinstance(table, ChartTable):
            if not shown:
                return
            spec: ChartSpec = chart.spec  # type: ignore[attr-defined]  # in the words shown
            table = ChartTable(spec)
            table.setAccessibleName(self.tr("Data of {title}").format(title=spec.title))
            box.insertWidget(place, table)
            ring_focus(table)
        table.setVisible(shown)
        toggle.setText(self.tr("Hide data table") if shown else self.tr("Show data as table"))

    def _quote(self, quote: Quote) -> Box:
        frame = Box("quote", accent_edge=True)
        box = QVBoxLayout(frame)
        box.setContentsMargins(18, 12, 14, 12)
        box.addWidget(text_label(f"\u201c{quote.text}\u201d", "quoteText", selectable=True))
        localization = self.pack.localization
        original = localization.quotes.get(quote.id) if localization else None
        self._translated_from(box, original)
        rendering = quote.translation if original is None and self._rendering_helps(quote) else ""
        box.addWidget(_shown_if(text_label(rendering or "", "quoteText", selectable=True)))
        values = {
            "speaker": quote.speaker,
            "role": quote.role,
            "occasion": quote.occasion,
            "place": quote.place,
            "date": format_date(quote.date),
        }
        by = (
            self.tr("\u2014 {speaker}, {role}, {occasion}, {place}, {date}")
            if quote.occasion
            else self.tr("\u2014 {speaker}, {role}, {place}, {date}")
        ).format(**values)
        box.addLayout(self._with_mark(text_label(by, "quoteBy"), quote.sources))
        return frame

    def _rendering_helps(self, quote: Quote) -> bool:
        """Whether the quote's English rendering helps: the words shown are not the reader's.

        In English always (as the pack means it); in Japanese or Hindi when the words were
        left in a third language for want of a translation.
        """
        reader = self.pack.language
        return reader == i18n.DEFAULT or quote.language not in (reader, i18n.DEFAULT)

    def _translated_from(self, box: QVBoxLayout, original: QuoteOriginal | None) -> None:
        """Label a translated quote, official or not, and show the words it translates.

        A quote in its own words gets the same widgets, hidden (see ``_cards``).
        """
        status = text_label("", "cardDetail")
        if original is None:
            sources: Sequence[str] = ()
            status.hide()
        elif original.official:
            sources = original.sources
            status.setText(self.tr("Official translation"))
            status.setToolTip(self.tr("Published by an official body; its source is marked."))
        else:
            sources = ()
            status.setText(self.tr("Unofficial translation"))
            status.setToolTip(self.tr("Translated for this pack; not an official text."))
        box.addLayout(self._with_mark(status, sources))
        text = f"\u201c{original.text}\u201d" if original is not None else ""
        words = _shown_if(text_label(text, "cardDetail", selectable=True))
        words.setToolTip(self.tr("The original words") if text else "")
        words.setAccessibleName(self.tr("The original words") if text else "")
        box.addWidget(words)

    # --- behaviour ----------------------------------------------------------------

    def apply_theme(self, theme: Theme, scale: float) -> None:
        """Restyle the charts (pyqtgraph ignores the palette; ``widgets.restyle`` does the rest)."""
        for chart in self.charts:
            apply = getattr(chart, "apply_theme", None)
            if apply is not None:
                apply(theme, scale)
        for spark in self.sparks:
            spark.rescale()

    def highlight(self, query: str, reveal: str = "") -> QLabel | None:
        """Mark every piece of text containing the query, and scroll one into full view.

        Args:
            query: the words searched for.
            reveal: the text of the chosen result; the marked label showing it is scrolled
                to, else the first marked label.

        Returns:
            The label scrolled to, or None when nothing matches.
        """
        words = fold(query).split()
        marked: list[TextLabel] = []
        body = self.widget()
        for label in body.findChildren(TextLabel) if body is not None else []:
            hit = bool(words) and all(word in fold(label.text()) for word in words)
            label.set_highlighted(hit)
            if hit:
                marked.append(label)
        if not marked:
            return None
        wanted = fold(reveal)
        target = next((label for label in marked if wanted and wanted in fold(label.text())), None)
        target = target or marked[0]
        self.reveal(target)
        return target

    def reveal(self, label: QLabel) -> None:
        """Scroll so the label is in full view with room around it (its top, if too tall)."""
        body = self.widget()
        layout = body.layout() if body is not None else None
        if body is None or layout is None:
            return
        # A page shown a moment ago may not be laid out yet: positions would be stale.
        layout.activate()
        top = label.mapTo(body, QPoint(0, 0)).y()
        room = self.viewport().height()
        margin = min(80, max(0, (room - label.height()) // 2))
        bar = self.verticalScrollBar()
        if label.height() + 2 * margin > room:
            bar.setValue(top - 12)  # taller than the view: its start, where reading begins
        elif top - margin < bar.value():
            bar.setValue(top - margin)
        elif top + label.height() + margin > bar.value() + room:
            bar.setValue(top + label.height() + margin - room)
