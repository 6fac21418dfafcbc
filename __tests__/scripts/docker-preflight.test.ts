import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { PROJECT_ROOT } from '../../src/config/load';
import { DEFAULT_DOCKER_HOST, dockerEndpoint, dockerPreflight, parseDockerHost } from '../../scripts/docker-preflight';

const dir = mkdtempSync(path.join(tmpdir(), 'spark-eks-docker-'));
const servers: Server[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  rmSync(dir, { recursive: true, force: true });
});

/** `docker info`'s DriverStatus of a classic overlay2 engine and of one on the containerd image store. */
const CLASSIC = {
  Driver: 'overlay2',
  DriverStatus: [
    ['Backing Filesystem', 'extfs'],
    ['Supports d_type', 'true'],
  ],
};
const CONTAINERD = { Driver: 'overlayfs', DriverStatus: [['driver-type', 'io.containerd.snapshotter.v1']] };

let sockets = 0;
/** A fake Docker Engine API on a unix socket of its own, answering /_ping and /info as `handle` says. */
async function fakeDocker(handle: (req: IncomingMessage, res: ServerResponse) => void): Promise<string> {
  const socketPath = path.join(dir, `docker-${++sockets}.sock`);
  const server = createServer(handle);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(socketPath, resolve));
  return `unix://${socketPath}`;
}

const engine = (info: object) =>
  fakeDocker((req, res) => {
    if (req.url === '/_ping') res.end('OK');
    else if (req.url === '/info') res.setHeader('content-type', 'application/json').end(JSON.stringify(info));
    else res.writeHead(404).end();
  });

describe('dockerPreflight against a Docker Engine API on a unix socket', () => {
  it('finds nothing wrong with an engine on the classic image store', async () => {
    expect(await dockerPreflight({ dockerHost: await engine(CLASSIC) })).toEqual([]);
  });

  it('says that the containerd image store must be turned off, and how', async () => {
    const host = await engine(CONTAINERD);
    const problems = await dockerPreflight({ dockerHost: host });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      new RegExp(
        `^Docker at ${host} uses the containerd image store \\(driver-type io\\.containerd\\.snapshotter\\.v1`,
      ),
    );
    expect(problems[0]).toContain('untick "Use containerd for pulling and storing images"');
    expect(problems[0]).toContain('"features": {"containerd-snapshotter": false} in /etc/docker/daemon.json');
  });

  it('says where no engine answers, and what to start', async () => {
    const socket = path.join(dir, 'nobody.sock');
    expect(await dockerPreflight({ dockerHost: `unix://${socket}` })).toEqual([
      `Docker does not answer at unix://${socket}: there is no socket ${socket}; start Docker (Docker Desktop, or \`sudo systemctl start docker\`), or point DOCKER_HOST at a running engine (Docker Desktop may serve ~/.docker/run/docker.sock: DOCKER_HOST=unix://$HOME/.docker/run/docker.sock)`,
    ]);
  });

  it('gives up on an engine that accepts the connection but never answers', async () => {
    const host = await fakeDocker(() => undefined);
    expect(await dockerPreflight({ dockerHost: host, timeoutMs: 200 })).toEqual([
      expect.stringMatching(new RegExp(`^Docker does not answer at ${host}: no answer within 0\\.2 s; check that`)),
    ]);
  });

  it('reports an engine that fails its ping or its system information', async () => {
    const failing = await fakeDocker((_, res) => res.writeHead(500).end('Internal Server Error'));
    expect(await dockerPreflight({ dockerHost: failing })).toEqual([
      expect.stringMatching(/answers \/_ping with HTTP 500 \(Internal Server Error\), not OK; check the engine/),
    ]);
    const garbled = await fakeDocker((req, res) => res.end(req.url === '/_ping' ? 'OK' : 'not json'));
    expect(await dockerPreflight({ dockerHost: garbled })).toEqual([
      expect.stringMatching(/answers \/info without its system information \(.*JSON/),
    ]);
  });

  it('refuses what it cannot speak to, saying so instead of guessing', async () => {
    expect(await dockerPreflight({ dockerHost: 'ssh://me@build-host' })).toEqual([
      'the Docker check reaches the engine over unix:// or tcp:// (without TLS) only, not ssh://me@build-host; point DOCKER_HOST at a local socket or a plain tcp:// address, or, once you have checked `docker info` yourself, add --skip-docker-check',
    ]);
    expect(await dockerPreflight({ dockerHost: 'tcp://127.0.0.1:2376', env: { DOCKER_TLS_VERIFY: '1' } })).toEqual([
      expect.stringMatching(
        /^DOCKER_TLS_VERIFY is set for tcp:\/\/127\.0\.0\.1:2376, and the Docker check speaks plain HTTP/,
      ),
    ]);
  });
});

