/**
 * Kubernetes for real: the platform and jobs stacks' Kubernetes objects applied to a local control plane (see
 * ../cluster/controlplane.ts), and the real Spark Operator 2.5.2, run out of the cluster, turning each SparkApplication into a
 * driver pod that the API server admits under the job namespace's Pod Security level.
 *
 * What is applied with what, since the terraform kubernetes and helm provider plugins cannot be built here:
 * - `helm_release`: Helm (the version the helm provider embeds), `helm install --wait --atomic` with exactly the
 *   release's values, then the same check the provider's plan makes for a second apply (stored values and version).
 * - `kubernetes_*_v1` resources and `kubernetes_manifest`: `kubectl apply --server-side` of the objects convert.ts
 *   derives from the synthesized bodies; `kubernetes_annotations`: a server-side apply of just the annotations on
 *   the existing object, after asserting it exists, as the provider does.
 *
 * The operator runs as the chart's own ServiceAccounts (tokens from the TokenRequest API), so the chart's RBAC is
 * what it gets. Its webhook cannot be told to listen on loopback only (no flag; it binds all interfaces on its
 * port), and the chart's webhook configurations point at a Service, which nothing here routes: they are repointed to
 * `https://localhost:<port>` (the operator's self-made certificate names localhost). The last stage of
 * `npm run test:integration` (alone: `npm run test:cluster`); its cold install is the suite's longest, about 25
 * minutes for both Kubernetes minors on 2 cores.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parse } from 'yaml';
import { loadConfig } from '../../src/config/load';
import { ApplicationType, podRequest } from '../../src/fargate/sizing';
import { run } from '../lib/exec';
import { CheckError, failIfAny, Problem, Reporter } from '../lib/report';
import { Stage } from '../lib/stage';
import { CONFIGS, resources, StackJson, SynthesizedEnv } from '../lib/synth';
import { ensureHelm, Helm } from '../tools/helm';
import {
  ensureKubeTools,
  ETCD_VERSION,
  KubeTools,
  KWOK_VERSION,
  OPERATOR_SPARK_VERSION,
  SPARK_OPERATOR_VERSION,
} from '../tools/kube';
import { ControlPlane, freePort, Json } from '../cluster/controlplane';
import { AnnotationPatch, Conversion, Converted, convertStacks, describe, Resolver } from '../cluster/convert';
import { operatorChartDir } from './chart';

const CHART_DIR = operatorChartDir();
/** The field manager the kubernetes provider uses by default. */
const PROVIDER_MANAGER = 'Terraform';
/** Every wait of this stage is bounded; these are generous for a busy two-core machine. */
const ROLLOUT_TIMEOUT_S = 240;
const DRIVER_TIMEOUT_MS = 240_000;
/** The ScheduledSparkApplications' test schedule (robfig/cron, as the operator parses it). */
const TEST_SCHEDULE = '@every 20s';
/** Where the operator writes pod template files (a fixed path in its code, internal/controller/sparkapplication). */
const OPERATOR_TMP = '/tmp/spark';

interface ClusterTools {
  readonly helm: Helm;
  readonly kube: ReadonlyMap<string, KubeTools>;
  readonly chartVersion: string;
}

