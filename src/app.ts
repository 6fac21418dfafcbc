import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { App } from 'cdktf';
import { EnvironmentConfig } from './config/schema';
import { CoreStack } from './stacks/core-stack';
import { DataStack } from './stacks/data-stack';
import { JobsStack } from './stacks/jobs-stack';
import { PlatformStack } from './stacks/platform-stack';
import { StateStack } from './stacks/state-stack';

/** Every stack of one environment. */
export interface Stacks {
  readonly state: StateStack;
  /** The data bucket and its key: outlives destroys of the stacks after it. */
  readonly data: DataStack;
  readonly core: CoreStack;
  readonly platform: PlatformStack;
  /** Only when the config has jobs. */
  readonly jobs?: JobsStack;
}

/** Adds the environment's stacks to an App. Only wiring: each stack builds its own constructs. */
export function buildStacks(app: App, config: EnvironmentConfig): Stacks {
  const state = new StateStack(app, config);
  const data = new DataStack(app, config);
  data.addDependency(state);
  const core = new CoreStack(app, config, data);
  core.addDependency(data);
  const platform = new PlatformStack(app, config, data, core);
  platform.addDependency(core);
  if (config.jobs.length === 0) return { state, data, core, platform };
  const jobs = new JobsStack(app, config, data, core, platform);
  jobs.addDependency(platform);
  return { state, data, core, platform, jobs };
}

/**
 * Synthesizes the environment into `outdir`. The App writes into a staging folder first and the files move into
 * `outdir` only once synthesis has finished, so a failure leaves the previous output as it was. Files the
 * synthesis does not write (a stack's `.terraform/` folder, plan files) are kept; stale assets are not.
 */
export function synthesize(config: EnvironmentConfig, outdir: string): void {
  const staging = `${outdir.replace(/[/\\]+$/, '')}.staging`;
  rmSync(staging, { recursive: true, force: true });
  try {
    const app = new App({ outdir: staging, stackTraces: false });
    buildStacks(app, config);
    app.synth();
    moveInto(staging, outdir);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

function moveInto(from: string, to: string): void {
  if (!existsSync(to)) mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from).sort()) {
    const source = path.join(from, entry);
    const target = path.join(to, entry);
    // A stack's assets/ are all synthesized: replace them whole, so copies of old build contexts do not pile up.
    const merge = entry !== 'assets' && statSync(source).isDirectory();
    if (merge && existsSync(target) && statSync(target).isDirectory()) {
      moveInto(source, target);
    } else {
      rmSync(target, { recursive: true, force: true });
      renameSync(source, target);
    }
  }
}
