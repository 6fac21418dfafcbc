/**
 * What the deploying identity must be allowed to do for each Terraform resource and data-source type the stacks
 * use: the API calls the provider makes for that type (create, read, update, delete, tags), as IAM actions. Read
 * from terraform-provider-aws v6 (`internal/service/<service>/<resource>.go`: the Create, Read, Update and Delete
 * functions and the waiters they call) and, for the S3 backend, from Terraform's S3 backend documentation
 * ("S3 Bucket Permissions"). Keys are resource types, `data.<type>` for data sources and `terraform.backend.s3` for
 * the backend. Every type the synthesized stacks hold must have an entry (a test checks it), so a new
 * resource type cannot reach a deploy without its permissions; an entry no config uses is refused too.
 *
 * Resources: an action's ARNs come from its resource types in the Service Authorization Reference
 * (service-authorization.ts), filled with the names the stacks give (deployer-policy.ts); `on` names the optional
 * types a call acts on, `resources` narrows an action to part of those names, and `condition` limits it further.
 */
import { DeployNames } from './deployer-names';

export interface Condition {
  readonly [operator: string]: Readonly<Record<string, string | readonly string[]>>;
}

export interface Grant {
  readonly actions: readonly string[];
  /** The actions' optional resource types that this type's calls act on (their required ones always count). */
  readonly on?: readonly string[];
  /** The resources, where they are narrower than every resource of the action's types, e.g. the state keys. */
  readonly resources?: (names: DeployNames) => readonly string[];
  readonly condition?: (names: DeployNames) => Condition;
}

export interface TypeEntry {
  /** Where the calls come from, or why there are none. */
  readonly why: string;
  readonly grants: readonly Grant[];
}

const tags = (service: 'ec2') => [`${service}:CreateTags`, `${service}:DeleteTags`];

/** S3 requests with SSE-KMS: S3 asks KMS on the caller's behalf, so the key use is allowed only through S3. */
const viaS3 = (names: DeployNames): Condition => ({
  StringEquals: { 'kms:ViaService': `s3.${names.region}.amazonaws.com` },
});

/** A grant EKS or ECR creates for itself while it sets up encryption with a customer-managed key. */
const grantForAwsResource = (): Condition => ({ Bool: { 'kms:GrantIsForAWSResource': 'true' } });

const passRole = (service: string): Grant => ({
  actions: ['iam:PassRole'],
  resources: (names) => names.passedRoles.filter((r) => r.service === service).map((r) => names.roleArn(r.role)),
  condition: () => ({ StringEquals: { 'iam:PassedToService': service } }),
});

/** EKS creates its service-linked roles on first use, with the caller's permission. */
const serviceLinkedRole = (service: string, role: string): Grant => ({
  actions: ['iam:CreateServiceLinkedRole'],
  resources: () => [`arn:aws:iam::*:role/aws-service-role/${service}/${role}`],
  condition: () => ({ StringEquals: { 'iam:AWSServiceName': service } }),
});

const NO_AWS_CALL =
  'no AWS API call: the Kubernetes API of the cluster, authorized there by the identity’s EKS access entry; the ' +
  'token comes from `aws eks get-token`, a presigned sts:GetCallerIdentity, which needs no permission';

/**
 * Dependent actions the Service Authorization Reference lists for an action the policy holds, that these stacks'
 * calls never need, and why.
 */
export const UNNEEDED_DEPENDENT_ACTIONS: Readonly<Record<string, string>> = {
  'ec2:CreateFlowLogs -> ecs:*':
    'only for flow logs whose log format has Amazon ECS fields (ecs-cluster-name, ...); this flow log uses the default format',
  'ec2:CreateVpcEndpoint -> route53:AssociateVPCWithHostedZone':
    'only for an interface endpoint with private DNS, which network.vpcEndpoints: false leaves out (the S3 gateway endpoint has no private DNS)',
};

