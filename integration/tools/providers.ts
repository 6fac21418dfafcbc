import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { installOnce } from '../lib/cache';
import { run } from '../lib/exec';
import { sharedDir } from '../lib/shared';
import { goBuild, goEnv } from './helm';

/**
 * The real kubernetes, helm and docker provider plugins, built from their source trees in
 * `../shared/terraform-providers/` (each at the release tag of the version the prebuilt bindings target; the Go module
 * proxy refuses these modules, but serves every dependency, which each tree's go.sum pins). Only aws is not here:
 * its plugin is a stand-in of ours (tools/go/aws-standin).
 */
export interface RealProvider {
  /** `hashicorp/kubernetes`: the registry address Terraform resolves the stacks' `source` to. */
  readonly namespace: string;
  readonly name: string;
  readonly version: string;
  /** The Go module the tree declares. */
  readonly module: string;
  /** The source tree's folder. */
  readonly source: string;
  /** -X stamps of the provider's own release build, where it has a variable for them. */
  readonly stamps: readonly string[];
}

export const REAL_PROVIDERS: readonly RealProvider[] = [
  {
    namespace: 'hashicorp',
    name: 'kubernetes',
    version: '2.38.0',
    module: 'github.com/hashicorp/terraform-provider-kubernetes',
    source: 'kubernetes-2.38.0',
    // Its version is a constant ("dev") in main.go, not a variable -X can set.
    stamps: [],
  },
  {
    namespace: 'hashicorp',
    name: 'helm',
    version: '3.1.1',
    module: 'github.com/hashicorp/terraform-provider-helm',
    source: 'helm-3.1.1',
    stamps: ['-X main.Version=3.1.1'],
  },
  {
    namespace: 'kreuzwerker',
    name: 'docker',
    version: '3.6.2',
    // The tree keeps its old module path; its Terraform address is kreuzwerker/docker.
    module: 'github.com/terraform-providers/terraform-provider-docker',
    source: 'docker-3.6.2',
    // As its .goreleaser.yml stamps a release (the tag's commit, from ../shared/terraform-providers/README.md).
    stamps: ['-X main.version=3.6.2', '-X main.commit=2f20f8c3ce8290fcd03d96e69c7bc6338897a479'],
  },
];

export interface BuiltProvider extends RealProvider {
  readonly bin: string;
}

/** The folder of the provider sources: `$SPARK_EKS_PROVIDER_SOURCES`, else `../shared/terraform-providers`. */
export function providerSources(): string {
  return path.resolve(process.env.SPARK_EKS_PROVIDER_SOURCES?.trim() || sharedDir('terraform-providers'));
}

/**
 * Builds the three plugins once into `<cache>/provider-plugins-<key>/`, keyed by each tree's go.mod and go.sum and
 * the flags, with `-mod=readonly` (nothing is written into the read-only trees) and `-s -w` (about 70 MB each instead
 * of 100). Each binary is checked every run: the Go toolchain must have recorded the tree's module as its main module.
 */
export async function ensureRealProviders(): Promise<{
  providers: BuiltProvider[];
  installedNow: boolean;
  seconds: Record<string, number>;
}> {
  const sources = providerSources();
  const hash = createHash('sha256');
  for (const provider of REAL_PROVIDERS) {
    const dir = path.join(sources, provider.source);
    for (const file of ['go.mod', 'go.sum', 'main.go']) {
      const full = path.join(dir, file);
      if (!existsSync(full))
        throw new Error(`${full} is missing: the provider sources belong in ${sources} (SPARK_EKS_PROVIDER_SOURCES)`);
      hash.update(readFileSync(full));
    }
    hash.update(JSON.stringify(provider));
  }
  const seconds: Record<string, number> = {};
  const { dir, installedNow } = await installOnce(
    `provider-plugins-${hash.digest('hex').slice(0, 12)}`,
    async (target) => {
      for (const provider of REAL_PROVIDERS) {
        const started = Date.now();
        await goBuild(
          path.join(sources, provider.source),
          path.join(target, `terraform-provider-${provider.name}_v${provider.version}`),
          ['.'],
          { stamps: provider.stamps, timeoutMs: 40 * 60_000 },
        );
        seconds[provider.name] = Math.round((Date.now() - started) / 1000);
      }
    },
  );
  const providers: BuiltProvider[] = [];
  for (const provider of REAL_PROVIDERS) {
    const bin = path.join(dir, `terraform-provider-${provider.name}_v${provider.version}`);
    const { stdout } = await run('go', ['version', '-m', bin], { env: goEnv() });
    const main = stdout
      .split('\n')
      .map((line) => line.trim().split(/\s+/))
      .find((fields) => fields[0] === 'mod');
    if (main?.[1] !== provider.module)
      throw new Error(`${bin} was built from ${main?.[1] ?? 'no module'}, expected ${provider.module}`);
    providers.push({ ...provider, bin });
  }
  return { providers, installedNow, seconds };
}
