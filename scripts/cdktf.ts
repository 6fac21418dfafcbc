/**
 * Runs the project's cdktf CLI on the config of your choice: `deploy`, `diff` and `destroy` synthesize the app
 * again, so they need the same config `npm run synth` used.
 *
 *   npm run deploy -- --config config/prod.yaml acme-core
 *   SPARK_EKS_CONFIG=config/prod.yaml npm run diff -- acme-platform
 *   npm run destroy -- spark-eks-jobs spark-eks-platform spark-eks-core
 */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { ConfigError } from '../src/config/errors';
import { chooseConfig } from '../src/config/choice';
import { loadConfig, PROJECT_ROOT } from '../src/config/load';
import { STACK_ROLES, stackId } from '../src/stacks/stack-settings';
import { cdktfEnvironment, CdktfUsageError, parseCdktfArgs, unknownStacksProblem } from './cdktf-command';

function main(): void {
  const invocation = parseCdktfArgs(process.argv.slice(2));
  const choice = chooseConfig(invocation.configFile);
  const env = cdktfEnvironment(choice, process.env);
  // Validated here first: a config mistake or a stack of another config is one clear line, before cdktf starts.
  const { config, file } = loadConfig(choice);
  const known = STACK_ROLES.filter((role) => role !== 'jobs' || config.jobs.length > 0).map((role) =>
    stackId(config, role),
  );
  const unknown = unknownStacksProblem(file, invocation.stacks, known);
  if (unknown) throw new CdktfUsageError(unknown);
  const cdktf = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'cdktf');
  const result = spawnSync(cdktf, invocation.args, { cwd: PROJECT_ROOT, env, stdio: 'inherit' });
  if (result.error) throw result.error;
  process.exitCode = result.status ?? 1;
}

try {
  main();
} catch (error) {
  if (!(error instanceof ConfigError) && !(error instanceof CdktfUsageError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
