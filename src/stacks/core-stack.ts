import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group';
import { callerIdentity, deployerPrincipalArn } from '../aws/caller';
import { TerraformOutput } from 'cdktf';
import { Construct } from 'constructs';
import { iamRoleName } from '../aws/iam-names';
import { EnvironmentConfig } from '../config/schema';
import { ClusterOidcProvider } from '../constructs/cluster-oidc-provider';
import { CoreDnsAddon } from '../constructs/core-dns-addon';
import { controlPlaneLogGroupName, EksCluster } from '../constructs/eks-cluster';
import { EncryptionKey } from '../constructs/encryption-key';
import { FargatePodExecutionRole } from '../constructs/fargate-pod-execution-role';
import { FargateProfile } from '../constructs/fargate-profile';
import { ImageRepository } from '../constructs/image-repository';
import { flowLogGroupName, Network } from '../constructs/network';
import { ServiceAccountRole } from '../constructs/service-account-role';
import { BASE_IMAGE_TAG_PREFIX } from '../docker/image-tags';
import { eksUnsupportedZoneIds } from '../eks/zones';
import { HISTORY_SERVER_SERVICE_ACCOUNT, SPARK_SERVICE_ACCOUNT } from '../spark/service-accounts';
import { DataStack } from './data-stack';
import { ProjectStack } from './project-stack';
import { awsProvider, requireTerraformVersion, stackId, useRemoteState } from './stack-settings';

/** The EKS cluster's name: the prefix, so that every name of an environment starts the same. */
export function clusterName(config: EnvironmentConfig): string {
  return config.prefix;
}

/** Where Fargate's log router sends pod logs; the platform stack's aws-logging ConfigMap names it. */
export function fargateLogGroupName(config: EnvironmentConfig): string {
  return `/aws/eks/${clusterName(config)}/fargate`;
}

/**
 * The AWS half: network, the EKS cluster on Fargate with its profiles and CoreDNS, IRSA (with access to the data
 * stack's bucket), the image repository and the log groups. Nothing here holds data: destroying it leaves the
 * bucket. Other stacks consume its public fields as cross-stack references.
 */
export class CoreStack extends ProjectStack {
  public readonly network: Network;
  public readonly cluster: EksCluster;
  public readonly oidcProvider: ClusterOidcProvider;
  /** Fargate profiles by namespace: kube-system, the operator namespace and every job namespace. */
  public readonly fargateProfiles: ReadonlyMap<string, FargateProfile>;
  /** IRSA role of the `spark` service account, by job namespace. */
  public readonly sparkRoles: ReadonlyMap<string, ServiceAccountRole>;
  /** IRSA role of the history server, when it is enabled. */
  public readonly historyServerRole?: ServiceAccountRole;
  public readonly repository: ImageRepository;
  /** Where Fargate's log router sends pod logs. */
  public readonly fargateLogGroup: CloudwatchLogGroup;
  /** Encrypts every log group of the stack. */
  public readonly logsKey: EncryptionKey;

