import * as path from 'node:path';
import { cacheDir, installOnce } from '../lib/cache';
import { run } from '../lib/exec';

/**
 * The Helm library version that the terraform helm provider 3.1.1 (the one the prebuilt bindings target) embeds, so
 * the chart renders here exactly as `helm_release` renders it at apply time.
 */
export const HELM_VERSION = 'v3.18.4';
const HELM_MODULE = 'helm.sh/helm/v3/cmd/helm';

export interface Helm {
  readonly bin: string;
  readonly version: string;
  readonly installedNow: boolean;
}

/**
 * The environment of a Go build inside the tool cache: module and build caches there too (so a fresh clone reuses
 * them and nothing lands in the user's own Go caches), no VCS stamping (the module is not a checkout), and the
 * default proxy and checksum database, which verify every module against go.sum and the Go checksum database.
 */
export function goEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GOMODCACHE: cacheDir('go', 'mod'),
    GOCACHE: cacheDir('go', 'build'),
    GOFLAGS: '-buildvcs=false',
    // A GOPATH/GOBIN or GOTOOLCHAIN set by the user must not move the binary or swap the compiler under us.
    GOBIN: '',
    GOTOOLCHAIN: 'local',
    CGO_ENABLED: '0',
  };
}

/**
 * `go build -mod=readonly -trimpath` of `packages` in `moduleDir`, stripped (`-s -w`) with `stamps` as `-X` flags, in
 * the tool cache's Go environment. `onePackageAtATime` (`-p=1`) for a build whose links would take gigabytes each at
 * the default parallelism on a 2-core machine with other work.
 */
export function goBuild(
  moduleDir: string,
  out: string,
  packages: readonly string[],
  options: { readonly stamps?: readonly string[]; readonly onePackageAtATime?: boolean; readonly timeoutMs: number },
): Promise<unknown> {
  return run(
    'go',
    [
      'build',
      ...(options.onePackageAtATime ? ['-p=1'] : []),
      '-mod=readonly',
      '-trimpath',
      ['-ldflags=-s -w', ...(options.stamps ?? [])].join(' '),
      '-o',
      out,
      ...packages,
    ],
    { cwd: moduleDir, env: goEnv(), timeoutMs: options.timeoutMs },
  );
}

/** Helm built from its Go module at {@link HELM_VERSION} into `<cache>/helm-<version>/helm`, once. */
export async function ensureHelm(): Promise<Helm> {
  const { dir, installedNow } = await installOnce(`helm-${HELM_VERSION}`, async (target) => {
    // Helm's Makefile stamps the version it reports with -X; `go install` of the module alone leaves "v3.18".
    const ldflags = `-s -w -X helm.sh/helm/v3/internal/version.version=${HELM_VERSION}`;
    await run('go', ['install', '-trimpath', `-ldflags=${ldflags}`, `${HELM_MODULE}@${HELM_VERSION}`], {
      env: { ...goEnv(), GOBIN: target },
      timeoutMs: 20 * 60_000,
    });
  });
  const bin = path.join(dir, 'helm');
  // Asked every run, so a binary altered or broken in the cache fails here rather than in a check. The stamp alone
  // proves little (we wrote it), so the module version the Go toolchain recorded in the binary is checked as well.
  const reported = (await run(bin, ['version', '--short'])).stdout.trim();
  if (reported !== HELM_VERSION) throw new Error(`${bin} reports ${reported}, expected ${HELM_VERSION}`);
  const built = (await run('go', ['version', '-m', bin], { env: goEnv() })).stdout;
  const main = built
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .find((fields) => fields[0] === 'mod');
  if (main?.[1] !== 'helm.sh/helm/v3' || main[2] !== HELM_VERSION) {
    throw new Error(
      `${bin} was built from ${main?.slice(1, 3).join('@') ?? 'no module'}, expected helm.sh/helm/v3@${HELM_VERSION}`,
    );
  }
  return { bin, version: HELM_VERSION, installedNow };
}
