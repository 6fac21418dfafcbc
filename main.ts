import { chooseConfig, ConfigOptionError, takeConfigOption } from './src/config/choice';
import { ConfigError } from './src/config/errors';
import { LoadedConfig, loadConfig } from './src/config/load';
import { outdirProblem } from './src/outdir';

// The cdktf CLI prints every line its app writes on stderr as `[ERROR]`, and hides stdout unless it runs in a
// terminal; it prints the stacks' warning annotations as `WARN`. It sets SYNTH_HCL_OUTPUT for the app it runs.
const underCdktf = process.env.SYNTH_HCL_OUTPUT !== undefined;
const outdir = process.env.CDKTF_OUTDIR || 'cdktf.out';

const USAGE = 'usage: npm run synth -- [--config FILE]  (else SPARK_EKS_CONFIG, else config/default.yaml)';

/** The config the command line names; anything else on it is a mistake, not something to ignore. */
function chosenConfig(): ReturnType<typeof chooseConfig> {
  const { configFile, rest } = takeConfigOption(process.argv.slice(2));
  if (rest.length > 0) throw new ConfigOptionError(`unexpected argument ${rest[0]}`);
  return chooseConfig(configFile);
}

async function main(): Promise<void> {
  const problems: string[] = [];
  let loaded: LoadedConfig | undefined;
  try {
    loaded = loadConfig(chosenConfig());
  } catch (error) {
    if (error instanceof ConfigOptionError) problems.push(`${error.message}; ${USAGE}`);
    else if (error instanceof ConfigError) problems.push(error.message);
    else throw error;
  }
  const badOutdir = outdirProblem(outdir, 'CDKTF_OUTDIR');
  if (badOutdir) problems.push(badOutdir.message);
  if (!loaded || problems.length > 0) {
    console.error(problems.join('\n'));
    process.exitCode = 1;
    return;
  }
  if (!underCdktf) for (const warning of loaded.warnings) console.warn(`warning: ${warning}`);
  // Loaded only now: cdktf and the provider bindings take most of a second, which a mistake need not wait for.
  const { synthesize } = await import('./src/app');
  synthesize(loaded.config, outdir, { warnings: loaded.warnings });
}

void main();
