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
  DEFAULT_KUBERNETES_VERSION,
  EKS_ADDON_VERSION_PATTERN,
  SUPPORTED_KUBERNETES_VERSIONS,
  isSupportedKubernetesVersion,
} from '../eks/kubernetes-versions';
import { FARGATE_SIZES_HINT, isFargateSize } from '../fargate/sizes';
import {
  AWS_LARGEST_VPC_PREFIX_LENGTH,
  contains,
  isNetworkAddress,
  networkOf,
  nonPublicRangeOf,
  parseIpv4Cidr,
} from '../net/cidr';
import { MIN_SPARK_MEMORY_MIB, SPARK_MEMORY_HINT, parseSparkMemoryMiB } from '../spark/memory';
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

/** A memory size written as a bare number has no unit: say which to add, rather than to quote it. */
const memoryTypeError = (issue: z.core.$ZodRawIssue): string | undefined =>
  typeof issue.input === 'number'
    ? `a number has no unit; expected a Spark memory size: ${SPARK_MEMORY_HINT}` +
      (Number.isInteger(issue.input) ? `; for ${issue.input} MiB write ${issue.input}m` : '')
    : undefined;

/** A Spark memory size of at least `minMiB`; `why` says what the floor is for. */
const sparkMemoryOf = (minMiB: number, why: string) =>
  z.string({ error: memoryTypeError }).superRefine((value, ctx) => {
    const mib = parseSparkMemoryMiB(value);
    if (mib === undefined) {
      ctx.addIssue({ code: 'custom', message: `expected a Spark memory size: ${SPARK_MEMORY_HINT}` });
    } else if (mib < minMiB) {
      ctx.addIssue({ code: 'custom', message: why });
    }
  });

/** Driver and executor memory: the JVM heap (-Xmx). */
const sparkMemory = sparkMemoryOf(
  MIN_SPARK_MEMORY_MIB,
  `Spark does not start with less than ${MIN_SPARK_MEMORY_MIB}m: it needs a JVM heap of at least 450 MiB (1.5 × the 300 MiB it reserves), and with 1 vCPU the JVM's heap is about 1/30 smaller than this memory; expected at least ${MIN_SPARK_MEMORY_MIB}m`,
);

/** Memory outside the heap: the JVM's own, and in PySpark the Python workers'. */
const memoryOverhead = sparkMemoryOf(
  1,
  "0 leaves no pod memory outside the JVM heap, for the JVM itself or the Python workers, so the pod is OOM-killed; leave memoryOverhead out for Spark's max(memoryOverheadFactor × memory, 384m), or set at least 1m",
);

/** Kubernetes CPU quantity as Spark's coreRequest takes it: `500m`, `1`, `1.5`. */
const cpuQuantity = z
  .string({
    error: (issue) =>
      typeof issue.input === 'number'
        ? `expected a Kubernetes CPU quantity as text, such as 500m, '1' or '1.5': quote it, '${issue.input}'` +
          (issue.input > 0 && Number.isInteger(issue.input * 1000) ? `, or write ${issue.input * 1000}m` : '')
        : undefined,
  })
  .regex(/^(\d+m|\d+(\.\d+)?)$/, {
    message: 'expected a Kubernetes CPU quantity such as 500m, 1 or 1.5',
  });

const addonVersion = z.string().regex(EKS_ADDON_VERSION_PATTERN, {
  message: 'expected an EKS add-on version such as v1.14.3-eksbuild.3',
});

/** A key that is refused with the reason, so an old config says what changed instead of just "unknown key". */
const notInstalled = (addon: string, why: string) =>
  z
    .unknown()
    .superRefine((_, ctx) =>
      ctx.addIssue({
        code: 'custom',
        message: `the cluster has no ${addon} add-on: it is a DaemonSet for EC2 nodes, and this cluster runs only Fargate (${why}, EKS user guide); remove this key`,
      }),
    )
    .optional();

