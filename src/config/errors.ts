/** One problem in a config file: where it is, what was found, and what is allowed. */
export interface ConfigProblem {
  /** Key path in the file, e.g. `jobs[1].executor.memory`; empty for the whole file. */
  readonly path: string;
  /** What is wrong and what is allowed. */
  readonly message: string;
  /** The offending value as written in the file, when there is one. */
  readonly value?: unknown;
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
  const where = problem.path ? `${file}: ${problem.path}` : file;
  const got = problem.value === undefined ? '' : ` (got ${describeValue(problem.value)})`;
  return `${where}: ${problem.message}${got}`;
}

function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
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
