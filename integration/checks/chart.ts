/**
 * The real chart: Helm, built at the version the terraform helm provider embeds, renders the Spark Operator chart
 * with exactly the values the platform stack's `helm_release` carries, and the rendered objects are held against
 * what the platform stack assumes about them and against the Kubernetes OpenAPI schemas of the configured minor.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { FARGATE_COMPUTE_ANNOTATION } from '../../src/constructs/spark-operator';
import { operatorDeploymentNames, WEBHOOK_PORT } from '../../src/spark-operator/chart';
import { run } from '../lib/exec';
import { CheckError, failIfAny, Location, Problem, Reporter } from '../lib/report';
import { Stage } from '../lib/stage';
import { resources, StackJson, SynthesizedEnv } from '../lib/synth';
import { sharedDir } from '../lib/shared';
import { ensureHelm, Helm } from '../tools/helm';
import { namespacePolicies } from '../lib/namespaces';
import { ensurePodSecurity, PodSecurityEvaluator, PodToEvaluate } from '../tools/podsecurity';
import { ensureVenv, Venv } from '../tools/python';

/** The unchanged chart beside the clone; `SPARK_EKS_OPERATOR_CHART` points at another copy (a `helm pull --untar`). */
const DEFAULT_CHART_DIR = sharedDir('charts', 'spark-operator');

/** The folder of the Spark Operator chart the suite renders and installs. */
export function operatorChartDir(): string {
  return path.resolve(process.env.SPARK_EKS_OPERATOR_CHART?.trim() || DEFAULT_CHART_DIR);
}
const KUBERNETES_VALIDATE_LOCK = path.join(__dirname, '..', 'tools', 'python', 'kubernetes-validate.txt');

type Json = Record<string, unknown>;

interface ChartDir {
  readonly dir: string;
  readonly name: string;
  readonly version: string;
  /** The chart's values.yaml. */
  readonly defaults: Json;
}

interface ChartTools {
  readonly helm: Helm;
  readonly validator: Venv;
  readonly validatorVersion: string;
  /** Kubernetes minors kubernetes-validate ships schemas for, e.g. `1.35`. */
  readonly schemaMinors: readonly string[];
  readonly chart: ChartDir;
  readonly podSecurity: PodSecurityEvaluator;
}

/** A rendered object and the namespace Helm installs it into. */
interface Rendered {
  readonly apiVersion: string;
  readonly kind: string;
  readonly name: string;
  /** Undefined for cluster-scoped kinds. */
  readonly namespace?: string;
  readonly body: Json;
}

/** One source of values of the release: a `values` document or a `set`/`set_list`/`set_sensitive` entry. */
interface ValueSource {
  readonly attribute: string;
  readonly values: Json;
}

/** What every check of one config reads: the release, its values and, once rendered, the chart's objects. */
interface Context {
  readonly stackName: string;
  readonly stack: StackJson;
  readonly releaseAddress: string;
  readonly release: StackJson;
  readonly releaseName: string;
  readonly releaseNamespace: string;
  readonly sources: readonly ValueSource[];
  /** The chart's defaults merged with every source, in Helm's order. */
  readonly effective: Json;
  readonly helmArgs: readonly string[];
  readonly valueFiles: readonly string[];
  /** A temporary folder for the values files and Helm's own home. */
  readonly tmp: string;
}

/** Built-in kinds without a namespace; Helm leaves `metadata.namespace` out of most namespaced templates. */
const CLUSTER_SCOPED = new Set([
  'APIService',
  'ClusterRole',
  'ClusterRoleBinding',
  'CSIDriver',
  'CustomResourceDefinition',
  'IngressClass',
  'MutatingWebhookConfiguration',
  'Namespace',
  'PersistentVolume',
  'PriorityClass',
  'RuntimeClass',
  'StorageClass',
  'ValidatingAdmissionPolicy',
  'ValidatingAdmissionPolicyBinding',
  'ValidatingWebhookConfiguration',
]);

/** The platform stack's Kubernetes resource types and the kind each creates, to find name clashes with the chart. */
const PROVIDER_KINDS: Readonly<Record<string, string>> = {
  kubernetes_config_map_v1: 'ConfigMap',
  kubernetes_deployment_v1: 'Deployment',
  kubernetes_role_binding_v1: 'RoleBinding',
  kubernetes_role_v1: 'Role',
  kubernetes_secret_v1: 'Secret',
  kubernetes_service_account_v1: 'ServiceAccount',
  kubernetes_service_v1: 'Service',
  kubernetes_cluster_role_v1: 'ClusterRole',
  kubernetes_cluster_role_binding_v1: 'ClusterRoleBinding',
  kubernetes_pod_disruption_budget_v1: 'PodDisruptionBudget',
};

/**
 * Validates manifests with kubernetes-validate's own API rather than its CLI: the CLI only warns (exit 0) when it
 * has no schema for a kind, and silently falls back to the newest schema set older than the requested version;
 * both are reported here, per document, for the checks to judge. Reads `{"version", "strict", "stream"}` on stdin
 * and parses the stream as the tool's CLI does (PyYAML, safe loader).
 */
const VALIDATE_SCRIPT = `
import json, sys, yaml
import kubernetes_validate.utils as kv
from kubernetes_validate.version import __version__
request = json.load(sys.stdin)
if request.get("info"):
    print(json.dumps({"version": __version__, "schemas": kv.all_versions()}))
    sys.exit(0)
out = []
for doc in yaml.safe_load_all(request["stream"]):
    if not doc:
        continue
    entry = {"kind": doc.get("kind"), "apiVersion": doc.get("apiVersion"),
             "name": (doc.get("metadata") or {}).get("name"),
             "namespace": (doc.get("metadata") or {}).get("namespace")}
    try:
        entry["validatedAgainst"] = kv.validate(doc, request["version"], request["strict"])
    except kv.ValidationError as e:
        entry["error"] = "%s: %s" % (".".join(str(p) for p in e.path) or "(root)", e.message[:400])
        entry["validatedAgainst"] = e.version
    except kv.SchemaNotFoundError as e:
        entry["error"] = e.message
    except kv.VersionNotSupportedError as e:
        entry["error"] = e.message
    out.append(entry)
print(json.dumps(out))
`;

