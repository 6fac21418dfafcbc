import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { PROJECT_ROOT } from '../../src/config/load';
import {
  cdktfEnvironment,
  CdktfUsageError,
  parseCdktfArgs,
  stacksNeedingDocker,
  unknownStacks,
} from '../../scripts/cdktf-command';

describe('parseCdktfArgs', () => {
  it('takes --config out of what cdktf gets, in either spelling and anywhere', () => {
    expect(parseCdktfArgs(['deploy', '--config', 'config/prod.yaml', 'acme-core'])).toEqual({
      args: ['deploy', 'acme-core'],
      configFile: 'config/prod.yaml',
      stacks: ['acme-core'],
      skipDockerCheck: false,
    });
    expect(parseCdktfArgs(['diff', 'acme-core', '--config=config/prod.yaml'])).toEqual({
      args: ['diff', 'acme-core'],
      configFile: 'config/prod.yaml',
      stacks: ['acme-core'],
      skipDockerCheck: false,
    });
  });

  it('passes cdktf options through, and does not take their values for stacks', () => {
    const parsed = parseCdktfArgs([
      'deploy',
      'spark-eks-data',
      'spark-eks-core',
      '--ignore-missing-stack-dependencies',
      '--var-file',
      'prod.tfvars',
      '-o',
      'out',
      '--auto-approve',
    ]);
    expect(parsed.args).toEqual([
      'deploy',
      'spark-eks-data',
      'spark-eks-core',
      '--ignore-missing-stack-dependencies',
      '--var-file',
      'prod.tfvars',
      '-o',
      'out',
      '--auto-approve',
    ]);
    expect(parsed.stacks).toEqual(['spark-eks-data', 'spark-eks-core']);
    expect(parsed.configFile).toBeUndefined();
  });

  it.each([
    [[], /expected one of deploy, diff, destroy, synth \(got nothing\)/],
    [['apply'], /expected one of deploy, diff, destroy, synth \(got apply\)/],
    [['deploy', '--config'], /--config needs a file/],
    [['deploy', '--config', '--auto-approve'], /--config needs a file/],
    [['deploy', '--config=a.yaml', '--config', 'b.yaml'], /--config is given twice/],
  ])('refuses %j with its usage', (argv, message) => {
    expect(() => parseCdktfArgs(argv)).toThrow(CdktfUsageError);
    expect(() => parseCdktfArgs(argv)).toThrow(message);
    expect(() => parseCdktfArgs(argv)).toThrow(/; usage: npm run <deploy \| diff \| destroy \| cdktf:synth> --/);
  });
});

describe('--skip-docker-check', () => {
  it("is the wrapper's own option: cdktf never sees it", () => {
    expect(parseCdktfArgs(['destroy', '--skip-docker-check', 'acme-jobs', '--auto-approve'])).toEqual({
      args: ['destroy', 'acme-jobs', '--auto-approve'],
      configFile: undefined,
      stacks: ['acme-jobs'],
      skipDockerCheck: true,
    });
  });
});

describe('stacksNeedingDocker', () => {
  const known = ['acme-state', 'acme-data', 'acme-core', 'acme-platform', 'acme-jobs'];
  const images = ['acme-platform', 'acme-jobs'];
  const need = (argv: string[]) => stacksNeedingDocker(parseCdktfArgs(argv), known, images);

  it('names the stacks with images that deploy, diff and destroy run, and none for synth or other stacks', () => {
    expect(need(['deploy', 'acme-data', 'acme-core', 'acme-platform', 'acme-jobs'])).toEqual([
      'acme-platform',
      'acme-jobs',
    ]);
    expect(need(['destroy', 'acme-jobs', 'acme-platform', 'acme-core'])).toEqual(['acme-platform', 'acme-jobs']);
    expect(need(['diff', 'acme-core'])).toEqual([]);
    expect(need(['deploy', 'acme-state'])).toEqual([]);
    expect(need(['synth'])).toEqual([]);
  });

  it('matches patterns as cdktf does, and takes every stack when none is named', () => {
    expect(need(['diff', 'acme-*'])).toEqual(['acme-platform', 'acme-jobs']);
    expect(need(['diff', '*-jobs'])).toEqual(['acme-jobs']);
    expect(need(['diff', 'acme-c*'])).toEqual([]);
    expect(need(['deploy'])).toEqual(['acme-platform', 'acme-jobs']);
  });
});

describe('cdktfEnvironment', () => {
  const invocation = (argv: string[]) => parseCdktfArgs(['deploy', ...argv]);

  it('sets the config for the app cdktf runs, resolved where the user ran npm, and turns the checkpoint off', () => {
    const env = cdktfEnvironment(invocation(['--config', 'config/prod.yaml']), { INIT_CWD: '/home/me/repo' }, '/x');
    expect(env.SPARK_EKS_CONFIG).toBe(path.resolve('/home/me/repo', 'config/prod.yaml'));
    expect(env.CHECKPOINT_DISABLE).toBe('1');
  });

  it('takes SPARK_EKS_CONFIG as npm run synth does, --config first, and keeps the rest of the environment', () => {
    const fromEnv = cdktfEnvironment(invocation([]), { SPARK_EKS_CONFIG: 'config/a.yaml', HOME: '/h' }, '/repo');
    expect(fromEnv).toMatchObject({ SPARK_EKS_CONFIG: '/repo/config/a.yaml', HOME: '/h' });
    // Run from a subfolder, the variable still means what it means to `npm run synth`: the project root's file.
    const fromSub = cdktfEnvironment(
      invocation([]),
      { SPARK_EKS_CONFIG: 'config/a.yaml', INIT_CWD: '/repo/x' },
      '/repo',
    );
    expect(fromSub.SPARK_EKS_CONFIG).toBe('/repo/config/a.yaml');
    const both = cdktfEnvironment(invocation(['--config', 'b.yaml']), { SPARK_EKS_CONFIG: 'a.yaml' }, '/repo');
    expect(both.SPARK_EKS_CONFIG).toBe('/repo/b.yaml');
    expect(cdktfEnvironment(invocation([]), {}, '/repo').SPARK_EKS_CONFIG).toBeUndefined();
    expect(cdktfEnvironment(invocation([]), { CHECKPOINT_DISABLE: 'true' }, '/repo').CHECKPOINT_DISABLE).toBe('true');
  });
});

describe('unknownStacks', () => {
  it('finds the stacks the config does not make, leaving patterns to cdktf', () => {
    const known = ['spark-eks-state', 'spark-eks-core'];
    expect(unknownStacks(['acme-state', 'spark-eks-core', 'spark-*'], known)).toEqual(['acme-state']);
    expect(unknownStacks([], known)).toEqual([]);
  });
});

describe('npm run diff', () => {
  it('names the config and its stacks when a stack belongs to another config, before cdktf starts', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/cdktf.ts', 'diff', 'acme-state'], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: { ...process.env, SPARK_EKS_CONFIG: '' },
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toMatch(
      /config\/default\.yaml makes no stack acme-state \(its stacks: spark-eks-state, spark-eks-data, spark-eks-core, spark-eks-platform, spark-eks-jobs\); name the config that makes it with --config or SPARK_EKS_CONFIG; usage:/,
    );
    expect(result.stdout).toBe('');
  });
});
