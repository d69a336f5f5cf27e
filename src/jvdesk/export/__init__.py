"""Exporters that render the core's deck plan to files (Qt-free where they can be)."""
