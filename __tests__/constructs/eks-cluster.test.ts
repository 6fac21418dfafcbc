import { CLUSTER_ADMIN_POLICY_ARN, EksCluster, EksClusterProps } from '../../src/constructs/eks-cluster';
import { synthInStack } from '../../test-support/stack';
import { parseStack, policyDocument, resource, resources } from '../../test-support/terraform-json';

const props: EksClusterProps = {
  clusterName: 'acme',
  kubernetesVersion: '1.35',
  subnetIds: ['subnet-a', 'subnet-b'],
};
const synth = (overrides: Partial<EksClusterProps> = {}) =>
  parseStack(synthInStack((stack) => new EksCluster(stack, 'eks', { ...props, ...overrides })));
const cluster = (overrides: Partial<EksClusterProps> = {}) =>
  resource(synth(overrides), 'aws_eks_cluster', 'eks_cluster');

describe('EksCluster', () => {
  it('runs the configured Kubernetes version with API authentication and an explicit creator-admin choice', () => {
    expect(cluster({ bootstrapCreatorAdmin: false })).toMatchObject({
      name: 'acme',
      version: '1.35',
      access_config: { authentication_mode: 'API', bootstrap_cluster_creator_admin_permissions: false },
      bootstrap_self_managed_addons: false,
    });
    expect(cluster().access_config.bootstrap_cluster_creator_admin_permissions).toBe(true);
  });

  it("writes out the upgrade policy: AWS's EXTENDED unless told STANDARD", () => {
    expect(cluster().upgrade_policy).toEqual({ support_type: 'EXTENDED' });
    expect(cluster({ supportType: 'STANDARD' }).upgrade_policy).toEqual({ support_type: 'STANDARD' });
  });

  it('keeps the private endpoint on and opens the public one only to the allow-list', () => {
    expect(cluster({ publicAccessCidrs: ['198.51.100.0/24'] }).vpc_config).toEqual({
      subnet_ids: ['subnet-a', 'subnet-b'],
      endpoint_private_access: true,
      endpoint_public_access: true,
      public_access_cidrs: ['198.51.100.0/24'],
    });
    expect(cluster().vpc_config).toEqual({
      subnet_ids: ['subnet-a', 'subnet-b'],
      endpoint_private_access: true,
      endpoint_public_access: false,
    });
  });

  it('envelope-encrypts secrets with its own rotating key that the cluster role may use', () => {
    const stack = synth();
    expect(resource(stack, 'aws_eks_cluster', 'eks_cluster').encryption_config).toEqual({
      provider: { key_arn: '${aws_kms_key.eks_secrets-key_key.arn}' },
      resources: ['secrets'],
    });
    expect(resource(stack, 'aws_kms_key', 'eks_secrets-key_key')).toMatchObject({
      enable_key_rotation: true,
      deletion_window_in_days: 30,
      lifecycle: { prevent_destroy: false },
    });
    expect(policyDocument(stack, 'eks_cluster-role_secrets-encryption-document')).toEqual([
      expect.objectContaining({ resources: ['${aws_kms_key.eks_secrets-key_key.arn}'] }),
    ]);
  });

  it('sends every control-plane log type to a log group created first, with retention', () => {
    const stack = synth({ logRetentionDays: 60 });
    expect(resource(stack, 'aws_cloudwatch_log_group', 'eks_control-plane-logs')).toMatchObject({
      name: '/aws/eks/acme/cluster',
      retention_in_days: 60,
    });
    const eks = resource(stack, 'aws_eks_cluster', 'eks_cluster');
    expect(eks.enabled_cluster_log_types).toEqual(['api', 'audit', 'authenticator', 'controllerManager', 'scheduler']);
    expect(eks.depends_on).toContain('aws_cloudwatch_log_group.eks_control-plane-logs');
  });

  it('gives the cluster role AmazonEKSClusterPolicy only, trusted by EKS', () => {
    const stack = synth();
    expect(resources(stack, 'aws_iam_role_policy_attachment').map((a) => a.body.policy_arn)).toEqual([
      'arn:aws:iam::aws:policy/AmazonEKSClusterPolicy',
    ]);
    expect(policyDocument(stack, 'eks_cluster-role_trust')[0].principals).toEqual([
      { type: 'Service', identifiers: ['eks.amazonaws.com'] },
    ]);
  });

  it('makes each admin principal a cluster admin through an access entry and a cluster-scoped association', () => {
    const admin = 'arn:aws:iam::111122223333:role/PlatformAdmin';
    const stack = synth({ adminPrincipalArns: [admin] });
    expect(resources(stack, 'aws_eks_access_entry').map((e) => e.body)).toEqual([
      expect.objectContaining({ principal_arn: admin, type: 'STANDARD' }),
    ]);
    expect(resources(stack, 'aws_eks_access_policy_association').map((a) => a.body)).toEqual([
      expect.objectContaining({ policy_arn: CLUSTER_ADMIN_POLICY_ARN, access_scope: { type: 'cluster' } }),
    ]);
    expect(CLUSTER_ADMIN_POLICY_ARN).toBe('arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy');
  });

  it('installs no add-on and no self-managed add-on: vpc-cni and kube-proxy are DaemonSets for EC2 nodes', () => {
    const stack = synth();
    expect(resources(stack, 'aws_eks_addon')).toEqual([]);
    expect(resource(stack, 'aws_eks_cluster', 'eks_cluster').bootstrap_self_managed_addons).toBe(false);
  });

  it('refuses a single subnet', () => {
    expect(() => synth({ subnetIds: ['subnet-a'] })).toThrow(/subnetIds needs subnets in at least two AZs/);
  });
});
