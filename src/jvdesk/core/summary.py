"""A pack in words for the command line: what it holds, and how much of it is translated.

``jvdesk info`` prints ``summary_lines``; ``jvdesk validate`` prints ``counts`` and the
``missing_translations`` warnings; ``jvdesk info --keys`` prints ``key_lines`` for
translators. Each is worded in the language in force (``jvdesk.core.i18n``).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from jvdesk.core.formatting import format_date, format_date_range
from jvdesk.core.i18n import (
    DEFAULT,
    LANGUAGES,
    N_,
    NATIVE_NAMES,
    Language,
    _,
    current,
    ngettext,
    pgettext,
)
from jvdesk.core.pack import ContentPack
from jvdesk.core.progress import STATUSES, progress, reading_figure, status_word
from jvdesk.core.translating import texts

# Each language a pack may be translated into, named in the language in force.
LANGUAGE_NAMES = {"ja": N_("Japanese"), "hi": N_("Hindi")}
# What ``key_lines`` says of a key's translation: fixed words, for tools to read.
TRANSLATED, OFFICIAL, MISSING = "translated", "official", "missing"


@dataclass(frozen=True)
class Coverage:
    """How much of a pack a translation into one language gives.

    Attributes:
        language: the language.
        translated: the texts translated, official ones included.
        official: the texts translated by an official body.
        total: the texts a translation into the language may give.
    """

    language: str
    translated: int
    official: int
    total: int


def coverage(pack: ContentPack, language: str) -> Coverage:
    """How many of the texts a translation into ``language`` may give the pack has."""
    wanted = texts(pack.meta, pack.panels, language)
    found = pack.translations.get(language)
    if found is None:
        return Coverage(language, 0, 0, len(wanted))
    official = sum(1 for key in wanted if key in found.official)
    translated = sum(1 for key in wanted if key in found.texts) + official
    return Coverage(language, translated, official, len(wanted))


def joined(items: Sequence[str]) -> str:
    """Items of a list on one line, as in "2 panels, 3 targets"."""
    # Translators: what separates the items of a list, as in "2 panels, 3 targets".
    return pgettext("list separator", ", ").join(items)


def counts(pack: ContentPack) -> str:
    """What the pack holds, as in "10 panels, 24 targets, ..."."""
    panels = pack.panels
    targets = sum(len(p.targets) for p in panels)
    figures = sum(len(p.figures) for p in panels)
    quotes = sum(len(p.quotes) for p in panels)
    charts = sum(len(p.charts) for p in panels)
    sources = len(pack.sources)
    return joined(
        [
            ngettext("{count} panel", "{count} panels", len(panels)).format(count=len(panels)),
            ngettext("{count} target", "{count} targets", targets).format(count=targets),
            ngettext("{count} key figure", "{count} key figures", figures).format(count=figures),
            ngettext("{count} quote", "{count} quotes", quotes).format(count=quotes),
            ngettext("{count} chart", "{count} charts", charts).format(count=charts),
            ngettext("{count} source", "{count} sources", sources).format(count=sources),
        ]
    )


def translation_files(pack: ContentPack) -> dict[str, str]:
    """Each language the pack is translated into, with the file its translations are in."""
    # The loader keeps the translations in the order pack.yaml lists their files.
    named = dict(zip(pack.translations, pack.meta.translations, strict=False))
    return {language: named.get(language, language) for language in pack.translations}


def missing_translations(pack: ContentPack) -> list[str]:
    """A warning per translations file that lacks some of the texts it may give."""
    warnings = []
    for language, file in translation_files(pack).items():
        found = coverage(pack, language)
        if found.translated < found.total:
            # Translators: `jvdesk info --keys --lang {language}` is a command, as typed, and
            # "missing" the word it marks a text with.
            lacks = ngettext(
                "{file} lacks {missing} of {count} text (`jvdesk info --keys --lang {language}` "
                "lists them, marked missing)",
                "{file} lacks {missing} of {count} texts (`jvdesk info --keys --lang {language}` "
                "lists them, marked missing)",
                found.total,
            )
            missing = found.total - found.translated
            warnings.append(
                lacks.format(file=file, missing=missing, count=found.total, language=language)
            )
    return warnings


def coverage_lines(pack: ContentPack) -> list[str]:
    """A line per language, Japanese and Hindi always: how much of the pack is in it."""
    languages: list[str] = [language for language in LANGUAGES if language != DEFAULT]
    languages += [language for language in pack.translations if language not in languages]
    lines = []
    for language in languages:
        found = coverage(pack, language)
        name = _(LANGUAGE_NAMES[language]) if language in LANGUAGE_NAMES else language
        # Translators: as in "Japanese: 640 of 665 texts translated (12 official)".
        line = ngettext(
            "{language}: {translated} of {count} text translated ({official} official)",
            "{language}: {translated} of {count} texts translated ({official} official)",
            found.total,
        )
        lines.append(
            line.format(
                language=name,
                translated=found.translated,
                count=found.total,
                official=found.official,
            )
        )
    return lines


def key_lines(pack: ContentPack, language: str | None = None) -> list[str]:
    """Each key a translation may give, a tab, and its English words, for translators.

    With a language: only the keys a translation into it gives (a quote already in that
    language needs none), each followed by a tab and ``translated``, ``official`` or
    ``missing``. Tabs, line ends and backslashes in the words are escaped (``\\t``, ``\\n``,
    ``\\\\``), so each key is one line.
    """
    if language is None:
        # "" is no quote's language, so every text counts, quotes' words included.
        return [
            f"{key}\t{_one_line(text)}" for key, text in texts(pack.meta, pack.panels, "").items()
        ]
    found = pack.translations.get(language)
    lines = []
    for key, text in texts(pack.meta, pack.panels, language).items():
        state = MISSING
        if found is not None and key in found.official:
            state = OFFICIAL
        elif found is not None and key in found.texts:
            state = TRANSLATED
        lines.append(f"{key}\t{_one_line(text)}\t{state}")
    return lines


def _one_line(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def width(text: str) -> int:
    """How many columns a terminal gives ``text``: two for a wide character, none for a mark."""
    return sum(
        0
        if unicodedata.category(char) in ("Mn", "Me", "Cf")
        else 2
        if unicodedata.east_asian_width(char) in ("W", "F")
        else 1
        for char in text
    )


def _pad(text: str, columns: int) -> str:
    return text + " " * max(0, columns - width(text))


def summary_lines(pack: ContentPack) -> list[str]:
    """What ``jvdesk info`` prints: the pack, its panels, briefings and translations."""
    meta = pack.meta
    summit = meta.summit
    # Translators: joins the summit's leaders, as in "Narendra Modi (Prime Minister of India)
    # and Shigeru Ishiba (Prime Minister of Japan)".
    leaders = _(" and ").join(f"{leader.name} ({leader.role})" for leader in summit.leaders)
    follow_ups = ngettext("{count} follow-up", "{count} follow-ups", len(meta.follow_ups))
    # Translators: {when} is a date; the pack's content was last checked then.
    as_of = _("{when} (when its content was last checked)").format(when=format_date(meta.as_of))
    dates = format_date_range(summit.start_date, summit.end_date)
    labelled = [
        (_("File:") if pack.folder.suffix == ".jvpack" else _("Folder:"), str(pack.folder)),
        (_("As of:"), as_of),
        (_("Summit:"), joined([summit.title, summit.place, dates])),
        (_("Leaders:"), leaders),
        (_("Contents:"), joined([counts(pack), follow_ups.format(count=len(meta.follow_ups))])),
        (_("Checksum:"), f"sha256:{pack.checksum}"),
    ]
    column = max(width(label) for label, _value in labelled) + 2
    rows = [_pad(label, column) + value for label, value in labelled]
    version = _("{title}, version {version} (schema {schema})")
    lines = [
        version.format(title=pack.title, version=meta.version, schema=meta.schema_version),
        *rows[:-1],
        "",
        _("Panels:"),
        *_panel_lines(pack),
    ]
    if any(panel.targets for panel in pack.panels):
        lines += ["", _("Progress"), *_progress_lines(pack)]
    checked = sum(panel.status == "checked" for panel in pack.panels)
    status = _(
        "Editorial status: {checked} checked against the official text, "
        "{unchecked} from summaries, to be checked"
    )
    lines += ["", status.format(checked=checked, unchecked=len(pack.panels) - checked), ""]
    lines.append(_("Briefings:"))
    for briefing in meta.briefings:
        count = len(briefing.panels)
        # Translators: a briefing: its title, how many panels, how long, and for whom.
        line = ngettext(
            "{title} ({count} panel, {minutes} min) for {audience}",
            "{title} ({count} panels, {minutes} min) for {audience}",
            count,
        ).format(
            title=briefing.title,
            count=count,
            minutes=briefing.duration_minutes,
            audience=briefing.audience,
        )
        lines.append(f"  {briefing.id}: {line}")
    lines += ["", _("Translations:"), *(f"  {line}" for line in coverage_lines(pack))]
    return [*lines, "", rows[-1]]


def _panel_lines(pack: ContentPack) -> list[str]:
    columns = max(width(panel.title) for panel in pack.panels)
    lines = []
    for panel in pack.panels:
        number = str(panel.number) if panel.number is not None else "-"
        targets, quotes, charts = len(panel.targets), len(panel.quotes), len(panel.charts)
        said = joined(
            [
                ngettext("{count} target", "{count} targets", targets).format(count=targets),
                ngettext("{count} quote", "{count} quotes", quotes).format(count=quotes),
                ngettext("{count} chart", "{count} charts", charts).format(count=charts),
            ]
        )
        lines.append(f"  {number:>2}  {_pad(panel.title, columns)}  {said}  [{panel.status}]")
    return lines


def _progress_lines(pack: ContentPack) -> list[str]:
    """A line per target: its label, its status and its latest reading, if any, with its date.

    A target two panels state (the 500,000 exchange) is listed once, as the deck lists it;
    its words are in the language in force where the pack has them.
    """
    shown = pack.localized(current()) if pack.localization is None else pack
    seen: set[tuple[object, ...]] = set()
    targets = []
    for panel, own in zip(shown.panels, (pack.base or pack).panels, strict=True):
        for target, original in zip(panel.targets, own.targets, strict=True):
            key = (" ".join(original.label.casefold().split()), original.value, original.unit)
            if key not in seen:
                seen.add(key)
                targets.append(target)
    columns = max(width(target.label) for target in targets)
    words = [status_word(status) for status in STATUSES]
    status_columns = max(width(word) for word in words)
    lines = []
    for target in targets:
        state = progress(target, pack.meta.as_of)
        line = f"  {_pad(target.label, columns)}  {_pad(state.word, status_columns)}"
        if state.latest is not None:
            reading = _("{figure} as of {date}").format(
                figure=reading_figure(state.latest), date=format_date(state.latest.as_of)
            )
            if state.latest.measures == "indicator":
                reading = _("{reading} (an indicator)").format(reading=reading)
            if state.stale:
                # Translators: after a reading more than 18 months older than the pack's date.
                reading = _("{reading} (stale)").format(reading=reading)
            line += f"  {reading}"
        lines.append(line.rstrip())
    return lines


def untranslated(
    pack: ContentPack, languages: Sequence[Language], panel_ids: Collection[str] | None = None
) -> list[str]:
    """An export's warnings that texts had no translation and are in English, a line a
    language (slides and notes may be in two); only the texts of ``panel_ids`` (the panels
    exported) and of the pack itself count, when given."""
    lines = []
    for language in dict.fromkeys(languages):
        localization = pack.localized(language).localization
        if localization is None:
            continue
        missing = [
            key
            for key in localization.fallbacks
            if panel_ids is None or not key.startswith("panels.") or key.split(".")[1] in panel_ids
        ]
        if missing:
            count = len(missing)
            lines.append(
                ngettext(
                    "{count} text has no {language} translation and is in English",
                    "{count} texts have no {language} translation and are in English",
                    count,
                ).format(count=count, language=NATIVE_NAMES[language])
            )
    return lines