interface Validation {
  readonly kind: string;
  readonly apiVersion: string;
  readonly name: string;
  readonly namespace?: string;
  readonly validatedAgainst?: string;
  readonly error?: string;
}

function isMap(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typeName(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'list';
  return typeof value === 'object' ? 'map' : typeof value;
}

function loadChart(): ChartDir {
  const dir = operatorChartDir();
  const chartFile = path.join(dir, 'Chart.yaml');
  if (!existsSync(chartFile)) {
    throw new Error(
      `no chart at ${dir} (no Chart.yaml): expected the unchanged Spark Operator chart beside the clone, or ` +
        'SPARK_EKS_OPERATOR_CHART set to the folder of `helm pull --untar` of the same version',
    );
  }
  const meta = parse(readFileSync(chartFile, 'utf8')) as Json;
  const defaults = parse(readFileSync(path.join(dir, 'values.yaml'), 'utf8')) as unknown;
  if (!isMap(defaults)) throw new Error(`${dir}/values.yaml is not a map`);
  return { dir, name: String(meta.name), version: String(meta.version), defaults };
}

/** The kubernetes-validate version the committed lock file pins, so the cache cannot hold another one unnoticed. */
function pinnedValidatorVersion(): string {
  const line = readFileSync(KUBERNETES_VALIDATE_LOCK, 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('kubernetes-validate=='));
  const version = line?.split('==')[1]?.replace(/[\\\s].*$/, '');
  if (!version) throw new Error(`${KUBERNETES_VALIDATE_LOCK} pins no kubernetes-validate`);
  return version;
}

/**
 * Follows `${<type>.<name>.metadata[0].name}` to the named resource's literal `metadata.name`, as Terraform will:
 * the platform stack names namespaces and roles by reference to the resources that create them.
 */
function resolveName(stack: StackJson, value: unknown, depth = 0): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (!value.includes('${')) return value;
  const match = /^\$\{([a-z0-9_]+)\.([A-Za-z0-9_-]+)\.metadata\[0\]\.name\}$/.exec(value);
  if (!match || depth > 5) return undefined;
  const target = (stack.resource?.[match[1]] as Record<string, StackJson> | undefined)?.[match[2]];
  const metadata = Array.isArray(target?.metadata) ? target.metadata[0] : target?.metadata;
  return resolveName(stack, metadata?.name, depth + 1);
}

/**
 * Helm's `--set` path syntax, as far as a name needs it: `a.b[0].c`, with `\.` for a dot inside a key. Each list
 * index becomes a numeric segment.
 */
function setPath(name: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const raw of name.split(/(?<!\\)\./)) {
    const match = /^(.*?)((?:\[\d+\])*)$/.exec(raw.replace(/\\\./g, '.'));
    const key = match?.[1] ?? raw;
    if (key) out.push(key);
    for (const index of (match?.[2] ?? '').matchAll(/\[(\d+)\]/g)) out.push(Number(index[1]));
  }
  return out;
}

/** A `--set` value as Helm types it with `auto`: booleans, null and integers; everything else a string. */
function autoTyped(value: string): unknown {
  if (value === 'true') return true;
  if (value === 'false') return false;
  if (value === 'null') return null;
  if (/^-?(0|[1-9]\d*)$/.test(value)) return Number(value);
  return value;
}

function nest(pathSegments: readonly (string | number)[], value: unknown): Json {
  let current: unknown = value;
  for (const segment of [...pathSegments].reverse()) {
    if (typeof segment === 'number') {
      const list: unknown[] = [];
      list[segment] = current;
      current = list;
    } else current = { [segment]: current };
  }
  return current as Json;
}

/** Helm's coalescing of values: maps merge key by key, anything else replaces; `null` removes the default. */
function merge(base: unknown, over: unknown): unknown {
  if (isMap(base) && isMap(over)) {
    const keys = new Set([...Object.keys(base), ...Object.keys(over)]);
    return Object.fromEntries(
      [...keys]
        .filter((key) => over[key] !== null)
        .map((key) => [key, key in over ? merge(base[key], over[key]) : base[key]]),
    );
  }
  return over;
}

function at(values: unknown, ...keys: string[]): unknown {
  let current = values;
  for (const key of keys) current = isMap(current) ? current[key] : undefined;
  return current;
}

/**
 * Where a value of the release comes from: the last source that sets the path (as Helm lets the last win), e.g.
 * `values[0].webhook.port`; a path no source sets is the chart's default.
 */
function valueAttr(ctx: Context, ...keys: string[]): string {
  for (const source of [...ctx.sources].reverse()) {
    if (at(source.values, ...keys) !== undefined) return `${source.attribute}.${keys.join('.')}`;
  }
  return `values (${keys.join('.')} left at the chart's default)`;
}

