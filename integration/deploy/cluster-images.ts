/**
 * The images the suite's cluster runs besides the project's own, built here with the Docker engine (nothing is pulled
 * from a registry off this machine):
 * - the sandbox image (images/pause.c, static), imported into the node's containerd;
 * - CoreDNS, standing in for the image of EKS's CoreDNS add-on, pushed to the registry as `eks/coredns`;
 * - the Spark Operator, from its own recipe (images/operator.Dockerfile) on the stand-in of its Spark 4.0.4 base,
 *   pushed under the chart's image name (`kubeflow/spark-operator/controller:2.5.2`): the node's containerd mirrors
 *   the chart's registry host to the local registry, so only the host is overridden. Its blobs as first pushed are
 *   kept in the cache and laid into each run's registry before the push (see {@link operatorSeed}).
 */
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parse } from 'yaml';
import { engines } from '../engines';
import { DockerEngine } from '../engines/docker';
import { ensureRegistry, RegistryEngine, REGISTRY_VERSION, startRegistry } from '../engines/registry';
import { installOnce, toolsCache } from '../lib/cache';
import { run } from '../lib/exec';
import { INTEGRATION_ROOT } from '../lib/synth';
import { COREDNS_VERSION, KubeTools, OPERATOR_SPARK_VERSION, SPARK_OPERATOR_VERSION } from '../tools/kube';
import { ensureSparkStandIn, loadSparkStandIn } from '../tools/spark-image';
import { goEnv } from '../tools/helm';
import { operatorChartDir } from '../checks/chart';

const IMAGES = path.join(INTEGRATION_ROOT, 'deploy', 'images');
export const PAUSE_IMAGE = 'localhost/spark-eks/pause:1';

export interface ClusterImages {
  /** `docker save` archive of the pause image, for `ctr images import`. */
  readonly pauseArchive: string;
  readonly pauseImage: string;
  /** `<registry>/eks/coredns:<version>`. */
  readonly coredns: string;
  /** The chart's operator image, as the chart names it (its registry host mirrored to the local registry). */
  readonly operator: { readonly chartImage: string; readonly registryHost: string; readonly pushedAs: string };
}

/** The chart's `image.registry`, `image.repository` and `image.tag` (its values.yaml), as the release renders it. */
function chartImage(): { registry: string; repository: string; tag: string } {
  const values = parse(readFileSync(path.join(operatorChartDir(), 'values.yaml'), 'utf8')) as {
    image: { registry: string; repository: string; tag?: string };
  };
  const chart = parse(readFileSync(path.join(operatorChartDir(), 'Chart.yaml'), 'utf8')) as { appVersion: string };
  return {
    registry: values.image.registry,
    repository: values.image.repository,
    tag: values.image.tag || chart.appVersion,
  };
}

async function build(
  docker: DockerEngine,
  tag: string,
  dockerfile: string,
  files: Record<string, string>,
  args: Record<string, string> = {},
) {
  const context = mkdtempSync(path.join(tmpdir(), 'spark-eks-image-'));
  try {
    for (const [name, source] of Object.entries(files)) {
      copyFileSync(source, path.join(context, name));
      // Binaries and scripts, some read-only in the Go module cache: executable in the image.
      chmodSync(path.join(context, name), 0o755);
    }
    copyFileSync(path.join(IMAGES, dockerfile), path.join(context, 'Dockerfile'));
    await docker.docker(
      [
        'build',
        '--quiet',
        '--tag',
        tag,
        ...Object.entries(args).flatMap(([key, value]) => ['--build-arg', `${key}=${value}`]),
        context,
      ],
      { timeoutMs: 10 * 60_000, env: { DOCKER_BUILDKIT: '0' } },
    );
  } finally {
    rmSync(context, { recursive: true, force: true });
  }
}

/** The static pause binary, compiled once into the cache with the machine's gcc. */
async function pauseBinary(): Promise<string> {
  const source = path.join(IMAGES, 'pause.c');
  const { createHash } = await import('node:crypto');
  const key = createHash('sha256').update(readFileSync(source)).digest('hex').slice(0, 12);
  const { dir } = await installOnce(`pause-${key}`, async (target) => {
    await run('gcc', ['-static', '-O2', '-Wall', '-o', path.join(target, 'pause'), source]);
  });
  return path.join(dir, 'pause');
}

const SEED_PREFIX = 'registry-seed-';

/**
 * The operator image's registry tree (blobs and repository links) as one push to an empty registry made it, kept in
 * the cache under the image's ID. Every run's registry starts empty, so that the project's images are pushed as to a
 * new ECR repository; the operator's image is not the project's (on EKS the nodes pull it from the chart's
 * registry), and compressing its Spark layer again costs each run about half a minute. A seed made for an image
 * that has since been rebuilt is removed.
 */
