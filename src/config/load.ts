import { existsSync, readFileSync, statSync } from 'node:fs';
import { isDocument, isScalar, parseDocument } from 'yaml';
import { z } from 'zod';
import { holdsPlaceholderAccountId, PLACEHOLDER_ACCOUNT_ID } from '../aws/names';
import { isDocumentationRange, parseIpv4Cidr } from '../net/cidr';
import { controlPlaneRates, supportWindowWarning } from '../eks/support-warning';
import { PriceOverrides } from '../pricing/environment-pricing';
import { unpinnedJars } from '../spark/versions';
import { ConfigError, ConfigProblem, describeValue, formatPath } from './errors';
import { configSchema, EnvironmentConfig, isFreeOfIssues, jobSchema } from './schema';
import { fitJobsToFargate, SizableJob } from './fit';
import { checkJobFolder, checkJobs } from './jobs';
import { closest } from './did-you-mean';
import { ConfigChoice, howToNameAnotherConfig, PROJECT_ROOT } from './choice';
import { todayFromEnv } from './today';

export { CONFIG_ENV_VAR, DEFAULT_CONFIG_FILE, PROJECT_ROOT } from './choice';

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

/**
 * Reads, parses and validates a config file: a path, or the choice a command made (chooseConfig), whose problems
 * with the file itself then name the option that chose it. Every problem found is reported at once in one
 * {@link ConfigError}, naming the file as the user did; nothing is constructed before this returns.
 */
export function loadConfig(file: string | ConfigChoice, options: LoadOptions = {}): LoadedConfig {
  const choice = typeof file === 'string' ? undefined : file;
  const shown = choice?.shown ?? (file as string);
  const { raw, written } = parseYaml(shown, readText(choice?.file ?? shown, shown, choice));
  return validateConfig(raw, shown, options, written);
}

/**
 * The text of a scalar as the file writes it (`1.30` where YAML reads the number 1.3), for messages; undefined
 * where it is not known (a value copied by a merge key, or a document built in code).
 */
export type WrittenAt = (keyPath: readonly PropertyKey[]) => string | undefined;

/**
 * Validates an already parsed document; `file` is only used to name it in errors, `written` to quote the file's own
 * text of a scalar in them.
 */
export function validateConfig(
  raw: unknown,
  file: string,
  options: LoadOptions = {},
  written: WrittenAt = () => undefined,
): LoadedConfig {
  try {
    return validateParsed(raw, file, options, written);
  } catch (error) {
    // A job's problems name the job beside its index: `jobs[2] (weather-data).driver.cores`. The error keeps the
    // name of what it is about: the file, or SPARK_EKS_TODAY when that is the mistake.
    if (error instanceof ConfigError) throw new ConfigError(error.file, namingJobs(error.problems, raw));
    throw error;
  }
}

function namingJobs(problems: readonly ConfigProblem[], raw: unknown): ConfigProblem[] {
  const jobs = raw !== null && typeof raw === 'object' ? (raw as { jobs?: unknown }).jobs : undefined;
  return problems.map((problem) => {
    const index = /^jobs\[(\d+)\]/.exec(problem.path)?.[1];
    const job = index !== undefined && Array.isArray(jobs) ? (jobs[Number(index)] as { name?: unknown }) : undefined;
    const name = job !== null && typeof job === 'object' ? job.name : undefined;
    return typeof name === 'string' && name !== '' ? { ...problem, job: name } : problem;
  });
}

function validateParsed(raw: unknown, file: string, options: LoadOptions, written: WrittenAt): LoadedConfig {
  if (raw === null || raw === undefined) {
    throw new ConfigError(file, [{ path: '', message: 'the file is empty; expected a mapping of settings' }]);
  }
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ConfigError(file, [{ path: '', message: 'expected a mapping of settings at the top level', value: raw }]);
  }

  const result = configSchema.safeParse(raw, { error: (issue) => describeIssue(issue, written) });
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
    ...issues.flatMap((issue) => toProblems(issue, raw, written)),
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

function readText(file: string, shown: string, choice: ConfigChoice | undefined): string {
  const how = choice ? ` (${howToNameAnotherConfig(choice)})` : '';
  if (!existsSync(file)) {
    throw new ConfigError(shown, [{ path: '', message: `config file not found${how}` }]);
  }
  if (!statSync(file).isFile()) {
    throw new ConfigError(shown, [{ path: '', message: `is not a file${how}` }]);
  }
  return readFileSync(file, 'utf8');
}

