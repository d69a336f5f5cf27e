"""CLDR's answers kept between runs: the same words, without Babel once known."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from jvdesk.core import cldrmemo, i18n
from jvdesk.core.formatting import format_date_range, format_figure, format_list
from jvdesk.core.snapshotcache import CACHE_ENV


@pytest.fixture(autouse=True)
def _own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    cldrmemo.forget()
    yield tmp_path / "cache" / cldrmemo.FOLDER
    cldrmemo.forget()


def _japanese_words() -> list[str]:
    i18n.set_language("ja")
    return [
        format_figure(10, "JPY trillion", compact=True),
        format_figure(500000, "人", "more than", compact=True),
        format_date_range("2025-08-29", "2025-08-30"),
        format_list(["2014", "2022", "2025"]),
    ]


def test_kept_answers_read_back_as_babel_wrote_them(_own_cache: Path) -> None:
    written = _japanese_words()
    cldrmemo.save()
    kept = json.loads((_own_cache / "ja.json").read_text(encoding="utf-8"))
    assert "format_interval|ja|date:2025-08-29|date:2025-08-30|str:yMMMMd" in kept["answers"]
    cldrmemo.forget()
    assert _japanese_words() == written
    assert written[0] == "10兆円"
    assert written[2] == "2025年8月29日\uff5e30日"  # a full-width tilde


def test_a_file_from_another_babel_is_not_believed(_own_cache: Path) -> None:
    _japanese_words()
    cldrmemo.save()
    path = _own_cache / "ja.json"
    kept = json.loads(path.read_text(encoding="utf-8"))
    wrong = {key: "?" for key in kept["answers"]}
    path.write_text(json.dumps({"stamp": "another Babel", "answers": wrong}), encoding="utf-8")
    cldrmemo.forget()
    assert "?" not in _japanese_words()
    cldrmemo.save()
    assert json.loads(path.read_text(encoding="utf-8"))["stamp"] == kept["stamp"]


@pytest.mark.parametrize("damage", ["", "{", "[]", '{"stamp": 1, "answers": []}'])
def test_a_damaged_file_is_written_again(_own_cache: Path, damage: str) -> None:
    _own_cache.mkdir(parents=True)
    (_own_cache / "ja.json").write_text(damage, encoding="utf-8")
    assert _japanese_words()[0] == "10兆円"
    cldrmemo.save()
    assert json.loads((_own_cache / "ja.json").read_text(encoding="utf-8"))["answers"]


def test_a_cache_that_cannot_be_written_costs_nothing_but_babel(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("", encoding="utf-8")
    monkeypatch.setenv(CACHE_ENV, str(blocked / "cache"))
    assert _japanese_words()[0] == "10兆円"
    cldrmemo.save()  # no error
    assert blocked.read_text(encoding="utf-8") == ""


def test_known_answers_need_no_babel(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from jvdesk.core import i18n\n"
        "from jvdesk.core.formatting import format_figure\n"
        "i18n.set_language('hi')\n"
        "words = format_figure(10, 'JPY trillion', compact=True)\n"
        "print(words, any(m.startswith('babel') for m in sys.modules))\n"
    )
    env = {"PATH": "/usr/bin:/bin", CACHE_ENV: str(tmp_path / "cache"), "LANG": "C.UTF-8"}
    runs = [
        subprocess.run(
            [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
        ).stdout.strip()
        for _ in range(2)
    ]
    assert runs == ["10 लाख करोड़ येन True", "10 लाख करोड़ येन False"]
