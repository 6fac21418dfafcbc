import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { synthesize } from '../src/app';
import { EnvironmentConfig } from '../src/config/schema';

/** The synthesized Terraform JSON of one stack. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type StackJson = Record<string, any>;

export interface SynthesizedApp {
  readonly outdir: string;
  readonly stackNames: readonly string[];
  stack(name: string): StackJson;
  /** The raw bytes of a stack's cdk.tf.json. */
  text(name: string): string;
  /** The folder that holds the stack's cdk.tf.json (and its assets). */
  stackDir(name: string): string;
  cleanup(): void;
}

/**
 * Synthesizes the whole App into a temporary folder, as `npm run synth` does, so cross-stack references
 * (remote state, outputs) are resolved the way users get them; `Testing.synth` skips that wiring.
 */
export function synthesizeApp(config: EnvironmentConfig, tempPrefix = 'spark-eks-test-'): SynthesizedApp {
  const outdir = mkdtempSync(path.join(tmpdir(), tempPrefix));
  try {
    synthesize(config, outdir);
  } catch (error) {
    rmSync(outdir, { recursive: true, force: true });
    throw error;
  }
  const manifest = JSON.parse(readFileSync(path.join(outdir, 'manifest.json'), 'utf8')) as {
    stacks: Record<string, { synthesizedStackPath: string }>;
  };
  const stackPath = (name: string): string => {
    const entry = manifest.stacks[name];
    if (!entry) throw new Error(`no stack ${name}; stacks: ${Object.keys(manifest.stacks).join(', ')}`);
    return path.join(outdir, entry.synthesizedStackPath);
  };
  const text = (name: string): string => readFileSync(stackPath(name), 'utf8');
  return {
    outdir,
    stackNames: Object.keys(manifest.stacks),
    text,
    stackDir: (name) => path.dirname(stackPath(name)),
    stack: (name) => JSON.parse(text(name)) as StackJson,
    cleanup: () => rmSync(outdir, { recursive: true, force: true }),
  };
}

/**
 * The value of the output that a cross-stack reference reads: `${data.terraform_remote_state.cross-stack-reference-
 * input-<stack>.outputs.<name>}` resolves to `<stack>`'s output `<name>`.
 */
export function referencedOutput(app: SynthesizedApp, reference: string): unknown {
  const match = /^\$\{data\.terraform_remote_state\.cross-stack-reference-input-([\w-]+)\.outputs\.([\w-]+)\}$/.exec(
    reference,
  );
  if (!match) throw new Error(`${reference} is not a cross-stack reference`);
  const output = app.stack(match[1]).output?.[match[2]];
  if (!output) throw new Error(`stack ${match[1]} has no output ${match[2]}`);
  return output.value;
}
