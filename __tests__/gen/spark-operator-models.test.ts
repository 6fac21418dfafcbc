import { ScheduledSparkApplication, SparkApplication } from '../../.gen/spark-operator/sparkoperator.k8s.io/v1beta2';

const minimalSpec = {
  type: 'Python' as const,
  sparkVersion: '3.5.8',
  mainApplicationFile: 'local:///opt/spark/work-dir/main.py',
  driver: { cores: 1, memory: '512m' },
  executor: { cores: 1, instances: 1, memory: '512m' },
};

describe('generated Spark operator models', () => {
  it('validate a minimal SparkApplication', () => {
    const app = new SparkApplication({ metadata: { name: 'pi', namespace: 'spark-jobs' }, spec: minimalSpec });
    expect(() => app.validate()).not.toThrow();
    expect(app.toJSON()).toMatchObject({ apiVersion: 'sparkoperator.k8s.io/v1beta2', kind: 'SparkApplication' });
  });

  it('reject a SparkApplication the CRD would refuse, naming the field', () => {
    const app = new SparkApplication({
      metadata: { name: 'pi' },
      spec: { ...minimalSpec, type: 'Go' as never, mode: 'remote' as never },
    });
    expect(() => app.validate()).toThrow(/data\/spec\/type must be equal to one of the allowed values/);
  });

  it('reject a SparkApplication without its required fields', () => {
    const app = new SparkApplication({ metadata: { name: 'pi' }, spec: { type: 'Python' } as never });
    expect(() => app.validate()).toThrow(/must have required property driver/);
  });

  it('validate a ScheduledSparkApplication and refuse a history limit that is not an integer', () => {
    const scheduled = (successfulRunHistoryLimit: unknown) =>
      new ScheduledSparkApplication({
        metadata: { name: 'pi' },
        spec: {
          schedule: '@hourly',
          concurrencyPolicy: 'Forbid',
          successfulRunHistoryLimit: successfulRunHistoryLimit as number,
          template: minimalSpec,
        },
      });
    expect(() => scheduled(3).validate()).not.toThrow();
    expect(() => scheduled('three').validate()).toThrow(/successfulRunHistoryLimit must be integer/);
  });
});
