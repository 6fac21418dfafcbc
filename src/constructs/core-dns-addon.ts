import { DataAwsEksAddonVersion } from '@cdktf/provider-aws/lib/data-aws-eks-addon-version';
import { EksAddon } from '@cdktf/provider-aws/lib/eks-addon';
import { ITerraformDependable } from 'cdktf';
import { Construct } from 'constructs';

export interface CoreDnsAddonProps {
  readonly clusterName: string;
  /** The cluster's Kubernetes version, e.g. `1.36`: the add-on version is chosen for it. */
  readonly kubernetesVersion: string;
  /**
   * A pinned add-on build, e.g. `v1.14.3-eksbuild.3`.
   * @default the newest build EKS publishes for the Kubernetes version in the region, read at plan time
   */
  readonly addonVersion?: string;
  /** The Fargate profile of kube-system: CoreDNS pods created before it exists stay Pending. */
  readonly kubeSystemProfile: ITerraformDependable;
  /**
   * How long Terraform waits for the add-on to become ACTIVE: Fargate starts each pod on a fresh micro-VM.
   * @default '25m'
   */
  readonly createTimeout?: string;
}

/**
 * Requests and limits of each CoreDNS pod: with the 256 MiB Fargate adds, they fit the smallest Fargate size,
 * 0.25 vCPU / 0.5 GB. Fargate sizes pods by requests, and equal limits keep a pod from being throttled into
 * needing a larger one.
 */
export const COREDNS_RESOURCES = { cpu: '0.25', memory: '256M' } as const;

/**
 * CoreDNS as an EKS managed add-on scheduled on Fargate (`computeType: Fargate` removes the annotation that
 * would pin it to EC2 nodes), created only after the kube-system Fargate profile.
 *
 * Without a pin, its version comes from `aws_eks_addon_version` (`most_recent`) for the cluster's own Kubernetes
 * version, read from EKS when Terraform plans: a build that EKS does not publish in the region can then not be
 * asked for, which would fail CreateAddon only after the cluster and its profiles were made. The data source takes
 * the configured version itself, not the cluster's attribute, so it is read at plan time even before the cluster
 * exists.
 */
export class CoreDnsAddon extends Construct {
  public readonly addon: EksAddon;
  /** The version lookup, when the version is not pinned. */
  public readonly versionLookup?: DataAwsEksAddonVersion;

  constructor(scope: Construct, id: string, props: CoreDnsAddonProps) {
    super(scope, id);
    if (props.addonVersion === undefined) {
      this.versionLookup = new DataAwsEksAddonVersion(this, 'version', {
        addonName: 'coredns',
        kubernetesVersion: props.kubernetesVersion,
        mostRecent: true,
      });
    }
    this.addon = new EksAddon(this, 'addon', {
      clusterName: props.clusterName,
      addonName: 'coredns',
      addonVersion: props.addonVersion ?? this.versionLookup?.version,
      configurationValues: JSON.stringify({
        computeType: 'Fargate',
        resources: { limits: COREDNS_RESOURCES, requests: COREDNS_RESOURCES },
      }),
      resolveConflictsOnCreate: 'OVERWRITE',
      resolveConflictsOnUpdate: 'OVERWRITE',
      timeouts: { create: props.createTimeout ?? '25m', update: props.createTimeout ?? '25m' },
      dependsOn: [props.kubeSystemProfile],
    });
  }
}
