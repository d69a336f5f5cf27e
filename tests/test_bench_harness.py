"""make bench's timing of starts: every command once a round, in an order of the round's own."""

from __future__ import annotations

import sys
from pathlib import Path

from benchmarks.harness import Rounds, Row, shuffled_process_rounds


def test_a_ratio_is_the_median_of_the_rounds_own_ratios() -> None:
    # Round 3 ran on a machine twice as slow: the figure and its floor both doubled.
    rounds = Rounds([[110.0, 120.0, 240.0], [100.0, 100.0, 200.0]])
    assert rounds.ratio(0, 1) == 1.2  # 1.1, 1.2, 1.2
    assert rounds.median(0) / rounds.median(1) == 1.2
    row = Row("figure", rounds.median(0), "floor", rounds.median(1), "", rounds.ratio(0, 1))
    assert row.ratio == 1.2
    unpaired = Rounds([[110.0, 120.0, 240.0], [200.0, 100.0, 100.0]])
    assert unpaired.ratio(0, 1) == 1.2  # 0.55, 1.2, 2.4: only the median of the pairs counts
    assert Row("figure", 3.0, "floor", 2.0, "").ratio == 1.5


def test_each_command_runs_once_a_round_in_a_seeded_order(tmp_path: Path) -> None:
    log = tmp_path / "order.txt"
    script = "import sys; open(sys.argv[1], 'a').write(sys.argv[2])"
    runs = [([sys.executable, "-c", script, str(log), name], {}) for name in "abc"]
    rounds = shuffled_process_rounds(runs, repeat=4, seed=7)
    assert [len(times) for times in rounds.times] == [4, 4, 4]  # the first round not counted
    order = log.read_text()
    chunks = [order[i : i + 3] for i in range(0, len(order), 3)]
    assert len(chunks) == 5 and all(sorted(chunk) == ["a", "b", "c"] for chunk in chunks)
    assert len(set(chunks)) > 1  # not always the same order
    log.unlink()
    shuffled_process_rounds(runs, repeat=4, seed=7)
    assert log.read_text() == order  # the same seed, the same order
