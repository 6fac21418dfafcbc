/**
 * The IAM policy of the identity that deploys and destroys an environment, built from the synthesized stacks: the
 * actions of every type they use (deployer-catalog.ts), on the ARNs the stacks' own names make (deployer-names.ts)
 * wherever the action takes a resource (service-authorization.ts), `*` only where it takes none. Split into managed
 * policies by service, each within IAM's 6,144-character limit for a managed policy.
 */
import { EnvironmentConfig } from '../config/schema';
import { Condition, DEPLOYER_CATALOG, Grant } from './deployer-catalog';
import { DeployNames, deployNames, StackJson } from './deployer-names';
import { actionReference } from './service-authorization';

export interface PolicyStatement {
  readonly Sid: string;
  readonly Effect: 'Allow';
  readonly Action: readonly string[];
  readonly Resource: readonly string[];
  readonly Condition?: Condition;
}

export interface PolicyDocument {
  readonly Version: '2012-10-17';
  readonly Statement: readonly PolicyStatement[];
}

/** The managed policies, by the services each holds: one per area keeps each within IAM's size limit. */
export const POLICY_PARTS: Readonly<Record<string, readonly string[]>> = {
  network: ['ec2', 'route53'],
  cluster: ['eks', 'iam', 'ecr', 'logs'],
  storage: ['s3', 'kms'],
};

/** IAM's limit for one managed policy document, counted without white space (IAM quotas). */
export const MANAGED_POLICY_MAX_CHARS = 6144;

export class DeployerPolicyError extends Error {}

/** Every type the stacks use, as the catalog names them: resources, `data.<type>`, `terraform.backend.<name>`. */
export function typesUsed(stacks: ReadonlyMap<string, StackJson>): string[] {
  const types = new Set<string>();
  for (const json of stacks.values()) {
    for (const type of Object.keys(json.resource ?? {})) types.add(type);
    for (const type of Object.keys(json.data ?? {})) types.add(`data.${type}`);
    for (const backend of Object.keys(json.terraform?.backend ?? {})) types.add(`terraform.backend.${backend}`);
  }
  return [...types].sort();
}

/** The ARNs of a service's resource type, from the names the stacks give. */
function arnsOf(service: string, type: string, n: DeployNames): string[] {
  const regional = (svc: string, resource: string) => `arn:aws:${svc}:${n.region}:*:${resource}`;
  switch (`${service}:${type}`) {
    case 'eks:cluster':
      return n.clusters.map((c) => regional('eks', `cluster/${c}`));
    case 'eks:fargateprofile':
    case 'eks:addon':
    case 'eks:access-entry':
      return n.clusters.map((c) => regional('eks', `${type}/${c}/*`));
    case 'iam:role':
      return n.roles.map((r) => n.roleArn(r));
    case 'iam:oidc-provider':
      return [`arn:aws:iam::*:oidc-provider/oidc.eks.${n.region}.amazonaws.com/id/*`];
    case 'kms:key':
      // Key IDs are AWS's, not ours: the region's keys (the conditions and key policies narrow further).
      return [regional('kms', 'key/*')];
    case 'kms:alias':
      return n.kmsAliases.map((a) => regional('kms', a));
    case 'logs:log-group':
      return n.logGroups.flatMap((g) => [regional('logs', `log-group:${g}`), regional('logs', `log-group:${g}:*`)]);
    case 'ecr:repository':
      return n.repositories.map((r) => regional('ecr', `repository/${r}`));
    case 'route53:hostedzone':
      // The private hosted zone of an interface endpoint's private DNS is AWS's, its ID unknown before.
      return ['arn:aws:route53:::hostedzone/*'];
    case 's3:bucket':
      return n.buckets.map((b) => n.bucketArn(b));
    case 's3:object':
      return n.buckets.map((b) => n.objectArn(b, '*'));
    default:
      // EC2 IDs are assigned by AWS and named by no prefix: every EC2 resource of the config's region.
      if (service === 'ec2') return [regional('ec2', '*')];
      throw new DeployerPolicyError(`no ARNs known for ${service} resource type ${type}: add them to arnsOf`);
  }
}

interface Permission {
  readonly action: string;
  readonly resources: readonly string[];
  readonly condition?: Condition;
}

