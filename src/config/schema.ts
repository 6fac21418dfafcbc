import { z } from 'zod';
import {
  bucketNameProblem,
  isDnsLabel,
  isIamPrincipalArn,
  PREFIX_MAX_LENGTH,
  PREFIX_MIN_LENGTH,
  PREFIX_PATTERN,
} from '../aws/names';
import { AWS_REGIONS, isAwsRegion } from '../aws/regions';
import {
  EKS_ADDON_VERSION_PATTERN,
  SUPPORTED_KUBERNETES_VERSIONS,
  isSupportedKubernetesVersion,
} from '../eks/kubernetes-versions';
import { FARGATE_SIZES_HINT, isFargateSize } from '../fargate/sizes';
import { isNetworkAddress, networkOf, parseIpv4Cidr } from '../net/cidr';
import { SPARK_MEMORY_HINT, parseSparkMemoryMiB } from '../spark/memory';
import { REFUSED_SPARK_LINES, SPARK_LINES, isSparkLine } from '../spark/versions';
import { OPERATOR_SPARK_VERSION } from '../spark-operator/chart';
import { cronProblem } from './cron';

/** CloudWatch Logs accepts only these retention periods (days). */
export const LOG_RETENTION_DAYS = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
] as const;

const list = (values: readonly (string | number)[]): string => values.join(', ');

const cidr = z.string().superRefine((value, ctx) => {
  const parsed = parseIpv4Cidr(value);
  if (!parsed) {
    ctx.addIssue({ code: 'custom', message: 'expected an IPv4 CIDR block such as 10.0.0.0/16' });
  } else if (!isNetworkAddress(parsed)) {
    ctx.addIssue({ code: 'custom', message: `host bits are set; expected the network address ${networkOf(parsed)}` });
  }
});

const dnsLabel = (what: string, maxLength = 63) =>
  z.string().refine((v) => isDnsLabel(v, maxLength), {
    message: `${what} must be a DNS label: lowercase letters, digits and '-', starting and ending with a letter or digit, at most ${maxLength} characters`,
  });

const sparkMemory = z.string().refine((v) => (parseSparkMemoryMiB(v) ?? 0) > 0, {
  message: `expected a Spark memory size: ${SPARK_MEMORY_HINT}`,
});

/** Kubernetes CPU quantity as Spark's coreRequest takes it: `500m`, `1`, `1.5`. */
const cpuQuantity = z.string().regex(/^(\d+m|\d+(\.\d+)?)$/, {
  message: 'expected a Kubernetes CPU quantity such as 500m, 1 or 1.5',
});

const addonVersion = z.string().regex(EKS_ADDON_VERSION_PATTERN, {
  message: 'expected an EKS add-on version such as v1.22.4-eksbuild.3',
});

const fargateSize = z
  .strictObject({
    vcpu: z.number().positive(),
    memoryGiB: z.number().positive(),
  })
  .refine(isFargateSize, { message: `not a Fargate size; valid sizes: ${FARGATE_SIZES_HINT}` });

const labelKey = z
  .string()
  .regex(
    /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/,
    {
      message: 'expected a Kubernetes label key such as team or example.com/team',
    },
  );
