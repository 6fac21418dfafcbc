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

const SPARK_MEMORY = /^(\d+)([a-z]+)$/i;

export const SPARK_MEMORY_HINT = 'a whole number with a unit k, m, g or t, e.g. 512m, 2g or 1536M';

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
