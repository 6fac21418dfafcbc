/**
 * The Spark lines this project builds images for. Every other version-dependent value (base image, Hadoop,
 * hadoop-aws, the AWS SDK bundle and its checksum, the S3A credentials provider) is kept here, in one place.
 */
export const SPARK_LINES = ['3.5', '4.0'] as const;

export type SparkLine = (typeof SPARK_LINES)[number];

export function isSparkLine(value: string): value is SparkLine {
  return (SPARK_LINES as readonly string[]).includes(value);
}
