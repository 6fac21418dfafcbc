import path from 'node:path';
import { loadConfig } from '../../src/config/load';
import { fitToNode } from '../../integration/deploy/fit-node';
import { failureLines } from '../../integration/deploy/spark-jobs';
import { changedAttributes } from '../../integration/deploy/workspace';

describe('failureLines (what a failed driver reported)', () => {
  const log = [
    'INFO SparkContext: Running Spark version 4.0.2',
    'ERROR SparkContext: Error initializing SparkContext.',
    'io.fabric8.kubernetes.client.KubernetesClientException: Failure executing: POST at: .../configmaps. Message: configmaps is forbidden: User "system:serviceaccount:ns:sa" cannot create resource "configmaps"',
    ...Array.from({ length: 20 }, (_, i) => `\tat frame${i}`),
    'INFO ShutdownHookManager: Shutdown hook called',
  ].join('\n');

  it('puts the API server refusal first, before the last lines, over an earlier generic error', () => {
    const lines = failureLines(log, 3).split('\n');
    expect(lines[0]).toMatch(/cannot create resource "configmaps"/);
    expect(lines.slice(-3)).toEqual(['\tat frame18', '\tat frame19', 'INFO ShutdownHookManager: Shutdown hook called']);
  });

  it('falls back to the first exception, then the first error, and repeats no line that is among the last', () => {
    expect(failureLines('a\njava.lang.IllegalStateException: boom\nb\nc', 2).split('\n')[0]).toMatch(/IllegalState/);
    expect(failureLines('ERROR x\nlast', 5)).toBe('ERROR x\nlast');
  });
});

describe('changedAttributes (what a plan would change)', () => {
  it('names the leaf paths that differ and those known only after apply', () => {
    const before = { object: { spec: { schedule: '0 3 * * *', suspend: false, template: { image: 'a' } } }, id: 'x' };
    const after = { object: { spec: { schedule: '0 3 * * *', suspend: true, template: { image: 'a' } } }, id: 'x' };
    expect(changedAttributes(before, after, {})).toEqual(['object.spec.suspend']);
    expect(changedAttributes(before, before, { object: { spec: { template: { image: true } } } })).toEqual([
      'object.spec.template.image (known after apply)',
    ]);
    expect(changedAttributes(before, before, {})).toEqual([]);
  });
});

describe('fitToNode (the derived config of the deploy stage)', () => {
  const file = path.join(__dirname, '..', '..', 'config', 'default.yaml');
  const { config } = loadConfig(file);

  it('shrinks CPU requests only, to shares of what the always-on pods leave, and keeps memory', () => {
    const fit = fitToNode({ jobs: config.jobs.map((job) => ({ name: job.name })) }, config, 2000, 2);
    const jobs = fit.raw.jobs as { driver: { coreRequest: string; memory: string; fit: boolean } }[];
    config.jobs.forEach((job, i) => {
      expect(jobs[i].driver.memory).toBe(job.driver.memory);
      expect(jobs[i].driver.fit).toBe(false);
      const pods = 1 + job.executor.instances;
      expect(Number(jobs[i].driver.coreRequest.replace('m', '')) * pods).toBeLessThanOrEqual(2000);
    });
    expect(fit.changes.length).toBeGreaterThan(0);
  });

  it('refuses a node too small for 100m a pod', () => {
    expect(() => fitToNode({}, config, 900, 2)).toThrow(/cannot get 100m each/);
  });
});
