"""Scale-out: the same per-article function mapped over Spark partitions (install the ``spark`` extra)."""
