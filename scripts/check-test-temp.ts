/**
 * Runs jest once with a temporary folder of its own and fails if the run leaves anything in it: every test cleans
 * up after itself (test-support/global-setup.ts, setup.ts). Jest's own transform cache (`jest_*`) is not counted.
 *
 *   npm run test:temp [-- <jest arguments>]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { PROJECT_ROOT } from '../src/config/load';

const dir = mkdtempSync(path.join(tmpdir(), 'spark-eks-tmpcheck-'));
try {
  const before = readdirSync(dir).length;
  const jest = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'jest');
  const run = spawnSync(jest, process.argv.slice(2), {
    cwd: PROJECT_ROOT,
    env: { ...process.env, TMPDIR: dir },
    stdio: 'inherit',
  });
  const left = readdirSync(dir).filter((entry) => !entry.startsWith('jest_'));
  console.log(`temporary folder ${dir}: ${before} entries before jest, ${left.length} after`);
  for (const entry of left.sort()) console.log(`  left behind: ${entry}`);
  process.exitCode = run.status !== 0 ? (run.status ?? 1) : left.length > 0 ? 1 : 0;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
