/**
 * `npm run test:integration [-- --only chart,spark] [-- --config default]`: what the project synthesizes, put in
 * front of the real engines that will read it. Installs its tools into the tool cache (see lib/cache.ts), synthesizes
 * both configs, runs every stage on each and prints one line per check, then `N passed, N failed`. The stages run in
 * order, and the deploy stage beside them (`beside`), at a higher priority: it waits on a cluster, they compute.
 */
import { engines } from './engines';
import { toolsCache } from './lib/cache';
import { atNiceness } from './lib/lanes';
import { Reporter } from './lib/report';
import { AnyStage } from './lib/stage';
import { CONFIGS, SynthesizedEnv, synthesizeEnv } from './lib/synth';
import { STAGES } from './stages';

/** The niceness of the lane of stages that only compute, beside the deploy stage (see lib/lanes.ts). */
const LOWER_LANE_NICENESS = 10;

function parseArgs(argv: readonly string[]): { only?: Set<string>; configs?: Set<string> } {
  const out: { only?: Set<string>; configs?: Set<string> } = {};
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = (): string => {
      const next = argv[i + 1];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      i += 1;
      return next;
    };
    if (arg === '--only') out.only = new Set(value().split(','));
    else if (arg === '--config') out.configs = new Set(value().split(','));
    else if (arg === '--help' || arg === '-h') {
      console.log(
        [
          'usage: npm run test:integration [-- --only STAGE[,STAGE]] [--config LABEL[,LABEL]]',
          `stages: ${STAGES.map((stage) => stage.name).join(', ')}`,
          `configs: ${CONFIGS.map((config) => config.label).join(', ')}`,
          `tool cache: ${toolsCache()} (SPARK_EKS_TOOLS_CACHE, else $XDG_CACHE_HOME or ~/.cache)`,
        ].join('\n'),
      );
      process.exit(0);
    } else throw new Error(`unknown argument ${arg}; try --help`);
  }
  for (const name of out.only ?? []) {
    if (!STAGES.some((stage) => stage.name === name))
      throw new Error(`unknown stage ${name}; stages: ${STAGES.map((stage) => stage.name).join(', ')}`);
  }
  for (const label of out.configs ?? []) {
    if (!CONFIGS.some((config) => config.label === label))
      throw new Error(`unknown config ${label}; configs: ${CONFIGS.map((config) => config.label).join(', ')}`);
  }
  return out;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const reporter = new Reporter();
  const stages = STAGES.filter((stage) => !args.only || args.only.has(stage.name));
  console.log(`tool cache: ${toolsCache()}`);

  const envs: SynthesizedEnv[] = [];
  try {
    for (const { label, file } of CONFIGS.filter((config) => !args.configs || args.configs.has(config.label))) {
      await reporter.check(label, 'synth', () => {
        const env = synthesizeEnv(label, file);
        envs.push(env);
        return `${env.stackNames.length} stacks from ${file.replace(`${process.cwd()}/`, '')}`;
      });
    }
    // Every stage's tools first, one install at a time (installs of a cold cache share tools and must not race);
    // then the checks: the stages in order, and beside them from the start the stages whose engines are their own
    // (the deploy stage, mostly waiting on its cluster), so the run takes about as long as the longest lane.
    const installed: { stage: AnyStage; tools: unknown }[] = [];
    for (const stage of stages) {
      let tools: unknown;
      const ok = await reporter.check('tools', `${stage.name}/install`, async () => {
        const result = await (stage as AnyStage).install();
        tools = result.tools;
        return result.figure;
      });
      if (ok) installed.push({ stage, tools });
    }
    const lane = async (entries: typeof installed) => {
      for (const { stage, tools } of entries) for (const env of envs) await stage.check(env, reporter, tools);
    };
    const lanes = await Promise.allSettled([
      atNiceness(LOWER_LANE_NICENESS, () => lane(installed.filter(({ stage }) => !stage.beside))),
      ...installed.filter(({ stage }) => stage.beside).map((entry) => lane([entry])),
    ]);
    // A lane that threw: the others have finished (allSettled), so the engines can stop.
    for (const result of lanes) if (result.status === 'rejected') throw result.reason;
  } finally {
    // Whatever happened: every engine a stage started, then the synthesized folders.
    await engines.stop();
    for (const env of envs) env.cleanup();
  }
  console.log(`integration suite: ${((Date.now() - started) / 1000).toFixed(0)} s`);
  console.log(reporter.summary());
  return reporter.failures === 0 ? 0 : 1;
}

// Ctrl-C or a CI timeout: the engines run in process groups of their own, so stop them before leaving.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`${signal}: stopping the engines`);
    void engines.stop().finally(() => process.exit(130));
  });
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 2;
  },
);