describe('dockerEndpoint', () => {
  it('takes what the docker provider takes: DOCKER_CONTEXT, else DOCKER_HOST, else the local socket', () => {
    expect(dockerEndpoint({}).host).toBe(DEFAULT_DOCKER_HOST);
    expect(dockerEndpoint({ DOCKER_HOST: 'unix:///run/user/1000/docker.sock' })).toEqual({
      kind: 'unix',
      host: 'unix:///run/user/1000/docker.sock',
      socketPath: '/run/user/1000/docker.sock',
    });
    expect(dockerEndpoint({ DOCKER_HOST: 'tcp://10.0.0.5:2375', DOCKER_CONTEXT: 'default' })).toEqual({
      kind: 'tcp',
      host: 'tcp://10.0.0.5:2375',
      hostname: '10.0.0.5',
      port: 2375,
    });
  });

  it("reads a named context's engine from the Docker CLI's context store", () => {
    const config = path.join(dir, 'docker-config');
    const meta = path.join(config, 'contexts', 'meta', createHash('sha256').update('desktop-linux').digest('hex'));
    mkdirSync(meta, { recursive: true });
    writeFileSync(
      path.join(meta, 'meta.json'),
      JSON.stringify({
        Name: 'desktop-linux',
        Endpoints: { docker: { Host: 'unix:///Users/me/.docker/run/docker.sock' } },
      }),
    );
    const env = { DOCKER_CONTEXT: 'desktop-linux', DOCKER_CONFIG: config, DOCKER_HOST: 'tcp://ignored:1' };
    expect(dockerEndpoint(env)).toMatchObject({ kind: 'unix', socketPath: '/Users/me/.docker/run/docker.sock' });
    expect(dockerEndpoint({ DOCKER_CONTEXT: 'gone', DOCKER_CONFIG: config })).toMatchObject({
      kind: 'unsupported',
      problem: expect.stringMatching(/^DOCKER_CONTEXT=gone names no Docker context with an engine address/),
    });
  });

  it('refuses a relative socket path', () => {
    expect(parseDockerHost('unix://docker.sock')).toMatchObject({ kind: 'unsupported' });
  });
});

describe('npm run deploy with Docker not ready', () => {
  /** Runs the wrapper without blocking this process, whose fake engine must keep answering. */
  const wrapper = (args: string[], env: NodeJS.ProcessEnv) =>
    new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/cdktf.ts', ...args], {
        cwd: PROJECT_ROOT,
        env: { ...process.env, SPARK_EKS_CONFIG: '', DOCKER_CONTEXT: '', ...env },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('close', (status) => resolve({ status, stdout, stderr }));
    });

  it('stops before cdktf with one line per problem, naming the stacks that need Docker, and exits 1', async () => {
    const host = await engine(CONTAINERD);
    const result = await wrapper(['deploy', 'spark-eks-platform', 'spark-eks-jobs'], { DOCKER_HOST: host });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toEqual([
      `npm run deploy: spark-eks-platform and spark-eks-jobs build and pull images with the docker provider, which connects to Docker (${host}) on every plan, apply and destroy, and Docker is not ready:`,
      expect.stringMatching(/^ {2}- Docker at .* uses the containerd image store/),
      'Nothing was run. Fix the above and run it again, or add --skip-docker-check to run cdktf anyway.',
    ]);
    expect(result.stdout).toBe('');
  });

  it('checks destroy too, since the provider connects to Docker then as well, for the stacks of the config named', async () => {
    const result = await wrapper(['destroy', '--config', 'config/example.yaml', 'spark-prod-jobs'], {
      DOCKER_HOST: `unix://${path.join(dir, 'no.sock')}`,
      INIT_CWD: PROJECT_ROOT,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /^npm run destroy: spark-prod-jobs builds and pulls images .*\n {2}- Docker does not answer/,
    );
  });
});
