"""Average temperature (TAVG) per station and year from NOAA GHCN-daily CSV, written as Parquet.

Input rows (no header): station id, date (YYYYMMDD), element, value (tenths of degrees C), measurement flag,
quality flag, source flag, observation time. Rows that failed a quality check (non-empty quality flag) are dropped.

Usage: weather.py s3a://<bucket>/<input prefix>/weather/ s3a://<bucket>/<output prefix>/weather-tavg/
"""

import sys

from pyspark.sql import SparkSession
from pyspark.sql import functions as F
from pyspark.sql.types import StringType, StructField, StructType

GHCN_DAILY = StructType(
    [
        StructField("station", StringType(), False),
        StructField("date", StringType(), False),
        StructField("element", StringType(), False),
        StructField("value", StringType(), True),
        StructField("mflag", StringType(), True),
        StructField("qflag", StringType(), True),
        StructField("sflag", StringType(), True),
        StructField("obstime", StringType(), True),
    ]
)


def main() -> None:
    if len(sys.argv) != 3:
        sys.exit("usage: weather.py <input s3a:// folder> <output s3a:// folder>")
    source, target = sys.argv[1], sys.argv[2]
    spark = SparkSession.builder.appName("weather-data").getOrCreate()

    readings = spark.read.csv(source, schema=GHCN_DAILY, header=False, mode="DROPMALFORMED")
    averages = (
        readings.where((F.col("element") == "TAVG") & F.col("qflag").isNull())
        .withColumn("year", F.substring("date", 1, 4).cast("int"))
        .withColumn("celsius", F.col("value").cast("double") / 10.0)
        .groupBy("station", "year")
        .agg(F.round(F.avg("celsius"), 2).alias("avg_tavg_celsius"), F.count("*").alias("days"))
        .orderBy("station", "year")
    )
    averages.write.mode("overwrite").parquet(target)
    print(f"wrote {averages.count()} station-years to {target}")
    spark.stop()


if __name__ == "__main__":
    main()
