import { parse } from 'yaml';
import { Release } from '@cdktf/provider-helm/lib/release';
import { NamespaceV1 } from '@cdktf/provider-kubernetes/lib/namespace-v1';
import { SparkOperator, SparkOperatorProps } from '../../src/constructs/spark-operator';
import { synthInStack } from '../../test-support/stack';
import { parseStack, resource, resources } from '../../test-support/terraform-json';

const baseProps: Omit<SparkOperatorProps, 'dependsOn'> = {
  namespace: 'spark-operator',
  releaseName: 'spark-operator',
  chartVersion: '2.5.2',
  jobNamespaces: ['spark-jobs', 'etl'],
  sparkServiceAccount: 'spark',
  controllerSize: { vcpu: 1, memoryGiB: 3 },
  webhookSize: { vcpu: 0.25, memoryGiB: 0.5 },
};

const synthText = (props: Partial<SparkOperatorProps> = {}) =>
  synthInStack((stack) => {
    const marker = new NamespaceV1(stack, 'marker', { metadata: { name: 'x' } });
    new SparkOperator(stack, 'operator', { ...baseProps, dependsOn: [marker], ...props });
  });
const synth = (props: Partial<SparkOperatorProps> = {}) => parseStack(synthText(props));
const release = (props: Partial<SparkOperatorProps> = {}) => resource(synth(props), 'helm_release', 'operator_release');
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const values = (props: Partial<SparkOperatorProps> = {}): any => parse(release(props).values[0] as string);

describe('SparkOperator', () => {
  it('installs the pinned chart from the Kubeflow repository, waiting long enough for Fargate', () => {
    expect(synthText()).toHaveResourceWithProperties(Release, {
      repository: 'https://kubeflow.github.io/spark-operator',
      chart: 'spark-operator',
      version: '2.5.2',
      name: 'spark-operator',
      namespace: 'spark-operator',
      create_namespace: false,
      wait: true,
      atomic: true,
      timeout: 900,
    });
  });

  it('refuses a timeout too short for Fargate cold starts and a chart that is not 2.x', () => {
    expect(() => synth({ timeoutSeconds: 300 })).toThrow(/timeoutSeconds must be at least 900/);
    expect(() => synth({ chartVersion: '1.1.6' })).toThrow(/not a 2\.x version/);
  });

  it('watches the job namespaces and leaves the Spark service account and RBAC to Terraform', () => {
    expect(values().spark).toEqual({
      jobNamespaces: ['spark-jobs', 'etl'],
      serviceAccount: { create: false, name: 'spark' },
      rbac: { create: false },
    });
  });

  it('sizes the controller and webhook to Fargate sizes with requests equal to limits', () => {
    const v = values({ controllerWorkers: 20 });
    expect(v.controller).toEqual({
      replicas: 1,
      workers: 20,
      resources: { requests: { cpu: '1', memory: '2816Mi' }, limits: { cpu: '1', memory: '2816Mi' } },
    });
    expect(v.webhook).toEqual({
      enable: true,
      replicas: 2,
      port: 9443,
      failurePolicy: 'Fail',
      resources: { requests: { cpu: '250m', memory: '256Mi' }, limits: { cpu: '250m', memory: '256Mi' } },
      podDisruptionBudget: { enable: true, minAvailable: 1 },
    });
    expect(release().values[0]).not.toMatch(/[&*]a\d/);
  });

  it('passes fullnameOverride only when set', () => {
    expect(values().fullnameOverride).toBeUndefined();
    expect(values({ fullnameOverride: 'sparkop' }).fullnameOverride).toBe('sparkop');
  });

  it('installs after what it is told to depend on', () => {
    expect(release().depends_on).toEqual(['kubernetes_namespace_v1.marker']);
  });

  it.each([
    [{}, ['spark-operator-controller', 'spark-operator-webhook']],
    [{ releaseName: 'my-op' }, ['my-op-spark-operator-controller', 'my-op-spark-operator-webhook']],
    [{ releaseName: 'my-op', fullnameOverride: 'sparkop' }, ['sparkop-controller', 'sparkop-webhook']],
  ])('patches both Deployments for Fargate after the release (%j)', (props, names) => {
    const patches = resources(synth(props), 'kubernetes_annotations').map((p) => p.body);
    expect(patches.map((p) => p.metadata.name)).toEqual(names);
    for (const patch of patches) {
      expect(patch).toMatchObject({
        api_version: 'apps/v1',
        kind: 'Deployment',
        metadata: { namespace: 'spark-operator' },
        template_annotations: { 'eks.amazonaws.com/compute-type': 'fargate' },
        force: true,
        depends_on: ['helm_release.operator_release'],
      });
    }
  });
});