async function operatorSeed(docker: DockerEngine, image: string, repository: string, tag: string): Promise<string> {
  const id = (await docker.docker(['image', 'inspect', '--format', '{{.Id}}', image])).stdout.trim();
  const name = `${SEED_PREFIX}${REGISTRY_VERSION}-${id.replace(/^sha256:/, '').slice(0, 16)}`;
  const { dir, installedNow } = await installOnce(name, async (target) => {
    const seed = await startRegistry(await ensureRegistry(), await engines.pki(), path.join(target, 'storage'));
    try {
      await docker.docker(['login', '--username', seed.username, '--password-stdin', seed.host], {
        input: seed.password,
      });
      const seedTag = `${seed.host}/${repository}:${tag}`;
      await docker.docker(['tag', image, seedTag]);
      await docker.docker(['push', '--quiet', seedTag], { timeoutMs: 10 * 60_000 });
      await docker.docker(['rmi', seedTag]);
      await docker.docker(['logout', seed.host]);
    } finally {
      await seed.stop();
    }
  });
  if (installedNow) {
    for (const entry of readdirSync(toolsCache()))
      if (entry.startsWith(SEED_PREFIX) && entry !== name)
        rmSync(path.join(toolsCache(), entry), { recursive: true, force: true });
  }
  return path.join(dir, 'storage');
}

/**
 * Lays a seed into a registry's (still empty) storage: the blobs hard-linked (the registry never writes into a blob
 * it has, it renames new ones into place), the repository links copied (a push rewrites them in place).
 */
async function plantSeed(seed: string, registry: RegistryEngine): Promise<void> {
  const tree = path.join('docker', 'registry', 'v2');
  for (const [part, flags] of [
    ['blobs', '-al'],
    ['repositories', '-a'],
  ] as const) {
    const target = path.join(registry.storage, tree, part);
    mkdirSync(target, { recursive: true });
    await run('cp', [flags, `${path.join(seed, tree, part)}/.`, target]);
  }
}

export async function buildClusterImages(
  docker: DockerEngine,
  registry: RegistryEngine,
  kube: KubeTools,
  dir: string,
): Promise<ClusterImages> {
  await docker.docker(['login', '--username', registry.username, '--password-stdin', registry.host], {
    input: registry.password,
  });
  await build(docker, PAUSE_IMAGE, 'pause.Dockerfile', { pause: await pauseBinary() });
  const pauseArchive = path.join(dir, 'pause.tar');
  await docker.docker(['save', '--output', pauseArchive, PAUSE_IMAGE]);

  // The operator first, while the registry is empty: its seed goes in before anything is pushed.
  // The operator's base: the stand-in of the Spark its Dockerfile names (4.0.4), from the operator's PySpark.
  const base = await ensureSparkStandIn(OPERATOR_SPARK_VERSION, 'pyspark-operator');
  await loadSparkStandIn(docker, base);
  const moduleDir = JSON.parse(
    (
      await run('go', ['mod', 'download', '-json', `github.com/kubeflow/spark-operator/v2@${SPARK_OPERATOR_VERSION}`], {
        env: goEnv(),
      })
    ).stdout,
  ) as { Dir: string };
  const image = chartImage();
  const pushedAs = `${registry.host}/${image.repository}:${image.tag}`;
  await build(
    docker,
    pushedAs,
    'operator.Dockerfile',
    { 'spark-operator': kube.operator, 'entrypoint.sh': path.join(moduleDir.Dir, 'entrypoint.sh') },
    { SPARK_IMAGE: base.tag },
  );
  await plantSeed(await operatorSeed(docker, pushedAs, image.repository, image.tag), registry);
  // Still pushed: Docker checks every blob (uploading none it finds) and writes the tag, as a pull needs.
  await docker.docker(['push', '--quiet', pushedAs], { timeoutMs: 10 * 60_000 });

  const coredns = `${registry.host}/eks/coredns:${COREDNS_VERSION}`;
  await build(docker, coredns, 'coredns.Dockerfile', { coredns: kube.coredns });
  await docker.docker(['push', '--quiet', coredns], { timeoutMs: 5 * 60_000 });
  return {
    pauseArchive,
    pauseImage: PAUSE_IMAGE,
    coredns,
    operator: {
      chartImage: `${image.registry}/${image.repository}:${image.tag}`,
      registryHost: image.registry,
      pushedAs,
    },
  };
}
