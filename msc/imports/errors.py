"""Exceptions of the import core.

Messages are plain English sentences meant to be shown to the user; the web
layer wraps them for translation. They never contain file content beyond a
column name or a short cell value.
"""


class ImportFileError(Exception):
    """The uploaded file cannot be read at all (the whole import stops)."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class ValueProblem(ValueError):
    """One cell value cannot be understood (the row gets a problem)."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message
