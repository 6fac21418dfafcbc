import {
  DataAwsIamPolicyDocument,
  DataAwsIamPolicyDocumentStatement,
} from '@cdktf/provider-aws/lib/data-aws-iam-policy-document';
import { IamRole as IamRoleResource } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import { IamRolePolicyAttachment } from '@cdktf/provider-aws/lib/iam-role-policy-attachment';
import { Construct } from 'constructs';
import { managedPolicyArn } from '../aws/iam-names';

export interface IamRoleProps {
  /** Role name, at most 64 characters (see iamRoleName). */
  readonly roleName: string;
  readonly description: string;
  /** Who may assume the role: the statements of its trust policy. */
  readonly trust: DataAwsIamPolicyDocumentStatement[];
  /**
   * AWS managed policies to attach, by name, e.g. `AmazonEKSClusterPolicy`.
   * @default none
   */
  readonly managedPolicies?: readonly string[];
}

/**
 * An IAM role whose every policy is a document Terraform writes: a trust policy, AWS managed policies attached by
 * name, and inline policies added with {@link IamRole.addPolicy} by whatever grants the role access.
 */
export class IamRole extends Construct {
  public readonly role: IamRoleResource;
  public readonly arn: string;
  public readonly name: string;
  /** The managed-policy attachments: depend on them, not only on the role, before using its permissions. */
  public readonly attachments: IamRolePolicyAttachment[];

  constructor(scope: Construct, id: string, props: IamRoleProps) {
    super(scope, id);
    if (props.roleName.length > 64)
      throw new Error(`IamRole ${id}: roleName "${props.roleName}" exceeds 64 characters`);
    if (props.trust.length === 0) throw new Error(`IamRole ${id}: trust needs at least one statement`);

    const trust = new DataAwsIamPolicyDocument(this, 'trust', { statement: props.trust });
    this.role = new IamRoleResource(this, 'role', {
      name: props.roleName,
      description: props.description,
      assumeRolePolicy: trust.json,
    });
    this.arn = this.role.arn;
    this.name = this.role.name;

    this.attachments = (props.managedPolicies ?? []).map(
      (policy) =>
        new IamRolePolicyAttachment(this, policy, { role: this.role.name, policyArn: managedPolicyArn(policy) }),
    );
  }

  /** Adds an inline policy named `policyName` with the given statements. */
  public addPolicy(policyName: string, statements: DataAwsIamPolicyDocumentStatement[]): IamRolePolicy {
    if (!/^[\w+=,.@-]{1,128}$/.test(policyName)) throw new Error(`IamRole: invalid policy name "${policyName}"`);
    if (statements.length === 0) throw new Error(`IamRole: policy ${policyName} needs at least one statement`);
    const document = new DataAwsIamPolicyDocument(this, `${policyName}-document`, { statement: statements });
    return new IamRolePolicy(this, policyName, { name: policyName, role: this.role.id, policy: document.json });
  }
}
