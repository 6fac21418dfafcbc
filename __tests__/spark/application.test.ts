import { IScheduledSparkApplication } from '../../.gen/spark-operator/sparkoperator.k8s.io/v1beta2';
import {
  crdViolations,
  expandArgument,
  jobManifest,
  JobManifest,
  sparkApplicationSpec,
  timeToLiveSeconds,
  unknownPlaceholders,
} from '../../src/spark/application';
import { sparkLineVersions } from '../../src/spark/versions';
import { configWith } from '../../test-support/config';

const IMAGE = `111122223333.dkr.ecr.eu-west-1.amazonaws.com/acme/spark-jobs@sha256:${'a'.repeat(64)}`;
const context = (line = '4.0') => ({
  versions: sparkLineVersions(line),
  image: IMAGE,
  region: 'eu-west-1',
  bucket: 'acme-data',
  prefixes: { input: 'input', output: 'output', eventLogs: 'spark-events' },
});
const job = (overrides: Record<string, unknown> = {}) =>
  configWith({
    jobs: [
      {
        name: 'spark-pi',
        namespace: 'spark-jobs',
        mainFile: 'pi.py',
        arguments: ['s3a://{bucket}/{input}/x/', '10'],
        env: { MODE: 'fast' },
        driver: { cores: 1, memory: '1g' },
        executor: { cores: 2, coreRequest: '1500m', memory: '2g', memoryOverhead: '512m', instances: 5 },
        ...overrides,
      },
    ],
  }).jobs[0];

describe('sparkApplicationSpec', () => {
  const spec = sparkApplicationSpec(job(), context());

  it('runs PySpark in cluster mode from the image by digest', () => {
    expect(spec).toMatchObject({
      type: 'Python',
      pythonVersion: '3',
      mode: 'cluster',
      sparkVersion: '4.0.2',
      image: IMAGE,
      mainApplicationFile: 'local:///opt/spark/jobs/spark-pi/pi.py',
    });
  });

  it('runs the driver and the executors as the spark service account', () => {
    expect(spec.driver.serviceAccount).toBe('spark');
    expect(spec.executor.serviceAccount).toBe('spark');
  });

  it('requests as much CPU as it limits, from coreRequest or else cores', () => {
    expect([spec.driver.coreRequest, spec.driver.coreLimit]).toEqual(['1', '1']);
    expect([spec.executor.coreRequest, spec.executor.coreLimit]).toEqual(['1500m', '1500m']);
    expect(spec.executor).toMatchObject({ cores: 2, instances: 5, memory: '2g', memoryOverhead: '512m' });
    expect(spec.driver.memoryOverhead).toBeUndefined();
  });

  it('requests all executors in one batch', () => {
    expect(spec.sparkConf?.['spark.kubernetes.allocation.batch.size']).toBe('5');
  });

  it('writes event logs to the data bucket and uses the S3A magic committer', () => {
    expect(spec.sparkConf).toMatchObject({
      'spark.eventLog.enabled': 'true',
      'spark.eventLog.dir': 's3a://acme-data/spark-events/',
      'spark.sql.sources.commitProtocolClass': 'org.apache.spark.internal.io.cloud.PathOutputCommitProtocol',
      'spark.sql.parquet.output.committer.class': 'org.apache.spark.internal.io.cloud.BindingParquetOutputCommitter',
    });
    expect(spec.hadoopConf).toMatchObject({ 'fs.s3a.committer.name': 'magic', 'fs.s3a.endpoint.region': 'eu-west-1' });
  });

  it.each([['4.0', 'software.amazon.awssdk.auth.credentials.WebIdentityTokenFileCredentialsProvider']])(
    'uses the web-identity credentials provider of Spark %s',
    (line, provider) => {
      const s = sparkApplicationSpec(job(), context(line));
      expect(s.hadoopConf?.['fs.s3a.aws.credentials.provider']).toBe(provider);
      expect(s.sparkVersion).toBe(sparkLineVersions(line).sparkVersion);
    },
  );

  it('puts no service account or image key in sparkConf, which operator 2.5 refuses', () => {
    const keys = Object.keys(spec.sparkConf ?? {});
    expect(keys.filter((k) => /serviceAccountName|container\.image|spark\.master|namespace/.test(k))).toEqual([]);
  });

  it('retries on failure', () => {
    expect(spec.restartPolicy).toEqual({
      type: 'OnFailure',
      onFailureRetries: 3,
      onFailureRetryInterval: 10,
      onSubmissionFailureRetries: 5,
      onSubmissionFailureRetryInterval: 20,
    });
  });

  it('expands argument placeholders and passes env to both pods', () => {
    expect(spec.arguments).toEqual(['s3a://acme-data/input/x/', '10']);
    expect(spec.driver.env).toEqual([{ name: 'MODE', value: 'fast' }]);
    expect(spec.executor.env).toEqual([{ name: 'MODE', value: 'fast' }]);
  });

  it('passes per-pod overhead factors as Spark settings', () => {
    const s = sparkApplicationSpec(
      job({ executor: { cores: 1, memory: '1g', memoryOverheadFactor: 0.2, instances: 1 } }),
      context(),
    );
    expect(s.sparkConf?.['spark.executor.memoryOverheadFactor']).toBe('0.2');
    expect(s.sparkConf?.['spark.driver.memoryOverheadFactor']).toBeUndefined();
  });
});

