import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { validateConfig } from '../src/config/load';
import { DEFAULT_CONFIG_FILE, rawWith } from '../test-support/config';
import { synthesizeApp, SynthesizedApp } from '../test-support/synth';
import { dataSources, resource, resources } from '../test-support/terraform-json';

/** A config that differs from the default in every value that must reach the output. */
const raw = rawWith(
  {
    prefix: 'acme',
    region: 'us-east-2',
    tags: { team: 'data' },
    network: { vpcCidr: '10.20.0.0/16', azCount: 3, natGateways: 'one-per-az' },
    cluster: {
      kubernetesVersion: '1.34',
      publicAccessCidrs: ['198.51.100.0/24'],
      adminPrincipalArns: ['arn:aws:iam::111122223333:role/PlatformAdmin'],
    },
    namespaces: { operator: 'ops', jobs: ['spark-jobs'] },
    sparkOperator: { releaseName: 'batch', controllerWorkers: 4 },
    spark: { line: '4.0' },
    stateBucket: { name: 'acme-tfstate' },
    dataBucket: { prefixes: { eventLogs: 'history' } },
    logging: { retentionDays: 90 },
  },
  parse(readFileSync(DEFAULT_CONFIG_FILE, 'utf8')),
);

describe('every config value reaches the synthesized stacks', () => {
  let app: SynthesizedApp;
  beforeAll(() => {
    app = synthesizeApp(validateConfig(raw, 'acme.yaml').config);
  });
  afterAll(() => app.cleanup());

  it('names stacks, state keys and the state key alias after the prefix', () => {
    expect([...app.stackNames].sort()).toEqual(['acme-core', 'acme-data', 'acme-jobs', 'acme-platform', 'acme-state']);
    for (const role of ['data', 'core', 'platform', 'jobs']) {
      expect(app.stack(`acme-${role}`).terraform.backend.s3).toEqual({
        bucket: 'acme-tfstate',
        key: `acme/${role}.tfstate`,
        region: 'us-east-2',
        encrypt: true,
        kms_key_id: 'alias/acme-tfstate',
        use_lockfile: true,
      });
    }
    expect(resource(app.stack('acme-state'), 'aws_kms_alias', 'state-bucket_kms_alias').name).toBe(
      'alias/acme-tfstate',
    );
    expect(resource(app.stack('acme-state'), 'aws_s3_bucket', 'state-bucket_bucket').bucket).toBe('acme-tfstate');
  });

  it('tags every resource with the config tags in the region', () => {
    for (const name of app.stackNames) {
      expect(app.stack(name).provider.aws[0]).toEqual({
        region: 'us-east-2',
        default_tags: [
          { tags: { project: 'spark-eks', environment: 'dev', team: 'data', 'spark-eks:prefix': 'acme' } },
        ],
      });
    }
  });

  it('builds the network and cluster as configured', () => {
    const core = app.stack('acme-core');
    expect(resource(core, 'aws_vpc', 'network_vpc').cidr_block).toBe('10.20.0.0/16');
    expect(resources(core, 'aws_nat_gateway')).toHaveLength(3);
    expect(resources(core, 'aws_subnet')).toHaveLength(6);
    const cluster = resource(core, 'aws_eks_cluster', 'eks_cluster');
    expect(cluster).toMatchObject({ name: 'acme', version: '1.34' });
    expect(cluster.vpc_config.public_access_cidrs).toEqual(['198.51.100.0/24']);
    expect(resources(core, 'aws_eks_access_entry').map((e) => e.body.principal_arn)).toEqual([
      'arn:aws:iam::111122223333:role/PlatformAdmin',
    ]);
    expect(resource(core, 'aws_eks_cluster', 'eks_cluster').version).toBe('1.34');
    expect(dataSources(core, 'aws_eks_addon_version').map((d) => d.body.kubernetes_version)).toEqual(['1.34']);
    expect(
      resources(core, 'aws_eks_fargate_profile')
        .map((p) => p.body.fargate_profile_name)
        .sort(),
    ).toEqual(['kube-system', 'ops', 'spark-jobs']);
    expect(resources(core, 'aws_cloudwatch_log_group').map((g) => g.body.retention_in_days)).toEqual([90, 90, 90]);
    expect(resource(app.stack('acme-data'), 'aws_s3_object', 'data_folder-history').key).toBe('history/');
  });

  it('installs the operator under the configured release, in the configured namespace', () => {
    const platform = app.stack('acme-platform');
    const release = resource(platform, 'helm_release', 'spark-operator_release');
    expect(release).toMatchObject({
      name: 'batch',
      namespace: '${kubernetes_namespace_v1.namespace-ops.metadata[0].name}',
    });
    expect(parse(release.values[0] as string).controller.workers).toBe(4);
    const patches = resources(platform, 'kubernetes_annotations').filter((p) => p.name.includes('fargate-patch'));
    expect(patches.map((p) => p.body.metadata.name)).toEqual([
      'batch-spark-operator-controller',
      'batch-spark-operator-webhook',
    ]);
  });

  it('builds the base image and the jobs for the configured Spark line', () => {
    const base = resource(app.stack('acme-platform'), 'docker_image', 'base-image_image');
    expect(base.build.build_args.SPARK_IMAGE).toBe('spark:4.0.2-scala2.13-java17-python3-ubuntu');
    const jars = (base.build.build_args.JARS as string).split(' ').map((entry) => entry.split('=')[0]);
    expect(jars).toContain('org/apache/hadoop/hadoop-aws/3.4.1/hadoop-aws-3.4.1.jar');
    expect(jars).toContain('software/amazon/awssdk/s3/2.29.52/s3-2.29.52.jar');
    const spec = resource(app.stack('acme-jobs'), 'kubernetes_manifest', 'job-spark-pi_application').manifest.spec;
    expect(spec.sparkVersion).toBe('4.0.2');
    expect(spec.hadoopConf['fs.s3a.aws.credentials.provider']).toBe(
      'software.amazon.awssdk.auth.credentials.WebIdentityTokenFileCredentialsProvider',
    );
    expect(spec.sparkConf['spark.eventLog.dir']).toMatch(/\/history\/$/);
  });
});
