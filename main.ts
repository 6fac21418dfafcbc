import { synthesize } from './src/app';
import { ConfigError } from './src/config/errors';
import { configFileFromEnv, loadConfig } from './src/config/load';

try {
  const { config, warnings } = loadConfig(configFileFromEnv());
  for (const warning of warnings) console.warn(`warning: ${warning}`);
  synthesize(config, process.env.CDKTF_OUTDIR ?? 'cdktf.out');
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
