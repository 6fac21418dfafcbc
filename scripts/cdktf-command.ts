/**
 * What `npm run deploy|diff|destroy|cdktf:synth` hand to the cdktf CLI. Pure, so the argument handling is tested
 * without running cdktf; scripts/cdktf.ts runs it.
 */
import { CONFIG_ENV_VAR, ConfigChoice, ConfigOptionError, takeConfigOption } from '../src/config/choice';
import { closest } from '../src/config/did-you-mean';

export const CDKTF_COMMANDS = ['deploy', 'diff', 'destroy', 'synth'] as const;
export type CdktfCommand = (typeof CDKTF_COMMANDS)[number];

export const CDKTF_USAGE =
  'usage: npm run <deploy | diff | destroy | cdktf:synth> -- [--config config/<env>.yaml] [--skip-docker-check] [stack ...] [cdktf options]';

/** The commands that run Terraform with the stacks' providers, the docker provider among them. */
export const TERRAFORM_COMMANDS: readonly CdktfCommand[] = ['deploy', 'diff', 'destroy'];

/** The wrapper's own option: run cdktf without checking Docker first. */
export const SKIP_DOCKER_CHECK = '--skip-docker-check';

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
  /** The arguments for the cdktf CLI: the command, then every argument but the wrapper's own `--config` and `--skip-docker-check`. */
  readonly args: readonly string[];
  /** The `--config` file as given, if any. */
  readonly configFile?: string;
  /** The stacks named on the command line. */
  readonly stacks: readonly string[];
  /** `--skip-docker-check` was given. */
  readonly skipDockerCheck: boolean;
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
  let skipDockerCheck = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === SKIP_DOCKER_CHECK) {
      skipDockerCheck = true;
      continue;
    }
    args.push(arg);
    if (VALUE_OPTIONS.has(arg)) {
      if (i + 1 < rest.length) args.push(rest[++i]);
    } else if (!arg.startsWith('-')) {
      stacks.push(arg);
    }
  }
  return { args, configFile, stacks, skipDockerCheck };
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

/**
 * The stacks of a command that need the Docker engine: those it runs (the named ones, patterns with `*` matched as
 * cdktf matches them, all of them when none is named) that build or pull images. Empty for synth, which runs no
 * provider.
 */
export function stacksNeedingDocker(
  invocation: CdktfInvocation,
  known: readonly string[],
  imageStacks: readonly string[],
): string[] {
  if (!TERRAFORM_COMMANDS.includes(invocation.args[0] as CdktfCommand)) return [];
  const runs = (stack: string) =>
    invocation.stacks.length === 0 ||
    invocation.stacks.some((pattern) =>
      pattern.includes('*')
        ? new RegExp(`^${pattern.split('*').map(escapeRegExp).join('.*')}$`).test(stack)
        : pattern === stack,
    );
  return known.filter((stack) => imageStacks.includes(stack) && runs(stack));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
