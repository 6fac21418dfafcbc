import { ConfigError } from '../../src/config/errors';
import { validateConfig } from '../../src/config/load';
import { rawWith } from '../../test-support/config';

const withPods = (driver: Record<string, unknown>, executor: Record<string, unknown>) =>
  rawWith({
    jobs: [
      {
        name: 'spark-pi',
        namespace: 'spark-jobs',
        mainFile: 'pi.py',
        driver: { cores: 1, ...driver },
        executor: { cores: 1, instances: 2, ...executor },
      },
    ],
  });

describe('fitting jobs to Fargate at load time', () => {
  it('sets memory to the largest value of the same size when fit is true', () => {
    const { config } = validateConfig(withPods({ memory: '512m', fit: true }, { memory: '512m' }), 'test.yaml');
    expect(config.jobs[0].driver.memory).toBe('1280m');
    expect(config.jobs[0].executor.memory).toBe('512m');
  });

  it('warns in one line about a pod wasting more than 25% of its billed memory, with the fitting value', () => {
    const { warnings } = validateConfig(withPods({ memory: '1280m' }, { memory: '512m' }), 'test.yaml');
    const sizing = warnings.filter((w) => w.startsWith('jobs['));
    expect(sizing).toEqual([
      'jobs[0] (spark-pi).executor.memory: 512m is billed as 1 vCPU / 2 GB on Fargate and leaves 44% of that memory unused; memory: 1280m (or fit: true) uses it all at the same price.',
    ]);
  });

  it('refuses a pod larger than any Fargate size, naming the job and role', () => {
    expect(() => validateConfig(withPods({ memory: '1g' }, { cores: 16, memory: '120g' }), 'test.yaml')).toThrow(
      new ConfigError('test.yaml', [
        {
          path: 'jobs[0].executor',
          job: 'spark-pi',
          message:
            'asks for 16 vCPU and 172032 MiB with overhead, more than the largest Fargate size (16 vCPU / 120 GB); lower cores or memory',
        },
      ]).message,
    );
  });
});
