"""Messages made outside the desktop app reach the catalogue and are shown translated."""

from __future__ import annotations

import gettext
import importlib.util
import io
import subprocess
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from types import ModuleType

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo

from jvdesk import cli
from jvdesk.core import i18n
from jvdesk.core.loader import load_pack
from jvdesk.core.planning import plan_deck
from jvdesk.core.resources import ResourceError, resource_path
from jvdesk.core.snapshot import CheckError, check_in_child
from jvdesk.export.pptx import DeckOptions, build_pptx
from tests.conftest import Edit

ROOT = Path(__file__).resolve().parents[2]

MISSING = "does not exist; choose a pack folder"
MISSING_JA = "存在しません。パックのフォルダーを選んでください"
SUMMARY = (
    "The content pack has {count} problem; fix it and load it again.",
    "The content pack has {count} problems; fix them and load it again.",
)
SUMMARY_JA = "コンテンツパックに{count}件の問題があります。直してから読み込み直してください。"
NUMBER = "expected a number, got {value}"
NUMBER_JA = "数値が必要ですが、{value} が書かれています"
HELP = "the content pack for the desktop app or the command"
HELP_JA = "デスクトップアプリまたはコマンドが使うコンテンツパック"
OVERFLOW = (
    'slide {number} ("{title}"): {what} is too long to fit even at the smallest text size; '
    "shorten it in the pack"
)
OVERFLOW_JA = "スライド{number}「{title}」の{what}は最小の文字サイズでも収まりません"
RESOURCE = "no resource {name}; known here: {known}"
RESOURCE_JA = "リソース {name} はありません。ここにあるもの: {known}"


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translations", ROOT / "tools/translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["translations"] = module
    spec.loader.exec_module(module)
    return module


def _japanese(messages: Mapping[str | tuple[str, str], str]) -> gettext.GNUTranslations:
    """A compiled Japanese catalogue holding ``messages``, built as ``make translations`` does."""
    catalog = Catalog(locale="ja", domain=i18n.DOMAIN)
    for message, translation in messages.items():
        catalog.add(message, (translation,) if isinstance(message, tuple) else translation)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)


