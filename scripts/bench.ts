/**
 * Measures what users wait for: `npm run synth` (all stacks, default config), `cdktf synth`, and `npm test`.
 * Prints the median wall time of several runs and the peak resident memory of the largest process.
 *
 *   npm run bench                 # 5 synth runs, 3 cdktf synth runs, 1 npm test run
 *   npm run bench -- --runs 9     # more synth runs
 *   npm run bench -- --no-test    # skip npm test
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { PROJECT_ROOT } from '../src/config/load';

interface Sample {
  readonly seconds: number;
  readonly peakRssMiB: number;
}

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 5;
const withTest = !args.includes('--no-test');

/** Runs a command under GNU time, which reports the peak RSS of the largest process in the tree. */
function measure(command: string[], env: NodeJS.ProcessEnv = {}): Sample {
  const scratch = mkdtempSync(path.join(tmpdir(), 'bench-'));
  const report = path.join(scratch, 'time.txt');
  try {
    const result = spawnSync('/usr/bin/time', ['-f', '%e %M', '-o', report, ...command], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`${command.join(' ')} failed:\n${result.stderr}`);
    const lastLine = readFileSync(report, 'utf8').trim().split('\n').pop() ?? '';
    const [seconds, kib] = lastLine.split(' ').map(Number);
    return { seconds, peakRssMiB: kib / 1024 };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

interface Target {
  readonly seconds: number;
  readonly peakRssMiB?: number;
}

let missed = 0;

/** Runs the command n times, prints the median time and peak memory next to the target and whether it holds. */
function bench(name: string, target: Target, n: number, command: string[], env?: NodeJS.ProcessEnv): void {
  const samples = Array.from({ length: n }, () => measure(command, env));
  const seconds = median(samples.map((s) => s.seconds));
  const peak = Math.max(...samples.map((s) => s.peakRssMiB));
  const holds = seconds <= target.seconds && (target.peakRssMiB === undefined || peak <= target.peakRssMiB);
  if (!holds) missed += 1;
  const goal = `≤ ${target.seconds} s${target.peakRssMiB === undefined ? '' : `, ≤ ${target.peakRssMiB} MiB`}`;
  console.log(
    `${name.padEnd(22)} median ${seconds.toFixed(2).padStart(6)} s   peak RSS ${peak.toFixed(0).padStart(4)} MiB   ` +
      `target ${goal.padEnd(17)} ${holds ? 'holds' : 'MISSED'}   (${n} run${n > 1 ? 's' : ''})`,
  );
}

const outdir = mkdtempSync(path.join(tmpdir(), 'bench-out-'));
try {
  if (spawnSync('/usr/bin/time', ['true']).error)
    throw new Error('GNU time (/usr/bin/time) is needed: apt-get install time');
  bench('npm run synth', { seconds: 1.5, peakRssMiB: 250 }, runs, ['npm', 'run', '--silent', 'synth'], {
    CDKTF_OUTDIR: outdir,
  });
  bench('cdktf synth', { seconds: 6 }, Math.min(runs, 3), ['npx', 'cdktf', 'synth', '--output', outdir], {
    CHECKPOINT_DISABLE: '1',
  });
  if (withTest) bench('npm test', { seconds: 60 }, 1, ['npm', 'test', '--silent']);
} finally {
  rmSync(outdir, { recursive: true, force: true });
}
// Not a test: a missed target is a signal for a human, so say it in the exit code too.
process.exitCode = missed > 0 ? 1 : 0;
