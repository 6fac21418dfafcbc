import { SparkHistoryServer, SparkHistoryServerProps } from '../../src/constructs/spark-history-server';
import { synthInStack } from '../../test-support/stack';
import { parseStack, resource } from '../../test-support/terraform-json';

const props: SparkHistoryServerProps = {
  namespace: 'spark-operator',
  image: '111122223333.dkr.ecr.eu-west-1.amazonaws.com/acme/spark-jobs@sha256:abc',
  roleArn: 'arn:aws:iam::111122223333:role/acme-history',
  logDirectory: 's3a://acme-data/spark-events/',
  credentialsProvider: 'com.amazonaws.auth.WebIdentityTokenCredentialsProvider',
  region: 'eu-west-1',
  size: { vcpu: 0.5, memoryGiB: 2 },
};
const synth = (overrides: Partial<SparkHistoryServerProps> = {}) =>
  parseStack(synthInStack((s) => new SparkHistoryServer(s, 'history', { ...props, ...overrides })));

describe('SparkHistoryServer', () => {
  const stack = synth();
  const pod = resource(stack, 'kubernetes_deployment_v1', 'history_deployment').spec.template.spec;
  const container = pod.container[0];

  it('runs the HistoryServer class from the given image, as its own IRSA service account', () => {
    expect(container.image).toBe(props.image);
    expect(container.command).toEqual(['/opt/spark/bin/spark-class', 'org.apache.spark.deploy.history.HistoryServer']);
    expect(pod.service_account_name).toBe('${kubernetes_service_account_v1.history_service-account.metadata[0].name}');
    expect(resource(stack, 'kubernetes_service_account_v1', 'history_service-account').metadata).toMatchObject({
      name: 'spark-history-server',
      annotations: { 'eks.amazonaws.com/role-arn': props.roleArn },
    });
  });

  it('reads the event logs with the line’s credentials provider', () => {
    const opts = container.env.find((e: { name: string }) => e.name === 'SPARK_HISTORY_OPTS').value as string;
    expect(opts.split(' ')).toEqual(
      expect.arrayContaining([
        '-Dspark.history.fs.logDirectory=s3a://acme-data/spark-events/',
        '-Dspark.history.ui.port=18080',
        '-Dspark.hadoop.fs.s3a.aws.credentials.provider=com.amazonaws.auth.WebIdentityTokenCredentialsProvider',
        '-Dspark.hadoop.fs.s3a.endpoint.region=eu-west-1',
      ]),
    );
  });

  it('is sized to a Fargate size with requests equal to limits', () => {
    expect(container.resources).toEqual({
      requests: { cpu: '500m', memory: '1792Mi' },
      limits: { cpu: '500m', memory: '1792Mi' },
    });
  });

  it('runs as the non-root Spark user without privileges, on a read-only filesystem but /tmp', () => {
    expect(pod.security_context).toMatchObject({
      run_as_non_root: true,
      run_as_user: '185',
      seccomp_profile: { type: 'RuntimeDefault' },
    });
    expect(container.security_context).toMatchObject({
      allow_privilege_escalation: false,
      read_only_root_filesystem: true,
      capabilities: { drop: ['ALL'] },
    });
    expect(container.volume_mount).toEqual([{ name: 'tmp', mount_path: '/tmp' }]);
    expect(pod.volume).toEqual([{ name: 'tmp', empty_dir: { size_limit: '1Gi' } }]);
    expect(pod.automount_service_account_token).toBe(false);
  });

  it('serves the UI on a ClusterIP service, port 18080, that selects its pod', () => {
    const service = resource(stack, 'kubernetes_service_v1', 'history_service').spec;
    expect(service).toMatchObject({ type: 'ClusterIP', port: [{ port: 18080, target_port: 'http' }] });
    const deployment = resource(stack, 'kubernetes_deployment_v1', 'history_deployment').spec;
    expect(service.selector).toEqual(deployment.template.metadata.labels);
    expect(deployment.selector.match_labels).toEqual(deployment.template.metadata.labels);
    expect(container.port).toEqual([{ name: 'http', container_port: 18080 }]);
  });

  it('gives the JVM three quarters of the container memory as heap', () => {
    expect(container.env).toContainEqual({ name: 'SPARK_DAEMON_MEMORY', value: '1344m' });
  });

  it('refuses a log directory that is not s3a://', () => {
    expect(() => synth({ logDirectory: 's3://acme-data/spark-events/' })).toThrow(/s3a:\/\//);
  });
});
