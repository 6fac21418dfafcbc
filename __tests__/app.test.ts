import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { synthesize } from '../src/app';
import { PROJECT_ROOT } from '../src/config/load';
import { defaultConfig } from '../test-support/config';
import { synthesizeApp } from '../test-support/synth';

describe('the whole App', () => {
  it('synthesizes identical bytes twice', () => {
    const first = synthesizeApp(defaultConfig());
    const second = synthesizeApp(defaultConfig());
    try {
      expect(first.stackNames).toEqual(second.stackNames);
      for (const name of first.stackNames) expect(first.text(name)).toBe(second.text(name));
    } finally {
      first.cleanup();
      second.cleanup();
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
    const outdir = mkdtempSync(path.join(tmpdir(), 'spark-eks-keep-'));
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
    expect(readdirSync(path.dirname(outdir)).some((f) => f === `${path.basename(outdir)}.staging`)).toBe(false);
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
    const dir = mkdtempSync(path.join(tmpdir(), 'spark-eks-main-'));
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
    expect(existsSync(`${outdir}.staging`)).toBe(false);
  });

  it('synthesizes the default config, warning about the placeholder public CIDR', () => {
    const outdir = path.join(mkdtempSync(path.join(tmpdir(), 'spark-eks-main-')), 'cdktf.out');
    const result = run({ SPARK_EKS_CONFIG: '', CDKTF_OUTDIR: outdir });
    expect(result.status).toBe(0);
    const lines = result.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/^warning: cluster\.publicAccessCidrs /);
    expect(lines.slice(1).every((l) => /^warning: spark\.line 3\.5: no pinned SHA-256/.test(l))).toBe(true);
    expect(existsSync(path.join(outdir, 'stacks', 'spark-eks-state', 'cdk.tf.json'))).toBe(true);
  });
});
