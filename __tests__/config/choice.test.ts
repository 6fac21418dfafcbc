import * as path from 'node:path';
import {
  chooseConfig,
  ConfigOptionError,
  howToNameAnotherConfig,
  PROJECT_ROOT,
  takeConfigOption,
} from '../../src/config/choice';

describe('takeConfigOption', () => {
  it('takes --config FILE or --config=FILE out of the arguments, wherever it stands', () => {
    expect(takeConfigOption(['--json', '--config', 'config/prod.yaml'])).toEqual({
      configFile: 'config/prod.yaml',
      rest: ['--json'],
    });
    expect(takeConfigOption(['spark-pi', '--config=a.yaml', '-n', 'x'])).toEqual({
      configFile: 'a.yaml',
      rest: ['spark-pi', '-n', 'x'],
    });
    expect(takeConfigOption(['--json'])).toEqual({ configFile: undefined, rest: ['--json'] });
  });

  it.each([
    [['--config'], '--config needs a file'],
    [['--config='], '--config needs a file'],
    [['--config', '--json'], '--config needs a file'],
    [['--config', 'a.yaml', '--config=b.yaml'], '--config is given twice'],
  ])('refuses %j', (argv, message) => {
    expect(() => takeConfigOption(argv)).toThrow(new ConfigOptionError(message));
  });
});

describe('chooseConfig', () => {
  it('takes --config first, relative to the folder npm was run in', () => {
    expect(chooseConfig('prod.yaml', { INIT_CWD: '/home/me/work', SPARK_EKS_CONFIG: 'other.yaml' }, '/repo')).toEqual({
      file: '/home/me/work/prod.yaml',
      shown: 'prod.yaml',
      source: '--config',
    });
    // Without npm there is no INIT_CWD: the folder the command runs in.
    expect(chooseConfig('prod.yaml', {}, '/repo').file).toBe('/repo/prod.yaml');
  });

  it('else SPARK_EKS_CONFIG, relative to the folder the script runs in (the project root under npm)', () => {
    expect(chooseConfig(undefined, { SPARK_EKS_CONFIG: ' config/a.yaml ', INIT_CWD: '/repo/x' }, '/repo')).toEqual({
      file: '/repo/config/a.yaml',
      shown: 'config/a.yaml',
      source: 'SPARK_EKS_CONFIG',
    });
  });

  it('else the default config, also when SPARK_EKS_CONFIG is empty', () => {
    for (const env of [{}, { SPARK_EKS_CONFIG: '  ' }]) {
      expect(chooseConfig(undefined, env, '/anywhere')).toEqual({
        file: path.join(PROJECT_ROOT, 'config', 'default.yaml'),
        shown: 'config/default.yaml',
        source: 'default',
      });
    }
  });
});

describe('howToNameAnotherConfig', () => {
  it('names the option that chose the file, and says where a relative path is read from only when it matters', () => {
    const here = path.resolve('acme.yaml');
    expect(howToNameAnotherConfig({ file: here, shown: 'acme.yaml', source: '--config' })).toBe(
      'named by --config; pass --config an existing YAML file, relative to the folder you run npm in',
    );
    expect(howToNameAnotherConfig({ file: '/elsewhere/acme.yaml', shown: 'acme.yaml', source: '--config' })).toBe(
      'named by --config, read as /elsewhere/acme.yaml; pass --config an existing YAML file, relative to the folder you run npm in',
    );
    expect(howToNameAnotherConfig({ file: here, shown: 'acme.yaml', source: 'SPARK_EKS_CONFIG' })).toMatch(
      /^named by SPARK_EKS_CONFIG; set SPARK_EKS_CONFIG to an existing YAML file, relative to the project root, or pass --config FILE$/,
    );
    expect(howToNameAnotherConfig(chooseConfig(undefined, {}, PROJECT_ROOT))).toMatch(
      /^the default, read when neither --config nor SPARK_EKS_CONFIG names a config(, read as \S+)?; name yours with --config FILE or SPARK_EKS_CONFIG$/,
    );
  });
});