function prepare(env: SynthesizedEnv, chart: ChartDir, tmp: string): Context {
  const stackName = env.stackName('platform');
  const stack = env.stack(stackName);
  const releases = resources(stack).filter(([type, , body]) => type === 'helm_release' && body.chart === chart.name);
  if (releases.length !== 1) {
    throw new CheckError({
      message: `expected one helm_release of chart ${chart.name}, found ${releases.length}`,
      location: { stack: stackName },
    });
  }
  const [, name, release] = releases[0];
  const releaseAddress = `helm_release.${name}`;
  const where = (attribute: string): Location => ({ stack: stackName, resource: releaseAddress, attribute });
  const problems: Problem[] = [];

  const releaseNamespace = resolveName(stack, release.namespace);
  if (!releaseNamespace) {
    problems.push({ message: `cannot resolve ${String(release.namespace)} to a name`, location: where('namespace') });
  }
  const sources: ValueSource[] = [];
  const valueFiles: string[] = [];
  const helmArgs: string[] = [];
  ((release.values ?? []) as unknown[]).forEach((text, index) => {
    if (typeof text !== 'string' || text.includes('${')) {
      problems.push({
        message: 'is not a literal YAML document (a Terraform expression the chart stage cannot render)',
        location: where(`values[${index}]`),
      });
      return;
    }
    const parsed = parse(text) as unknown;
    if (!isMap(parsed)) {
      problems.push({ message: 'is not a YAML map', location: where(`values[${index}]`) });
      return;
    }
    sources.push({ attribute: `values[${index}]`, values: parsed });
    const file = path.join(tmp, `values-${index}.yaml`);
    writeFileSync(file, text);
    valueFiles.push(file);
  });
  // The helm provider applies values documents first, then set entries, as Helm's own -f then --set.
  for (const block of ['set', 'set_sensitive', 'set_list'] as const) {
    ((release[block] ?? []) as StackJson[]).forEach((entry, index) => {
      const attribute = `${block}[${index}]`;
      const name = String(entry.name);
      if (block === 'set_list') {
        const list = (entry.value ?? []) as unknown[];
        sources.push({ attribute, values: nest(setPath(name), list.map(String)) });
        helmArgs.push('--set', `${name}={${list.map(String).join(',')}}`);
        return;
      }
      const value = String(entry.value);
      const type = entry.type ? String(entry.type) : 'auto';
      if (type === 'string' || type === 'literal') {
        sources.push({ attribute, values: nest(setPath(name), value) });
        helmArgs.push(type === 'string' ? '--set-string' : '--set-literal', `${name}=${value}`);
      } else {
        sources.push({ attribute, values: nest(setPath(name), autoTyped(value)) });
        helmArgs.push('--set', `${name}=${value}`);
      }
    });
  }
  failIfAny(problems);
  const effective = sources.reduce<unknown>((acc, source) => merge(acc, source.values), chart.defaults) as Json;
  return {
    stackName,
    stack,
    releaseAddress,
    release,
    releaseName: String(release.name),
    releaseNamespace: releaseNamespace as string,
    sources,
    effective,
    helmArgs,
    valueFiles,
    tmp,
  };
}

/**
 * Every key path the project sets must be one the chart reads, since the chart has no values schema and Helm
 * ignores unknown keys. The rule: walk each source alongside values.yaml. A key the chart's map has is followed
 * down. A key it lacks is an error, unless that map is empty in values.yaml (`podLabels: {}`, `resources: {}`,
 * `issuerRef: {}`): the chart leaves such maps open and passes them whole to the manifest (`toYaml`/`range`), so
 * any key under them is the user's to choose. Where the chart's default is a scalar or a list the project's value
 * is a leaf, and it must be of the same type unless the default is null (which every type overrides).
 */
function checkValueKeys(ctx: Context, chart: ChartDir): string {
  const problems: Problem[] = [];
  let keys = 0;
  const walk = (source: ValueSource, value: unknown, chartDefault: unknown, trail: string[]) => {
    if (isMap(value) && isMap(chartDefault) && Object.keys(chartDefault).length > 0) {
      for (const [key, child] of Object.entries(value)) {
        const next = [...trail, key];
        if (!(key in chartDefault)) {
          keys += 1;
          problems.push({
            message: `not a key of ${chart.name} ${chart.version} values.yaml (Helm would ignore it)`,
            location: locate(source, next),
          });
        } else walk(source, child, chartDefault[key], next);
      }
      return;
    }
    keys += 1;
    const want = typeName(chartDefault);
    const got = typeName(value);
    if (want !== 'null' && got !== 'null' && want !== got && !(want === 'map' && got === 'map')) {
      problems.push({
        message: `is a ${got} but values.yaml has a ${want} there (${JSON.stringify(chartDefault)})`,
        location: locate(source, trail),
      });
    }
  };
  const locate = (source: ValueSource, trail: readonly string[]): Location => ({
    stack: ctx.stackName,
    resource: ctx.releaseAddress,
    attribute: `${source.attribute}.${trail.join('.')}`,
  });
  for (const source of ctx.sources) walk(source, source.values, chart.defaults, []);

  const where = (attribute: string): Location => ({
    stack: ctx.stackName,
    resource: ctx.releaseAddress,
    attribute,
  });
  if (ctx.release.chart !== chart.name) {
    problems.push({ message: `is ${ctx.release.chart}, the chart dir holds ${chart.name}`, location: where('chart') });
  }
  if (ctx.release.version !== chart.version) {
    problems.push({
      message: `is ${ctx.release.version}, but ${chart.dir} holds ${chart.name} ${chart.version}`,
      location: where('version'),
    });
  }
  failIfAny(problems);
  return `${keys} value keys from ${ctx.sources.length} source(s), all in ${chart.name} ${chart.version} values.yaml`;
}

async function render(tools: ChartTools, ctx: Context, kubeMinor: string, extra: readonly string[] = []) {
  const args = [
    'template',
    ctx.releaseName,
    tools.chart.dir,
    '--namespace',
    ctx.releaseNamespace,
    '--kube-version',
    `${kubeMinor}.0`,
    '--include-crds',
    ...ctx.valueFiles.flatMap((file) => ['-f', file]),
    ...ctx.helmArgs,
    ...extra,
  ];
  // Helm's homes in the temporary folder: the user's repositories, plugins and registry logins play no part.
  const home = path.join(ctx.tmp, 'helm');
  const { stdout } = await run(tools.helm.bin, args, {
    env: {
      ...process.env,
      HELM_CACHE_HOME: path.join(home, 'cache'),
      HELM_CONFIG_HOME: path.join(home, 'config'),
      HELM_DATA_HOME: path.join(home, 'data'),
    },
    timeoutMs: 5 * 60_000,
  });
  const objects: Rendered[] = [];
  for (const doc of parseAllDocuments(stdout, { version: '1.1' })) {
    if (doc.errors.length > 0) throw new Error(`helm rendered unparsable YAML: ${doc.errors[0].message}`);
    const body = doc.toJS({ maxAliasCount: -1 }) as unknown;
    if (!isMap(body)) continue;
    const kind = String(body.kind);
    const metadata = (body.metadata ?? {}) as Json;
    objects.push({
      apiVersion: String(body.apiVersion),
      kind,
      name: String(metadata.name),
      namespace: CLUSTER_SCOPED.has(kind) ? undefined : String(metadata.namespace ?? ctx.releaseNamespace),
      body,
    });
  }
  return { stream: stdout, objects };
}

