/**
 * A Kubernetes control plane on loopback, with no container runtime: etcd, kube-apiserver (Pod Security admission
 * on, as it is by default), kube-controller-manager (namespace deletion, Deployments' ReplicaSets and pods, garbage
 * collection), kwok for a node that marks pods Running, and a binder standing in for the scheduler (on EKS Fargate
 * pods are bound by AWS's own fargate-scheduler, not kube-scheduler). Everything it starts is a process group of its
 * own, stopped by `stop()` whatever state it is in; every wait is bounded.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as https from 'node:https';
import * as path from 'node:path';
import { run } from '../lib/exec';
import { freePort, sleep } from '../lib/net';
import { Processes } from '../lib/processes';
import { KubeTools } from '../tools/kube';
import { makePki, openssl, Pki } from './pki';

export type Json = Record<string, unknown>;

/** The name of the kwok node; the label marks it as a Fargate node, as EKS labels its Fargate nodes. */
export const NODE_NAME = 'fargate-kwok-0';

export interface ApiResponse {
  readonly status: number;
  readonly body: Json;
}

export class ControlPlane extends Processes {
  private binderStop = false;
  private binder?: Promise<void>;
  /** Pods bound to the kwok node by the binder, as `namespace/name`. */
  readonly bound: string[] = [];
  kubeconfig = '';
  apiPort = 0;
  pki?: Pki;
  private clientCert = '';
  private clientKey = '';

  constructor(
    readonly tools: KubeTools,
    readonly dir: string,
  ) {
    super(path.join(dir, 'logs'));
  }

  get server(): string {
    return `https://127.0.0.1:${this.apiPort}`;
  }

