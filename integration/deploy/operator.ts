/**
 * The real Spark Operator 2.5.2 on what Terraform applied: its webhook and controller, started from the chart's own
 * Deployments (their arguments and ServiceAccounts, so the chart's RBAC is what they get), turn each SparkApplication
 * into a driver pod that the API server admits under the job namespace's Pod Security level.
 *
 * They run out of the cluster, since kwok's node runs no containers: the webhook cannot be told to listen on loopback
 * only (no flag; it binds all interfaces on its port), and the chart's webhook configurations point at a Service,
 * which nothing here routes, so they are repointed to `https://localhost:<port>` (the operator's self-made
 * certificate names localhost).
 */
import { rmdirSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { ApplicationType, podRequest } from '../../src/fargate/sizing';
import { ControlPlane, Json } from '../engines/controlplane';
import { freePort } from '../lib/net';
import { CheckError, failIfAny, Problem } from '../lib/report';
import { KubeTools } from '../tools/kube';

const DRIVER_TIMEOUT_MS = 240_000;
/** The ScheduledSparkApplications' test schedule (robfig/cron, as the operator parses it). */
export const TEST_SCHEDULE = '@every 20s';
/** Where the operator writes pod template files (a fixed path in its code, internal/controller/sparkapplication). */
const OPERATOR_TMP = '/tmp/spark';

/** An object Terraform applied: its stack, its resource address and the object as the state records it. */
export interface Applied {
  readonly stack: string;
  readonly address: string;
  readonly object: Json;
}

export function isMap(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function at(value: unknown, ...keys: (string | number)[]): unknown {
  let current = value;
  for (const key of keys) {
    if (Array.isArray(current) && typeof key === 'number') current = current[key];
    else current = isMap(current) ? current[String(key)] : undefined;
  }
  return current;
}

export function log(line: string): void {
  console.log(`      ${' '.repeat(10)} ${line}`);
}

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** `Kind namespace/name` of an object. */
export function describe(object: Json): string {
  const { name, namespace } = (object.metadata ?? {}) as { name?: string; namespace?: string };
  return `${String(object.kind)} ${namespace ? `${namespace}/` : ''}${String(name)}`;
}

export class OperatorRun {
  readonly operator: {
    webhookPort: number;
    webhook?: ReturnType<ControlPlane['spawn']>;
    controller?: ReturnType<ControlPlane['spawn']>;
  } = {
    webhookPort: 0,
  };
  /**
   * The operator writes each submission's pod templates to the fixed /tmp/spark/<submission id> and removes them only
   * for applications with a spec template; these are removed at the end, and /tmp/spark if this run made it.
   */
  readonly submissions = new Set<string>();
  readonly sparkTmpExisted = existsSync(OPERATOR_TMP);
  /** The SparkApplications and ScheduledSparkApplications of the jobs stack, once it is applied. */
  manifests: readonly Applied[] = [];

  constructor(
    readonly cp: ControlPlane,
    readonly kube: KubeTools,
    readonly tmp: string,
    readonly release: { name: string; namespace: string },
    /** The platform stack's namespaces. */
    readonly namespaces: readonly Applied[],
  ) {}

  /**
   * The chart Deployment whose first container runs `<mode> start`: its arguments, and a kubeconfig with a token of
   * its ServiceAccount, so the operator runs with exactly the chart's RBAC, as in the cluster (spark-submit, which
   * the controller runs, uses the same identity there).
   */
  async chartProcess(mode: 'controller' | 'webhook'): Promise<{ args: string[]; kubeconfig: string; account: string }> {
    const release = this.release;
    if (!release) throw new Error('the release is not installed (see cluster/helm-release)');
    const list = await this.cp.get(`/apis/apps/v1/namespaces/${release.namespace}/deployments`);
    for (const deployment of (list?.items ?? []) as Json[]) {
      const args = at(deployment, 'spec', 'template', 'spec', 'containers', 0, 'args') as string[] | undefined;
      if (args?.[0] !== mode) continue;
      const account = String(at(deployment, 'spec', 'template', 'spec', 'serviceAccountName'));
      const token = (
        await this.cp.kubectl(['create', 'token', account, '--namespace', release.namespace, '--duration=2h'])
      ).stdout.trim();
      const kubeconfig = path.join(this.tmp, `${mode}.kubeconfig`);
      const admin = JSON.parse(readFileSync(this.cp.kubeconfig, 'utf8')) as Json;
      writeFileSync(kubeconfig, JSON.stringify({ ...admin, users: [{ name: 'admin', user: { token } }] }));
      return { args, kubeconfig, account: `${release.namespace}/${account}` };
    }
    throw new Error(`no Deployment of the release runs \`${mode} start\``);
  }

  /** Flags overridden for a run out of the cluster: every listener on loopback, certificates in the temp folder. */
  static override(args: readonly string[], overrides: Record<string, string>): string[] {
    const kept = args.filter(
      (arg) => !Object.keys(overrides).some((flag) => arg === `--${flag}` || arg.startsWith(`--${flag}=`)),
    );
    return [...kept, ...Object.entries(overrides).map(([flag, value]) => `--${flag}=${value}`)];
  }

  operatorEnv(kubeconfig: string): NodeJS.ProcessEnv {
    return {
      ...process.env,
      KUBECONFIG: kubeconfig,
      // What the operator reads for spark-submit's --master (k8s://https://host:port) in the cluster.
      KUBERNETES_SERVICE_HOST: '127.0.0.1',
      KUBERNETES_SERVICE_PORT: String(this.cp.apiPort),
      SPARK_HOME: this.kube.sparkHome,
      HOME: path.join(this.tmp, 'operator-home'),
    };
  }

  /**
   * The operator's webhook out of the cluster. Its certificate (which it makes itself) names `localhost`, so the
   * chart's webhook configurations, which point at the webhook Service, are patched to `https://localhost:<port>`
   * with the same paths; the operator keeps their caBundle in sync itself.
   */
  async startWebhook(): Promise<string> {
    const release = this.release;
    if (!release) throw new Error('the release is not installed (see cluster/helm-release)');
    const port = await freePort();
    this.operator.webhookPort = port;
    const { chart, child } = await this.spawnOperator('webhook', {
      'webhook-port': String(port),
      'webhook-cert-dir': path.join(this.tmp, 'webhook-certs'),
    });
    this.operator.webhook = child;
    const patched: string[] = [];
    for (const kind of ['mutatingwebhookconfigurations', 'validatingwebhookconfigurations']) {
      const list = await this.cp.get(
        `/apis/admissionregistration.k8s.io/v1/${kind}?labelSelector=app.kubernetes.io%2Finstance%3D${encodeURIComponent(release.name)}`,
      );
      for (const configuration of (list?.items ?? []) as Json[]) {
        const name = String(at(configuration, 'metadata', 'name'));
        for (const hook of (configuration.webhooks ?? []) as Json[]) {
          const clientConfig = hook.clientConfig as Json;
          const service = clientConfig.service as Json | undefined;
          if (!service) throw new Error(`${kind} ${name} webhook ${String(hook.name)} has no service to replace`);
          hook.clientConfig = {
            url: `https://localhost:${port}${String(service.path ?? '/')}`,
            caBundle: clientConfig.caBundle,
          };
          patched.push(
            `${String(hook.name)} (${String(service.namespace)}/${String(service.name)}${String(service.path ?? '')})`,
          );
        }
        const response = await this.cp.api(
          'PUT',
          `/apis/admissionregistration.k8s.io/v1/${kind}/${name}`,
          configuration,
        );
        if (response.status !== 200) throw new Error(`patching ${kind} ${name}: ${JSON.stringify(response.body)}`);
      }
    }
    if (patched.length === 0) throw new Error(`the release ${release.name} has no webhook configurations`);
    log(`webhook clientConfig patched to https://localhost:${port}: ${patched.join(', ')}`);
    // Ready once the operator has written its CA into every configuration and the port answers.
    await this.cp.waitFor(
      'the operator webhook to serve and inject its caBundle',
      90_000,
      async () => {
        for (const kind of ['mutatingwebhookconfigurations', 'validatingwebhookconfigurations']) {
          const list = await this.cp.get(
            `/apis/admissionregistration.k8s.io/v1/${kind}?labelSelector=app.kubernetes.io%2Finstance%3D${encodeURIComponent(release.name)}`,
          );
          for (const configuration of (list?.items ?? []) as Json[]) {
            for (const hook of (configuration.webhooks ?? []) as Json[]) {
              const url = String(at(hook, 'clientConfig', 'url'));
              if (!at(hook, 'clientConfig', 'caBundle') || !url.startsWith(`https://localhost:${port}`)) return false;
            }
          }
        }
        const response = await fetch(`https://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(2_000) }).catch(
          (error: unknown) => error,
        );
        // Any TLS answer (even a certificate error) means it listens; a refused connection does not.
        return !(
          response instanceof Error &&
          /ECONNREFUSED/.test(String((response as Error & { cause?: unknown }).cause ?? response.message))
        );
      },
      [this.operator.webhook],
    );
    return `operator webhook as ${chart.account} on port ${port} (chart args, other listeners on loopback), ${patched.length} webhooks repointed from their Service to it`;
  }

  /**
   * One operator component out of the cluster, with the chart's own arguments and service account, its health and
   * metrics endpoints moved to free loopback ports, and `extra` arguments on top.
   */
  private async spawnOperator(component: 'controller' | 'webhook', extra: Record<string, string>) {
    const chart = await this.chartProcess(component);
    const args = OperatorRun.override(chart.args, {
      ...extra,
      'health-probe-bind-address': `127.0.0.1:${await freePort()}`,
      'metrics-bind-address': `127.0.0.1:${await freePort()}`,
    });
    const child = this.cp.spawn(`spark-operator-${component}`, this.kube.operator, args, {
      env: this.operatorEnv(chart.kubeconfig),
    });
    return { chart, args, child };
  }

  /**
   * Gives each ScheduledSparkApplication the short test schedule before the controller first sees it: the
   * controller computes the next run once, when it first schedules the application.
   */
  async setTestSchedules(): Promise<void> {
    for (const item of this.manifests.filter((m) => m.object.kind === 'ScheduledSparkApplication')) {
      const { name, namespace } = item.object.metadata as { name: string; namespace: string };
      const response = await this.cp.api(
        'PATCH',
        `/apis/sparkoperator.k8s.io/v1beta2/namespaces/${namespace}/scheduledsparkapplications/${name}?fieldManager=integration-test-schedule`,
        { spec: { schedule: TEST_SCHEDULE } },
        'application/merge-patch+json',
      );
      if (response.status !== 200) throw new Error(`setting the test schedule: ${JSON.stringify(response.body)}`);
      log(
        `test schedule of ScheduledSparkApplication ${namespace}/${name}: ${TEST_SCHEDULE} (was ${String(at(item.object, 'spec', 'schedule'))})`,
      );
    }
  }

  async patchSchedule(item: Applied, spec: Json): Promise<void> {
    const { name, namespace } = item.object.metadata as { name: string; namespace: string };
    const response = await this.cp.api(
      'PATCH',
      `/apis/sparkoperator.k8s.io/v1beta2/namespaces/${namespace}/scheduledsparkapplications/${name}?fieldManager=integration-test-schedule`,
      { spec },
      'application/merge-patch+json',
    );
    if (response.status !== 200) throw new Error(`patching ${namespace}/${name}: ${JSON.stringify(response.body)}`);
  }

  /** Puts each ScheduledSparkApplication's own schedule and suspend back, as Terraform applied them. */
  async restoreSchedules(): Promise<void> {
    for (const item of this.manifests.filter((m) => m.object.kind === 'ScheduledSparkApplication')) {
      await this.patchSchedule(item, {
        schedule: at(item.object, 'spec', 'schedule'),
        suspend: at(item.object, 'spec', 'suspend') ?? false,
      });
    }
  }

  async startController(): Promise<void> {
    const { chart, args, child } = await this.spawnOperator('controller', {});
    this.operator.controller = child;
    log(`operator controller as ${chart.account}: spark-operator ${args.join(' ')}`);
  }

  /**
   * The failure path, proven once: a copy of the first job whose driver breaks `restricted`
   * (allowPrivilegeEscalation: true) must end as a failed check naming that field within the bounded wait, not hang.
   */
  async rejectedPod(): Promise<string> {
    const first = this.manifests[0];
    if (!first) throw new Error('no SparkApplication to copy');
    const source = first.object;
    const spec = structuredClone(
      (source.kind === 'ScheduledSparkApplication' ? at(source, 'spec', 'template') : source.spec) as Json,
    );
    const driver = spec.driver as Json;
    driver.securityContext = { ...((driver.securityContext ?? {}) as Json), allowPrivilegeEscalation: true };
    spec.restartPolicy = { type: 'Never' };
    const { namespace } = source.metadata as { namespace: string };
    const probe: Applied = {
      ...first,
      object: {
        apiVersion: 'sparkoperator.k8s.io/v1beta2',
        kind: 'SparkApplication',
        metadata: { name: 'pod-security-probe', namespace },
        spec,
      },
    };
    const applied = await this.cp.kubectl(['apply', '--server-side', '--field-manager=integration-probe', '-f', '-'], {
      input: JSON.stringify(probe.object),
    });
    if (applied.code !== 0) throw new Error(`the probe SparkApplication was not accepted: ${applied.stderr}`);
    const started = Date.now();
    try {
      await this.job(probe);
    } catch (error) {
      await this.recordSubmissions();
      const message = error instanceof CheckError ? error.message : '';
      if (/violates PodSecurity/.test(message) && /allowPrivilegeEscalation/.test(message)) {
        const line = message.split('\n').find((l) => l.includes('violates PodSecurity')) ?? message;
        log(`probe: ${line.trim().slice(0, 400)}`);
        return `a driver with allowPrivilegeEscalation: true fails as a check naming the field after ${seconds(Date.now() - started)}`;
      }
      throw new Error(`the probe failed, but not naming allowPrivilegeEscalation under Pod Security: ${String(error)}`);
    } finally {
      await this.cp.kubectl([
        'delete',
        'sparkapplication',
        'pod-security-probe',
        '-n',
        namespace,
        '--ignore-not-found',
        '--wait=true',
        '--timeout=60s',
      ]);
    }
    throw new Error('a driver with allowPrivilegeEscalation: true was admitted under restricted');
  }

  /**
   * One job: the SparkApplication (for a ScheduledSparkApplication, the run its test schedule creates) submitted
   * by the operator, and its driver pod as admitted, held against the spec and the Fargate sizing.
   */
  async job(item: Applied): Promise<string> {
    const manifest = item.object;
    const { name, namespace } = manifest.metadata as { name: string; namespace: string };
    const where = (attribute: string) => ({ stack: item.stack, resource: item.address, attribute });
    const started = Date.now();
    const group = `/apis/sparkoperator.k8s.io/v1beta2/namespaces/${namespace}`;
    const controller = this.operator.controller;
    if (!controller) throw new Error('the operator controller is not running');
    let appName = name;
    let spec = manifest.spec as Json;
    if (manifest.kind === 'ScheduledSparkApplication') {
      spec = spec.template as Json;
      let runName = '';
      await this.cp.waitFor(
        `a run of ${namespace}/${name} on the schedule ${TEST_SCHEDULE}`,
        120_000,
        async () => {
          const scheduled = await this.cp.get(`${group}/scheduledsparkapplications/${name}`);
          const state = at(scheduled, 'status', 'scheduleState');
          if (state === 'FailedValidation')
            throw new CheckError({
              message: `the operator rejected the schedule: ${String(at(scheduled, 'status', 'reason'))}`,
              location: where('manifest.spec.schedule'),
            });
          runName = String(at(scheduled, 'status', 'lastRunName') ?? '');
          return runName !== '' && runName !== 'undefined';
        },
        [controller],
      );
      appName = runName;
      // No second test run: it would replace (concurrencyPolicy Replace) or crowd out the one being checked.
      await this.patchSchedule(item, { suspend: true });
      log(`${namespace}/${name}: run ${appName} created on the test schedule after ${seconds(Date.now() - started)}`);
    }
    let driverName = '';
    let state = '';
    await this.cp
      .waitFor(
        `the driver pod of ${namespace}/${appName}`,
        DRIVER_TIMEOUT_MS,
        async () => {
          const app = await this.cp.get(`${group}/sparkapplications/${appName}`);
          state = String(at(app, 'status', 'applicationState', 'state') ?? '');
          if (state === 'SUBMISSION_FAILED' || state === 'FAILED') {
            throw new CheckError({
              message: `the operator reports ${state}: ${String(at(app, 'status', 'applicationState', 'errorMessage'))}`,
              location: where('manifest.spec'),
            });
          }
          driverName = String(at(app, 'status', 'driverInfo', 'podName') ?? '');
          return (
            driverName !== '' &&
            driverName !== 'undefined' &&
            (await this.cp.get(`/api/v1/namespaces/${namespace}/pods/${driverName}`)) !== undefined
          );
        },
        [controller],
      )
      .catch((error: unknown) => {
        if (error instanceof CheckError) throw error;
        // A bounded wait that ran out: say what the operator last logged, which names a rejected field.
        throw new CheckError({
          message: `${error instanceof Error ? error.message : String(error)}; application state "${state}"; operator log:\n${this.cp.tail(controller, 8)}`,
          location: where('manifest.spec.driver'),
        });
      });
    const submitted = Date.now() - started;
    const pod = (await this.cp.get(`/api/v1/namespaces/${namespace}/pods/${driverName}`)) as Json;
    const problems = checkDriver(
      pod,
      spec,
      item,
      manifest.kind === 'ScheduledSparkApplication' ? 'manifest.spec.template' : 'manifest.spec',
    );
    const account = await this.cp.get(
      `/api/v1/namespaces/${namespace}/serviceaccounts/${String(at(pod, 'spec', 'serviceAccountName'))}`,
    );
    const role = at(account, 'metadata', 'annotations', 'eks.amazonaws.com/role-arn');
    if (typeof role !== 'string' || !/^arn:aws:iam::\d{12}:role\/.+/.test(role))
      problems.push({
        message: `the driver's ServiceAccount ${namespace}/${String(at(pod, 'spec', 'serviceAccountName'))} has no IRSA role annotation (eks.amazonaws.com/role-arn is ${String(role)})`,
        location: where('manifest.spec.driver.serviceAccount'),
      });
    failIfAny(problems);
    let phase = '';
    let node = '';
    await this.cp.waitFor(`driver ${namespace}/${driverName} Running (kwok)`, 60_000, async () => {
      const current = await this.cp.get(`/api/v1/namespaces/${namespace}/pods/${driverName}`);
      phase = String(at(current, 'status', 'phase'));
      node = String(at(current, 'spec', 'nodeName'));
      return phase === 'Running';
    });
    // What the operator and spark-submit made besides the pod, which the synthesized JSON does not list.
    const made: string[] = [];
    for (const kind of ['services', 'configmaps']) {
      const list = await this.cp.get(`/api/v1/namespaces/${namespace}/${kind}`);
      for (const o of (list?.items ?? []) as Json[]) {
        const objectName = String(at(o, 'metadata', 'name'));
        if (objectName.startsWith(appName)) made.push(`${kind === 'services' ? 'Service' : 'ConfigMap'} ${objectName}`);
      }
    }
    log(`${namespace}/${appName} also made: ${made.join(', ') || 'nothing else'}`);
    const memory = at(pod, 'spec', 'containers', 0, 'resources', 'limits', 'memory');
    const cpu = at(pod, 'spec', 'containers', 0, 'resources', 'limits', 'cpu');
    log(
      `pod ${namespace}/${driverName} admitted under Pod Security ${await this.level(namespace)}: sa ${String(at(pod, 'spec', 'serviceAccountName'))} (${String(role)}), cpu ${String(cpu)}, memory ${String(memory)}, ${phase} on ${node}`,
    );
    return `${describe(manifest)}: driver ${driverName} submitted in ${seconds(submitted)}, admitted (${await this.level(namespace)}), cpu request=limit=${String(cpu)}, memory ${String(memory)} as sized, security contexts as specified, IRSA role on its ServiceAccount`;
  }

  async level(namespace: string): Promise<string> {
    const ns = await this.cp.get(`/api/v1/namespaces/${namespace}`);
    return String(at(ns, 'metadata', 'labels', 'pod-security.kubernetes.io/enforce') ?? 'privileged (unlabelled)');
  }

  /** A pod that breaks `restricted` is refused by the API server: Pod Security admission is on and enforcing. */
  async podSecurityEnforced(): Promise<string> {
    const namespaces: string[] = [];
    for (const o of this.namespaces) {
      const name = String(at(o.object, 'metadata', 'name'));
      const level = at(o.object, 'metadata', 'labels', 'pod-security.kubernetes.io/enforce');
      if (level !== 'restricted' && level !== 'baseline') continue;
      const response = await this.cp.api('POST', `/api/v1/namespaces/${name}/pods?dryRun=All`, {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: 'pod-security-probe' },
        spec: {
          // No security context breaks `restricted`; an added SYS_ADMIN breaks `baseline` as well. Not a
          // privileged container: the API server's own --allow-privileged=false would refuse it before Pod Security.
          containers: [
            {
              name: 'probe',
              image: 'stand-in.invalid/probe',
              ...(level === 'baseline' ? { securityContext: { capabilities: { add: ['SYS_ADMIN'] } } } : {}),
            },
          ],
        },
      });
      const message = String(response.body.message ?? '');
      if (response.status !== 403 || !message.includes('violates PodSecurity'))
        throw new CheckError({
          message: `a pod breaking the level was not refused in ${name} (enforce=${String(level)}): ${response.status} ${message}`,
          location: { stack: o.stack, resource: o.address, attribute: 'metadata.labels' },
        });
      namespaces.push(`${name} (${String(level)})`);
    }
    return `a pod breaking the level is refused with "violates PodSecurity" in ${namespaces.join(', ')}`;
  }

  /** Every SparkApplication's submission id in the job namespaces, for the clean-up of the operator's files. */
  async recordSubmissions(): Promise<void> {
    const list = await this.cp.get('/apis/sparkoperator.k8s.io/v1beta2/sparkapplications').catch(() => undefined);
    for (const app of (list?.items ?? []) as Json[]) {
      const id = at(app, 'status', 'submissionID');
      if (typeof id === 'string' && /^[0-9a-f-]{36}$/.test(id)) this.submissions.add(id);
    }
  }

  /** Stops the operator and removes the files it left in /tmp/spark. */
  async stop(): Promise<void> {
    try {
      if (this.cp.apiPort) await this.recordSubmissions().catch(() => undefined);
      for (const child of [this.operator.controller, this.operator.webhook])
        if (child) await this.cp.stopComponent(child);
    } finally {
      for (const id of this.submissions) rmSync(path.join(OPERATOR_TMP, id), { recursive: true, force: true });
      if (!this.sparkTmpExisted && existsSync(OPERATOR_TMP) && readdirSync(OPERATOR_TMP).length === 0)
        rmdirSync(OPERATOR_TMP);
    }
  }
}

function mib(quantity: unknown): number | undefined {
  const match = /^(\d+)(Mi|Gi|Ki|M|G|k)?$/.exec(String(quantity));
  if (!match) return undefined;
  const factor: Record<string, number> = {
    Ki: 1 / 1024,
    Mi: 1,
    Gi: 1024,
    k: 1000 / 1048576,
    M: 1e6 / 1048576,
    G: 1e9 / 1048576,
  };
  return Number(match[1]) * (match[2] ? factor[match[2]] : 1 / 1048576);
}

/** The driver pod held against the SparkApplication's driver spec and the Fargate sizing of src/fargate/sizing.ts. */
function checkDriver(pod: Json, spec: Json, item: Applied, specPath: string): Problem[] {
  const problems: Problem[] = [];
  const driver = (spec.driver ?? {}) as Json;
  const where = (attribute: string) => ({
    stack: item.stack,
    resource: item.address,
    attribute: `${specPath}.${attribute}`,
  });
  if (at(pod, 'spec', 'serviceAccountName') !== driver.serviceAccount)
    problems.push({
      message: `driver pod runs as ServiceAccount ${String(at(pod, 'spec', 'serviceAccountName'))}`,
      location: where('driver.serviceAccount'),
    });
  const labels = (at(pod, 'metadata', 'labels') ?? {}) as Json;
  for (const [key, value] of Object.entries((driver.labels ?? {}) as Json)) {
    if (labels[key] !== value)
      problems.push({
        message: `driver pod label ${key} is ${String(labels[key])}, expected ${String(value)}`,
        location: where(`driver.labels.${key}`),
      });
  }
  if (labels['spark-role'] !== 'driver')
    problems.push({ message: `driver pod has spark-role=${String(labels['spark-role'])}`, location: where('driver') });
  const container = ((at(pod, 'spec', 'containers') ?? []) as Json[]).find((c) => c.name === 'spark-kubernetes-driver');
  if (!container) {
    problems.push({ message: 'driver pod has no spark-kubernetes-driver container', location: where('driver') });
    return problems;
  }
  // Neither spark-submit nor the operator's pod template sets these: the operator's pod webhook does, and the
  // namespace's `restricted` level depends on it.
  for (const [field, actual, wanted] of [
    ['driver.securityContext', container.securityContext, driver.securityContext],
    ['driver.podSecurityContext', at(pod, 'spec', 'securityContext'), driver.podSecurityContext],
  ] as const) {
    for (const [key, value] of Object.entries((wanted ?? {}) as Json)) {
      const got = (actual as Json | undefined)?.[key];
      if (!isDeepStrictEqual(got, value))
        problems.push({
          message: `driver pod has ${key}=${JSON.stringify(got)}, the spec sets ${JSON.stringify(value)}`,
          location: where(`${field}.${key}`),
        });
    }
  }
  const requests = (at(container, 'resources', 'requests') ?? {}) as Json;
  const limits = (at(container, 'resources', 'limits') ?? {}) as Json;
  if (requests.cpu === undefined || String(requests.cpu) !== String(limits.cpu))
    problems.push({
      message: `driver CPU request ${String(requests.cpu)} is not its limit ${String(limits.cpu)} (Fargate sizes pods by requests)`,
      location: where('driver.coreLimit'),
    });
  const expected = podRequest(
    {
      cores: Number(driver.cores ?? 1),
      coreRequest: driver.coreRequest as string | undefined,
      memory: String(driver.memory),
      memoryOverhead: driver.memoryOverhead as string | undefined,
      memoryOverheadFactor: spec.memoryOverheadFactor !== undefined ? Number(spec.memoryOverheadFactor) : undefined,
    },
    (spec.type ?? 'Python') as ApplicationType,
  );
  const requested = mib(requests.memory);
  if (requested !== expected.memoryMiB || String(requests.memory) !== String(limits.memory))
    problems.push({
      message: `driver memory request ${String(requests.memory)} / limit ${String(limits.memory)}, src/fargate/sizing.ts expects ${expected.memoryMiB}Mi for both (memory + ${expected.overheadMiB} MiB overhead)`,
      location: where('driver.memory'),
    });
  if (
    expected.vcpu !==
    Number(String(requests.cpu).replace(/m$/, '')) / (String(requests.cpu).endsWith('m') ? 1000 : 1)
  )
    problems.push({
      message: `driver CPU request ${String(requests.cpu)}, the sizing expects ${expected.vcpu} vCPU`,
      location: where('driver.coreRequest'),
    });
  return problems;
}

/** The tools for the given Kubernetes minors (each built once into the tool cache), Helm, and the chart's version. */