export const DEPLOYER_CATALOG: Readonly<Record<string, TypeEntry>> = {
  // --- S3 backend and remote state (Terraform's S3 backend documentation) ---
  'terraform.backend.s3': {
    why: 'the S3 backend with use_lockfile: list the bucket, read and write the state, write and delete its .tflock',
    grants: [
      { actions: ['s3:ListBucket'], resources: (n) => [n.bucketArn(n.stateBucket)] },
      {
        actions: ['s3:GetObject', 's3:PutObject'],
        resources: (n) => n.stateKeys.map((k) => n.objectArn(n.stateBucket, k)),
      },
      {
        actions: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'],
        resources: (n) => n.stateKeys.map((k) => n.objectArn(n.stateBucket, `${k}.tflock`)),
      },
      { actions: ['kms:Encrypt', 'kms:Decrypt', 'kms:GenerateDataKey'], condition: viaS3 },
    ],
  },
  'terraform.backend.local': { why: 'the state stack’s own state, a local file', grants: [] },
  'data.terraform_remote_state': {
    why: 'reads the state of the stacks before it from the S3 backend',
    grants: [
      { actions: ['s3:ListBucket'], resources: (n) => [n.bucketArn(n.stateBucket)] },
      { actions: ['s3:GetObject'], resources: (n) => n.stateKeys.map((k) => n.objectArn(n.stateBucket, k)) },
      { actions: ['kms:Decrypt'], condition: viaS3 },
    ],
  },

  // --- no AWS permission ---
  'data.aws_caller_identity': {
    why: 'sts:GetCallerIdentity, which needs no permission (STS API reference)',
    grants: [],
  },
  'data.aws_iam_policy_document': { why: 'rendered by the provider itself, no API call', grants: [] },
  helm_release: { why: NO_AWS_CALL, grants: [] },
  kubernetes_annotations: { why: NO_AWS_CALL, grants: [] },
  kubernetes_config_map_v1: { why: NO_AWS_CALL, grants: [] },
  kubernetes_deployment_v1: { why: NO_AWS_CALL, grants: [] },
  kubernetes_manifest: { why: NO_AWS_CALL, grants: [] },
  kubernetes_namespace_v1: { why: NO_AWS_CALL, grants: [] },
  kubernetes_role_binding_v1: { why: NO_AWS_CALL, grants: [] },
  kubernetes_role_v1: { why: NO_AWS_CALL, grants: [] },
  kubernetes_service_account_v1: { why: NO_AWS_CALL, grants: [] },
  kubernetes_service_v1: { why: NO_AWS_CALL, grants: [] },

  // --- EC2: the network (core) ---
  'data.aws_availability_zones': { why: 'lists the zones', grants: [{ actions: ['ec2:DescribeAvailabilityZones'] }] },
  aws_vpc: {
    why: 'creates the VPC, sets DNS hostnames and support, reads its attributes, default NACL, main route table and default security group',
    grants: [
      {
        actions: [
          'ec2:CreateVpc',
          'ec2:DeleteVpc',
          'ec2:DescribeVpcs',
          'ec2:DescribeVpcAttribute',
          'ec2:ModifyVpcAttribute',
          'ec2:DescribeNetworkAcls',
          'ec2:DescribeRouteTables',
          'ec2:DescribeSecurityGroups',
          ...tags('ec2'),
        ],
        on: ['vpc'],
      },
    ],
  },
  aws_subnet: {
    why: 'creates the subnets; the delete waits for network interfaces left in them',
    grants: [
      {
        actions: [
          'ec2:CreateSubnet',
          'ec2:DeleteSubnet',
          'ec2:DescribeSubnets',
          'ec2:DescribeNetworkInterfaces',
          ...tags('ec2'),
        ],
        on: ['subnet', 'vpc'],
      },
    ],
  },
  aws_internet_gateway: {
    why: 'creates the gateway and attaches it to the VPC',
    grants: [
      {
        actions: [
          'ec2:CreateInternetGateway',
          'ec2:DeleteInternetGateway',
          'ec2:DescribeInternetGateways',
          'ec2:AttachInternetGateway',
          'ec2:DetachInternetGateway',
          ...tags('ec2'),
        ],
        on: ['internet-gateway', 'vpc'],
      },
    ],
  },
  aws_eip: {
    why: 'allocates the NAT gateways’ addresses and reads their attributes',
    grants: [
      {
        actions: [
          'ec2:AllocateAddress',
          'ec2:ReleaseAddress',
          'ec2:DescribeAddresses',
          'ec2:DescribeAddressesAttribute',
          'ec2:DisassociateAddress',
          ...tags('ec2'),
        ],
        on: ['elastic-ip'],
      },
    ],
  },
  aws_nat_gateway: {
    why: 'creates the NAT gateways in the public subnets',
    grants: [
      {
        actions: ['ec2:CreateNatGateway', 'ec2:DeleteNatGateway', 'ec2:DescribeNatGateways', ...tags('ec2')],
        on: ['natgateway', 'subnet', 'elastic-ip'],
      },
    ],
  },
  aws_route_table: {
    why: 'creates the route tables',
    grants: [
      {
        actions: ['ec2:CreateRouteTable', 'ec2:DeleteRouteTable', 'ec2:DescribeRouteTables', ...tags('ec2')],
        on: ['route-table', 'vpc'],
      },
    ],
  },
  aws_route: {
    why: 'adds the default routes',
    grants: [
      {
        actions: ['ec2:CreateRoute', 'ec2:DeleteRoute', 'ec2:ReplaceRoute', 'ec2:DescribeRouteTables'],
        on: ['route-table'],
      },
    ],
  },
  aws_route_table_association: {
    why: 'associates each subnet with its route table',
    grants: [
      {
        actions: [
          'ec2:AssociateRouteTable',
          'ec2:DisassociateRouteTable',
          'ec2:ReplaceRouteTableAssociation',
          'ec2:DescribeRouteTables',
        ],
        on: ['route-table', 'subnet'],
      },
    ],
  },
  aws_security_group: {
    why: 'creates the endpoints’ security group, revokes its default allow-all egress rule; the delete waits for network interfaces',
    grants: [
      {
        actions: [
          'ec2:CreateSecurityGroup',
          'ec2:DeleteSecurityGroup',
          'ec2:DescribeSecurityGroups',
          'ec2:RevokeSecurityGroupEgress',
          'ec2:DescribeNetworkInterfaces',
          ...tags('ec2'),
        ],
        on: ['security-group', 'vpc'],
      },
    ],
  },
  aws_vpc_security_group_ingress_rule: {
    why: 'the HTTPS rule of the endpoints’ security group',
    grants: [
      {
        actions: [
          'ec2:AuthorizeSecurityGroupIngress',
          'ec2:RevokeSecurityGroupIngress',
          'ec2:DescribeSecurityGroupRules',
          'ec2:ModifySecurityGroupRules',
          ...tags('ec2'),
        ],
        on: ['security-group', 'security-group-rule'],
      },
    ],
  },
  aws_default_security_group: {
    why: 'adopts the VPC’s default security group and revokes every rule of it',
    grants: [
      {
        actions: [
          'ec2:DescribeSecurityGroups',
          'ec2:RevokeSecurityGroupIngress',
          'ec2:RevokeSecurityGroupEgress',
          ...tags('ec2'),
        ],
        on: ['security-group'],
      },
    ],
  },
  aws_vpc_endpoint: {
    why: 'creates the S3 gateway and interface endpoints; reads their prefix list and network interfaces',
    grants: [
      {
        actions: [
          'ec2:CreateVpcEndpoint',
          'ec2:DeleteVpcEndpoints',
          'ec2:DescribeVpcEndpoints',
          'ec2:ModifyVpcEndpoint',
          'ec2:DescribePrefixLists',
          'ec2:DescribeNetworkInterfaces',
          ...tags('ec2'),
        ],
        on: ['vpc-endpoint', 'vpc', 'subnet', 'security-group', 'route-table'],
      },
      // CreateVpcEndpoint's dependent actions (Service Authorization Reference): it reads the VPC, its subnets and
      // security groups, and with private DNS associates the VPC with the endpoint's private hosted zone.
      { actions: ['ec2:DescribeVpcs', 'ec2:DescribeSubnets', 'ec2:DescribeSecurityGroups'] },
      {
        actions: ['route53:AssociateVPCWithHostedZone'],
        on: ['hostedzone'],
        resources: (n) => (n.privateDnsEndpoints ? ['arn:aws:route53:::hostedzone/*'] : []),
      },
    ],
  },
  aws_flow_log: {
    why: 'creates the VPC flow log, which delivers to its log group with its own role',
    grants: [
      {
        actions: ['ec2:CreateFlowLogs', 'ec2:DeleteFlowLogs', 'ec2:DescribeFlowLogs', ...tags('ec2')],
        on: ['vpc-flow-log', 'vpc'],
      },
      passRole('vpc-flow-logs.amazonaws.com'),
    ],
  },

  // --- CloudWatch Logs (core) ---
  aws_cloudwatch_log_group: {
    why: 'creates the log groups with their retention and KMS key, and their tags',
    grants: [
      {
        actions: [
          'logs:CreateLogGroup',
          'logs:DeleteLogGroup',
          'logs:PutRetentionPolicy',
          'logs:DeleteRetentionPolicy',
          'logs:AssociateKmsKey',
          'logs:DisassociateKmsKey',
          'logs:TagResource',
          'logs:UntagResource',
          'logs:ListTagsForResource',
        ],
        on: ['log-group'],
      },
      { actions: ['logs:DescribeLogGroups'] },
    ],
  },

  // --- IAM (core) ---
  aws_iam_role: {
    why: 'creates the roles; reads their inline and attached policies; the delete lists their instance profiles',
    grants: [
      {
        actions: [
          'iam:CreateRole',
          'iam:GetRole',
          'iam:DeleteRole',
          'iam:UpdateRole',
          'iam:UpdateRoleDescription',
          'iam:UpdateAssumeRolePolicy',
          'iam:TagRole',
          'iam:UntagRole',
          'iam:ListRolePolicies',
          'iam:ListAttachedRolePolicies',
          'iam:ListInstanceProfilesForRole',
        ],
      },
    ],
  },
  aws_iam_role_policy: {
    why: 'the roles’ inline policies',
    grants: [{ actions: ['iam:PutRolePolicy', 'iam:GetRolePolicy', 'iam:DeleteRolePolicy'] }],
  },
  aws_iam_role_policy_attachment: {
    why: 'attaches the AWS managed policies EKS and Fargate require, and only those',
    grants: [
      {
        actions: ['iam:AttachRolePolicy', 'iam:DetachRolePolicy'],
        resources: (n) => n.attachedRoles.map((r) => n.roleArn(r)),
        condition: (n) => ({ ArnEquals: { 'iam:PolicyARN': n.managedPolicyArns } }),
      },
      { actions: ['iam:ListAttachedRolePolicies'] },
    ],
  },
  aws_iam_openid_connect_provider: {
    why: 'the cluster’s OIDC provider for IRSA',
    grants: [
      {
        actions: [
          'iam:CreateOpenIDConnectProvider',
          'iam:GetOpenIDConnectProvider',
          'iam:DeleteOpenIDConnectProvider',
          'iam:TagOpenIDConnectProvider',
          'iam:UntagOpenIDConnectProvider',
          'iam:UpdateOpenIDConnectProviderThumbprint',
          'iam:AddClientIDToOpenIDConnectProvider',
          'iam:RemoveClientIDFromOpenIDConnectProvider',
        ],
      },
    ],
  },
  'data.aws_iam_session_context': {
    why:
      'the role behind the deploying session, which the ECR repository policy lets push: for an assumed-role ARN the ' +
      'provider reads that role (internal/service/iam/session_context_data_source.go: GetRole), for a user it calls nothing',
    grants: [
      {
        // Only the caller's own role, whatever its name and path: aws:PrincipalArn is that role's ARN (a global
        // condition key, usable as a policy variable; IAM User Guide, "IAM policy elements: Variables and tags").
        actions: ['iam:GetRole'],
        resources: () => ['${aws:PrincipalArn}'],
      },
    ],
  },

  // --- KMS (state, data, core) ---
  aws_kms_key: {
    why: 'creates the keys with their policy, rotation and tags; schedules their deletion',
    grants: [
      {
        // The provider sends the tags in CreateKey (default_tags with the prefix), so only the environment's keys.
        actions: ['kms:CreateKey'],
        condition: (n) => ({ StringEquals: { [`aws:RequestTag/${n.prefixTagKey}`]: n.prefix } }),
      },
      {
        // Not conditioned on the keys' tags: tags reach KMS authorization only minutes after CreateKey, and the
        // provider enables rotation and reads the key right after creating it.
        actions: [
          'kms:DescribeKey',
          'kms:GetKeyPolicy',
          'kms:GetKeyRotationStatus',
          'kms:ListResourceTags',
          'kms:EnableKeyRotation',
          'kms:DisableKeyRotation',
          'kms:PutKeyPolicy',
          'kms:UpdateKeyDescription',
          'kms:ScheduleKeyDeletion',
          'kms:TagResource',
          'kms:UntagResource',
        ],
      },
    ],
  },
  aws_kms_alias: {
    why: 'names each key',
    grants: [{ actions: ['kms:CreateAlias', 'kms:DeleteAlias', 'kms:UpdateAlias'] }, { actions: ['kms:ListAliases'] }],
  },

  // --- EKS (core, platform, jobs) ---
  aws_eks_cluster: {
    // upgrade_policy (cluster.supportType) goes in CreateCluster and, when it changes, in UpdateClusterConfig
    // followed with DescribeUpdate (internal/service/eks/cluster.go): no action of its own.
    why: 'creates the cluster with its role, secrets encryption and upgrade policy; EKS makes its service-linked role on first use',
    grants: [
      {
        // CreateCluster takes no resource ARN; the provider sends the tags (default_tags with the prefix) in it.
        actions: ['eks:CreateCluster'],
        condition: (n) => ({ StringEquals: { [`aws:RequestTag/${n.prefixTagKey}`]: n.prefix } }),
      },
      {
        actions: [
          'eks:DescribeCluster',
          'eks:DeleteCluster',
          'eks:UpdateClusterConfig',
          'eks:UpdateClusterVersion',
          'eks:DescribeUpdate',
          'eks:TagResource',
          'eks:UntagResource',
        ],
        on: ['cluster'],
      },
      passRole('eks.amazonaws.com'),
      serviceLinkedRole('eks.amazonaws.com', 'AWSServiceRoleForAmazonEKS'),
      { actions: ['kms:DescribeKey'] },
      { actions: ['kms:CreateGrant'], condition: grantForAwsResource },
    ],
  },
  aws_eks_fargate_profile: {
    why: 'creates the Fargate profiles with the pod execution role; EKS makes its Fargate service-linked role on first use',
    grants: [
      { actions: ['eks:CreateFargateProfile'] },
      {
        actions: ['eks:DescribeFargateProfile', 'eks:DeleteFargateProfile', 'eks:TagResource', 'eks:UntagResource'],
        on: ['fargateprofile'],
      },
      passRole('eks-fargate-pods.amazonaws.com'),
      serviceLinkedRole('eks-fargate.amazonaws.com', 'AWSServiceRoleForAmazonEKSForFargate'),
    ],
  },
  aws_eks_addon: {
    // The resource takes addon_version as given (here from the data source below, or the config's pin) and never
    // lists the versions itself (internal/service/eks/addon.go): no eks:DescribeAddonVersions here.
    why: 'creates and updates the add-ons; an update is followed with DescribeUpdate',
    grants: [
      { actions: ['eks:CreateAddon'] },
      {
        actions: [
          'eks:DescribeAddon',
          'eks:UpdateAddon',
          'eks:DeleteAddon',
          'eks:DescribeUpdate',
          'eks:TagResource',
          'eks:UntagResource',
        ],
        on: ['addon'],
      },
    ],
  },
  'data.aws_eks_addon_version': {
    why:
      'CoreDNS’s newest build for the Kubernetes version, read at plan time (internal/service/eks/addon_version_data_source.go: ' +
      'DescribeAddonVersions); a config that pins cluster.addonVersions.coredns has no such data source, and no such call',
    grants: [{ actions: ['eks:DescribeAddonVersions'] }],
  },
  aws_eks_access_entry: {
    why: 'an access entry per cluster.adminPrincipalArns entry',
    grants: [
      { actions: ['eks:CreateAccessEntry'] },
      {
        actions: [
          'eks:DescribeAccessEntry',
          'eks:UpdateAccessEntry',
          'eks:DeleteAccessEntry',
          'eks:TagResource',
          'eks:UntagResource',
        ],
        on: ['access-entry'],
      },
    ],
  },
  aws_eks_access_policy_association: {
    why: 'the cluster-admin access policy of each admin access entry',
    grants: [
      { actions: ['eks:AssociateAccessPolicy', 'eks:DisassociateAccessPolicy', 'eks:ListAssociatedAccessPolicies'] },
    ],
  },
  'data.aws_eks_cluster': {
    why: 'the cluster’s endpoint and CA for the Kubernetes and Helm providers (also what aws eks update-kubeconfig reads)',
    grants: [{ actions: ['eks:DescribeCluster'] }],
  },

  // --- ECR (core, platform, jobs) ---
  aws_ecr_repository: {
    why: 'creates the repository, KMS-encrypted (ECR makes a grant on the key), scanned on push',
    grants: [
      {
        actions: [
          'ecr:CreateRepository',
          'ecr:DescribeRepositories',
          'ecr:DeleteRepository',
          'ecr:ListTagsForResource',
          'ecr:TagResource',
          'ecr:UntagResource',
          'ecr:PutImageScanningConfiguration',
          'ecr:PutImageTagMutability',
        ],
      },
      { actions: ['kms:DescribeKey', 'kms:RetireGrant'] },
      { actions: ['kms:CreateGrant'], condition: grantForAwsResource },
    ],
  },
  aws_ecr_repository_policy: {
    why: 'the repository policy that lets only the deployers push (internal/service/ecr/repository_policy.go: Set, Get, Delete)',
    grants: [{ actions: ['ecr:SetRepositoryPolicy', 'ecr:GetRepositoryPolicy', 'ecr:DeleteRepositoryPolicy'] }],
  },
  aws_ecr_lifecycle_policy: {
    why: 'expires old images',
    grants: [{ actions: ['ecr:PutLifecyclePolicy', 'ecr:GetLifecyclePolicy', 'ecr:DeleteLifecyclePolicy'] }],
  },
  'data.aws_ecr_authorization_token': {
    why: 'the registry login the docker provider pushes with',
    grants: [{ actions: ['ecr:GetAuthorizationToken'] }],
  },
  docker_registry_image: {
    why: 'pushes the images (keep_remotely: a destroy leaves them to the repository, which the core destroy deletes)',
    grants: [
      {
        actions: [
          'ecr:BatchCheckLayerAvailability',
          'ecr:InitiateLayerUpload',
          'ecr:UploadLayerPart',
          'ecr:CompleteLayerUpload',
          'ecr:PutImage',
          'ecr:BatchGetImage',
        ],
      },
    ],
  },
  docker_image: {
    why: 'builds locally; a job image is built FROM the base image, which Docker pulls from the repository',
    grants: [{ actions: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'] }],
  },

  // --- S3 buckets (state, data) and objects (data, jobs) ---
  aws_s3_bucket: {
    why: 'creates the buckets and reads every configuration the resource reports; force_destroy empties a bucket',
    grants: [
      {
        actions: [
          's3:CreateBucket',
          's3:DeleteBucket',
          's3:ListBucket',
          's3:GetBucketPolicy',
          's3:GetBucketAcl',
          's3:GetBucketCORS',
          's3:GetBucketWebsite',
          's3:GetBucketVersioning',
          's3:GetAccelerateConfiguration',
          's3:GetBucketRequestPayment',
          's3:GetBucketLogging',
          's3:GetLifecycleConfiguration',
          's3:GetReplicationConfiguration',
          's3:GetEncryptionConfiguration',
          's3:GetBucketObjectLockConfiguration',
          's3:GetBucketTagging',
          's3:PutBucketTagging',
        ],
        on: ['bucket'],
      },
      // force_destroy (dataBucket.allowDestroy): the delete first removes every object version and delete marker.
      { actions: ['s3:ListBucketVersions'], resources: (n) => n.forceDestroyBuckets.map((b) => n.bucketArn(b)) },
      {
        actions: ['s3:DeleteObject', 's3:DeleteObjectVersion'],
        resources: (n) => n.forceDestroyBuckets.map((b) => n.objectArn(b, '*')),
      },
    ],
  },
  aws_s3_bucket_versioning: {
    why: 'versioning',
    grants: [{ actions: ['s3:PutBucketVersioning', 's3:GetBucketVersioning'], on: ['bucket'] }],
  },
  aws_s3_bucket_server_side_encryption_configuration: {
    why: 'default encryption',
    grants: [{ actions: ['s3:PutEncryptionConfiguration', 's3:GetEncryptionConfiguration'], on: ['bucket'] }],
  },
  aws_s3_bucket_public_access_block: {
    why: 'the public access block (its delete is authorized as s3:PutBucketPublicAccessBlock)',
    grants: [{ actions: ['s3:PutBucketPublicAccessBlock', 's3:GetBucketPublicAccessBlock'], on: ['bucket'] }],
  },
  aws_s3_bucket_ownership_controls: {
    why: 'ACLs off (its delete is authorized as s3:PutBucketOwnershipControls)',
    grants: [{ actions: ['s3:PutBucketOwnershipControls', 's3:GetBucketOwnershipControls'], on: ['bucket'] }],
  },
  aws_s3_bucket_policy: {
    why: 'the bucket policies',
    grants: [{ actions: ['s3:PutBucketPolicy', 's3:GetBucketPolicy', 's3:DeleteBucketPolicy'], on: ['bucket'] }],
  },
  aws_s3_bucket_logging: {
    why: 'server access logging',
    grants: [{ actions: ['s3:PutBucketLogging', 's3:GetBucketLogging'], on: ['bucket'] }],
  },
  aws_s3_bucket_lifecycle_configuration: {
    why: 'expiry rules (their delete is authorized as s3:PutLifecycleConfiguration)',
    grants: [{ actions: ['s3:PutLifecycleConfiguration', 's3:GetLifecycleConfiguration'], on: ['bucket'] }],
  },
  aws_s3_object: {
    why: 'uploads the objects, SSE-KMS through S3; in a versioned bucket the delete removes every version',
    grants: [
      {
        actions: [
          's3:PutObject',
          's3:GetObject',
          's3:DeleteObject',
          's3:DeleteObjectVersion',
          's3:GetObjectTagging',
          's3:PutObjectTagging',
        ],
        resources: (n) => n.objectBuckets.map((b) => n.objectArn(b, '*')),
      },
      { actions: ['s3:ListBucketVersions'], resources: (n) => n.objectBuckets.map((b) => n.bucketArn(b)) },
      { actions: ['kms:GenerateDataKey', 'kms:Decrypt'], condition: viaS3 },
    ],
  },
};