/** A price of the config's pricing override, USD. */
const usdPrice = () =>
  z.number().nonnegative({ message: 'expected a price in USD, a number of at least 0' }).optional();

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
  /** Spark cores (spark.driver.cores / spark.executor.cores): whole cores; a fraction of a CPU is coreRequest. */
  cores: z
    .number()
    .int({
      error:
        "Spark cores are a whole number from 1 to 16; for a fraction of a CPU keep cores: 1 and set the pod's CPU " +
        'request with coreRequest, e.g. coreRequest: 500m (Fargate sizes the pod by it)',
    })
    .min(1)
    .max(16),
  /** CPU request (= limit); Fargate sizes pods by it. */
  coreRequest: cpuQuantity.optional(),
  memory: sparkMemory,
  memoryOverhead: memoryOverhead.optional(),
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

/** One entry of `jobs`. */
export const jobSchema = z
  .strictObject({
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
      .strictObject(
        {
          cron: z.string().superRefine((value, ctx) => {
            const problem = cronProblem(value);
            if (problem) ctx.addIssue({ code: 'custom', message: problem });
          }),
          concurrencyPolicy: z.enum(['Allow', 'Forbid', 'Replace']).default('Forbid'),
          successfulRunHistoryLimit: z.number().int().min(0).max(100).default(3),
          failedRunHistoryLimit: z.number().int().min(0).max(100).default(3),
          suspend: z.boolean().default(false),
        },
        {
          // The likeliest mistake: the cron expression where the mapping goes.
          error: (issue) =>
            typeof issue.input === 'string'
              ? `expected a mapping with the cron expression under cron: write schedule: { cron: '${issue.input}' }`
              : undefined,
        },
      )
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
    /**
     * For a job without schedule: run it again on every deploy. The operator then deletes the finished application
     * and its driver pod timeToLiveSeconds after it ends, and the next plan creates it again. Without it, the finished
     * application stays until the next change to the job, which runs it again, and the plan shows no change meanwhile.
     */
    runOnEveryDeploy: z.boolean().default(false),
    /**
     * How long a run takes, for npm run report: with it, a scheduled job's monthly cost is its pods' price per hour ×
     * the minutes × the runs its schedule makes in 30 days. @default none (the report gives the hourly price only)
     */
    expectedRunMinutes: z
      .number()
      .positive({ message: 'expected the minutes a run takes, a number above 0, e.g. 12' })
      .max(30 * 24 * 60)
      .optional(),
    /**
     * Seconds after a run ends that the operator deletes it with its driver pod (a finished pod still bills on
     * Fargate): each run of a schedule, or a job with runOnEveryDeploy. @default 600 there; none for other jobs
     */
    timeToLiveSeconds: z
      .number()
      .int()
      .min(60)
      .max(30 * 86400)
      .optional(),
  })
  .check(
    alwaysRun((payload) => {
      const { parsed, issue } = reader(payload);
      const value = payload.value as { schedule?: unknown };
      const scheduled = value.schedule !== undefined;
      const everyDeploy = parsed('runOnEveryDeploy');
      const ttl = parsed('timeToLiveSeconds');
      if (scheduled && everyDeploy === true) {
        issue(
          ['runOnEveryDeploy'],
          true,
          'a scheduled job runs on its schedule, not on deploys; remove runOnEveryDeploy, or the schedule to run the job on every deploy',
        );
      } else if (!scheduled && everyDeploy === false && typeof ttl === 'number') {
        issue(
          ['timeToLiveSeconds'],
          ttl,
          'a job without schedule keeps its finished run until the next change to it, so that the plan stays empty; a TTL would delete it and make every deploy run it again: set runOnEveryDeploy: true to mean that, or remove timeToLiveSeconds',
        );
      }
    }),
  );

