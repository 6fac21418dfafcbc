/**
 * The states of the two stacks that need the AWS provider to apply, the data stack and core: written to the S3
 * stand-in at their real keys, holding only their outputs (no resources), so that the platform and jobs stacks'
 * `terraform_remote_state` reads them as after a real deploy. Each output's value is derived from the synthesized
 * resource it names and the local engines, by the resource type and attribute; an output of a kind this table does
 * not know fails the run, so a new output gets its stand-in deliberately.
 */
import { createHash } from 'node:crypto';
import { StackJson } from '../lib/synth';

export interface EngineFacts {
  readonly account: string;
  readonly region: string;
  /** The local control plane's URL: what `aws_eks_cluster.endpoint` is. */
  readonly clusterEndpoint: string;
  /** `127.0.0.1:<port>`: the registry host of `aws_ecr_repository.repository_url`. */
  readonly registryHost: string;
}

/** A Terraform state (format 4) with outputs only. */
export interface OutputsState {
  readonly version: 4;
  readonly terraform_version: string;
  readonly serial: number;
  readonly lineage: string;
  readonly outputs: Record<string, { value: unknown; type: unknown; sensitive?: boolean }>;
  readonly resources: [];
}

/** A stable UUID-shaped id for a resource, as AWS makes for keys and profiles. */
function stableId(seed: string): string {
  const hex = createHash('sha256').update(seed).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** Resolves the values a stand-in attribute is derived from: the account of `aws_caller_identity`, other names. */
function literal(text: unknown, facts: EngineFacts, stack: StackJson): string {
  if (typeof text !== 'string') throw new Error(`expected a string, got ${JSON.stringify(text)}`);
  return text.replace(/\$\{([^}]+)\}/g, (_, expression: string) => {
    if (/^data\.aws_caller_identity\.[^.]+\.account_id$/.test(expression)) return facts.account;
    if (/^data\.aws_region\.[^.]+\.(name|region)$/.test(expression)) return facts.region;
    const reference = /^([a-z0-9_]+)\.([A-Za-z0-9_-]+)\.([a-z_]+)$/.exec(expression);
    if (reference) return attributeOf(stack, reference[1], reference[2], reference[3], facts);
    throw new Error(`no stand-in for \${${expression}}`);
  });
}

function body(stack: StackJson, type: string, name: string): StackJson {
  const found = (stack.resource?.[type] as Record<string, StackJson> | undefined)?.[name];
  if (!found) throw new Error(`${type}.${name} is not in the stack`);
  return found;
}

/** What AWS would report for one attribute of a synthesized resource, with the engines standing in. */
function attributeOf(stack: StackJson, type: string, name: string, attribute: string, facts: EngineFacts): string {
  const resource = body(stack, type, name);
  const { account, region } = facts;
  const field = (key: string) => literal(resource[key], facts, stack);
  switch (`${type}.${attribute}`) {
    case 'aws_iam_role.arn':
      return `arn:aws:iam::${account}:role/${field('name')}`;
    case 'aws_eks_fargate_profile.arn':
      return `arn:aws:eks:${region}:${account}:fargateprofile/${field('cluster_name')}/${field('fargate_profile_name')}/${stableId(`${type}.${name}`)}`;
    case 'aws_s3_bucket.bucket':
      return field('bucket');
    case 'aws_s3_bucket.arn':
      return `arn:aws:s3:::${field('bucket')}`;
    case 'aws_kms_key.arn':
      return `arn:aws:kms:${region}:${account}:key/${stableId(`${type}.${name}`)}`;
    case 'aws_ecr_repository.repository_url':
      return `${facts.registryHost}/${field('name')}`;
    case 'aws_eks_cluster.name':
      return field('name');
    case 'aws_eks_cluster.endpoint':
      return facts.clusterEndpoint;
    case 'aws_iam_openid_connect_provider.arn':
      return `arn:aws:iam::${account}:oidc-provider/oidc.eks.${region}.amazonaws.com/id/${stableId(`${type}.${name}`).replace(/-/g, '').toUpperCase()}`;
    case 'aws_cloudwatch_log_group.name':
      return field('name');
    default:
      throw new Error(`no stand-in for ${type}.${name}.${attribute}`);
  }
}

function value(expression: unknown, facts: EngineFacts, stack: StackJson): unknown {
  if (typeof expression === 'string') return literal(expression, facts, stack);
  if (expression && typeof expression === 'object' && !Array.isArray(expression)) {
    return Object.fromEntries(Object.entries(expression).map(([key, item]) => [key, value(item, facts, stack)]));
  }
  throw new Error(`no stand-in for the output value ${JSON.stringify(expression)}`);
}

/** Terraform's type of an output value, as the state records it. */
function typeOf(item: unknown): unknown {
  if (typeof item === 'string') return 'string';
  return [
    'object',
    Object.fromEntries(Object.entries(item as Record<string, unknown>).map(([key, inner]) => [key, typeOf(inner)])),
  ];
}

/**
 * The outputs-only state of one stack; throws naming each output it cannot stand in for. `terraformVersion` is the
 * engine's, since Terraform refuses a state written by a newer version.
 */
export function outputsState(
  stack: StackJson,
  stackName: string,
  facts: EngineFacts,
  terraformVersion: string,
): OutputsState {
  const outputs: OutputsState['outputs'] = {};
  const problems: string[] = [];
  for (const [name, output] of Object.entries((stack.output ?? {}) as Record<string, StackJson>)) {
    try {
      const resolved = value(output.value, facts, stack);
      outputs[name] = {
        value: resolved,
        type: typeOf(resolved),
        ...(output.sensitive === true ? { sensitive: true } : {}),
      };
    } catch (error) {
      problems.push(`${stackName} output ${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return {
    version: 4,
    terraform_version: terraformVersion,
    serial: 1,
    lineage: stableId(`${stackName} stand-in lineage`),
    outputs,
    resources: [],
  };
}
