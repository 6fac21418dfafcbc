import {
  ISparkApplication,
  IScheduledSparkApplication,
  ScheduledSparkApplication,
  SparkApplication,
} from '../../.gen/spark-operator/sparkoperator.k8s.io/v1beta2';
import { DEFAULT_TIME_TO_LIVE_SECONDS, JobConfig, SparkPodConfig } from '../config/schema';
import { restrictedContainerSecurityContext, restrictedPodSecurityContext } from '../kubernetes/pod-security';
import { SPARK_SERVICE_ACCOUNT } from './service-accounts';
import { SparkLineVersions } from './versions';

export const API_VERSION = 'sparkoperator.k8s.io/v1beta2';

/** Where a job's files live in its image. */
export function jobHome(jobName: string): string {
  return `/opt/spark/jobs/${jobName}`;
}

/** What a job's manifest needs besides its own config. */
export interface ApplicationContext {
  readonly versions: SparkLineVersions;
  /** The job image, `<repository>@sha256:<digest>`. */
  readonly image: string;
  readonly region: string;
  readonly bucket: string;
  readonly prefixes: { readonly input: string; readonly output: string; readonly eventLogs: string };
}

/** The placeholders job arguments may use, e.g. `s3a://{bucket}/{input}/weather/`. */
export const ARGUMENT_PLACEHOLDERS = ['bucket', 'input', 'output', 'eventLogs'] as const;

