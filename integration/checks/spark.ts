/**
 * Spark for real (issue 9, check 3): every job of a config runs its main file, from the job image's own build
 * context, with `spark-submit` in local mode, with PySpark from PyPI at the SparkApplication's `sparkVersion`, the
 * S3A jars the base image downloads (fetched with Maven, verified against src/spark/checksums.json), the
 * application's own sparkConf and hadoopConf, and a moto server standing in for S3 and STS that holds the data
 * bucket as the core and jobs stacks seed it. Everything is read from the synthesized JSON.
 *
 * The data bucket's name is resolved through the cross-stack reference to the core stack's output and on to the
 * `aws_s3_bucket` resource; the one value only AWS knows, the account id of `data.aws_caller_identity`, is moto's
 * default account 123456789012.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { listFiles } from '../../src/docker/context-hash';
import { afterDockerignore, contextFileAt } from '../../src/docker/dockerfile';
import { mavenPath, s3aJars, SPARK_VERSIONS, SparkLineVersions } from '../../src/spark/versions';
import { installOnce } from '../lib/cache';
import { CommandError, run } from '../lib/exec';
import { CheckError, Problem, Reporter } from '../lib/report';
import { Stage } from '../lib/stage';
import { INTEGRATION_ROOT, PROJECT_ROOT, resources, StackJson, SynthesizedEnv } from '../lib/synth';
import { coordinates, ensureJars, FetchedJar, JarCoordinates } from '../tools/maven';
import { ensurePySpark, pipInstall, Venv } from '../tools/python';
import { checkPi, checkSuccess, checkWeather } from '../lib/job-outputs';
import { engines } from '../engines';
import { MOTO_ACCOUNT, motoVenv, S3Engine } from '../engines/s3';

/** moto's default account: what `data.aws_caller_identity` resolves to against it. */
const ACCOUNT_ID = MOTO_ACCOUNT;
const HELPERS = path.join(INTEGRATION_ROOT, 'checks', 'spark');
const CHECKSUMS_FILE = 'src/spark/checksums.json';

/**
 * How each credentials provider the project may configure gets credentials here. `localSts: true` runs it as on EKS:
 * AWS_ROLE_ARN and AWS_WEB_IDENTITY_TOKEN_FILE as the pod identity webhook sets them, with AWS_ENDPOINT_URL_STS
 * pointing the SDK's STS client at moto (service-specific endpoint overrides arrived in SDK v2 2.28.1; the 4.0 line
 * adds SDK 2.29.52), and requires that the job called it: S3A gets its credentials through the whole web-identity
 * chain, with no static keys. A provider whose SDK cannot be pointed at a local STS would run with static keys from
 * the environment instead (`staticProvider`), its class still loaded by name in spark/classpath.
 */
const PROVIDERS: Record<string, { sdk: 'v1' | 'v2'; localSts: boolean; staticProvider: string }> = {
  'software.amazon.awssdk.auth.credentials.WebIdentityTokenFileCredentialsProvider': {
    sdk: 'v2',
    localSts: true,
    staticProvider: 'software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider',
  },
};
const SDK_INTERFACE = {
  v1: 'com.amazonaws.auth.AWSCredentialsProvider',
  v2: 'software.amazon.awssdk.auth.credentials.AwsCredentialsProvider',
} as const;
const PROVIDER_KEY = 'fs.s3a.aws.credentials.provider';

const SPARK_SUBMIT_TIMEOUT_MS = 5 * 60_000;
/** The machine has 2 cores; local mode runs the executors' tasks in the driver JVM. */
const MASTER = 'local[2]';

interface LineTools {
  readonly line: string;
  readonly versions: SparkLineVersions;
  readonly venv: Venv;
  /** The pyspark package folder: SPARK_HOME of a pip-installed PySpark. */
  readonly sparkHome: string;
  readonly jarsDir: string;
  readonly jars: readonly FetchedJar[];
}

interface SparkTools {
  readonly java: string;
  readonly moto: Venv;
  readonly motoVersion: string;
  readonly lines: readonly LineTools[];
}

export const stage: Stage<SparkTools> = {
  name: 'spark',
  order: 40,
  install,
  check,
};

