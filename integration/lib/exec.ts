import { spawn } from 'node:child_process';
import { prioritized } from './lanes';

export interface RunOptions {
  readonly cwd?: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Text for standard input. */
  readonly input?: string;
  /** Kill the command after this long. @default 30 minutes */
  readonly timeoutMs?: number;
  /** Exit codes that are not failures. @default [0] */
  readonly okCodes?: readonly number[];
}

export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** A command that failed: the message carries the command, its exit code and the end of its output. */
export class CommandError extends Error {
  constructor(
    readonly command: string,
    readonly result: RunResult,
  ) {
    const tail = (result.stderr.trim() || result.stdout.trim()).split('\n').slice(-25).join('\n');
    super(`\`${command}\` exited with ${result.code}${tail ? `:\n${tail}` : ''}`);
  }
}

/** Runs a command without a shell and collects its output. Rejects on a non-allowed exit code or a timeout. */
export function run(command: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  const display = [command, ...args].join(' ');
  return new Promise((resolve, reject) => {
    const [file, argv] = prioritized(command, args);
    const child = spawn(file, argv, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    const timeoutMs = options.timeoutMs ?? 30 * 60_000;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`\`${display}\` could not start: ${error.message}`));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      const result = {
        code: code ?? -1,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      };
      if (timedOut) reject(new Error(`\`${display}\` did not finish within ${Math.round(timeoutMs / 1000)} s`));
      else if (!(options.okCodes ?? [0]).includes(result.code)) reject(new CommandError(display, result));
      else resolve(result);
    });
    // A child that exits before reading its input (openssl, a failing tool) closes the pipe: EPIPE on stdin is not
    // an error of ours, and its exit code says what happened.
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
  });
}