const key = (namespace: string | undefined, name: string) => (namespace ? `${namespace}/${name}` : name);

function checkFargatePatch(ctx: Context, objects: readonly Rendered[]): string {
  const problems: Problem[] = [];
  const rendered = new Map(
    objects.filter((o) => o.kind === 'Deployment').map((o) => [key(o.namespace, o.name), o] as const),
  );
  // The Fargate patch is every Deployment annotation that sets the compute-type annotation on the pod template
  // (other patches, such as a restart of CoreDNS, are not the chart's business). Deployments the stack defines
  // itself could carry it in their own template and are left out.
  const ownDeployments = new Set(
    resources(ctx.stack)
      .filter(([type]) => type === 'kubernetes_deployment_v1')
      .map(([, , body]) => {
        const metadata = Array.isArray(body.metadata) ? body.metadata[0] : body.metadata;
        return key(resolveName(ctx.stack, metadata?.namespace), String(metadata?.name));
      }),
  );
  const targeted = new Map<string, string>();
  for (const [type, name, body] of resources(ctx.stack)) {
    if (type !== 'kubernetes_annotations' || body.kind !== 'Deployment') continue;
    const annotations = (body.template_annotations ?? {}) as Record<string, unknown>;
    if (!Object.entries(FARGATE_COMPUTE_ANNOTATION).every(([k, v]) => annotations[k] === v)) continue;
    const address = `${type}.${name}`;
    const where = (attribute: string): Location => ({ stack: ctx.stackName, resource: address, attribute });
    const namespace = resolveName(ctx.stack, body.metadata?.namespace);
    if (!namespace) {
      problems.push({
        message: `cannot resolve ${body.metadata?.namespace} to a name`,
        location: where('metadata.namespace'),
      });
      continue;
    }
    const target = key(namespace, String(body.metadata?.name));
    if (ownDeployments.has(target)) continue;
    targeted.set(target, address);
    const deployment = rendered.get(target);
    if (!deployment) {
      problems.push({
        message: `patches Deployment ${target}, which the chart does not render (rendered: ${[...rendered.keys()].join(', ')})`,
        location: where('metadata.name'),
      });
      continue;
    }
    if (body.api_version !== deployment.apiVersion) {
      problems.push({
        message: `is ${body.api_version}, the chart renders ${target} as ${deployment.apiVersion}`,
        location: where('api_version'),
      });
    }
    // Without the dependency Terraform may patch before Helm has created the Deployment.
    if (!((body.depends_on ?? []) as string[]).includes(ctx.releaseAddress)) {
      problems.push({ message: `does not depend on ${ctx.releaseAddress}`, location: where('depends_on') });
    }
  }
  for (const [target] of rendered) {
    if (!targeted.has(target)) {
      problems.push({
        message: `the chart renders Deployment ${target}, but no kubernetes_annotations patch targets it (its pods get no Fargate annotation)`,
        location: { stack: ctx.stackName, resource: ctx.releaseAddress, attribute: valueAttr(ctx, 'fullnameOverride') },
      });
    }
  }
  failIfAny(problems);
  return `${targeted.size} patches = ${rendered.size} rendered Deployments (${[...rendered.keys()].join(', ')})`;
}

interface RuleTriple {
  readonly group: string;
  readonly resource: string;
  readonly verb: string;
}

function ruleTriples(rules: readonly Json[], snake: boolean): RuleTriple[] {
  const out: RuleTriple[] = [];
  for (const rule of rules) {
    const groups = (rule[snake ? 'api_groups' : 'apiGroups'] ?? []) as string[];
    for (const group of groups)
      for (const resource of (rule.resources ?? []) as string[])
        for (const verb of (rule.verbs ?? []) as string[]) out.push({ group, resource, verb });
  }
  return out;
}

function grants(have: readonly RuleTriple[], want: RuleTriple): boolean {
  return have.some(
    (rule) =>
      (rule.group === want.group || rule.group === '*') &&
      (rule.resource === want.resource || rule.resource === '*') &&
      (rule.verb === want.verb || rule.verb === '*'),
  );
}

/** `metadata` of a provider resource (a block list in the provider schema, one object in cdktf's JSON). */
function meta(stack: StackJson, body: StackJson): { name?: string; namespace?: string } {
  const metadata = (Array.isArray(body.metadata) ? body.metadata[0] : body.metadata) as StackJson | undefined;
  return { name: resolveName(stack, metadata?.name), namespace: resolveName(stack, metadata?.namespace) };
}

