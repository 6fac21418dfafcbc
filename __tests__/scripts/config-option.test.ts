/**
 * Every command that reads the config takes it the same way (`--config FILE`, else SPARK_EKS_CONFIG, else the
 * default) and says the same when the file is missing, naming the option that named it. Each command runs here as
 * users run it, as a child process; they run concurrently, so the second core of a small machine works too.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import * as path from 'node:path';
import { stringify } from 'yaml';
import { PROJECT_ROOT } from '../../src/config/load';
import { jobRaw, minimalRaw } from '../../test-support/config';

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

const work = mkdtempSync(path.join(tmpdir(), 'spark-eks-config-option-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs started but not finished, at most one per core: more only make each run (and its test) wait longer. */
let running = 0;
const waiting: (() => void)[] = [];

/** Runs a script of the project with node and tsx from the project root, as `npm run` does. */
async function run(script: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  if (running >= availableParallelism()) await new Promise<void>((start) => waiting.push(start));
  running++;
  const base = { ...process.env };
  delete base.SPARK_EKS_CONFIG;
  delete base.INIT_CWD;
  try {
    return await new Promise((resolve) => {
      execFile(
        process.execPath,
        ['--import', 'tsx', script, ...args],
        { cwd: PROJECT_ROOT, env: { ...base, CDKTF_OUTDIR: path.join(work, 'never-written'), ...env } },
        (error, stdout, stderr) => resolve({ status: error ? (error.code as number) : 0, stdout, stderr }),
      );
    });
  } finally {
    running--;
    waiting.shift()?.();
  }
}

// The runs start together in beforeAll; a test waits for its own, behind the runs queued before it.
jest.setTimeout(60_000);

const MISSING_VIA_OPTION =
  'nope.yaml: config file not found (named by --config, read as ' +
  `${path.join(work, 'nope.yaml')}; pass --config an existing YAML file, relative to the folder you run npm in)`;

/** The commands users run, with the arguments that make each one read the config. */
const COMMANDS: readonly { name: string; script: string; args: readonly string[] }[] = [
  { name: 'synth', script: 'main.ts', args: [] },
  { name: 'report', script: 'scripts/report.ts', args: ['--json'] },
  { name: 'timeline', script: 'scripts/timeline.ts', args: ['spark-pi'] },
  { name: 'deploy', script: 'scripts/cdktf.ts', args: ['deploy', 'acme-core'] },
  { name: 'diff', script: 'scripts/cdktf.ts', args: ['diff', 'acme-core'] },
  { name: 'destroy', script: 'scripts/cdktf.ts', args: ['destroy', 'acme-core'] },
];

const runs: Record<string, Promise<Run>> = {};

beforeAll(() => {
  // Without jobs for the synth (a jobs stack only adds time here), with one for the stack names.
  writeFileSync(path.join(work, 'acme.yaml'), stringify({ ...minimalRaw(), prefix: 'acme' }));
  writeFileSync(path.join(work, 'acme-jobs.yaml'), stringify({ ...minimalRaw(), prefix: 'acme', jobs: [jobRaw()] }));
  for (const command of COMMANDS) {
    runs[`missing ${command.name}`] = run(command.script, [...command.args, '--config', 'nope.yaml'], {
      INIT_CWD: work,
    });
  }
  // --config wins over SPARK_EKS_CONFIG, and is read from where npm was run.
  runs['synth --config'] = run('main.ts', ['--config', 'acme.yaml'], {
    INIT_CWD: work,
    SPARK_EKS_CONFIG: 'config/default.yaml',
    CDKTF_OUTDIR: path.join(work, 'out'),
  });
  runs['synth extra'] = run('main.ts', ['config/default.yaml']);
  runs['diff typo'] = run('scripts/cdktf.ts', ['diff', 'acme-job', 'spark-eks-core'], {
    SPARK_EKS_CONFIG: path.join(work, 'acme-jobs.yaml'),
  });
  runs['timeline typo'] = run('scripts/timeline.ts', ['spark-pj']);
});

describe.each(COMMANDS.map((c) => c.name))('npm run %s -- --config nope.yaml', (name) => {
  it('names the missing file and --config, exits 1 without a stack trace, and writes nothing', async () => {
    const result = await runs[`missing ${name}`];
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(MISSING_VIA_OPTION);
    expect(result.stdout).toBe('');
    expect(existsSync(path.join(work, 'never-written'))).toBe(false);
  });
});

describe('npm run synth', () => {
  it('synthesizes the config --config names, not SPARK_EKS_CONFIG nor the default', async () => {
    const result = await runs['synth --config'];
    expect(result.stderr).not.toMatch(/error/i);
    expect(result.status).toBe(0);
    expect(readdirSync(path.join(work, 'out', 'stacks')).sort()).toEqual([
      'acme-core',
      'acme-data',
      'acme-platform',
      'acme-state',
    ]);
  });

  it('refuses an argument it does not take, instead of synthesizing the default', async () => {
    const result = await runs['synth extra'];
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      'unexpected argument config/default.yaml; usage: npm run synth -- [--config FILE]  (else SPARK_EKS_CONFIG, else config/default.yaml)',
    );
    expect(existsSync(path.join(work, 'never-written'))).toBe(false);
  });
});

describe('npm run diff', () => {
  it('names the stack a typo likely means, and the config and its stacks, before cdktf starts', async () => {
    const result = await runs['diff typo'];
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      `${path.join(work, 'acme-jobs.yaml')} makes no stack acme-job (did you mean acme-jobs?), spark-eks-core; ` +
        'its stacks: acme-state, acme-data, acme-core, acme-platform, acme-jobs; ' +
        'for a stack of another config, name that config with --config or SPARK_EKS_CONFIG; ' +
        'usage: npm run <deploy | diff | destroy | cdktf:synth> -- [--config config/<env>.yaml] [--skip-docker-check] [stack ...] [cdktf options]',
    );
    expect(result.stdout).toBe('');
  });
});

describe('npm run timeline', () => {
  it('finds the namespace in the config, and names the job a typo likely means', async () => {
    const result = await runs['timeline typo'];
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toMatch(
      /^timeline: config\/default\.yaml has no job spark-pj; did you mean spark-pi\? \(its jobs: spark-pi, weather-data\); name the config that has it with --config, or its namespace with --namespace; usage:/,
    );
  });
});
