import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { outdirProblem, synthesize } from '../src/app';
import { IMAGE_STACK_ROLES } from '../src/stacks/stack-settings';
import { parse } from 'yaml';
import { loadConfig, PROJECT_ROOT, validateConfig } from '../src/config/load';
import { configWith, DEFAULT_CONFIG_FILE, defaultConfig } from '../test-support/config';
import { synthesizeApp, SynthesizedApp } from '../test-support/synth';

const folders: string[] = [];
/** A temporary folder, removed after the file's tests. */
function tempFolder(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  folders.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

interface ManifestStack {
  readonly workingDirectory: string;
  readonly annotations: { readonly level: string; readonly message: string }[];
}

function manifestStacks(outdir: string): Record<string, ManifestStack> {
  const manifest = JSON.parse(readFileSync(path.join(outdir, 'manifest.json'), 'utf8'));
  return (manifest as { stacks: Record<string, ManifestStack> }).stacks;
}

describe('the whole App', () => {
  /** The default config synthesized once, without warnings, for the tests that only read it. */
  let first: SynthesizedApp;
  beforeAll(() => {
    first = synthesizeApp(defaultConfig());
  });
  afterAll(() => first.cleanup());

  it('synthesizes identical bytes twice', () => {
    const second = synthesizeApp(defaultConfig());
    try {
      expect(first.stackNames).toEqual(second.stackNames);
      for (const name of first.stackNames) expect(first.text(name)).toBe(second.text(name));
    } finally {
      second.cleanup();
    }
  });

  it('has the docker provider in exactly the stacks the Docker check before deploy, diff and destroy covers', () => {
    const withDocker = first.stackNames.filter((name) => first.stack(name).provider?.docker !== undefined).sort();
    expect(withDocker).toEqual(IMAGE_STACK_ROLES.map((role) => `spark-eks-${role}`).sort());
    for (const name of withDocker) {
      expect(Object.keys(first.stack(name).resource).filter((type) => type.startsWith('docker_'))).not.toEqual([]);
    }
  });

  it('names the stacks after the prefix', () => {
    const app = synthesizeApp(defaultConfig());
    try {
      expect(app.stackNames).toContain('spark-eks-state');
      expect(app.stackNames.every((n) => /^spark-eks-(state|data|core|platform|jobs)$/.test(n))).toBe(true);
    } finally {
      app.cleanup();
    }
  });

  it('gives every stack but state its own S3 backend key, encrypted, with use_lockfile', () => {
    const app = synthesizeApp(defaultConfig());
    try {
      const remote = app.stackNames.filter((n) => n !== 'spark-eks-state');
      expect(remote).toContain('spark-eks-core');
      const backends = remote.map((n) => app.stack(n).terraform.backend.s3);
      for (const backend of backends) {
        expect(backend).toMatchObject({
          bucket: 'spark-eks-tfstate-example',
          region: 'eu-west-1',
          encrypt: true,
          use_lockfile: true,
        });
      }
      const keys = backends.map((b) => b.key);
      expect(new Set(keys).size).toBe(keys.length);
      expect(keys).toContain('spark-eks/core.tfstate');
      expect(app.stack('spark-eks-state').terraform.backend).toEqual({ local: expect.any(Object) });
    } finally {
      app.cleanup();
    }
  });

  it('keeps files the synthesis does not write, such as a stack .terraform folder', () => {
    // In a folder of its own: the staging folders checked below are those beside this output, not another test's.
    const outdir = path.join(tempFolder('spark-eks-keep-'), 'cdktf.out');
    const terraformDir = path.join(outdir, 'stacks', 'spark-eks-state', '.terraform');
    synthesize(defaultConfig(), outdir);
    mkdirSync(terraformDir);
    writeFileSync(path.join(terraformDir, 'marker'), 'x');
    synthesize(defaultConfig(), outdir);
    expect(readFileSync(path.join(terraformDir, 'marker'), 'utf8')).toBe('x');
    // Assets are replaced whole: a stale copy of an old build context does not survive.
    const stale = path.join(outdir, 'stacks', 'spark-eks-platform', 'assets', 'base-image_context', 'STALE');
    mkdirSync(stale, { recursive: true });
    synthesize(defaultConfig(), outdir);
    expect(existsSync(stale)).toBe(false);
    expect(readdirSync(path.dirname(stale))).toHaveLength(1);
    // No staging folder is left beside the output, and a folder of the user's with a staging-like name is untouched.
    expect(readdirSync(path.dirname(outdir)).filter((f) => f.includes('.staging'))).toEqual([]);
    const own = `${outdir}.staging`;
    mkdirSync(own);
    writeFileSync(path.join(own, 'mine.txt'), 'keep');
    synthesize(defaultConfig(), outdir);
    expect(readFileSync(path.join(own, 'mine.txt'), 'utf8')).toBe('keep');
    expect(readdirSync(path.dirname(outdir)).filter((f) => f.includes('.staging-'))).toEqual([]);
    rmSync(own, { recursive: true, force: true });
  });

  it('removes the folders of the stacks the previous synthesis made and this one does not, and nothing else', () => {
    const outdir = tempFolder('spark-eks-stale-');
    synthesize(defaultConfig(), outdir);
    const before = Object.keys(manifestStacks(outdir));
    // Not this app's: a folder no manifest lists, a file beside the manifest, and a folder outside stacks/.
    mkdirSync(path.join(outdir, 'stacks', 'not-ours'));
    writeFileSync(path.join(outdir, 'REPORT.md'), 'x');
    const outside = path.join(path.dirname(outdir), `${path.basename(outdir)}-outside`);
    mkdirSync(outside);
    folders.push(outside);

    // Another prefix, and no jobs.
    const renamed = configWith({ prefix: 'acme', stateBucket: { name: 'acme-tfstate-test' } });
    synthesize(renamed, outdir);
    const after = Object.keys(manifestStacks(outdir));
    expect(after.every((name) => name.startsWith('acme-'))).toBe(true);
    expect(readdirSync(path.join(outdir, 'stacks')).sort()).toEqual([...after, 'not-ours'].sort());
    expect(readFileSync(path.join(outdir, 'REPORT.md'), 'utf8')).toBe('x');

    // A manifest whose entries point elsewhere removes nothing there.
    const manifestFile = path.join(outdir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
    manifest.stacks.escape = { workingDirectory: `../${path.basename(outside)}` };
    manifest.stacks['not-ours'] = { workingDirectory: 'stacks/elsewhere/../not-ours' };
    writeFileSync(manifestFile, JSON.stringify(manifest));
    synthesize(defaultConfig(), outdir);
    expect(readdirSync(path.join(outdir, 'stacks')).sort()).toEqual([...before, 'not-ours'].sort());
    expect(existsSync(outside)).toBe(true);
  });

  it('synthesizes the same stacks on every day: only the support-window warning depends on the date', () => {
    // The default version, 1.36, leaves standard support on 2027-08-02: no warning today, one on 2027-06-01.
    const later = validateConfig(parse(readFileSync(DEFAULT_CONFIG_FILE, 'utf8')), 'default.yaml', {
      today: '2027-06-01',
    });
    expect(loadConfig(DEFAULT_CONFIG_FILE).warnings.filter((w) => w.startsWith('cluster.kubernetesVersion'))).toEqual(
      [],
    );
    expect(later.warnings.filter((w) => w.startsWith('cluster.kubernetesVersion'))).toEqual([
      expect.stringMatching(
        /^cluster\.kubernetesVersion 1\.36 leaves EKS standard support on 2027-08-02 \(in 62 days\)/,
      ),
    ]);
    const outdir = tempFolder('spark-eks-day-');
    synthesize(later.config, outdir, { warnings: later.warnings });
    const stacks = Object.values(manifestStacks(outdir));
    expect(stacks).toHaveLength(5);
    expect(stacks.flatMap((st) => st.annotations.map((a) => a.message))).toEqual(later.warnings);
    for (const { workingDirectory } of stacks) {
      const name = path.basename(workingDirectory);
      expect(readFileSync(path.join(outdir, workingDirectory, 'cdk.tf.json'), 'utf8')).toBe(first.text(name));
    }
  });

  it('records the config warnings as warning annotations, which the cdktf CLI prints as WARN', () => {
    const outdir = tempFolder('spark-eks-annotations-');
    synthesize(defaultConfig(), outdir, { warnings: ['first', 'second'] });
    const annotations = Object.values(manifestStacks(outdir)).flatMap((s) => s.annotations);
    expect(annotations).toEqual([
      { constructPath: 'spark-eks-state', level: '@cdktf/warn', message: 'first' },
      { constructPath: 'spark-eks-state', level: '@cdktf/warn', message: 'second' },
    ]);
  });

  it('names a file in the way of the output folder, before building anything', () => {
    const dir = tempFolder('spark-eks-outdir-');
    const file = path.join(dir, 'cdktf.out');
    writeFileSync(file, 'x');
    expect(outdirProblem(file, 'CDKTF_OUTDIR')?.message).toBe(
      `CDKTF_OUTDIR: ${file} is a file; point CDKTF_OUTDIR at a folder (default cdktf.out) or move the file away`,
    );
    expect(outdirProblem(path.join(file, 'sub'), 'CDKTF_OUTDIR')?.message).toMatch(
      new RegExp(`^CDKTF_OUTDIR: ${file} is a file, so ${file}/sub cannot be created;`),
    );
    expect(outdirProblem(path.join(dir, 'new', 'folder'), 'CDKTF_OUTDIR')).toBeUndefined();
    expect(() => synthesize(defaultConfig(), file)).toThrow(/is a file/);
    expect(readFileSync(file, 'utf8')).toBe('x');
  });
});

describe('main.ts', () => {
  const run = (env: NodeJS.ProcessEnv) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'main.ts'], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, ...env },
      encoding: 'utf8',
    });

  it('stops on bad config with one line naming the key, no stack trace, and no output written', () => {
    const dir = tempFolder('spark-eks-main-');
    const file = path.join(dir, 'bad.yaml');
    writeFileSync(
      file,
      'region: eu-west-1\nprefix: spark-eks\nstateBucket: { name: spark-eks-tfstate-x }\nnetwork: { azCount: 0 }\n',
    );
    const outdir = path.join(dir, 'cdktf.out');
    const result = run({ SPARK_EKS_CONFIG: file, CDKTF_OUTDIR: outdir });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([`${file}: network.azCount: must be 2 or 3 (got 0)`]);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(outdir)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.includes('.staging'))).toEqual([]);
  });

  it('synthesizes the default config, warning about the placeholder public CIDR', () => {
    const outdir = path.join(tempFolder('spark-eks-main-'), 'cdktf.out');
    const result = run({ SPARK_EKS_CONFIG: '', CDKTF_OUTDIR: outdir });
    expect(result.status).toBe(0);
    const lines = result.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/^warning: cluster\.publicAccessCidrs /);
    expect(lines.slice(1).every((l) => /^warning: spark\.line 3\.5: no pinned SHA-256/.test(l))).toBe(true);
    expect(existsSync(path.join(outdir, 'stacks', 'spark-eks-state', 'cdk.tf.json'))).toBe(true);
    // The same warnings, as annotations the cdktf CLI prints as WARN.
    const { annotations } = manifestStacks(outdir)['spark-eks-state'];
    expect(annotations.map((a) => `warning: ${a.message}`)).toEqual(lines);
  });

  it('leaves the warnings to the annotations under the cdktf CLI, which prints stderr as [ERROR]', () => {
    const outdir = path.join(tempFolder('spark-eks-main-'), 'cdktf.out');
    const result = run({ SPARK_EKS_CONFIG: '', CDKTF_OUTDIR: outdir, SYNTH_HCL_OUTPUT: 'false' });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('');
  });

  it('refuses a SPARK_EKS_TODAY that is not a day, in one line and without writing anything', () => {
    const outdir = path.join(tempFolder('spark-eks-main-'), 'cdktf.out');
    const result = run({ SPARK_EKS_CONFIG: '', CDKTF_OUTDIR: outdir, SPARK_EKS_TODAY: '2026-13-01' });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      'SPARK_EKS_TODAY: expected a calendar day written YYYY-MM-DD, e.g. 2026-12-02 (got "2026-13-01")',
    );
    expect(existsSync(outdir)).toBe(false);
  });

  it('names a CDKTF_OUTDIR that is a file along with every config problem, exit 1, no stack trace', () => {
    const dir = tempFolder('spark-eks-main-');
    const outdir = path.join(dir, 'cdktf.out');
    writeFileSync(outdir, 'not a folder');
    const config = path.join(dir, 'bad.yaml');
    writeFileSync(
      config,
      'region: eu-west-1\nprefix: spark-eks\nstateBucket: { name: spark-eks-tfstate-x }\nnetwork: { azCount: 0 }\n',
    );
    const result = run({ SPARK_EKS_CONFIG: config, CDKTF_OUTDIR: outdir });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      `${config}: network.azCount: must be 2 or 3 (got 0)`,
      `CDKTF_OUTDIR: ${outdir} is a file; point CDKTF_OUTDIR at a folder (default cdktf.out) or move the file away`,
    ]);
    expect(readFileSync(outdir, 'utf8')).toBe('not a folder');
    expect(existsSync(`${outdir}.staging`)).toBe(false);
  });
});