async function checkSparkRbac(tools: ChartTools, ctx: Context, kubeMinor: string, objects: readonly Rendered[]) {
  const problems: Problem[] = [];
  const releaseWhere = (attribute: string): Location => ({
    stack: ctx.stackName,
    resource: ctx.releaseAddress,
    attribute,
  });
  const account = at(ctx.effective, 'spark', 'serviceAccount', 'name');
  const jobNamespaces = (at(ctx.effective, 'spark', 'jobNamespaces') ?? []) as string[];
  if (typeof account !== 'string' || account === '') {
    throw new CheckError({
      message: 'is unset: the Spark pods would run as the chart-derived or default service account',
      location: releaseWhere(valueAttr(ctx, 'spark', 'serviceAccount', 'name')),
    });
  }
  const inJobNamespace = (o: Rendered) => o.namespace !== undefined && jobNamespaces.includes(o.namespace);

  // The chart's half: no Spark service account, Role or RoleBinding of its own. It does render the operator's own
  // Roles in the job namespaces (for the controller's and webhook's service accounts); those are not Spark's.
  for (const o of objects) {
    const bindsSpark =
      o.kind === 'RoleBinding' &&
      ((o.body.subjects ?? []) as Json[]).some(
        (s) => s.kind === 'ServiceAccount' && s.name === account && jobNamespaces.includes(String(s.namespace)),
      );
    const named = ['ServiceAccount', 'Role', 'RoleBinding'].includes(o.kind) && o.name === account;
    if (inJobNamespace(o) && (named || bindsSpark)) {
      problems.push({
        message: `the chart renders ${o.kind} ${key(o.namespace, o.name)} for the Spark service account, which the platform stack owns (set spark.serviceAccount.create / spark.rbac.create false)`,
        location: releaseWhere(valueAttr(ctx, 'spark')),
      });
    }
  }

  // The stack's half: per job namespace, the service account, a Role and a RoleBinding of that Role to it that
  // grants at least what the chart's own Spark Role would (rendered with the chart's RBAC switched back on).
  const reference = await render(tools, ctx, kubeMinor, [
    '--set',
    'spark.rbac.create=true',
    '--show-only',
    'templates/spark/rbac.yaml',
  ]);
  const chartRole = reference.objects.find((o) => o.kind === 'Role');
  const chartRules = ruleTriples((chartRole?.body.rules ?? []) as Json[], false);
  if (chartRules.length === 0)
    problems.push({ message: "the chart's own Spark Role renders no rules to compare with" });

  const of = (type: string) =>
    resources(ctx.stack)
      .filter(([t]) => t === type)
      .map(([t, name, body]) => ({ address: `${t}.${name}`, body, ...meta(ctx.stack, body) }));
  const accounts = of('kubernetes_service_account_v1');
  const roles = of('kubernetes_role_v1');
  const bindings = of('kubernetes_role_binding_v1');
  for (const namespace of jobNamespaces) {
    const where: Location = {
      stack: ctx.stackName,
      resource: ctx.releaseAddress,
      attribute: valueAttr(ctx, 'spark', 'jobNamespaces'),
    };
    if (!accounts.some((a) => a.namespace === namespace && a.name === account)) {
      problems.push({
        message: `job namespace ${namespace} has no kubernetes_service_account_v1 named ${account} in the platform stack`,
        location: where,
      });
    }
    const bound = bindings.filter(
      (b) =>
        b.namespace === namespace &&
        ((b.body.subject ?? []) as StackJson[]).some(
          (s) =>
            s.kind === 'ServiceAccount' &&
            resolveName(ctx.stack, s.name) === account &&
            resolveName(ctx.stack, s.namespace) === namespace,
        ),
    );
    if (bound.length === 0) {
      problems.push({
        message: `job namespace ${namespace} has no kubernetes_role_binding_v1 for service account ${account}`,
        location: where,
      });
    }
    const granted = bound.flatMap((b) => {
      const ref = (Array.isArray(b.body.role_ref) ? b.body.role_ref[0] : b.body.role_ref) as StackJson | undefined;
      const roleName = resolveName(ctx.stack, ref?.name);
      if (ref?.kind !== 'Role') return [];
      return roles
        .filter((r) => r.namespace === namespace && r.name === roleName)
        .flatMap((r) => ruleTriples((r.body.rule ?? []) as Json[], true));
    });
    const missing = chartRules.filter((rule) => !grants(granted, rule));
    if (bound.length > 0 && missing.length > 0) {
      problems.push({
        message: `the Role bound to ${account} in ${namespace} lacks what the chart's own Spark Role grants: ${missing
          .map((r) => `${r.verb} ${r.group || 'core'}/${r.resource}`)
          .join(', ')}`,
        location: { stack: ctx.stackName, resource: bound.map((b) => b.address).join(', '), attribute: 'role_ref' },
      });
    }
  }
  const operatorRoles = objects.filter((o) => inJobNamespace(o) && o.kind === 'Role').length;
  failIfAny(problems);
  return (
    `chart: no ${account} ServiceAccount/Role/RoleBinding (only its ${operatorRoles} operator Roles) in ` +
    `${jobNamespaces.length} job namespace(s); stack: ${account} SA + RoleBinding covering the chart's ` +
    `${chartRules.length} Spark grants in each`
  );
}

/** No object of the chart may have the kind, namespace and name of one the platform stack creates. */
function checkOwnership(ctx: Context, objects: readonly Rendered[]): string {
  const problems: Problem[] = [];
  const rendered = new Set(objects.map((o) => `${o.kind} ${key(o.namespace, o.name)}`));
  let owned = 0;
  for (const [type, name, body] of resources(ctx.stack)) {
    const kind = PROVIDER_KINDS[type];
    if (!kind) continue;
    owned += 1;
    const { name: objectName, namespace } = meta(ctx.stack, body);
    const id = `${kind} ${key(CLUSTER_SCOPED.has(kind) ? undefined : namespace, String(objectName))}`;
    if (rendered.has(id)) {
      problems.push({
        message: `the chart renders ${id} too: Helm and Terraform would fight over it (the install fails on "exists")`,
        location: { stack: ctx.stackName, resource: `${type}.${name}`, attribute: 'metadata.name' },
      });
    }
  }
  failIfAny(problems);
  return `${objects.length} rendered objects, none of the stack's ${owned} Kubernetes objects among them`;
}

function containerPort(deployment: Rendered, portName: string): number | undefined {
  const containers = (at(deployment.body, 'spec', 'template', 'spec') as Json | undefined)?.containers as Json[];
  for (const container of containers ?? []) {
    const port = ((container.ports ?? []) as Json[]).find((p) => p.name === portName);
    if (port) return Number(port.containerPort);
  }
  return undefined;
}

