import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { installOnce } from '../lib/cache';
import { run } from '../lib/exec';
import { goEnv } from './helm';

/** Our evaluator around k8s.io/pod-security-admission, the library the API server's PodSecurity admission runs. */
const SOURCE_DIR = path.join(__dirname, 'go', 'podsecurity');
const SOURCES = ['go.mod', 'go.sum', 'main.go'];

/** One pod to evaluate: its metadata and spec as the API server would see them, and the namespace's policy. */
export interface PodToEvaluate {
  readonly id: string;
  readonly level: 'privileged' | 'baseline' | 'restricted';
  /** `v1.35`, the policy version the namespace pins. */
  readonly version: string;
  readonly metadata: Record<string, unknown>;
  readonly spec: Record<string, unknown>;
}

export interface PodSecurityResult {
  readonly id: string;
  readonly allowed: boolean;
  /** `<reason>: <detail>` per broken check, as the admission plugin words them. */
  readonly forbidden: readonly string[];
}

export interface PodSecurityEvaluator {
  readonly bin: string;
  /** The k8s.io/pod-security-admission version it was built with. */
  readonly libraryVersion: string;
  evaluate(pods: readonly PodToEvaluate[]): Promise<PodSecurityResult[]>;
}

/** Builds the evaluator into the tool cache once per source version (go.sum pins the library). */
export async function ensurePodSecurity(): Promise<PodSecurityEvaluator> {
  const hash = createHash('sha256');
  for (const file of SOURCES) hash.update(file).update(readFileSync(path.join(SOURCE_DIR, file)));
  const { dir } = await installOnce(`podsecurity-${hash.digest('hex').slice(0, 12)}`, async (target) => {
    await run('go', ['build', '-trimpath', '-ldflags=-s -w', '-o', path.join(target, 'podsecurity'), '.'], {
      cwd: SOURCE_DIR,
      env: goEnv(),
      timeoutMs: 20 * 60_000,
    });
  });
  const bin = path.join(dir, 'podsecurity');
  const libraryVersion =
    /^\s*k8s\.io\/pod-security-admission (v\S+)$/m.exec(readFileSync(path.join(SOURCE_DIR, 'go.mod'), 'utf8'))?.[1] ??
    'unknown';
  return {
    bin,
    libraryVersion,
    evaluate: async (pods) => {
      const { stdout } = await run(bin, [], { input: JSON.stringify({ pods }), timeoutMs: 60_000 });
      const results = JSON.parse(stdout) as PodSecurityResult[];
      if (results.length !== pods.length) {
        throw new Error(`podsecurity answered for ${results.length} pods, asked for ${pods.length}`);
      }
      return results;
    },
  };
}
