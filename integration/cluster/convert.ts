/**
 * The platform and jobs stacks' Kubernetes resources as the Kubernetes objects the terraform kubernetes provider
 * would send: the real provider plugins cannot be built here (the Go module proxy refuses their module versions), so
 * this converts the synthesized resource bodies, typed by resource type, from the provider's schema (snake_case
 * blocks, a block per list item) to the API's shape. Terraform expressions are resolved the way Terraform would:
 * references to another resource's name by that name, values only AWS or Docker know by fixed stand-ins, each
 * recorded so the run can print them.
 */
import { createHash } from 'node:crypto';
import { Problem } from '../lib/report';
import { resources, StackJson } from '../lib/synth';

export type Json = Record<string, unknown>;

/** The Kubernetes kind and API version each provider resource type creates. */
const KINDS: Readonly<Record<string, { apiVersion: string; kind: string }>> = {
  kubernetes_namespace_v1: { apiVersion: 'v1', kind: 'Namespace' },
  kubernetes_service_account_v1: { apiVersion: 'v1', kind: 'ServiceAccount' },
  kubernetes_config_map_v1: { apiVersion: 'v1', kind: 'ConfigMap' },
  kubernetes_service_v1: { apiVersion: 'v1', kind: 'Service' },
  kubernetes_role_v1: { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role' },
  kubernetes_role_binding_v1: { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'RoleBinding' },
  kubernetes_deployment_v1: { apiVersion: 'apps/v1', kind: 'Deployment' },
};

/** Every resource type of these stacks the converter knows; any other `kubernetes_*` type is a problem. */
export const CONVERTED_TYPES = [...Object.keys(KINDS), 'kubernetes_annotations', 'kubernetes_manifest'];

/** Provider-only arguments (Terraform's or the provider's, not the object's). */
const META_ARGUMENTS = new Set([
  '//',
  'depends_on',
  'count',
  'for_each',
  'provider',
  'lifecycle',
  'timeouts',
  'wait_for_rollout',
  'wait_for_load_balancer',
  'wait_for_default_secret',
]);

/** Blocks the provider repeats once per item, whose API field is the plural list. */
const LIST_BLOCKS: Readonly<Record<string, string>> = {
  container: 'containers',
  init_container: 'initContainers',
  port: 'ports',
  volume: 'volumes',
  volume_mount: 'volumeMounts',
  rule: 'rules',
  subject: 'subjects',
  toleration: 'tolerations',
  image_pull_secret: 'imagePullSecrets',
  host_aliases: 'hostAliases',
  topology_spread_constraint: 'topologySpreadConstraints',
};

/** Maps whose keys are the user's (label keys, file names), never renamed. */
const USER_MAPS = new Set([
  'labels',
  'annotations',
  'data',
  'binary_data',
  'match_labels',
  'node_selector',
  'limits',
  'requests',
]);

/** Integer fields the provider's schema types as strings (or a number in a string), which the API wants as numbers. */
const INTEGER_FIELDS = new Set([
  'replicas',
  'fs_group',
  'run_as_user',
  'run_as_group',
  'container_port',
  'initial_delay_seconds',
  'period_seconds',
  'timeout_seconds',
  'failure_threshold',
  'success_threshold',
  'revision_history_limit',
  'progress_deadline_seconds',
  'min_ready_seconds',
  'termination_grace_period_seconds',
  'default_mode',
  'node_port',
]);

/** Fields of type IntOrString: a number in a string is a port number, anything else a port name. */
const INT_OR_STRING_FIELDS = new Set(['target_port', 'port']);

function camel(key: string): string {
  return key.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

function isMap(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One stand-in used: the expression Terraform would have evaluated and the value put in its place. */
export interface StandIn {
  readonly expression: string;
  readonly value: string;
}

export interface Converted {
  /** `<type>.<name>`. */
  readonly address: string;
  readonly stack: string;
  readonly type: string;
  readonly object: Json;
}

/** A kubernetes_annotations resource: a patch of an object that must already exist. */
export interface AnnotationPatch {
  readonly address: string;
  readonly stack: string;
  readonly apiVersion: string;
  readonly kind: string;
  readonly name: string;
  readonly namespace?: string;
  readonly annotations: Readonly<Record<string, string>>;
  readonly templateAnnotations: Readonly<Record<string, string>>;
  /** `force`: take over fields another manager owns, as the provider's server-side apply does. */
  readonly force: boolean;
}

/**
 * Resolves the Terraform expressions of the synthesized JSON: `${<type>.<name>.metadata[0].name}` to that resource's
 * literal name (as Terraform would), and the values only AWS or Docker know to fixed stand-ins.
 */
export class Resolver {
  readonly standIns = new Map<string, string>();

  constructor(
    private readonly stacks: readonly { name: string; json: StackJson }[],
    private readonly region: string,
    private readonly prefix: string,
  ) {}

  /** The stand-in for one expression, or undefined when it is not a value of AWS or Docker. */
  private standIn(expression: string): string | undefined {
    const output = /^data\.terraform_remote_state\.[^.]+\.outputs\.(.+)$/.exec(expression)?.[1];
    const digest = /^docker_registry_image\.([^.]+)\.sha256_digest$/.exec(expression)?.[1];
    const account = '000000000000';
    if (digest !== undefined) return `sha256:${createHash('sha256').update(digest).digest('hex')}`;
    if (output === undefined) return undefined;
    const short = output.replace(/^cross-stack-output-/, '').replace(/[^a-zA-Z0-9-]/g, '-');
    if (/aws_iam_role_.*_arn$/.test(output)) return `arn:aws:iam::${account}:role/${short}`;
    if (/fargate_profile_.*_arn$/.test(output))
      return `arn:aws:eks:${this.region}:${account}:fargateprofile/${this.prefix}/${short}`;
    if (/aws_s3_bucket_.*_bucket$/.test(output)) return `${this.prefix}-stand-in-${short}`.slice(0, 63).toLowerCase();
    if (/aws_ecr_repository_.*_repository_url$/.test(output))
      return `${account}.dkr.ecr.${this.region}.amazonaws.com/${this.prefix}-stand-in`;
    return undefined;
  }

  /** Every `${...}` of a string resolved; throws naming the expression it cannot resolve. */
  resolveString(text: string, depth = 0): string {
    return text.replace(/\$\{([^}]+)\}/g, (_, expression: string) => {
      const reference = /^([a-z0-9_]+)\.([A-Za-z0-9_-]+)\.metadata(?:\[0\]|\.0)?\.name$/.exec(expression);
      if (reference && depth < 5) {
        const target = this.find(reference[1], reference[2]);
        const metadata = Array.isArray(target?.metadata) ? (target.metadata as Json[])[0] : target?.metadata;
        const name = isMap(metadata) ? metadata.name : undefined;
        if (typeof name === 'string') return this.resolveString(name, depth + 1);
      }
      const value = this.standIn(expression);
      if (value === undefined) throw new Error(`cannot resolve \${${expression}} without AWS or Terraform`);
      this.standIns.set(expression, value);
      return value;
    });
  }

  private find(type: string, name: string): Json | undefined {
    for (const { json } of this.stacks) {
      const found = (json.resource?.[type] as Record<string, Json> | undefined)?.[name];
      if (found) return found;
    }
    return undefined;
  }

  /** Resolves every string inside a value. */
  resolve(value: unknown): unknown {
    if (typeof value === 'string') return this.resolveString(value);
    if (Array.isArray(value)) return value.map((item) => this.resolve(item));
    if (isMap(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.resolve(v)]));
    return value;
  }
}

/** One provider block (or the resource body) in the API's shape. */
function toApi(value: unknown, key: string | undefined, where: string): unknown {
  if (key !== undefined && USER_MAPS.has(key)) {
    if (!isMap(value)) throw new Error(`${where} is not a map`);
    return { ...value };
  }
  if (Array.isArray(value)) return value.map((item, index) => toApi(item, undefined, `${where}[${index}]`));
  if (isMap(value)) {
    const out: Json = {};
    for (const [childKey, child] of Object.entries(value)) {
      if (META_ARGUMENTS.has(childKey)) continue;
      const childWhere = where ? `${where}.${childKey}` : childKey;
      const plural = LIST_BLOCKS[childKey];
      if (plural !== undefined && Array.isArray(child)) {
        out[plural] = child.map((item, index) => toApi(item, childKey, `${childWhere}[${index}]`));
      } else if (
        childKey === 'selector' &&
        isMap(child) &&
        !('match_labels' in child) &&
        !('match_expressions' in child)
      ) {
        // A Service's selector is a plain label map; a Deployment's is a block with match_labels.
        out.selector = { ...child };
      } else {
        out[camel(childKey)] = toApi(child, childKey, childWhere);
      }
    }
    return out;
  }
  if (key !== undefined && INTEGER_FIELDS.has(key) && typeof value === 'string') {
    if (!/^-?\d+$/.test(value)) throw new Error(`${where} is "${value}", not an integer`);
    return Number(value);
  }
  if (key !== undefined && INT_OR_STRING_FIELDS.has(key) && typeof value === 'string' && /^\d+$/.test(value)) {
    return Number(value);
  }
  return value;
}

/** The provider puts single blocks in a list of one; cdktf writes either form. */
function single(value: unknown): Json | undefined {
  const item = Array.isArray(value) ? (value as unknown[])[0] : value;
  return isMap(item) ? item : undefined;
}

export interface Conversion {
  readonly objects: Converted[];
  readonly patches: AnnotationPatch[];
  readonly manifests: Converted[];
  readonly problems: Problem[];
}

/** Converts every `kubernetes_*` resource of the given stacks; anything it cannot convert is a problem. */
export function convertStacks(stacks: readonly { name: string; json: StackJson }[], resolver: Resolver): Conversion {
  const out: Conversion = { objects: [], patches: [], manifests: [], problems: [] };
  for (const { name: stack, json } of stacks) {
    for (const [type, name, body] of resources(json)) {
      if (!type.startsWith('kubernetes_')) continue;
      const address = `${type}.${name}`;
      try {
        const resolved = resolver.resolve(body) as Json;
        if (type === 'kubernetes_manifest') {
          const manifest = single(resolved.manifest);
          if (!manifest) throw new Error('has no manifest');
          out.manifests.push({ address, stack, type, object: manifest });
        } else if (type === 'kubernetes_annotations') {
          const metadata = single(resolved.metadata) ?? {};
          out.patches.push({
            address,
            stack,
            apiVersion: String(resolved.api_version),
            kind: String(resolved.kind),
            name: String(metadata.name),
            namespace: typeof metadata.namespace === 'string' ? metadata.namespace : undefined,
            annotations: (metadata.annotations ?? {}) as Record<string, string>,
            templateAnnotations: (resolved.template_annotations ?? {}) as Record<string, string>,
            force: resolved.force === true,
          });
        } else {
          const kind = KINDS[type];
          if (!kind)
            throw new Error(
              `is of a type the cluster stage does not convert (it converts ${CONVERTED_TYPES.join(', ')})`,
            );
          const api = toApi(resolved, undefined, '') as Json;
          out.objects.push({
            address,
            stack,
            type,
            object: { apiVersion: kind.apiVersion, kind: kind.kind, ...api, metadata: single(api.metadata) },
          });
        }
      } catch (error) {
        out.problems.push({
          message: error instanceof Error ? error.message : String(error),
          location: { stack, resource: address },
        });
      }
    }
  }
  return out;
}

/** `Kind namespace/name` of an object. */
export function describe(object: Json): string {
  const metadata = (object.metadata ?? {}) as Json;
  const where = metadata.namespace ? `${String(metadata.namespace)}/` : '';
  return `${String(object.kind)} ${where}${String(metadata.name)}`;
}