function args(deployment: Rendered): string[] {
  const containers = (at(deployment.body, 'spec', 'template', 'spec') as Json | undefined)?.containers as Json[];
  return (containers ?? []).flatMap((c) => (c.args ?? []) as string[]).map((a) => a.trim());
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');
}

/**
 * The names, ports and namespaces the platform stack relies on: the Deployment names src/spark-operator/chart.ts
 * derives (and the Fargate patches use), the webhook port on every path from the API server to the container, and
 * the job namespaces in the controller's and webhook's flags and in the webhooks' namespace selectors.
 */
function checkWebhook(env: SynthesizedEnv, ctx: Context, objects: readonly Rendered[]): string {
  const problems: Problem[] = [];
  const where = (attribute: string): Location => ({
    stack: ctx.stackName,
    resource: ctx.releaseAddress,
    attribute,
  });
  const fail = (message: string, attribute: string) => problems.push({ message, location: where(attribute) });
  const config = env.config;
  const jobs = [...config.namespaces.jobs];

  if (ctx.releaseName !== config.sparkOperator.releaseName)
    fail(`is ${ctx.releaseName}, the config says ${config.sparkOperator.releaseName}`, 'name');
  if (ctx.releaseNamespace !== config.namespaces.operator)
    fail(`is ${ctx.releaseNamespace}, the config says ${config.namespaces.operator}`, 'namespace');

  const fullnameOverride = at(ctx.effective, 'fullnameOverride');
  const nameOverride = at(ctx.effective, 'nameOverride');
  const expected = operatorDeploymentNames({
    releaseName: ctx.releaseName,
    fullnameOverride: typeof fullnameOverride === 'string' ? fullnameOverride : undefined,
    nameOverride: typeof nameOverride === 'string' ? nameOverride : undefined,
  });
  const deployments = objects.filter((o) => o.kind === 'Deployment' && o.namespace === ctx.releaseNamespace);
  const byName = new Map(deployments.map((d) => [d.name, d]));
  for (const component of ['controller', 'webhook'] as const) {
    if (!byName.has(expected[component])) {
      fail(
        `src/spark-operator/chart.ts expects the ${component} Deployment ${expected[component]}, the chart renders ${[...byName.keys()].join(', ')}`,
        valueAttr(ctx, 'fullnameOverride'),
      );
    }
  }

  const port = at(ctx.effective, 'webhook', 'port');
  const portName = String(at(ctx.effective, 'webhook', 'portName'));
  if (port !== WEBHOOK_PORT)
    fail(`is ${String(port)}, src/spark-operator/chart.ts says ${WEBHOOK_PORT}`, valueAttr(ctx, 'webhook', 'port'));
  const webhook = byName.get(expected.webhook);
  const controller = byName.get(expected.controller);
  if (webhook) {
    const rendered = containerPort(webhook, portName);
    if (rendered !== port)
      fail(
        `is ${String(port)}, the webhook container's port ${portName} is ${rendered}`,
        valueAttr(ctx, 'webhook', 'port'),
      );
    const flag = args(webhook).find((a) => a.startsWith('--webhook-port='));
    if (flag !== `--webhook-port=${String(port)}`)
      fail(`is ${String(port)}, the webhook runs with ${flag}`, valueAttr(ctx, 'webhook', 'port'));
  }
  const serviceName = webhook
    ? args(webhook)
        .find((a) => a.startsWith('--webhook-svc-name='))
        ?.split('=')[1]
    : undefined;
  const service = objects.find((o) => o.kind === 'Service' && o.name === serviceName);
  if (!service) fail(`the chart renders no webhook Service ${serviceName}`, valueAttr(ctx, 'webhook'));
  else {
    const ports = (at(service.body, 'spec', 'ports') ?? []) as Json[];
    const servicePort = ports.find((p) => p.port === port);
    const target = servicePort?.targetPort;
    const targetNumber = typeof target === 'string' && webhook ? containerPort(webhook, target) : Number(target);
    if (!servicePort || targetNumber !== port)
      fail(
        `is ${String(port)}, Service ${service.name} forwards ${JSON.stringify(ports)}`,
        valueAttr(ctx, 'webhook', 'port'),
      );
  }

  const configs = objects.filter((o) => /^(Mutating|Validating)WebhookConfiguration$/.test(o.kind));
  if (configs.length === 0) fail('the chart renders no webhook configuration', valueAttr(ctx, 'webhook', 'enable'));
  let hooks = 0;
  for (const configuration of configs) {
    for (const hook of (configuration.body.webhooks ?? []) as Json[]) {
      hooks += 1;
      const svc = at(hook, 'clientConfig', 'service') as Json | undefined;
      if (svc?.name !== serviceName || svc?.namespace !== ctx.releaseNamespace || svc?.port !== port) {
        fail(
          `${configuration.kind} ${configuration.name} webhook ${String(hook.name)} calls ${JSON.stringify(svc)}, not ${serviceName}.${ctx.releaseNamespace}:${String(port)}`,
          valueAttr(ctx, 'webhook', 'port'),
        );
      }
      const selected = ((at(hook, 'namespaceSelector') as Json | undefined)?.matchExpressions ?? []) as Json[];
      const names = selected.find((e) => e.key === 'kubernetes.io/metadata.name' && e.operator === 'In');
      if (!names || !sameSet((names.values ?? []) as string[], jobs)) {
        fail(
          `${configuration.kind} ${configuration.name} webhook ${String(hook.name)} selects namespaces ${JSON.stringify(names?.values)}, the config's jobs are ${jobs.join(',')}`,
          valueAttr(ctx, 'spark', 'jobNamespaces'),
        );
      }
    }
  }

  for (const deployment of [controller, webhook]) {
    if (!deployment) continue;
    const flag = args(deployment).find((a) => a.startsWith('--namespaces='));
    const listed = flag ? flag.slice('--namespaces='.length).split(',') : [];
    if (!sameSet(listed, jobs)) {
      fail(
        `Deployment ${deployment.name} runs with ${flag ?? 'no --namespaces'}, the config's jobs are ${jobs.join(',')}`,
        valueAttr(ctx, 'spark', 'jobNamespaces'),
      );
    }
  }
  failIfAny(problems);
  return `port ${String(port)} on ${hooks} webhooks, Service and container; --namespaces=${jobs.join(',')}; Deployments ${expected.controller}, ${expected.webhook}`;
}

