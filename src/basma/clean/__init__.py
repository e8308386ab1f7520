"""basma clean stage: one raw document in, one Article out (or a named InputError)."""

from basma.clean.build import build_article

__all__ = ["build_article"]
