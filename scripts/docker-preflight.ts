/**
 * Checks, before cdktf starts, that the Docker engine the docker provider will use answers and keeps images in the
 * classic image store. The provider (kreuzwerker/docker 3.6.2) connects to the engine whenever it is configured, on
 * plan, apply and destroy alike, and builds only with the classic store; Docker Engine 29 and later use the containerd
 * image store by default on fresh installations ("containerd image store with Docker Engine", Docker docs), where
 * `docker info` reports the driver status `driver-type: io.containerd.snapshotter.v1`.
 *
 * It speaks the Docker Engine API itself (GET /_ping, GET /info) over the same endpoint the provider uses:
 * DOCKER_CONTEXT's endpoint when that names a context, else DOCKER_HOST, else unix:///var/run/docker.sock. Exported for
 * the integration suite, which runs it against a real dockerd.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { homedir } from 'node:os';
import * as path from 'node:path';

/** The provider's default when neither DOCKER_CONTEXT nor DOCKER_HOST is set. */
export const DEFAULT_DOCKER_HOST = 'unix:///var/run/docker.sock';

/** What `docker info` reports in DriverStatus when the engine uses the containerd image store. */
export const CONTAINERD_DRIVER_STATUS = ['driver-type', 'io.containerd.snapshotter.v1'] as const;

export type DockerEndpoint =
  | { readonly kind: 'unix'; readonly host: string; readonly socketPath: string }
  | { readonly kind: 'tcp'; readonly host: string; readonly hostname: string; readonly port: number }
  | { readonly kind: 'unsupported'; readonly host: string; readonly problem: string };

const SKIP_HINT = 'or, once you have checked `docker info` yourself, add --skip-docker-check';

/** The endpoint a DOCKER_HOST value names. */
export function parseDockerHost(host: string): DockerEndpoint {
  if (host.startsWith('unix://')) {
    const socketPath = host.slice('unix://'.length);
    if (!socketPath.startsWith('/')) {
      return {
        kind: 'unsupported',
        host,
        problem: `${host} is not an absolute socket path, e.g. unix:///var/run/docker.sock`,
      };
    }
    return { kind: 'unix', host, socketPath };
  }
  const tcp = /^tcp:\/\/([^:/]+|\[[0-9a-fA-F:]+\]):(\d{1,5})\/?$/.exec(host);
  if (tcp) return { kind: 'tcp', host, hostname: tcp[1].replace(/^\[|\]$/g, ''), port: Number(tcp[2]) };
  return {
    kind: 'unsupported',
    host,
    problem: `the Docker check reaches the engine over unix:// or tcp:// (without TLS) only, not ${host}; point DOCKER_HOST at a local socket or a plain tcp:// address, ${SKIP_HINT}`,
  };
}

/**
 * The endpoint the docker provider uses, from the environment: the provider's `context` defaults to DOCKER_CONTEXT and
 * overrides `host`, which defaults to DOCKER_HOST, else the local socket.
 */
export function dockerEndpoint(env: NodeJS.ProcessEnv = process.env): DockerEndpoint {
  const context = env.DOCKER_CONTEXT?.trim();
  if (context && context !== 'default') {
    const host = contextHost(context, env);
    if (typeof host !== 'string') return host;
    return withTls(parseDockerHost(host), env);
  }
  return withTls(parseDockerHost(env.DOCKER_HOST?.trim() || DEFAULT_DOCKER_HOST), env);
}

/** A tcp:// endpoint with TLS asked for is one this check cannot speak to. */
function withTls(endpoint: DockerEndpoint, env: NodeJS.ProcessEnv): DockerEndpoint {
  if (endpoint.kind === 'tcp' && env.DOCKER_TLS_VERIFY && env.DOCKER_TLS_VERIFY !== '0') {
    return {
      kind: 'unsupported',
      host: endpoint.host,
      problem: `DOCKER_TLS_VERIFY is set for ${endpoint.host}, and the Docker check speaks plain HTTP only; ${SKIP_HINT}`,
    };
  }
  return endpoint;
}

/** A Docker CLI context's engine address, as `docker context inspect` shows it, from the context store. */
function contextHost(name: string, env: NodeJS.ProcessEnv): string | DockerEndpoint {
  const configDir = env.DOCKER_CONFIG?.trim() || path.join(env.HOME?.trim() || homedir(), '.docker');
  // The CLI stores each context's metadata under the SHA-256 of its name.
  const meta = path.join(configDir, 'contexts', 'meta', createHash('sha256').update(name).digest('hex'), 'meta.json');
  try {
    const parsed = JSON.parse(readFileSync(meta, 'utf8')) as { Endpoints?: { docker?: { Host?: unknown } } };
    const host = parsed.Endpoints?.docker?.Host;
    if (typeof host === 'string' && host) return host;
  } catch {
    // Reported below.
  }
  return {
    kind: 'unsupported',
    host: `context ${name}`,
    problem: `DOCKER_CONTEXT=${name} names no Docker context with an engine address (read ${meta}); set DOCKER_CONTEXT to one of \`docker context ls\`, or unset it`,
  };
}

