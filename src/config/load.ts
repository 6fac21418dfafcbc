import { existsSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { isDocument, parseDocument } from 'yaml';
import { z } from 'zod';
import { holdsPlaceholderAccountId, PLACEHOLDER_ACCOUNT_ID } from '../aws/names';
import { isDocumentationRange, parseIpv4Cidr } from '../net/cidr';
import { controlPlaneRates, supportWindowWarning } from '../eks/support-warning';
import { PriceOverrides } from '../pricing/environment-pricing';
import { unpinnedJars } from '../spark/versions';
import { ConfigError, ConfigProblem, formatPath } from './errors';
import { configSchema, EnvironmentConfig, isFreeOfIssues, jobSchema } from './schema';
import { fitJobsToFargate, SizableJob } from './fit';
import { checkJobFolder, checkJobs } from './jobs';
import { todayFromEnv } from './today';

export const CONFIG_ENV_VAR = 'SPARK_EKS_CONFIG';
export const DEFAULT_CONFIG_FILE = 'config/default.yaml';

/** The project's root folder: where `docker/`, `config/` and `main.ts` live. */
export const PROJECT_ROOT = path.resolve(__dirname, '..', '..');

export interface LoadedConfig {
  /** The validated config, every default filled in, frozen. */
  readonly config: EnvironmentConfig;
  /** The file it came from, as given. */
  readonly file: string;
  /** Things that are allowed but that the user must act on before a real deploy, one line each. */
  readonly warnings: readonly string[];
}

export interface LoadOptions {
  /** Folder that holds `docker/jobs/<name>/` for every job. @default the project root */
  readonly projectRoot?: string;
  /**
   * The day (YYYY-MM-DD, UTC) the warnings about the Kubernetes version's support window are for: the only thing
   * that depends on the date. @default SPARK_EKS_TODAY, else today
   */
  readonly today?: string;
}

/** The config file chosen by `SPARK_EKS_CONFIG`, else `config/default.yaml`. */
export function configFileFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  const chosen = env[CONFIG_ENV_VAR]?.trim();
  return chosen ? chosen : path.join(PROJECT_ROOT, DEFAULT_CONFIG_FILE);
}

/**
 * Reads, parses and validates a config file. Every problem found is reported at once in one {@link ConfigError};
 * nothing is constructed before this returns.
 */
export function loadConfig(file: string, options: LoadOptions = {}): LoadedConfig {
  const raw = parseYaml(file, readText(file));
  return validateConfig(raw, file, options);
}

/** Validates an already parsed document; `file` is only used to name it in errors. */
export function validateConfig(raw: unknown, file: string, options: LoadOptions = {}): LoadedConfig {
  if (raw === null || raw === undefined) {
    throw new ConfigError(file, [{ path: '', message: 'the file is empty; expected a mapping of settings' }]);
  }
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ConfigError(file, [{ path: '', message: 'expected a mapping of settings at the top level', value: raw }]);
  }

  const result = configSchema.safeParse(raw, { error: describeIssue });
  const projectRoot = options.projectRoot ?? PROJECT_ROOT;
  if (result.success) {
    const sizing = fitJobsToFargate(result.data.jobs);
    const config = deepFreeze(result.data) as EnvironmentConfig;
    const problems = [...sizing.problems, ...checkJobs(config, projectRoot)];
    if (problems.length > 0) throw new ConfigError(file, problems);
    const today = options.today ?? todayFromEnv();
    return { config, file, warnings: [...warningsFor(config, today), ...sizing.warnings] };
  }

  // The schema found mistakes. Sizing and the job checks still run, on every pod and job that parsed, so one run
  // reports every mistake; what has an error of its own is left out, so nothing is reported twice.
  const issues = result.error.issues;
  const parts = partsThatParsed(raw as Record<string, unknown>, issues);
  const sizing = fitJobsToFargate(parts.pods);
  throw new ConfigError(file, [
    ...issues.flatMap((issue) => toProblems(issue, raw)),
    ...sizing.problems,
    ...(parts.jobChecks ? checkParsedJobs(parts.jobChecks, projectRoot) : []),
    // A job with errors of its own still gets the one check that needs only its name.
    ...parts.pods.flatMap((job, i) =>
      job?.name !== undefined && !parts.jobChecks?.indexes.includes(i) ? checkJobFolder(job.name, i, projectRoot) : [],
    ),
  ]);
}

type ParsedJob = z.output<typeof jobSchema>;

interface ParsedParts {
  /** For sizing, per job index: its name and the pods that parsed. */
  readonly pods: (SizableJob | undefined)[];
  /**
   * For the job checks: the jobs without any error, with their index in the file, in a config whose other sections
   * are the parsed ones, or stand-ins where a section has an error. Undefined when no such config can be built.
   */
  readonly jobChecks?: { readonly config: EnvironmentConfig; readonly indexes: readonly number[] };
}