/** How long a finished run stays when the job deletes its runs. */
export const DEFAULT_TIME_TO_LIVE_SECONDS = 600;

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
      .check(
        alwaysRun((payload) => {
          const { parsed, issue } = reader(payload);
          const vpcCidr = parsed('vpcCidr');
          const vpc = typeof vpcCidr === 'string' ? parseIpv4Cidr(vpcCidr) : undefined;
          if (!vpc) return;
          const azCount = parsed('azCount');
          const azs = typeof azCount === 'number' ? String(azCount) : 'its';
          if (vpc.prefixLength < AWS_LARGEST_VPC_PREFIX_LENGTH) {
            issue(
              ['vpcCidr'],
              vpcCidr,
              `a /${vpc.prefixLength} VPC is too large: AWS's largest VPC is a /${AWS_LARGEST_VPC_PREFIX_LENGTH}; ` +
                `expected a prefix length from /${AWS_LARGEST_VPC_PREFIX_LENGTH} to /${MAX_VPC_PREFIX_LENGTH}`,
            );
          } else if (vpc.prefixLength > MAX_VPC_PREFIX_LENGTH) {
            issue(
              ['vpcCidr'],
              vpcCidr,
              `a /${vpc.prefixLength} VPC is too small: it cannot hold ${azs} private subnets of at least ` +
                `/${MIN_PRIVATE_SUBNET_PREFIX_LENGTH} and ${azs} public subnets; ` +
                `expected a prefix length from /${AWS_LARGEST_VPC_PREFIX_LENGTH} to /${MAX_VPC_PREFIX_LENGTH}`,
            );
          }
        }),
      )
      .prefault({}),
    cluster: z
      .strictObject({
        kubernetesVersion: z
          .string()
          .refine(isSupportedKubernetesVersion, {
            message: `not a Kubernetes version this project supports on EKS; expected one of ${list(SUPPORTED_KUBERNETES_VERSIONS)}`,
          })
          .describe(`a Kubernetes version, one of ${list(SUPPORTED_KUBERNETES_VERSIONS)}`)
          .default(DEFAULT_KUBERNETES_VERSION),
        /**
         * What EKS does when the version leaves standard support: EXTENDED (AWS's default) keeps it, billed at the
         * extended-support rate; STANDARD lets AWS upgrade the cluster to the next version on that day.
         */
        supportType: z.enum(['STANDARD', 'EXTENDED']).default('EXTENDED'),
        publicAccessCidrs: z.array(cidr).max(40).default([]),
        allowPublicAccessFromAnywhere: z.boolean().default(false),
        /** The identity that runs the first deploy becomes cluster admin (and must not be in adminPrincipalArns). */
        bootstrapCreatorAdmin: z.boolean().default(true),
        /** Pinned add-on builds; without a pin, the newest EKS publishes for the version, read at plan time. */
        addonVersions: z
          .strictObject({
            coredns: addonVersion.optional(),
            'vpc-cni': notInstalled('vpc-cni', 'Fargate brings its own copy of the VPC CNI on every Fargate node'),
            'kube-proxy': notInstalled('kube-proxy', 'kube-proxy is not deployed to Fargate nodes'),
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
      .check(
        alwaysRun((payload) => {
          const { parsed, issue } = reader(payload);
          // Whether the user meant it is unknown while the switch itself is wrong: nothing to add then.
          if (!isFreeOfIssues(payload.issues, ['allowPublicAccessFromAnywhere'])) return;
          if (parsed('allowPublicAccessFromAnywhere') === true) return;
          const cidrs = (payload.value as { publicAccessCidrs?: unknown }).publicAccessCidrs;
          if (!Array.isArray(cidrs)) return;
          cidrs.forEach((_, i) => {
            const value = parsed('publicAccessCidrs', i);
            if (typeof value === 'string' && parseIpv4Cidr(value)?.prefixLength === 0) {
              issue(
                ['publicAccessCidrs', i],
                value,
                'opens the Kubernetes API to the whole internet; list your own networks, or set cluster.allowPublicAccessFromAnywhere: true to mean it',
              );
            }
          });
        }),
      )
      .check(alwaysRun(publicAccessCidrChecks))
      .prefault({}),
    namespaces: z
      .strictObject({
        operator: dnsLabel('a namespace').default('spark-operator'),
        jobs: z.array(dnsLabel('a namespace')).min(1).default(['spark-jobs']),
      })
      .check(
        alwaysRun((payload) => {
          const { parsed, issue } = reader(payload);
          const own = (name: unknown, path: PropertyKey[]) => {
            if (typeof name === 'string' && RESERVED_NAMESPACES.includes(name)) {
              issue(path, name, `${name} is managed by Kubernetes or EKS; expected a namespace of your own`);
            }
          };
          const operator = parsed('operator');
          own(operator, ['operator']);
          const listed = (payload.value as { jobs?: unknown }).jobs;
          const jobs = Array.isArray(listed) ? listed.map((_, i) => parsed('jobs', i)) : [];
          jobs.forEach((ns, i) => own(ns, ['jobs', i]));
          if (typeof operator === 'string' && jobs.includes(operator)) {
            issue(
              ['operator'],
              operator,
              'must differ from every job namespace, so the operator and the jobs keep separate permissions',
            );
          }
          // An entry with its own error matches nothing: it cannot be a duplicate.
          const names = jobs.map((ns, i) => (typeof ns === 'string' ? ns : `\u0000${i}`));
          duplicates(names).forEach((i) => issue(['jobs', i], jobs[i], 'duplicate namespace'));
        }),
      )
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
          .string()
          .superRefine((value, ctx) => {
            if (isSparkLine(value)) return;
            ctx.addIssue({
              code: 'custom',
              input: value,
              message: REFUSED_SPARK_LINES[value] ?? `unsupported Spark line; expected one of ${list(SPARK_LINES)}`,
            });
          })
          .describe(`a Spark line, one of ${list(SPARK_LINES)}`)
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
        /** Who else may push images (the identity that deploys core always may): e.g. the CI role that deploys jobs. */
        pushPrincipalArns: z
          .array(
            z.string().refine(isIamPrincipalArn, {
              message: 'expected an IAM role or user ARN such as arn:aws:iam::123456789012:role/Deployer',
            }),
          )
          .default([]),
      })
      .prefault({}),
    /** How the deploy builds the images on the deploying machine (the platform and jobs stacks). */
    imageBuild: z
      .strictObject({
        /**
         * The Maven repository (Maven 2 layout) the base image build downloads the S3A jars from, e.g. a mirror
         * inside your network; every jar is still checked against its pinned SHA-256.
         * @default the base Dockerfile's own (Maven Central)
         */
        mavenRepository: z
          .string()
          .regex(/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/, {
            message: 'expected an http:// or https:// URL of a Maven repository, e.g. https://maven.example.com/maven2',
          })
          .transform((url) => url.replace(/\/+$/, ''))
          .optional(),
        /**
         * The network of the build's RUN steps: `default` (Docker's own, a bridge) or `host` (the deploying machine's
         * network, e.g. for a proxy or mirror on its loopback address).
         */
        network: z.enum(['default', 'host']).default('default'),
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
    /**
     * Your own Fargate prices (USD, Linux/x86), e.g. with a discount: the report uses them instead of the price
     * table's for the region, and says so. @default the table's (src/fargate/prices.json)
     */
    pricing: z
      .strictObject({
        vcpuHour: z
          .number()
          .positive({ message: 'expected USD per vCPU-hour, a number above 0, e.g. 0.04048' })
          .optional(),
        gbHour: z
          .number()
          .positive({ message: 'expected USD per GB-hour, a number above 0, e.g. 0.004445' })
          .optional(),
        // The environment's other prices (src/pricing/environment-prices.json has what each one is).
        eksClusterHour: usdPrice(),
        eksExtendedClusterHour: usdPrice(),
        natGatewayHour: usdPrice(),
        natGatewayGb: usdPrice(),
        publicIpv4Hour: usdPrice(),
        interfaceEndpointHour: usdPrice(),
        interfaceEndpointGb: usdPrice(),
        kmsKeyMonth: usdPrice(),
        logsIngestGb: usdPrice(),
        logsStorageGbMonth: usdPrice(),
        s3StorageGbMonth: usdPrice(),
      })
      .check(
        alwaysRun((payload) => {
          const { parsed, issue } = reader(payload);
          // Fargate is priced per vCPU and per GB together: one without the other would mix two price lists.
          const vcpu = parsed('vcpuHour');
          const gb = parsed('gbHour');
          if (vcpu !== undefined && gb === undefined && isFreeOfIssues(payload.issues, ['gbHour'])) {
            issue(['gbHour'], undefined, 'set gbHour with vcpuHour: Fargate bills vCPU and memory together');
          }
          if (gb !== undefined && vcpu === undefined && isFreeOfIssues(payload.issues, ['vcpuHour'])) {
            issue(['vcpuHour'], undefined, 'set vcpuHour with gbHour: Fargate bills vCPU and memory together');
          }
        }),
      )
      .optional(),
    jobs: z.array(jobSchema).default([]),
  })
  .check(alwaysRun(crossSectionChecks));

/**
 * A check that runs even when other parts of the config have errors (zod skips ordinary refinements then), so every
 * mistake is reported in one run; the check itself must look only at parts that are free of errors.
 */
function alwaysRun<T>(check: (payload: z.core.ParsePayload<T>) => void): z.core.$ZodCheck<T> {
  const result = new z.core.$ZodCheck({ check: 'custom', when: () => true });
  result._zod.check = check;
  return result;
}

/**
 * Reads a value being parsed: `parsed(...path)` is the value at a path only when that part is free of errors (so a
 * check never reports a consequence of a mistake already reported), and `issue` adds one more.
 */
function reader(payload: z.core.ParsePayload<unknown>) {
  const valueAt = (path: readonly PropertyKey[]): unknown =>
    path.reduce<unknown>(
      (node, key) => (node !== null && typeof node === 'object' ? (node as never)[key] : undefined),
      payload.value,
    );
  return {
    parsed: (...path: PropertyKey[]): unknown => (isFreeOfIssues(payload.issues, path) ? valueAt(path) : undefined),
    issue: (path: PropertyKey[], input: unknown, message: string) =>
      payload.issues.push({ code: 'custom', path, input, message, continue: true }),
  };
}

/** An issue as zod records it while parsing and in the error it returns: where it is, and for unknown keys which. */
interface IssueSpot {
  readonly code?: string;
  readonly path?: readonly PropertyKey[];
  readonly keys?: readonly string[];
}

/**
 * True when no issue lies at, inside or around the value at `path`, i.e. the value there parsed and can be checked
 * further without reporting a consequence of an error already reported. An unknown key spoils only itself.
 */
export function isFreeOfIssues(issues: readonly IssueSpot[], path: readonly PropertyKey[]): boolean {
  const startsWith = (long: readonly PropertyKey[], short: readonly PropertyKey[]) =>
    short.length <= long.length && short.every((key, i) => long[i] === key);
  return issues.every((issue) => {
    const at = issue.path ?? [];
    const spots = issue.code === 'unrecognized_keys' && issue.keys ? issue.keys.map((k) => [...at, k]) : [at];
    return spots.every((spot) => !startsWith(spot, path) && !startsWith(path, spot));
  });
}

/** Checks across sections, each run only on the parts it reads that parsed. */
function crossSectionChecks(payload: z.core.ParsePayload<unknown>): void {
  const config = payload.value;
  if (config === null || typeof config !== 'object') return;
  const { parsed, issue } = reader(payload);

  // One Spark: the operator's spark-submit builds every driver pod, so the jobs run the line it submits with.
  const chartVersion = parsed('sparkOperator', 'chartVersion') as string | undefined;
  const line = parsed('spark', 'line') as string | undefined;
  const operatorSpark = chartVersion === undefined ? undefined : OPERATOR_SPARK_VERSION[chartVersion];
  if (chartVersion !== undefined && !operatorSpark) {
    issue(
      ['sparkOperator', 'chartVersion'],
      chartVersion,
      `the Spark of this chart's operator image is not known, so the jobs cannot be matched to the spark-submit that submits them; expected one of ${list(Object.keys(OPERATOR_SPARK_VERSION))}`,
    );
  } else if (operatorSpark && line !== undefined && !operatorSpark.startsWith(`${line}.`)) {
    issue(
      ['spark', 'line'],
      line,
      `chart ${chartVersion} submits jobs with Spark ${operatorSpark}; the jobs must run the same line, "${operatorSpark.split('.').slice(0, 2).join('.')}"`,
    );
  }

  const stateBucket = parsed('stateBucket', 'name');
  const dataBucket = parsed('dataBucket', 'name');
  if (typeof dataBucket === 'string' && dataBucket === stateBucket) {
    issue(
      ['dataBucket', 'name'],
      dataBucket,
      'is the name of the state bucket (stateBucket.name); the data bucket needs a name of its own, since one bucket cannot be both and S3 bucket names are global',
    );
  }

  // The list itself, even when some of its jobs have errors: each check below reads only fields that parsed.
  const jobs = (config as { jobs?: unknown }).jobs;
  if (!Array.isArray(jobs)) return;
  const names = jobs.map((_, i) => parsed('jobs', i, 'name'));
  names.forEach((name, i) => {
    if (typeof name === 'string' && names.indexOf(name) < i) {
      issue(['jobs', i, 'name'], name, 'duplicate job name; every job needs its own name');
    }
  });
  const namespaces = parsed('namespaces', 'jobs') as string[] | undefined;
  if (namespaces === undefined) return;
  jobs.forEach((_, i) => {
    const namespace = parsed('jobs', i, 'namespace');
    if (typeof namespace === 'string' && !namespaces.includes(namespace)) {
      issue(
        ['jobs', i, 'namespace'],
        namespace,
        `runs in a namespace without a Fargate profile; expected one of namespaces.jobs: ${list(namespaces)}`,
      );
    }
  });
}

/**
 * The public endpoint's CIDRs must be public internet addresses (EKS refuses blocks that include reserved ones, and
 * requests from private networks never reach the public endpoint: inside the VPC they take the private endpoint),
 * and each must add addresses: a block inside another, or listed twice, is refused, not merged, so the list in the
 * file stays exactly what EKS is given and what a plan shows.
 */
function publicAccessCidrChecks(payload: z.core.ParsePayload<unknown>): void {
  const { parsed, issue } = reader(payload);
  const listed = (payload.value as { publicAccessCidrs?: unknown }).publicAccessCidrs;
  if (!Array.isArray(listed)) return;
  const cidrs = listed.map((_, i) => {
    const value = parsed('publicAccessCidrs', i);
    return typeof value === 'string' ? parseIpv4Cidr(value) : undefined;
  });
  cidrs.forEach((cidr, i) => {
    if (!cidr) return;
    const where = ['publicAccessCidrs', i];
    const value = listed[i];
    // 0.0.0.0/0 includes every range; it has its own check (allowPublicAccessFromAnywhere).
    const special = cidr.prefixLength === 0 ? undefined : nonPublicRangeOf(cidr);
    if (special) {
      const how = `${special.relation === 'inside' ? 'is inside' : 'includes'} ${special.range.cidr}, ${special.range.what}`;
      issue(
        where,
        value,
        `${how}: the public endpoint only takes public internet addresses (EKS refuses blocks that include reserved ` +
          'ones; from inside the VPC the API is reached through its private endpoint); list the public egress ' +
          'addresses of your office, VPN or CI',
      );
      return;
    }
    const outer = cidrs.findIndex(
      (other, j) => other && j !== i && contains(other, cidr) && (other.prefixLength < cidr.prefixLength || j < i),
    );
    if (outer >= 0) {
      const same = cidrs[outer]?.prefixLength === cidr.prefixLength;
      issue(
        where,
        value,
        same
          ? `is listed twice (also publicAccessCidrs[${outer}]); remove one`
          : `lies inside publicAccessCidrs[${outer}] ${String(listed[outer])}, which already lets it in; remove one of the two`,
      );
    }
  });
}

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
