"""Widths of strings in thousandths of an em: shaped with HarfBuzz, each measured once.

The engine is HarfBuzz, through ``uharfbuzz``, rather than Pillow's ``getlength``. Both
shape in C (Pillow through libraqm, HarfBuzz too), but Pillow's wheels load libraqm's
FriBiDi at run time only where it is installed, which on Windows it is not (Pillow's
installation notes, "External libraries"): there Pillow falls back to its basic layout, with
no kerning from GPOS and no Devanagari shaping, so the same pack would be fitted one way on
an official's laptop and another on CI. uharfbuzz's wheels carry HarfBuzz itself on every
platform, and give advances in the font's own units, unhinted, so widths depend on no pixel
size. It is also the quicker: measured on CI's kind of machine, 6 µs a word against 28 µs
for Pillow's libraqm layout (its import, 12 ms, is paid back within the first deck).
HarfBuzz shapes as PowerPoint and LibreOffice do (kerning, ligatures, Devanagari conjuncts
and vowel signs), and Japanese line breaking can build on its clusters.

A width is kept in thousandths of an em and scaled to a size by the caller, so a string is
measured once for a deck whatever sizes are tried (``Widths``: one per font and weight).
Text is measured a word at a time, and the spaces between words apart: a word is a token
(``tokens``: what a line may break after, a word with its trailing space or one wide
character) without its trailing spaces. In a word, a wide character is an em, Devanagari is
shaped in Noto Sans Devanagari (every renderer shapes it; its characters one by one mean
nothing), and the rest is the widest of two measurements:

- the deck's font shaped with HarfBuzz, as PowerPoint draws it when it applies kerning;
- each character's widest advance among the deck's font unshaped (as drawn when kerning is
  off) and the fonts LibreOffice substitutes when the deck's font is missing (their table,
  ``resources/fonts/substitute-metrics.json``; see ``textfit``).

A string's width is the sum of its words' and spaces'. Measuring words and spaces apart,
rather than shaping the whole line, leaves out only kerning next to a space, which Carlito
has none of and Liberation Sans only negative (" A", "T "), so the sum errs wide. Every
advance is a whole number of font units times 1000/2048 or 1 (the fonts' units per em are
2048 or 1000): exact in binary, so the sums are exact in any order, and a line's width can
be added up word by word and come out the same to the last bit.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Hashable
from functools import cache
from typing import Any, TypeVar

import uharfbuzz as hb  # type: ignore[import-untyped]  # it ships no type hints

from jvdesk.core.resources import resource_path

UNITS = 1000  # widths are in thousandths of an em
DEVANAGARI_FONT = "NotoSansDevanagari"
# The metrics of the fonts LibreOffice draws the deck's font in when it is missing.
SUBSTITUTE_METRICS = "fonts/substitute-metrics.json"
# Strings measured per font and weight before the cache starts again (a long-running app
# exports many decks; a deck of the 10× pack measures about 3,000).
CACHE_LIMIT = 100_000

WIDE = 1  # a character's kind: East Asian wide or full-width
DEVANAGARI = 2
_TOKEN = re.compile(r"[^ ]* |[^ ]+")

Key = TypeVar("Key", bound=Hashable)
Value = TypeVar("Value")


class Memo(dict[Key, Value]):
    """Values by key, each computed on first use by ``compute`` (and the whole forgotten
    once ``CACHE_LIMIT`` are held)."""

    def __init__(self, compute: Callable[[Key], Value]) -> None:
        super().__init__()
        self._compute = compute

    def __missing__(self, key: Key) -> Value:
        if len(self) >= CACHE_LIMIT:
            self.clear()
        value = self._compute(key)
        self[key] = value
        return value


def _classify(char: str) -> int:
    """A character's kind: WIDE, DEVANAGARI or 0."""
    if unicodedata.east_asian_width(char) in ("W", "F"):
        return WIDE
    if "\u0900" <= char <= "\u097f" or "\ua8e0" <= char <= "\ua8ff":
        return DEVANAGARI
    return 0


_KINDS: Memo[str, int] = Memo(_classify)  # each character's kind, classified on first use


def kinds(text: str) -> int:
    """The kinds of character in ``text``, or-ed together (0 for none: Latin and the like)."""
    if text.isascii():
        return 0
    found = 0
    for char in set(text):
        found |= _KINDS[char]
    return found


# Japanese line-breaking rules (kinsoku shori, JIS X 4051), as PowerPoint and LibreOffice
# apply them to Japanese text: no line starts with closing brackets, small kana, the
# prolonged sound mark or sentence punctuation, and none ends with an opening bracket.
NO_LINE_START = frozenset(
    "、。，．・：；？！゛゜ヽヾゝゞ々ー〜～…‥）〕］｝〉》」』】〙〗〟’”»"  # noqa: RUF001
    "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ"
    ")]},.:;?!%"
)
NO_LINE_END = frozenset("（〔［｛〈《「『【〘〖〝‘“«([{")  # noqa: RUF001


def tokens(text: str) -> list[str]:
    """Split text where a line may break: after spaces, and around wide characters.

    Between wide characters a line may break anywhere the kinsoku rules allow: a token
    that may not start a line is joined to the one before it, and an opening bracket to
    the token after it, so a line is never measured as breaking where a renderer would not.
    """
    if not kinds(text) & WIDE:
        return _TOKEN.findall(text)
    joined: list[str] = []
    for token in _wide_tokens(text):
        if joined and (token[0] in NO_LINE_START or joined[-1][-1] in NO_LINE_END):
            joined[-1] += token
        else:
            joined.append(token)
    return joined