async function install(): Promise<{ tools: SparkTools; figure: string }> {
  const javaVersion = await run('java', ['-version']);
  const java = /version "([^"]+)"/.exec(javaVersion.stderr)?.[1];
  if (!java || !/^17\./.test(java)) throw new Error(`Spark needs JDK 17 (the official images' Java); found ${java}`);
  const moto = await motoVenv();
  const motoVersion = (await run(moto.python, ['-c', 'import moto; print(moto.__version__)'])).stdout.trim();
  const lines: LineTools[] = [];
  for (const [line, versions] of Object.entries(SPARK_VERSIONS) as [string, SparkLineVersions][]) {
    // The line's exact Spark, as src/spark/versions.ts pins it.
    const { venv, sparkHome } = await ensurePySpark(`pyspark-${line}`, versions.sparkVersion);
    const { dir, jars } = await ensureJars(`spark-${line}`, s3aJars(line));
    lines.push({ line, versions, venv, sparkHome, jarsDir: dir, jars });
  }
  return {
    tools: { java, moto, motoVersion, lines },
    figure: [
      `pyspark ${lines.map((line) => line.versions.sparkVersion).join(', ')}`,
      `${lines.reduce((sum, line) => sum + line.jars.length, 0)} S3A jars SHA-256 verified`,
      `moto ${motoVersion}`,
      `JDK ${java}`,
    ].join(', '),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Reading the synthesized JSON

interface Where {
  readonly stack: string;
  readonly resource: string;
}

/** A Terraform reference this suite can evaluate without AWS, resolved from the synthesized stacks. */
function resolver(env: SynthesizedEnv) {
  const find = (stackName: string, type: string, name: string): StackJson | undefined =>
    (env.stack(stackName).resource?.[type] as Record<string, StackJson> | undefined)?.[name];

  const expression = (stackName: string, expr: string): string => {
    const remote = /^data\.terraform_remote_state\.cross-stack-reference-input-([\w-]+)\.outputs\.([\w-]+)$/.exec(expr);
    if (remote) {
      const output = env.stack(remote[1]).output?.[remote[2]] as { value?: unknown } | undefined;
      if (typeof output?.value !== 'string') throw new Error(`stack ${remote[1]} has no string output ${remote[2]}`);
      return resolve(remote[1], output.value);
    }
    if (/^data\.aws_caller_identity\.[\w-]+\.account_id$/.test(expr)) return ACCOUNT_ID;
    const attribute = /^([a-z0-9_]+)\.([\w-]+)\.(.+)$/.exec(expr);
    if (attribute) {
      const [, type, name, attr] = attribute;
      const body = find(stackName, type, name);
      if (!body) throw new Error(`${stackName} has no resource ${type}.${name}`);
      if (type === 'aws_s3_bucket' && (attr === 'id' || attr === 'bucket')) return resolve(stackName, body.bucket);
      if (type === 'aws_iam_role' && attr === 'arn') {
        return `arn:aws:iam::${ACCOUNT_ID}:role/${resolve(stackName, body.name)}`;
      }
      // A plain attribute path such as metadata[0].name (blocks are lists in HCL, objects in the JSON).
      let value: unknown = body;
      for (const part of attr.split('.')) {
        const [key, index] = /^([\w-]+)(?:\[(\d+)\])?$/.exec(part)?.slice(1) ?? [part];
        value = (value as Record<string, unknown> | undefined)?.[key];
        if (index !== undefined && Array.isArray(value)) value = value[Number(index)];
      }
      if (typeof value === 'string') return resolve(stackName, value);
    }
    throw new Error(`cannot resolve \${${expr}} in ${stackName} without AWS`);
  };

  const resolve = (stackName: string, value: unknown): string => {
    if (typeof value !== 'string') throw new Error(`expected a string, got ${JSON.stringify(value)}`);
    return value.replace(/\$\{([^}]+)\}/g, (_, expr: string) => expression(stackName, expr.trim()));
  };
  return resolve;
}

interface Job {
  readonly name: string;
  readonly where: Where;
  /** `spec` of a SparkApplication, `spec.template` of a ScheduledSparkApplication. */
  readonly spec: StackJson;
  /** Attribute path of the spec inside the resource. */
  readonly specPath: string;
  readonly namespace: string;
}

function jobsOf(env: SynthesizedEnv): Job[] {
  const stackName = env.stackName('jobs');
  const jobs: Job[] = [];
  for (const [type, name, body] of resources(env.stack(stackName))) {
    if (type !== 'kubernetes_manifest') continue;
    const manifest = body.manifest as StackJson;
    const where = { stack: stackName, resource: `${type}.${name}` };
    if (manifest.kind === 'SparkApplication') {
      jobs.push({
        name: manifest.metadata.name,
        where,
        spec: manifest.spec,
        specPath: 'manifest.spec',
        namespace: manifest.metadata.namespace,
      });
    } else if (manifest.kind === 'ScheduledSparkApplication') {
      jobs.push({
        name: manifest.metadata.name,
        where,
        spec: manifest.spec.template,
        specPath: 'manifest.spec.template',
        namespace: manifest.metadata.namespace,
      });
    }
  }
  return jobs;
}

