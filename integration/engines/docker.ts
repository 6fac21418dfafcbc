/**
 * The Docker engine the deploy stage builds and pushes with: Debian's docker.io at the exact version below (with the
 * containerd and runc it runs), unpacked into the tool cache, its daemon started by the suite as root with its own
 * data root, exec root and socket. It changes neither iptables nor any bridge (`--iptables=false --bridge=none`):
 * builds run their RUN steps on the host network (imageBuild.network: host) and reach only what listens on this
 * machine. Stopped in a `finally`, with what the daemon leaves on the machine: its cgroups, /etc/docker/key.json
 * (Docker 20.10 always writes a trust key there) and /run/containerd (its shims' sockets), each removed only when
 * this run created it.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { cacheDir } from '../lib/cache';
import { run, RunOptions, RunResult } from '../lib/exec';
import { Processes } from '../lib/processes';
import { ensureDebs } from '../tools/debian';

/** bookworm's docker.io, and the containerd and runc it depends on, as Debian serves them. */
export const DOCKER_PINS = {
  'docker.io': '20.10.24+dfsg1-1+deb12u1+b6',
  containerd: '1.6.20~ds1-1+deb12u3',
  runc: '1.1.5+ds1-1+deb12u1',
} as const;

/** What `docker version` reports for the pinned package. */
export const DOCKER_VERSION = '20.10.24+dfsg1';

export interface DockerTools {
  readonly dockerd: string;
  /** The package's own client, at the daemon's version. */
  readonly docker: string;
  /** PATH entries with dockerd, containerd, its shims and runc. */
  readonly path: string;
  readonly installedNow: boolean;
}

export async function ensureDocker(): Promise<DockerTools> {
  const { root, installedNow } = await ensureDebs('docker', DOCKER_PINS);
  const bins = [path.join(root, 'usr', 'sbin'), path.join(root, 'usr', 'bin')];
  const tools = {
    dockerd: path.join(root, 'usr', 'sbin', 'dockerd'),
    docker: path.join(root, 'usr', 'bin', 'docker'),
    path: [...bins, process.env.PATH ?? ''].join(path.delimiter),
    installedNow,
  };
  const reported = (await run(tools.dockerd, ['--version'])).stdout.trim();
  if (!reported.startsWith(`Docker version ${DOCKER_VERSION},`))
    throw new Error(`${tools.dockerd} reports "${reported}", expected Docker version ${DOCKER_VERSION}`);
  return tools;
}

export interface DockerEngine {
  /** `unix:///…/docker.sock`: DOCKER_HOST and the docker provider's `host`. */
  readonly host: string;
  readonly dataRoot: string;
  readonly version: string;
  /** The package's client against this daemon. */
  docker(args: readonly string[], options?: RunOptions): Promise<RunResult>;
  stop(): Promise<void>;
}

const TRUST_KEY_DIR = '/etc/docker';
const SHIM_DIR = '/run/containerd';

/** The cgroup folders a daemon on cgroupfs creates, under each hierarchy. */
function dockerCgroups(): string[] {
  const root = '/sys/fs/cgroup';
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .map((hierarchy) => path.join(root, hierarchy, 'docker'))
    .filter((dir) => existsSync(dir));
}

/** Removes a cgroup folder and the empty ones below it (cgroupfs folders are removed with rmdir, deepest first). */
function removeCgroup(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) removeCgroup(path.join(dir, entry.name));
  }
  try {
    rmdirSync(dir);
  } catch {
    // still in use or already gone: left as it is
  }
}

/**
 * Starts a daemon. `dataRoot` defaults to `<cache>/docker/data-root`, which keeps images and the build cache between
 * runs; a fresh runner is a daemon with an empty temporary data root (`fresh: true`).
 */
export async function startDocker(tools: DockerTools, options: { fresh?: boolean } = {}): Promise<DockerEngine> {
  // Short paths: a unix socket path has at most 107 bytes.
  const run_ = mkdtempSync(path.join(tmpdir(), 'spark-eks-docker-'));
  const dataRoot = options.fresh ? path.join(run_, 'data-root') : cacheDir('docker', 'data-root');
  mkdirSync(dataRoot, { recursive: true });
  const socket = path.join(run_, 'docker.sock');
  const config = path.join(run_, 'daemon.json');
  // An empty configuration of its own: the machine's /etc/docker/daemon.json must not change what is tested.
  writeFileSync(config, '{}\n');
  const hadTrustKeyDir = existsSync(TRUST_KEY_DIR);
  // containerd's shims keep their sockets under a fixed /run/containerd/s, whatever the daemon's own roots.
  const hadShimDir = existsSync(SHIM_DIR);
  const cgroupsBefore = new Set(dockerCgroups());
  const processes = new Processes(path.join(run_, 'logs'));
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: tools.path };
  delete env.DOCKER_HOST;
  const daemon = processes.spawn(
    'dockerd',
    tools.dockerd,
    [
      `--config-file=${config}`,
      `--data-root=${dataRoot}`,
      `--exec-root=${path.join(run_, 'exec')}`,
      `--pidfile=${path.join(run_, 'docker.pid')}`,
      `--host=unix://${socket}`,
      '--iptables=false',
      '--ip6tables=false',
      '--bridge=none',
      '--ip-forward=false',
      '--ip-masq=false',
      '--userland-proxy=false',
      '--storage-driver=overlay2',
      '--log-level=warn',
    ],
    { env },
  );
  const host = `unix://${socket}`;
  const docker = (args: readonly string[], runOptions: RunOptions = {}) =>
    run(tools.docker, ['--host', host, ...args], {
      ...runOptions,
      env: { ...env, DOCKER_CONFIG: path.join(run_, 'client'), ...(runOptions.env ?? {}) },
    });
  const stop = async () => {
    await processes.stop();
    for (const dir of dockerCgroups()) if (!cgroupsBefore.has(dir)) removeCgroup(dir);
    if (!hadTrustKeyDir) rmSync(TRUST_KEY_DIR, { recursive: true, force: true });
    if (!hadShimDir) rmSync(SHIM_DIR, { recursive: true, force: true });
    rmSync(run_, { recursive: true, force: true });
  };
  try {
    await processes.waitFor(
      'dockerd to answer on its socket',
      60_000,
      async () =>
        (await docker(['version', '--format', '{{.Server.Version}}'], { timeoutMs: 10_000 })).stdout.trim() !== '',
      [daemon],
    );
  } catch (error) {
    await stop();
    throw error;
  }
  const version = (await docker(['version', '--format', '{{.Server.Version}}'])).stdout.trim();
  return { host, dataRoot, version, docker, stop };
}
