import { DataAwsCallerIdentity } from '@cdktf/provider-aws/lib/data-aws-caller-identity';
import { DataAwsIamSessionContext } from '@cdktf/provider-aws/lib/data-aws-iam-session-context';
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

const DEPLOYER_ID = 'deployer';

/**
 * The IAM principal that runs Terraform, as `aws:PrincipalArn` names it in policy conditions: for an assumed role the
 * role's ARN (with its path), not the session's `arn:aws:sts::…:assumed-role/…` that aws_caller_identity returns;
 * otherwise the caller's ARN as it is. `data.aws_iam_session_context.deployer` finds the role with iam:GetRole, which
 * the deploying identity needs anyway to manage the stack's roles.
 */
export function deployerPrincipalArn(scope: Construct): string {
  const stack = TerraformStack.of(scope);
  const existing = stack.node.tryFindChild(DEPLOYER_ID);
  if (existing instanceof DataAwsIamSessionContext) return existing.issuerArn;
  if (existing)
    throw new Error(`deployerPrincipalArn: ${stack.node.path}/${DEPLOYER_ID} is not an aws_iam_session_context`);
  return new DataAwsIamSessionContext(stack, DEPLOYER_ID, { arn: callerIdentity(scope).arn }).issuerArn;
}
