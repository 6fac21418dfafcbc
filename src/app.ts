import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { Annotations, App } from 'cdktf';
import { outdirProblem } from './outdir';
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
  // No dependency on the state stack: it is applied once, on its own, before anything else (its bucket holds the
  // others' state, so their backends cannot even initialize before it exists). Declared, it would make cdktf refuse
  // `deploy data core platform jobs` unless --ignore-missing-stack-dependencies, which also drops the ordering and
  // starts every listed stack at once.
  const data = new DataStack(app, config);
  const core = new CoreStack(app, config, data);
  core.addDependency(data);
  const platform = new PlatformStack(app, config, data, core);
  platform.addDependency(core);
  if (config.jobs.length === 0) return { state, data, core, platform };
  const jobs = new JobsStack(app, config, data, core, platform);
  jobs.addDependency(platform);
  return { state, data, core, platform, jobs };
}

export { outdirProblem } from './outdir';

export interface SynthesizeOptions {
  /**
   * The config's warnings, recorded as warning annotations of the state stack in manifest.json: the cdktf CLI
   * prints those as `WARN`, where it would print the app's stderr as `[ERROR]`.
   * @default none
   */
  readonly warnings?: readonly string[];
}

/**
 * Synthesizes the environment into `outdir`. The App writes into a staging folder first and the files move into
 * `outdir` only once synthesis has finished, so a failure leaves the previous output as it was. Files the
 * synthesis does not write (a stack's `.terraform/` folder, plan files) are kept; stale assets are not, and neither
 * are the folders of stacks the previous synthesis made and this one does not (after a prefix change, or without
 * jobs), so no cdktf or terraform command finds a stack that is gone.
 */
export function synthesize(config: EnvironmentConfig, outdir: string, options: SynthesizeOptions = {}): void {
  const problem = outdirProblem(outdir, 'the output folder');
  if (problem) throw problem;
  // A fresh folder beside outdir (so the final moves are renames on one filesystem) that nothing else can own: a
  // fixed name such as `<outdir>.staging` could be a folder of the user's, and clearing it would lose their files.
  const target = path.resolve(outdir);
  mkdirSync(path.dirname(target), { recursive: true });
  const staging = mkdtempSync(path.join(path.dirname(target), `.${path.basename(target)}.staging-`));
  try {
    const app = new App({ outdir: staging, stackTraces: false });
    const { state } = buildStacks(app, config);
    for (const warning of options.warnings ?? []) Annotations.of(state).addWarning(warning);
    app.synth();
    const previous = stackFolders(outdir);
    const current = new Set(stackFolders(staging));
    moveInto(staging, outdir);
    for (const folder of previous) {
      if (!current.has(folder)) rmSync(path.join(outdir, folder), { recursive: true, force: true });
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/**
 * The folders, relative to `outdir`, of the stacks its manifest.json lists: only `stacks/<name>` folders of
 * listed stacks, so a manifest that is missing, unreadable or names other paths yields nothing to remove.
 */
function stackFolders(outdir: string): string[] {
  let manifest: { stacks?: Record<string, { workingDirectory?: unknown }> };
  try {
    manifest = JSON.parse(readFileSync(path.join(outdir, 'manifest.json'), 'utf8')) as typeof manifest;
  } catch {
    return [];
  }
  return Object.entries(manifest.stacks ?? {})
    .map(([name, stack]) => ({ name, folder: stack?.workingDirectory }))
    .filter(({ name, folder }) => /^\w[\w.-]*$/.test(name) && folder === `stacks/${name}`)
    .map(({ folder }) => folder as string);
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
