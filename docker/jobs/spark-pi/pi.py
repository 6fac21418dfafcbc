"""Estimates pi by sampling random points in the unit square: the classic Spark smoke test."""

import os
import random
import sys
from operator import add
from typing import Iterable, Iterator

from pyspark.sql import SparkSession

SAMPLES_PER_PARTITION = 100_000


def count_inside(index: int, items: Iterable[int]) -> Iterator[int]:
    # PySpark forks its Python workers from one daemon, so the module-level generator of every partition starts from
    # the same state and draws the same points: seed a generator per partition from the OS instead.
    rng = random.Random(int.from_bytes(os.urandom(8), "big") ^ index)
    inside = 0
    for _ in items:
        x, y = rng.random() * 2 - 1, rng.random() * 2 - 1
        inside += 1 if x * x + y * y <= 1 else 0
    yield inside


def main() -> None:
    partitions = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    samples = SAMPLES_PER_PARTITION * partitions
    spark = SparkSession.builder.appName("spark-pi").getOrCreate()
    count = (
        spark.sparkContext.parallelize(range(samples), partitions).mapPartitionsWithIndex(count_inside).reduce(add)
    )
    print(f"Pi is roughly {4.0 * count / samples:.5f}")
    spark.stop()


if __name__ == "__main__":
    main()