/** The permissions one grant of a type gives: each action on the ARNs of its resource types, or on `*`. */
function permissionsOf(grant: Grant, names: DeployNames, type: string): Permission[] {
  return grant.actions.flatMap((action) => {
    const reference = actionReference(action);
    if (!reference) {
      throw new DeployerPolicyError(`${type}: ${action} is not an action of the Service Authorization Reference`);
    }
    const [service] = action.split(':');
    const types = Object.entries(reference.resourceTypes)
      .filter(([t, required]) => required || grant.on?.includes(t))
      .map(([t]) => t);
    // An action whose resource types are all optional still acts on resources: the grant must say on which, or
    // the action would silently fall back to `*`.
    if (!grant.resources && types.length === 0 && Object.keys(reference.resourceTypes).length > 0) {
      throw new DeployerPolicyError(
        `${type}: ${action} takes ${Object.keys(reference.resourceTypes).join(', ')}, none required: name the ones its calls act on with \`on\``,
      );
    }
    const resources = grant.resources
      ? grant.resources(names)
      : types.length === 0
        ? ['*']
        : types.flatMap((t) => arnsOf(service, t, names));
    if (resources.length === 0) return [];
    return [{ action, resources: [...new Set(resources)].sort(), condition: grant.condition?.(names) }];
  });
}

/** The permissions of every type the stacks use; a type without a catalog entry is an error. */
export function deployerPermissions(config: EnvironmentConfig, stacks: ReadonlyMap<string, StackJson>): Permission[] {
  const names = deployNames(config, stacks);
  return typesUsed(stacks).flatMap((type) => {
    const entry = DEPLOYER_CATALOG[type];
    if (!entry) {
      throw new DeployerPolicyError(
        `the stacks use ${type}, whose deployer permissions are not known: add it to src/iam/deployer-catalog.ts`,
      );
    }
    return entry.grants.flatMap((grant) => permissionsOf(grant, names, type));
  });
}

const pascal = (text: string) => text.replace(/(^|[^a-z0-9])([a-z0-9])/gi, (_, __, c: string) => c.toUpperCase());

/** The deployer's managed policies, by part name (`<prefix>-deployer-<part>`). */
export function deployerPolicies(
  config: EnvironmentConfig,
  stacks: ReadonlyMap<string, StackJson>,
): Record<string, PolicyDocument> {
  // One statement per service, resources and condition, holding every action with exactly those.
  const statements = new Map<
    string,
    { service: string; resources: readonly string[]; condition?: Condition; actions: Set<string> }
  >();
  for (const p of deployerPermissions(config, stacks)) {
    const service = p.action.split(':')[0];
    const key = JSON.stringify([service, p.resources, p.condition ?? null]);
    const statement = statements.get(key) ?? {
      service,
      resources: p.resources,
      condition: p.condition,
      actions: new Set(),
    };
    statement.actions.add(p.action);
    statements.set(key, statement);
  }
  const ordered = [...statements.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, s]) => s);
  const policies: Record<string, PolicyDocument> = {};
  for (const [part, services] of Object.entries(POLICY_PARTS)) {
    const counts = new Map<string, number>();
    const statement = ordered
      .filter((s) => services.includes(s.service))
      .map((s): PolicyStatement => {
        const n = counts.get(s.service) ?? 0;
        counts.set(s.service, n + 1);
        return {
          // Ec2A, Ec2B, ...: a statement's Sid must be alphanumeric.
          Sid: `${pascal(s.service)}${String.fromCharCode(65 + n)}`,
          Effect: 'Allow',
          Action: [...s.actions].sort(),
          Resource: s.resources,
          ...(s.condition ? { Condition: s.condition } : {}),
        };
      });
    // A config with many namespaces or jobs can outgrow one managed policy: then the part continues in -2, -3, ...
    const chunks: PolicyStatement[][] = [];
    for (const next of statement) {
      const last = chunks[chunks.length - 1];
      const fits =
        last && policySize({ Version: '2012-10-17', Statement: [...last, next] }) <= MANAGED_POLICY_MAX_CHARS;
      if (fits) last.push(next);
      else if (policySize({ Version: '2012-10-17', Statement: [next] }) <= MANAGED_POLICY_MAX_CHARS)
        chunks.push([next]);
      else throw new DeployerPolicyError(`statement ${next.Sid} alone is larger than one managed policy may be`);
    }
    chunks.forEach((chunk, i) => {
      const name = `${config.prefix}-deployer-${part}${i === 0 ? '' : `-${i + 1}`}`;
      policies[name] = { Version: '2012-10-17', Statement: chunk };
    });
  }
  const placed = new Set(Object.values(POLICY_PARTS).flat());
  const unplaced = ordered.filter((s) => !placed.has(s.service));
  if (unplaced.length > 0) {
    throw new DeployerPolicyError(`no policy part holds ${unplaced[0].service}: add it to POLICY_PARTS`);
  }
  return policies;
}

/** A policy's size as IAM counts it against its limit: the JSON without white space. */
export function policySize(policy: PolicyDocument): number {
  return JSON.stringify(policy).length;
}
