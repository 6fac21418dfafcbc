import {
  DataAwsIamPolicyDocument,
  DataAwsIamPolicyDocumentStatementCondition,
} from '@cdktf/provider-aws/lib/data-aws-iam-policy-document';
import { KmsAlias } from '@cdktf/provider-aws/lib/kms-alias';
import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { Construct } from 'constructs';
import { accountRootArn } from '../aws/caller';

/** Use of the key by an AWS service principal, always under conditions that name what it may be used for. */
export interface KeyServiceGrant {
  /** Statement id, e.g. `CloudWatchLogsForTheseLogGroups`. */
  readonly sid: string;
  /** Service principal, e.g. `logs.eu-west-1.amazonaws.com`. */
  readonly service: string;
  readonly actions: readonly string[];
  /** At least one: a service grant without a condition would let the service use the key for anyone. */
  readonly conditions: readonly DataAwsIamPolicyDocumentStatementCondition[];
}

/**
 * What the account administers on its keys: AWS's documented key-administrator actions. With them the account can
 * always change the policy again (no lock-out), but the policy names no wildcard action of its own.
 */
export const KEY_ADMINISTRATION_ACTIONS = [
  'kms:Create*',
  'kms:Describe*',
  'kms:Enable*',
  'kms:List*',
  'kms:Put*',
  'kms:Update*',
  'kms:Revoke*',
  'kms:Disable*',
  'kms:Get*',
  'kms:Delete*',
  'kms:TagResource',
  'kms:UntagResource',
  'kms:ScheduleKeyDeletion',
  'kms:CancelKeyDeletion',
  'kms:RotateKeyOnDemand',
];

/** The cryptographic operations IAM policies of the account may grant on the key. */
export const KEY_USE_ACTIONS = ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*'];

export interface EncryptionKeyProps {
  /** Alias name without the `alias/` prefix, e.g. `spark-eks-tfstate`. */
  readonly alias: string;
  readonly description: string;
  /**
   * Keep the key when Terraform destroys the stack: anything it encrypted would be unreadable without it.
   * @default true
   */
  readonly preventDestroy?: boolean;
  /**
   * Days KMS waits before deleting the key once it is scheduled for deletion.
   * @default 30
   */
  readonly deletionWindowInDays?: number;
  /**
   * Service principals that use the key directly (not through a caller's IAM permissions), each under conditions.
   * @default none
   */
  readonly serviceGrants?: readonly KeyServiceGrant[];
}

/**
 * A customer-managed, symmetric KMS key with yearly automatic rotation, an alias and an explicit key policy: the
 * account root administers the key and lets IAM policies of the account grant its use (so every grant to a role is
 * an IAM policy that Terraform writes and that can be read in one place), and each named service principal may use
 * it only under its conditions. No other principal appears. In a key policy `Resource: "*"` means this key.
 */
export class EncryptionKey extends Construct {
  public readonly key: KmsKey;
  public readonly arn: string;
  public readonly aliasName: string;

  constructor(scope: Construct, id: string, props: EncryptionKeyProps) {
    super(scope, id);
    if (!/^[a-zA-Z0-9/_-]+$/.test(props.alias) || props.alias.startsWith('aws/')) {
      throw new Error(
        `EncryptionKey ${id}: alias "${props.alias}" must be letters, digits, '/', '_' or '-' and not start with aws/`,
      );
    }
    const deletionWindowInDays = props.deletionWindowInDays ?? 30;
    if (deletionWindowInDays < 7 || deletionWindowInDays > 30) {
      throw new Error(`EncryptionKey ${id}: deletionWindowInDays must be 7 to 30, not ${deletionWindowInDays}`);
    }

    for (const grant of props.serviceGrants ?? []) {
      if (grant.conditions.length === 0) {
        throw new Error(`EncryptionKey ${id}: service grant ${grant.sid} needs at least one condition`);
      }
    }
    const root = [{ type: 'AWS', identifiers: [accountRootArn(this)] }];
    const policy = new DataAwsIamPolicyDocument(this, 'policy', {
      statement: [
        {
          sid: 'AccountAdministersTheKey',
          effect: 'Allow',
          principals: root,
          actions: KEY_ADMINISTRATION_ACTIONS,
          resources: ['*'],
        },
        {
          sid: 'IamPoliciesGrantItsUse',
          effect: 'Allow',
          principals: root,
          actions: KEY_USE_ACTIONS,
          resources: ['*'],
        },
        ...(props.serviceGrants ?? []).map((grant) => ({
          sid: grant.sid,
          effect: 'Allow',
          principals: [{ type: 'Service', identifiers: [grant.service] }],
          actions: [...grant.actions],
          resources: ['*'],
          condition: [...grant.conditions],
        })),
      ],
    });

    this.key = new KmsKey(this, 'key', {
      description: props.description,
      policy: policy.json,
      enableKeyRotation: true,
      deletionWindowInDays,
      lifecycle: { preventDestroy: props.preventDestroy ?? true },
    });
    this.aliasName = `alias/${props.alias}`;
    new KmsAlias(this, 'alias', { name: this.aliasName, targetKeyId: this.key.keyId });
    this.arn = this.key.arn;
  }
}
