"""Read one pack file as untrusted YAML: safe, bounded, and with every value's position."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from jvdesk.core.formatting import format_number
from jvdesk.core.i18n import N_, _
from jvdesk.core.problems import PathPart, Problem, format_path

MAX_FILE_BYTES = 1_000_000
MAX_DEPTH = 32
MAX_EVENTS = 200_000
# libyaml composes nested collections by recursion in C: thousands of levels crash the
# process, so a file that might nest that deep is walked event by event first. Below this
# bound the builder counts the depth itself, as it walks the nodes.
_SAFE_TO_COMPOSE = 2_000

_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_PLAIN_TAGS = frozenset(
    f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null", "seq", "map")
)


class _PackLoader(yaml.SafeLoader):
    """SafeLoader that leaves dates as text, so jvdesk parses and reports them itself."""


_RESOLVERS = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != _TIMESTAMP]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_PackLoader.yaml_implicit_resolvers = _RESOLVERS

# libyaml's parser, where PyYAML was built with it, is many times faster than the pure
# Python one; both report the same events, nodes and positions.
_Parser: type = _PackLoader
if getattr(yaml, "__with_libyaml__", False):

    class _CPackLoader(yaml.CSafeLoader):
        """The same loader on libyaml's parser."""

    _CPackLoader.yaml_implicit_resolvers = _RESOLVERS
    _Parser = _CPackLoader

Path_ = tuple[PathPart, ...]

# What libyaml (and PyYAML's own parser) says about a file that is not valid YAML, marked
# so that translators see it; a phrase not here stays in YAML's English.
YAML_PHRASES = (
    N_("did not find expected node content"),
    N_("did not find expected key"),
    N_("did not find expected '-' indicator"),
    N_("did not find expected ',' or ']'"),
    N_("did not find expected ',' or '}'"),
    N_("did not find the expected '>'"),
    N_("mapping values are not allowed in this context"),
    N_("mapping values are not allowed here"),
    N_("could not find expected ':'"),
    N_("found character that cannot start any token"),
    N_("found unexpected end of stream"),
    N_("found unknown escape character"),
    N_("found unknown directive name"),
    N_("found undefined alias"),
    N_("found a tab character where an indentation space is expected"),
    N_("found duplicate anchor; first occurrence"),
    N_("second occurrence"),
    N_("expected a single document in the stream"),
    N_("but found another document"),
    N_("while parsing a flow node"),
    N_("while parsing a block node"),
    N_("while parsing a block mapping"),
    N_("while parsing a block collection"),
    N_("while parsing a flow sequence"),
    N_("while parsing a flow mapping"),
    N_("while parsing a quoted scalar"),
    N_("while scanning a quoted scalar"),
    N_("while scanning a simple key"),
    N_("while scanning a block scalar"),
    N_("while scanning for the next token"),
    N_("while scanning a directive"),
    N_("while scanning a tag"),
)


@dataclass(frozen=True)
class Position:
    """A 1-based line and column in a file."""

    line: int
    column: int


@dataclass
class YamlDocument:
    """A parsed pack file and where each of its values and keys starts.

    Attributes:
        file: the file's name relative to the pack folder.
        data: the plain Python value (dicts, lists, str, int, float, bool, None).
        values: the position of the value at each field path.
        keys: the position of the key that introduces each mapping field.
        problems: problems with single values (a forbidden tag, a repeated
            field); the rest of the document is still usable.
    """

    file: str
    data: Any
    values: dict[Path_, Position] = field(default_factory=dict)
    keys: dict[Path_, Position] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def locate(self, path: Path_, *, key: bool = False) -> Position:
        """Return the position of a path, or of its nearest located ancestor."""
        if key and path in self.keys:
            return self.keys[path]
        for end in range(len(path), -1, -1):
            found = self.values.get(path[:end])
            if found is not None:
                return found
        return Position(1, 1)

    def problem(self, path: Path_, message: str, *, key: bool = False) -> Problem:
        """Build a problem located at a field path of this file."""
        where = self.locate(path, key=key)
        return Problem(self.file, where.line, where.column, format_path(path), message)


