"""The largest text size that fits a box, found in a few measurements, not one per size.

Sizes step down 5 % at a time from the largest (``size_steps``); ``first_fit`` finds the
first that fits by jumping to where the measured heights point, then checking the size
above, on the understanding that text never gets shorter as its size grows.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

STEP = 0.95  # each size tried is 5 % smaller than the one before
GROWTH = 1.5  # the power of its size text is first taken to grow with (first_fit)


def size_steps(largest: float, smallest: float, clamp: bool = True) -> list[float]:
    """The sizes a text is tried at, largest first, each ``STEP`` of the one before.

    The last is the first step at or below ``smallest`` (raised to ``smallest`` when
    ``clamp``): it is used whether the text fits there or not.
    """
    sizes = []
    size = largest
    while size > smallest:
        sizes.append(size)
        size *= STEP
    sizes.append(max(size, smallest) if clamp else size)
    return sizes


def first_fit(sizes: Sequence[float], height: Callable[[float], float], room: float) -> int:
    """The index of the first of ``sizes`` (largest first) at which ``height`` is at most ``room``.

    The last index when none before it fits. This is what trying each size in turn gives,
    found in fewer tries, as text grows no shorter as its size grows: a size that does not
    fit rules out every larger one, and one that fits every smaller one.

    The next size tried is where the last two heights point, text growing as a power of
    its size (between the first, lines that do not wrap, and the third; ``GROWTH`` until
    two are known). When that guess fits, the step above it is tried, and when that fits
    as well the search halves what is left. Text that grows as any power of its size from
    the first to the third is fitted in at most six tries; trying each size in turn takes
    one a step, 37 from 130 down to 20.
    """
    below, above = -1, len(sizes) - 1  # sizes[below] is too tall; sizes[above] fits, or is last
    too_tall = 0.0  # the height measured at sizes[below]
    last: tuple[float, float] | None = None  # the size and height measured before
    probe, fitted = 0, 0  # fitted: tries in a row that fitted
    while below + 1 < above:
        size = sizes[probe]
        measured = height(size)
        if measured <= room:
            above, fitted = probe, fitted + 1
        else:
            below, too_tall, fitted = probe, measured, 0
        if below + 1 >= above:
            break
        if fitted <= 1:
            power = _growth(last, (size, measured)) if last else GROWTH
            share = max(room, 0.0) / too_tall if too_tall > 0 else 0.0
            estimate = sizes[below] * share ** (1 / power)
            probe = next((i for i in range(below + 1, above) if sizes[i] <= estimate), above - 1)
        elif fitted == 2:
            probe = above - 1
        else:
            probe = (below + above) // 2
        last = (size, measured)
    return above


def _growth(one: tuple[float, float], other: tuple[float, float]) -> float:
    """The power of the size that text grows with, from two (size, height) measured."""
    (size, height), (size_2, height_2) = one, other
    if min(size, size_2, height, height_2) <= 0 or size == size_2 or height == height_2:
        return GROWTH
    return min(max(math.log(height / height_2) / math.log(size / size_2), 1.0), 3.0)
