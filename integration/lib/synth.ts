import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { synthesize } from '../../src/app';
import { loadConfig } from '../../src/config/load';
import { EnvironmentConfig } from '../../src/config/schema';

/** The synthesized Terraform JSON of one stack. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type StackJson = Record<string, any>;

export type StackKind = 'state' | 'core' | 'platform' | 'jobs';

/** One config, synthesized exactly as `npm run synth` does, into a temporary folder. */
export interface SynthesizedEnv {
  /** Short name used in every output line: `default` or `nondefault`. */
  readonly label: string;
  readonly configFile: string;
  readonly config: EnvironmentConfig;
  readonly outdir: string;
  /** Stack names, e.g. `spark-eks-core`. */
  readonly stackNames: readonly string[];
  /** `<prefix>-<kind>`. */
  stackName(kind: StackKind): string;
  /** The folder that holds the stack's `cdk.tf.json`. */
  stackDir(name: string): string;
  stack(name: string): StackJson;
  cleanup(): void;
}

export const INTEGRATION_ROOT = path.resolve(__dirname, '..');
export const PROJECT_ROOT = path.resolve(INTEGRATION_ROOT, '..');

/** The two configs every check runs on. */
export const CONFIGS: readonly { readonly label: string; readonly file: string }[] = [
  { label: 'default', file: path.join(PROJECT_ROOT, 'config', 'default.yaml') },
  { label: 'nondefault', file: path.join(INTEGRATION_ROOT, 'configs', 'nondefault.yaml') },
];

export function synthesizeEnv(label: string, configFile: string): SynthesizedEnv {
  const { config } = loadConfig(configFile);
  const outdir = mkdtempSync(path.join(tmpdir(), `spark-eks-integration-${label}-`));
  try {
    synthesize(config, outdir);
  } catch (error) {
    rmSync(outdir, { recursive: true, force: true });
    throw error;
  }
  const manifest = JSON.parse(readFileSync(path.join(outdir, 'manifest.json'), 'utf8')) as {
    stacks: Record<string, { synthesizedStackPath: string; workingDirectory: string }>;
  };
  const entry = (name: string) => {
    const found = manifest.stacks[name];
    if (!found) throw new Error(`no stack ${name}; stacks: ${Object.keys(manifest.stacks).join(', ')}`);
    return found;
  };
  const cache = new Map<string, StackJson>();
  return {
    label,
    configFile,
    config,
    outdir,
    stackNames: Object.keys(manifest.stacks).sort(),
    stackName: (kind) => `${config.prefix}-${kind}`,
    stackDir: (name) => path.join(outdir, path.dirname(entry(name).synthesizedStackPath)),
    stack: (name) => {
      let json = cache.get(name);
      if (!json) {
        json = JSON.parse(readFileSync(path.join(outdir, entry(name).synthesizedStackPath), 'utf8')) as StackJson;
        cache.set(name, json);
      }
      return json;
    },
    cleanup: () => rmSync(outdir, { recursive: true, force: true }),
  };
}

/** Every resource of a stack as `[type, name, body]`, sorted by address. */
export function resources(stack: StackJson): [string, string, StackJson][] {
  const out: [string, string, StackJson][] = [];
  for (const [type, byName] of Object.entries((stack.resource ?? {}) as Record<string, Record<string, StackJson>>)) {
    for (const [name, body] of Object.entries(byName)) out.push([type, name, body]);
  }
  return out.sort((a, b) => `${a[0]}.${a[1]}`.localeCompare(`${b[0]}.${b[1]}`));
}
