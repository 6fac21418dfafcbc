import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { isScalar, parseDocument, Scalar, YAMLMap } from 'yaml';
import { z } from 'zod';
import { chooseConfig } from '../../src/config/choice';
import { loadConfig, PROJECT_ROOT, validateConfig } from '../../src/config/load';
import { configSchema } from '../../src/config/schema';
import { unpinnedJars } from '../../src/spark/versions';
import { configErrorFor, DEFAULT_CONFIG_FILE, jobRaw, minimalRaw, rawWith } from '../../test-support/config';

/** The warning for jars of a Spark line whose SHA-256 is not pinned yet, if any. */
function checksumWarnings(line: string): string[] {
  const unpinned = unpinnedJars(line);
  return unpinned.length === 0
    ? []
    : [
        expect.stringMatching(
          new RegExp(`^spark\\.line ${line.replace('.', '\\.')}: no pinned SHA-256 yet for .*npm run checksums`),
        ),
      ];
}

describe('unpinned jar checksums', () => {
  it('are named in one warning line per config', () => {
    const { warnings } = validateConfig(rawWith({ spark: { line: '4.0' } }), 'test.yaml');
    const unpinned = unpinnedJars('4.0');
    expect(warnings).toEqual(checksumWarnings('4.0'));
    for (const jar of unpinned) expect(warnings[0]).toContain(`${jar.artifact}-${jar.version}.jar`);
  });
});

