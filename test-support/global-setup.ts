import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

/**
 * Gives the whole jest run a temporary folder of its own: workers and the processes tests spawn inherit TMPDIR, so
 * whatever a test leaves in os.tmpdir() goes with the folder in global-teardown.ts.
 */
export default function globalSetup(): void {
  const dir = mkdtempSync(path.join(tmpdir(), 'spark-eks-jest-'));
  process.env.SPARK_EKS_JEST_TMPDIR = dir;
  process.env.TMPDIR = dir;
  // One day for every test, the day the EKS support-window table was read: the only output that depends on the date
  // (synth's support-window warning) is then the same on every day. Tests of that warning pass days of their own.
  process.env.SPARK_EKS_TODAY = '2026-12-02';
}
