import { Release } from '@cdktf/provider-helm/lib/release';
import { Annotations } from '@cdktf/provider-kubernetes/lib/annotations';
import { ITerraformDependable } from 'cdktf';
import { Construct } from 'constructs';
import { stringify } from 'yaml';
import { FargateSize, requestsForFargateSize } from '../fargate/sizes';
import {
  CHART_NAME,
  CHART_REPOSITORY,
  ContainerResources,
  operatorDeploymentNames,
  SparkOperatorValues,
  WEBHOOK_PORT,
} from '../spark-operator/chart';

/** The pod-template annotation the Deployment patch sets. */
export const FARGATE_COMPUTE_ANNOTATION = { 'eks.amazonaws.com/compute-type': 'fargate' } as const;

/** Fargate needs a fresh micro-VM per pod: allow for image pulls and cold starts before giving up. */
export const MIN_TIMEOUT_SECONDS = 900;

export interface SparkOperatorProps {
  /** Namespace of the release; it must exist and have a Fargate profile. */
  readonly namespace: string;
  readonly releaseName: string;
  readonly chartVersion: string;
  /**
   * The chart's fullnameOverride.
   * @default unset: the chart derives names from the release name
   */
  readonly fullnameOverride?: string;
  /** Namespaces whose SparkApplications the operator handles. */
  readonly jobNamespaces: readonly string[];
  /** Service account the Spark pods run as; Terraform creates it (the chart does not). */
  readonly sparkServiceAccount: string;
  /** Fargate size of the controller pod, which runs a spark-submit JVM per submission. */
  readonly controllerSize: FargateSize;
  readonly webhookSize: FargateSize;
  /**
   * Concurrent reconcile workers.
   * @default 10
   */
  readonly controllerWorkers?: number;
  /**
   * Seconds Helm waits for the Deployments to be ready.
   * @default 900
   */
  readonly timeoutSeconds?: number;
  /**
   * Resources to create first: the namespaces, the Fargate log routing, and whatever proves the Fargate profiles
   * exist. Pods created before their profile stay Pending forever.
   */
  readonly dependsOn: ITerraformDependable[];
}

/**
 * The Kubeflow Spark Operator (chart 2.x) on Fargate: a Helm release whose values come from a typed object, with
 * the chart's own Spark service account and RBAC turned off (Terraform owns them), and both of its Deployments
 * patched with the Fargate compute-type annotation once the release exists.
 */
export class SparkOperator extends Construct {
  public readonly release: Release;
  public readonly values: SparkOperatorValues;
  public readonly deploymentPatches: Annotations[];

  constructor(scope: Construct, id: string, props: SparkOperatorProps) {
    super(scope, id);
    const timeout = props.timeoutSeconds ?? MIN_TIMEOUT_SECONDS;
    if (timeout < MIN_TIMEOUT_SECONDS) {
      throw new Error(
        `SparkOperator ${id}: timeoutSeconds must be at least ${MIN_TIMEOUT_SECONDS} for Fargate cold starts`,
      );
    }
    if (!/^2\.\d+\.\d+$/.test(props.chartVersion)) {
      throw new Error(`SparkOperator ${id}: chartVersion "${props.chartVersion}" is not a 2.x version`);
    }
    if (props.jobNamespaces.length === 0) throw new Error(`SparkOperator ${id}: jobNamespaces must not be empty`);

    this.values = {
      ...(props.fullnameOverride ? { fullnameOverride: props.fullnameOverride } : {}),
      controller: {
        replicas: 1,
        workers: props.controllerWorkers ?? 10,
        resources: equalRequestsAndLimits(props.controllerSize),
      },
      webhook: {
        enable: true,
        // With failurePolicy Fail, no Spark pod starts while the webhook is down; Fargate replaces pods for
        // maintenance, so two replicas and a disruption budget keep one up.
        replicas: 2,
        port: WEBHOOK_PORT,
        failurePolicy: 'Fail',
        resources: equalRequestsAndLimits(props.webhookSize),
        podDisruptionBudget: { enable: true, minAvailable: 1 },
      },
      spark: {
        jobNamespaces: [...props.jobNamespaces],
        serviceAccount: { create: false, name: props.sparkServiceAccount },
        rbac: { create: false },
      },
    };

    this.release = new Release(this, 'release', {
      name: props.releaseName,
      namespace: props.namespace,
      repository: CHART_REPOSITORY,
      chart: CHART_NAME,
      version: props.chartVersion,
      createNamespace: false,
      wait: true,
      atomic: true,
      cleanupOnFail: true,
      timeout,
      values: [stringify(this.values, { aliasDuplicateObjects: false })],
      dependsOn: props.dependsOn,
    });

    const names = operatorDeploymentNames(props);
    this.deploymentPatches = (['controller', 'webhook'] as const).map(
      (component) =>
        new Annotations(this, `${component}-fargate-patch`, {
          apiVersion: 'apps/v1',
          kind: 'Deployment',
          metadata: { name: names[component], namespace: props.namespace },
          templateAnnotations: { ...FARGATE_COMPUTE_ANNOTATION },
          force: true,
          dependsOn: [this.release],
        }),
    );
  }
}

/** Fargate sizes a pod by its requests; equal limits keep it within the size it is billed for. */
function equalRequestsAndLimits(size: FargateSize): ContainerResources {
  const requests = requestsForFargateSize(size);
  return { requests, limits: requests };
}