/** The values the project sets reach the manifests: replicas, workers, resources, failure policy, disruption budget. */
function checkValuesApplied(ctx: Context, objects: readonly Rendered[]): string {
  const problems: Problem[] = [];
  const fail = (message: string, attribute: string) =>
    problems.push({ message, location: { stack: ctx.stackName, resource: ctx.releaseAddress, attribute } });
  const fullnameOverride = at(ctx.effective, 'fullnameOverride');
  const names = operatorDeploymentNames({
    releaseName: ctx.releaseName,
    fullnameOverride: typeof fullnameOverride === 'string' ? fullnameOverride : undefined,
  });
  let compared = 0;
  for (const component of ['controller', 'webhook'] as const) {
    const deployment = objects.find((o) => o.kind === 'Deployment' && o.name === names[component]);
    if (!deployment) {
      fail(`the chart renders no Deployment ${names[component]}`, valueAttr(ctx, component));
      continue;
    }
    const replicas = at(ctx.effective, component, 'replicas');
    compared += 1;
    if (at(deployment.body, 'spec', 'replicas') !== replicas)
      fail(
        `is ${String(replicas)}, Deployment ${deployment.name} has ${String(at(deployment.body, 'spec', 'replicas'))}`,
        valueAttr(ctx, component, 'replicas'),
      );
    const resourcesWanted = at(ctx.effective, component, 'resources');
    const containers = (at(deployment.body, 'spec', 'template', 'spec') as Json).containers as Json[];
    const main = containers.find((c) => String(c.name).endsWith(component)) ?? containers[0];
    compared += 1;
    if (JSON.stringify(normalise(main.resources)) !== JSON.stringify(normalise(resourcesWanted)))
      fail(
        `is ${JSON.stringify(resourcesWanted)}, container ${String(main.name)} has ${JSON.stringify(main.resources)}`,
        valueAttr(ctx, component, 'resources'),
      );
    const pdb = at(ctx.effective, component, 'podDisruptionBudget') as Json | undefined;
    if (pdb?.enable === true) {
      compared += 1;
      const labels = at(deployment.body, 'spec', 'selector', 'matchLabels');
      const budget = objects.find(
        (o) =>
          o.kind === 'PodDisruptionBudget' &&
          JSON.stringify(at(o.body, 'spec', 'selector', 'matchLabels')) === JSON.stringify(labels),
      );
      if (!budget || at(budget.body, 'spec', 'minAvailable') !== pdb.minAvailable)
        fail(
          `asks for minAvailable ${String(pdb.minAvailable)}, the chart renders ${budget ? JSON.stringify(budget.body.spec) : 'no PodDisruptionBudget'} for ${deployment.name}`,
          valueAttr(ctx, component, 'podDisruptionBudget'),
        );
    }
  }
  const workers = at(ctx.effective, 'controller', 'workers');
  const controller = objects.find((o) => o.kind === 'Deployment' && o.name === names.controller);
  if (controller) {
    compared += 1;
    if (!args(controller).includes(`--controller-threads=${String(workers)}`))
      fail(
        `is ${String(workers)}, the controller runs with ${args(controller).find((a) => a.startsWith('--controller-threads'))}`,
        valueAttr(ctx, 'controller', 'workers'),
      );
  }
  const policy = at(ctx.effective, 'webhook', 'failurePolicy');
  for (const configuration of objects.filter((o) => /WebhookConfiguration$/.test(o.kind))) {
    for (const hook of (configuration.body.webhooks ?? []) as Json[]) {
      compared += 1;
      if (hook.failurePolicy !== policy)
        fail(
          `is ${String(policy)}, ${configuration.kind} webhook ${String(hook.name)} has ${String(hook.failurePolicy)}`,
          valueAttr(ctx, 'webhook', 'failurePolicy'),
        );
    }
  }
  failIfAny(problems);
  return `${compared} rendered fields match the values (replicas, resources, disruption budget, workers, failurePolicy)`;
}

/** Resources as the API server stores them would differ in form only; compare sorted keys and string quantities. */
function normalise(value: unknown): unknown {
  if (isMap(value))
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, normalise(value[k])]),
    );
  return typeof value === 'number' ? String(value) : value;
}

/**
 * The pods the chart renders must be admitted where they run: the platform stack labels the operator namespace
 * with a Pod Security level (`pod-security.kubernetes.io/enforce` and `-version`), and a pod template that breaks it
 * leaves its Deployment without pods, so Helm's wait times out and the atomic release rolls back. Each pod template is
 * evaluated by k8s.io/pod-security-admission, the code of the API server's PodSecurity admission plugin.
 */
async function checkPodSecurity(ctx: Context, objects: readonly Rendered[], evaluator: PodSecurityEvaluator) {
  const policies = namespacePolicies(ctx.stack);
  const pods: PodToEvaluate[] = [];
  for (const o of objects) {
    const template = (o.kind === 'Pod' ? o.body : at(o.body, 'spec', 'template')) as Json | undefined;
    if (!template?.spec || !o.namespace) continue;
    const policy = policies.get(o.namespace);
    if (!policy) continue;
    pods.push({
      id: `${o.kind} ${key(o.namespace, o.name)}`,
      level: policy.level,
      version: policy.version,
      metadata: { name: o.name, namespace: o.namespace, labels: (template.metadata as Json | undefined)?.labels ?? {} },
      spec: template.spec as Json,
    });
  }
  if (pods.length === 0) {
    throw new CheckError({ message: 'no pod template of the chart runs in a namespace with a Pod Security level' });
  }
  const results = await evaluator.evaluate(pods);
  const problems: Problem[] = results.flatMap((r, index) =>
    r.allowed
      ? []
      : [
          {
            message: `the chart's ${r.id} breaks Pod Security ${pods[index].level} (${pods[index].version}), which the stack enforces on its namespace: ${r.forbidden.join('; ')}`,
            location: { stack: ctx.stackName, resource: ctx.releaseAddress, attribute: 'values' },
          },
        ],
  );
  failIfAny(problems);
  const levels = [...new Set(pods.map((p) => `${p.level} ${p.version}`))].join(', ');
  return `${pods.length} pod templates admitted by k8s.io/pod-security-admission ${evaluator.libraryVersion} under ${levels}`;
}

