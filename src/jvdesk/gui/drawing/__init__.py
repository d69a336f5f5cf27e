"""Slides, charts and the PDF handout drawn with QPainter (QtGui only: no widgets)."""