  /** A request to the API server as the admin user. */
  api(method: string, urlPath: string, body?: unknown, contentType = 'application/json'): Promise<ApiResponse> {
    return new Promise((resolve, reject) => {
      const payload = body === undefined ? undefined : JSON.stringify(body);
      const request = https.request(
        {
          host: '127.0.0.1',
          port: this.apiPort,
          path: urlPath,
          method,
          ca: this.pki?.ca,
          cert: this.clientCert,
          key: this.clientKey,
          headers: payload ? { 'content-type': contentType, 'content-length': Buffer.byteLength(payload) } : {},
          timeout: 30_000,
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            let parsed: Json = {};
            try {
              parsed = text ? (JSON.parse(text) as Json) : {};
            } catch {
              parsed = { text };
            }
            resolve({ status: response.statusCode ?? 0, body: parsed });
          });
        },
      );
      request.on('timeout', () => request.destroy(new Error(`${method} ${urlPath} timed out`)));
      request.on('error', reject);
      request.end(payload);
    });
  }

  async get(urlPath: string): Promise<Json | undefined> {
    const response = await this.api('GET', urlPath);
    if (response.status === 404) return undefined;
    if (response.status !== 200) throw new Error(`GET ${urlPath}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  }

  kubectl(args: readonly string[], options: { input?: string; okCodes?: number[]; timeoutMs?: number } = {}) {
    return run(this.tools.kubectl, ['--kubeconfig', this.kubeconfig, ...args], {
      input: options.input,
      okCodes: options.okCodes,
      timeoutMs: options.timeoutMs ?? 120_000,
    });
  }

  /** Brings the control plane up; each step is timed into `steps`. */
  /**
   * `bearer` users authenticate with a static token (`--token-auth-file`) and are bound to the cluster-admin
   * ClusterRole, as EKS's access entry with AmazonEKSClusterAdminPolicy binds the identity that deploys.
   */
  async start(
    steps: (name: string, ms: number) => void,
    options: { bearer?: readonly { user: string; token: string }[] } = {},
  ): Promise<void> {
    let started = Date.now();
    const step = (name: string) => {
      steps(name, Date.now() - started);
      started = Date.now();
    };
    const pki = await makePki(path.join(this.dir, 'pki'));
    this.pki = pki;
    await pki.sign(
      'apiserver',
      '/CN=kube-apiserver',
      'subjectAltName=IP:127.0.0.1,DNS:localhost,DNS:kubernetes,DNS:kubernetes.default,DNS:kubernetes.default.svc\n' +
        'extendedKeyUsage=serverAuth\nkeyUsage=critical,digitalSignature,keyEncipherment\n',
    );
    await pki.sign(
      'admin',
      '/O=system:masters/CN=integration-admin',
      'extendedKeyUsage=clientAuth\nkeyUsage=critical,digitalSignature,keyEncipherment\n',
    );
    // The key pair the API server signs and verifies ServiceAccount tokens with.
    await openssl(['genrsa', '-traditional', '-out', path.join(pki.dir, 'sa.key'), '2048']);
    await openssl(['rsa', '-in', path.join(pki.dir, 'sa.key'), '-pubout', '-out', path.join(pki.dir, 'sa.pub')]);
    this.clientCert = readFileSync(path.join(pki.dir, 'admin.crt'), 'utf8');
    this.clientKey = readFileSync(path.join(pki.dir, 'admin.key'), 'utf8');
    step('pki');

    const etcdClient = await freePort();
    const etcdPeer = await freePort();
    const etcd = this.spawn('etcd', this.tools.etcd, [
      '--name=integration',
      `--data-dir=${path.join(this.dir, 'etcd')}`,
      `--listen-client-urls=http://127.0.0.1:${etcdClient}`,
      `--advertise-client-urls=http://127.0.0.1:${etcdClient}`,
      `--listen-peer-urls=http://127.0.0.1:${etcdPeer}`,
      `--initial-advertise-peer-urls=http://127.0.0.1:${etcdPeer}`,
      `--initial-cluster=integration=http://127.0.0.1:${etcdPeer}`,
      // A throwaway store: fsync buys nothing and costs seconds per write on a busy disk.
      '--unsafe-no-fsync',
      '--log-level=warn',
    ]);
    await this.waitFor(
      'etcd /health',
      30_000,
      async () => {
        const response = await fetch(`http://127.0.0.1:${etcdClient}/health`, { signal: AbortSignal.timeout(5_000) });
        return response.ok && ((await response.json()) as { health?: string }).health === 'true';
      },
      [etcd],
    );
    step('etcd');

    this.apiPort = await freePort();
    const tokenFile = path.join(pki.dir, 'tokens.csv');
    writeFileSync(
      tokenFile,
      (options.bearer ?? []).map(({ user, token }, i) => `${token},${user},uid-${i},deployers\n`).join(''),
      { mode: 0o600 },
    );
    const pkiFile = (name: string) => path.join(pki.dir, name);
    const apiserver = this.spawn('kube-apiserver', this.tools.kubeApiserver, [
      `--etcd-servers=http://127.0.0.1:${etcdClient}`,
      '--bind-address=127.0.0.1',
      '--advertise-address=127.0.0.1',
      `--secure-port=${this.apiPort}`,
      `--cert-dir=${path.join(this.dir, 'apiserver-certs')}`,
      `--tls-cert-file=${pkiFile('apiserver.crt')}`,
      `--tls-private-key-file=${pkiFile('apiserver.key')}`,
      `--client-ca-file=${pki.caCert}`,
      '--service-account-issuer=https://kubernetes.default.svc',
      `--service-account-key-file=${pkiFile('sa.pub')}`,
      `--service-account-signing-key-file=${pkiFile('sa.key')}`,
      '--service-cluster-ip-range=10.96.0.0/16',
      '--authorization-mode=RBAC',
      // The `kubernetes` Service's endpoints would be 127.0.0.1, which Endpoints reject; nothing here needs them.
      '--endpoint-reconciler-type=none',
      '--profiling=false',
      ...(options.bearer?.length ? [`--token-auth-file=${tokenFile}`] : []),
    ]);
    this.kubeconfig = path.join(this.dir, 'admin.kubeconfig');
    const b64 = (file: string) => readFileSync(pkiFile(file)).toString('base64');
    writeFileSync(
      this.kubeconfig,
      JSON.stringify({
        apiVersion: 'v1',
        kind: 'Config',
        clusters: [{ name: 'local', cluster: { server: this.server, 'certificate-authority-data': b64('ca.crt') } }],
        users: [
          {
            name: 'admin',
            user: { 'client-certificate-data': b64('admin.crt'), 'client-key-data': b64('admin.key') },
          },
        ],
        contexts: [{ name: 'local', context: { cluster: 'local', user: 'admin' } }],
        'current-context': 'local',
      }),
    );
    await this.waitFor(
      'kube-apiserver /readyz',
      120_000,
      async () => (await this.api('GET', '/readyz')).status === 200,
      [etcd, apiserver],
    );
    for (const { user } of options.bearer ?? []) {
      const binding = await this.api('POST', '/apis/rbac.authorization.k8s.io/v1/clusterrolebindings', {
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'ClusterRoleBinding',
        metadata: { name: `access-entry-${user}` },
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'cluster-admin' },
        subjects: [{ apiGroup: 'rbac.authorization.k8s.io', kind: 'User', name: user }],
      });
      if (binding.status !== 201) throw new Error(`binding ${user} to cluster-admin: ${JSON.stringify(binding.body)}`);
    }
    step('kube-apiserver');

    const kcm = this.spawn('kube-controller-manager', this.tools.kubeControllerManager, [
      `--kubeconfig=${this.kubeconfig}`,
      '--bind-address=127.0.0.1',
      `--secure-port=${await freePort()}`,
      '--leader-elect=false',
      '--use-service-account-credentials=false',
      `--service-account-private-key-file=${pkiFile('sa.key')}`,
      `--root-ca-file=${pki.caCert}`,
      '--cluster-name=integration',
      '--profiling=false',
    ]);
    // kwok reads its configuration from $HOME/.kwok: a home of its own keeps the user's out.
    const kwokHome = path.join(this.dir, 'kwok-home');
    mkdirSync(kwokHome, { recursive: true });
    const kwok = this.spawn(
      'kwok',
      this.tools.kwok,
      [
        `--kubeconfig=${this.kubeconfig}`,
        '--manage-all-nodes=false',
        '--manage-nodes-with-annotation-selector=kwok.x-k8s.io/node=fake',
        '--node-ip=127.0.0.1',
      ],
      { env: { ...process.env, HOME: kwokHome } },
    );
    const node = {
      apiVersion: 'v1',
      kind: 'Node',
      metadata: {
        name: NODE_NAME,
        annotations: { 'kwok.x-k8s.io/node': 'fake', 'node.alpha.kubernetes.io/ttl': '0' },
        labels: {
          'kubernetes.io/hostname': NODE_NAME,
          'kubernetes.io/os': 'linux',
          'kubernetes.io/arch': 'amd64',
          'eks.amazonaws.com/compute-type': 'fargate',
          type: 'kwok',
        },
      },
      status: {
        allocatable: { cpu: '64', memory: '256Gi', pods: '250' },
        capacity: { cpu: '64', memory: '256Gi', pods: '250' },
      },
    };
    const created = await this.api('POST', '/api/v1/nodes', node);
    if (created.status !== 201) throw new Error(`creating node ${NODE_NAME}: ${JSON.stringify(created.body)}`);
    await this.waitFor(
      `node ${NODE_NAME} Ready (kwok)`,
      60_000,
      async () => {
        const status = (await this.get(`/api/v1/nodes/${NODE_NAME}`))?.status as Json | undefined;
        const conditions = (status?.conditions ?? []) as Json[];
        return conditions.some((c) => c.type === 'Ready' && c.status === 'True');
      },
      [apiserver, kcm, kwok],
    );
    await this.waitFor(
      'namespace default and its ServiceAccount (kube-controller-manager)',
      60_000,
      async () => (await this.get('/api/v1/namespaces/default/serviceaccounts/default')) !== undefined,
      [apiserver, kcm],
    );
    this.binder = this.bindLoop();
    step('kube-controller-manager, kwok node');
  }

  /** Binds every unbound pod to the kwok node, as a scheduler would; the node has room for all of them. */
  private async bindLoop(): Promise<void> {
    while (!this.binderStop) {
      try {
        const list = await this.get('/api/v1/pods?fieldSelector=spec.nodeName%3D');
        for (const pod of ((list?.items ?? []) as Json[]).filter((p) => !(p.metadata as Json).deletionTimestamp)) {
          const { name, namespace } = pod.metadata as { name: string; namespace: string };
          const response = await this.api('POST', `/api/v1/namespaces/${namespace}/pods/${name}/binding`, {
            apiVersion: 'v1',
            kind: 'Binding',
            metadata: { name, namespace },
            target: { apiVersion: 'v1', kind: 'Node', name: NODE_NAME },
          });
          if (response.status === 201) this.bound.push(`${namespace}/${name}`);
        }
      } catch {
        // The API server may be stopping; the loop ends with stop().
      }
      await sleep(500);
    }
  }

  /** Stops everything in reverse order of start. */
  override async stop(): Promise<void> {
    this.binderStop = true;
    await Promise.race([this.binder, sleep(5_000)]);
    await super.stop();
  }
}
