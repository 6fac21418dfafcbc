import { EksAddon } from '@cdktf/provider-aws/lib/eks-addon';
import { ITerraformDependable } from 'cdktf';
import { Construct } from 'constructs';

export interface CoreDnsAddonProps {
  readonly clusterName: string;
  /** Pinned add-on version for the cluster's Kubernetes version. */
  readonly addonVersion: string;
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
 */
export class CoreDnsAddon extends Construct {
  public readonly addon: EksAddon;

  constructor(scope: Construct, id: string, props: CoreDnsAddonProps) {
    super(scope, id);
    this.addon = new EksAddon(this, 'addon', {
      clusterName: props.clusterName,
      addonName: 'coredns',
      addonVersion: props.addonVersion,
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
