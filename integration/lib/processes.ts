import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { prioritized } from './lanes';
import { sleep } from './net';
import { CheckError } from './report';

/** One long-running process an engine started: its own process group, its output in a log file. */
export interface Component {
  readonly name: string;
  readonly child: ChildProcess;
  readonly log: string;
  exited?: number | string;
}

/**
 * The processes of one engine (a control plane, a Docker daemon, a registry): each started as a process group of its
 * own, so that `stop()` ends it with everything it started, whatever state it is in; every wait is bounded and fails
 * early, with the log's end, when a process it depends on has exited.
 */
export class Processes {
  private readonly components: Component[] = [];

  constructor(readonly logDir: string) {}

  /** Starts a process as its own process group, its output in `<logDir>/<name>.log`. */
  spawn(
    name: string,
    command: string,
    args: readonly string[],
    options: { env?: NodeJS.ProcessEnv; cwd?: string } = {},
  ): Component {
    mkdirSync(this.logDir, { recursive: true });
    const log = path.join(this.logDir, `${name}.log`);
    const out = createWriteStream(log);
    const [file, argv] = prioritized(command, args);
    const child = spawn(file, argv, {
      env: options.env ?? process.env,
      cwd: options.cwd,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.pipe(out);
    child.stderr?.pipe(out);
    const component: Component = { name, child, log };
    child.on('exit', (code, signal) => {
      component.exited = code ?? signal ?? 'unknown';
    });
    child.on('error', (error) => {
      component.exited = error.message;
    });
    this.components.push(component);
    return component;
  }

  /** The last lines a process wrote. */
  tail(component: Component, lines = 15): string {
    if (!existsSync(component.log)) return '';
    return readFileSync(component.log, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  }

  /** Waits until `probe` returns true; fails early with its log when a process has exited, and at the timeout. */
  async waitFor(
    what: string,
    timeoutMs: number,
    probe: () => Promise<boolean>,
    watch: readonly Component[] = [],
  ): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let lastError = '';
    for (;;) {
      for (const component of watch.length ? watch : this.components) {
        if (component.exited !== undefined) {
          throw new Error(
            `${component.name} exited (${String(component.exited)}) while waiting for ${what}:\n${this.tail(component)}`,
          );
        }
      }
      try {
        if (await probe()) return;
      } catch (error) {
        // A probe that has found the answer (a rejected pod, a failed submission) ends the wait at once.
        if (error instanceof CheckError) throw error;
        lastError = error instanceof Error ? error.message : String(error);
      }
      if (Date.now() > deadline) {
        throw new Error(
          `${what}: not within ${Math.round(timeoutMs / 1000)} s${lastError ? ` (last error: ${lastError})` : ''}`,
        );
      }
      await sleep(500);
    }
  }

  /** Stops a process (its whole process group): `signal` (SIGTERM), then SIGKILL after `graceMs`. */
  async stopComponent(component: Component, graceMs = 10_000, first: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    const pid = component.child.pid;
    if (component.exited !== undefined || pid === undefined) return;
    const signal = (sig: NodeJS.Signals) => {
      try {
        process.kill(-pid, sig);
      } catch {
        // already gone
      }
    };
    signal(first);
    const deadline = Date.now() + graceMs;
    while (component.exited === undefined && Date.now() < deadline) await sleep(100);
    signal('SIGKILL');
    while (component.exited === undefined && Date.now() < deadline + 5_000) await sleep(100);
  }

  /** Stops everything in reverse order of start. */
  async stop(): Promise<void> {
    for (const component of [...this.components].reverse()) await this.stopComponent(component);
  }
}
