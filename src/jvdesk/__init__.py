"""jvdesk: an offline briefing desk for the India–Japan Joint Vision for the Next Decade."""

__version__ = "0.1.0"