export function expandArgument(argument: string, context: Pick<ApplicationContext, 'bucket' | 'prefixes'>): string {
  const values: Record<string, string> = { bucket: context.bucket, ...context.prefixes };
  return argument.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** Placeholders in an argument that are not among ARGUMENT_PLACEHOLDERS. */
export function unknownPlaceholders(argument: string): string[] {
  return [...argument.matchAll(/\{(\w+)\}/g)]
    .map((m) => m[1])
    .filter((name) => !(ARGUMENT_PLACEHOLDERS as readonly string[]).includes(name));
}

type ApplicationSpec = ISparkApplication['spec'];

/**
 * The SparkApplication spec of a job: PySpark in cluster mode from the job image (by digest), with both the
 * driver and the executors as the `spark` service account (IRSA), CPU requests equal to limits (Fargate sizes
 * pods by requests), S3A with the line's web-identity credentials provider and the magic committer, event logs
 * in the data bucket, every executor requested in one batch, and retries on failure. Runs that are deleted (each run of
 * a schedule, a job run on every deploy) get a TTL after which the operator deletes the finished application and its
 * driver pod, which Fargate bills until it is deleted; a job that runs once per change keeps its finished application,
 * so that Terraform finds it again and plans no change (see {@link timeToLiveSeconds}). Both pods meet the Pod Security
 * `restricted` level (non-root, no privilege escalation, no capabilities, RuntimeDefault seccomp). No service account or image
 * goes into sparkConf: operator 2.5 refuses those keys there.
 */
export function sparkApplicationSpec(job: JobConfig, context: ApplicationContext): ApplicationSpec {
  const labels = { 'app.kubernetes.io/name': job.name, 'app.kubernetes.io/part-of': 'spark-eks' };
  const env = Object.entries(job.env).map(([name, value]) => ({ name, value }));
  const pod = (spec: SparkPodConfig) => {
    const cpu = spec.coreRequest ?? String(spec.cores);
    return {
      cores: spec.cores,
      coreRequest: cpu,
      coreLimit: cpu,
      memory: spec.memory,
      ...(spec.memoryOverhead ? { memoryOverhead: spec.memoryOverhead } : {}),
      serviceAccount: SPARK_SERVICE_ACCOUNT,
      // The operator's webhook copies both onto the pod before Pod Security admission validates it, so the job
      // namespaces can enforce `restricted`.
      podSecurityContext: restrictedPodSecurityContext(),
      securityContext: restrictedContainerSecurityContext(),
      labels: { ...labels, ...spec.labels },
      ...(env.length > 0 ? { env } : {}),
    };
  };

  const sparkConf: Record<string, string> = {
    'spark.eventLog.enabled': 'true',
    'spark.eventLog.dir': `s3a://${context.bucket}/${context.prefixes.eventLogs}/`,
    'spark.kubernetes.allocation.batch.size': String(job.executor.instances),
    'spark.sql.sources.commitProtocolClass': 'org.apache.spark.internal.io.cloud.PathOutputCommitProtocol',
    'spark.sql.parquet.output.committer.class': 'org.apache.spark.internal.io.cloud.BindingParquetOutputCommitter',
  };
  if (job.driver.memoryOverheadFactor !== undefined) {
    sparkConf['spark.driver.memoryOverheadFactor'] = String(job.driver.memoryOverheadFactor);
  }
  if (job.executor.memoryOverheadFactor !== undefined) {
    sparkConf['spark.executor.memoryOverheadFactor'] = String(job.executor.memoryOverheadFactor);
  }

  return {
    type: 'Python',
    pythonVersion: '3',
    mode: 'cluster',
    sparkVersion: context.versions.sparkVersion,
    image: context.image,
    imagePullPolicy: 'IfNotPresent',
    mainApplicationFile: `local://${jobHome(job.name)}/${job.mainFile}`,
    arguments: job.arguments.map((a) => expandArgument(a, context)),
    sparkConf,
    hadoopConf: {
      'fs.s3a.aws.credentials.provider': context.versions.credentialsProvider,
      'fs.s3a.endpoint.region': context.region,
      'fs.s3a.committer.name': 'magic',
      'fs.s3a.committer.magic.enabled': 'true',
    },
    driver: pod(job.driver),
    executor: { ...pod(job.executor), instances: job.executor.instances },
    restartPolicy: {
      type: 'OnFailure',
      onFailureRetries: job.restartPolicy.onFailureRetries,
      onFailureRetryInterval: job.restartPolicy.onFailureRetryIntervalSeconds,
      onSubmissionFailureRetries: job.restartPolicy.onSubmissionFailureRetries,
      onSubmissionFailureRetryInterval: job.restartPolicy.onSubmissionFailureRetryIntervalSeconds,
    },
    ...(timeToLiveSeconds(job) === undefined ? {} : { timeToLiveSeconds: timeToLiveSeconds(job) }),
  };
}

/**
 * The TTL of a job's runs, or undefined when its finished run is kept. The Spark Operator deletes a finished
 * SparkApplication TTL seconds after it ends (spec.timeToLiveSeconds, CRD of chart 2.5.2), and Terraform then finds
 * its kubernetes_manifest gone and plans to create it again, so a job without schedule keeps its run unless
 * `runOnEveryDeploy` asks for exactly that. A kept run is run again when its spec changes: the operator invalidates
 * and resubmits an application whose spec is updated (operator user guide, "Updating a SparkApplication").
 */
export function timeToLiveSeconds(job: JobConfig): number | undefined {
  if (job.schedule || job.runOnEveryDeploy) return job.timeToLiveSeconds ?? DEFAULT_TIME_TO_LIVE_SECONDS;
  return undefined;
}

export type JobManifest = ISparkApplication | IScheduledSparkApplication;

/** The manifest of a job: a ScheduledSparkApplication when it has a schedule, else a SparkApplication. */
export function jobManifest(job: JobConfig, context: ApplicationContext): JobManifest {
  const metadata = { name: job.name, namespace: job.namespace, labels: { 'app.kubernetes.io/name': job.name } };
  const spec = sparkApplicationSpec(job, context);
  if (!job.schedule) return { apiVersion: API_VERSION, kind: 'SparkApplication', metadata, spec };
  return {
    apiVersion: API_VERSION,
    kind: 'ScheduledSparkApplication',
    metadata,
    spec: {
      schedule: job.schedule.cron,
      concurrencyPolicy: job.schedule.concurrencyPolicy,
      successfulRunHistoryLimit: job.schedule.successfulRunHistoryLimit,
      failedRunHistoryLimit: job.schedule.failedRunHistoryLimit,
      suspend: job.schedule.suspend,
      template: spec,
    },
  };
}

/** A field the operator's CRD schema refuses, with the reason. */
export interface CrdViolation {
  /** Dotted path in the manifest, e.g. `spec.driver.cores`. */
  readonly field: string;
  readonly message: string;
}

/** Validates a manifest against the CRD schema of the pinned operator chart (the generated models in .gen/). */
export function crdViolations(manifest: JobManifest): CrdViolation[] {
  const model =
    manifest.kind === 'SparkApplication'
      ? new SparkApplication(manifest as ISparkApplication)
      : new ScheduledSparkApplication(manifest as IScheduledSparkApplication);
  try {
    model.validate();
    return [];
  } catch (error) {
    const errors = (
      error as { errors?: { instancePath: string; message?: string; params?: Record<string, unknown> }[] }
    ).errors;
    if (!errors) throw error;
    return errors.map((e) => ({
      field: e.instancePath.replace(/^\//, '').replace(/\//g, '.') || '(manifest)',
      message: `${e.message ?? 'is invalid'}${e.params?.allowedValues ? `: ${JSON.stringify(e.params.allowedValues)}` : ''}`,
    }));
  }
}