const dir = mkdtempSync(path.join(tmpdir(), 'spark-eks-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function writeConfig(name: string, text: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

const job = (overrides: Record<string, unknown> = {}) =>
  jobRaw({ driver: { cores: 1, memory: '512m' }, executor: { cores: 1, memory: '512m', instances: 2 }, ...overrides });
const errorFor = (raw: unknown) => configErrorFor(raw);

describe('loadConfig', () => {
  it('loads the shipped default config with every default filled in', () => {
    const { config, warnings } = loadConfig(DEFAULT_CONFIG_FILE);
    expect(config.prefix).toBe('spark-eks');
    expect(config.cluster.kubernetesVersion).toBe('1.36');
    expect(config.cluster.supportType).toBe('EXTENDED');
    expect(config.sparkOperator.chartVersion).toBe('2.5.2');
    expect(config.cluster.publicAccessCidrs).toEqual(['192.0.2.0/24']);
    expect(warnings[0]).toMatch(/cluster\.publicAccessCidrs .*192\.0\.2\.0\/24.* before deploying/);
    expect(warnings.slice(1)).toEqual(checksumWarnings('4.0'));
  });

  it('returns a deeply frozen config', () => {
    const { config } = loadConfig(DEFAULT_CONFIG_FILE);
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.network)).toBe(true);
    expect(Object.isFrozen(config.namespaces.jobs)).toBe(true);
  });

  it('fills defaults for a minimal config', () => {
    const { config, warnings } = validateConfig(minimalRaw(), 'test.yaml');
    expect(config.network).toEqual({ vpcCidr: '10.0.0.0/16', azCount: 2, natGateways: 'single', vpcEndpoints: true });
    expect(config.cluster.publicAccessCidrs).toEqual([]);
    expect(config.dataBucket.allowDestroy).toBe(false);
    expect(warnings.some((w) => w.includes('allowDestroy'))).toBe(false);
    expect(warnings).toEqual(checksumWarnings('4.0'));
  });

  it("warns about the version's support window for the day it is given, and takes SPARK_EKS_TODAY", () => {
    const raw = rawWith({ cluster: { kubernetesVersion: '1.35', supportType: 'STANDARD' } });
    const on = (today?: string) =>
      validateConfig(raw, 'test.yaml', today ? { today } : {}).warnings.filter((w) =>
        w.startsWith('cluster.kubernetesVersion'),
      );
    expect(on('2026-12-02')).toEqual([]);
    expect(on('2027-03-01')).toEqual([
      expect.stringMatching(/on 2027-03-27 \(in 26 days\): with cluster\.supportType STANDARD, AWS then upgrades/),
    ]);
    // The jest run sets SPARK_EKS_TODAY to 2026-12-02 (test-support/global-setup.ts).
    expect(process.env.SPARK_EKS_TODAY).toBe('2026-12-02');
    expect(on()).toEqual([]);
  });

  it('takes the day the same way for a config chosen as the commands choose it, and names SPARK_EKS_TODAY when it is wrong', () => {
    // JSON is YAML: the file is the raw config as it is.
    const file = writeConfig(
      'support.yaml',
      JSON.stringify(rawWith({ cluster: { kubernetesVersion: '1.35', supportType: 'STANDARD' } })),
    );
    const choice = chooseConfig(file, {}, dir);
    const supportWarnings = (options = {}) =>
      loadConfig(choice, options).warnings.filter((w) => w.startsWith('cluster.kubernetesVersion'));
    expect(supportWarnings({ today: '2027-03-01' })).toEqual([expect.stringMatching(/on 2027-03-27 \(in 26 days\)/)]);
    expect(supportWarnings()).toEqual([]);
    const saved = process.env.SPARK_EKS_TODAY;
    process.env.SPARK_EKS_TODAY = '2027-03-01';
    try {
      expect(supportWarnings()).toEqual([expect.stringMatching(/on 2027-03-27 \(in 26 days\)/)]);
      process.env.SPARK_EKS_TODAY = '2027-02-30';
      expect(() => loadConfig(choice)).toThrow(
        /^SPARK_EKS_TODAY: expected a calendar day written YYYY-MM-DD, e\.g\. 2026-12-02 \(got "2027-02-30"\)$/,
      );
    } finally {
      process.env.SPARK_EKS_TODAY = saved;
    }
  });

  it('refuses a pin of kube-proxy or vpc-cni, saying the cluster has no such add-on, and takes a CoreDNS pin', () => {
    const message = errorFor(
      rawWith({ cluster: { addonVersions: { 'kube-proxy': 'v1.35.3-eksbuild.13', 'vpc-cni': 'v1.22.4-eksbuild.3' } } }),
    ).message.split('\n');
    expect(message).toEqual([
      'test.yaml: cluster.addonVersions.vpc-cni: the cluster has no vpc-cni add-on: it is a DaemonSet for EC2 nodes, and this cluster runs only Fargate (Fargate brings its own copy of the VPC CNI on every Fargate node, EKS user guide); remove this key (got "v1.22.4-eksbuild.3")',
      'test.yaml: cluster.addonVersions.kube-proxy: the cluster has no kube-proxy add-on: it is a DaemonSet for EC2 nodes, and this cluster runs only Fargate (kube-proxy is not deployed to Fargate nodes, EKS user guide); remove this key (got "v1.35.3-eksbuild.13")',
    ]);
    const { config } = validateConfig(rawWith({ cluster: { addonVersions: { coredns: 'v1.14.3-eksbuild.3' } } }), 'x');
    expect(config.cluster.addonVersions).toEqual({ coredns: 'v1.14.3-eksbuild.3' });
    expect(errorFor(rawWith({ cluster: { addonVersions: { coredns: '1.14.3' } } })).message).toBe(
      'test.yaml: cluster.addonVersions.coredns: expected an EKS add-on version such as v1.14.3-eksbuild.3 (got "1.14.3")',
    );
  });

  it('takes more principals that may push images, as IAM role or user ARNs', () => {
    const ci = 'arn:aws:iam::111122223333:role/ci/Deployer';
    expect(validateConfig(rawWith({ ecr: { pushPrincipalArns: [ci] } }), 'x').config.ecr.pushPrincipalArns).toEqual([
      ci,
    ]);
    expect(
      errorFor(rawWith({ ecr: { pushPrincipalArns: ['arn:aws:sts::111122223333:assumed-role/Ci/s'] } })).message,
    ).toBe(
      'test.yaml: ecr.pushPrincipalArns[0]: expected an IAM role or user ARN such as arn:aws:iam::123456789012:role/Deployer (got "arn:aws:sts::111122223333:assumed-role/Ci/s")',
    );
  });

  it('refuses a TTL on a job that keeps its run, and runOnEveryDeploy on a scheduled one, saying what to choose', () => {
    const lines = errorFor(
      rawWith({
        jobs: [
          jobRaw({ timeToLiveSeconds: 600 }),
          jobRaw({ name: 'nightly', runOnEveryDeploy: true, schedule: { cron: '@daily' } }),
        ],
      }),
    ).message.split('\n');
    expect(lines).toEqual([
      'test.yaml: jobs[0] (spark-pi).timeToLiveSeconds: a job without schedule keeps its finished run until the next change to it, so that the plan stays empty; a TTL would delete it and make every deploy run it again: set runOnEveryDeploy: true to mean that, or remove timeToLiveSeconds (got 600)',
      'test.yaml: jobs[1] (nightly).runOnEveryDeploy: a scheduled job runs on its schedule, not on deploys; remove runOnEveryDeploy, or the schedule to run the job on every deploy (got true)',
      expect.stringMatching(/^test\.yaml: jobs\[1\] \(nightly\)\.name: has no folder/),
    ]);
    const ok = validateConfig(rawWith({ jobs: [jobRaw({ runOnEveryDeploy: true, timeToLiveSeconds: 60 })] }), 'x');
    expect(ok.config.jobs[0]).toMatchObject({ runOnEveryDeploy: true, timeToLiveSeconds: 60 });
  });

  it('refuses a supportType EKS does not know', () => {
    expect(errorFor(rawWith({ cluster: { supportType: 'LTS' } })).message).toBe(
      'test.yaml: cluster.supportType: expected one of "STANDARD", "EXTENDED" (got "LTS")',
    );
  });

  it('warns, naming the key and the stack, when the config lets a destroy delete the data', () => {
    const { warnings } = validateConfig(rawWith({ dataBucket: { allowDestroy: true } }), 'test.yaml');
    expect(warnings).toContain(
      'dataBucket.allowDestroy is true: destroying the spark-eks-data stack deletes the data bucket with every object and version in it, and schedules its KMS key for deletion. Set it back to false to keep the data.',
    );
  });

  it('names a missing file, and the option that named it', () => {
    const file = path.join(dir, 'missing.yaml');
    expect(() => loadConfig(file)).toThrow(new RegExp(`^${file}: config file not found$`));
    const viaOption = chooseConfig('missing.yaml', { INIT_CWD: dir }, PROJECT_ROOT);
    expect(() => loadConfig(viaOption)).toThrow(
      `missing.yaml: config file not found (named by --config, read as ${file}; pass --config an existing YAML file, relative to the folder you run npm in)`,
    );
    const viaEnv = chooseConfig(undefined, { SPARK_EKS_CONFIG: file }, PROJECT_ROOT);
    expect(() => loadConfig(viaEnv)).toThrow(
      `${file}: config file not found (named by SPARK_EKS_CONFIG; set SPARK_EKS_CONFIG to an existing YAML file, relative to the project root, or pass --config FILE)`,
    );
  });

  it('names a folder given as the config, and the option that named it', () => {
    expect(() => loadConfig(chooseConfig(dir, {}, PROJECT_ROOT))).toThrow(
      `${dir}: is not a file (named by --config; pass --config an existing YAML file, relative to the folder you run npm in)`,
    );
  });

  it('names the line of a YAML syntax error', () => {
    const file = writeConfig('syntax.yaml', 'region: eu-west-1\nprefix: [unclosed\nstateBucket: {}\n');
    expect(() => loadConfig(file)).toThrow(/syntax\.yaml: line \d+, column \d+: YAML syntax error/);
  });

  it('refuses a YAML key given twice', () => {
    const file = writeConfig('dupkey.yaml', 'region: eu-west-1\nregion: us-east-1\n');
    expect(() => loadConfig(file)).toThrow(
      /dupkey\.yaml: line 2, column 1: YAML syntax error: Map keys must be unique/,
    );
  });

  it('refuses an empty file', () => {
    const file = writeConfig('empty.yaml', '# nothing\n');
    expect(() => loadConfig(file)).toThrow(/empty\.yaml: the file is empty/);
  });
});

