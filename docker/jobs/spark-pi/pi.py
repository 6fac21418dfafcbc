"""Estimates pi by sampling random points in the unit square: the classic Spark smoke test."""

import sys
from operator import add
from random import random

from pyspark.sql import SparkSession


def inside(_: int) -> int:
    x, y = random() * 2 - 1, random() * 2 - 1
    return 1 if x * x + y * y <= 1 else 0


def main() -> None:
    partitions = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    samples = 100_000 * partitions
    spark = SparkSession.builder.appName("spark-pi").getOrCreate()
    count = spark.sparkContext.parallelize(range(samples), partitions).map(inside).reduce(add)
    print(f"Pi is roughly {4.0 * count / samples:.5f}")
    spark.stop()


if __name__ == "__main__":
    main()
