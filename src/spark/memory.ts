/**
 * Spark memory strings (`spark.executor.memory` and friends), as Spark's JavaUtils.byteStringAs reads them:
 * a whole number and a binary unit, case-insensitive. A unit is required here, because Spark reads a bare number
 * as MiB for some keys and as bytes for others.
 */
const UNIT_MIB: Readonly<Record<string, number>> = {
  k: 1 / 1024,
  kb: 1 / 1024,
  m: 1,
  mb: 1,
  g: 1024,
  gb: 1024,
  t: 1024 * 1024,
  tb: 1024 * 1024,
};

/** The units {@link parseSparkMemoryMiB} accepts, in any case. */
export const SPARK_MEMORY_UNITS: readonly string[] = Object.keys(UNIT_MIB);

const SPARK_MEMORY = /^(\d+)([a-z]+)$/i;

export const SPARK_MEMORY_HINT =
  `a whole number with a unit ${SPARK_MEMORY_UNITS.slice(0, -1).join(', ')} or ${SPARK_MEMORY_UNITS.at(-1)} ` +
  '(any case), e.g. 512m, 2g or 1536M';

/**
 * The smallest driver or executor memory (the JVM's -Xmx) Spark starts with. Spark's UnifiedMemoryManager.getMaxMemory
 * (core/src/main/scala/org/apache/spark/memory/UnifiedMemoryManager.scala) reserves 300 MiB
 * (RESERVED_SYSTEM_MEMORY_BYTES) and throws INVALID_DRIVER_MEMORY when the heap the JVM reports,
 * Runtime.getRuntime.maxMemory, is below 1.5 × that, 450 MiB (and INVALID_EXECUTOR_MEMORY when
 * spark.executor.memory is). The JVM reports less than -Xmx with the Serial collector, the one Java 17 picks on a
 * pod with 1 vCPU: -Xmx minus one survivor space, about 1/30 of the heap with the default NewRatio=2 and
 * SurvivorRatio=8, in 2 MiB steps. Measured with OpenJDK 17 on one CPU: -Xmx450m reports 435 MiB, -Xmx464m
 * 448.6 MiB, -Xmx465m 450.5 MiB, so 465 MiB is the least memory that starts on every pod size.
 */
export const MIN_SPARK_MEMORY_MIB = 465;

/** Size in MiB, or undefined when the text is not a Spark memory string. */
export function parseSparkMemoryMiB(text: string): number | undefined {
  const match = SPARK_MEMORY.exec(text.trim());
  if (!match) return undefined;
  const factor = UNIT_MIB[match[2].toLowerCase()];
  if (factor === undefined) return undefined;
  return Number(match[1]) * factor;
}

/** Formats MiB the way Spark reads it back, preferring whole gibibytes: 2048 → `2g`, 1536 → `1536m`. */
export function formatSparkMemory(mib: number): string {
  if (!Number.isInteger(mib) || mib <= 0) throw new Error(`cannot express ${mib} MiB as a Spark memory size`);
  return mib % 1024 === 0 ? `${mib / 1024}g` : `${mib}m`;
}
