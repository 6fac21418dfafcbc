/**
 * The ECR stand-in: the CNCF distribution registry (github.com/distribution/distribution/v3, the registry ECR speaks
 * the API of), built from its Go module at a pinned version, on 127.0.0.1 with TLS from the suite's own CA (the docker
 * provider reads digests over HTTPS only) and basic auth from an htpasswd file, as ECR wants a login. Its storage is
 * a temporary folder: every run pushes the project's images to an empty registry, as a first deploy does.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { stringify } from 'yaml';
import { installOnce } from '../lib/cache';
import { run } from '../lib/exec';
import { freePort } from '../lib/net';
import { Processes } from '../lib/processes';
import { INTEGRATION_ROOT } from '../lib/synth';
import { goEnv } from '../tools/helm';
import { Pki } from './pki';

export const REGISTRY_VERSION = 'v3.1.2';
const REGISTRY_MODULE = 'github.com/distribution/distribution/v3';
const HTPASSWD_MODULE = path.join(INTEGRATION_ROOT, 'tools', 'go', 'htpasswd');

export interface RegistryTools {
  readonly registry: string;
  readonly htpasswd: string;
  readonly installedNow: boolean;
}

/** The registry (no replace directives: `go install` verifies it against the checksum database) and our htpasswd. */
export async function ensureRegistry(): Promise<RegistryTools> {
  const { dir, installedNow } = await installOnce(`registry-${REGISTRY_VERSION}`, async (target) => {
    await run(
      'go',
      [
        'install',
        '-trimpath',
        `-ldflags=-s -w -X ${REGISTRY_MODULE}/version.version=${REGISTRY_VERSION}`,
        `${REGISTRY_MODULE}/cmd/registry@${REGISTRY_VERSION}`,
      ],
      { env: { ...goEnv(), GOBIN: target }, timeoutMs: 30 * 60_000 },
    );
    await run(
      'go',
      ['build', '-mod=readonly', '-trimpath', '-ldflags=-s -w', '-o', path.join(target, 'htpasswd'), '.'],
      {
        cwd: HTPASSWD_MODULE,
        env: goEnv(),
        timeoutMs: 10 * 60_000,
      },
    );
  });
  const registry = path.join(dir, 'registry');
  const reported = (await run(registry, ['--version'])).stdout;
  if (!reported.includes(REGISTRY_VERSION))
    throw new Error(`${registry} reports ${reported.trim()}, expected ${REGISTRY_VERSION}`);
  return { registry, htpasswd: path.join(dir, 'htpasswd'), installedNow };
}

export interface RegistryEngine {
  /** `127.0.0.1:<port>`: the registry host of image names, as `<account>.dkr.ecr.<region>.amazonaws.com` is. */
  readonly host: string;
  readonly username: string;
  readonly password: string;
  /** The CA file that signs its certificate (SSL_CERT_FILE for the docker provider). */
  readonly caFile: string;
  /** The filesystem driver's root directory (its tree is `docker/registry/v2/{blobs,repositories}`). */
  readonly storage: string;
  /** A GET of the registry API (`/v2/...`) with the login; `accept` for manifests. */
  get(apiPath: string, accept?: string): Promise<{ status: number; headers: Headers; body: Buffer }>;
  stop(): Promise<void>;
}

/** @param storage where it keeps what is pushed; @default a folder of its own, removed when it stops */
export async function startRegistry(tools: RegistryTools, pki: Pki, storage?: string): Promise<RegistryEngine> {
  const dir = mkdtempSync(path.join(tmpdir(), 'spark-eks-registry-'));
  const root = storage ?? path.join(dir, 'storage');
  const processes = new Processes(path.join(dir, 'logs'));
  const stop = async () => {
    await processes.stop();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const port = await freePort();
    const host = `127.0.0.1:${port}`;
    await pki.sign(
      'registry',
      '/CN=spark-eks-integration-registry',
      'subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\nkeyUsage=critical,digitalSignature,keyEncipherment\n',
    );
    // ECR's login user is always `AWS`; the password is a fresh token.
    const username = 'AWS';
    const password = randomBytes(24).toString('base64url');
    const htpasswd = path.join(dir, 'htpasswd');
    writeFileSync(htpasswd, (await run(tools.htpasswd, [username], { input: `${password}\n` })).stdout);
    const config = path.join(dir, 'config.yml');
    writeFileSync(
      config,
      stringify({
        version: 0.1,
        log: { level: 'warn', accesslog: { disabled: true } },
        storage: { filesystem: { rootdirectory: root }, delete: { enabled: true } },
        http: {
          addr: host,
          tls: { certificate: pki.file('registry.crt'), key: pki.file('registry.key') },
          // A secret of its own: without it the registry makes one and warns.
          secret: randomBytes(16).toString('hex'),
        },
        auth: { htpasswd: { realm: 'spark-eks-integration', path: htpasswd } },
      }),
    );
    const server = processes.spawn('registry', tools.registry, ['serve', config], {
      env: { ...process.env, OTEL_TRACES_EXPORTER: 'none' },
    });
    const authorization = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
    const ca = readFileSync(pki.caCert);
    const get = async (apiPath: string, accept?: string) => {
      // Node's fetch has no per-request CA: the https module does.
      const https = await import('node:https');
      return new Promise<{ status: number; headers: Headers; body: Buffer }>((resolve, reject) => {
        const request = https.request(
          {
            host: '127.0.0.1',
            port,
            path: apiPath,
            ca,
            headers: { authorization, ...(accept ? { accept } : {}) },
            timeout: 30_000,
          },
          (response) => {
            const chunks: Buffer[] = [];
            response.on('data', (chunk: Buffer) => chunks.push(chunk));
            response.on('end', () => {
              const headers = new Headers();
              for (const [name, value] of Object.entries(response.headers)) {
                if (typeof value === 'string') headers.set(name, value);
              }
              resolve({ status: response.statusCode ?? 0, headers, body: Buffer.concat(chunks) });
            });
          },
        );
        request.on('timeout', () => request.destroy(new Error(`GET ${apiPath} timed out`)));
        request.on('error', reject);
        request.end();
      });
    };
    await processes.waitFor(`the registry on https://${host}`, 30_000, async () => (await get('/v2/')).status === 200, [
      server,
    ]);
    return { host, username, password, caFile: pki.caCert, storage: root, get, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
