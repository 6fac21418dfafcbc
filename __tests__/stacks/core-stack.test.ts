import { Testing } from 'cdktf';
import { EksFargateProfile } from '@cdktf/provider-aws/lib/eks-fargate-profile';
import { EnvironmentConfig } from '../../src/config/schema';
import { CoreStack } from '../../src/stacks/core-stack';
import { DataStack } from '../../src/stacks/data-stack';
import { configWith, defaultConfig } from '../../test-support/config';
import {
  dataSources,
  keyPolicies,
  parseStack,
  policyDocument,
  policyStatements,
  resource,
  resources,
} from '../../test-support/terraform-json';

const synth = (config: EnvironmentConfig = defaultConfig()) => {
  const app = Testing.app();
  const text = Testing.synth(new CoreStack(app, config, new DataStack(app, config)));
  return { text, stack: parseStack(text) };
};
const PRIVATE_SUBNETS = ['${aws_subnet.network_private-0.id}', '${aws_subnet.network_private-1.id}'];

describe('CoreStack', () => {
  const { text, stack } = synth();

  it('keeps its state in the state bucket under its own key, with S3-native locking', () => {
    expect(stack.terraform.backend.s3).toEqual({
      bucket: 'spark-eks-tfstate-example',
      key: 'spark-eks/core.tfstate',
      region: 'eu-west-1',
      encrypt: true,
      kms_key_id: 'alias/spark-eks-tfstate',
      use_lockfile: true,
    });
  });

  it('holds no S3 bucket, so destroying it never meets a prevent_destroy', () => {
    expect(stack.resource.aws_s3_bucket).toBeUndefined();
    const protectedResources = Object.entries(stack.resource as Record<string, Record<string, { lifecycle?: object }>>)
      .flatMap(([type, byName]) => Object.entries(byName).map(([name, body]) => [`${type}.${name}`, body] as const))
      .filter(([, body]) => (body.lifecycle as { prevent_destroy?: boolean } | undefined)?.prevent_destroy === true)
      .map(([address]) => address);
    expect(protectedResources).toEqual([]);
  });

  it('runs kube-system, the operator namespace and every job namespace on Fargate, in exactly the private subnets', () => {
    const profiles = resources(stack, 'aws_eks_fargate_profile');
    expect(profiles.map((p) => p.body.selector[0].namespace)).toEqual(['kube-system', 'spark-jobs', 'spark-operator']);
    for (const profile of profiles) expect(profile.body.subnet_ids).toEqual(PRIVATE_SUBNETS);
    expect(text).toHaveResourceWithProperties(EksFargateProfile, { fargate_profile_name: 'spark-operator' });
  });

  it('creates Fargate profiles one after another, as EKS requires', () => {
    expect(resource(stack, 'aws_eks_fargate_profile', 'fargate-spark-operator_profile').depends_on).toEqual([
      'aws_eks_fargate_profile.fargate-kube-system_profile',
    ]);
    expect(resource(stack, 'aws_eks_fargate_profile', 'fargate-spark-jobs_profile').depends_on).toEqual([
      'aws_eks_fargate_profile.fargate-spark-operator_profile',
    ]);
  });

  it('runs CoreDNS on Fargate after the kube-system profile, sized for the smallest Fargate pod', () => {
    const coredns = resource(stack, 'aws_eks_addon', 'coredns_addon');
    expect(coredns.depends_on).toEqual(['aws_eks_fargate_profile.fargate-kube-system_profile']);
    // The newest build EKS publishes for the cluster's own version, read when Terraform plans.
    expect(coredns.addon_version).toBe('${data.aws_eks_addon_version.coredns_version.version}');
    expect(dataSources(stack, 'aws_eks_addon_version').map((d) => d.body)).toEqual([
      expect.objectContaining({ addon_name: 'coredns', kubernetes_version: '1.36', most_recent: true }),
    ]);
    expect(resources(stack, 'aws_eks_addon').map((a) => a.body.addon_name)).toEqual(['coredns']);
    const values = JSON.parse(coredns.configuration_values as string);
    // 256M + the 256 MiB Fargate reserves fits 0.25 vCPU / 0.5 GB.
    expect(values).toEqual({
      computeType: 'Fargate',
      resources: { requests: { cpu: '0.25', memory: '256M' }, limits: { cpu: '0.25', memory: '256M' } },
    });
    expect(coredns.timeouts.create).toBe('25m');
  });

  it('lets only this cluster’s Fargate profiles assume the pod execution role', () => {
    const [trust] = policyDocument(stack, 'fargate-pod-execution_role_trust');
    expect(trust.principals).toEqual([{ type: 'Service', identifiers: ['eks-fargate-pods.amazonaws.com'] }]);
    expect(trust.condition).toEqual([
      {
        test: 'ArnLike',
        variable: 'aws:SourceArn',
        values: ['arn:aws:eks:eu-west-1:${data.aws_caller_identity.caller.account_id}:fargateprofile/spark-eks/*'],
      },
    ]);
    const logs = policyDocument(stack, 'fargate-pod-execution_role_fargate-log-router-document');
    expect(logs[0].resources).toEqual([
      '${aws_cloudwatch_log_group.fargate-logs.arn}',
      '${aws_cloudwatch_log_group.fargate-logs.arn}:*',
    ]);
  });

  it('attaches only the two AWS managed policies EKS needs', () => {
    expect(resources(stack, 'aws_iam_role_policy_attachment').map((a) => [a.body.role, a.body.policy_arn])).toEqual([
      ['${aws_iam_role.eks_cluster-role_role.name}', 'arn:aws:iam::aws:policy/AmazonEKSClusterPolicy'],
      [
        '${aws_iam_role.fargate-pod-execution_role_role.name}',
        'arn:aws:iam::aws:policy/AmazonEKSFargatePodExecutionRolePolicy',
      ],
    ]);
    expect(resource(stack, 'aws_eks_fargate_profile', 'fargate-kube-system_profile').pod_execution_role_arn).toBe(
      '${aws_iam_role.fargate-pod-execution_role_role.arn}',
    );
  });

  it('lets the cluster role use its secrets key for envelope encryption, and nothing else', () => {
    expect(policyDocument(stack, 'eks_cluster-role_secrets-encryption-document')).toEqual([
      {
        effect: 'Allow',
        actions: ['kms:Encrypt', 'kms:Decrypt', 'kms:ListGrants', 'kms:DescribeKey'],
        resources: ['${aws_kms_key.eks_secrets-key_key.arn}'],
      },
    ]);
  });

  it('creates the spark role of each job namespace, pinned to its service account', () => {
    const [trust] = policyDocument(stack, 'spark-role-spark-jobs_role_trust');
    const sub = trust.condition?.find((c) => c.variable.endsWith(':sub'));
    const aud = trust.condition?.find((c) => c.variable.endsWith(':aud'));
    expect(sub?.values).toEqual(['system:serviceaccount:spark-jobs:spark']);
    expect(aud?.values).toEqual(['sts.amazonaws.com']);
    expect(sub?.variable).toMatch(
      /^\$\{replace\(aws_eks_cluster\.eks_cluster\.identity\[0\]\.oidc\[0\]\.issuer, "https:\/\/", ""\)\}:sub$/,
    );
    expect(resource(stack, 'aws_iam_role', 'spark-role-spark-jobs_role_role').name).toBe('spark-eks-spark-spark-jobs');
  });

  it('gives the spark role only the data bucket prefixes and its key', () => {
    const statements = policyDocument(stack, 'spark-role-spark-jobs_role_data-bucket-document');
    const objects = statements.find((s) => s.sid === 'ObjectsUnderPrefixes');
    expect(objects?.resources).toEqual(
      ['input', 'output', 'spark-events'].flatMap((p) => [
        `\${aws_s3_bucket.data_bucket_bucket.arn}/${p}`,
        `\${aws_s3_bucket.data_bucket_bucket.arn}/${p}/*`,
      ]),
    );
  });

  it('gives the history server read access to the event logs only', () => {
    const statements = policyDocument(stack, 'history-server-role_role_event-logs-document');
    expect(statements.find((s) => s.sid === 'ReadObjectsUnderPrefixes')?.resources).toEqual([
      '${aws_s3_bucket.data_bucket_bucket.arn}/spark-events',
      '${aws_s3_bucket.data_bucket_bucket.arn}/spark-events/*',
    ]);
    expect(statements.flatMap((s) => s.actions)).not.toContain('s3:PutObject');
    const noHistory = synth(configWith({ historyServer: { enabled: false } })).stack;
    expect(resources(noHistory, 'aws_iam_role').map((r) => r.name)).not.toContain('history-server-role_role_role');
  });

  it('allows no action "*" or "s3:*" and no resource "*" in any IAM statement', () => {
    // In a key policy, Resource "*" means the key itself: key policies are checked on their own below.
    const keyPolicyDocuments = new Set(
      resources(stack, 'aws_kms_key').map((key) => String(key.body.policy).replace(/^\$\{(.*)\.json\}$/, '$1')),
    );
    const statements = policyStatements(stack).filter((s) => !keyPolicyDocuments.has(s.document));
    expect(statements.length).toBeGreaterThan(10);
    for (const statement of statements.filter((s) => s.effect !== 'Deny')) {
      expect(statement.actions ?? []).not.toContain('*');
      expect(statement.actions ?? []).not.toContain('s3:*');
      expect(statement.resources ?? []).not.toContain('*');
    }
    // The data bucket, with its TLS-only policy, lives in the data stack.
    expect(statements.filter((s) => s.actions?.includes('s3:*'))).toEqual([]);
  });

  it('keeps the newest images of the base and of each job apart, so no running image expires', () => {
    const policy = JSON.parse(resource(stack, 'aws_ecr_lifecycle_policy', 'images_lifecycle').policy as string);
    expect(
      policy.rules.map((r: { rulePriority: number; selection: { tagPatternList?: string[] } }) => [
        r.rulePriority,
        r.selection.tagPatternList,
      ]),
    ).toEqual([
      [1, ['base_*']],
      [2, ['spark-pi_*']],
      [3, ['weather-data_*']],
      [4, undefined],
    ]);
  });

  it('in us-east-1, keeps every subnet, the cluster, the Fargate profiles and the endpoints out of use1-az3', () => {
    const east = synth(configWith({ region: 'us-east-1', network: { azCount: 3 } })).stack;
    const [zones] = dataSources(east, 'aws_availability_zones');
    expect(zones.address).toBe('data.aws_availability_zones.network_zones');
    expect(zones.body.exclude_zone_ids).toEqual(['use1-az3']);
    const subnets = resources(east, 'aws_subnet');
    expect(subnets).toHaveLength(6);
    for (const subnet of subnets) {
      expect(subnet.body.availability_zone_id).toMatch(
        /^\$\{element\(data\.aws_availability_zones\.network_zones\.zone_ids, [0-2]\)\}$/,
      );
    }
    const privateSubnets = [0, 1, 2].map((i) => `\${aws_subnet.network_private-${i}.id}`);
    expect(resource(east, 'aws_eks_cluster', 'eks_cluster').vpc_config.subnet_ids).toEqual(privateSubnets);
    const profiles = resources(east, 'aws_eks_fargate_profile');
    expect(profiles.length).toBeGreaterThanOrEqual(3);
    for (const profile of profiles) expect(profile.body.subnet_ids).toEqual(privateSubnets);
    const endpoints = resources(east, 'aws_vpc_endpoint').filter((e) => e.body.vpc_endpoint_type === 'Interface');
    expect(endpoints).toHaveLength(4);
    for (const endpoint of endpoints) expect(endpoint.body.subnet_ids).toEqual(privateSubnets);
  });

  it('excludes no zone where EKS supports every one, e.g. eu-west-1', () => {
    expect(dataSources(stack, 'aws_availability_zones')[0].body.exclude_zone_ids).toBeUndefined();
  });

  it('lets only the deploying principal and the configured ones push images; the pod execution role only pulls', () => {
    const ci = 'arn:aws:iam::111122223333:role/ci/JobsDeployer';
    const withCi = synth(configWith({ ecr: { pushPrincipalArns: [ci] } })).stack;
    expect(dataSources(withCi, 'aws_iam_session_context').map((d) => [d.address, d.body])).toEqual([
      ['data.aws_iam_session_context.deployer', { arn: '${data.aws_caller_identity.caller.arn}' }],
    ]);
    const [deny, pull] = policyDocument(withCi, 'images_policy');
    expect(deny.effect).toBe('Deny');
    expect(deny.condition).toEqual([
      {
        test: 'ArnNotEquals',
        variable: 'aws:PrincipalArn',
        values: ['${data.aws_iam_session_context.deployer.issuer_arn}', ci],
      },
    ]);
    expect(pull.principals).toEqual([
      { type: 'AWS', identifiers: ['${aws_iam_role.fargate-pod-execution_role_role.arn}'] },
    ]);
    // The IRSA roles of the Spark pods and the history server are neither exempt from the Deny nor given a pull.
    const irsa = resources(withCi, 'aws_iam_role')
      .map((r) => r.name)
      .filter((name) => /^(spark-role|history-server-role)/.test(name))
      .map((name) => `\${aws_iam_role.${name}.arn}`);
    expect(irsa.length).toBeGreaterThanOrEqual(2);
    const named = [...(deny.condition?.[0].values ?? []), ...(pull.principals?.[0].identifiers ?? [])];
    expect(named.filter((arn) => irsa.includes(arn))).toEqual([]);
  });

  it('takes a pinned CoreDNS build from the config, and then asks EKS for none at plan time', () => {
    const pinned = synth(configWith({ cluster: { addonVersions: { coredns: 'v1.14.9-eksbuild.1' } } })).stack;
    expect(resource(pinned, 'aws_eks_addon', 'coredns_addon').addon_version).toBe('v1.14.9-eksbuild.1');
    expect(dataSources(pinned, 'aws_eks_addon_version')).toEqual([]);
  });

  it('encrypts every log group with the logs key, which CloudWatch Logs may use for exactly those groups', () => {
    const groups = resources(stack, 'aws_cloudwatch_log_group');
    expect(groups.length).toBe(3);
    for (const group of groups) expect(group.body.kms_key_id).toBe('${aws_kms_key.logs-key_key.arn}');
    const grant = keyPolicies(stack)
      .get('aws_kms_key.logs-key_key')
      ?.find((s) => s.sid === 'CloudWatchLogsForTheseLogGroups');
    expect(grant?.principals).toEqual([{ type: 'Service', identifiers: ['logs.eu-west-1.amazonaws.com'] }]);
    expect(grant?.condition).toEqual([
      {
        test: 'ArnLike',
        variable: 'kms:EncryptionContext:aws:logs:arn',
        values: groups.map(
          (g) => `arn:aws:logs:eu-west-1:\${data.aws_caller_identity.caller.account_id}:log-group:${g.body.name}`,
        ),
      },
    ]);
  });

  it('sets log retention on every log group', () => {
    const groups = resources(synth(configWith({ logging: { retentionDays: 14 } })).stack, 'aws_cloudwatch_log_group');
    expect(groups.map((g) => [g.body.name, g.body.retention_in_days])).toEqual([
      ['/aws/eks/spark-eks/cluster', 14],
      ['/aws/eks/spark-eks/fargate', 14],
      ['/aws/vpc/spark-eks/flow-logs', 14],
    ]);
  });

  it('outputs what users and the other stacks need', () => {
    expect(Object.keys(stack.output).sort()).toEqual([
      'cluster_endpoint',
      'cluster_name',
      'ecr_repository_url',
      'fargate_log_group_name',
      'history_server_role_arn',
      'oidc_provider_arn',
      'spark_role_arns',
      'update_kubeconfig_command',
    ]);
    expect(stack.output.update_kubeconfig_command.value).toBe(
      'aws eks update-kubeconfig --name spark-eks --region eu-west-1',
    );
    expect(stack.output.spark_role_arns.value).toEqual({
      'spark-jobs': '${aws_iam_role.spark-role-spark-jobs_role_role.arn}',
    });
  });
});
