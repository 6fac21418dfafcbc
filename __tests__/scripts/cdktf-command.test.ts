import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { PROJECT_ROOT } from '../../src/config/load';
import { cdktfEnvironment, CdktfUsageError, parseCdktfArgs, unknownStacks } from '../../scripts/cdktf-command';

describe('parseCdktfArgs', () => {
  it('takes --config out of what cdktf gets, in either spelling and anywhere', () => {
    expect(parseCdktfArgs(['deploy', '--config', 'config/prod.yaml', 'acme-core'])).toEqual({
      args: ['deploy', 'acme-core'],
      configFile: 'config/prod.yaml',
      stacks: ['acme-core'],
    });
    expect(parseCdktfArgs(['diff', 'acme-core', '--config=config/prod.yaml'])).toEqual({
      args: ['diff', 'acme-core'],
      configFile: 'config/prod.yaml',
      stacks: ['acme-core'],
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
