/**
 * What EKS and AWS's network give a pod that the suite's cluster must stand in for, both as a mutating admission
 * webhook of the suite's own (an HTTPS server in this process, on loopback), printed:
 *
 * - `/irsa`: the mutation of EKS's pod identity webhook (github.com/aws/amazon-eks-pod-identity-webhook; its Go
 *   module is refused by the module proxy, so it cannot be built here). For a pod whose ServiceAccount carries
 *   `eks.amazonaws.com/role-arn`, as its handler does: a projected ServiceAccount token for the audience
 *   `sts.amazonaws.com` (volume `aws-iam-token`, 86400 s) mounted read-only at
 *   /var/run/secrets/eks.amazonaws.com/serviceaccount, and AWS_ROLE_ARN, AWS_WEB_IDENTITY_TOKEN_FILE,
 *   AWS_STS_REGIONAL_ENDPOINTS=regional, AWS_DEFAULT_REGION and AWS_REGION (EKS runs it with the cluster's region) on
 *   every container and init container that has none of them.
 * - `/endpoints`: the network. On EKS, S3 and STS are reached at their regional names; here they are moto on the
 *   node's address, so such pods also get AWS_ENDPOINT_URL_S3 and AWS_ENDPOINT_URL_STS, the SDK's own
 *   service-specific endpoint settings (2.28.1+). Nothing in the SparkApplications or images changes.
 *
 * moto listens on loopback; pods reach it through a TCP relay on the node's address, open while the node runs.
 */
import { createServer as createHttpsServer, Server } from 'node:https';
import * as net from 'node:net';
import { readFileSync } from 'node:fs';
import { ControlPlane, Json, NODE_NETWORK } from '../engines/controlplane';
import { freePort } from '../lib/net';

const ROLE_ANNOTATION = 'eks.amazonaws.com/role-arn';
const TOKEN_DIR = '/var/run/secrets/eks.amazonaws.com/serviceaccount';
const TOKEN_VOLUME = 'aws-iam-token';

interface PodLike {
  metadata?: { namespace?: string };
  spec?: {
    serviceAccountName?: string;
    volumes?: Json[];
    containers?: { env?: { name: string }[]; volumeMounts?: { mountPath: string }[] }[];
    initContainers?: { env?: { name: string }[]; volumeMounts?: { mountPath: string }[] }[];
  };
}

type Patch = { op: 'add'; path: string; value: unknown };

/** JSON patches that add `env` entries (by name, if missing) and, optionally, a volume mount to every container. */
function containerPatches(pod: PodLike, env: Record<string, string>, mount?: Json): Patch[] {
  const patches: Patch[] = [];
  for (const kind of ['initContainers', 'containers'] as const) {
    (pod.spec?.[kind] ?? []).forEach((container, i) => {
      const have = new Set((container.env ?? []).map((e) => e.name));
      const missing = Object.entries(env).filter(([name]) => !have.has(name));
      if (!container.env) patches.push({ op: 'add', path: `/spec/${kind}/${i}/env`, value: [] });
      for (const [name, value] of missing)
        patches.push({ op: 'add', path: `/spec/${kind}/${i}/env/-`, value: { name, value } });
      if (mount && !(container.volumeMounts ?? []).some((m) => m.mountPath === mount.mountPath)) {
        if (!container.volumeMounts) patches.push({ op: 'add', path: `/spec/${kind}/${i}/volumeMounts`, value: [] });
        patches.push({ op: 'add', path: `/spec/${kind}/${i}/volumeMounts/-`, value: mount });
      }
    });
  }
  return patches;
}

export interface AwsNetwork {
  readonly webhookUrl: string;
  /** `http://<node address>:<port>`: moto for the pods. */
  readonly endpoint: string;
  /** Pods mutated, as `namespace/name (irsa|endpoints)`. */
  readonly mutated: string[];
  stop(): Promise<void>;
}