interface Answer {
  readonly status: number;
  readonly body: string;
}

function get(endpoint: Exclude<DockerEndpoint, { kind: 'unsupported' }>, urlPath: string, timeoutMs: number) {
  return new Promise<Answer>((resolve, reject) => {
    const target =
      endpoint.kind === 'unix'
        ? { socketPath: endpoint.socketPath }
        : { hostname: endpoint.hostname, port: endpoint.port };
    const req = request({ ...target, path: urlPath, method: 'GET', headers: { host: 'docker' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.setTimeout(timeoutMs, () => req.destroy(new TimeoutError(timeoutMs)));
    req.on('error', reject);
    req.end();
  });
}

class TimeoutError extends Error {
  constructor(public readonly timeoutMs: number) {
    super(`no answer within ${timeoutMs / 1000} s`);
  }
}

/** Why the engine did not answer, and what to change, from the socket error. */
function unreachable(endpoint: DockerEndpoint, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const at = `Docker does not answer at ${endpoint.host}`;
  const start =
    'start Docker (Docker Desktop, or `sudo systemctl start docker`), or point DOCKER_HOST at a running engine';
  if (error instanceof TimeoutError) {
    return `${at}: ${error.message}; check that the engine is running and not stuck (\`docker info\`), ${SKIP_HINT}`;
  }
  if (code === 'ENOENT' && endpoint.kind === 'unix') {
    return `${at}: there is no socket ${endpoint.socketPath}; ${start} (Docker Desktop may serve ~/.docker/run/docker.sock: DOCKER_HOST=unix://$HOME/.docker/run/docker.sock)`;
  }
  if (code === 'EACCES' && endpoint.kind === 'unix') {
    return `${at}: permission denied on ${endpoint.socketPath}; run as a user that may use it (e.g. in the docker group: \`sudo usermod -aG docker $USER\`, then log in again)`;
  }
  return `${at} (${code ?? (error instanceof Error ? error.message : String(error))}); ${start}`;
}

export interface DockerPreflightOptions {
  /**
   * The engine's address, as DOCKER_HOST takes it: `unix:///path/to/docker.sock` or `tcp://host:port`.
   * @default the docker provider's: DOCKER_CONTEXT's endpoint, else DOCKER_HOST, else unix:///var/run/docker.sock
   */
  readonly dockerHost?: string;
  /** @default process.env */
  readonly env?: NodeJS.ProcessEnv;
  /**
   * How long to wait for each answer.
   * @default 5000
   */
  readonly timeoutMs?: number;
}

/**
 * What keeps the docker provider from working with the engine, one message per problem saying what to change; empty
 * when the engine answers and uses the classic image store.
 */
export async function dockerPreflight(options: DockerPreflightOptions = {}): Promise<string[]> {
  const env = options.env ?? process.env;
  const endpoint = options.dockerHost ? withTls(parseDockerHost(options.dockerHost), env) : dockerEndpoint(env);
  if (endpoint.kind === 'unsupported') return [endpoint.problem];
  const timeoutMs = options.timeoutMs ?? 5000;

  let ping: Answer;
  try {
    ping = await get(endpoint, '/_ping', timeoutMs);
  } catch (error) {
    return [unreachable(endpoint, error)];
  }
  if (ping.status !== 200) {
    return [
      `Docker at ${endpoint.host} answers /_ping with HTTP ${ping.status} (${ping.body.trim().slice(0, 200) || 'no body'}), not OK; check the engine with \`docker info\` and its logs, ${SKIP_HINT}`,
    ];
  }

  let info: { DriverStatus?: unknown; Driver?: unknown };
  try {
    const answer = await get(endpoint, '/info', timeoutMs);
    if (answer.status !== 200) throw new Error(`HTTP ${answer.status}`);
    info = JSON.parse(answer.body) as typeof info;
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return [`Docker at ${endpoint.host} answers /info without its system information (${why}); ${SKIP_HINT}`];
  }
  const status = Array.isArray(info.DriverStatus) ? (info.DriverStatus as unknown[]) : [];
  const containerd = status.some(
    (pair) => Array.isArray(pair) && pair[0] === CONTAINERD_DRIVER_STATUS[0] && pair[1] === CONTAINERD_DRIVER_STATUS[1],
  );
  if (containerd) {
    return [
      `Docker at ${endpoint.host} uses the containerd image store (driver-type ${CONTAINERD_DRIVER_STATUS[1]}, storage driver ${String(info.Driver)}), and the docker provider builds images only with the classic store: in Docker Desktop untick "Use containerd for pulling and storing images" (Settings > General); on Docker Engine set "features": {"containerd-snapshotter": false} in /etc/docker/daemon.json and restart it (\`sudo systemctl restart docker\`; images of the other store stay on disk but are hidden)`,
    ];
  }
  return [];
}
