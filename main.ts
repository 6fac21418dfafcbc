import { outdirProblem, synthesize } from './src/app';
import { ConfigError } from './src/config/errors';
import { configFileFromEnv, LoadedConfig, loadConfig } from './src/config/load';

// The cdktf CLI prints every line its app writes on stderr as `[ERROR]`, and hides stdout unless it runs in a
// terminal; it prints the stacks' warning annotations as `WARN`. It sets SYNTH_HCL_OUTPUT for the app it runs.
const underCdktf = process.env.SYNTH_HCL_OUTPUT !== undefined;
const outdir = process.env.CDKTF_OUTDIR || 'cdktf.out';

function main(): void {
  const problems: string[] = [];
  let loaded: LoadedConfig | undefined;
  try {
    loaded = loadConfig(configFileFromEnv());
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    problems.push(error.message);
  }
  const badOutdir = outdirProblem(outdir, 'CDKTF_OUTDIR');
  if (badOutdir) problems.push(badOutdir.message);
  if (!loaded || problems.length > 0) {
    console.error(problems.join('\n'));
    process.exitCode = 1;
    return;
  }
  if (!underCdktf) for (const warning of loaded.warnings) console.warn(`warning: ${warning}`);
  synthesize(loaded.config, outdir, { warnings: loaded.warnings });
}

main();
