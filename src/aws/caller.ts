import { DataAwsCallerIdentity } from '@cdktf/provider-aws/lib/data-aws-caller-identity';
import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';

const CALLER_ID = 'caller';

/**
 * The stack's one `aws_caller_identity` data source (`data.aws_caller_identity.caller`), created on first use, so
 * every construct that needs the account id shares it.
 */
export function callerIdentity(scope: Construct): DataAwsCallerIdentity {
  const stack = TerraformStack.of(scope);
  const existing = stack.node.tryFindChild(CALLER_ID);
  if (existing instanceof DataAwsCallerIdentity) return existing;
  if (existing) throw new Error(`callerIdentity: ${stack.node.path}/${CALLER_ID} is not an aws_caller_identity`);
  return new DataAwsCallerIdentity(stack, CALLER_ID);
}

/** `arn:aws:iam::<account>:root`: the account itself as a principal, which delegates to IAM policies. */
export function accountRootArn(scope: Construct): string {
  return `arn:aws:iam::${callerIdentity(scope).accountId}:root`;
}
