import { DataAwsEksCluster } from '@cdktf/provider-aws/lib/data-aws-eks-cluster';
import { HelmProvider } from '@cdktf/provider-helm/lib/provider';
import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
import { Fn } from 'cdktf';
import { Construct } from 'constructs';

export const EXEC_API_VERSION = 'client.authentication.k8s.io/v1beta1';

export interface ClusterProvidersProps {
  /** Name of the EKS cluster to connect to. */
  readonly clusterName: string;
  readonly region: string;
  /**
   * Also configure the Helm provider.
   * @default true
   */
  readonly helm?: boolean;
}

/**
 * The Kubernetes and Helm providers for an EKS cluster looked up by name. Both authenticate with
 * `aws eks get-token` on every call rather than a token read once at plan time, which expires after 15 minutes
 * and would fail a long apply (the operator chart alone may wait 15 minutes for Fargate pods).
 */
export class ClusterProviders extends Construct {
  public readonly kubernetes: KubernetesProvider;
  public readonly helm?: HelmProvider;
  public readonly cluster: DataAwsEksCluster;

  constructor(scope: Construct, id: string, props: ClusterProvidersProps) {
    super(scope, id);
    this.cluster = new DataAwsEksCluster(this, 'cluster', { name: props.clusterName });
    const connection = {
      host: this.cluster.endpoint,
      clusterCaCertificate: Fn.base64decode(this.cluster.certificateAuthority.get(0).data),
    };
    const exec = {
      apiVersion: EXEC_API_VERSION,
      command: 'aws',
      args: ['eks', 'get-token', '--cluster-name', props.clusterName, '--region', props.region],
    };
    // The prebuilt kubernetes binding takes `exec` as a list of blocks; helm 3.x takes `kubernetes` and its `exec`
    // as objects.
    this.kubernetes = new KubernetesProvider(scope, 'kubernetes', { ...connection, exec: [exec] });
    if (props.helm ?? true) this.helm = new HelmProvider(scope, 'helm', { kubernetes: { ...connection, exec } });
  }
}
