import { EksFargateProfile } from '@cdktf/provider-aws/lib/eks-fargate-profile';
import { ITerraformDependable } from 'cdktf';
import { Construct } from 'constructs';

export interface FargateProfileProps {
  readonly clusterName: string;
  readonly podExecutionRoleArn: string;
  /** Namespace whose pods run on Fargate. */
  readonly namespace: string;
  /**
   * Only pods with all of these labels.
   * @default every pod of the namespace
   */
  readonly labels?: Readonly<Record<string, string>>;
  /** Subnets for the pods: private subnets only (Fargate pods get no public IP). */
  readonly subnetIds: string[];
  /**
   * Resources to create first. EKS creates one Fargate profile of a cluster at a time and refuses a second while
   * one is CREATING, so profiles of one cluster are chained through this.
   * @default none
   */
  readonly dependsOn?: ITerraformDependable[];
}

/** Runs the pods of one namespace on Fargate. The profile is named after the namespace. */
export class FargateProfile extends Construct {
  public readonly profile: EksFargateProfile;
  public readonly namespace: string;

  constructor(scope: Construct, id: string, props: FargateProfileProps) {
    super(scope, id);
    if (props.subnetIds.length === 0) throw new Error(`FargateProfile ${id}: subnetIds must not be empty`);
    if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(props.namespace) || props.namespace.length > 63) {
      throw new Error(`FargateProfile ${id}: namespace "${props.namespace}" is not a DNS label`);
    }
    this.namespace = props.namespace;
    this.profile = new EksFargateProfile(this, 'profile', {
      clusterName: props.clusterName,
      fargateProfileName: props.namespace,
      podExecutionRoleArn: props.podExecutionRoleArn,
      subnetIds: props.subnetIds,
      selector: [{ namespace: props.namespace, labels: props.labels ? { ...props.labels } : undefined }],
      dependsOn: props.dependsOn,
    });
  }
}
