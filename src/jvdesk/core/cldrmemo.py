"""CLDR's answers kept between runs, so a start in Japanese or Hindi need not load Babel.

Every number, date and list jvdesk writes in Japanese or Hindi comes from CLDR through
Babel (``jvdesk.core.formatting``). Importing Babel and reading its data for one language
costs a start about 34 ms (measured: its modules, then ``ja.dat`` and ``root.dat`` unpickled
and merged), for the dozen figures and dates the first screen shows. Those answers depend
only on the call and on the installed Babel, so they are kept in the user cache folder, one
file per language, and a later start reads them back (a JSON file of a few kilobytes)
instead of importing Babel.

The file is stamped with what could change an answer: jvdesk's version and the size and
time of Babel's code and data files for the language. A file with another stamp, or one that
cannot be read, is ignored and written again. Everything here is best effort, as with the
snapshot cache: a cache folder that cannot be written only means Babel is loaded each time.
"""

from __future__ import annotations

import atexit
import contextlib
import datetime as dt
import importlib.util
import json
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from jvdesk import __version__

# A language's file stops growing here (each answer is a few dozen bytes): a pack at the
# loader's limits still reads its memo in milliseconds, and answers past the limit are
# computed by Babel as before.
MAX_ANSWERS = 20_000
FOLDER = "cldr"
# Babel's functions jvdesk calls (the name an answer is kept under), and their modules.
FUNCTIONS = {
    "format_decimal": "numbers",
    "format_compact_decimal": "numbers",
    "format_list": "lists",
    "format_date": "dates",
    "format_skeleton": "dates",
    "format_interval": "dates",
}
# Babel's modules whose code writes the answers, besides its data for the language.
CODE_FILES = ("__init__.py", "core.py", "numbers.py", "dates.py", "lists.py", "localedata.py")


class _Memo:
    """One language's answers: read from its file on first use, written back at exit."""

    def __init__(self, path: Path, stamp: str) -> None:
        self.path = path
        self.stamp = stamp
        self.answers = _read(path, stamp)
        self.changed = False

    def save(self) -> None:
        if not self.changed:
            return
        body = json.dumps(
            {"stamp": self.stamp, "answers": self.answers}, ensure_ascii=False, sort_keys=True
        )
        from jvdesk.core.snapshotcache import write_whole  # its atomic write, not its entries

        with contextlib.suppress(OSError):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_whole(self.path, body.encode("utf-8"))
        self.changed = False


_memos: dict[str, _Memo] = {}


def cldr(function: str, *args: Any, locale: str, **options: Any) -> str:
    """Babel's ``function`` called with these arguments, from the kept answers when known.

    ``args`` and ``options`` are what the Babel function takes: numbers as ``Decimal`` or
    ``int``, dates, strings, and lists of strings.
    """
    memo = _memos.get(locale)
    if memo is None:
        memo = _memos[locale] = _Memo(_path(locale), _stamp(locale))
        atexit.register(memo.save)
    key = _key(function, args, locale, options)
    answer = memo.answers.get(key)
    if answer is None:
        answer = _babel(function)(*args, locale=locale, **options)
        if len(memo.answers) < MAX_ANSWERS:
            memo.answers[key] = answer
            memo.changed = True
    return answer


def save() -> None:
    """Write the answers learnt so far (also done at exit)."""
    for memo in _memos.values():
        memo.save()


def forget() -> None:
    """Drop the answers read so far, so the next call reads the cache folder again (tests)."""
    _memos.clear()


def _babel(function: str) -> Callable[..., str]:
    # Imported by name, not through importlib: PyInstaller finds what a bundle needs by
    # reading the imports, and a module named in a string would be left out of it.
    import babel.dates
    import babel.lists
    import babel.numbers

    found: Callable[..., str] = getattr(
        {"numbers": babel.numbers, "lists": babel.lists, "dates": babel.dates}[FUNCTIONS[function]],
        function,
    )
    return found


def _key(function: str, args: tuple[Any, ...], locale: str, options: dict[str, Any]) -> str:
    """The call written out: its function, language, arguments and options, in order."""

    def plain(value: Any) -> str:
        if isinstance(value, Decimal | int | str | bool | dt.date):
            return f"{type(value).__name__}:{value}"
        if isinstance(value, list | tuple):
            return "[" + ",".join(plain(item) for item in value) + "]"
        raise TypeError(f"no key for a {type(value).__name__}")

    written = [plain(value) for value in args]
    written += [f"{name}={plain(options[name])}" for name in sorted(options)]
    return "|".join([function, locale, *written])


def _path(locale: str) -> Path:
    from jvdesk.core.snapshotcache import cache_dir

    return cache_dir() / FOLDER / f"{locale}.json"


def _stamp(locale: str) -> str:
    """jvdesk's version and Babel's files that make the language's answers."""
    parts = [__version__, locale]
    spec = importlib.util.find_spec("babel")  # finds Babel without importing it
    folders = list(spec.submodule_search_locations or ()) if spec else []
    for folder in folders[:1]:
        base = Path(folder)
        names = [*CODE_FILES, "global.dat", "locale-data/root.dat", f"locale-data/{locale}.dat"]
        for name in names:
            try:
                status = (base / name).stat()
            except OSError:
                parts.append(f"{name}:-")  # a bundle keeps Babel's code in its archive
                continue
            parts.append(f"{name}:{status.st_size}:{status.st_mtime_ns}")
    return ";".join(parts)


def _read(path: Path, stamp: str) -> dict[str, str]:
    try:
        kept = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(kept, dict) or kept.get("stamp") != stamp:
        return {}
    answers = kept.get("answers")
    if not isinstance(answers, dict):
        return {}
    return {
        key: value
        for key, value in answers.items()
        if isinstance(key, str) and isinstance(value, str)
    }
