/**
 * A Kubernetes cluster on this machine: etcd, kube-apiserver (Pod Security admission on, as it is by default; Node and
 * RBAC authorization, NodeRestriction), kube-controller-manager, kube-scheduler and one real node (engines/node.ts:
 * containerd, kubelet, kube-proxy) of the same minor. The API server listens on the node's address, which pods reach
 * through the `kubernetes` Service as on EKS. Everything it starts is a process group of its own, stopped by
 * `stop()` whatever state it is in, and the node puts back what it changed on the machine; every wait is bounded.
 * (On EKS Fargate AWS's own scheduler places pods, each on a node of its own; here kube-scheduler places them on the
 * one node, with the requests that Fargate would size them by.)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as https from 'node:https';
import * as path from 'node:path';
import { run } from '../lib/exec';
import { freePort } from '../lib/net';
import { Processes } from '../lib/processes';
import { KubeTools } from '../tools/kube';
import { DockerTools } from './docker';
import { Node, NODE_NAME, NODE_NETWORK, NodeTools } from './node';
import { makePki, openssl, Pki } from './pki';

export type Json = Record<string, unknown>;

export { NODE_NAME, NODE_NETWORK };

/** What the node needs besides the Kubernetes binaries: its packages, the sandbox image, the registry it pulls from. */
export interface NodeSetup {
  readonly tools: NodeTools;
  readonly docker: DockerTools;
  readonly registry: { host: string; username: string; password: string; caFile: string; mirrors: readonly string[] };
  readonly pauseArchive: string;
  readonly pauseImage: string;
}

export interface ApiResponse {
  readonly status: number;
  readonly body: Json;
}

export class ControlPlane extends Processes {
  node?: Node;
  /** What the node put back on the machine at stop. */
  restored: string[] = [];
  kubeconfig = '';
  apiPort = 0;
  pki?: Pki;
  private clientCert = '';
  private clientKey = '';

  constructor(
    readonly tools: KubeTools,
    readonly dir: string,
    readonly nodeSetup: NodeSetup,
  ) {
    super(path.join(dir, 'logs'));
  }

  get server(): string {
    return `https://${NODE_NETWORK.nodeIp}:${this.apiPort}`;
  }

  /** A kubeconfig file for a client certificate of this cluster's CA. */
  kubeconfigFor(user: string, cert: string, key: string): string {
    const file = path.join(this.dir, `${user}.kubeconfig`);
    const b64 = (name: string) => readFileSync(name).toString('base64');
    writeFileSync(
      file,
      JSON.stringify({
        apiVersion: 'v1',
        kind: 'Config',
        clusters: [
          {
            name: 'local',
            cluster: { server: this.server, 'certificate-authority-data': b64(this.pki?.caCert ?? '') },
          },
        ],
        users: [{ name: user, user: { 'client-certificate-data': b64(cert), 'client-key-data': b64(key) } }],
        contexts: [{ name: 'local', context: { cluster: 'local', user } }],
        'current-context': 'local',
      }),
    );
    return file;
  }