class YamlFileError(Exception):
    """A file that could not be read as a pack document."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("; ".join(str(p) for p in problems))


def _position(mark: Any) -> Position:
    return Position(mark.line + 1, mark.column + 1)


def _file_problem(file: str, message: str, mark: Any = None) -> YamlFileError:
    if mark is None:
        return YamlFileError([Problem(file, 0, 0, "", message)])
    where = _position(mark)
    return YamlFileError([Problem(file, where.line, where.column, "", message)])


def read_text(path: Path, file: str) -> str:
    """Read a pack file as UTF-8 text, refusing huge, binary and mis-encoded files.

    Raises:
        YamlFileError: with one file-level problem saying what to do.
    """
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise _file_problem(
                file,
                _(
                    "the file is {size} bytes; a pack file may be at most {most} bytes; "
                    "split it or remove what does not belong"
                ).format(size=format_number(size), most=format_number(MAX_FILE_BYTES)),
            )
        with path.open("rb") as stream:
            raw = stream.read(MAX_FILE_BYTES + 1)
    except IsADirectoryError:
        raise _file_problem(file, _("expected a file, found a folder")) from None
    except FileNotFoundError:
        raise _file_problem(file, _("the file does not exist")) from None
    except PermissionError:
        raise _file_problem(file, _("the file cannot be read (permission denied)")) from None
    except OSError as error:
        # Translators: {reason} is the operating system's own words.
        message = _("the file cannot be read ({reason})").format(reason=error.strerror)
        raise _file_problem(file, message) from None
    if len(raw) > MAX_FILE_BYTES:
        message = _("the file is over {most} bytes").format(most=format_number(MAX_FILE_BYTES))
        raise _file_problem(file, message)
    if b"\x00" in raw:
        raise _file_problem(
            file, _("this is a binary file, not YAML text; a pack file must be UTF-8 text")
        )
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise _file_problem(
            file,
            _("the file is not UTF-8 text (byte {byte} on line {line}); save it as UTF-8").format(
                byte=f"0x{raw[error.start]:02x}", line=line
            ),
        ) from None


def _needs_event_check(text: str) -> bool:
    """Whether ``text`` might hold an alias, too many values or deep nesting.

    Pack files almost never do, and walking the event stream costs a third of reading
    them, so a file is composed directly when none of the three can occur:

    - an alias is written with ``*``;
    - every YAML event takes at least half a character, so a file of fewer than
      ``MAX_EVENTS // 4`` characters cannot hold more than ``MAX_EVENTS`` of them;
    - a flow collection opens with ``[`` or ``{``, and a block collection nested in
      another starts in a column to the right of its parent's or (a list as a mapping's
      value) in the same one: so no value lies deeper than twice the longest line plus
      the brackets.
    """
    if "*" in text or len(text) >= MAX_EVENTS // 4:
        return True
    longest = max(map(len, text.splitlines()), default=0)
    return 2 * (longest + 1) + text.count("[") + text.count("{") > _SAFE_TO_COMPOSE


def _too_deep(file: str, mark: Any) -> YamlFileError:
    return _file_problem(
        file,
        _(
            "values are nested more than {most} levels deep; a pack file never needs that many"
        ).format(most=MAX_DEPTH),
        mark,
    )


def _check_events(text: str, file: str) -> None:
    """Walk the event stream once to bound depth and size and refuse aliases.

    The stream is flat, so this pass cannot itself recurse or expand anything.
    """
    depth = 0
    for count, event in enumerate(yaml.parse(text, Loader=_Parser)):
        if count > MAX_EVENTS:
            raise _file_problem(
                file,
                _("the file holds more than {most} YAML values; split it").format(
                    most=format_number(MAX_EVENTS)
                ),
                event.start_mark,
            )
        if isinstance(event, yaml.AliasEvent):
            raise _file_problem(
                file,
                _(
                    "YAML aliases ({alias}) are not allowed in a content pack; "
                    "write the value out in full"
                ).format(alias=f"*{event.anchor}"),
                event.start_mark,
            )
        if isinstance(event, yaml.SequenceStartEvent | yaml.MappingStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                raise _too_deep(file, event.start_mark)
        elif isinstance(event, yaml.SequenceEndEvent | yaml.MappingEndEvent):
            depth -= 1


class _Builder:
    """Turn a composed node tree into plain data, recording positions and problems."""

    def __init__(self, document: YamlDocument) -> None:
        self.document = document
        self.constructor = _PackLoader("")
        self.problems: list[Problem] = []

    def _tag_problem(self, node: Node, path: Path_) -> bool:
        if node.tag in _PLAIN_TAGS:
            return False
        shown = node.tag.replace("tag:yaml.org,2002:", "!!")
        where = _position(node.start_mark)
        self.problems.append(
            Problem(
                self.document.file,
                where.line,
                where.column,
                format_path(path),
                _(
                    "the YAML tag {tag} is not allowed in a content pack; write a plain value"
                ).format(tag=shown),
            )
        )
        return True

    def build(self, node: Node, path: Path_) -> Any:
        self.document.values[path] = _position(node.start_mark)
        if self._tag_problem(node, path):
            return None
        if isinstance(node, MappingNode | SequenceNode) and len(path) >= MAX_DEPTH:
            raise _too_deep(self.document.file, node.start_mark)
        if isinstance(node, MappingNode):
            return self._mapping(node, path)
        if isinstance(node, SequenceNode):
            return [self.build(item, (*path, index)) for index, item in enumerate(node.value)]
        assert isinstance(node, ScalarNode)
        try:
            return self.constructor.construct_object(node, deep=True)
        except (yaml.YAMLError, ValueError) as error:
            where = _position(node.start_mark)
            self.problems.append(
                Problem(
                    self.document.file,
                    where.line,
                    where.column,
                    format_path(path),
                    # Translators: {reason} is YAML's own words, in English.
                    _("cannot read the value {value} ({reason})").format(
                        value=repr(node.value), reason=error
                    ),
                )
            )
            return None

    def _mapping(self, node: MappingNode, path: Path_) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key_where = _position(key_node.start_mark)
            if not isinstance(key_node, ScalarNode) or key_node.tag != "tag:yaml.org,2002:str":
                shown = key_node.value if isinstance(key_node, ScalarNode) else "a collection"
                self.problems.append(
                    Problem(
                        self.document.file,
                        key_where.line,
                        key_where.column,
                        format_path(path),
                        _("field names must be plain words, got {name}").format(name=repr(shown)),
                    )
                )
                continue
            key = key_node.value
            if key in result:
                first = self.document.keys[(*path, key)]
                self.problems.append(
                    Problem(
                        self.document.file,
                        key_where.line,
                        key_where.column,
                        format_path((*path, key)),
                        _(
                            "the field {field} is given twice (first on line {line}); keep one"
                        ).format(field=repr(key), line=first.line),
                    )
                )
                continue
            self.document.keys[(*path, key)] = key_where
            result[key] = self.build(value_node, (*path, key))
        return result


def load_document(path: Path, file: str) -> YamlDocument:
    """Read and parse one pack file.

    Args:
        path: where the file is.
        file: its name relative to the pack folder, used in messages.

    Returns:
        The document, with the positions of its values and keys.

    Raises:
        YamlFileError: when the file cannot be read, is not valid YAML, is not a
            mapping, or uses YAML features a pack does not allow (aliases,
            excessive nesting or size).
    """
    text = read_text(path, file)
    try:
        if _needs_event_check(text):
            _check_events(text, file)
        node = yaml.compose(text, Loader=_Parser)
    except yaml.MarkedYAMLError as error:
        raise _file_problem(file, _yaml_message(error), error.problem_mark) from None
    except yaml.YAMLError as error:
        raise _file_problem(file, _("invalid YAML: {reason}").format(reason=error)) from None
    if node is None:
        raise _file_problem(file, _("the file is empty; it should hold a mapping of fields"))
    if not isinstance(node, MappingNode):
        raise _file_problem(
            file,
            _("the file should hold a mapping of fields (name: value), not a single value or list"),
            node.start_mark,
        )
    document = YamlDocument(file, None)
    builder = _Builder(document)
    document.data = builder.build(node, ())
    document.problems = builder.problems
    return document


def _yaml_message(error: yaml.MarkedYAMLError) -> str:
    """YAML's account of a syntax error, in the language in force where it is known."""
    problem = _(error.problem) if error.problem else _("invalid YAML")
    if not error.context:
        # Translators: {reason} is what YAML found wrong (YAML_PHRASES in yamlsource.py).
        return _("invalid YAML: {reason}").format(reason=problem)
    # Translators: {context} is where YAML was ("while parsing a flow sequence"), {reason}
    # what it found wrong there.
    return _("invalid YAML: {context}, {reason}").format(context=_(error.context), reason=problem)
