import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group';
import { EksAccessEntry } from '@cdktf/provider-aws/lib/eks-access-entry';
import { EksAccessPolicyAssociation } from '@cdktf/provider-aws/lib/eks-access-policy-association';
import { EksCluster as EksClusterResource } from '@cdktf/provider-aws/lib/eks-cluster';
import { Construct } from 'constructs';
import { iamRoleName, PARTITION } from '../aws/iam-names';
import { EncryptionKey } from './encryption-key';
import { IamRole } from './iam-role';

/** Every control-plane log type EKS offers. */
export const CONTROL_PLANE_LOG_TYPES = ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'];

export const CLUSTER_ADMIN_POLICY_ARN = `arn:${PARTITION}:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy`;

export interface EksClusterProps {
  readonly clusterName: string;
  /** Kubernetes version, e.g. `1.35`. */
  readonly kubernetesVersion: string;
  /** Subnets for the control plane's network interfaces: the private ones. */
  readonly subnetIds: string[];
  /**
   * CIDRs allowed to reach the public API endpoint. Empty turns the public endpoint off; the private endpoint is
   * always on.
   * @default []
   */
  readonly publicAccessCidrs?: readonly string[];
  /**
   * IAM roles or users that get cluster-admin, each through an access entry and an AmazonEKSClusterAdminPolicy
   * association with cluster scope.
   * @default []
   */
  readonly adminPrincipalArns?: readonly string[];
  /**
   * Make the IAM identity that creates the cluster a cluster admin. That identity must then not also be in
   * adminPrincipalArns: EKS already made its access entry, and creating it again fails.
   * @default true
   */
  readonly bootstrapCreatorAdmin?: boolean;
  /**
   * What EKS does when the version leaves standard support: `EXTENDED` keeps the cluster on it, billed at the
   * extended-support rate, until the end of extended support; `STANDARD` lets AWS upgrade the cluster to the next
   * version on that day. Written out even for AWS's own default, so the plan shows the choice.
   * @default 'EXTENDED' (AWS's default for clusters created through the API)
   */
  readonly supportType?: 'STANDARD' | 'EXTENDED';
  /**
   * Days to keep control-plane logs.
   * @default 30
   */
  readonly logRetentionDays?: number;
  /**
   * KMS key of the control-plane log group; its policy must let CloudWatch Logs use it for that group.
   * @default CloudWatch Logs' own encryption
   */
  readonly logKmsKeyArn?: string;
}

/** The log group EKS writes control-plane logs to: its name is fixed by EKS. */
export function controlPlaneLogGroupName(clusterName: string): string {
  return `/aws/eks/${clusterName}/cluster`;
}

/**
 * An EKS cluster for Fargate-only compute: API-only authentication (access entries, no aws-auth ConfigMap),
 * secrets envelope-encrypted with a customer-managed key, every control-plane log type in a log group Terraform
 * creates first (so its retention applies). EKS installs no self-managed add-ons, and the cluster has no vpc-cni or
 * kube-proxy add-on: both are DaemonSets for EC2 nodes, which a Fargate-only cluster has none of. The EKS user guide:
 * kube-proxy "isn't deployed to Fargate nodes" (Manage kube-proxy); "a version of the [VPC CNI] add-on is deployed
 * with each Fargate node in your cluster, but you don't update it on Fargate nodes" (Amazon VPC CNI); "Daemonsets
 * aren't supported on Fargate" (AWS Fargate considerations). CoreDNS comes as a managed add-on configured for Fargate
 * (see CoreDnsAddon).
 */
export class EksCluster extends Construct {
  public readonly cluster: EksClusterResource;
  public readonly name: string;
  public readonly arn: string;
  public readonly endpoint: string;
  public readonly certificateAuthorityData: string;
  /** OIDC issuer URL, `https://oidc.eks.<region>.amazonaws.com/id/<id>`. */
  public readonly oidcIssuerUrl: string;
  public readonly secretsKey: EncryptionKey;
  public readonly logGroup: CloudwatchLogGroup;

