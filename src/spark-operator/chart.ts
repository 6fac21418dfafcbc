/**
 * Facts of the Kubeflow Spark Operator Helm chart 2.x (charts/spark-operator-chart) that this project relies on.
 */
export const CHART_REPOSITORY = 'https://kubeflow.github.io/spark-operator';
export const CHART_NAME = 'spark-operator';
/**
 * The Spark of the operator image of each chart version the project knows (its Dockerfile's `FROM` spark image): the
 * controller runs this `spark-submit` for every SparkApplication.
 */
export const OPERATOR_SPARK_VERSION: Readonly<Record<string, string>> = { '2.5.2': '4.0.4' };

/** The admission webhook's default port; the control plane calls it on the pod IP. */
export const WEBHOOK_PORT = 9443;

export interface ChartNaming {
  readonly releaseName: string;
  /** The chart's `fullnameOverride` value. @default unset */
  readonly fullnameOverride?: string;
  /** The chart's `nameOverride` value. @default unset (the chart name) */
  readonly nameOverride?: string;
}

/**
 * The chart's `spark-operator.fullname` helper: `fullnameOverride` if set; else the release name if it contains
 * the chart name; else `<release>-<chart name>`; truncated to 63 characters without a trailing '-'.
 */
export function operatorFullname(naming: ChartNaming): string {
  const trim = (s: string) => s.slice(0, 63).replace(/-+$/, '');
  if (naming.fullnameOverride) return trim(naming.fullnameOverride);
  const name = naming.nameOverride || CHART_NAME;
  return trim(naming.releaseName.includes(name) ? naming.releaseName : `${naming.releaseName}-${name}`);
}

/** The names of the chart's two Deployments: `<fullname>-controller` and `<fullname>-webhook`. */
export function operatorDeploymentNames(naming: ChartNaming): {
  readonly controller: string;
  readonly webhook: string;
} {
  const fullname = operatorFullname(naming);
  return { controller: `${fullname}-controller`, webhook: `${fullname}-webhook` };
}

export interface ContainerResources {
  readonly requests: { readonly cpu: string; readonly memory: string };
  readonly limits: { readonly cpu: string; readonly memory: string };
}

/** The chart values this project sets; everything else keeps the chart's default. */
export interface SparkOperatorValues {
  readonly fullnameOverride?: string;
  readonly controller: {
    readonly replicas: number;
    readonly workers: number;
    readonly resources: ContainerResources;
  };
  readonly webhook: {
    readonly enable: boolean;
    readonly replicas: number;
    readonly port: number;
    readonly failurePolicy: 'Fail' | 'Ignore';
    readonly resources: ContainerResources;
    readonly podDisruptionBudget: { readonly enable: boolean; readonly minAvailable: number };
  };
  readonly spark: {
    readonly jobNamespaces: readonly string[];
    readonly serviceAccount: { readonly create: boolean; readonly name: string };
    readonly rbac: { readonly create: boolean };
  };
}
