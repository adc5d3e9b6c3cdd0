"""What can be wrong with an import: a file that cannot be read, a cell the parsers cannot read, a row problem.

Leaf module, pure (no Flask): every step may import it; it imports no step.
Messages are plain English sentences shown to the user as they are (they
never contain file content beyond a column name or a short cell value). The
other refusal, `operations.ImportRefused`, lives with the write step.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..errors import RuleError


class ImportFileError(RuleError):
    """The uploaded file cannot be read at all: the whole import stops (read step)."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class ValueProblem(ValueError):
    """One cell value cannot be understood: raised by a `values` parser, never by the import.

    Not a `RuleError` on purpose: it refuses nothing. The check and plan steps
    catch it at once and turn it into a `Problem` on that row (blocking or a
    note, depending on the field), so it never reaches a view or the command
    line as an error.
    """

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Problem:
    """Something wrong with one field (or the whole row when `field` is None); row 0 is the file."""

    row: int
    field: str | None
    message: str
    blocking: bool
