"""Property tests: no text and no YAML document makes loading fail with anything but a PackError."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jvdesk.core.loader import load_pack
from jvdesk.core.problems import PackError
from jvdesk.core.yamlsource import YamlFileError, load_document
from tests.conftest import MINIMAL_PACK

FIELD_NAMES = ["id", "title", "value", "sources", "targets", "panels", "date", "kind", "unit"]

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=20),
    st.sampled_from(["2025-08-29", "2025-13-40", "official", "press", "alpha", "beta"]),
)
documents = st.recursive(
    scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(
            st.one_of(st.sampled_from(FIELD_NAMES), st.text(max_size=8)), children, max_size=5
        ),
    ),
    max_leaves=25,
)

SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@SETTINGS
@given(text=st.text(max_size=400))
def test_any_text_reads_or_fails_cleanly(tmp_path_factory: Any, text: str) -> None:
    path = tmp_path_factory.mktemp("t") / "f.yaml"
    path.write_text(text, encoding="utf-8")
    try:
        load_document(path, "f.yaml")
    except YamlFileError as error:
        assert error.problems


@SETTINGS
@given(data=st.binary(max_size=300))
def test_any_bytes_read_or_fail_cleanly(tmp_path_factory: Any, data: bytes) -> None:
    path = tmp_path_factory.mktemp("b") / "f.yaml"
    path.write_bytes(data)
    try:
        load_document(path, "f.yaml")
    except YamlFileError as error:
        assert error.problems


def _pack_with(tmp: Path, file: str, document: Any) -> Path:
    folder = tmp / "pack"
    shutil.copytree(MINIMAL_PACK, folder)
    (folder / file).write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    return folder


@SETTINGS
@given(
    file=st.sampled_from(["pack.yaml", "sources.yaml", "panels/alpha.yaml"]),
    document=documents,
)
def test_any_yaml_document_loads_or_raises_a_pack_error(
    tmp_path_factory: Any, file: str, document: Any
) -> None:
    folder = _pack_with(tmp_path_factory.mktemp("p"), file, document)
    try:
        load_pack(folder)
    except PackError as error:
        assert all(problem.message for problem in error.problems)


@SETTINGS
@given(
    field=st.sampled_from(["value", "unit", "label", "time_frame", "sources", "id"]),
    value=documents,
)
def test_any_value_in_a_target_field_loads_or_raises_a_pack_error(
    tmp_path_factory: Any, field: str, value: Any
) -> None:
    folder = tmp_path_factory.mktemp("v") / "pack"
    shutil.copytree(MINIMAL_PACK, folder)
    panel_file = folder / "panels" / "alpha.yaml"
    panel = yaml.safe_load(panel_file.read_text(encoding="utf-8"))
    panel["targets"][0][field] = value
    panel_file.write_text(yaml.safe_dump(panel, allow_unicode=True), encoding="utf-8")
    try:
        load_pack(folder)
    except PackError as error:
        assert all(problem.file for problem in error.problems)
