"""Exports of stored events: PLOVER JSONL, CAMEO TSV (GDELT-like columns), Parquet and CSV."""

from basma.export.writers import FORMATS, export_events

__all__ = ["FORMATS", "export_events"]
