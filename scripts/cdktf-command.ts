/**
 * What `npm run deploy|diff|destroy|cdktf:synth` hand to the cdktf CLI. Pure, so the argument handling is tested
 * without running cdktf; scripts/cdktf.ts runs it.
 */
import { CONFIG_ENV_VAR, ConfigChoice, ConfigOptionError, takeConfigOption } from '../src/config/choice';
import { closest } from '../src/config/did-you-mean';

export const CDKTF_COMMANDS = ['deploy', 'diff', 'destroy', 'synth'] as const;
export type CdktfCommand = (typeof CDKTF_COMMANDS)[number];

export const CDKTF_USAGE =
  'usage: npm run <deploy | diff | destroy | cdktf:synth> -- [--config config/<env>.yaml] [stack ...] [cdktf options]';

/** cdktf options of these commands that take a value: the value is not a stack name. */
const VALUE_OPTIONS = new Set([
  '--app',
  '-a',
  '--output',
  '-o',
  '--outputs-file',
  '--parallelism',
  '--terraform-parallelism',
  '--var',
  '--var-file',
  '--log-level',
  '--log-file-directory',
  '--experimental-provider-schema-cache-path',
]);

export class CdktfUsageError extends Error {
  constructor(message: string) {
    super(`${message}; ${CDKTF_USAGE}`);
    this.name = 'CdktfUsageError';
  }
}

export interface CdktfInvocation {
  /** The arguments for the cdktf CLI: the command, then every argument but `--config`. */
  readonly args: readonly string[];
  /** The `--config` file as given, if any. */
  readonly configFile?: string;
  /** The stacks named on the command line. */
  readonly stacks: readonly string[];
}

/** Splits `<command> [--config FILE] [args...]` into what cdktf gets and what the wrapper uses. */
export function parseCdktfArgs(argv: readonly string[]): CdktfInvocation {
  const [command, ...given] = argv;
  if (!(CDKTF_COMMANDS as readonly string[]).includes(command ?? '')) {
    throw new CdktfUsageError(`expected one of ${CDKTF_COMMANDS.join(', ')} (got ${command ?? 'nothing'})`);
  }
  let taken: ReturnType<typeof takeConfigOption>;
  try {
    taken = takeConfigOption(given);
  } catch (error) {
    if (error instanceof ConfigOptionError) throw new CdktfUsageError(error.message);
    throw error;
  }
  const { configFile, rest } = taken;
  const args: string[] = [command];
  const stacks: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    args.push(arg);
    if (VALUE_OPTIONS.has(arg)) {
      if (i + 1 < rest.length) args.push(rest[++i]);
    } else if (!arg.startsWith('-')) {
      stacks.push(arg);
    }
  }
  return { args, configFile, stacks };
}

/**
 * The environment for the cdktf CLI: the config the app synthesizes (chosen as every command chooses it, see
 * src/config/choice.ts), as an absolute path so the app reads the same file, and no checkpoint call (the CLI's
 * version check, which offline logs an `[ERROR]`).
 */
export function cdktfEnvironment(choice: ConfigChoice, env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return {
    ...env,
    ...(choice.source === 'default' ? {} : { [CONFIG_ENV_VAR]: choice.file }),
    CHECKPOINT_DISABLE: env.CHECKPOINT_DISABLE || '1',
  };
}

/** The named stacks that the config does not make (patterns with `*` are left to cdktf). */
export function unknownStacks(requested: readonly string[], known: readonly string[]): string[] {
  return requested.filter((name) => !name.includes('*') && !known.includes(name));
}

/**
 * What to say when stacks are named that the config (`file`) does not make: each with the stack it likely means,
 * the config's stacks, and how to name another config. Undefined when every stack is known.
 */
export function unknownStacksProblem(
  file: string,
  requested: readonly string[],
  known: readonly string[],
): string | undefined {
  const unknown = unknownStacks(requested, known);
  if (unknown.length === 0) return undefined;
  const named = unknown.map((name) => {
    const meant = closest(name, known);
    return meant ? `${name} (did you mean ${meant}?)` : name;
  });
  return (
    `${file} makes no stack ${named.join(', ')}; its stacks: ${known.join(', ')}; ` +
    'for a stack of another config, name that config with --config or SPARK_EKS_CONFIG'
  );
}