describe('config errors name the file, the key path, the bad value and what is allowed', () => {
  const cases: [string, Record<string, unknown>, string, RegExp][] = [
    [
      'unknown key (typo)',
      rawWith({ network: { azCout: 3 } }),
      'network.azCout',
      /unknown key; did you mean "azCount"\?/,
    ],
    [
      'wrong type',
      rawWith({ network: { azCount: 'two' } }),
      'network.azCount',
      /expected a number, not text \(got "two"\)/,
    ],
    ['missing required key', { region: 'eu-west-1', prefix: 'spark-eks' }, 'stateBucket', /required key is missing/],
    [
      'malformed CIDR',
      rawWith({ network: { vpcCidr: '10.0.0/16' } }),
      'network.vpcCidr',
      /expected an IPv4 CIDR block .*\(got "10\.0\.0\/16"\)/,
    ],
    [
      'CIDR with host bits',
      rawWith({ network: { vpcCidr: '10.0.0.1/16' } }),
      'network.vpcCidr',
      /expected the network address 10\.0\.0\.0\/16/,
    ],
    [
      'public CIDR that is not a CIDR',
      rawWith({ cluster: { publicAccessCidrs: ['203.0.113.7'] } }),
      'cluster.publicAccessCidrs[0]',
      /expected an IPv4 CIDR block/,
    ],
    [
      'VPC too small for its subnets',
      rawWith({ network: { vpcCidr: '10.0.0.0/24', azCount: 3 } }),
      'network.vpcCidr',
      /a \/24 VPC is too small: it cannot hold 3 private subnets of at least \/24.*\/16 to \/22 \(got "10\.0\.0\.0\/24"\)/,
    ],
    ['AZ count below 2', rawWith({ network: { azCount: 1 } }), 'network.azCount', /must be 2 or 3 \(got 1\)/],
    ['AZ count above 3', rawWith({ network: { azCount: 4 } }), 'network.azCount', /must be 2 or 3 \(got 4\)/],
    [
      'malformed admin ARN',
      rawWith({ cluster: { adminPrincipalArns: ['arn:aws:iam::12345:role/Admin'] } }),
      'cluster.adminPrincipalArns[0]',
      /expected an IAM role or user ARN/,
    ],
    [
      'admin ARN that is not a role or user',
      rawWith({ cluster: { adminPrincipalArns: ['arn:aws:iam::123456789012:group/Admins'] } }),
      'cluster.adminPrincipalArns[0]',
      /expected an IAM role or user ARN/,
    ],
    [
      'unknown region',
      rawWith({ region: 'eu-west-9' }),
      'region',
      /unknown AWS region; expected one of .*eu-west-1.* \(got "eu-west-9"\)/,
    ],
    [
      'prefix too long for AWS names',
      rawWith({ prefix: 'a-very-long-prefix-for-names' }),
      'prefix',
      /at most 20 characters/,
    ],
    [
      'prefix with invalid characters',
      rawWith({ prefix: 'Spark_EKS' }),
      'prefix',
      /lowercase letters, digits and single '-'/,
    ],
    ['prefix ending in a hyphen', rawWith({ prefix: 'spark-' }), 'prefix', /ending with a letter or digit/],
    [
      'memory string like 512x',
      rawWith({
        namespaces: { jobs: ['spark-jobs'] },
        jobs: [job(), job({ name: 'b', executor: { cores: 1, memory: '512x', instances: 1 } })],
      }),
      'jobs[1] (b).executor.memory',
      /expected a Spark memory size: .*512m.* \(got "512x"\)/,
    ],
    [
      'zero executor instances',
      rawWith({ jobs: [job({ executor: { cores: 1, memory: '512m', instances: 0 } })] }),
      'jobs[0] (spark-pi).executor.instances',
      /must be at least 1 \(got 0\)/,
    ],
    [
      'negative executor instances',
      rawWith({ jobs: [job({ executor: { cores: 1, memory: '512m', instances: -2 } })] }),
      'jobs[0] (spark-pi).executor.instances',
      /must be at least 1 \(got -2\)/,
    ],
    [
      'zero driver cores',
      rawWith({ jobs: [job({ driver: { cores: 0, memory: '1g' } })] }),
      'jobs[0] (spark-pi).driver.cores',
      /must be at least 1 \(got 0\)/,
    ],
    [
      'duplicate job names',
      rawWith({ jobs: [job(), job()] }),
      'jobs[1] (spark-pi).name',
      /duplicate job name; .*\(got "spark-pi"\)/,
    ],
    [
      'unsupported Kubernetes version',
      rawWith({ cluster: { kubernetesVersion: '1.29' } }),
      'cluster.kubernetesVersion',
      /expected one of 1\.32, 1\.33, 1\.34, 1\.35, 1\.36 \(got "1\.29"\)/,
    ],
    [
      'Kubernetes version as a number',
      rawWith({ cluster: { kubernetesVersion: 1.35 } }),
      'cluster.kubernetesVersion',
      /^test\.yaml: cluster\.kubernetesVersion: expected a Kubernetes version, one of 1\.32, .*, as text: YAML reads the unquoted 1\.35 as a number; quote it: '1\.35' \(got 1\.35\)$/,
    ],
    [
      'unsupported chart version',
      rawWith({ sparkOperator: { chartVersion: '1.1.6' } }),
      'sparkOperator.chartVersion',
      /expected a 2\.x chart version .*\(got "1\.1\.6"\)/,
    ],
    [
      'unsupported Spark line',
      rawWith({ spark: { line: '3.4' } }),
      'spark.line',
      /unsupported Spark line; expected one of 4\.0 \(got "3\.4"\)/,
    ],
    [
      'the Spark line the operator does not submit',
      rawWith({ spark: { line: '3.5' } }),
      'spark.line',
      /Spark 3\.5 is not offered: the Spark Operator \(chart 2\.5\.2\) submits every job with its own spark-submit, which is Spark 4\.0\.4.*; use "4\.0" \(got "3\.5"\)/,
    ],
    [
      'a chart version whose operator Spark is unknown',
      rawWith({ sparkOperator: { chartVersion: '2.6.0' } }),
      'sparkOperator.chartVersion',
      /the Spark of this chart's operator image is not known.*expected one of 2\.5\.2 \(got "2\.6\.0"\)/,
    ],
    [
      'public access from anywhere without opting in',
      rawWith({ cluster: { publicAccessCidrs: ['0.0.0.0/0'] } }),
      'cluster.publicAccessCidrs[0]',
      /whole internet.*allowPublicAccessFromAnywhere/,
    ],
    [
      'invalid state bucket name',
      rawWith({ stateBucket: { name: 'My_Bucket' } }),
      'stateBucket.name',
      /not a valid S3 bucket name/,
    ],
    [
      'log retention CloudWatch does not offer',
      rawWith({ logging: { retentionDays: 10 } }),
      'logging.retentionDays',
      /expected one of 1, 3, 5, 7, 14, 30/,
    ],
    [
      'job in a namespace without a Fargate profile',
      rawWith({ jobs: [job({ namespace: 'other' })] }),
      'jobs[0] (spark-pi).namespace',
      /without a Fargate profile; expected one of namespaces\.jobs: spark-jobs/,
    ],
    [
      'job name that is not a DNS label',
      rawWith({ jobs: [job({ name: 'Spark_Pi' })] }),
      'jobs[0] (Spark_Pi).name',
      /must be a DNS label/,
    ],
    [
      'bad cron expression',
      rawWith({ jobs: [job({ schedule: { cron: '61 * * * *' } })] }),
      'jobs[0] (spark-pi).schedule.cron',
      /minute field "61"/,
    ],
    [
      'a job namespace Kubernetes owns',
      rawWith({ namespaces: { jobs: ['kube-system'] } }),
      'namespaces.jobs[0]',
      /kube-system is managed by Kubernetes or EKS/,
    ],
    [
      'operator namespace that is also a job namespace',
      rawWith({ namespaces: { operator: 'spark-jobs' } }),
      'namespaces.operator',
      /must differ from every job namespace/,
    ],
    [
      'Maven repository that is not an http(s) URL',
      rawWith({ imageBuild: { mavenRepository: 'maven.example.com/maven2' } }),
      'imageBuild.mavenRepository',
      /expected an http:\/\/ or https:\/\/ URL of a Maven repository.*\(got "maven\.example\.com\/maven2"\)/,
    ],
    [
      'image build network that Docker builds do not offer',
      rawWith({ imageBuild: { network: 'bridge' } }),
      'imageBuild.network',
      /default.*host.*\(got "bridge"\)/,
    ],
    [
      'operator size that is not a Fargate size',
      rawWith({ sparkOperator: { controllerSize: { vcpu: 1, memoryGiB: 1 } } }),
      'sparkOperator.controllerSize',
      /not a Fargate size/,
    ],
  ];

  it.each(cases)('%s', (_name, raw, keyPath, message) => {
    const error = errorFor(raw);
    const line = error.message.split('\n').find((l) => l.startsWith(`test.yaml: ${keyPath}: `));
    expect(line).toBeDefined();
    expect(line).toMatch(message);
  });

  it('reports a section’s cross-checks even when another section has errors', () => {
    const error = errorFor(
      rawWith({ region: 'mars-1', network: { vpcCidr: '10.0.0.0/26' }, namespaces: { operator: 'spark-jobs' } }),
    );
    expect(error.problems.map((p) => p.path)).toEqual(['region', 'network.vpcCidr', 'namespaces.operator']);
  });

  it('reports one line per problem, all at once', () => {
    const error = errorFor(rawWith({ region: 'mars-1', network: { azCount: 9 } }));
    expect(error.message.split('\n')).toEqual([
      expect.stringMatching(/^test\.yaml: region: unknown AWS region/),
      expect.stringMatching(/^test\.yaml: network\.azCount: must be 2 or 3/),
    ]);
    expect(error.problems.map((p) => p.path)).toEqual(['region', 'network.azCount']);
  });

  it('accepts 0.0.0.0/0 when the config says so explicitly', () => {
    const raw = rawWith({ cluster: { publicAccessCidrs: ['0.0.0.0/0'], allowPublicAccessFromAnywhere: true } });
    expect(validateConfig(raw, 'test.yaml').config.cluster.publicAccessCidrs).toEqual(['0.0.0.0/0']);
  });

  it('names a job whose folder is missing', () => {
    const error = errorFor(rawWith({ jobs: [job({ name: 'no-such-job' })] }));
    expect(error.message).toMatch(
      /^test\.yaml: jobs\[0\] \(no-such-job\)\.name: has no folder docker\/jobs\/no-such-job\//,
    );
  });
});

