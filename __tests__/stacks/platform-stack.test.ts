import { readFileSync } from 'node:fs';
import { defaultConfig, configWith } from '../../test-support/config';
import { referencedOutput, synthesizeApp, SynthesizedApp } from '../../test-support/synth';
import { resource, resources } from '../../test-support/terraform-json';
import { validateConfig } from '../../src/config/load';
import { rawWith } from '../../test-support/config';
import {
  fromTerraformKeys,
  providerContainerSecurityContext,
  restrictedViolations,
} from '../../test-support/pod-security';

describe('PlatformStack (whole-App synth)', () => {
  let app: SynthesizedApp;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let platform: Record<string, any>;
  beforeAll(() => {
    app = synthesizeApp(defaultConfig());
    platform = app.stack('spark-eks-platform');
  });
  afterAll(() => app.cleanup());

  it('keeps its state under its own key and reads core’s state from the state bucket', () => {
    expect(platform.terraform.backend.s3).toMatchObject({ key: 'spark-eks/platform.tfstate', use_lockfile: true });
    expect(platform.data.terraform_remote_state['cross-stack-reference-input-spark-eks-core'].config).toMatchObject({
      bucket: 'spark-eks-tfstate-example',
      key: 'spark-eks/core.tfstate',
    });
  });

  it('connects the kubernetes provider with exec as a list and the helm provider with exec as an object', () => {
    const exec = {
      api_version: 'client.authentication.k8s.io/v1beta1',
      command: 'aws',
      args: ['eks', 'get-token', '--cluster-name', 'spark-eks', '--region', 'eu-west-1'],
    };
    const connection = {
      host: '${data.aws_eks_cluster.cluster_cluster.endpoint}',
      cluster_ca_certificate: '${base64decode(data.aws_eks_cluster.cluster_cluster.certificate_authority[0].data)}',
    };
    expect(platform.provider.kubernetes).toEqual([{ ...connection, exec: [exec] }]);
    expect(platform.provider.helm).toEqual([{ kubernetes: { ...connection, exec } }]);
    expect(platform.data.aws_eks_cluster.cluster_cluster.name).toBe('spark-eks');
    expect(platform.data.aws_eks_cluster_auth).toBeUndefined();
  });

  it('creates the operator and job namespaces', () => {
    expect(
      resources(platform, 'kubernetes_namespace_v1')
        .map((n) => n.body.metadata.name)
        .sort(),
    ).toEqual(['aws-observability', 'spark-jobs', 'spark-operator']);
  });

  it('enforces Pod Security restricted, at the cluster’s minor version, in every namespace that runs pods', () => {
    const config = defaultConfig();
    for (const ns of [config.namespaces.operator, ...config.namespaces.jobs]) {
      const labels = resource(platform, 'kubernetes_namespace_v1', `namespace-${ns}`).metadata.labels;
      for (const mode of ['enforce', 'audit', 'warn']) {
        expect(labels[`pod-security.kubernetes.io/${mode}`]).toBe('restricted');
        expect(labels[`pod-security.kubernetes.io/${mode}-version`]).toBe(`v${config.cluster.kubernetesVersion}`);
      }
    }
  });

  it('runs the history server within Pod Security restricted, as the provider sends its security contexts', () => {
    const spec = resource(platform, 'kubernetes_deployment_v1', 'history-server_deployment').spec.template.spec;
    expect(spec.container.length).toBeGreaterThan(0);
    for (const container of spec.container) {
      const pod = fromTerraformKeys(spec.security_context) as Record<string, unknown>;
      expect(restrictedViolations(pod, providerContainerSecurityContext(container.security_context))).toEqual([]);
    }
  });

  it('installs the operator after its namespaces, the log routing and the Fargate profiles', () => {
    const release = resource(platform, 'helm_release', 'spark-operator_release');
    expect(release.depends_on).toEqual([
      'kubernetes_namespace_v1.namespace-spark-operator',
      'kubernetes_namespace_v1.namespace-spark-jobs',
      'kubernetes_config_map_v1.fargate-logging_config',
    ]);
    // Each namespace names the Fargate profile of its pods, read from core's state.
    for (const ns of ['spark-operator', 'spark-jobs']) {
      const annotations = resource(platform, 'kubernetes_namespace_v1', `namespace-${ns}`).metadata.annotations;
      expect(referencedOutput(app, annotations['spark-on-eks/fargate-profile-arn'])).toBe(
        `\${aws_eks_fargate_profile.fargate-${ns}_profile.arn}`,
      );
    }
  });

  it('rolls CoreDNS once the Fargate log routing exists, so its logs reach CloudWatch', () => {
    const restart = resource(platform, 'kubernetes_annotations', 'fargate-logging_restart-kube-system-coredns');
    expect(restart.metadata).toEqual({ name: 'coredns', namespace: 'kube-system' });
    expect(restart.depends_on).toEqual(['kubernetes_config_map_v1.fargate-logging_config']);
    expect(Object.keys(restart.template_annotations)).toEqual(['spark-on-eks/aws-logging-sha256']);
  });

  it('patches the operator Deployments only after the release', () => {
    const patches = resources(platform, 'kubernetes_annotations').filter((p) => p.name.includes('fargate-patch'));
    expect(patches.map((p) => p.body.metadata.name)).toEqual(['spark-operator-controller', 'spark-operator-webhook']);
    for (const patch of patches) expect(patch.body.depends_on).toEqual(['helm_release.spark-operator_release']);
  });

  it('annotates the spark service account with the namespace’s IRSA role from core', () => {
    const sa = resource(platform, 'kubernetes_service_account_v1', 'spark-spark-jobs_service-account');
    const annotation = sa.metadata.annotations['eks.amazonaws.com/role-arn'] as string;
    expect(referencedOutput(app, annotation)).toBe('${aws_iam_role.spark-role-spark-jobs_role_role.arn}');
    expect(sa.metadata.namespace).toBe('${kubernetes_namespace_v1.namespace-spark-jobs.metadata[0].name}');
  });

  it('runs the history server from the base image, reading the event-log prefix of core’s data bucket', () => {
    const container = resource(platform, 'kubernetes_deployment_v1', 'history-server_deployment').spec.template.spec
      .container[0];
    expect(container.image).toMatch(
      /^\$\{data\.terraform_remote_state\..*repository_url\}@\$\{docker_registry_image\.base-image_push\.sha256_digest\}$/,
    );
    const opts = container.env[0].value as string;
    const bucket = /logDirectory=s3a:\/\/(\$\{[^}]+\})\/spark-events\//.exec(opts)?.[1];
    expect(bucket).toBeDefined();
    expect(referencedOutput(app, bucket as string)).toBe('${aws_s3_bucket.data_bucket_bucket.bucket}');
    const sa = resource(platform, 'kubernetes_service_account_v1', 'history-server_service-account');
    expect(referencedOutput(app, sa.metadata.annotations['eks.amazonaws.com/role-arn'])).toBe(
      '${aws_iam_role.history-server-role_role_role.arn}',
    );
  });

  it('leaves the history server out when disabled', () => {
    const other = synthesizeApp(configWith({ historyServer: { enabled: false } }));
    try {
      expect(resources(other.stack('spark-eks-platform'), 'kubernetes_deployment_v1')).toEqual([]);
    } finally {
      other.cleanup();
    }
  });

  it('is deployed after core, which comes after the data stack, which comes after state', () => {
    const manifest = JSON.parse(readFileSync(`${app.outdir}/manifest.json`, 'utf8'));
    expect(manifest.stacks['spark-eks-platform'].dependencies.sort()).toEqual(['spark-eks-core', 'spark-eks-data']);
    expect(manifest.stacks['spark-eks-core'].dependencies).toEqual(['spark-eks-data']);
    // The state stack is bootstrapped on its own; nothing waits for it, so `deploy data core platform jobs` keeps order.
    expect(manifest.stacks['spark-eks-data'].dependencies).toEqual([]);
  });
});

describe('platform config errors', () => {
  it.each([
    [{ sparkOperator: { releaseName: 'Spark_Operator' } }, 'sparkOperator.releaseName', /DNS label/],
    [{ sparkOperator: { chartVersion: '3.0.0' } }, 'sparkOperator.chartVersion', /2\.x chart version/],
    [{ sparkOperator: { controllerWorkers: 0 } }, 'sparkOperator.controllerWorkers', /at least 1/],
    [{ historyServer: { size: { vcpu: 3, memoryGiB: 6 } } }, 'historyServer.size', /not a Fargate size/],
  ])('%j names %s', (patch, keyPath, message) => {
    expect(() => validateConfig(rawWith(patch), 'test.yaml')).toThrow(
      new RegExp(`test\\.yaml: ${keyPath.replace(/\./g, '\\.')}: .*${message.source}`),
    );
  });
});