  /** A request to the API server as the admin user. */
  api(method: string, urlPath: string, body?: unknown, contentType = 'application/json'): Promise<ApiResponse> {
    return new Promise((resolve, reject) => {
      const payload = body === undefined ? undefined : JSON.stringify(body);
      const request = https.request(
        {
          host: NODE_NETWORK.nodeIp,
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
      `subjectAltName=IP:${NODE_NETWORK.nodeIp},IP:${NODE_NETWORK.apiServiceIp},IP:127.0.0.1,DNS:localhost,DNS:kubernetes,DNS:kubernetes.default,DNS:kubernetes.default.svc,DNS:kubernetes.default.svc.cluster.local\n` +
        'extendedKeyUsage=serverAuth\nkeyUsage=critical,digitalSignature,keyEncipherment\n',
    );
    await pki.sign(
      'admin',
      '/O=system:masters/CN=integration-admin',
      'extendedKeyUsage=clientAuth\nkeyUsage=critical,digitalSignature,keyEncipherment\n',
    );
    // The API server's client certificate to the kubelet (logs, exec), admin as kubeadm's is.
    await pki.sign(
      'apiserver-kubelet-client',
      '/O=system:masters/CN=kube-apiserver-kubelet-client',
      'extendedKeyUsage=clientAuth\nkeyUsage=critical,digitalSignature,keyEncipherment\n',
    );
    await pki.sign(
      'kube-scheduler',
      '/CN=system:kube-scheduler',
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

    const node = new Node(this.nodeSetup.tools, this.nodeSetup.docker, {
      dir: path.join(this.dir, 'node'),
      pki,
      kubelet: this.tools.kubelet,
      kubeProxy: this.tools.kubeProxy,
      kubeconfig: (user, cert, key) => this.kubeconfigFor(user, cert, key),
      minor: this.tools.minor,
      registry: this.nodeSetup.registry,
      pauseArchive: this.nodeSetup.pauseArchive,
      pauseImage: this.nodeSetup.pauseImage,
    });
    this.node = node;
    node.network();
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
      `--bind-address=${NODE_NETWORK.nodeIp}`,
      `--advertise-address=${NODE_NETWORK.nodeIp}`,
      `--secure-port=${this.apiPort}`,
      `--cert-dir=${path.join(this.dir, 'apiserver-certs')}`,
      `--tls-cert-file=${pkiFile('apiserver.crt')}`,
      `--tls-private-key-file=${pkiFile('apiserver.key')}`,
      `--client-ca-file=${pki.caCert}`,
      '--service-account-issuer=https://kubernetes.default.svc',
      `--service-account-key-file=${pkiFile('sa.pub')}`,
      `--service-account-signing-key-file=${pkiFile('sa.key')}`,
      `--service-cluster-ip-range=${NODE_NETWORK.serviceSubnet}`,
      '--authorization-mode=Node,RBAC',
      '--enable-admission-plugins=NodeRestriction',
      `--kubelet-client-certificate=${pkiFile('apiserver-kubelet-client.crt')}`,
      `--kubelet-client-key=${pkiFile('apiserver-kubelet-client.key')}`,
      '--kubelet-preferred-address-types=InternalIP,Hostname',
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
    const scheduler = this.spawn('kube-scheduler', this.tools.kubeScheduler, [
      `--kubeconfig=${this.kubeconfigFor('kube-scheduler', pkiFile('kube-scheduler.crt'), pkiFile('kube-scheduler.key'))}`,
      '--bind-address=127.0.0.1',
      `--secure-port=${await freePort()}`,
      '--leader-elect=false',
      '--profiling=false',
    ]);
    await this.waitFor(
      'namespace default and its ServiceAccount (kube-controller-manager)',
      60_000,
      async () => (await this.get('/api/v1/namespaces/default/serviceaccounts/default')) !== undefined,
      [apiserver, kcm],
    );
    step('kube-controller-manager, kube-scheduler');

    await node.start((what, timeoutMs, probe, watch) => this.waitFor(what, timeoutMs, probe, [apiserver, ...watch]));
    await this.waitFor(
      `node ${NODE_NAME} Ready`,
      120_000,
      async () => {
        const status = (await this.get(`/api/v1/nodes/${NODE_NAME}`))?.status as Json | undefined;
        const conditions = (status?.conditions ?? []) as Json[];
        return conditions.some((c) => c.type === 'Ready' && c.status === 'True');
      },
      [apiserver, kcm, scheduler, ...node.processesToWatch()],
    );
    step(`node ${NODE_NAME} Ready (containerd, kubelet, kube-proxy)`);
  }

  /** The node first (its pods, then what it changed on the machine), then the control plane. */
  override async stop(): Promise<void> {
    try {
      if (this.node) this.restored = await this.node.stop();
    } finally {
      await super.stop();
    }
  }
}
