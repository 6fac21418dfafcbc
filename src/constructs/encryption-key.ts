import { KmsAlias } from '@cdktf/provider-aws/lib/kms-alias';
import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { Construct } from 'constructs';

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
}

/**
 * A customer-managed, symmetric KMS key with yearly automatic rotation and an alias. Its key policy is the KMS
 * default, which lets IAM policies in this account grant use of the key: every grant is then an IAM policy that
 * Terraform writes and that can be read in one place.
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

    this.key = new KmsKey(this, 'key', {
      description: props.description,
      enableKeyRotation: true,
      deletionWindowInDays,
      lifecycle: { preventDestroy: props.preventDestroy ?? true },
    });
    this.aliasName = `alias/${props.alias}`;
    new KmsAlias(this, 'alias', { name: this.aliasName, targetKeyId: this.key.keyId });
    this.arn = this.key.arn;
  }
}