function isMap(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function at(value: unknown, ...keys: (string | number)[]): unknown {
  let current = value;
  for (const key of keys) {
    if (Array.isArray(current) && typeof key === 'number') current = current[key];
    else current = isMap(current) ? current[String(key)] : undefined;
  }
  return current;
}

function log(line: string): void {
  console.log(`      ${' '.repeat(10)} ${line}`);
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function yamlStream(objects: readonly Json[]): string {
  return objects.map((object) => JSON.stringify(object)).join('\n---\n');
}

/** The operator processes of one run, started out of the cluster. */
interface Operator {
  webhookPort: number;
  webhook?: ReturnType<ControlPlane['spawn']>;
  controller?: ReturnType<ControlPlane['spawn']>;
}

class ClusterRun {
  readonly tmp: string;
  readonly cp: ControlPlane;
  readonly platform: string;
  readonly jobs: string;
  conversion?: Conversion;
  resolver?: Resolver;
  release?: { address: string; name: string; namespace: string; values: Json; valueFiles: string[]; timeout: number };
  readonly operator: Operator = { webhookPort: 0 };
  /**
   * The operator writes each submission's pod templates to the fixed /tmp/spark/<submission id> and removes them only
   * for applications with a spec template; these are removed at the end, and /tmp/spark if this run made it.
   */
  readonly submissions = new Set<string>();
  readonly sparkTmpExisted = existsSync(OPERATOR_TMP);
  readonly helmEnv: NodeJS.ProcessEnv;

  constructor(
    readonly env: SynthesizedEnv,
    readonly tools: ClusterTools,
    readonly kube: KubeTools,
  ) {
    this.tmp = mkdtempSync(path.join(tmpdir(), 'spark-eks-cluster-'));
    this.cp = new ControlPlane(kube, this.tmp);
    this.platform = env.stackName('platform');
    this.jobs = env.stackName('jobs');
    this.helmEnv = {
      ...process.env,
      HELM_CACHE_HOME: path.join(this.tmp, 'helm', 'cache'),
      HELM_CONFIG_HOME: path.join(this.tmp, 'helm', 'config'),
      HELM_DATA_HOME: path.join(this.tmp, 'helm', 'data'),
    };
  }

  helm(args: readonly string[], timeoutMs = 600_000) {
    return run(this.tools.helm.bin, [...args, '--kubeconfig', this.cp.kubeconfig], {
      env: this.helmEnv,
      timeoutMs,
    });
  }

  file(name: string, objects: readonly Json[]): string {
    const file = path.join(this.tmp, name);
    writeFileSync(file, yamlStream(objects));
    return file;
  }

  async controlPlane(): Promise<string> {
    const steps: string[] = [];
    await this.cp.start((name, ms) => steps.push(`${name} ${seconds(ms)}`));
    return `etcd, kube-apiserver v${this.kube.kubernetesVersion}, kube-controller-manager, kwok node on ${this.cp.server} (${steps.join(', ')})`;
  }

  convert(): string {
    const stacks = [this.platform, this.jobs].map((name) => ({ name, json: this.env.stack(name) }));
    this.resolver = new Resolver(stacks, this.env.config.region, this.env.config.prefix);
    const conversion = convertStacks(stacks, this.resolver);
    failIfAny(conversion.problems);
    this.conversion = conversion;
    for (const [expression, value] of this.resolver.standIns) log(`stand-in \${${expression}} = ${value}`);
    return `${conversion.objects.length} objects, ${conversion.patches.length} annotation patches, ${conversion.manifests.length} manifests; ${this.resolver.standIns.size} values of AWS/Docker replaced by stand-ins`;
  }

  need(): Conversion {
    if (!this.conversion) throw new Error('nothing to apply: the conversion failed (see cluster/convert)');
    return this.conversion;
  }

  /** Server-side apply of objects, one per call so a rejection names its resource. */
  async apply(items: readonly Converted[], manager: (item: Converted) => string): Promise<Problem[]> {
    const problems: Problem[] = [];
    for (const item of items) {
      const result = await this.cp.kubectl(
        ['apply', '--server-side', '--force-conflicts', `--field-manager=${manager(item)}`, '-f', '-'],
        { input: JSON.stringify(item.object), okCodes: [0, 1] },
      );
      if (result.code !== 0) {
        problems.push({
          message: `${describe(item.object)} rejected by the API server: ${result.stderr.trim()}`,
          location: { stack: item.stack, resource: item.address },
        });
      } else log(`applied ${describe(item.object)} (${item.address})`);
    }
    return problems;
  }

  /**
   * The platform stack's plain objects, namespaces first, then the Deployments' rollouts as the provider waits for
   * them (`wait_for_rollout` defaults to true). EKS has a kube-system/coredns Deployment, which the
   * Fargate-logging patch restarts; a stand-in is created for it.
   */
  async applyPlatform(): Promise<string> {
    const { objects } = this.need();
    const coredns = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'coredns', namespace: 'kube-system', labels: { 'k8s-app': 'kube-dns' } },
      spec: {
        replicas: 1,
        selector: { matchLabels: { 'k8s-app': 'kube-dns' } },
        template: {
          metadata: { labels: { 'k8s-app': 'kube-dns' } },
          spec: { containers: [{ name: 'coredns', image: 'stand-in.invalid/coredns:eks' }] },
        },
      },
    };
    await this.cp.kubectl(['apply', '--server-side', '--field-manager=eks', '-f', '-'], {
      input: JSON.stringify(coredns),
    });
    log('stand-in Deployment kube-system/coredns (an EKS add-on)');
    const ordered = [
      ...objects.filter((o) => o.object.kind === 'Namespace'),
      ...objects.filter((o) => o.object.kind !== 'Namespace'),
    ];
    const problems = await this.apply(ordered, () => PROVIDER_MANAGER);
    for (const item of objects.filter((o) => o.object.kind === 'Deployment')) {
      const { name, namespace } = item.object.metadata as { name: string; namespace: string };
      const result = await this.cp.kubectl(
        ['rollout', 'status', `deployment/${name}`, '-n', namespace, `--timeout=${ROLLOUT_TIMEOUT_S}s`],
        { okCodes: [0, 1], timeoutMs: (ROLLOUT_TIMEOUT_S + 30) * 1000 },
      );
      if (result.code !== 0)
        problems.push({
          message: `Deployment ${namespace}/${name} did not roll out: ${result.stderr.trim()}`,
          location: { stack: item.stack, resource: item.address },
        });
    }
    failIfAny(problems);
    const kinds = new Map<string, number>();
    for (const o of objects) kinds.set(String(o.object.kind), (kinds.get(String(o.object.kind)) ?? 0) + 1);
    return `${objects.length} objects applied (${[...kinds].map(([k, n]) => `${n} ${k}`).join(', ')}), Deployments rolled out`;
  }

  /** `helm install` of the release, with its values documents in order, as the helm provider installs it. */
  async installRelease(): Promise<string> {
    const stack = this.env.stack(this.platform);
    const releases = resources(stack).filter(([type]) => type === 'helm_release');
    if (releases.length !== 1)
      throw new CheckError({
        message: `expected one helm_release, found ${releases.length}`,
        location: { stack: this.platform },
      });
    const [, resourceName, body] = releases[0];
    const address = `helm_release.${resourceName}`;
    const where = (attribute: string) => ({ stack: this.platform, resource: address, attribute });
    const resolved = this.resolver?.resolve(body) as StackJson;
    for (const unsupported of ['set', 'set_list', 'set_sensitive', 'postrender']) {
      if (resolved[unsupported] !== undefined)
        throw new CheckError({
          message: 'the cluster stage applies only `values` documents',
          location: where(unsupported),
        });
    }
    const chartMeta = parse(readFileSync(path.join(CHART_DIR, 'Chart.yaml'), 'utf8')) as Json;
    if (resolved.chart !== chartMeta.name || resolved.version !== chartMeta.version) {
      throw new CheckError({
        message: `is ${String(resolved.chart)} ${String(resolved.version)}, the chart at ${CHART_DIR} is ${String(chartMeta.name)} ${String(chartMeta.version)}`,
        location: where('version'),
      });
    }
    const valueFiles: string[] = [];
    let values: Json = {};
    ((resolved.values ?? []) as string[]).forEach((text, index) => {
      const file = path.join(this.tmp, `values-${index}.yaml`);
      writeFileSync(file, text);
      valueFiles.push(file);
      values = mergeValues(values, parse(text) as Json);
    });
    const timeout = Math.min(Number(resolved.timeout ?? 300), ROLLOUT_TIMEOUT_S);
    const namespace = String(resolved.namespace);
    const name = String(resolved.name);
    this.release = { address, name, namespace, values, valueFiles, timeout };
    const args = ['install', name, CHART_DIR, '--namespace', namespace, ...valueFiles.flatMap((f) => ['-f', f])];
    if (resolved.create_namespace === true) args.push('--create-namespace');
    if (resolved.wait !== false) args.push('--wait');
    if (resolved.atomic === true) args.push('--atomic');
    try {
      await this.helm([...args, '--timeout', `${timeout}s`], (timeout + 60) * 1000);
    } catch (error) {
      throw new CheckError({
        message: error instanceof Error ? error.message : String(error),
        location: where('values'),
      });
    }
    const manifest = (await this.helm(['get', 'manifest', name, '--namespace', namespace])).stdout;
    const kinds = new Map<string, number>();
    for (const doc of manifest.split(/^---$/m)) {
      const kind = (parse(doc) as Json | null)?.kind;
      if (typeof kind === 'string') kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    }
    const crds = ((await this.cp.get('/apis/apiextensions.k8s.io/v1/customresourcedefinitions'))?.items ??
      []) as Json[];
    const sparkCrds = crds
      .map((c) => String(at(c, 'metadata', 'name')))
      .filter((n) => n.endsWith('sparkoperator.k8s.io'));
    log(
      `release ${namespace}/${name}: ${[...kinds].map(([k, n]) => `${n} ${k}`).join(', ')}; CRDs ${sparkCrds.join(', ')}`,
    );
    return `helm install --wait${resolved.atomic === true ? ' --atomic' : ''} of ${chartMeta.name} ${String(chartMeta.version)}: ${sparkCrds.length} CRDs, ${[...kinds].map(([k, n]) => `${n} ${k}`).join(', ')}, every Deployment available (pods admitted under ${namespace}'s Pod Security level)`;
  }

  /** Each annotation patch must find its object, as the provider requires, and leave its annotations on it. */
  async applyPatches(): Promise<string> {
    const problems: Problem[] = [];
    for (const patch of this.need().patches) {
      const where = { stack: patch.stack, resource: patch.address, attribute: 'metadata.name' };
      const object = await this.get(patch);
      if (!object) {
        problems.push({
          message: `${patch.kind} ${patch.namespace}/${patch.name} does not exist; the provider fails with "resource does not exist"`,
          location: where,
        });
        continue;
      }
      const result = await this.cp.kubectl(
        [
          'apply',
          '--server-side',
          ...(patch.force ? ['--force-conflicts'] : []),
          `--field-manager=${PROVIDER_MANAGER}`,
          '-f',
          '-',
        ],
        { input: JSON.stringify(patchObject(patch, false)), okCodes: [0, 1] },
      );
      if (result.code !== 0) {
        problems.push({ message: `patch rejected: ${result.stderr.trim()}`, location: where });
        continue;
      }
      const after = await this.get(patch);
      const template = (at(after, 'spec', 'template', 'metadata', 'annotations') ?? {}) as Json;
      for (const [key, value] of Object.entries(patch.templateAnnotations)) {
        if (template[key] !== value)
          problems.push({
            message: `the pod template has ${key}=${String(template[key])}, expected ${value}`,
            location: { ...where, attribute: `template_annotations.${key}` },
          });
      }
      if (patch.kind === 'Deployment') {
        const rolled = await this.cp.kubectl(
          [
            'rollout',
            'status',
            `deployment/${patch.name}`,
            '-n',
            String(patch.namespace),
            `--timeout=${ROLLOUT_TIMEOUT_S}s`,
          ],
          { okCodes: [0, 1], timeoutMs: (ROLLOUT_TIMEOUT_S + 30) * 1000 },
        );
        if (rolled.code !== 0)
          problems.push({
            message: `the patched Deployment did not roll out: ${rolled.stderr.trim()}`,
            location: where,
          });
      }
      log(
        `patched ${patch.kind} ${patch.namespace}/${patch.name} (${patch.address}): ${Object.keys(patch.templateAnnotations).join(', ')}`,
      );
    }
    failIfAny(problems);
    return `${this.need().patches.length} patches found their Deployments and rolled them out with the new template annotations`;
  }

  async get(patch: AnnotationPatch): Promise<Json | undefined> {
    const group = patch.apiVersion.includes('/') ? `/apis/${patch.apiVersion}` : `/api/${patch.apiVersion}`;
    const plural = `${patch.kind.toLowerCase()}s`;
    return this.cp.get(`${group}${patch.namespace ? `/namespaces/${patch.namespace}` : ''}/${plural}/${patch.name}`);
  }

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

  async applyJobs(): Promise<string> {
    const { manifests } = this.need();
    const problems = await this.apply(manifests, (item) => {
      const body = resources(this.env.stack(item.stack)).find(([t, n]) => `${t}.${n}` === item.address)?.[2];
      return String(at(body, 'field_manager', 'name') ?? PROVIDER_MANAGER);
    });
    failIfAny(problems);
    const kinds = manifests.map((m) => describe(m.object));
    return `${manifests.length} accepted by the CRD schema and the operator's validating webhook: ${kinds.join(', ')}`;
  }

  /** `kubectl diff --server-side` of everything applied (exit 0: no change), and the release's stored values. */
  async reapply(): Promise<string> {
    const { objects, patches, manifests } = this.need();
    const problems: Problem[] = [];
    const items: { item: Converted | AnnotationPatch; object: Json; manager: string }[] = [
      ...objects.map((item) => ({ item, object: item.object, manager: PROVIDER_MANAGER })),
      ...patches.map((item) => ({ item, object: patchObject(item, false), manager: PROVIDER_MANAGER })),
      ...manifests.map((item) => ({ item, object: item.object, manager: 'terraform' })),
    ];
    for (const { item, object, manager } of items) {
      const result = await this.cp.kubectl(
        ['diff', '--server-side', '--force-conflicts', `--field-manager=${manager}`, '-f', '-'],
        { input: JSON.stringify(object), okCodes: [0, 1] },
      );
      if (result.code !== 0)
        problems.push({
          message: `a second apply would change ${describe(object)}:\n${result.stdout.trim().split('\n').slice(0, 30).join('\n')}`,
          location: { stack: item.stack, resource: item.address },
        });
    }
    const release = this.release;
    if (release) {
      const stored = JSON.parse(
        (await this.helm(['get', 'values', release.name, '--namespace', release.namespace, '-o', 'json'])).stdout,
      ) as Json;
      if (!isDeepStrictEqual(stored, release.values))
        problems.push({
          message: `the installed release stores other values than the stack sets: ${JSON.stringify(stored)}`,
          location: { stack: this.platform, resource: release.address, attribute: 'values' },
        });
      const listed = JSON.parse(
        (await this.helm(['list', '--namespace', release.namespace, '-o', 'json'])).stdout,
      ) as Json[];
      const entry = listed.find((r) => r.name === release.name);
      if (entry?.status !== 'deployed' || entry.chart !== `spark-operator-${this.tools.chartVersion}`)
        problems.push({
          message: `release is ${JSON.stringify(entry)}`,
          location: { stack: this.platform, resource: release.address },
        });
    }
    failIfAny(problems);
    return `${items.length} objects unchanged by a second server-side apply; release values and chart version as stored`;
  }

  /**
   * One operator component out of the cluster, with the chart's own arguments and service account, its health and
   * metrics endpoints moved to free loopback ports, and `extra` arguments on top.
   */
  private async spawnOperator(component: 'controller' | 'webhook', extra: Record<string, string>) {
    const chart = await this.chartProcess(component);
    const args = ClusterRun.override(chart.args, {
      ...extra,
      'health-probe-bind-address': `127.0.0.1:${await freePort()}`,
      'metrics-bind-address': `127.0.0.1:${await freePort()}`,
    });
    const child = this.cp.spawn(
      `spark-operator-${component}`,
      this.kube.operator,
      args,
      this.operatorEnv(chart.kubeconfig),
    );
    return { chart, args, child };
  }

  /**
   * Gives each ScheduledSparkApplication the short test schedule before the controller first sees it: the
   * controller computes the next run once, when it first schedules the application.
   */
  async setTestSchedules(): Promise<void> {
    for (const item of this.need().manifests.filter((m) => m.object.kind === 'ScheduledSparkApplication')) {
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
    const first = this.need().manifests[0];
    if (!first) throw new Error('no SparkApplication to copy');
    const source = first.object;
    const spec = structuredClone(
      (source.kind === 'ScheduledSparkApplication' ? at(source, 'spec', 'template') : source.spec) as Json,
    );
    const driver = spec.driver as Json;
    driver.securityContext = { ...((driver.securityContext ?? {}) as Json), allowPrivilegeEscalation: true };
    spec.restartPolicy = { type: 'Never' };
    const { namespace } = source.metadata as { namespace: string };
    const probe: Converted = {
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
  async job(item: Converted): Promise<string> {
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
    for (const o of this.need().objects.filter((x) => x.object.kind === 'Namespace')) {
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

  /** Deletes what was applied, in the reverse of Terraform's order, each wait bounded; then nothing is left. */
  async destroy(): Promise<string> {
    const { objects, patches, manifests } = this.need();
    const problems: Problem[] = [];
    const timeout = `--timeout=${ROLLOUT_TIMEOUT_S}s`;
    await this.recordSubmissions();
    for (const item of manifests) {
      const result = await this.cp.kubectl(['delete', '--wait=true', timeout, '--ignore-not-found', '-f', '-'], {
        input: JSON.stringify(item.object),
        okCodes: [0, 1],
      });
      if (result.code !== 0)
        problems.push({
          message: `delete: ${result.stderr.trim()}`,
          location: { stack: item.stack, resource: item.address },
        });
    }
    if (this.operator.controller) await this.cp.stopComponent(this.operator.controller);
    // The provider's destroy of an annotations resource applies it without its annotations, dropping its fields.
    for (const patch of patches) {
      if (!(await this.get(patch))) continue;
      const result = await this.cp.kubectl(
        ['apply', '--server-side', '--force-conflicts', `--field-manager=${PROVIDER_MANAGER}`, '-f', '-'],
        { input: JSON.stringify(patchObject(patch, true)), okCodes: [0, 1] },
      );
      if (result.code !== 0)
        problems.push({
          message: `removing the annotations: ${result.stderr.trim()}`,
          location: { stack: patch.stack, resource: patch.address },
        });
    }
    if (this.release) {
      const result = await run(
        this.tools.helm.bin,
        [
          'uninstall',
          this.release.name,
          '--namespace',
          this.release.namespace,
          '--wait',
          timeout,
          '--kubeconfig',
          this.cp.kubeconfig,
        ],
        { env: this.helmEnv, okCodes: [0, 1], timeoutMs: (ROLLOUT_TIMEOUT_S + 30) * 1000 },
      );
      if (result.code !== 0)
        problems.push({
          message: `helm uninstall: ${result.stderr.trim()}`,
          location: { stack: this.platform, resource: this.release.address },
        });
    }
    if (this.operator.webhook) await this.cp.stopComponent(this.operator.webhook);
    for (const item of [...objects].reverse()) {
      const result = await this.cp.kubectl(['delete', '--wait=true', timeout, '--ignore-not-found', '-f', '-'], {
        input: JSON.stringify(item.object),
        okCodes: [0, 1],
        timeoutMs: (ROLLOUT_TIMEOUT_S + 30) * 1000,
      });
      if (result.code !== 0)
        problems.push({
          message: `delete: ${result.stderr.trim()}`,
          location: { stack: item.stack, resource: item.address },
        });
    }
    for (const item of objects.filter((o) => o.object.kind === 'Namespace')) {
      const name = String(at(item.object, 'metadata', 'name'));
      if (await this.cp.get(`/api/v1/namespaces/${name}`))
        problems.push({
          message: `namespace ${name} still exists after its delete`,
          location: { stack: item.stack, resource: item.address },
        });
    }
    const coredns = await this.cp.get('/apis/apps/v1/namespaces/kube-system/deployments/coredns');
    for (const patch of patches.filter((p) => p.name === 'coredns')) {
      for (const key of Object.keys(patch.templateAnnotations)) {
        if (at(coredns, 'spec', 'template', 'metadata', 'annotations', key) !== undefined)
          problems.push({
            message: `the destroy left ${key} on kube-system/coredns`,
            location: { stack: patch.stack, resource: patch.address },
          });
      }
    }
    failIfAny(problems);
    return `${manifests.length} manifests, ${patches.length} patches, the release and ${objects.length} objects deleted; namespaces gone`;
  }

  /** Stops every process; the folder (logs, certificates, etcd) goes too, unless SPARK_EKS_KEEP_CLUSTER_DIR is set. */
  /** Every SparkApplication's submission id in the job namespaces, for the clean-up of the operator's files. */
  async recordSubmissions(): Promise<void> {
    const list = await this.cp.get('/apis/sparkoperator.k8s.io/v1beta2/sparkapplications').catch(() => undefined);
    for (const app of (list?.items ?? []) as Json[]) {
      const id = at(app, 'status', 'submissionID');
      if (typeof id === 'string' && /^[0-9a-f-]{36}$/.test(id)) this.submissions.add(id);
    }
  }

  async cleanup(): Promise<void> {
    try {
      if (this.cp.apiPort) await this.recordSubmissions();
      await this.cp.stop();
    } finally {
      for (const id of this.submissions) rmSync(path.join(OPERATOR_TMP, id), { recursive: true, force: true });
      if (!this.sparkTmpExisted && existsSync(OPERATOR_TMP) && readdirSync(OPERATOR_TMP).length === 0)
        rmdirSync(OPERATOR_TMP);
      if (process.env.SPARK_EKS_KEEP_CLUSTER_DIR) log(`kept ${this.tmp} (SPARK_EKS_KEEP_CLUSTER_DIR)`);
      else rmSync(this.tmp, { recursive: true, force: true });
    }
  }
}

/** The object a kubernetes_annotations resource server-side applies: only its annotations (none when destroying). */
function patchObject(patch: AnnotationPatch, destroy: boolean): Json {
  const metadata: Json = { name: patch.name, ...(patch.namespace ? { namespace: patch.namespace } : {}) };
  if (!destroy && Object.keys(patch.annotations).length > 0) metadata.annotations = patch.annotations;
  const object: Json = { apiVersion: patch.apiVersion, kind: patch.kind, metadata };
  if (!destroy && Object.keys(patch.templateAnnotations).length > 0)
    object.spec = { template: { metadata: { annotations: patch.templateAnnotations } } };
  return object;
}

/** Helm's coalescing of values documents: maps merge key by key, anything else replaces. */
function mergeValues(base: Json, over: Json): Json {
  const out: Json = { ...base };
  for (const [key, value] of Object.entries(over)) {
    out[key] = isMap(out[key]) && isMap(value) ? mergeValues(out[key], value) : value;
  }
  return out;
}

/** A Kubernetes memory quantity in MiB (`1433Mi`, `2Gi`, bytes). */
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
function checkDriver(pod: Json, spec: Json, item: Converted, specPath: string): Problem[] {
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
export async function installCluster(minors: readonly string[]): Promise<{ tools: ClusterTools; figure: string }> {
  const helm = await ensureHelm();
  const kube = new Map<string, KubeTools>();
  for (const minor of [...new Set(minors)].sort()) kube.set(minor, await ensureKubeTools(minor));
  const chartVersion = String((parse(readFileSync(path.join(CHART_DIR, 'Chart.yaml'), 'utf8')) as Json).version);
  const built = [...kube.values()].flatMap((k) => Object.entries(k.buildSeconds).map(([what, s]) => `${what} ${s} s`));
  return {
    tools: { helm, kube, chartVersion },
    figure:
      `kubernetes ${[...kube.values()].map((k) => `${k.kubernetesVersion} (${k.stagingModules} staging modules mapped)`).join(', ')} ` +
      '(kube-apiserver, kube-controller-manager, kubectl), ' +
      `etcd ${ETCD_VERSION}, kwok ${KWOK_VERSION}, spark-operator ${SPARK_OPERATOR_VERSION}, pyspark ${OPERATOR_SPARK_VERSION} as SPARK_HOME, helm ${helm.version}` +
      (built.length ? `; built now: ${built.join(', ')}` : ''),
  };
}

export const stage: Stage<ClusterTools> = {
  name: 'cluster',
  order: 50,
  install: () => installCluster(CONFIGS.map((c) => loadConfig(c.file).config.cluster.kubernetesVersion)),

  async check(env: SynthesizedEnv, reporter: Reporter, tools: ClusterTools) {
    const minor = env.config.cluster.kubernetesVersion;
    const kube = tools.kube.get(minor);
    if (!kube) {
      await reporter.check(env.label, 'cluster/tools', () => {
        throw new Error(`no tools for Kubernetes ${minor}`);
      });
      return;
    }
    const cluster = new ClusterRun(env, tools, kube);
    const check = (name: string, body: () => string | Promise<string>) =>
      reporter.check(env.label, `cluster/${name}`, body);
    try {
      if (!(await check('control-plane', () => cluster.controlPlane()))) return;
      if (!(await check('convert', () => cluster.convert()))) return;
      await check('apply-platform', () => cluster.applyPlatform());
      await check('pod-security', () => cluster.podSecurityEnforced());
      if (!(await check('helm-release', () => cluster.installRelease()))) return;
      await check('fargate-patches', () => cluster.applyPatches());
      if (!(await check('operator-webhook', () => cluster.startWebhook()))) return;
      await check('apply-jobs', () => cluster.applyJobs());
      await check('second-apply', () => cluster.reapply());
      await cluster.setTestSchedules();
      await cluster.startController();
      for (const manifest of cluster.need().manifests) {
        await check(`job ${String(at(manifest.object, 'metadata', 'name'))}`, () => cluster.job(manifest));
      }
      await check('rejected-pod', () => cluster.rejectedPod());
      await check('destroy', () => cluster.destroy());
      const byNamespace = new Map<string, number>();
      for (const pod of cluster.cp.bound)
        byNamespace.set(pod.split('/')[0], (byNamespace.get(pod.split('/')[0]) ?? 0) + 1);
      log(`pods admitted and bound to the kwok node: ${[...byNamespace].map(([ns, n]) => `${n} in ${ns}`).join(', ')}`);
    } finally {
      await cluster.cleanup();
    }
  },
};
