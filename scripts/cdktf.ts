/**
 * Runs the project's cdktf CLI on the config of your choice: `deploy`, `diff` and `destroy` synthesize the app
 * again, so they need the same config `npm run synth` used.
 *
 *   npm run deploy -- --config config/prod.yaml acme-core
 *   SPARK_EKS_CONFIG=config/prod.yaml npm run diff -- acme-platform
 *   npm run destroy -- spark-eks-jobs spark-eks-platform spark-eks-core
 *
 * Before `deploy`, `diff` or `destroy` of a stack with images (platform, jobs), it checks that the Docker engine
 * answers and uses the classic image store (scripts/docker-preflight.ts); `--skip-docker-check` skips that.
 */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { ConfigError } from '../src/config/errors';
import { chooseConfig } from '../src/config/choice';
import { loadConfig, PROJECT_ROOT } from '../src/config/load';
import { IMAGE_STACK_ROLES, STACK_ROLES, stackId } from '../src/stacks/stack-settings';
import {
  cdktfEnvironment,
  CdktfUsageError,
  parseCdktfArgs,
  SKIP_DOCKER_CHECK,
  stacksNeedingDocker,
  unknownStacksProblem,
} from './cdktf-command';
import { dockerEndpoint, dockerPreflight } from './docker-preflight';

/** Docker is not usable for a stack that needs it: every problem is printed, nothing runs. */
class DockerNotReady extends Error {}

async function main(): Promise<void> {
  const invocation = parseCdktfArgs(process.argv.slice(2));
  const choice = chooseConfig(invocation.configFile);
  const env = cdktfEnvironment(choice, process.env);
  // Validated here first: a config mistake or a stack of another config is one clear line, before cdktf starts.
  const { config, file } = loadConfig(choice);
  const roles = STACK_ROLES.filter((role) => role !== 'jobs' || config.jobs.length > 0);
  const known = roles.map((role) => stackId(config, role));
  const unknown = unknownStacksProblem(file, invocation.stacks, known);
  if (unknown) throw new CdktfUsageError(unknown);

  const imageStacks = roles.filter((role) => IMAGE_STACK_ROLES.includes(role)).map((role) => stackId(config, role));
  const needDocker = stacksNeedingDocker(invocation, known, imageStacks);
  if (needDocker.length > 0 && !invocation.skipDockerCheck) {
    const problems = await dockerPreflight({ env });
    if (problems.length > 0) {
      const command = invocation.args[0];
      throw new DockerNotReady(
        [
          `npm run ${command}: ${needDocker.join(' and ')} build${needDocker.length === 1 ? 's' : ''} and pull${needDocker.length === 1 ? 's' : ''} images with the docker provider, which connects to Docker (${dockerEndpoint(env).host}) on every plan, apply and destroy, and Docker is not ready:`,
          ...problems.map((p) => `  - ${p}`),
          `Nothing was run. Fix the above and run it again, or add ${SKIP_DOCKER_CHECK} to run cdktf anyway.`,
        ].join('\n'),
      );
    }
  }

  const cdktf = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'cdktf');
  const result = spawnSync(cdktf, invocation.args, { cwd: PROJECT_ROOT, env, stdio: 'inherit' });
  if (result.error) throw result.error;
  process.exitCode = result.status ?? 1;
}

main().catch((error: unknown) => {
  if (!(error instanceof ConfigError) && !(error instanceof CdktfUsageError) && !(error instanceof DockerNotReady)) {
    throw error;
  }
  console.error(error.message);
  process.exitCode = 1;
});
