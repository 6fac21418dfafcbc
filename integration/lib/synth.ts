import * as path from 'node:path';
import { loadConfig, PROJECT_ROOT } from '../../src/config/load';
import { EnvironmentConfig } from '../../src/config/schema';
import { StackRole, stackId } from '../../src/stacks/stack-settings';
import { StackJson, synthesizeApp } from '../../test-support/synth';

export { PROJECT_ROOT };
export type { StackJson };

/** One config, synthesized exactly as `npm run synth` does, into a temporary folder. */
export interface SynthesizedEnv {
  /** Short name used in every output line: `default` or `nondefault`. */
  readonly label: string;
  readonly configFile: string;
  readonly config: EnvironmentConfig;
  readonly outdir: string;
  /** Stack names, e.g. `spark-eks-core`. */
  readonly stackNames: readonly string[];
  /** `<prefix>-<role>`. */
  stackName(role: StackRole): string;
  /** The folder that holds the stack's `cdk.tf.json`. */
  stackDir(name: string): string;
  stack(name: string): StackJson;
  cleanup(): void;
}

export const INTEGRATION_ROOT = path.resolve(__dirname, '..');

/** The two configs every check runs on. */
export const CONFIGS: readonly { readonly label: string; readonly file: string }[] = [
  { label: 'default', file: path.join(PROJECT_ROOT, 'config', 'default.yaml') },
  { label: 'nondefault', file: path.join(INTEGRATION_ROOT, 'configs', 'nondefault.yaml') },
];

/** Synthesizes one config exactly as `npm run synth` does (through the tests' own whole-App synthesis). */
export function synthesizeEnv(label: string, configFile: string): SynthesizedEnv {
  const { config } = loadConfig(configFile);
  const app = synthesizeApp(config, `spark-eks-integration-${label}-`);
  const cache = new Map<string, StackJson>();
  return {
    label,
    configFile,
    config,
    outdir: app.outdir,
    stackNames: [...app.stackNames].sort(),
    stackName: (role) => stackId(config, role),
    stackDir: (name) => app.stackDir(name),
    stack: (name) => {
      let json = cache.get(name);
      if (!json) {
        json = app.stack(name);
        cache.set(name, json);
      }
      return json;
    },
    cleanup: () => app.cleanup(),
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
