"""The desktop app: the only layer that imports PySide6 or pyqtgraph."""
