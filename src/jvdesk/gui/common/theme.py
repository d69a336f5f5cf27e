"""Light, dark and high-contrast themes: the Qt palette, text roles, and chart colours.

Page text takes its font and colour from a role (by object name) and boxes paint
themselves from the current theme; only the chrome (panel list, tool bar, docks, dialogs)
has a style sheet. pyqtgraph ignores the Qt palette (pyqtgraph issue #1588), so charts take
their colours from the same Theme when it changes.

Every text colour is at least 4.5:1 against the background it is drawn on in the light and
dark themes and 7:1 in high contrast (WCAG 2.2 AA and AAA); chart series and the keyboard
focus ring are at least 3:1 (``tests/gui/common/test_contrast.py`` measures them all).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from jvdesk.gui.common.indicators import outline_indicators


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
    disabled: str  # text of controls that cannot be used now: clearly not the text colour
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
        disabled="#8A919C",
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
        disabled="#6B7380",
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
        disabled="#8C8C8C",
        series=("#FFD400", "#00E5FF", "#FF4FD8", "#FFFFFF"),
        border_width=2,
    ),
}

BASE_POINTS = 11.0  # the interface's base text size before the user's scale


@dataclass(frozen=True)
class TextRole:
    """How one kind of text looks: its size in points before scaling, weight and colour.

    Colours are palette roles, so a theme switch recolours every label with no work per
    label: ``accent`` is drawn in BrightText and ``muted`` in PlaceholderText, which the
    palette sets to the theme's accent and muted colours.
    """

    points: float
    bold: bool = False
    italic: bool = False
    colour: QPalette.ColorRole = QPalette.ColorRole.WindowText


_ACCENT = QPalette.ColorRole.BrightText
_MUTED = QPalette.ColorRole.PlaceholderText

# By object name. Page text is styled this way rather than by a style sheet: an
# application style sheet costs about 10 KiB for every widget (Qt keeps its rules per
# widget), some 13 MiB over the ten panels.
TEXT_ROLES = {
    "panelTitle": TextRole(24, bold=True),
    "summary": TextRole(14),
    "status": TextRole(10, colour=_MUTED),
    "sectionTitle": TextRole(14, bold=True, colour=_ACCENT),
    "cardValue": TextRole(30, bold=True, colour=_ACCENT),
    "cardUnit": TextRole(13, bold=True, colour=_ACCENT),
    "cardLabel": TextRole(12),
    "cardDetail": TextRole(10, colour=_MUTED),
    "muted": TextRole(10, colour=_MUTED),
    "tileTitle": TextRole(13, bold=True),
    "tileFigure": TextRole(18, bold=True, colour=_ACCENT),
    "quoteText": TextRole(14, italic=True),
    "quoteBy": TextRole(10.5, bold=True, colour=_ACCENT),
    "bullet": TextRole(12),
    "summitTitle": TextRole(22, bold=True),
    "noTarget": TextRole(12, italic=True, colour=_ACCENT),
    "progressStatus": TextRole(11, bold=True),
    "tileNeutral": TextRole(13, bold=True),
}


class _Look:
    """The theme and text scale in force, for widgets that paint themselves."""

    theme: Theme = THEMES["light"]
    scale: float = 1.0


def system_preferences() -> tuple[Qt.ContrastPreference, Qt.ColorScheme]:
    """Whether the system asks for high contrast, and its colour scheme, as Qt reports them.

    Qt reports them where the platform says (Windows, macOS, and Linux desktops through the
    settings portal); elsewhere, and with no application yet, it is NoPreference and Unknown.
    """
    if QGuiApplication.instance() is None:
        return Qt.ContrastPreference.NoPreference, Qt.ColorScheme.Unknown
    hints = QGuiApplication.styleHints()
    return hints.accessibility().contrastPreference(), hints.colorScheme()


def system_theme_name() -> str:
    """The theme the system asks for: high contrast, else dark with a dark scheme, else light."""
    contrast, scheme = system_preferences()
    if contrast == Qt.ContrastPreference.HighContrast:
        return "high-contrast"
    return "dark" if scheme == Qt.ColorScheme.Dark else "light"


def current_theme() -> Theme:
    """The theme the application is drawn in."""
    return _Look.theme


def current_scale() -> float:
    """The text scale the application is drawn at."""
    return _Look.scale


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
    # setColor above sets every colour group, so disabled menu items and buttons would look
    # usable: give the disabled group its own, dimmer text.
    disabled = QPalette.ColorGroup.Disabled
    for text_role in (role.WindowText, role.Text, role.ButtonText, role.HighlightedText):
        p.setColor(disabled, text_role, QColor(theme.disabled))
    return p


def base_font(scale: float) -> QFont:
    """The interface's font at a text scale."""
    font = QFont(QApplication.font())
    font.setPointSizeF(BASE_POINTS * scale)
    return font


