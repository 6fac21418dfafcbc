/**
 * The names the deployer policy's ARNs are built from, read from the synthesized stacks themselves (so they are the
 * names Terraform will create, whatever a construct calls them): buckets, state keys, roles and the services they are
 * passed to, log groups, key aliases, the cluster, the repository. A name only known at apply time (the account ID
 * in a bucket name) becomes `*`.
 */
import { EnvironmentConfig } from '../config/schema';

/** A stack's Terraform JSON. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type StackJson = Record<string, any>;

export interface DeployNames {
  readonly region: string;
  readonly prefix: string;
  /** The default tag every resource carries with the prefix (the provider's default_tags). */
  readonly prefixTagKey: string;
  readonly stateBucket: string;
  /** The S3 backend keys of the remote stacks, e.g. `spark-eks/core.tfstate`. */
  readonly stateKeys: readonly string[];
  readonly buckets: readonly string[];
  /** Buckets the stacks write objects into. */
  readonly objectBuckets: readonly string[];
  /** Buckets with force_destroy, which a destroy empties first. */
  readonly forceDestroyBuckets: readonly string[];
  readonly roles: readonly string[];
  /** Roles the stacks hand to an AWS service, and that service. */
  readonly passedRoles: readonly { readonly role: string; readonly service: string }[];
  readonly managedPolicyArns: readonly string[];
  /** Roles that get a managed policy attached. */
  readonly attachedRoles: readonly string[];
  readonly logGroups: readonly string[];
  readonly kmsAliases: readonly string[];
  readonly clusters: readonly string[];
  readonly repositories: readonly string[];
  /** Whether an interface endpoint resolves its service's name in the VPC (private DNS). */
  readonly privateDnsEndpoints: boolean;
  bucketArn(bucket: string): string;
  objectArn(bucket: string, key: string): string;
  roleArn(role: string): string;
}

/** The tag the stacks' AWS provider puts on every resource, with the prefix as its value. */
export const PREFIX_TAG_KEY = 'spark-eks:prefix';

/** Which service each role-taking argument hands its role to (the AWS API of that resource). */
const PASSED_ROLE_ARGUMENTS: readonly { type: string; argument: string; service: string }[] = [
  { type: 'aws_eks_cluster', argument: 'role_arn', service: 'eks.amazonaws.com' },
  { type: 'aws_eks_fargate_profile', argument: 'pod_execution_role_arn', service: 'eks-fargate-pods.amazonaws.com' },
  { type: 'aws_flow_log', argument: 'iam_role_arn', service: 'vpc-flow-logs.amazonaws.com' },
];

export function deployNames(config: EnvironmentConfig, stacks: ReadonlyMap<string, StackJson>): DeployNames {
  const resourcesOf = (type: string) =>
    [...stacks.entries()].flatMap(([stack, json]) =>
      Object.values<StackJson>(json.resource?.[type] ?? {}).map((body) => ({ stack, body })),
    );
  const sorted = (values: Iterable<string>) => [...new Set(values)].sort();
  /** A literal, or the value a reference in the same stack (or through a cross-stack output) stands for. */
  const resolve = (stack: string, value: unknown, attribute: string): string => {
    const text = String(value);
    const own = /^\$\{([a-z0-9_]+)\.([\w-]+)\.(?:id|arn|name|bucket)\}$/.exec(text);
    if (own) return resolve(stack, stacks.get(stack)?.resource?.[own[1]]?.[own[2]]?.[attribute], attribute);
    const remote = /^\$\{data\.terraform_remote_state\.cross-stack-reference-input-([\w-]+)\.outputs\.([\w-]+)\}$/.exec(
      text,
    );
    if (remote) return resolve(remote[1], stacks.get(remote[1])?.output?.[remote[2]]?.value, attribute);
    return text.replace(/\$\{[^}]*\}/g, '*');
  };

  const backends = [...stacks.values()].flatMap((json) => {
    const s3 = json.terraform?.backend?.s3;
    const remote = Object.values<StackJson>(json.data?.terraform_remote_state ?? {}).map((r) => r.config);
    return [...(s3 ? [s3] : []), ...remote] as { bucket: string; key: string }[];
  });
  const buckets = resourcesOf('aws_s3_bucket');
  const passedRoles = PASSED_ROLE_ARGUMENTS.flatMap(({ type, argument, service }) =>
    resourcesOf(type).map(({ stack, body }) => ({ role: resolve(stack, body[argument], 'name'), service })),
  );
  const clusters = [
    ...resourcesOf('aws_eks_cluster').map(({ body }) => String(body.name)),
    ...[...stacks.values()].flatMap((json) =>
      Object.values<StackJson>(json.data?.aws_eks_cluster ?? {}).map((d) => d.name),
    ),
  ];

  return {
    region: config.region,
    prefix: config.prefix,
    prefixTagKey: PREFIX_TAG_KEY,
    stateBucket: config.stateBucket.name,
    stateKeys: sorted(backends.map((b) => b.key)),
    buckets: sorted(buckets.map(({ stack, body }) => resolve(stack, body.bucket, 'bucket'))),
    objectBuckets: sorted(resourcesOf('aws_s3_object').map(({ stack, body }) => resolve(stack, body.bucket, 'bucket'))),
    forceDestroyBuckets: sorted(
      buckets
        .filter(({ body }) => body.force_destroy === true)
        .map(({ stack, body }) => resolve(stack, body.bucket, 'bucket')),
    ),
    roles: sorted(resourcesOf('aws_iam_role').map(({ body }) => String(body.name))),
    passedRoles: [...new Map(passedRoles.map((p) => [`${p.role} ${p.service}`, p])).values()].sort((a, b) =>
      `${a.service} ${a.role}`.localeCompare(`${b.service} ${b.role}`),
    ),
    managedPolicyArns: sorted(resourcesOf('aws_iam_role_policy_attachment').map(({ body }) => String(body.policy_arn))),
    attachedRoles: sorted(
      resourcesOf('aws_iam_role_policy_attachment').map(({ stack, body }) => resolve(stack, body.role, 'name')),
    ),
    logGroups: sorted(resourcesOf('aws_cloudwatch_log_group').map(({ body }) => String(body.name))),
    kmsAliases: sorted(resourcesOf('aws_kms_alias').map(({ body }) => String(body.name))),
    clusters: sorted(clusters),
    repositories: sorted(resourcesOf('aws_ecr_repository').map(({ body }) => String(body.name))),
    privateDnsEndpoints: resourcesOf('aws_vpc_endpoint').some(({ body }) => body.private_dns_enabled === true),
    bucketArn: (bucket) => `arn:aws:s3:::${bucket}`,
    objectArn: (bucket, key) => `arn:aws:s3:::${bucket}/${key}`,
    roleArn: (role) => `arn:aws:iam::*:role/${role}`,
  };
}
