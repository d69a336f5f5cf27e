"""Light, dark and high-contrast themes: the Qt palette, a style sheet, and chart colours.

pyqtgraph ignores the Qt palette (pyqtgraph issue #1588), so charts take their colours
from the same Theme when it changes.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication


@dataclass(frozen=True)
class Theme:
    """The colours of one theme (hex strings, so they go straight into style sheets)."""

    name: str
    window: str
    surface: str
    text: str
    muted: str
    accent: str
    accent_text: str
    border: str
    highlight: str
    highlight_text: str
    link: str
    grid: str
    series: tuple[str, ...]
    border_width: int = 1


THEMES = {
    "light": Theme(
        name="light",
        window="#F5F6F8",
        surface="#FFFFFF",
        text="#111827",
        muted="#4B5563",
        accent="#B3001B",
        accent_text="#FFFFFF",
        border="#D5D9E0",
        highlight="#FFE58A",
        highlight_text="#111827",
        link="#0B4F9C",
        grid="#E3E6EB",
        series=("#B3001B", "#D35400", "#0B7A35", "#0B2545"),
    ),
    "dark": Theme(
        name="dark",
        window="#14171C",
        surface="#1E232B",
        text="#E8EAED",
        muted="#A9B1BC",
        accent="#FF6B6B",
        accent_text="#14171C",
        border="#39414D",
        highlight="#7A5C00",
        highlight_text="#FFFFFF",
        link="#8AB4F8",
        grid="#2E3540",
        series=("#FF6B6B", "#FFB454", "#5ED38A", "#8AB4F8"),
    ),
    "high-contrast": Theme(
        name="high-contrast",
        window="#000000",
        surface="#000000",
        text="#FFFFFF",
        muted="#FFFFFF",
        accent="#FFD400",
        accent_text="#000000",
        border="#FFFFFF",
        highlight="#00E5FF",
        highlight_text="#000000",
        link="#FFD400",
        grid="#666666",
        series=("#FFD400", "#00E5FF", "#FF4FD8", "#FFFFFF"),
        border_width=2,
    ),
}

BASE_POINTS = 11.0  # the interface's base text size before the user's scale


def palette(theme: Theme) -> QPalette:
    """A Qt palette for the theme, so standard widgets follow it too."""
    p = QPalette()
    role = QPalette.ColorRole
    p.setColor(role.Window, QColor(theme.window))
    p.setColor(role.WindowText, QColor(theme.text))
    p.setColor(role.Base, QColor(theme.surface))
    p.setColor(role.AlternateBase, QColor(theme.window))
    p.setColor(role.Text, QColor(theme.text))
    p.setColor(role.Button, QColor(theme.surface))
    p.setColor(role.ButtonText, QColor(theme.text))
    p.setColor(role.Highlight, QColor(theme.accent))
    p.setColor(role.HighlightedText, QColor(theme.accent_text))
    p.setColor(role.ToolTipBase, QColor(theme.surface))
    p.setColor(role.ToolTipText, QColor(theme.text))
    p.setColor(role.PlaceholderText, QColor(theme.muted))
    p.setColor(role.Link, QColor(theme.link))
    p.setColor(role.BrightText, QColor(theme.accent))
    return p


def style_sheet(theme: Theme, scale: float) -> str:
    """The style sheet for jvdesk's own widgets at a text scale."""

    def pt(size: float) -> str:
        return f"{size * scale:.1f}pt"

    b = theme.border_width
    return f"""
    QWidget {{ font-size: {pt(BASE_POINTS)}; }}
    QMainWindow, #page, QScrollArea, #pageBody {{ background: {theme.window}; }}
    #nav {{ background: {theme.surface}; border: none; border-right: {b}px solid {theme.border};
            font-size: {pt(12)}; padding: 6px; }}
    #nav::item {{ padding: 8px 6px; border-radius: 6px; }}
    #nav::item:selected {{ background: {theme.accent}; color: {theme.accent_text}; }}
    #panelTitle {{ font-size: {pt(24)}; font-weight: bold; color: {theme.text}; }}
    #summary {{ font-size: {pt(14)}; color: {theme.text}; }}
    #status {{ font-size: {pt(10)}; color: {theme.muted}; border: {b}px solid {theme.border};
               border-radius: 10px; padding: 2px 10px; }}
    #sectionTitle {{ font-size: {pt(14)}; font-weight: bold; color: {theme.accent}; }}
    #card, #tile, #quote, #chartBox, #header, #noTarget {{ background: {theme.surface};
            border: {b}px solid {theme.border}; border-radius: 10px; }}
    #card {{ border-left: {max(5, 3 * b)}px solid {theme.accent}; }}
    #tile:hover {{ border-color: {theme.accent}; }}
    #cardValue {{ font-size: {pt(30)}; font-weight: bold; color: {theme.accent}; }}
    #cardUnit {{ font-size: {pt(13)}; font-weight: bold; color: {theme.accent}; }}
    #cardLabel {{ font-size: {pt(12)}; color: {theme.text}; }}
    #cardDetail, #muted {{ font-size: {pt(10)}; color: {theme.muted}; }}
    #tileTitle {{ font-size: {pt(13)}; font-weight: bold; color: {theme.text}; }}
    #tileFigure {{ font-size: {pt(18)}; font-weight: bold; color: {theme.accent}; }}
    #quote {{ border-left: {max(5, 3 * b)}px solid {theme.accent}; }}
    #quoteText {{ font-size: {pt(14)}; font-style: italic; color: {theme.text}; }}
    #quoteBy {{ font-size: {pt(10.5)}; font-weight: bold; color: {theme.accent}; }}
    #bullet {{ font-size: {pt(12)}; color: {theme.text}; }}
    #summitTitle {{ font-size: {pt(22)}; font-weight: bold; color: {theme.text}; }}
    #noTarget {{ font-size: {pt(12)}; font-style: italic; color: {theme.accent}; }}
    QLabel[highlight="true"] {{ background: {theme.highlight}; color: {theme.highlight_text};
                                border-radius: 4px; }}
    QLabel {{ color: {theme.text}; }}
    QTextBrowser, QPlainTextEdit, QLineEdit, QComboBox, QListWidget {{
        background: {theme.surface}; color: {theme.text}; border: {b}px solid {theme.border}; }}
    QToolBar {{ background: {theme.surface}; border-bottom: {b}px solid {theme.border};
                spacing: 6px; padding: 4px; }}
    QToolButton, QPushButton {{ color: {theme.text}; }}
    a {{ color: {theme.link}; }}
    """


def apply_theme(app: QApplication, theme: Theme, scale: float) -> None:
    """Apply a theme and text scale to the whole application."""
    app.setPalette(palette(theme))
    app.setStyleSheet(style_sheet(theme, scale))
