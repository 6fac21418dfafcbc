/** One problem in a config file: where it is, what was found, and what is allowed. */
export interface ConfigProblem {
  /** Key path in the file, e.g. `jobs[1].executor.memory`; empty for the whole file. */
  readonly path: string;
  /** What is wrong and what is allowed. */
  readonly message: string;
  /** The offending value, when there is one. */
  readonly value?: unknown;
  /** The value's text in the file, where YAML made something else of it: `1.30`, which it reads as 1.3. */
  readonly written?: string;
  /** The name of the job the path lies in, shown beside its index: `jobs[2] (weather-data).driver.cores`. */
  readonly job?: string;
}

/**
 * The one error type for bad configuration. Its message is meant for the person who wrote the file:
 * one line per problem, each naming the file, the key path, the bad value and what is allowed.
 */
export class ConfigError extends Error {
  public readonly problems: readonly ConfigProblem[];

  constructor(
    public readonly file: string,
    problems: readonly ConfigProblem[],
  ) {
    super(problems.map((p) => formatProblem(file, p)).join('\n'));
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

export function formatProblem(file: string, problem: ConfigProblem): string {
  const keyPath = withJobName(problem.path, problem.job);
  const where = keyPath ? `${file}: ${keyPath}` : file;
  const shown = problem.written ?? (problem.value === undefined ? undefined : describeValue(problem.value));
  const got = shown === undefined ? '' : ` (got ${shown})`;
  return `${where}: ${problem.message}${got}`;
}

/** A key path with the job's name beside its index, `jobs[2] (weather-data).driver.cores`, when it is known. */
export function withJobName(keyPath: string, job: string | undefined): string {
  return job === undefined ? keyPath : keyPath.replace(/^jobs\[\d+\]/, (at) => `${at} (${job})`);
}

/** A value as the user wrote it, in YAML flow style: `"512x"`, `3`, `{ vcpu: 3, memoryGiB: 5 }`, `[a, b]`. */
export function describeValue(value: unknown): string {
  const text = flow(value);
  return text.length <= MAX_VALUE_LENGTH ? text : `${text.slice(0, MAX_VALUE_LENGTH - 1)}…`;
}

/** Longer values (a whole job, say) are cut, so one problem stays one readable line. */
const MAX_VALUE_LENGTH = 120;

function flow(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(flow).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => `${/^[\w.-]+$/.test(k) ? k : JSON.stringify(k)}: ${flow(v)}`);
    return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`;
  }
  return String(value);
}

/** Formats a key path the way users write it: `jobs[1].executor.memory`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((segment, i) =>
      typeof segment === 'number' ? `[${segment}]` : i === 0 ? String(segment) : `.${String(segment)}`,
    )
    .join('');
}
