"""Store: the embedded DuckDB database and its migrations."""

from basma.store.db import DEFAULT_DB, Store

__all__ = ["DEFAULT_DB", "Store"]
