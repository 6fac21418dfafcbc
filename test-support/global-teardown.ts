import { readdirSync, rmSync } from 'node:fs';

/** Caches of the tools themselves, not files a test left: jest's transform cache and tsx's compile cache. */
const CACHES = [/^jest_/, /^tsx-/];

/**
 * Removes the run's temporary folder that global-setup.ts made, and fails the run if a test left anything in it:
 * every test cleans up after itself, and this is what holds them to it.
 */
export default function globalTeardown(): void {
  const dir = process.env.SPARK_EKS_JEST_TMPDIR;
  if (!dir) return;
  const left = readdirSync(dir).filter((entry) => !CACHES.some((cache) => cache.test(entry)));
  rmSync(dir, { recursive: true, force: true });
  if (left.length > 0) {
    throw new Error(
      `tests left ${left.length} entries in the temporary folder (${left.sort().join(', ')}): clean up after each test`,
    );
  }
}