/**
 * Valid values for the sections without a default, used when such a section has an error: the job checks only
 * read other sections to fill in a manifest whose shape they check, so any valid value serves.
 */
const STAND_INS: Readonly<Record<string, unknown>> = {
  region: 'us-east-1',
  prefix: 'stand-in',
  stateBucket: { name: 'stand-in-state' },
};

function partsThatParsed(raw: Record<string, unknown>, issues: readonly z.core.$ZodIssue[]): ParsedParts {
  const free = (...keyPath: PropertyKey[]) => isFreeOfIssues(issues, keyPath);
  const rawJobs = Array.isArray(raw.jobs) ? (raw.jobs as unknown[]) : [];
  const goodJobs: ParsedJob[] = [];
  const indexes: number[] = [];
  const pods = rawJobs.map((rawJob, i): SizableJob | undefined => {
    const whole = free('jobs', i) ? jobSchema.safeParse(rawJob) : undefined;
    if (whole?.success) {
      goodJobs.push(whole.data);
      indexes.push(i);
      return whole.data;
    }
    if (rawJob === null || typeof rawJob !== 'object') return undefined;
    const fields = rawJob as Record<string, unknown>;
    const pod = (role: 'driver' | 'executor') =>
      free('jobs', i, role) ? jobSchema.shape[role].safeParse(fields[role]).data : undefined;
    return {
      name: free('jobs', i, 'name') && typeof fields.name === 'string' ? fields.name : undefined,
      driver: pod('driver'),
      executor: pod('executor'),
    };
  });

  const sections: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(configSchema.shape)) {
    if (key === 'jobs') continue;
    const own = free(key) ? schema.safeParse(raw[key]) : undefined;
    const section = own?.success ? own : schema.safeParse(STAND_INS[key]);
    if (!section.success) return { pods };
    sections[key] = section.data;
  }
  return { pods, jobChecks: { config: { ...sections, jobs: goodJobs } as unknown as EnvironmentConfig, indexes } };
}

/** The job checks of the jobs that parsed, their key paths pointing back at each job's place in the file. */
function checkParsedJobs(
  { config, indexes }: NonNullable<ParsedParts['jobChecks']>,
  projectRoot: string,
): ConfigProblem[] {
  if (config.jobs.length === 0) return [];
  return checkJobs(config, projectRoot).map((problem) => ({
    ...problem,
    path: problem.path.replace(/^jobs\[(\d+)\]/, (_, k: string) => `jobs[${indexes[Number(k)]}]`),
  }));
}

function readText(file: string): string {
  if (!existsSync(file)) {
    throw new ConfigError(file, [
      {
        path: '',
        message: `config file not found; set ${CONFIG_ENV_VAR} to an existing YAML file (default ${DEFAULT_CONFIG_FILE})`,
      },
    ]);
  }
  if (!statSync(file).isFile()) {
    throw new ConfigError(file, [{ path: '', message: `is not a file; set ${CONFIG_ENV_VAR} to a YAML file` }]);
  }
  return readFileSync(file, 'utf8');
}

function parseYaml(file: string, text: string): unknown {
  // merge: YAML merge keys (`<<: *job`) are the natural way to copy a job and change a few of its keys.
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: true, merge: true });
  if (!isDocument(doc)) throw new ConfigError(file, [{ path: '', message: 'expected one YAML document' }]);
  if (doc.errors.length > 0) {
    throw new ConfigError(
      file,
      doc.errors.map((error) => {
        const pos = error.linePos?.[0];
        const where = pos ? `line ${pos.line}, column ${pos.col}` : 'YAML';
        const reason = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
        return { path: '', message: `${where}: YAML syntax error: ${reason}` };
      }),
    );
  }
  try {
    return doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // Resolving aliases and merge keys happens here, after parsing: e.g. `<<:` given a scalar, or an alias bomb.
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError(file, [{ path: '', message: `YAML anchors, aliases or merge keys (<<): ${reason}` }]);
  }
}

/** Messages for zod's built-in checks, in the words of the config file. Custom messages in the schema win. */
function describeIssue(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `required key is missing; expected ${issue.expected}`
        : `expected ${issue.expected}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      if (issue.origin === 'array') return `needs at least ${issue.minimum} entries`;
      if (issue.origin === 'string') return `must be at least ${issue.minimum} characters`;
      return `must be ${issue.inclusive ? 'at least' : 'greater than'} ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'array') return `allows at most ${issue.maximum} entries`;
      if (issue.origin === 'string') return `must be at most ${issue.maximum} characters`;
      return `must be ${issue.inclusive ? 'at most' : 'less than'} ${issue.maximum}`;
    default:
      return undefined;
  }
}

