import { Reporter } from './report';
import { SynthesizedEnv } from './synth';

/**
 * One group of checks against one real engine. `install` brings its tools into the cache (a failure there is a
 * failed check, never a skip); `check` runs its checks on one synthesized config, each through `reporter.check`.
 */
export interface Stage<Tools> {
  /** Short name, the first part of every check name: `chart`, `checkov`, `spark`, `terraform`. */
  readonly name: string;
  /** Stages run in ascending order: static checks (10s), scanners (20s), Terraform (30s), Spark (40s). */
  readonly order: number;
  /**
   * Runs its checks beside the other stages', from when every stage has installed, instead of after them. Only for
   * a stage that shares no engine with another (the deploy stage: its own moto, whose request log it counts).
   * @default false
   */
  readonly beside?: boolean;
  /** Installs (or finds in the cache) what the stage runs; returns a one-line figure (tools and versions). */
  install(): Promise<{ tools: Tools; figure: string }>;
  check(env: SynthesizedEnv, reporter: Reporter, tools: Tools): Promise<void>;
}

/** Lets a list hold stages of different tool types. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyStage = Stage<any>;
