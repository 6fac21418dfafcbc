/**
 * One synthesized stack, copied into a working folder of its own with its override files, and the Terraform
 * commands a user runs on it: init (offline, from the mirror), plan, apply, destroy, and what `terraform show -json`
 * says of its state and plans.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { run, RunOptions, RunResult } from '../lib/exec';
import { Terraform } from '../tools/terraform';

type Json = Record<string, unknown>;

/** One resource change of a plan that is not a no-op (nor a data source read). */
export interface PlannedChange {
  readonly address: string;
  readonly actions: readonly string[];
  /** The attributes whose planned value differs from the state's (or is unknown until apply). */
  readonly attributes: readonly string[];
  readonly reason?: string;
}

export interface StateResource {
  readonly address: string;
  readonly type: string;
  readonly mode: 'managed' | 'data';
  readonly values: Json;
}

/**
 * The attribute paths whose planned value differs from the state's, or that stay unknown until apply, down to the
 * leaf (`object.spec.suspend`), so that a change of one field of a big object says which; at most 8 per change.
 */
export function changedAttributes(before: unknown, after: unknown, afterUnknown: unknown): string[] {
  const paths: string[] = [];
  const walk = (b: unknown, a: unknown, unknown: unknown, at: string) => {
    if (unknown === true) {
      paths.push(`${at} (known after apply)`);
      return;
    }
    const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
    if (isObject(b) && isObject(a) && Array.isArray(b) === Array.isArray(a)) {
      const u = isObject(unknown) ? unknown : {};
      for (const key of new Set([...Object.keys(b), ...Object.keys(a), ...Object.keys(u)]))
        walk(b[key], a[key], u[key], at ? `${at}.${key}` : key);
    } else if (!isDeepStrictEqual(b, a)) {
      paths.push(at);
    }
  };
  walk(before ?? {}, after ?? {}, afterUnknown ?? {}, '');
  return paths.sort().slice(0, 8);
}

/** A Terraform command running in the background. */
export interface Running {
  readonly done: Promise<{ code: number; output: string; interrupted: boolean }>;
  /** The exit code, once it has exited. */
  exited(): number | undefined;
}

export class StackWorkspace {
  constructor(
    readonly name: string,
    readonly dir: string,
    private readonly terraform: Terraform,
    private readonly extraEnv: NodeJS.ProcessEnv,
  ) {}

  /** Copies the synthesized stack folder (with its assets) and writes the override files into the copy. */
  static create(
    name: string,
    stackDir: string,
    dir: string,
    overrides: Record<string, unknown>,
    terraform: Terraform,
    env: NodeJS.ProcessEnv,
  ): StackWorkspace {
    mkdirSync(path.dirname(dir), { recursive: true });
    cpSync(stackDir, dir, { recursive: true });
    for (const [file, content] of Object.entries(overrides))
      writeFileSync(path.join(dir, file), `${JSON.stringify(content, null, 2)}\n`);
    return new StackWorkspace(name, dir, terraform, env);
  }

  /** The same folder and state with other environment settings (DOCKER_HOST of another daemon: a fresh runner). */
  withEnv(env: NodeJS.ProcessEnv): StackWorkspace {
    return new StackWorkspace(this.name, this.dir, this.terraform, { ...this.extraEnv, ...env });
  }

  env(): NodeJS.ProcessEnv {
    return { ...this.terraform.env(path.join(this.dir, '.terraform')), ...this.extraEnv };
  }

  terraformCommand(args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
    return run(this.terraform.bin, args, { cwd: this.dir, env: this.env(), timeoutMs: 30 * 60_000, ...options });
  }

  /**
   * A Terraform command in the background, its output watched: with `interruptOn`, SIGINT is sent to it (as Ctrl-C
   * does) the first time its output matches. Bounded: SIGKILL after 20 minutes.
   */
  start(args: readonly string[], options: { interruptOn?: RegExp } = {}): Running {
    const child = spawn(this.terraform.bin, args, {
      cwd: this.dir,
      env: this.env(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let interrupted = false;
    let code: number | undefined;
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (options.interruptOn && !interrupted && options.interruptOn.test(output)) {
        interrupted = true;
        child.kill('SIGINT');
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const done = new Promise<{ code: number; output: string; interrupted: boolean }>((resolve) => {
      const timer = setTimeout(() => child.kill('SIGKILL'), 20 * 60_000);
      child.on('error', (error) => {
        output += `\n${error.message}`;
      });
      child.on('close', (exitCode) => {
        clearTimeout(timer);
        code = exitCode ?? -1;
        resolve({ code, output, interrupted });
      });
    });
    return { done, exited: () => code };
  }

  /** `terraform init`, offline from the mirror; returns the providers the lock file records, with their versions. */
  async init(): Promise<Map<string, string>> {
    await this.terraformCommand(['init', '-input=false', '-no-color'], { timeoutMs: 10 * 60_000 });
    const lock = path.join(this.dir, '.terraform.lock.hcl');
    if (!existsSync(lock)) throw new Error(`${this.name}: terraform init wrote no .terraform.lock.hcl`);
    const out = new Map<string, string>();
    const text = readFileSync(lock, 'utf8');
    for (const match of text.matchAll(
      /provider "([^"]+)" \{\s*version\s*=\s*"([^"]+)"[\s\S]*?hashes\s*=\s*\[([\s\S]*?)\]/g,
    )) {
      if (!/"h1:[A-Za-z0-9+/=]+"/.test(match[3]))
        throw new Error(`${this.name}: the lock file has no h1 hash for ${match[1]}`);
      out.set(match[1], match[2]);
    }
    return out;
  }

  apply(args: readonly string[] = []): Promise<RunResult> {
    return this.terraformCommand(['apply', '-auto-approve', '-input=false', '-no-color', ...args]);
  }

  destroy(): Promise<RunResult> {
    return this.terraformCommand(['destroy', '-auto-approve', '-input=false', '-no-color']);
  }

  /** `terraform plan -detailed-exitcode`: 0 no change, 2 changes; the changes as `terraform show -json` has them. */
  async plan(file = 'second.tfplan'): Promise<{ code: number; changes: PlannedChange[]; result: RunResult }> {
    const result = await this.terraformCommand(
      ['plan', '-detailed-exitcode', '-input=false', '-no-color', `-out=${file}`],
      {
        okCodes: [0, 2],
      },
    );
    const plan = JSON.parse((await this.terraformCommand(['show', '-json', file])).stdout) as {
      resource_changes?: {
        address: string;
        change: { actions: string[]; before: unknown; after: unknown; after_unknown: unknown };
        action_reason?: string;
      }[];
    };
    const changes = (plan.resource_changes ?? [])
      .filter((change) => !change.change.actions.every((action) => action === 'no-op' || action === 'read'))
      .map((change) => ({
        address: change.address,
        actions: change.change.actions,
        attributes: changedAttributes(change.change.before, change.change.after, change.change.after_unknown),
        ...(change.action_reason ? { reason: change.action_reason } : {}),
      }));
    return { code: result.code, changes, result };
  }

  /** Every resource of the state, as `terraform show -json` has it (root module only: the stacks have no modules). */
  async state(): Promise<StateResource[]> {
    const shown = JSON.parse((await this.terraformCommand(['show', '-json'])).stdout) as {
      values?: { root_module?: { resources?: StateResource[] } };
    };
    return shown.values?.root_module?.resources ?? [];
  }
}