async function checkSchemas(tools: ChartTools, kubeMinor: string, stream: string, objects: readonly Rendered[]) {
  if (!tools.schemaMinors.includes(kubeMinor)) {
    throw new CheckError({
      message: `kubernetes-validate ${tools.validatorVersion} ships no schemas for Kubernetes ${kubeMinor} (it has ${tools.schemaMinors.join(', ')})`,
    });
  }
  const { stdout } = await run(tools.validator.python, ['-c', VALIDATE_SCRIPT], {
    input: JSON.stringify({ version: kubeMinor, strict: true, stream }),
    timeoutMs: 10 * 60_000,
  });
  const results = JSON.parse(stdout) as Validation[];
  const problems: Problem[] = [];
  if (results.length !== objects.length) {
    problems.push({ message: `kubernetes-validate read ${results.length} documents, the suite ${objects.length}` });
  }
  for (const r of results) {
    const id = `${r.kind} ${key(r.namespace, r.name)}`;
    if (r.error)
      problems.push({ message: `${id} (${r.apiVersion}) is not valid for Kubernetes ${kubeMinor}: ${r.error}` });
    else if (r.validatedAgainst !== kubeMinor)
      problems.push({ message: `${id} was validated against ${r.validatedAgainst}, not ${kubeMinor}` });
  }
  failIfAny(problems);
  return `${results.length} manifests valid against the strict Kubernetes ${kubeMinor} schemas (kubernetes-validate ${tools.validatorVersion})`;
}

export const stage: Stage<ChartTools> = {
  name: 'chart',
  order: 10,
  async install() {
    const chart = loadChart();
    const helm = await ensureHelm();
    const podSecurity = await ensurePodSecurity();
    const validator = await ensureVenv('kubernetes-validate');
    const info = JSON.parse(
      (await run(validator.python, ['-c', VALIDATE_SCRIPT], { input: JSON.stringify({ info: true }) })).stdout,
    ) as { version: string; schemas: string[] };
    const pinned = pinnedValidatorVersion();
    if (info.version !== pinned)
      throw new Error(`the cached kubernetes-validate is ${info.version}, the lock file pins ${pinned}`);
    const schemaMinors = [...new Set(info.schemas.map((v) => v.split('.').slice(0, 2).join('.')))];
    const where = path.relative(process.cwd(), chart.dir) || '.';
    return {
      tools: { helm, validator, validatorVersion: info.version, schemaMinors, chart, podSecurity },
      figure:
        `helm ${helm.version} (from its Go module${helm.installedNow ? ', built now' : ''}), kubernetes-validate ` +
        `${info.version} (schemas ${schemaMinors[0]}-${schemaMinors[schemaMinors.length - 1]}), chart ` +
        `${chart.name} ${chart.version} at ${where}, k8s.io/pod-security-admission ${podSecurity.libraryVersion}`,
    };
  },

  async check(env: SynthesizedEnv, reporter: Reporter, tools: ChartTools) {
    const kubeMinor = env.config.cluster.kubernetesVersion;
    const tmp = mkdtempSync(path.join(tmpdir(), 'spark-eks-chart-'));
    try {
      let ctx: Context | undefined;
      let prepareError: unknown;
      try {
        ctx = prepare(env, tools.chart, tmp);
      } catch (error) {
        prepareError = error;
      }
      const need = (): Context => {
        if (!ctx) throw prepareError;
        return ctx;
      };
      await reporter.check(env.label, 'chart/values-keys', () => checkValueKeys(need(), tools.chart));

      let rendered: Awaited<ReturnType<typeof render>> | undefined;
      await reporter.check(env.label, 'chart/render', async () => {
        rendered = await render(tools, need(), kubeMinor);
        const kinds = new Map<string, number>();
        for (const o of rendered.objects) kinds.set(o.kind, (kinds.get(o.kind) ?? 0) + 1);
        const list = [...kinds].sort(([a], [b]) => a.localeCompare(b)).map(([kind, n]) => `${n} ${kind}`);
        return `${rendered.objects.length} manifests for Kubernetes ${kubeMinor}.0: ${list.join(', ')}`;
      });
      const objects = (): readonly Rendered[] => {
        if (!rendered) throw new Error('nothing to check: the chart did not render (see chart/render)');
        return rendered.objects;
      };
      await reporter.check(env.label, 'chart/fargate-patch', () => checkFargatePatch(need(), objects()));
      await reporter.check(env.label, 'chart/spark-rbac', () => checkSparkRbac(tools, need(), kubeMinor, objects()));
      await reporter.check(env.label, 'chart/ownership', () => checkOwnership(need(), objects()));
      await reporter.check(env.label, 'chart/webhook', () => checkWebhook(env, need(), objects()));
      await reporter.check(env.label, 'chart/values-applied', () => checkValuesApplied(need(), objects()));
      await reporter.check(env.label, 'chart/pod-security', () =>
        checkPodSecurity(need(), objects(), tools.podSecurity),
      );
      await reporter.check(env.label, 'chart/schemas', () =>
        checkSchemas(tools, kubeMinor, rendered?.stream ?? '', objects()),
      );
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  },
};
