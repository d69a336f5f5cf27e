"""Timing helpers: medians of repeated runs, printed as a table beside their floors."""

from __future__ import annotations

import random
import statistics
import subprocess
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Row:
    """One figure of the table: a measurement, its floor and the target ratio."""

    name: str
    value_ms: float
    floor_name: str
    floor_ms: float
    target: str
    # The median of ratios taken round by round (``Rounds.ratio``), where the figure and its
    # floor were timed in the same rounds; otherwise the ratio of the two medians.
    paired_ratio: float | None = None

    @property
    def ratio(self) -> float:
        if self.paired_ratio is not None:
            return self.paired_ratio
        return self.value_ms / self.floor_ms if self.floor_ms else float("inf")


def median_ms(action: Callable[[], object], repeat: int = 15, warmup: int = 2) -> float:
    """The median wall time of ``action`` in milliseconds."""
    for _ in range(warmup):
        action()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def alternated_ms(
    actions: Sequence[Callable[[], object]], repeat: int = 15, warmup: int = 2
) -> list[float]:
    """The median wall times of actions run in turn, round by round, so drift hits all alike."""
    times: list[list[float]] = [[] for _ in actions]
    for round_ in range(warmup + repeat):
        for index, action in enumerate(actions):
            start = time.perf_counter()
            action()
            if round_ >= warmup:
                times[index].append((time.perf_counter() - start) * 1000)
    return [statistics.median(values) for values in times]


def process_ms(
    command: Sequence[str], repeat: int = 7, env: Mapping[str, str] | None = None
) -> float:
    """The median wall time of a fresh process running ``command``, in milliseconds."""
    return median_ms(
        lambda: subprocess.run(command, check=True, capture_output=True, env=env),
        repeat=repeat,
        warmup=1,
    )


def print_table(rows: Sequence[Row]) -> None:
    """Print the figures, each beside its floor and the ratio between them."""
    headers = ("figure", "median ms", "floor", "floor ms", "ratio", "target")
    table = [
        (r.name, f"{r.value_ms:.1f}", r.floor_name, f"{r.floor_ms:.1f}", f"{r.ratio:.2f}", r.target)
        for r in rows
    ]
    widths = [max(len(str(row[i])) for row in [headers, *table]) for i in range(len(headers))]
    for row in [headers, tuple("-" * w for w in widths), *table]:
        print("  ".join(str(cell).ljust(width) for cell, width in zip(row, widths, strict=True)))


def paired_process_ms(
    first: Sequence[str], second: Sequence[str], env: Mapping[str, str], repeat: int = 9
) -> tuple[float, float]:
    """Median wall times of two commands run alternately, so drift hits both alike."""
    one, two = alternated_process_ms([(first, env), (second, env)], repeat)
    return one, two


@dataclass(frozen=True)
class Rounds:
    """Wall times of commands run in the same rounds: ``times[command][round]``."""

    times: list[list[float]]

    def median(self, index: int) -> float:
        return statistics.median(self.times[index])

    def ratio(self, index: int, floor: int) -> float:
        """The median, over the rounds, of a command's time over its floor's in that round.

        A round takes seconds, and on a shared VM the machine's speed drifts over minutes:
        both times of one round were taken at much the same speed. On this VM (stop 23, 24
        rounds of six starts), one start's times spread by 12-17 % (standard deviation of
        their logarithms), two starts' times in the same round correlated by 0.5-0.8 for
        most pairs, and the spread of their ratio was 9-16 %, not the 20 % of unrelated ones.
        """
        pairs = zip(self.times[index], self.times[floor], strict=True)
        return statistics.median(value / base for value, base in pairs)


def shuffled_process_rounds(
    runs: Sequence[tuple[Sequence[str], Mapping[str, str]]], repeat: int, seed: int = 0
) -> Rounds:
    """Wall times of commands (each with its environment) run once each per round.

    Each round runs them in an order of its own, drawn from a seeded generator, so that no
    command is always timed in the same place or after the same one. The first round is
    not counted: it warms the disk cache.
    """
    order = random.Random(seed)
    times: list[list[float]] = [[] for _ in runs]
    for round_ in range(repeat + 1):
        indices = list(range(len(runs)))
        order.shuffle(indices)
        for index in indices:
            command, env = runs[index]
            start = time.perf_counter()
            subprocess.run(command, check=True, capture_output=True, env=env)
            if round_:
                times[index].append((time.perf_counter() - start) * 1000)
    return Rounds(times)


def alternated_process_ms(
    runs: Sequence[tuple[Sequence[str], Mapping[str, str]]], repeat: int = 9
) -> list[float]:
    """Median wall times of commands (each with its environment) run in turn, round by round.

    The first round is not counted: it warms the disk cache (and fills jvdesk's snapshot
    cache, for a pack it has not opened yet).
    """
    times: list[list[float]] = [[] for _ in runs]
    for round_ in range(repeat + 1):
        for index, (command, env) in enumerate(runs):
            start = time.perf_counter()
            subprocess.run(command, check=True, capture_output=True, env=env)
            if round_:
                times[index].append((time.perf_counter() - start) * 1000)
    return [statistics.median(values) for values in times]
