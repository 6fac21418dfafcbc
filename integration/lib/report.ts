/** Where in the synthesized Terraform a problem is: the stack, the resource address and the attribute path. */
export interface Location {
  readonly stack?: string;
  readonly resource?: string;
  readonly attribute?: string;
}

export interface Problem {
  readonly message: string;
  readonly location?: Location;
}

/** A check that found problems. Thrown by a check; the reporter prints one line per problem. */
export class CheckError extends Error {
  readonly problems: readonly Problem[];

  constructor(problems: Problem | readonly Problem[]) {
    const list = Array.isArray(problems) ? (problems as readonly Problem[]) : [problems as Problem];
    super(list.map((problem) => formatProblem(problem)).join('\n'));
    this.problems = list;
  }
}

/** Throws a {@link CheckError} when there are problems. */
export function failIfAny(problems: readonly Problem[]): void {
  if (problems.length > 0) throw new CheckError(problems);
}

export function formatProblem(problem: Problem): string {
  const { stack, resource, attribute } = problem.location ?? {};
  const where = [stack, resource, attribute].filter(Boolean).join(' ');
  return where ? `${where}: ${problem.message}` : problem.message;
}

/**
 * Prints one line per check with its figure, or one line per problem it found, and the closing count. A check is
 * a function that returns its figure (what it measured) or throws.
 */
export class Reporter {
  private passed = 0;
  private failed = 0;

  constructor(private readonly write: (line: string) => void = (line) => console.log(line)) {}

  get failures(): number {
    return this.failed;
  }

  async check(scope: string, name: string, body: () => string | Promise<string>): Promise<boolean> {
    const started = Date.now();
    const seconds = (): string => `${((Date.now() - started) / 1000).toFixed(1)} s`;
    try {
      const figure = await body();
      this.passed += 1;
      this.write(`ok    ${scope.padEnd(10)} ${name.padEnd(30)} ${figure} (${seconds()})`);
      return true;
    } catch (error) {
      this.failed += 1;
      const problems =
        error instanceof CheckError
          ? error.problems
          : [{ message: error instanceof Error ? error.message : String(error) }];
      for (const problem of problems) {
        const lines = formatProblem(problem).split('\n');
        this.write(`FAIL  ${scope.padEnd(10)} ${name.padEnd(30)} ${lines[0]}`);
        for (const line of lines.slice(1)) this.write(`      ${' '.repeat(10)} ${' '.repeat(30)} ${line}`);
      }
      this.write(`      ${' '.repeat(10)} ${' '.repeat(30)} (${seconds()})`);
      return false;
    }
  }

  /** The closing line, in the plain form CI reads. */
  summary(): string {
    return `${this.passed} passed, ${this.failed} failed`;
  }
}