const labelValue = z.string().regex(/^([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?$/, {
  message:
    'expected a Kubernetes label value: up to 63 letters, digits, "-", "_" or ".", starting and ending alphanumeric',
});

const sparkPod = {
  /** Spark cores (spark.driver.cores / spark.executor.cores). */
  cores: z.number().int().min(1).max(16),
  /** CPU request (= limit); Fargate sizes pods by it. */
  coreRequest: cpuQuantity.optional(),
  memory: sparkMemory,
  memoryOverhead: sparkMemory.optional(),
  memoryOverheadFactor: z.number().gt(0).lt(1).optional(),
  labels: z.record(labelKey, labelValue).default({}),
  /** Raise memory to the most that fits the same Fargate size. */
  fit: z.boolean().default(false),
};

function s3PrefixSchema() {
  return z.string().regex(/^[a-z0-9][a-z0-9-_.]*(\/[a-z0-9][a-z0-9-_.]*)*$/, {
    message: 'expected an S3 key prefix without leading or trailing "/", e.g. input or spark/events',
  });
}

const job = z.strictObject({
  /**
   * Scheduled runs are named `<name>-<unix nanos>` (20 more characters) and their driver pod gets `-driver`:
   * 36 characters keep that a valid 63-character label value.
   */
  name: dnsLabel('a job name', 36),
  namespace: dnsLabel('a namespace'),
  /** Path of the entry point inside `docker/jobs/<name>/`, e.g. `main.py`. */
  mainFile: z.string().regex(/^(?!\/)(?!.*(^|\/)\.\.(\/|$))[\w./-]+\.py$/, {
    message: 'expected the relative path of a .py file inside the job folder, e.g. main.py',
  }),
  /** Arguments of the main file; `{bucket}`, `{input}`, `{output}` and `{eventLogs}` name the data bucket and its prefixes. */
  arguments: z.array(z.string()).default([]),
  env: z
    .record(
      z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, { message: 'expected an environment variable name' }),
      z.string(),
    )
    .default({}),
  driver: z.strictObject(sparkPod),
  executor: z.strictObject({
    ...sparkPod,
    instances: z.number().int().min(1).max(500),
  }),
  schedule: z
    .strictObject({
      cron: z.string().superRefine((value, ctx) => {
        const problem = cronProblem(value);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      }),
      concurrencyPolicy: z.enum(['Allow', 'Forbid', 'Replace']).default('Forbid'),
      successfulRunHistoryLimit: z.number().int().min(0).max(100).default(3),
      failedRunHistoryLimit: z.number().int().min(0).max(100).default(3),
      suspend: z.boolean().default(false),
    })
    .optional(),
  restartPolicy: z
    .strictObject({
      onFailureRetries: z.number().int().min(0).max(100).default(3),
      onFailureRetryIntervalSeconds: z.number().int().min(1).max(86400).default(10),
      onSubmissionFailureRetries: z.number().int().min(0).max(100).default(5),
      onSubmissionFailureRetryIntervalSeconds: z.number().int().min(1).max(86400).default(20),
    })
    .prefault({}),
  /**
   * Files to upload to the data bucket with the job, e.g. sample input: every file of `docker/jobs/<name>/<from>/`
   * goes to `<input prefix>/<to>/`.
   */
  sampleData: z
    .strictObject({
      from: z.string().regex(/^(?!\/)(?!.*(^|\/)\.\.(\/|$))[\w./-]+$/, {
        message: 'expected a folder inside the job folder, e.g. sample-input',
      }),
      to: s3PrefixSchema(),
    })
    .optional(),
  /** Deletes the finished application (and its driver pod) after this long, so nothing keeps billing. */
  timeToLiveSeconds: z
    .number()
    .int()
    .min(60)
    .max(30 * 86400)
    .default(600),
});

const s3Prefix = s3PrefixSchema();

const bucketName = z.string().superRefine((value, ctx) => {
  const problem = bucketNameProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: `not a valid S3 bucket name: ${problem}` });
});

