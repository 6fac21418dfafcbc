import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { PROJECT_ROOT } from '../../src/config/load';
import { STACK_ROLES } from '../../src/stacks/stack-settings';
import { chooseConfig } from '../../src/config/choice';
import {
  cdktfEnvironment,
  CdktfUsageError,
  parseCdktfArgs,
  stacksNeedingDocker,
  unknownStacks,
  unknownStacksProblem,
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
    // Wherever it stands beside --config, each option is the wrapper's and nothing else of the line is lost.
    expect(parseCdktfArgs(['deploy', '--config=c.yaml', 'acme-jobs', '--skip-docker-check', '--var', 'x=1'])).toEqual({
      args: ['deploy', 'acme-jobs', '--var', 'x=1'],
      configFile: 'c.yaml',
      stacks: ['acme-jobs'],
      skipDockerCheck: true,
    });
    expect(parseCdktfArgs(['diff', 'acme-core']).skipDockerCheck).toBe(false);
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
  it('hands the app cdktf runs the chosen config as an absolute path, and turns the checkpoint off', () => {
    const choice = chooseConfig('config/prod.yaml', { INIT_CWD: '/home/me/repo' }, '/x');
    const env = cdktfEnvironment(choice, { INIT_CWD: '/home/me/repo', HOME: '/h' });
    expect(env).toMatchObject({ SPARK_EKS_CONFIG: '/home/me/repo/config/prod.yaml', HOME: '/h' });
    expect(env.CHECKPOINT_DISABLE).toBe('1');
    const fromEnv = chooseConfig(undefined, { SPARK_EKS_CONFIG: 'config/a.yaml' }, '/repo');
    expect(cdktfEnvironment(fromEnv, { SPARK_EKS_CONFIG: 'config/a.yaml' }).SPARK_EKS_CONFIG).toBe(
      '/repo/config/a.yaml',
    );
  });

  it('leaves the default config and a CHECKPOINT_DISABLE of the user alone', () => {
    const env = cdktfEnvironment(chooseConfig(undefined, {}, '/repo'), { CHECKPOINT_DISABLE: 'true' });
    expect(env.SPARK_EKS_CONFIG).toBeUndefined();
    expect(env.CHECKPOINT_DISABLE).toBe('true');
  });
});

describe('unknownStacks', () => {
  it('finds the stacks the config does not make, leaving patterns to cdktf', () => {
    const known = ['spark-eks-state', 'spark-eks-core'];
    expect(unknownStacks(['acme-state', 'spark-eks-core', 'spark-*'], known)).toEqual(['acme-state']);
    expect(unknownStacks([], known)).toEqual([]);
  });
});

describe('unknownStacksProblem', () => {
  const known = ['acme-state', 'acme-data', 'acme-core', 'acme-platform', 'acme-jobs'];

  it('suggests the stack a typo likely means, as the config does for keys', () => {
    expect(unknownStacksProblem('config/acme.yaml', ['acme-job', 'acme-core', 'acme-platfrom'], known)).toBe(
      'config/acme.yaml makes no stack acme-job (did you mean acme-jobs?), acme-platfrom (did you mean acme-platform?); ' +
        'its stacks: acme-state, acme-data, acme-core, acme-platform, acme-jobs; ' +
        'for a stack of another config, name that config with --config or SPARK_EKS_CONFIG',
    );
  });

  it('suggests nothing for a stack of another prefix, and is undefined when every stack is known', () => {
    expect(unknownStacksProblem('c.yaml', ['spark-eks-core'], known)).toMatch(
      /^c\.yaml makes no stack spark-eks-core; its/,
    );
    expect(unknownStacksProblem('c.yaml', ['acme-core', 'acme-*'], known)).toBeUndefined();
  });
});

describe('the README’s Deploy and Destroy commands', () => {
  /** The `npm run deploy|destroy` lines of the sh blocks of a README section, parsed as the wrapper parses them. */
  const commandsOf = (heading: string) => {
    const readme = readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
    const start = readme.indexOf(`\n## ${heading}\n`);
    const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
    return [...section.matchAll(/```sh\n([\s\S]*?)```/g)]
      .flatMap((block) => block[1].split('\n'))
      .map((line) => /^\s*npm run (deploy|destroy) -- (.*?)\s*(#.*)?$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => parseCdktfArgs([m[1], ...m[2].split(/\s+/)]));
  };
  /** The README's own config is config/prod.yaml with prefix acme; without --config it is the shipped default. */
  const roleOf = (invocation: ReturnType<typeof parseCdktfArgs>, stack: string) => {
    const prefix = invocation.configFile === 'config/prod.yaml' ? 'acme' : 'spark-eks';
    return STACK_ROLES.find((role) => stack === `${prefix}-${role}`) ?? `not a stack of ${prefix}: ${stack}`;
  };

  it('deploy the state stack first, then the rest in order, with one’s own config from step 1', () => {
    const deploys = commandsOf('Deploy');
    expect(deploys.map((d) => [d.configFile, d.stacks.map((s) => roleOf(d, s))])).toEqual([
      ['config/prod.yaml', ['state']],
      ['config/prod.yaml', ['data', 'core', 'platform', 'jobs']],
    ]);
  });

  it('destroy in reverse order, keeping the state and data stacks', () => {
    const destroys = commandsOf('Destroy').filter((d) => d.args[0] === 'destroy');
    for (const d of destroys.slice(0, 2))
      expect(d.stacks.map((s) => roleOf(d, s))).toEqual(['jobs', 'platform', 'core']);
    expect(destroys.map((d) => d.configFile)).toEqual(['config/prod.yaml', undefined, undefined]);
  });
});