def role_font(role: TextRole, scale: float) -> QFont:
    """The font of a kind of text at a text scale."""
    font = QFont(QApplication.font())
    font.setPointSizeF(role.points * scale)
    font.setBold(role.bold)
    font.setItalic(role.italic)
    return font


def style_text(widget: QWidget) -> None:
    """Give a label its role's font and colour, by its object name (others are left)."""
    role = TEXT_ROLES.get(widget.objectName())
    if role is not None:
        widget.setFont(role_font(role, _Look.scale))
        widget.setForegroundRole(role.colour)


def focus_width(theme: Theme) -> int:
    """The width of the keyboard focus ring, in pixels: a pixel wider than the theme's borders.

    The ring is drawn in the accent colour, at least 3:1 against the window and the surface.
    """
    return theme.border_width + 1


def chrome_style_sheet(theme: Theme, scale: float) -> str:
    """The style sheet of jvdesk's chrome: the panel list, tool bar, docks and dialogs.

    Set on those widgets only, never on the application: see TEXT_ROLES.
    """

    def pt(size: float) -> str:
        return f"{size * scale:.1f}pt"

    b = theme.border_width
    f = focus_width(theme)
    focus = theme.accent
    # A framed widget with the focus trades a pixel of padding for the wider ring, so nothing
    # inside it moves when the focus comes or goes. No sideways padding on a panel-list item:
    # Qt sizes a wrapping item for the full width but draws it inside the padding, so a name
    # that just fits would be cut with "…".
    return f"""
    #nav {{ background: {theme.surface}; border: none; border-right: {b}px solid {theme.border};
            font-size: {pt(12)}; padding: 6px; }}
    #nav:focus {{ border: {f}px solid {focus};
            padding: {6 - f}px {6 + b - f}px {6 - f}px {6 - f}px; }}
    #nav::item {{ padding: 8px 0px; border-radius: 6px; color: {theme.text}; }}
    #nav::item:selected {{ background: {theme.accent}; color: {theme.accent_text}; }}
    QTextBrowser, QPlainTextEdit, QLineEdit, QComboBox, QListWidget, QSpinBox {{
        background: {theme.surface}; color: {theme.text}; border: {b}px solid {theme.border};
        padding: {f - b}px; }}
    QTextBrowser:focus, QPlainTextEdit:focus, QLineEdit:focus, QComboBox:focus,
    QListWidget:focus, QSpinBox:focus {{ border: {f}px solid {focus}; padding: 0px; }}
    QPlainTextEdit:disabled, QLineEdit:disabled, QComboBox:disabled, QListWidget:disabled,
    QSpinBox:disabled {{ background: {theme.window}; color: {theme.disabled};
        border: {b}px dashed {theme.border}; }}
    QPushButton {{ background: {theme.surface}; color: {theme.text};
        border: {b}px solid {theme.border}; border-radius: 4px; padding: 4px 12px; }}
    QPushButton:hover {{ background: {theme.window}; }}
    QPushButton:pressed {{ background: {theme.highlight}; color: {theme.highlight_text}; }}
    QPushButton:focus {{ border: {f}px solid {focus};
        padding: {4 - (f - b)}px {12 - (f - b)}px; }}
    QPushButton:disabled {{ color: {theme.disabled}; border-style: dashed; }}
    QCheckBox, QRadioButton {{ border: {f}px solid transparent; border-radius: 4px;
        padding: 1px 2px; }}
    QCheckBox:focus, QRadioButton:focus {{ border-color: {focus}; }}
    QToolBar {{ background: {theme.surface}; border-bottom: {b}px solid {theme.border};
                spacing: 6px; padding: 4px; }}
    """


def style_chrome(widget: QWidget) -> None:
    """Style a piece of chrome (or a dialog) in the current theme."""
    widget.setStyleSheet(chrome_style_sheet(_Look.theme, _Look.scale))


def apply_theme(app: QApplication, theme: Theme, scale: float) -> None:
    """Make a theme and text scale the application's: its palette, font and current look.

    Widgets styled by role or as chrome are restyled by their owners (the main window).
    """
    _Look.theme, _Look.scale = theme, scale
    outline_indicators(app)
    app.setPalette(palette(theme))
    app.setFont(base_font(scale))
