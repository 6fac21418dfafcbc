/**
 * EKS's CoreDNS add-on, which the core stack installs and the platform stack patches (its Fargate log routing rolls
 * the kube-system/coredns Deployment): the objects the add-on makes, with the suite's own CoreDNS image. It answers
 * `cluster.local` only: its Corefile has no `forward`, so no name off this machine resolves.
 */
import { ControlPlane, Json, NODE_NETWORK } from '../engines/controlplane';

export const COREFILE = `.:53 {
    errors
    health {
        lameduck 5s
    }
    ready
    kubernetes cluster.local in-addr.arpa ip6.arpa {
        pods insecure
        fallthrough in-addr.arpa ip6.arpa
    }
    cache 30
    loop
    reload
    loadbalance
}
`;

const LABELS = { 'k8s-app': 'kube-dns', 'eks.amazonaws.com/component': 'coredns' };

export function corednsObjects(image: string): Json[] {
  const namespace = 'kube-system';
  return [
    { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'coredns', namespace } },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRole',
      metadata: { name: 'system:coredns' },
      rules: [
        { apiGroups: [''], resources: ['endpoints', 'services', 'pods', 'namespaces'], verbs: ['list', 'watch'] },
        { apiGroups: ['discovery.k8s.io'], resources: ['endpointslices'], verbs: ['list', 'watch'] },
      ],
    },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRoleBinding',
      metadata: { name: 'system:coredns' },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'system:coredns' },
      subjects: [{ kind: 'ServiceAccount', name: 'coredns', namespace }],
    },
    {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'coredns', namespace, labels: LABELS },
      data: { Corefile: COREFILE },
    },
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'coredns', namespace, labels: LABELS },
      spec: {
        replicas: 1,
        selector: { matchLabels: { 'k8s-app': 'kube-dns' } },
        template: {
          metadata: { labels: LABELS },
          spec: {
            serviceAccountName: 'coredns',
            containers: [
              {
                name: 'coredns',
                image,
                args: ['-conf', '/etc/coredns/Corefile'],
                ports: [
                  { name: 'dns', containerPort: 53, protocol: 'UDP' },
                  { name: 'dns-tcp', containerPort: 53, protocol: 'TCP' },
                ],
                // Requests equal limits, as on Fargate.
                resources: { requests: { cpu: '100m', memory: '170Mi' }, limits: { cpu: '100m', memory: '170Mi' } },
                readinessProbe: { httpGet: { path: '/ready', port: 8181 }, periodSeconds: 2 },
                livenessProbe: { httpGet: { path: '/health', port: 8080 }, initialDelaySeconds: 30 },
                securityContext: {
                  allowPrivilegeEscalation: false,
                  readOnlyRootFilesystem: true,
                  capabilities: { add: ['NET_BIND_SERVICE'], drop: ['ALL'] },
                },
                volumeMounts: [{ name: 'config', mountPath: '/etc/coredns', readOnly: true }],
              },
            ],
            volumes: [{ name: 'config', configMap: { name: 'coredns' } }],
            dnsPolicy: 'Default',
          },
        },
      },
    },
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'kube-dns', namespace, labels: LABELS },
      spec: {
        clusterIP: NODE_NETWORK.dnsServiceIp,
        selector: { 'k8s-app': 'kube-dns' },
        ports: [
          { name: 'dns', port: 53, protocol: 'UDP' },
          { name: 'dns-tcp', port: 53, protocol: 'TCP' },
        ],
      },
    },
  ];
}

/** Applies the add-on's objects (field manager `eks`, as EKS's add-on manager) and waits for CoreDNS to answer. */
export async function installCoreDns(cp: ControlPlane, image: string): Promise<void> {
  for (const object of corednsObjects(image)) {
    await cp.kubectl(['apply', '--server-side', '--field-manager=eks', '-f', '-'], { input: JSON.stringify(object) });
  }
  const rolled = await cp.kubectl(['rollout', 'status', 'deployment/coredns', '-n', 'kube-system', '--timeout=180s'], {
    okCodes: [0, 1],
    timeoutMs: 200_000,
  });
  if (rolled.code !== 0) {
    const pods = await cp.kubectl(['get', 'pods', '-n', 'kube-system', '-o', 'wide'], { okCodes: [0, 1] });
    const logs = await cp.kubectl(['logs', '-n', 'kube-system', 'deployment/coredns', '--tail=20'], {
      okCodes: [0, 1],
    });
    throw new Error(`CoreDNS did not roll out: ${rolled.stderr.trim()}\n${pods.stdout}\n${logs.stdout}${logs.stderr}`);
  }
}