describe('jobManifest', () => {
  it('is a SparkApplication without a schedule, valid for the CRD', () => {
    const manifest = jobManifest(job(), context());
    expect(manifest).toMatchObject({
      apiVersion: 'sparkoperator.k8s.io/v1beta2',
      kind: 'SparkApplication',
      metadata: { name: 'spark-pi', namespace: 'spark-jobs' },
    });
    expect(crdViolations(manifest)).toEqual([]);
  });

  it('is a ScheduledSparkApplication with a schedule, with its policy and history limits', () => {
    const manifest = jobManifest(
      job({ schedule: { cron: '@daily', concurrencyPolicy: 'Replace', failedRunHistoryLimit: 5 } }),
      context(),
    );
    expect(manifest.kind).toBe('ScheduledSparkApplication');
    expect(manifest.spec).toMatchObject({
      schedule: '@daily',
      concurrencyPolicy: 'Replace',
      successfulRunHistoryLimit: 3,
      failedRunHistoryLimit: 5,
      suspend: false,
      template: { type: 'Python', driver: { serviceAccount: 'spark' }, executor: { serviceAccount: 'spark' } },
    });
    expect(crdViolations(manifest)).toEqual([]);
  });
});

describe('the life of a finished run', () => {
  it('keeps the run of a job without schedule, so that the next plan finds it and changes nothing', () => {
    const manifest = jobManifest(job(), context());
    expect(manifest.kind).toBe('SparkApplication');
    expect(Object.keys(manifest.spec ?? {})).not.toContain('timeToLiveSeconds');
    expect(timeToLiveSeconds(job())).toBeUndefined();
  });

  it('deletes the finished run of a job run on every deploy, after 600 s or its own TTL', () => {
    expect(jobManifest(job({ runOnEveryDeploy: true }), context()).spec).toMatchObject({ timeToLiveSeconds: 600 });
    const own = jobManifest(job({ runOnEveryDeploy: true, timeToLiveSeconds: 3600 }), context());
    expect(own.spec).toMatchObject({ timeToLiveSeconds: 3600 });
    expect(crdViolations(own)).toEqual([]);
  });

  it('deletes each scheduled run after its TTL', () => {
    const scheduled = jobManifest(job({ schedule: { cron: '@hourly' } }), context()) as IScheduledSparkApplication;
    expect(scheduled.spec.template.timeToLiveSeconds).toBe(600);
    const own = jobManifest(job({ schedule: { cron: '@hourly' }, timeToLiveSeconds: 120 }), context());
    expect((own as IScheduledSparkApplication).spec.template.timeToLiveSeconds).toBe(120);
  });
});

describe('crdViolations', () => {
  it('names each field the CRD refuses', () => {
    const manifest = jobManifest(job(), context()) as JobManifest & { spec: Record<string, unknown> };
    const bad = {
      ...manifest,
      spec: { ...manifest.spec, type: 'Go', driver: { ...(manifest.spec.driver as object), cores: 0 } },
    } as unknown as JobManifest;
    const fields = crdViolations(bad).map((v) => v.field);
    expect(fields).toEqual(expect.arrayContaining(['spec.type', 'spec.driver.cores']));
    expect(crdViolations(bad).find((v) => v.field === 'spec.type')?.message).toMatch(/allowed values.*Python/);
  });
});

describe('argument placeholders', () => {
  it('expand the known ones and report the unknown ones', () => {
    const ctx = { bucket: 'b', prefixes: { input: 'in', output: 'out', eventLogs: 'ev' } };
    expect(expandArgument('s3a://{bucket}/{output}/{eventLogs}/{input}', ctx)).toBe('s3a://b/out/ev/in');
    expect(unknownPlaceholders('s3a://{bucket}/{inptu}/{x}')).toEqual(['inptu', 'x']);
  });
});
