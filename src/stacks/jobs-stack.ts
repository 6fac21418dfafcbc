import { Construct } from 'constructs';
import { PROJECT_ROOT } from '../config/load';
import { jobFolder, sharedJobDockerfile } from '../config/jobs';
import { EnvironmentConfig } from '../config/schema';
import { ClusterProviders } from '../constructs/cluster-providers';
import { EcrRegistry } from '../constructs/ecr-registry';
import { RegistryImagePull } from '../constructs/registry-image-pull';
import { SparkJob } from '../constructs/spark-job';
import { sparkLineVersions } from '../spark/versions';
import { clusterName, CoreStack } from './core-stack';
import { DataStack } from './data-stack';
import { PlatformStack } from './platform-stack';
import { ProjectStack } from './project-stack';
import { awsProvider, requireTerraformVersion, stackId, useRemoteState } from './stack-settings';

/**
 * The jobs: per configured job, its image and its SparkApplication. It comes after the platform stack because
 * `kubernetes_manifest` plans against the live API, where the SparkApplication CRD exists only once the operator
 * is installed.
 */
export class JobsStack extends ProjectStack {
  public readonly jobs: ReadonlyMap<string, SparkJob>;

  constructor(scope: Construct, config: EnvironmentConfig, data: DataStack, core: CoreStack, platform: PlatformStack) {
    super(scope, stackId(config, 'jobs'));
    useRemoteState(this, config, 'jobs');
    requireTerraformVersion(this);
    awsProvider(this, config);
    new ClusterProviders(this, 'cluster', { clusterName: clusterName(config), region: config.region, helm: false });
    new EcrRegistry(this, 'registry');
    // Every job builds FROM the base image; pull it once, with the registry login that builds do not get.
    const basePull = new RegistryImagePull(this, 'base-image-pull', { image: platform.baseImage.imageByDigest });

    const application = {
      versions: sparkLineVersions(config.spark.line),
      region: config.region,
      bucket: data.dataBucket.bucketName,
      prefixes: config.dataBucket.prefixes,
    };
    this.jobs = new Map(
      config.jobs.map((job) => [
        job.name,
        new SparkJob(this, `job-${job.name}`, {
          job,
          contextDir: jobFolder(PROJECT_ROOT, job.name),
          sharedDockerfile: sharedJobDockerfile(PROJECT_ROOT),
          repositoryUrl: core.repository.repositoryUrl,
          baseImage: platform.baseImage,
          baseImagePull: basePull.image,
          buildNetwork: config.imageBuild.network,
          application,
        }),
      ]),
    );
  }
}