function toProblems(issue: z.core.$ZodIssue, raw: unknown): ConfigProblem[] {
  if (issue.code === 'unrecognized_keys') {
    const allowed = allowedKeysAt(issue.path);
    return issue.keys.map((key) => {
      const suggestion = closest(key, allowed);
      return {
        path: formatPath([...issue.path, key]),
        message:
          `unknown key${suggestion ? `; did you mean "${suggestion}"?` : ''}` +
          (allowed.length > 0 ? `${suggestion ? ' Allowed' : '; allowed'} keys here: ${allowed.join(', ')}` : ''),
      };
    });
  }
  if (issue.code === 'invalid_key') {
    return [{ path: formatPath(issue.path), message: issue.issues[0]?.message ?? issue.message }];
  }
  const value = valueAt(raw, issue.path);
  return [{ path: formatPath(issue.path), message: issue.message, value }];
}

function valueAt(raw: unknown, keyPath: readonly PropertyKey[]): unknown {
  let node = raw;
  for (const key of keyPath) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/** The keys the schema accepts at a path, found by walking the schema. */
function allowedKeysAt(keyPath: readonly PropertyKey[]): string[] {
  let schema: z.core.$ZodType | undefined = unwrap(configSchema);
  for (const key of keyPath) {
    if (!schema) return [];
    const def = schema._zod.def;
    if (def.type === 'object' && typeof key === 'string') {
      schema = unwrap((def as z.core.$ZodObjectDef).shape[key]);
    } else if (def.type === 'array' && typeof key === 'number') {
      schema = unwrap((def as z.core.$ZodArrayDef).element);
    } else {
      return [];
    }
  }
  const def = schema?._zod.def;
  return def?.type === 'object' ? Object.keys((def as z.core.$ZodObjectDef).shape) : [];
}

function unwrap(schema: z.core.$ZodType | undefined): z.core.$ZodType | undefined {
  let current = schema;
  for (;;) {
    const def = current?._zod.def as { type?: string; innerType?: z.core.$ZodType; in?: z.core.$ZodType } | undefined;
    if (def?.innerType) current = def.innerType;
    else if (def?.type === 'pipe' && def.in) current = def.in;
    else return current;
  }
}

/** The allowed key nearest to a typo, when it is near enough to be a likely meaning. */
function closest(key: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = levenshtein(key.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(best.length / 3)) ? best : undefined;
}

function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

function warningsFor(config: EnvironmentConfig, today: string): string[] {
  const warnings: string[] = [];
  const placeholders = config.cluster.publicAccessCidrs.filter((c) => {
    const parsed = parseIpv4Cidr(c);
    return parsed !== undefined && isDocumentationRange(parsed);
  });
  if (placeholders.length > 0) {
    warnings.push(
      `cluster.publicAccessCidrs holds the documentation range ${placeholders.join(', ')}: set it to your operator network's CIDRs before deploying, or nobody can reach the Kubernetes API.`,
    );
  }
  const accountPlaceholders: [string, string][] = [
    ...config.cluster.adminPrincipalArns.map((arn, i): [string, string] => [`cluster.adminPrincipalArns[${i}]`, arn]),
    ['stateBucket.name', config.stateBucket.name],
    ...(config.dataBucket.name === undefined ? [] : [['dataBucket.name', config.dataBucket.name] as [string, string]]),
  ];
  for (const [keyPath, value] of accountPlaceholders.filter(([, v]) => holdsPlaceholderAccountId(v))) {
    warnings.push(
      `${keyPath} ${value} holds ${PLACEHOLDER_ACCOUNT_ID}, the example account ID of AWS's documentation: put your own account ID there before deploying.`,
    );
  }
  if (config.dataBucket.allowDestroy) {
    warnings.push(
      `dataBucket.allowDestroy is true: destroying the ${config.prefix}-data stack deletes the data bucket with every object and version in it, and schedules its KMS key for deletion. Set it back to false to keep the data.`,
    );
  }
  const unpinned = unpinnedJars(config.spark.line);
  if (unpinned.length > 0) {
    warnings.push(
      `spark.line ${config.spark.line}: no pinned SHA-256 yet for ${unpinned.map((j) => `${j.artifact}-${j.version}.jar`).join(', ')}; the image build refuses unverified downloads, so run 'npm run checksums' (needs internet) before deploying.`,
    );
  }
  const support = supportWindowWarning(
    config.cluster.kubernetesVersion,
    config.cluster.supportType,
    today,
    controlPlaneRates(config.region, (config.pricing ?? {}) as PriceOverrides),
  );
  if (support) warnings.push(support);
  return warnings;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
