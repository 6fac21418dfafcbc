import { Location, Problem, Reporter, failIfAny } from '../lib/report';
import { namespacePolicies } from '../lib/namespaces';
import { Stage } from '../lib/stage';
import { resources, StackJson, SynthesizedEnv } from '../lib/synth';
import { ensurePodSecurity, PodSecurityEvaluator, PodToEvaluate } from '../tools/podsecurity';

/**
 * The driver and executor pods of every job, as they reach Pod Security admission, evaluated by
 * k8s.io/pod-security-admission against the level the platform stack enforces on the job's namespace. Nothing
 * renders these pods before a cluster does: the operator's `spark-submit` writes them and its mutating webhook
 * patches them. So each is modelled from the SparkApplication as synthesized, with what the pieces add:
 *
 * - Spark 4.0 on Kubernetes: container `spark-kubernetes-driver` / `-executor` with its ports, an emptyDir
 *   `spark-local-dir-1`, and the driver's `spark-conf-volume-driver` ConfigMap;
 * - the operator 2.5.2 webhook (internal/webhook/sparkpod_defaulter.go): `podSecurityContext` onto the pod and
 *   `securityContext` onto the Spark container, and the service account;
 * - EKS's pod identity webhook (IRSA): the projected `aws-iam-token` volume.
 *
 * A SparkApplication field that would add anything else to the pods (volumes, sidecars, init containers, host
 * networking, a pod template) makes this check fail as unmodelled rather than pass unexamined.
 */
const UNMODELLED_POD_FIELDS = ['volumeMounts', 'sidecars', 'initContainers', 'hostNetwork', 'template', 'hostAliases'];
const UNMODELLED_SPEC_FIELDS = ['volumes', 'driverPodTemplate', 'executorPodTemplate'];

interface JobPod {
  readonly pod: PodToEvaluate;
  readonly where: Location;
}

function jobPods(env: SynthesizedEnv): { pods: JobPod[]; problems: Problem[] } {
  const stackName = env.stackName('jobs');
  const policies = namespacePolicies(env.stack(env.stackName('platform')));
  const pods: JobPod[] = [];
  const problems: Problem[] = [];
  if (!env.stackNames.includes(stackName)) return { pods, problems };
  for (const [type, name, body] of resources(env.stack(stackName))) {
    if (type !== 'kubernetes_manifest') continue;
    const manifest = body.manifest as StackJson;
    const scheduled = manifest.kind === 'ScheduledSparkApplication';
    const spec = (scheduled ? manifest.spec?.template : manifest.spec) as StackJson | undefined;
    const specPath = scheduled ? 'manifest.spec.template' : 'manifest.spec';
    const resource = `${type}.${name}`;
    const namespace = String(manifest.metadata?.namespace);
    if (!spec) {
      problems.push({
        message: 'no SparkApplication spec',
        location: { stack: stackName, resource, attribute: specPath },
      });
      continue;
    }
    const policy = policies.get(namespace);
    if (!policy) {
      problems.push({
        message: `namespace ${namespace} enforces no Pod Security level in the platform stack`,
        location: { stack: stackName, resource, attribute: 'manifest.metadata.namespace' },
      });
      continue;
    }
    for (const field of UNMODELLED_SPEC_FIELDS.filter((f) => spec[f] !== undefined)) {
      problems.push({
        message: `${field} changes the pods beyond what this check models: extend integration/checks/job-pods.ts`,
        location: { stack: stackName, resource, attribute: `${specPath}.${field}` },
      });
    }
    for (const role of ['driver', 'executor'] as const) {
      const podSpec = (spec[role] ?? {}) as StackJson;
      const attribute = `${specPath}.${role}`;
      for (const field of UNMODELLED_POD_FIELDS.filter((f) => podSpec[f] !== undefined)) {
        problems.push({
          message: `${field} changes the ${role} pod beyond what this check models: extend integration/checks/job-pods.ts`,
          location: { stack: stackName, resource, attribute: `${attribute}.${field}` },
        });
      }
      const volumes: StackJson[] = [
        { name: 'spark-local-dir-1', emptyDir: {} },
        {
          name: 'aws-iam-token',
          projected: {
            sources: [
              { serviceAccountToken: { audience: 'sts.amazonaws.com', expirationSeconds: 86400, path: 'token' } },
            ],
          },
        },
        ...(role === 'driver'
          ? [{ name: 'spark-conf-volume-driver', configMap: { name: `${manifest.metadata?.name}-conf` } }]
          : []),
      ];
      pods.push({
        where: { stack: stackName, resource, attribute },
        pod: {
          id: `${resource} ${role}`,
          level: policy.level,
          version: policy.version,
          metadata: { name: `${manifest.metadata?.name}-${role}`, namespace, labels: podSpec.labels ?? {} },
          spec: {
            serviceAccountName: podSpec.serviceAccount,
            ...(podSpec.podSecurityContext ? { securityContext: podSpec.podSecurityContext } : {}),
            volumes,
            containers: [
              {
                name: `spark-kubernetes-${role}`,
                image: spec.image,
                ...(podSpec.securityContext ? { securityContext: podSpec.securityContext } : {}),
                ports:
                  role === 'driver'
                    ? [
                        { name: 'driver-rpc-port', containerPort: 7078 },
                        { name: 'blockmanager', containerPort: 7079 },
                        { name: 'spark-ui', containerPort: 4040 },
                      ]
                    : [{ name: 'spark-ui', containerPort: 4040 }],
                volumeMounts: volumes.map((v) => ({ name: v.name, mountPath: `/mnt/${v.name}` })),
              },
            ],
          },
        },
      });
    }
  }
  return { pods, problems };
}

async function checkJobPods(env: SynthesizedEnv, evaluator: PodSecurityEvaluator): Promise<string> {
  const { pods, problems } = jobPods(env);
  if (pods.length === 0 && problems.length === 0) return 'no jobs';
  const results = pods.length > 0 ? await evaluator.evaluate(pods.map((p) => p.pod)) : [];
  results.forEach((result, index) => {
    if (result.allowed) return;
    const { pod, where } = pods[index];
    problems.push({
      message: `the ${pod.id.split(' ').pop()} pod breaks Pod Security ${pod.level} (${pod.version}) of namespace ${String(pod.metadata.namespace)}: ${result.forbidden.join('; ')}`,
      location: where,
    });
  });
  failIfAny(problems);
  const levels = [...new Set(pods.map((p) => `${p.pod.level} ${p.pod.version}`))].join(', ');
  return `${pods.length} driver and executor pods admitted by k8s.io/pod-security-admission ${evaluator.libraryVersion} under ${levels}`;
}

export const stage: Stage<PodSecurityEvaluator> = {
  name: 'job-pods',
  order: 15,
  async install() {
    const evaluator = await ensurePodSecurity();
    return { tools: evaluator, figure: `k8s.io/pod-security-admission ${evaluator.libraryVersion} (our evaluator)` };
  },
  async check(env: SynthesizedEnv, reporter: Reporter, evaluator: PodSecurityEvaluator) {
    await reporter.check(env.label, 'job-pods/pod-security', () => checkJobPods(env, evaluator));
  },
};
