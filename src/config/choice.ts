/**
 * Which config file a command reads. Every command that reads the config (`npm run synth`, `report`, `timeline`,
 * `deploy`, `diff`, `destroy`, `gen`) takes it the same way, with the same messages:
 *
 *   1. `--config FILE` (or `--config=FILE`), relative to the folder you ran npm in;
 *   2. else `SPARK_EKS_CONFIG`, relative to the project root (where npm runs every script);
 *   3. else `config/default.yaml`.
 *
 * A problem with the file names the option that chose it, so the fix is where the user looks.
 */
import * as path from 'node:path';

export const CONFIG_ENV_VAR = 'SPARK_EKS_CONFIG';
export const CONFIG_OPTION = '--config';
export const DEFAULT_CONFIG_FILE = 'config/default.yaml';

/** The project's root folder: where `docker/`, `config/` and `main.ts` live. */
export const PROJECT_ROOT = path.resolve(__dirname, '..', '..');

/** How the config was named: the messages about the file repeat it back. */
export type ConfigSource = typeof CONFIG_OPTION | typeof CONFIG_ENV_VAR | 'default';

export interface ConfigChoice {
  /** The file to read, absolute. */
  readonly file: string;
  /** The file as the user named it (the default as `config/default.yaml`): how messages name it. */
  readonly shown: string;
  readonly source: ConfigSource;
}

/** A mistake in how `--config` is given; the command adds its own usage line. */
export class ConfigOptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigOptionError';
  }
}

/** Takes `--config FILE` or `--config=FILE` out of a command's arguments, wherever it stands. */
export function takeConfigOption(argv: readonly string[]): { configFile?: string; rest: string[] } {
  const rest: string[] = [];
  let configFile: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg !== CONFIG_OPTION && !arg.startsWith(`${CONFIG_OPTION}=`)) {
      rest.push(arg);
      continue;
    }
    const value = arg === CONFIG_OPTION ? argv[++i] : arg.slice(CONFIG_OPTION.length + 1);
    if (!value || value.startsWith('-')) throw new ConfigOptionError(`${CONFIG_OPTION} needs a file`);
    if (configFile !== undefined) throw new ConfigOptionError(`${CONFIG_OPTION} is given twice`);
    configFile = value;
  }
  return { configFile, rest };
}

/**
 * The config a command reads. `--config` is the user's own argument, so it is relative to where they ran npm
 * (`INIT_CWD`, which npm sets; `cwd` when run without npm). `SPARK_EKS_CONFIG` keeps the meaning it has always had
 * for `npm run synth`: relative to the folder the script runs in, the project root under npm.
 */
export function chooseConfig(
  configFile: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
  cwd: string = process.cwd(),
): ConfigChoice {
  if (configFile !== undefined) {
    return { file: path.resolve(env.INIT_CWD || cwd, configFile), shown: configFile, source: CONFIG_OPTION };
  }
  const fromEnv = env[CONFIG_ENV_VAR]?.trim();
  if (fromEnv) return { file: path.resolve(cwd, fromEnv), shown: fromEnv, source: CONFIG_ENV_VAR };
  return { file: path.join(PROJECT_ROOT, DEFAULT_CONFIG_FILE), shown: DEFAULT_CONFIG_FILE, source: 'default' };
}

/** What to do when the chosen file is missing or not a file, in the words of the option that chose it. */
export function howToNameAnotherConfig(choice: Pick<ConfigChoice, 'file' | 'shown' | 'source'>): string {
  const readAs = path.resolve(choice.shown) === choice.file ? '' : `, read as ${choice.file}`;
  switch (choice.source) {
    case CONFIG_OPTION:
      return `named by ${CONFIG_OPTION}${readAs}; pass ${CONFIG_OPTION} an existing YAML file, relative to the folder you run npm in`;
    case CONFIG_ENV_VAR:
      return `named by ${CONFIG_ENV_VAR}${readAs}; set ${CONFIG_ENV_VAR} to an existing YAML file, relative to the project root, or pass ${CONFIG_OPTION} FILE`;
    default:
      return `the default, read when neither ${CONFIG_OPTION} nor ${CONFIG_ENV_VAR} names a config${readAs}; name yours with ${CONFIG_OPTION} FILE or ${CONFIG_ENV_VAR}`;
  }
}
