"""Named errors with stable short codes.

A code is what gets stored in ``rejections.reason`` and what scripts match on; the message is for
people and always names the input and the problem.
"""

from __future__ import annotations


class BasmaError(Exception):
    """Base of every error basma raises on purpose."""

    code = "error"

    def __init__(self, message: str, *, input_ref: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.input_ref = input_ref

    def __str__(self) -> str:
        return f"{self.input_ref}: {self.message}" if self.input_ref else self.message


class InputError(BasmaError):
    """An input cannot be read as an article at all."""

    code = "unreadable"


class EmptyInput(InputError):
    code = "empty"


class BinaryInput(InputError):
    code = "binary"


class EncodingProblem(InputError):
    code = "encoding"


class TooLarge(InputError):
    code = "too-large"


class MalformedInput(InputError):
    code = "malformed"


class NotArabic(InputError):
    code = "not-arabic"


class NoBody(InputError):
    code = "no-body"


class DataFileError(BasmaError):
    """A bundled or user data file (knowledge base, lexicon) is invalid."""

    code = "data-file"


class StageError(BasmaError):
    """A pipeline stage failed on one article; the batch goes on."""

    code = "stage-failed"
