"""basma (بصمة): Arabic news to political event data.

The public Python API is :func:`code_text` for one article and :func:`run` for files into a store.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["__version__", "code_text"]

if TYPE_CHECKING:
    from basma.records import CodedArticle


def code_text(text: str, **kwargs: Any) -> CodedArticle:
    """Code one article given as a string; see :func:`basma.pipeline.code_text`."""
    from basma.pipeline import code_text as _code_text

    return _code_text(text, **kwargs)