/** The S3A jars the base image build downloads: its synthesized build args, `<NAME>_JAR` paths and `<NAME>_SHA256`. */
function baseImageJars(env: SynthesizedEnv): { jars: JarCoordinates[]; where: Where } {
  const stackName = env.stackName('platform');
  const found = resources(env.stack(stackName)).filter(
    ([type, , body]) => type === 'docker_image' && body.build?.build_args?.SPARK_IMAGE,
  );
  if (found.length !== 1) {
    throw new CheckError({
      message: `expected one docker_image with a SPARK_IMAGE build arg (the base image), found ${found.length}`,
      location: { stack: stackName },
    });
  }
  const [type, name, body] = found[0];
  const args = body.build.build_args as Record<string, string>;
  const jars: JarCoordinates[] = [];
  // JARS: `<group path>/<artifact>/<version>/<artifact>-<version>.jar=<sha256>`, space-separated.
  for (const entry of (args.JARS ?? '').split(' ').filter(Boolean)) {
    const [value, sha256] = entry.split('=');
    const parts = value.split('/');
    const [version, artifact] = [parts[parts.length - 2], parts[parts.length - 3]];
    const group = parts.slice(0, -3).join('.');
    jars.push({ group, artifact, version, sha256: sha256 || undefined });
  }
  return { jars, where: { stack: stackName, resource: `${type}.${name}` } };
}

// ---------------------------------------------------------------------------------------------------------------
// The checks

