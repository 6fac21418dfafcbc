import { NamespaceV1 } from '@cdktf/provider-kubernetes/lib/namespace-v1';
import * as path from 'node:path';
import { Construct } from 'constructs';
import { PROJECT_ROOT } from '../config/load';
import { EnvironmentConfig } from '../config/schema';
import { ClusterProviders } from '../constructs/cluster-providers';
import { EcrRegistry } from '../constructs/ecr-registry';
import { FargateLogRouting } from '../constructs/fargate-log-routing';
import { SparkHistoryServer } from '../constructs/spark-history-server';
import { SparkImage } from '../constructs/spark-image';
import { BASE_IMAGE_TAG_PREFIX } from '../docker/image-tags';
import { SparkOperator } from '../constructs/spark-operator';
import { SparkServiceAccount } from '../constructs/spark-service-account';
import { podSecurityLabels } from '../kubernetes/pod-security';
import { SPARK_SERVICE_ACCOUNT } from '../spark/service-accounts';
import { baseImageBuildArgs, baseImageDownloadArgs, sparkLineVersions } from '../spark/versions';
import { clusterName, CoreStack, fargateLogGroupName } from './core-stack';
import { DataStack } from './data-stack';
import { ProjectStack } from './project-stack';
import { awsProvider, requireTerraformVersion, stackId, useRemoteState } from './stack-settings';

function namespaceName(namespaces: ReadonlyMap<string, NamespaceV1>, name: string): string {
  const namespace = namespaces.get(name);
  if (!namespace) throw new Error(`PlatformStack: no namespace ${name}`);
  return namespace.metadata.name;
}

/** Annotation on each namespace naming the ARN of the Fargate profile that runs its pods. */
export const FARGATE_PROFILE_ANNOTATION = 'spark-on-eks/fargate-profile-arn';

export const BASE_IMAGE_CONTEXT = path.join(PROJECT_ROOT, 'docker', 'base');

/**
 * The Kubernetes half: Fargate log routing, the namespaces, the Spark operator with its Fargate patch, the
 * `spark` service account and RBAC of each job namespace, the job base image, and the Spark History Server.
 */
export class PlatformStack extends ProjectStack {
  public readonly operator: SparkOperator;
  public readonly jobNamespaces: ReadonlyMap<string, NamespaceV1>;
  public readonly sparkServiceAccounts: ReadonlyMap<string, SparkServiceAccount>;
  /** The job base image (Spark of the configured line plus the S3A jars), by digest. */
  public readonly baseImage: SparkImage;
  public readonly historyServer?: SparkHistoryServer;

  constructor(scope: Construct, config: EnvironmentConfig, data: DataStack, core: CoreStack) {
    super(scope, stackId(config, 'platform'));
    useRemoteState(this, config, 'platform');
    requireTerraformVersion(this);
    awsProvider(this, config);
    new ClusterProviders(this, 'cluster', { clusterName: clusterName(config), region: config.region });

    const logRouting = new FargateLogRouting(this, 'fargate-logging', {
      region: config.region,
      logGroupName: fargateLogGroupName(config),
      // CoreDNS starts with the cluster, in the core stack, before the routing exists: roll it so its logs are routed.
      restartDeployments: [{ namespace: 'kube-system', name: 'coredns' }],
    });

    // Every namespace that runs pods enforces Pod Security `restricted`: the chart's operator pods, the history server
    // and the Spark pods (through their SparkApplication security contexts) all meet it.
    // Each namespace records the Fargate profile its pods run on, read from the core stack's state: Terraform
    // cannot depend on another stack's resources, but the plan fails if a profile is missing, and everything that
    // runs pods here depends on its namespace.
    const namespace = (name: string) => {
      const profile = core.fargateProfiles.get(name);
      if (!profile) throw new Error(`PlatformStack: namespace ${name} has no Fargate profile in the core stack`);
      return new NamespaceV1(this, `namespace-${name}`, {
        metadata: {
          name,
          labels: {
            'app.kubernetes.io/part-of': config.prefix,
            ...podSecurityLabels('restricted', config.cluster.kubernetesVersion),
          },
          annotations: { [FARGATE_PROFILE_ANNOTATION]: profile.profile.arn },
        },
      });
    };
    const operatorNamespace = namespace(config.namespaces.operator);
    const jobNamespaces = new Map(config.namespaces.jobs.map((ns) => [ns, namespace(ns)]));
    this.jobNamespaces = jobNamespaces;

    this.sparkServiceAccounts = new Map(
      config.namespaces.jobs.map((ns) => {
        const role = core.sparkRoles.get(ns);
        if (!role) throw new Error(`PlatformStack: namespace ${ns} has no spark role in the core stack`);
        const account = new SparkServiceAccount(this, `spark-${ns}`, {
          namespace: namespaceName(jobNamespaces, ns),
          roleArn: role.arn,
        });
        return [ns, account];
      }),
    );

    this.operator = new SparkOperator(this, 'spark-operator', {
      namespace: operatorNamespace.metadata.name,
      releaseName: config.sparkOperator.releaseName,
      chartVersion: config.sparkOperator.chartVersion,
      fullnameOverride: config.sparkOperator.fullnameOverride,
      jobNamespaces: config.namespaces.jobs,
      sparkServiceAccount: SPARK_SERVICE_ACCOUNT,
      controllerSize: config.sparkOperator.controllerSize,
      webhookSize: config.sparkOperator.webhookSize,
      controllerWorkers: config.sparkOperator.controllerWorkers,
      dependsOn: [operatorNamespace, ...jobNamespaces.values(), logRouting.configMap],
    });

    new EcrRegistry(this, 'registry');
    this.baseImage = new SparkImage(this, 'base-image', {
      repositoryUrl: core.repository.repositoryUrl,
      contextDir: BASE_IMAGE_CONTEXT,
      tagPrefix: BASE_IMAGE_TAG_PREFIX,
      buildArgs: baseImageBuildArgs(config.spark.line),
      downloadArgs: baseImageDownloadArgs(config.imageBuild.mavenRepository),
      buildNetwork: config.imageBuild.network,
    });

    if (config.historyServer.enabled) {
      if (!core.historyServerRole) throw new Error('PlatformStack: the core stack has no history server role');
      this.historyServer = new SparkHistoryServer(this, 'history-server', {
        namespace: operatorNamespace.metadata.name,
        image: this.baseImage.imageByDigest,
        roleArn: core.historyServerRole.arn,
        logDirectory: `s3a://${data.dataBucket.bucketName}/${config.dataBucket.prefixes.eventLogs}/`,
        credentialsProvider: sparkLineVersions(config.spark.line).credentialsProvider,
        region: config.region,
        size: config.historyServer.size,
        dependsOn: [logRouting.configMap],
      });
    }
  }
}
