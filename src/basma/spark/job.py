"""The Spark job: JSONL articles on any Spark cluster into Parquet that ``basma load`` stores.

Run it with ``python -m basma.spark.job INPUT... --out DIR`` (or spark-submit). Each input line is
coded by the same function a local ``basma run`` uses; the output is one Parquet dataset
partitioned by table name, holding each row as JSON.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from basma.spark.partition import code_lines


def _partition(rows: Iterator[Any], fields: Mapping[str, str] | None) -> Iterator[tuple[str, str]]:
    lines = ((f"{row.path}#{row.line_hash}", row.value) for row in rows)
    return code_lines(lines, fields)


def run_job(spark: Any, inputs: Sequence[str], out: str, fields: Mapping[str, str] | None = None) -> int:
    """Code every JSONL line of ``inputs`` on ``spark`` and write rows to ``out``; returns rows written.

    The input reference of a line is ``file#<hash of the line>``: Spark gives no line numbers without
    a costly global index, and the hash is stable across runs, which keeps re-runs idempotent.
    """
    from pyspark.sql import functions as F

    lines = (
        spark.read.text(list(inputs))
        .select("value", F.col("_metadata.file_path").alias("path"))
        .withColumn("line_hash", F.substring(F.sha2("value", 256), 1, 16))
    )
    coded = lines.rdd.mapPartitions(lambda rows: _partition(rows, fields)).toDF(["table", "row"])
    coded.write.mode("overwrite").partitionBy("table").parquet(out)
    return int(spark.read.parquet(out).count())


def local_session(master: str = "local[*]", app_name: str = "basma") -> Any:
    """A Spark session whose Python workers run this interpreter, so they can import basma."""
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    if master.startswith("local"):
        # Stay on loopback: resolving the machine's own name can stall for a minute on closed networks.
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.master(master).appName(app_name).config("spark.ui.enabled", "false")
    if master.startswith("local"):
        builder = builder.config("spark.driver.host", "127.0.0.1")
    return builder.config("spark.sql.shuffle.partitions", "4").getOrCreate()


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("inputs", nargs="+", help="JSONL files or folders (any path Spark can read)")
    parser.add_argument("--out", required=True, help="output folder for the Parquet dataset")
    parser.add_argument("--master", default="local[*]")
    args = parser.parse_args(argv)
    spark = local_session(args.master)
    try:
        rows = run_job(spark, args.inputs, args.out)
    finally:
        spark.stop()
    print(f"wrote {rows} rows to {Path(args.out)}; store them with `basma load {args.out} --db FILE`")


if __name__ == "__main__":
    main()
