import { DataAwsIamPolicyDocumentStatement } from '@cdktf/provider-aws/lib/data-aws-iam-policy-document';
import { Construct } from 'constructs';
import { iamRoleName } from '../aws/iam-names';
import { ClusterOidcProvider, STS_AUDIENCE } from './cluster-oidc-provider';
import { IamRole } from './iam-role';

export interface ServiceAccountRoleProps {
  readonly oidcProvider: ClusterOidcProvider;
  /** Namespace of the Kubernetes service account. */
  readonly namespace: string;
  /** Name of the Kubernetes service account. */
  readonly serviceAccountName: string;
  /** Role name; see iamRoleName for names that may be long. */
  readonly roleName: string;
  readonly description: string;
}

/**
 * An IAM role for exactly one Kubernetes service account (IRSA): only tokens whose `sub` is
 * `system:serviceaccount:<namespace>:<name>` and whose `aud` is `sts.amazonaws.com`, issued by this cluster,
 * may assume it. Grant it access through the resources' grant methods (e.g. DataBucket.grantReadWrite).
 */
export class ServiceAccountRole extends Construct {
  public readonly role: IamRole;
  public readonly arn: string;
  public readonly namespace: string;
  public readonly serviceAccountName: string;

  constructor(scope: Construct, id: string, props: ServiceAccountRoleProps) {
    super(scope, id);
    for (const [prop, value] of [
      ['namespace', props.namespace],
      ['serviceAccountName', props.serviceAccountName],
    ]) {
      if (!/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(value) || value.length > 253) {
        throw new Error(`ServiceAccountRole ${id}: ${prop} "${value}" is not a Kubernetes name`);
      }
    }
    this.namespace = props.namespace;
    this.serviceAccountName = props.serviceAccountName;
    const issuer = props.oidcProvider.issuerHost;

    this.role = new IamRole(this, 'role', {
      roleName: iamRoleName(props.roleName),
      description: props.description,
      trust: [
        {
          effect: 'Allow',
          actions: ['sts:AssumeRoleWithWebIdentity'],
          principals: [{ type: 'Federated', identifiers: [props.oidcProvider.arn] }],
          condition: [
            {
              test: 'StringEquals',
              variable: `${issuer}:sub`,
              values: [`system:serviceaccount:${props.namespace}:${props.serviceAccountName}`],
            },
            { test: 'StringEquals', variable: `${issuer}:aud`, values: [STS_AUDIENCE] },
          ],
        },
      ],
    });
    this.arn = this.role.arn;
  }

  public addPolicy(policyName: string, statements: DataAwsIamPolicyDocumentStatement[]): void {
    this.role.addPolicy(policyName, statements);
  }
}