export const configSchema = z
  .strictObject({
    region: z.string().refine(isAwsRegion, { message: `unknown AWS region; expected one of ${list(AWS_REGIONS)}` }),
    prefix: z
      .string()
      .min(PREFIX_MIN_LENGTH, { message: `must be at least ${PREFIX_MIN_LENGTH} characters` })
      .max(PREFIX_MAX_LENGTH, {
        message: `must be at most ${PREFIX_MAX_LENGTH} characters, so names built from it fit AWS limits`,
      })
      .regex(PREFIX_PATTERN, {
        message:
          "expected lowercase letters, digits and single '-', starting with a letter and ending with a letter or digit",
      }),
    tags: z
      .record(
        z.string().regex(/^(?!aws:)[\p{L}\p{Z}\p{N}_.:/=+\-@]{1,128}$/u, { message: 'expected an AWS tag key' }),
        z.string().regex(/^[\p{L}\p{Z}\p{N}_.:/=+\-@]{0,256}$/u, { message: 'expected an AWS tag value' }),
      )
      .default({}),
    network: z
      .strictObject({
        vpcCidr: cidr.default('10.0.0.0/16'),
        azCount: z
          .number()
          .int()
          .min(2, { message: 'must be 2 or 3' })
          .max(3, { message: 'must be 2 or 3' })
          .default(2),
        natGateways: z.enum(['single', 'one-per-az']).default('single'),
        vpcEndpoints: z.boolean().default(true),
      })
      .superRefine((network, ctx) => {
        const vpc = parseIpv4Cidr(network.vpcCidr);
        if (vpc && (vpc.prefixLength < 16 || vpc.prefixLength > MAX_VPC_PREFIX_LENGTH)) {
          ctx.addIssue({
            code: 'custom',
            path: ['vpcCidr'],
            input: network.vpcCidr,
            message:
              `a /${vpc.prefixLength} VPC cannot hold ${network.azCount} private subnets of at least /${MIN_PRIVATE_SUBNET_PREFIX_LENGTH} ` +
              `and ${network.azCount} public subnets; expected a prefix length from /16 to /${MAX_VPC_PREFIX_LENGTH}`,
          });
        }
      })
      .prefault({}),
    cluster: z
      .strictObject({
        kubernetesVersion: z
          .string({ message: 'expected a quoted version string such as "1.35"' })
          .refine(isSupportedKubernetesVersion, {
            message: `not a Kubernetes version this project supports on EKS; expected one of ${list(SUPPORTED_KUBERNETES_VERSIONS)}`,
          })
          .default('1.35'),
        publicAccessCidrs: z.array(cidr).max(40).default([]),
        allowPublicAccessFromAnywhere: z.boolean().default(false),
        /** The identity that runs the first deploy becomes cluster admin (and must not be in adminPrincipalArns). */
        bootstrapCreatorAdmin: z.boolean().default(true),
        /** Overrides of the pinned add-on builds for the chosen Kubernetes version. */
        addonVersions: z
          .strictObject({
            'vpc-cni': addonVersion.optional(),
            'kube-proxy': addonVersion.optional(),
            coredns: addonVersion.optional(),
          })
          .default({}),
        adminPrincipalArns: z
          .array(
            z.string().refine(isIamPrincipalArn, {
              message: 'expected an IAM role or user ARN such as arn:aws:iam::123456789012:role/Admin',
            }),
          )
          .default([]),
      })
      .superRefine((cluster, ctx) => {
        cluster.publicAccessCidrs.forEach((value, i) => {
          if (parseIpv4Cidr(value)?.prefixLength === 0 && !cluster.allowPublicAccessFromAnywhere) {
            ctx.addIssue({
              code: 'custom',
              path: ['publicAccessCidrs', i],
              input: value,
              message:
                'opens the Kubernetes API to the whole internet; list your own networks, or set cluster.allowPublicAccessFromAnywhere: true to mean it',
            });
          }
        });
      })
      .prefault({}),
    namespaces: z
      .strictObject({
        operator: dnsLabel('a namespace').default('spark-operator'),
        jobs: z.array(dnsLabel('a namespace')).min(1).default(['spark-jobs']),
      })
      .superRefine((namespaces, ctx) => {
        const own = (name: string, path: PropertyKey[]) => {
          if (RESERVED_NAMESPACES.includes(name)) {
            ctx.addIssue({
              code: 'custom',
              path,
              input: name,
              message: `${name} is managed by Kubernetes or EKS; expected a namespace of your own`,
            });
          }
        };
        own(namespaces.operator, ['operator']);
        namespaces.jobs.forEach((ns, i) => own(ns, ['jobs', i]));
        if (namespaces.jobs.includes(namespaces.operator)) {
          ctx.addIssue({
            code: 'custom',
            path: ['operator'],
            input: namespaces.operator,
            message: 'must differ from every job namespace, so the operator and the jobs keep separate permissions',
          });
        }
        duplicates(namespaces.jobs).forEach((i) =>
          ctx.addIssue({
            code: 'custom',
            path: ['jobs', i],
            input: namespaces.jobs[i],
            message: 'duplicate namespace',
          }),
        );
      })
      .prefault({}),
    sparkOperator: z
      .strictObject({
        chartVersion: z
          .string()
          .regex(/^2\.\d+\.\d+$/, {
            message: 'expected a 2.x chart version such as 2.5.2 (chart 1.x is not supported)',
          })
          .default('2.5.2'),
        releaseName: dnsLabel('a Helm release name', 53).default('spark-operator'),
        fullnameOverride: dnsLabel('fullnameOverride', 52).optional(),
        controllerWorkers: z.number().int().min(1).max(100).default(10),
        controllerSize: fargateSize.default({ vcpu: 1, memoryGiB: 3 }),
        webhookSize: fargateSize.default({ vcpu: 0.25, memoryGiB: 0.5 }),
      })
      .prefault({}),
    historyServer: z
      .strictObject({
        enabled: z.boolean().default(true),
        size: fargateSize.default({ vcpu: 0.5, memoryGiB: 2 }),
      })
      .prefault({}),
    spark: z
      .strictObject({
        line: z
          .string({ message: 'expected a quoted Spark line such as "4.0"' })
          .superRefine((value, ctx) => {
            if (isSparkLine(value)) return;
            ctx.addIssue({
              code: 'custom',
              input: value,
              message: REFUSED_SPARK_LINES[value] ?? `unsupported Spark line; expected one of ${list(SPARK_LINES)}`,
            });
          })
          .default('4.0'),
      })
      .prefault({}),
    stateBucket: z.strictObject({
      name: bucketName,
      noncurrentVersionExpirationDays: z.number().int().min(1).max(3650).default(90),
    }),
    dataBucket: z
      .strictObject({
        /** @default `<prefix>-data-<account id>-<region>` */
        name: bucketName.optional(),
        /** Opt-in: let `destroy` delete the bucket and every object in it. */
        allowDestroy: z.boolean().default(false),
        prefixes: z
          .strictObject({
            input: s3Prefix.default('input'),
            output: s3Prefix.default('output'),
            eventLogs: s3Prefix.default('spark-events'),
          })
          .prefault({}),
      })
      .prefault({}),
    ecr: z
      .strictObject({
        keepImages: z.number().int().min(1).max(1000).default(30),
      })
      .prefault({}),
    logging: z
      .strictObject({
        retentionDays: z
          .number()
          .refine((d) => (LOG_RETENTION_DAYS as readonly number[]).includes(d), {
            message: `not a CloudWatch Logs retention; expected one of ${list(LOG_RETENTION_DAYS)}`,
          })
          .default(30),
      })
      .prefault({}),
    jobs: z.array(job).default([]),
  })
  .superRefine((config, ctx) => {
    // One Spark: the operator's spark-submit builds every driver pod, so the jobs run the line it submits with.
    const operatorSpark = OPERATOR_SPARK_VERSION[config.sparkOperator.chartVersion];
    if (!operatorSpark) {
      ctx.addIssue({
        code: 'custom',
        path: ['sparkOperator', 'chartVersion'],
        input: config.sparkOperator.chartVersion,
        message: `the Spark of this chart's operator image is not known, so the jobs cannot be matched to the spark-submit that submits them; expected one of ${list(Object.keys(OPERATOR_SPARK_VERSION))}`,
      });
    } else if (!operatorSpark.startsWith(`${config.spark.line}.`)) {
      ctx.addIssue({
        code: 'custom',
        path: ['spark', 'line'],
        input: config.spark.line,
        message: `chart ${config.sparkOperator.chartVersion} submits jobs with Spark ${operatorSpark}; the jobs must run the same line, "${operatorSpark.split('.').slice(0, 2).join('.')}"`,
      });
    }
    const names = config.jobs.map((j) => j.name);
    duplicates(names).forEach((i) =>
      ctx.addIssue({
        code: 'custom',
        path: ['jobs', i, 'name'],
        input: names[i],
        message: 'duplicate job name; every job needs its own name',
      }),
    );
    config.jobs.forEach((j, i) => {
      if (!config.namespaces.jobs.includes(j.namespace)) {
        ctx.addIssue({
          code: 'custom',
          path: ['jobs', i, 'namespace'],
          input: j.namespace,
          message: `job "${j.name}" runs in a namespace without a Fargate profile; expected one of namespaces.jobs: ${list(config.namespaces.jobs)}`,
        });
      }
    });
  });

/** Namespaces this project must not take over: kube-system has its own Fargate profile, aws-observability is Fargate's. */
const RESERVED_NAMESPACES = ['default', 'kube-system', 'kube-public', 'kube-node-lease', 'aws-observability'];

/** Private subnets must hold one IP per Spark pod: at least a /24 each. */
export const MIN_PRIVATE_SUBNET_PREFIX_LENGTH = 24;
/** The VPC is split in quarters: up to three private subnets, and the last quarter in four public subnets. */
export const MAX_VPC_PREFIX_LENGTH = MIN_PRIVATE_SUBNET_PREFIX_LENGTH - 2;

/** Indexes of the second and later occurrences of a value. */
function duplicates(values: readonly string[]): number[] {
  return values.flatMap((v, i) => (values.indexOf(v) < i ? [i] : []));
}

type DeepReadonly<T> = T extends (infer E)[]
  ? readonly DeepReadonly<E>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/** The validated environment config: every default filled in, deeply readonly. */
export type EnvironmentConfig = DeepReadonly<z.output<typeof configSchema>>;
export type JobConfig = EnvironmentConfig['jobs'][number];
export type SparkPodConfig = JobConfig['driver'];
