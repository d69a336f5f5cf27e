"""Reading a grabbed window's pixels in tests: as an array, and contrast as WCAG measures it."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage

Pixels = npt.NDArray[np.float64]


def rgb(image: QImage) -> Pixels:
    """An image's pixels as a height × width × 3 array of 0–255 values."""
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    width, height = image.width(), image.height()
    rows = np.frombuffer(image.constBits(), np.uint8, count=image.sizeInBytes())
    return (
        rows.reshape(height, image.bytesPerLine())[:, : width * 3].reshape(height, width, 3) * 1.0
    )


def region(pixels: Pixels, rect: QRectF) -> Pixels:
    """The pixels wholly inside ``rect``."""
    box = rect.toAlignedRect().adjusted(1, 1, -1, -1)
    return pixels[box.top() : box.bottom() + 1, box.left() : box.right() + 1]


def distance_to_blend(pixels: Pixels, start: QColor, end: QColor) -> Pixels:
    """How far each pixel is from the nearest blend of two colours (anti-aliased text)."""
    a = np.array(start.getRgb()[:3], float)
    b = np.array(end.getRgb()[:3], float)
    t = np.clip(((pixels - a) @ (b - a)) / float((b - a) @ (b - a)), 0.0, 1.0)
    return np.linalg.norm(pixels - (a + t[..., None] * (b - a)), axis=-1)


def distance_to(pixels: Pixels, colour: QColor) -> Pixels:
    """How far each pixel is from a colour."""
    return np.linalg.norm(pixels - np.array(colour.getRgb()[:3], float), axis=-1)


def luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.redF())
        + 0.7152 * linear(colour.greenF())
        + 0.0722 * linear(colour.blueF())
    )


def contrast(first: QColor, second: QColor) -> float:
    """WCAG 2 contrast ratio, 1 to 21."""
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