@pytest.fixture
def japanese(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Japanese from a catalogue of a few messages, and LANG asking for it; restored after."""
    found = _japanese(
        {
            MISSING: MISSING_JA,
            SUMMARY: SUMMARY_JA,
            NUMBER: NUMBER_JA,
            HELP: HELP_JA,
            OVERFLOW: OVERFLOW_JA,
            RESOURCE: RESOURCE_JA,
        }
    )
    null = gettext.NullTranslations()
    monkeypatch.setattr(i18n, "catalogue", lambda language: found if language == "ja" else null)
    for name in i18n.ENVIRONMENT:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "ja_JP.UTF-8")
    before = i18n.current()
    yield
    i18n.set_language(before)


def call(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(list(args), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_the_catalogue_template_holds_the_messages_of_every_qt_free_layer() -> None:
    template = _tool().extract_template()
    ids = {message.id for message in template}
    assert MISSING in ids  # the loader
    assert "duplicate panel id '{id}' (already used at {file}:{line}); ids must be unique" in ids
    assert NUMBER in ids  # pydantic's errors, worded
    assert "invalid YAML: {context}, {reason}" in ids
    assert "did not find expected key" in ids  # YAML's own words
    assert SUMMARY in ids
    assert "two different packs were given; name one" in ids  # the command line
    assert HELP in ids  # its help
    assert OVERFLOW in ids  # an export warning
    assert "the title" in ids and "the row for {first}" in ids  # what it names
    assert "the folder {folder} does not exist; create it or choose another" in ids
    assert "the template {file} does not exist" in ids
    assert "the marking must be one line, such as RESTRICTED" in ids
    assert RESOURCE in ids


def test_translators_are_told_what_a_placeholder_holds() -> None:
    template = _tool().extract_template()
    hint = template.get(
        "unknown source id '{source}'{hint}; define it in {file} or fix the spelling"
    )
    assert hint is not None
    assert hint.auto_comments == ["{hint} is empty or \" (did you mean 'x'?)\"."]


@pytest.mark.usefixtures("japanese")
def test_the_command_line_speaks_the_language_lang_asks_for(tmp_path: Path) -> None:
    code, out, err = call("validate", str(tmp_path / "missing"))
    assert (code, out) == (1, "")
    assert err.splitlines() == [f"{tmp_path / 'missing'}: {MISSING_JA}", SUMMARY_JA.format(count=1)]
    assert i18n.current() == "ja"


@pytest.mark.usefixtures("japanese")
def test_a_validation_error_is_worded_in_japanese(pack_dir: Path, edit: Edit) -> None:
    edit("panels/alpha.yaml", "value: 10", "value: ten")
    code, _, err = call("validate", str(pack_dir))
    assert code == 1
    assert err.splitlines()[0] == (
        "panels/alpha.yaml:11:12: targets[0].value: 数値が必要ですが、'ten' が書かれています"
    )


@pytest.mark.usefixtures("japanese")
def test_the_help_is_in_japanese(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--help"]) == 0
    assert HELP_JA in capsys.readouterr().out


@pytest.mark.usefixtures("japanese")
def test_language_wins_over_lang(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("LANGUAGE", "en")
    _, _, err = call("validate", str(tmp_path / "missing"))
    assert err.splitlines()[0] == f"{tmp_path / 'missing'}: {MISSING}"


@pytest.mark.usefixtures("japanese")
def test_a_resource_error_is_worded_when_shown_not_when_raised() -> None:
    with i18n.using("en"), pytest.raises(ResourceError) as raised:
        resource_path("schema/nothing.json")
    with i18n.using("ja"):
        assert str(raised.value).startswith("リソース 'schema/nothing.json' はありません。")
    assert str(raised.value).startswith("no resource 'schema/nothing.json'; known here: ")


@pytest.mark.usefixtures("japanese")
def test_export_warnings_are_in_the_users_language_not_the_slides(
    pack_dir: Path, edit: Edit
) -> None:
    long_title = ("Alpha direction on the long and winding road of partnership " * 5)[:200].strip()
    edit("panels/alpha.yaml", "title: Alpha direction\n", f"title: {long_title}\n")
    plan = plan_deck(load_pack(pack_dir), language="ja")
    options = DeckOptions(aspect="4:3")
    english: list[str] = []
    with i18n.using("en"):
        build_pptx(plan, options, warnings=english)
    assert english and english[0].startswith("slide 3 (")
    assert english[0].endswith(
        "the title is too long to fit even at the smallest text size; shorten it in the pack"
    )
    plan = plan_deck(load_pack(pack_dir), language="en")
    japanese: list[str] = []
    with i18n.using("ja"):
        build_pptx(plan, options, warnings=japanese)
    assert japanese and japanese[0].startswith("スライド3「")
    assert japanese[0].endswith("」のthe titleは最小の文字サイズでも収まりません")


def test_the_pack_checker_words_its_problems_in_the_apps_language(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    environments: list[Mapping[str, str]] = []

    def refuse(*args: object, env: Mapping[str, str], **kwargs: object) -> None:
        environments.append(env)
        raise OSError("no processes here")

    monkeypatch.setattr(subprocess, "Popen", refuse)
    monkeypatch.setenv("LANG", "ja_JP.UTF-8")
    with i18n.using("hi"), pytest.raises(CheckError):
        check_in_child(tmp_path)
    assert environments[0]["LANGUAGE"] == "hi"


def test_a_closed_pipe_ends_the_command_quietly() -> None:
    class Closed(io.StringIO):
        def write(self, text: str) -> int:
            raise BrokenPipeError(32, "Broken pipe")

    err = io.StringIO()
    assert cli.main(["info", "--keys"], out=Closed(), err=err) == cli.EXIT_BROKEN_PIPE
    assert err.getvalue() == ""