function parseYaml(file: string, text: string): { raw: unknown; written: WrittenAt } {
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
  const written: WrittenAt = (keyPath) => {
    const node: unknown = doc.getIn(keyPath as unknown[], true);
    return isScalar(node) && typeof node.source === 'string' ? node.source : undefined;
  };
  try {
    return { raw: doc.toJS({ maxAliasCount: 100 }), written };
  } catch (error) {
    // Resolving aliases and merge keys happens here, after parsing: e.g. `<<:` given a scalar, or an alias bomb.
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError(file, [{ path: '', message: `YAML anchors, aliases or merge keys (<<): ${reason}` }]);
  }
}

/**
 * Messages for zod's built-in checks, in the words of the config file. Custom messages in the schema win; a type
 * error says what the key takes (the schema's description of it, if it has one) and how to write it in YAML.
 */
function describeIssue(issue: z.core.$ZodRawIssue, written: WrittenAt): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return typeMessage(issue, written);
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

/** What each type is called in a message. */
const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'a mapping',
  record: 'a mapping',
  array: 'a list',
};

function typeMessage(issue: z.core.$ZodRawIssue & { code: 'invalid_type' }, written: WrittenAt): string {
  const keyPath = issue.path ?? [];
  const description = issue.inst ? z.globalRegistry.get(issue.inst as z.ZodType)?.description : undefined;
  const expected = description ?? TYPE_NAMES[issue.expected] ?? issue.expected;
  const input = issue.input;
  if (input === undefined) return `required key is missing; expected ${expected}`;
  const text = written(keyPath) ?? (typeof input === 'string' ? input : describeValue(input));
  if (input === null) {
    return `expected ${expected}, but the key has no value: write one after the colon, or leave the key out for its default`;
  }
  const kind = Array.isArray(input) ? 'list' : typeof input === 'object' ? 'mapping' : typeof input;
  const got = kind === 'string' ? 'text' : kind === 'boolean' ? 'true or false' : `a ${kind}`;
  switch (issue.expected) {
    case 'string':
      if (kind === 'number' || kind === 'boolean') {
        const asText = description === undefined ? '' : ', as text';
        return `expected ${expected}${asText}: YAML reads the unquoted ${text} as a ${kind}; quote it: '${text}'`;
      }
      return `expected ${expected}, not ${got}`;
    case 'number':
    case 'int':
      if (kind === 'number') return `expected ${expected}`;
      if (kind === 'string' && /^-?\d+(\.\d+)?$/.test(text)) {
        return `expected ${expected}; in quotes it is text: write it without quotes, ${text}`;
      }
      return `expected ${expected}, not ${got}`;
    case 'boolean':
      if (kind === 'string' && /^(true|false)$/i.test(text)) return 'expected true or false, without quotes';
      if (kind === 'string' && /^(yes|no|on|off|y|n)$/i.test(text)) {
        return 'expected true or false: YAML 1.2 reads yes, no, on and off as text';
      }
      return `expected true or false, not ${got}`;
    case 'object': {
      const keys = allowedKeysAt(keyPath);
      return (
        `expected a mapping (key: value lines indented below it, or { key: value }), not ${got}` +
        (keys.length > 0 ? `; its keys: ${keys.join(', ')}` : '')
      );
    }
    case 'record':
      return `expected a mapping of names to values, indented below it or as { name: value }, not ${got}`;
    case 'array':
      return kind === 'mapping'
        ? 'expected a list ([a, b], or one "- " line per entry), not a mapping'
        : `expected a list: write ['${text.replace(/'/g, "''")}'], or one "- " line per entry`;
    default:
      return `expected ${expected}`;
  }
}

function toProblems(issue: z.core.$ZodIssue, raw: unknown, written: WrittenAt): ConfigProblem[] {
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
  // A number or boolean is quoted as the file writes it: `(got 1.30)`, not the 1.3 YAML made of it.
  const text = typeof value === 'number' || typeof value === 'boolean' ? written(issue.path) : undefined;
  return [
    { path: formatPath(issue.path), message: issue.message, value, ...(text !== undefined ? { written: text } : {}) },
  ];
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

function warningsFor(config: EnvironmentConfig, today: string): string[] {
  const warnings: string[] = [];
  const placeholders = config.cluster.publicAccessCidrs.filter((c) => {
    const parsed = parseIpv4Cidr(c);
    return parsed !== undefined && isDocumentationRange(parsed);
  });
  if (placeholders.length > 0) {
    warnings.push(
      `cluster.publicAccessCidrs holds the documentation range ${placeholders.join(', ')}: a placeholder that reaches nobody, and EKS refuses reserved ranges such as this one: set it to your operator network's public CIDRs before deploying.`,
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
