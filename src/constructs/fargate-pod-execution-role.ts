import { Construct } from 'constructs';
import { iamRoleName, PARTITION } from '../aws/iam-names';
import { IamRole } from './iam-role';

export interface FargatePodExecutionRoleProps {
  readonly clusterName: string;
  readonly region: string;
  readonly accountId: string;
  /** ARN of the log group Fargate's built-in log router writes pod logs to. */
  readonly logGroupArn: string;
}

/**
 * The role Fargate's kubelet uses to pull images and ship pod logs. Only the Fargate profiles of this cluster may
 * assume it (aws:SourceArn), it has the AWS managed pod-execution policy, and it may write only to the cluster's
 * Fargate log group. EKS creates the role's access entry itself when a profile uses it.
 */
export class FargatePodExecutionRole extends Construct {
  public readonly role: IamRole;
  public readonly arn: string;

  constructor(scope: Construct, id: string, props: FargatePodExecutionRoleProps) {
    super(scope, id);
    this.role = new IamRole(this, 'role', {
      roleName: iamRoleName(props.clusterName, 'fargate-pod-execution'),
      description: `Fargate pod execution role of EKS cluster ${props.clusterName}`,
      trust: [
        {
          effect: 'Allow',
          actions: ['sts:AssumeRole'],
          principals: [{ type: 'Service', identifiers: ['eks-fargate-pods.amazonaws.com'] }],
          condition: [
            {
              test: 'ArnLike',
              variable: 'aws:SourceArn',
              values: [`arn:${PARTITION}:eks:${props.region}:${props.accountId}:fargateprofile/${props.clusterName}/*`],
            },
          ],
        },
      ],
      managedPolicies: ['AmazonEKSFargatePodExecutionRolePolicy'],
    });
    this.role.addPolicy('fargate-log-router', [
      {
        effect: 'Allow',
        actions: ['logs:CreateLogStream', 'logs:DescribeLogStreams', 'logs:PutLogEvents'],
        resources: [props.logGroupArn, `${props.logGroupArn}:*`],
      },
    ]);
    this.arn = this.role.arn;
  }
}