export async function startAwsNetwork(
  cp: ControlPlane,
  options: { region: string; motoEndpoint: string },
): Promise<AwsNetwork> {
  const pki = cp.pki;
  if (!pki) throw new Error('the control plane has no CA yet');
  await pki.sign(
    'aws-webhook',
    '/CN=aws-network-stand-in',
    'subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\nkeyUsage=critical,digitalSignature,keyEncipherment\n',
  );
  const moto = new URL(options.motoEndpoint);
  const relayPort = await freePort();
  const relay = net.createServer((client) => {
    const upstream = net.connect(Number(moto.port), moto.hostname);
    client.pipe(upstream).pipe(client);
    const close = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', close);
    upstream.on('error', close);
  });
  await new Promise<void>((resolve, reject) =>
    relay.once('error', reject).listen(relayPort, NODE_NETWORK.nodeIp, resolve),
  );
  const endpoint = `http://${NODE_NETWORK.nodeIp}:${relayPort}`;
  const mutated: string[] = [];

  const roleOf = async (namespace: string, account: string): Promise<string | undefined> => {
    const sa = await cp.get(`/api/v1/namespaces/${namespace}/serviceaccounts/${account}`);
    const role = ((sa?.metadata as Json | undefined)?.annotations as Json | undefined)?.[ROLE_ANNOTATION];
    return typeof role === 'string' ? role : undefined;
  };

  const mutate = async (kind: 'irsa' | 'endpoints', review: Json): Promise<Json> => {
    const request = review.request as { uid: string; namespace?: string; object: PodLike };
    const pod = request.object;
    const namespace = request.namespace ?? pod.metadata?.namespace ?? 'default';
    const account = pod.spec?.serviceAccountName ?? 'default';
    const role = await roleOf(namespace, account);
    let patches: Patch[] = [];
    if (role && kind === 'irsa') {
      if (!(pod.spec?.volumes ?? []).some((v) => v.name === TOKEN_VOLUME)) {
        if (!pod.spec?.volumes) patches.push({ op: 'add', path: '/spec/volumes', value: [] });
        patches.push({
          op: 'add',
          path: '/spec/volumes/-',
          value: {
            name: TOKEN_VOLUME,
            projected: {
              sources: [
                { serviceAccountToken: { audience: 'sts.amazonaws.com', expirationSeconds: 86400, path: 'token' } },
              ],
            },
          },
        });
      }
      patches.push(
        ...containerPatches(
          pod,
          {
            AWS_STS_REGIONAL_ENDPOINTS: 'regional',
            AWS_DEFAULT_REGION: options.region,
            AWS_REGION: options.region,
            AWS_ROLE_ARN: role,
            AWS_WEB_IDENTITY_TOKEN_FILE: `${TOKEN_DIR}/token`,
          },
          { name: TOKEN_VOLUME, readOnly: true, mountPath: TOKEN_DIR },
        ),
      );
    }
    if (role && kind === 'endpoints')
      patches = containerPatches(pod, { AWS_ENDPOINT_URL_S3: endpoint, AWS_ENDPOINT_URL_STS: endpoint });
    if (patches.length > 0)
      mutated.push(
        `${namespace}/${String((pod.metadata as Json | undefined)?.name ?? (pod.metadata as Json | undefined)?.generateName ?? '?')} (${kind})`,
      );
    return {
      apiVersion: 'admission.k8s.io/v1',
      kind: 'AdmissionReview',
      response: {
        uid: request.uid,
        allowed: true,
        ...(patches.length
          ? { patchType: 'JSONPatch', patch: Buffer.from(JSON.stringify(patches)).toString('base64') }
          : {}),
      },
    };
  };

  const port = await freePort();
  const server: Server = createHttpsServer(
    { cert: readFileSync(pki.file('aws-webhook.crt')), key: readFileSync(pki.file('aws-webhook.key')) },
    (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const kind = req.url?.startsWith('/irsa')
          ? 'irsa'
          : req.url?.startsWith('/endpoints')
            ? 'endpoints'
            : undefined;
        if (!kind) {
          res.writeHead(404).end();
          return;
        }
        mutate(kind, JSON.parse(Buffer.concat(chunks).toString('utf8')) as Json).then(
          (answer) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer)),
          (error: unknown) => res.writeHead(500).end(String(error)),
        );
      });
    },
  );
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve));
  const webhookUrl = `https://127.0.0.1:${port}`;
  const caBundle = Buffer.from(pki.ca).toString('base64');
  const hook = (name: string, suffix: string) => ({
    name: `${name}.spark-eks-integration.local`,
    clientConfig: { url: `${webhookUrl}/${suffix}`, caBundle },
    rules: [{ apiGroups: [''], apiVersions: ['v1'], operations: ['CREATE'], resources: ['pods'] }],
    // As EKS's pod identity webhook: a pod is never refused for it; kube-system stays out.
    failurePolicy: 'Ignore',
    sideEffects: 'None',
    admissionReviewVersions: ['v1'],
    reinvocationPolicy: 'IfNeeded',
    timeoutSeconds: 10,
    namespaceSelector: {
      matchExpressions: [{ key: 'kubernetes.io/metadata.name', operator: 'NotIn', values: ['kube-system'] }],
    },
  });
  const created = await cp.api('POST', '/apis/admissionregistration.k8s.io/v1/mutatingwebhookconfigurations', {
    apiVersion: 'admissionregistration.k8s.io/v1',
    kind: 'MutatingWebhookConfiguration',
    metadata: { name: 'spark-eks-integration-aws-stand-in' },
    webhooks: [hook('pod-identity', 'irsa'), hook('aws-endpoints', 'endpoints')],
  });
  if (created.status !== 201)
    throw new Error(`the AWS stand-in webhook configuration: ${JSON.stringify(created.body)}`);
  return {
    webhookUrl,
    endpoint,
    mutated,
    stop: async () => {
      await new Promise((resolve) => server.close(resolve));
      await new Promise((resolve) => relay.close(resolve));
    },
  };
}
