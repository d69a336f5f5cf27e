"""Widths add up word by word exactly, so a line is measured once per word (export.measuring)."""

from __future__ import annotations

import math

from hypothesis import given
from hypothesis import strategies as st

from jvdesk.export.measuring import tokens, widths
from tests.export.test_textfit import texts


@given(texts, st.sampled_from(["Carlito", "LiberationSans"]), st.booleans())
def test_a_text_is_as_wide_as_its_words_and_spaces_added_in_any_order(
    text: str, family: str, bold: bool
) -> None:
    measured = widths(family, bold)
    parts = [measured.token[token] for token in tokens(text)]
    # fsum is exact: every order of adding gives the exact sum, to the last bit.
    assert measured.text(text) == sum(parts) == sum(reversed(parts)) == math.fsum(parts)
    for token, width, bare, spaces in measured.tokens[text]:
        assert width == measured.text(token)
        assert bare == measured.text(token.rstrip())
        assert spaces == (not token.strip())
