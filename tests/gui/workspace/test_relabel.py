"""A language switch rewords the page on screen in place, as if it had been built anew."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from jvdesk.core import i18n
from jvdesk.gui.common import language
from jvdesk.gui.workspace import pagestack
from jvdesk.gui.workspace.mainwindow import MainWindow
from jvdesk.gui.workspace.panelpage import PanelPage
from jvdesk.gui.workspace.relabel import ChartPlaceholder


def _words(page: PanelPage) -> list[tuple[str, str, str, bool]]:
    """Every label's and button's text, tooltip, name and visibility, in the page's order."""
    widgets = [
        w for w in page.body.findChildren(QWidget) if isinstance(w, QLabel | QAbstractButton)
    ]
    return [(w.text(), w.toolTip(), w.accessibleName(), not w.isHidden()) for w in widgets]


def _fresh(window: MainWindow, panel_id: str) -> PanelPage:
    """The page as it would be built now, in the language in force."""
    stack = window.stack
    assert stack.pack is not None and stack.marks is not None
    page = PanelPage(
        stack.pack,
        stack.pack.panel(panel_id),
        stack.marks,
        stack.theme,
        stack.scale,
        lambda spec, theme, scale: ChartPlaceholder(spec),
    )
    page.show()  # as the window's page is: a label hidden on purpose stays so
    return page


@pytest.mark.parametrize(
    "panel_id", ["economic-partnership", "people-to-people", "security-declaration"]
)
def test_a_reworded_page_says_what_a_new_one_would(window: MainWindow, panel_id: str) -> None:
    window.show_panel(panel_id)
    page = window.stack.currentWidget()
    for code in ("ja", "hi", "en", "hi"):
        window.set_language(code)  # type: ignore[arg-type]
        assert window.stack.currentWidget() is page
        assert i18n.current() == code
        fresh = _fresh(window, panel_id)
        assert _words(page) == _words(fresh)
        assert [chart.spec for chart in page.charts] == [  # type: ignore[attr-defined]
            placeholder.spec
            for placeholder in fresh.charts  # type: ignore[attr-defined]
        ]
        fresh.deleteLater()
    language.apply("en")


def test_a_page_of_another_shape_is_built_again(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.show_panel("economic-partnership")
    page = window.stack.currentWidget()
    monkeypatch.setattr(pagestack, "reword", lambda *args: False)
    window.set_language("ja")
    assert window.stack.currentWidget() is not page
    assert isinstance(window.stack.currentWidget(), PanelPage)