  constructor(scope: Construct, id: string, props: EksClusterProps) {
    super(scope, id);
    if (props.subnetIds.length < 2) throw new Error(`EksCluster ${id}: subnetIds needs subnets in at least two AZs`);
    if (!/^[0-9A-Za-z][A-Za-z0-9_-]{0,99}$/.test(props.clusterName)) {
      throw new Error(`EksCluster ${id}: clusterName "${props.clusterName}" is not a valid EKS cluster name`);
    }
    const publicCidrs = [...(props.publicAccessCidrs ?? [])];

    const role = new IamRole(this, 'cluster-role', {
      roleName: iamRoleName(props.clusterName, 'eks-cluster'),
      description: `EKS control plane of ${props.clusterName}`,
      trust: [
        {
          effect: 'Allow',
          actions: ['sts:AssumeRole', 'sts:TagSession'],
          principals: [{ type: 'Service', identifiers: ['eks.amazonaws.com'] }],
        },
      ],
      managedPolicies: ['AmazonEKSClusterPolicy'],
    });

    this.secretsKey = new EncryptionKey(this, 'secrets-key', {
      alias: `${props.clusterName}-eks-secrets`,
      description: `Envelope encryption of Kubernetes secrets in EKS cluster ${props.clusterName}`,
      // The secrets it protects live and die with the cluster; KMS still waits 30 days before deleting it.
      preventDestroy: false,
    });
    // AmazonEKSClusterPolicy has no KMS permissions; envelope encryption needs these on the one key.
    const keyPolicy = role.addPolicy('secrets-encryption', [
      {
        effect: 'Allow',
        actions: ['kms:Encrypt', 'kms:Decrypt', 'kms:ListGrants', 'kms:DescribeKey'],
        resources: [this.secretsKey.arn],
      },
    ]);

    this.logGroup = new CloudwatchLogGroup(this, 'control-plane-logs', {
      name: controlPlaneLogGroupName(props.clusterName),
      retentionInDays: props.logRetentionDays ?? 30,
      kmsKeyId: props.logKmsKeyArn,
    });

    this.cluster = new EksClusterResource(this, 'cluster', {
      name: props.clusterName,
      version: props.kubernetesVersion,
      roleArn: role.arn,
      vpcConfig: {
        subnetIds: props.subnetIds,
        endpointPrivateAccess: true,
        endpointPublicAccess: publicCidrs.length > 0,
        publicAccessCidrs: publicCidrs.length > 0 ? publicCidrs : undefined,
      },
      encryptionConfig: { provider: { keyArn: this.secretsKey.arn }, resources: ['secrets'] },
      enabledClusterLogTypes: CONTROL_PLANE_LOG_TYPES,
      accessConfig: {
        authenticationMode: 'API',
        bootstrapClusterCreatorAdminPermissions: props.bootstrapCreatorAdmin ?? true,
      },
      bootstrapSelfManagedAddons: false,
      upgradePolicy: { supportType: props.supportType ?? 'EXTENDED' },
      dependsOn: [this.logGroup, keyPolicy, ...role.attachments],
    });
    this.name = this.cluster.name;
    this.arn = this.cluster.arn;
    this.endpoint = this.cluster.endpoint;
    this.certificateAuthorityData = this.cluster.certificateAuthority.get(0).data;
    this.oidcIssuerUrl = this.cluster.identity.get(0).oidc.get(0).issuer;

    for (const principalArn of props.adminPrincipalArns ?? []) {
      const entryId = `admin-${principalArn.replace(/^arn:[^:]+:iam::/, '').replace(/[^A-Za-z0-9-]/g, '-')}`;
      const entry = new EksAccessEntry(this, entryId, {
        clusterName: this.cluster.name,
        principalArn,
        type: 'STANDARD',
      });
      new EksAccessPolicyAssociation(this, `${entryId}-cluster-admin`, {
        clusterName: this.cluster.name,
        principalArn: entry.principalArn,
        policyArn: CLUSTER_ADMIN_POLICY_ARN,
        accessScope: { type: 'cluster' },
      });
    }
  }
}