def _wide_tokens(text: str) -> list[str]:
    found: list[str] = []
    current = ""
    for char in text:
        if _KINDS[char] == WIDE:
            if current:
                found.append(current)
            found.append(char)
            current = ""
        elif char == " ":
            found.append(current + char)
            current = ""
        else:
            current += char
    if current:
        found.append(current)
    return found


def _runs(text: str) -> list[tuple[int, str]]:
    """``text`` cut into runs of one kind of character each."""
    runs: list[tuple[int, str]] = []
    for char in text:
        kind = _KINDS[char]
        if runs and runs[-1][0] == kind:
            runs[-1] = (kind, runs[-1][1] + char)
        else:
            runs.append((kind, char))
    return runs


class _Shaper:
    """One font file, shaped with HarfBuzz."""

    def __init__(self, name: str, bold: bool, language: str) -> None:
        style = "Bold" if bold else "Regular"
        blob = hb.Blob.from_file_path(str(resource_path(f"fonts/{name}-{style}.ttf")))
        face = hb.Face(blob)
        self._font = hb.Font(face)  # its scale is the font's units per em
        self._scale: float = UNITS / face.upem
        # Set, not guessed: HarfBuzz would take the language from the process's locale.
        self._language = language

    def advance(self, char: str) -> float:
        """A character's own advance, unshaped (a missing one's is the .notdef glyph's)."""
        glyph = self._font.get_nominal_glyph(ord(char)) or 0
        advance: int = self._font.get_glyph_h_advance(glyph)
        return advance * self._scale

    def shaped(self, text: str) -> float:
        """The advance of ``text`` shaped with the font's default features."""
        buffer = hb.Buffer()
        buffer.add_str(text)
        buffer.guess_segment_properties()
        buffer.language = self._language
        hb.shape(self._font, buffer)
        advances: list[int] = [position.x_advance for position in buffer.glyph_positions or []]
        return sum(advances) * self._scale


@cache
def _shaper(name: str, bold: bool, language: str) -> _Shaper:
    return _Shaper(name, bold, language)


@cache
def _substitute_fonts() -> list[tuple[bool, dict[str, Any]]]:
    """Each substitute's boldness and metrics (regular and bold of each), from the table."""
    table = json.loads(resource_path(SUBSTITUTE_METRICS).read_text(encoding="utf-8"))
    return [
        (style == "bold", font)
        for styles in table["fonts"].values()
        for style, font in styles.items()
    ]


@cache
def substitute_widths(bold: bool) -> dict[str, float]:
    """The widest substitute's advance per character, in thousandths of an em."""
    widest: dict[str, float] = {}
    for font_bold, font in _substitute_fonts():
        if font_bold != bold:
            continue
        scale = UNITS / font["units_per_em"]
        for first, advances in font["advances"].items():
            for offset, advance in enumerate(advances):
                if advance is not None:
                    char = chr(int(first, 16) + offset)
                    widest[char] = max(widest.get(char, 0.0), advance * scale)
    return widest


@cache
def substitute_line_height() -> float:
    """The tallest substitute's line, as a multiple of the font size."""
    heights: list[float] = [
        (font["ascent"] + font["descent"] + font["line_gap"]) / font["units_per_em"]
        for _, font in _substitute_fonts()
    ]
    return max(heights)


Token = tuple[str, float, float, bool]  # text, width, width without trailing spaces, spaces only


class Widths:
    """Widths of text in one font family and weight, in thousandths of an em.

    Dictionaries rather than cached functions, so that a line of cached tokens is summed at
    C speed: ``sum(map(widths.token.__getitem__, tokens(text)))``.

    Attributes:
        char: a character's widest unshaped advance (the deck's font or a substitute), for
            characters neither wide nor Devanagari.
        word: the width of a token without its trailing spaces, or of those spaces.
        token: each token's width: its word's and its trailing spaces'.
        tokens: each text's tokens, with their widths with and without trailing spaces and
            whether they are spaces only.
    """

    def __init__(self, family: str, bold: bool) -> None:
        self._own = _shaper(family, bold, "en")
        self._bold = bold
        self._substitutes = substitute_widths(bold)
        self.char: Memo[str, float] = Memo(self._char)
        self.word: Memo[str, float] = Memo(self._word)
        self.token: Memo[str, float] = Memo(self._token)
        self.tokens: Memo[str, tuple[Token, ...]] = Memo(self._tokens)

    def _char(self, char: str) -> float:
        return max(self._own.advance(char), self._substitutes.get(char, 0.0))

    def _latin(self, text: str) -> float:
        return max(self._own.shaped(text), sum(map(self.char.__getitem__, text)))

    def _word(self, word: str) -> float:
        if not kinds(word):
            return self._latin(word)
        total = 0.0
        for kind, run in _runs(word):
            if kind == WIDE:
                total += UNITS * len(run)
            elif kind == DEVANAGARI:
                total += _shaper(DEVANAGARI_FONT, self._bold, "hi").shaped(run)
            else:
                total += self._latin(run)
        return total

    def _token(self, token: str) -> float:
        bare = token.rstrip()
        spaces = token[len(bare) :]
        return (self.word[bare] if bare else 0.0) + (self.word[spaces] if spaces else 0.0)

    def _tokens(self, text: str) -> tuple[Token, ...]:
        found = []
        for token in tokens(text):
            bare = token.rstrip()
            found.append((token, self.token[token], self.word[bare] if bare else 0.0, not bare))
        return tuple(found)

    def text(self, text: str) -> float:
        """The width of any text: the sum of its tokens'."""
        return sum(map(self.token.__getitem__, tokens(text)))


@cache
def widths(family: str, bold: bool) -> Widths:
    """The widths of one shipped font family (Carlito, LiberationSans) and weight."""
    return Widths(family, bold)