/** Every key name the schema accepts, at any depth. */
function schemaKeys(schema: z.core.$ZodType): string[] {
  const def = schema._zod.def as {
    type: string;
    shape?: Record<string, z.core.$ZodType>;
    element?: z.core.$ZodType;
    innerType?: z.core.$ZodType;
    in?: z.core.$ZodType;
  };
  if (def.type === 'object' && def.shape) {
    return Object.entries(def.shape).flatMap(([key, child]) => [key, ...schemaKeys(child)]);
  }
  const inner = def.element ?? def.innerType ?? def.in;
  return inner ? schemaKeys(inner) : [];
}

describe('config/example.yaml', () => {
  it('says what a job folder holds as the README does, and its jobs’ folders hold only code', () => {
    const doc = parseDocument(readFileSync(path.join(PROJECT_ROOT, 'config', 'example.yaml'), 'utf8'));
    const jobsKey = (doc.contents as YAMLMap).items.find((item) => isScalar(item.key) && item.key.value === 'jobs');
    const comment = (jobsKey?.key as Scalar).commentBefore ?? '';
    expect(comment).toContain('needs nothing but its code');
    expect(comment).toContain('The shared docker/job/Dockerfile builds it');
    expect(comment).toContain('wheels only');
    expect(comment).not.toMatch(/with its Dockerfile/);
    const readme = readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8').replace(/\s+/g, ' ');
    expect(readme).toContain('which needs nothing but your code');
    for (const job of loadConfig(path.join(PROJECT_ROOT, 'config', 'example.yaml')).config.jobs) {
      expect(readdirSync(path.join(PROJECT_ROOT, 'docker', 'jobs', job.name))).not.toContain('Dockerfile');
    }
  });

  it('documents every key of the schema', () => {
    const text = readFileSync(path.join(PROJECT_ROOT, 'config', 'example.yaml'), 'utf8');
    const missing = [...new Set(schemaKeys(configSchema))].filter(
      (key) => !new RegExp(`(^|[\\s{,'#])${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}'?:`, 'm').test(text),
    );
    expect(missing).toEqual([]);
  });

  it('is a valid config that sets every top-level key', () => {
    const file = path.join(PROJECT_ROOT, 'config', 'example.yaml');
    const { config, warnings } = loadConfig(file);
    // Its public CIDR is a documentation range and its account ID AWS's example one, to be replaced: synth says so.
    expect(warnings).toEqual([
      expect.stringMatching(/198\.51\.100\.0\/24/),
      expect.stringMatching(
        /^cluster\.adminPrincipalArns\[0\] arn:aws:iam::123456789012:role\/PlatformAdmin holds 123456789012/,
      ),
      expect.stringMatching(/^stateBucket\.name spark-prod-tfstate-123456789012 holds 123456789012/),
      ...checksumWarnings('4.0'),
    ]);
    expect(Object.keys(config).sort()).toEqual(
      [
        'region',
        'prefix',
        'tags',
        'network',
        'cluster',
        'namespaces',
        'sparkOperator',
        'historyServer',
        'spark',
        'stateBucket',
        'dataBucket',
        'ecr',
        'imageBuild',
        'logging',
        'jobs',
      ].sort(),
    );
    const text = readFileSync(file, 'utf8');
    for (const key of Object.keys(config)) expect(text).toMatch(new RegExp(`^${key}:`, 'm'));
  });
});
