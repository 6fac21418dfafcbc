import { rmSync } from 'node:fs';

/** Removes the run's temporary folder that global-setup.ts made. */
export default function globalTeardown(): void {
  const dir = process.env.SPARK_EKS_JEST_TMPDIR;
  if (dir) rmSync(dir, { recursive: true, force: true });
}
