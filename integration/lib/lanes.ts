/**
 * The suite runs its stages in lanes at once (run.ts): the deploy stage, whose cluster is timed by the API server,
 * the node and the operator, beside the other stages, which only compute. Every command a lower lane starts runs
 * under `nice`, so that when both want the two CPUs the deploy stage's engines get them and the other lane fills the
 * time the cluster spends waiting.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

const niceness = new AsyncLocalStorage<number>();

/** Runs `body` so that every command it starts (through lib/exec or lib/processes) runs at `level` (1-19). */
export function atNiceness<T>(level: number, body: () => Promise<T>): Promise<T> {
  if (!Number.isInteger(level) || level < 1 || level > 19) throw new Error(`niceness ${level}: expected 1-19`);
  return niceness.run(level, body);
}

/** The command line to spawn: under `nice -n <level>` inside {@link atNiceness}, else as given. */
export function prioritized(command: string, args: readonly string[]): [string, readonly string[]] {
  const level = niceness.getStore();
  return level === undefined ? [command, args] : ['nice', ['-n', String(level), command, ...args]];
}