  constructor(scope: Construct, config: EnvironmentConfig, data: DataStack) {
    super(scope, stackId(config, 'core'));
    useRemoteState(this, config, 'core');
    requireTerraformVersion(this);
    awsProvider(this, config);

    const name = clusterName(config);
    const accountId = callerIdentity(this).accountId;

    // One key for the stack's log groups. CloudWatch Logs encrypts with it itself, so its policy names the service,
    // for exactly these log groups (the encryption context carries the group's ARN); writers need no KMS permission.
    const logGroupNames = [
      controlPlaneLogGroupName(name),
      fargateLogGroupName(config),
      flowLogGroupName(config.prefix),
    ];
    this.logsKey = new EncryptionKey(this, 'logs-key', {
      alias: `${config.prefix}-logs`,
      description: `Encrypts the CloudWatch log groups of ${config.prefix}: ${logGroupNames.join(', ')}`,
      // The log groups go with the stack, and with them everything the key encrypted.
      preventDestroy: false,
      serviceGrants: [
        {
          sid: 'CloudWatchLogsForTheseLogGroups',
          service: `logs.${config.region}.amazonaws.com`,
          actions: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'],
          conditions: [
            {
              test: 'ArnLike',
              variable: 'kms:EncryptionContext:aws:logs:arn',
              values: logGroupNames.map((group) => `arn:aws:logs:${config.region}:${accountId}:log-group:${group}`),
            },
          ],
        },
      ],
    });

    this.network = new Network(this, 'network', {
      namePrefix: config.prefix,
      region: config.region,
      accountId,
      cidr: config.network.vpcCidr,
      azCount: config.network.azCount,
      // The cluster's network interfaces go into the private subnets, so no subnet may be in a zone EKS refuses; the
      // Fargate profiles and the interface endpoints use the same private subnets, so they follow the same zones.
      excludeZoneIds: eksUnsupportedZoneIds(config.region),
      natGateways: config.network.natGateways,
      interfaceEndpoints: config.network.vpcEndpoints,
      flowLogRetentionDays: config.logging.retentionDays,
      flowLogKmsKeyArn: this.logsKey.arn,
    });

    this.cluster = new EksCluster(this, 'eks', {
      clusterName: name,
      kubernetesVersion: config.cluster.kubernetesVersion,
      supportType: config.cluster.supportType,
      subnetIds: this.network.privateSubnetIds,
      publicAccessCidrs: config.cluster.publicAccessCidrs,
      adminPrincipalArns: config.cluster.adminPrincipalArns,
      bootstrapCreatorAdmin: config.cluster.bootstrapCreatorAdmin,
      logRetentionDays: config.logging.retentionDays,
      logKmsKeyArn: this.logsKey.arn,
    });

    this.fargateLogGroup = new CloudwatchLogGroup(this, 'fargate-logs', {
      name: fargateLogGroupName(config),
      retentionInDays: config.logging.retentionDays,
      kmsKeyId: this.logsKey.arn,
    });
    const podExecutionRole = new FargatePodExecutionRole(this, 'fargate-pod-execution', {
      clusterName: name,
      region: config.region,
      accountId,
      logGroupArn: this.fargateLogGroup.arn,
    });

    const fargateProfile = (namespace: string, previous?: FargateProfile) =>
      new FargateProfile(this, `fargate-${namespace}`, {
        clusterName: this.cluster.name,
        podExecutionRoleArn: podExecutionRole.arn,
        namespace,
        subnetIds: this.network.privateSubnetIds,
        dependsOn: previous ? [previous.profile] : [...podExecutionRole.role.attachments],
      });
    const kubeSystem = fargateProfile('kube-system');
    const profiles = new Map<string, FargateProfile>([['kube-system', kubeSystem]]);
    let previous = kubeSystem;
    for (const namespace of [config.namespaces.operator, ...config.namespaces.jobs]) {
      previous = fargateProfile(namespace, previous);
      profiles.set(namespace, previous);
    }
    this.fargateProfiles = profiles;

    new CoreDnsAddon(this, 'coredns', {
      clusterName: this.cluster.name,
      kubernetesVersion: config.cluster.kubernetesVersion,
      addonVersion: config.cluster.addonVersions.coredns,
      kubeSystemProfile: kubeSystem.profile,
    });

    this.oidcProvider = new ClusterOidcProvider(this, 'oidc', { issuerUrl: this.cluster.oidcIssuerUrl });

    const { dataBucket } = data;
    const prefixes = config.dataBucket.prefixes;

    const sparkRoles = new Map<string, ServiceAccountRole>();
    for (const namespace of config.namespaces.jobs) {
      const role = new ServiceAccountRole(this, `spark-role-${namespace}`, {
        oidcProvider: this.oidcProvider,
        namespace,
        serviceAccountName: SPARK_SERVICE_ACCOUNT,
        roleName: iamRoleName(config.prefix, 'spark', namespace),
        description: `Spark drivers and executors in namespace ${namespace}`,
      });
      dataBucket.grantReadWrite(role, 'data-bucket', [prefixes.input, prefixes.output, prefixes.eventLogs]);
      sparkRoles.set(namespace, role);
    }
    this.sparkRoles = sparkRoles;

    if (config.historyServer.enabled) {
      this.historyServerRole = new ServiceAccountRole(this, 'history-server-role', {
        oidcProvider: this.oidcProvider,
        namespace: config.namespaces.operator,
        serviceAccountName: HISTORY_SERVER_SERVICE_ACCOUNT,
        roleName: iamRoleName(config.prefix, 'spark-history-server'),
        description: 'Spark History Server: reads the event logs',
      });
      dataBucket.grantRead(this.historyServerRole, 'event-logs', [prefixes.eventLogs]);
    }

    this.repository = new ImageRepository(this, 'images', {
      repositoryName: `${config.prefix}/spark-jobs`,
      keyAlias: `${config.prefix}-ecr`,
      keepImages: config.ecr.keepImages,
      imageTagPrefixes: [BASE_IMAGE_TAG_PREFIX, ...config.jobs.map((j) => j.name)],
      // The identity that applies this stack pushes the images when it applies platform and jobs; CI roles or others
      // that deploy those stacks are named in the config. Fargate's kubelet pulls with the pod execution role; the
      // IRSA roles of the Spark pods and the history server get no ECR access at all.
      pushPrincipalArns: [deployerPrincipalArn(this), ...config.ecr.pushPrincipalArns],
      pullPrincipalArns: [podExecutionRole.arn],
    });

    const output = (id: string, value: unknown, description: string) =>
      new TerraformOutput(this, id, { value, description });
    output('cluster_name', this.cluster.name, 'EKS cluster name');
    output('cluster_endpoint', this.cluster.endpoint, 'Kubernetes API endpoint');
    output(
      'update_kubeconfig_command',
      `aws eks update-kubeconfig --name ${name} --region ${config.region}`,
      'Adds the cluster to your kubeconfig',
    );
    output('oidc_provider_arn', this.oidcProvider.arn, 'IAM OIDC provider of the cluster (IRSA)');
    output(
      'spark_role_arns',
      Object.fromEntries([...sparkRoles].map(([ns, role]) => [ns, role.arn])),
      'IRSA role of the spark service account, by job namespace',
    );
    if (this.historyServerRole) {
      output('history_server_role_arn', this.historyServerRole.arn, 'IRSA role of the Spark History Server');
    }
    output('ecr_repository_url', this.repository.repositoryUrl, 'ECR repository of the job images');
    output('fargate_log_group_name', this.fargateLogGroup.name, 'CloudWatch log group of pod logs');
  }
}