async function check(env: SynthesizedEnv, reporter: Reporter, tools: SparkTools): Promise<void> {
  const resolve = resolver(env);
  const jobsStack = env.stackName('jobs');
  const jobs = jobsOf(env);
  const work = mkdtempSync(path.join(tmpdir(), 'spark-eks-spark-'));
  let moto: S3Engine | undefined;
  try {
    // The line each job runs: the one whose sparkVersion the SparkApplication names.
    const lineOf = (job: Job): LineTools => {
      const found = tools.lines.find((line) => line.versions.sparkVersion === job.spec.sparkVersion);
      if (!found) {
        throw new CheckError({
          message: `sparkVersion ${job.spec.sparkVersion} is no Spark line of src/spark/versions.ts`,
          location: { ...job.where, attribute: `${job.specPath}.sparkVersion` },
        });
      }
      return found;
    };

    await reporter.check(env.label, 'spark/classpath', () => checkClasspath(env, jobs, lineOf));

    let bucket = '';
    let eventPrefix = '';
    const seeded = await reporter.check(env.label, 'spark/bucket', async () => {
      moto = await engines.s3();
      const result = await seedBucket(env, jobs, resolve, tools, moto, work);
      bucket = result.bucket;
      eventPrefix = result.eventPrefix;
      return result.figure;
    });

    for (const job of jobs) {
      await reporter.check(env.label, `spark/${job.name}`, async () => {
        if (!seeded || !moto)
          throw new CheckError({ message: 'not run: the data bucket could not be seeded (see spark/bucket)' });
        return runJob({ env, job, line: lineOf(job), tools, moto, bucket, eventPrefix, resolve, jobsStack, work });
      });
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * The classpath each job's driver gets: the base image's S3A jars (as the synthesized build args name them, which
 * must be exactly the fetched and verified ones), PySpark's bundled Hadoop of the same version as hadoop-aws, and
 * the credentials provider each job configures, loaded by name from that classpath.
 */
async function checkClasspath(
  env: SynthesizedEnv,
  jobs: readonly Job[],
  lineOf: (job: Job) => LineTools,
): Promise<string> {
  const problems: Problem[] = [];
  const base = baseImageJars(env);
  const lines = [...new Set(jobs.map(lineOf))];
  if (lines.length === 0)
    throw new CheckError({
      message: 'the jobs stack has no SparkApplication',
      location: { stack: env.stackName('jobs') },
    });
  const checksums = JSON.parse(readFileSync(path.join(PROJECT_ROOT, CHECKSUMS_FILE), 'utf8')) as Record<string, string>;
  for (const line of lines) {
    const fetched = new Set(line.jars.map((jar) => `${coordinates(jar)}=${jar.sha256}`));
    const built = new Set(base.jars.map((jar) => `${coordinates(jar)}=${jar.sha256}`));
    for (const jar of base.jars) {
      const pinned = checksums[coordinates(jar)];
      if (!pinned)
        problems.push({
          message: `${coordinates(jar)} has no SHA-256 in ${CHECKSUMS_FILE}`,
          location: { ...base.where, attribute: 'build.build_args' },
        });
      else if (pinned !== jar.sha256)
        problems.push({
          message: `${coordinates(jar)}: build arg SHA-256 ${jar.sha256}, ${CHECKSUMS_FILE} ${pinned}`,
          location: { ...base.where, attribute: 'build.build_args' },
        });
      if (!fetched.has(`${coordinates(jar)}=${jar.sha256}`)) {
        problems.push({
          message: `the base image downloads ${coordinates(jar)}, which Spark ${line.versions.sparkVersion}'s verified jars do not include`,
          location: { ...base.where, attribute: `build.build_args (${mavenPath(jar)})` },
        });
      }
    }
    for (const jar of line.jars) {
      if (!built.has(`${coordinates(jar)}=${jar.sha256}`)) {
        problems.push({
          message: `src/spark/versions.ts pins ${coordinates(jar)} for Spark ${line.versions.sparkVersion}, which the base image does not download`,
          location: { ...base.where, attribute: 'build.build_args' },
        });
      }
    }
    const clientApi = readdirSync(path.join(line.sparkHome, 'jars'))
      .map((file) => /^hadoop-client-api-(.+)\.jar$/.exec(file)?.[1])
      .filter((version): version is string => Boolean(version));
    const hadoopAws = line.jars.find((jar) => jar.artifact === 'hadoop-aws')?.version;
    if (
      clientApi.length !== 1 ||
      clientApi[0] !== line.versions.hadoopVersion ||
      hadoopAws !== line.versions.hadoopVersion
    ) {
      problems.push({
        message: `PySpark ${line.versions.sparkVersion} bundles hadoop-client-api ${clientApi.join(', ') || 'none'}, hadoop-aws is ${hadoopAws}, src/spark/versions.ts hadoopVersion is ${line.versions.hadoopVersion}: they must be one version`,
      });
    }
  }
  const loaded: string[] = [];
  for (const job of jobs) {
    const provider = job.spec.hadoopConf?.[PROVIDER_KEY] as string | undefined;
    const location = { ...job.where, attribute: `${job.specPath}.hadoopConf["${PROVIDER_KEY}"]` };
    if (!provider) {
      problems.push({ message: 'no S3A credentials provider: S3A would fall back to its default chain', location });
      continue;
    }
    const known = PROVIDERS[provider];
    if (!known) {
      problems.push({
        message: `${provider} is no provider this suite knows how to run locally; add it to PROVIDERS`,
        location,
      });
      continue;
    }
    const line = lineOf(job);
    const expectedSdk = line.jars.some((jar) => jar.group === 'software.amazon.awssdk') ? 'v2' : 'v1';
    if (known.sdk !== expectedSdk) {
      problems.push({
        message: `${provider} is an SDK ${known.sdk} provider, but hadoop-aws ${line.versions.hadoopVersion} uses SDK ${expectedSdk}`,
        location,
      });
    }
    const classpath = [path.join(line.sparkHome, 'jars', '*'), path.join(line.jarsDir, '*')].join(path.delimiter);
    try {
      const result = await run(
        'java',
        ['-cp', classpath, path.join(HELPERS, 'ClassLoads.java'), provider, SDK_INTERFACE[known.sdk]],
        {
          timeoutMs: 60_000,
        },
      );
      const source = /^LOADED \S+ from (\S+)/m.exec(result.stdout)?.[1];
      loaded.push(`${provider.split('.').pop()} from ${path.basename(source ?? '?')}`);
    } catch (error) {
      const text = error instanceof CommandError ? `${error.result.stdout}${error.result.stderr}` : String(error);
      const reason =
        /ClassNotFoundException[^\n]*|NOT_A_PROVIDER[^\n]*/.exec(text)?.[0] ?? text.split('\n').slice(-5).join(' ');
      problems.push({ message: `${provider} does not load from the driver's classpath: ${reason}`, location });
    }
  }
  if (problems.length > 0) throw new CheckError(problems);
  return [
    ...lines.map(
      (line) =>
        `Spark ${line.versions.sparkVersion}: ${line.jars.length} jars as the base image downloads them (hadoop-aws ${line.versions.hadoopVersion}, spark-hadoop-cloud, AWS SDK ${line.versions.awsSdk.version} in ${line.versions.awsSdk.jars.length} jars), hadoop-client-api ${line.versions.hadoopVersion}`,
    ),
    `${[...new Set(loaded)].join(', ')} loads`,
  ].join('; ');
}

/** Every aws_s3_object of every stack that lands in the data bucket, with its content or its asset file. */
async function seedBucket(
  env: SynthesizedEnv,
  jobs: readonly Job[],
  resolve: (stack: string, value: unknown) => string,
  tools: SparkTools,
  moto: S3Engine,
  work: string,
): Promise<{ bucket: string; eventPrefix: string; figure: string }> {
  const problems: Problem[] = [];
  const buckets = new Set<string>();
  const objects: { key: string; file?: string; content?: string }[] = [];
  for (const stackName of env.stackNames) {
    for (const [type, name, body] of resources(env.stack(stackName))) {
      if (type !== 'aws_s3_object') continue;
      const where = { stack: stackName, resource: `${type}.${name}` };
      try {
        const bucket = resolve(stackName, body.bucket);
        buckets.add(bucket);
        const key = resolve(stackName, body.key);
        if (typeof body.source === 'string') {
          const file = path.join(env.stackDir(stackName), body.source);
          if (!existsSync(file)) {
            problems.push({
              message: `asset ${body.source} is not in the synthesized output`,
              location: { ...where, attribute: 'source' },
            });
            continue;
          }
          const md5 = createHash('md5').update(readFileSync(file)).digest('hex');
          if (body.source_hash && body.source_hash !== md5) {
            problems.push({
              message: `source_hash ${body.source_hash} is not the asset's MD5 ${md5}`,
              location: { ...where, attribute: 'source_hash' },
            });
          }
          objects.push({ key, file });
        } else if (typeof body.content === 'string') {
          objects.push({ key, content: body.content });
        } else {
          problems.push({ message: 'neither source nor content', location: where });
        }
      } catch (error) {
        problems.push({
          message: error instanceof Error ? error.message : String(error),
          location: { ...where, attribute: 'bucket' },
        });
      }
    }
  }
  if (buckets.size !== 1)
    problems.push({
      message: `expected every aws_s3_object in one data bucket, found ${[...buckets].join(', ') || 'none'}`,
    });
  const bucket = [...buckets][0] ?? '';
  // Every job's event-log directory must be that bucket, and the prefix must exist there (Spark refuses to start
  // when spark.eventLog.dir does not exist; on S3 that means the folder object the core stack creates).
  const eventDirs = new Set<string>();
  for (const job of jobs) {
    try {
      const dir = resolve(job.where.stack, job.spec.sparkConf?.['spark.eventLog.dir'] ?? '');
      eventDirs.add(dir);
    } catch (error) {
      problems.push({
        message: String(error),
        location: { ...job.where, attribute: `${job.specPath}.sparkConf["spark.eventLog.dir"]` },
      });
    }
  }
  let eventPrefix = '';
  for (const dir of eventDirs) {
    const match = /^s3a:\/\/([^/]+)\/(.*)$/.exec(dir);
    if (!match || match[1] !== bucket)
      problems.push({ message: `spark.eventLog.dir ${dir} is not in the data bucket ${bucket}` });
    else eventPrefix = match[2].endsWith('/') ? match[2] : `${match[2]}/`;
  }
  if (eventDirs.size > 1)
    problems.push({ message: `the jobs log events to different places: ${[...eventDirs].join(', ')}` });
  if (eventPrefix && !objects.some((object) => object.key === eventPrefix)) {
    problems.push({
      message: `no aws_s3_object creates the event-log prefix ${eventPrefix}; Spark would not start on a fresh bucket`,
    });
  }
  if (problems.length > 0) throw new CheckError(problems);
  const list = path.join(work, 'objects.json');
  writeFileSync(list, JSON.stringify(objects));
  await run(tools.moto.python, [path.join(HELPERS, 'bucket.py'), moto.endpoint, 'seed', bucket, list], {
    timeoutMs: 60_000,
  });
  return {
    bucket,
    eventPrefix,
    figure: `moto ${tools.motoVersion} on ${moto.endpoint.replace('http://', '')}, bucket ${bucket}, ${objects.length} objects: ${objects.map((object) => object.key).join(', ')}`,
  };
}

interface RunContext {
  readonly env: SynthesizedEnv;
  readonly job: Job;
  readonly line: LineTools;
  readonly tools: SparkTools;
  readonly moto: S3Engine;
  readonly bucket: string;
  readonly eventPrefix: string;
  readonly resolve: (stack: string, value: unknown) => string;
  readonly jobsStack: string;
  readonly work: string;
}

/** What the job image holds, read from its synthesized build context (the folder plus the Dockerfile it builds with). */
interface JobImage {
  /** The context file the Dockerfile puts at mainApplicationFile. */
  readonly main: string;
  /** The synthesized build context. */
  readonly contextDir: string;
  /** Its requirements.txt, if it has one. */
  readonly requirements?: string;
}

/**
 * The main file the job image puts at mainApplicationFile, found by reading the COPY and ADD instructions of the
 * Dockerfile in the image's synthesized build context with the build args Terraform passes (as synth's job checks
 * do): the shared job Dockerfile, or the folder's own.
 */
function jobImage(context: RunContext): JobImage {
  const { env, job, jobsStack } = context;
  const location = { ...job.where, attribute: `${job.specPath}.mainApplicationFile` };
  const target = /^local:\/\/(\/.+)$/.exec(job.spec.mainApplicationFile ?? '')?.[1];
  if (!target)
    throw new CheckError({ message: `${job.spec.mainApplicationFile} is not a local:// file of the image`, location });
  const registry = /\$\{docker_registry_image\.([\w-]+)\.sha256_digest\}/.exec(job.spec.image ?? '')?.[1];
  const stack = env.stack(jobsStack);
  const pushed = registry ? stack.resource?.docker_registry_image?.[registry] : undefined;
  const imageName = /^\$\{docker_image\.([\w-]+)\.name\}$/.exec(pushed?.name ?? '')?.[1];
  const image = imageName ? stack.resource?.docker_image?.[imageName] : undefined;
  if (!image?.build?.context) {
    throw new CheckError({
      message: `cannot follow ${job.spec.image} to a docker_image with a build context`,
      location: { ...job.where, attribute: `${job.specPath}.image` },
    });
  }
  const contextDir = path.join(env.stackDir(jobsStack), image.build.context);
  const dockerfileName = (image.build.dockerfile as string | undefined) ?? 'Dockerfile';
  const dockerfile = readFileSync(path.join(contextDir, dockerfileName), 'utf8');
  // Only literal build args: a Terraform reference (the base image digest) is known at apply time only.
  const buildArgs = Object.fromEntries(
    Object.entries((image.build.build_args ?? {}) as Record<string, string>).filter(([, v]) => !v.includes('${')),
  );
  const ignore = path.join(contextDir, '.dockerignore');
  const files = afterDockerignore(listFiles(contextDir), existsSync(ignore) ? readFileSync(ignore, 'utf8') : undefined);
  const found = contextFileAt(dockerfile, target, { files }, buildArgs);
  if (found.kind !== 'context') {
    const why = found.kind === 'unknown' ? `cannot tell (line ${found.line}: ${found.reason})` : 'puts nothing there';
    throw new CheckError({
      message: `${path.join(image.build.context, dockerfileName)} ${why}: the image built from it has no ${target}`,
      location,
    });
  }
  const requirements = path.join(contextDir, 'requirements.txt');
  return {
    main: path.join(contextDir, found.source),
    contextDir,
    ...(files.includes('requirements.txt') ? { requirements } : {}),
  };
}

/**
 * The job's requirements.txt installed as the image build installs it (`--require-hashes --no-deps --only-binary :all: --target`), with
 * the Python that runs the job, into the tool cache under the file's hash: a later run reuses it offline.
 */
async function jobPackages(line: LineTools, requirements: string): Promise<string> {
  const digest = createHash('sha256').update(readFileSync(requirements)).digest('hex').slice(0, 12);
  const { dir } = await installOnce(path.join('job-packages', `spark-${line.line}-${digest}`), async (target) => {
    await pipInstall(line.venv.python, [
      '--no-cache-dir',
      '--no-deps',
      '--only-binary',
      ':all:',
      '--target',
      target,
      '-r',
      requirements,
    ]);
  });
  return dir;
}

async function runJob(context: RunContext): Promise<string> {
  const { job, line, tools, moto, bucket, eventPrefix, resolve, work } = context;
  const started = Date.now();
  const spec = job.spec;
  const image = jobImage(context);
  const main = image.main;
  // As the shared Dockerfile's ENV PYTHONPATH does in the image: the job's folder and its installed requirements.
  const pythonPath = [image.contextDir, ...(image.requirements ? [await jobPackages(line, image.requirements)] : [])];
  const args = ((spec.arguments ?? []) as unknown[]).map((argument) => resolve(job.where.stack, argument));

  const provider = spec.hadoopConf?.[PROVIDER_KEY] as string;
  const mode = PROVIDERS[provider];
  const conf: [string, string][] = [];
  for (const [key, value] of Object.entries((spec.sparkConf ?? {}) as Record<string, unknown>)) {
    conf.push([key, resolve(job.where.stack, value)]);
  }
  // The operator passes hadoopConf as spark.hadoop.* (Spark copies those into the Hadoop configuration).
  const hadoopConf: Record<string, string> = {};
  for (const [key, value] of Object.entries((spec.hadoopConf ?? {}) as Record<string, unknown>)) {
    hadoopConf[key] = resolve(job.where.stack, value);
  }
  // Added for the local server, and nothing else: S3 is moto, addressed by path since 127.0.0.1 has no subdomains.
  const added: Record<string, string> = { 'fs.s3a.endpoint': moto.endpoint, 'fs.s3a.path.style.access': 'true' };
  const replaced: string[] = [];
  for (const key of Object.keys(added)) {
    if (key in hadoopConf)
      throw new CheckError({
        message: `sets ${key}, which this check must add for the local server`,
        location: { ...job.where, attribute: `${job.specPath}.hadoopConf["${key}"]` },
      });
  }
  Object.assign(hadoopConf, added);
  if (!mode.localSts) {
    hadoopConf[PROVIDER_KEY] = mode.staticProvider;
    replaced.push(`${PROVIDER_KEY}=${mode.staticProvider.split('.').pop()} (SDK ${mode.sdk} cannot reach a local STS)`);
  }
  for (const [key, value] of Object.entries(hadoopConf)) conf.push([`spark.hadoop.${key}`, value]);

  // As on EKS: the pod identity webhook sets the region, the role and the token file; nothing of this machine's
  // own AWS setup reaches the job.
  const home = mkdtempSync(path.join(work, `${job.name}-`));
  const token = path.join(home, 'token');
  // A dummy JWT (header.payload.signature): moto's STS does not verify it.
  const jwt = [
    { alg: 'RS256', kid: 'integration' },
    { sub: `system:serviceaccount:${job.namespace}:${spec.driver?.serviceAccount}`, aud: ['sts.amazonaws.com'] },
    'signature',
  ]
    .map((part) => Buffer.from(typeof part === 'string' ? part : JSON.stringify(part)).toString('base64url'))
    .join('.');
  writeFileSync(token, jwt);
  const confDir = path.join(home, 'conf');
  mkdirSync(confDir);
  const region = context.env.config.region;
  const roleArn = serviceAccountRole(context);
  const jobEnv: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: home,
    ...(process.env.JAVA_HOME ? { JAVA_HOME: process.env.JAVA_HOME } : {}),
    LANG: 'C.UTF-8',
    TMPDIR: home,
    SPARK_CONF_DIR: confDir,
    SPARK_LOCAL_IP: '127.0.0.1',
    PYSPARK_PYTHON: line.venv.python,
    PYSPARK_DRIVER_PYTHON: line.venv.python,
    PYTHONPATH: pythonPath.join(path.delimiter),
    AWS_REGION: region,
    AWS_DEFAULT_REGION: region,
    AWS_CONFIG_FILE: path.join(home, 'aws-config'),
    AWS_SHARED_CREDENTIALS_FILE: path.join(home, 'aws-credentials'),
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_ROLE_ARN: roleArn,
    AWS_WEB_IDENTITY_TOKEN_FILE: token,
    AWS_STS_REGIONAL_ENDPOINTS: 'regional',
    ...(mode.localSts
      ? { AWS_ENDPOINT_URL_STS: moto.endpoint }
      : { AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE', AWS_SECRET_ACCESS_KEY: 'integration-static-key' }),
  };
  for (const item of (spec.driver?.env ?? []) as { name: string; value: string }[]) jobEnv[item.name] = item.value;

  const before = moto.log().length;
  const submit = [
    '--master',
    MASTER,
    '--name',
    job.name,
    // Local mode runs everything in the driver JVM: the driver's memory is the job's heap.
    '--driver-memory',
    String(spec.driver?.memory ?? '1g'),
    // The base image puts the S3A jars into /opt/spark/jars, the JVM's own classpath; this is the local equivalent.
    '--driver-class-path',
    path.join(line.jarsDir, '*'),
    ...conf.flatMap(([key, value]) => ['--conf', `${key}=${value}`]),
    main,
    ...args,
  ];
  let output: { stdout: string; stderr: string };
  try {
    output = await run(line.venv.bin('spark-submit'), submit, {
      env: jobEnv,
      cwd: home,
      timeoutMs: SPARK_SUBMIT_TIMEOUT_MS,
    });
  } catch (error) {
    if (!(error instanceof CommandError)) throw error;
    // The lines that say why: exceptions and errors first, else the end of both streams.
    const lines = `${error.result.stderr}\n${error.result.stdout}`.split('\n');
    const interesting = lines.filter((l) => /Exception|Error|error:/.test(l) && !/^\s+at /.test(l)).slice(0, 10);
    throw new CheckError({
      message: `spark-submit exited with ${error.result.code} (${MASTER}, Spark ${line.versions.sparkVersion}):\n${(interesting.length > 0 ? interesting : lines.slice(-20)).join('\n')}`,
      location: job.where,
    });
  }
  const stsCalls = (
    moto
      .log()
      .slice(before)
      .match(/"POST \/ HTTP/g) ?? []
  ).length;

  const problems: Problem[] = [];
  const facts: string[] = [];
  // Logging intact: Spark's own INFO lines reach the driver's log (log4j2 through SLF4J 2), and SLF4J says nothing
  // (a second SLF4J binding or API on the classpath, as the SDK bundle carried, is what makes it speak or go silent).
  const logLines = `${output.stderr}\n${output.stdout}`.split('\n');
  const sparkInfo = logLines.filter((l) => /\bINFO\b.*\bSparkContext: Running Spark version\b/.test(l));
  const slf4j = logLines.filter((l) => /^SLF4J\b/.test(l));
  if (sparkInfo.length === 0 || slf4j.length > 0)
    problems.push({
      message: `the driver's log has ${sparkInfo.length} "INFO SparkContext: Running Spark version" lines and ${slf4j.length} SLF4J lines${slf4j.length ? `: ${slf4j.slice(0, 3).join(' | ')}` : ''}`,
      location: { ...job.where, attribute: `${job.specPath}.sparkVersion` },
    });
  else facts.push(`driver log: Spark's INFO lines, no SLF4J warning`);
  const outputArg = args.find((arg, index) => index > 0 && arg.startsWith(`s3a://${bucket}/`));
  const outputPrefix = outputArg ? outputArg.replace(`s3a://${bucket}/`, '').replace(/\/?$/, '/') : '';
  const inspected = JSON.parse(
    (
      await run(
        tools.moto.python,
        [path.join(HELPERS, 'bucket.py'), moto.endpoint, 'inspect', bucket, outputPrefix, eventPrefix],
        { timeoutMs: 120_000 },
      )
    ).stdout,
  ) as {
    objects: string[];
    success: Record<string, unknown> | null;
    rows: Record<string, unknown>[];
    eventLogs: { key: string; size: number }[];
  };

  if (path.basename(main) === 'weather.py') {
    facts.push(...(await checkWeather(outputContext(context), args, inspected, problems)));
    facts.push(...checkSuccess(outputContext(context), hadoopConf, spec, inspected, outputPrefix, problems));
  } else if (path.basename(main) === 'pi.py') {
    facts.push(checkPi(output.stdout, args, problems));
  } else {
    // A job of the user's own: no expected numbers, but it must run to completion, and an output argument must end
    // with the committer's _SUCCESS, like every job.
    facts.push(`${path.basename(main)}: no job-specific expectation, exit 0`);
    if (outputArg)
      facts.push(...checkSuccess(outputContext(context), hadoopConf, spec, inspected, outputPrefix, problems));
  }

  // The event log of this run under spark.eventLog.dir, complete: a single file (`<app id>`, Spark 3 default) or a
  // rolling folder (`eventlog_v2_<app id>/`, Spark 4 default) whose `appstatus_<app id>` has lost its .inprogress.
  const apps = new Map<string, { key: string; size: number }[]>();
  for (const log of inspected.eventLogs) {
    const app = log.key.slice(eventPrefix.length).split('/')[0];
    apps.set(app, [...(apps.get(app) ?? []), log]);
  }
  const previous = eventLogsSeen.get(moto) ?? new Set<string>();
  const fresh = [...apps.keys()].filter((app) => !previous.has(app));
  for (const app of apps.keys()) previous.add(app);
  eventLogsSeen.set(moto, previous);
  const complete = (app: string): boolean => {
    const files = apps.get(app) ?? [];
    if (!app.startsWith('eventlog_v2_')) return !app.endsWith('.inprogress') && files.some((file) => file.size > 0);
    const id = app.slice('eventlog_v2_'.length);
    return (
      files.some((file) => file.key.endsWith(`/appstatus_${id}`)) &&
      files.some((file) => file.key.includes('/events_') && file.size > 0)
    );
  };
  if (fresh.length !== 1 || !complete(fresh[0])) {
    problems.push({
      message: `expected one new complete event log under s3a://${bucket}/${eventPrefix}, found ${fresh.map((app) => `${app} (${(apps.get(app) ?? []).map((file) => file.key.split('/').pop()).join(', ')})`).join('; ') || 'none'}`,
      location: { ...job.where, attribute: `${job.specPath}.sparkConf["spark.eventLog.dir"]` },
    });
  } else {
    const size = (apps.get(fresh[0]) ?? []).reduce((sum, file) => sum + file.size, 0);
    facts.push(`event log ${eventPrefix}${fresh[0]} (${Math.max(1, Math.round(size / 1024))} KiB)`);
  }

  if (mode.localSts && stsCalls === 0) {
    problems.push({
      message: `${provider} made no call to moto's STS: where did the credentials come from?`,
      location: { ...job.where, attribute: `${job.specPath}.hadoopConf["${PROVIDER_KEY}"]` },
    });
  }
  if (problems.length > 0) throw new CheckError(problems);
  const credentials = mode.localSts
    ? `web identity via moto STS (${stsCalls} call${stsCalls === 1 ? '' : 's'})`
    : 'static credentials';
  const addedText = `added ${Object.keys(added).join(', ')}${replaced.length ? `; replaced ${replaced.join(', ')}` : ''}; dropped none`;
  return `Spark ${line.versions.sparkVersion}: ${facts.join(', ')}, ${credentials}; ${addedText} (spark-submit ${((Date.now() - started) / 1000).toFixed(0)} s)`;
}

/** The sample files of the synthesized stacks under a key prefix, for the output checks. */
function outputContext(context: RunContext) {
  return {
    job: context.job,
    bucket: context.bucket,
    samplesUnder: (prefix: string) => {
      const samples: string[] = [];
      for (const stackName of context.env.stackNames) {
        for (const [type, , body] of resources(context.env.stack(stackName))) {
          if (
            type === 'aws_s3_object' &&
            typeof body.source === 'string' &&
            context.resolve(stackName, body.key).startsWith(prefix)
          )
            samples.push(path.join(context.env.stackDir(stackName), body.source));
        }
      }
      return samples;
    },
  };
}

/** Event-log keys already attributed to an earlier job of the same moto server (one bucket per config). */
const eventLogsSeen = new WeakMap<S3Engine, Set<string>>();

function serviceAccountRole(context: RunContext): string {
  const { env, job, resolve } = context;
  const platform = env.stackName('platform');
  const wanted = job.spec.driver?.serviceAccount;
  for (const [type, name, body] of resources(env.stack(platform))) {
    if (type !== 'kubernetes_service_account_v1' && type !== 'kubernetes_service_account') continue;
    const metadata = body.metadata as StackJson;
    if (metadata?.name !== wanted) continue;
    try {
      if (resolve(platform, metadata.namespace) !== job.namespace) continue;
      return resolve(platform, metadata.annotations?.['eks.amazonaws.com/role-arn']);
    } catch (error) {
      throw new CheckError({
        message: String(error),
        location: { stack: platform, resource: `${type}.${name}`, attribute: 'metadata' },
      });
    }
  }
  throw new CheckError({
    message: `no service account ${wanted} with an IRSA role in namespace ${job.namespace} in ${platform}`,
    location: { ...job.where, attribute: `${job.specPath}.driver.serviceAccount` },
  });
}
