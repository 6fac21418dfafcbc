import {
  DataAwsIamPolicyDocument,
  DataAwsIamPolicyDocumentStatement,
} from '@cdktf/provider-aws/lib/data-aws-iam-policy-document';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { S3BucketLifecycleConfiguration } from '@cdktf/provider-aws/lib/s3-bucket-lifecycle-configuration';
import { S3BucketLoggingA } from '@cdktf/provider-aws/lib/s3-bucket-logging';
import { S3BucketOwnershipControls } from '@cdktf/provider-aws/lib/s3-bucket-ownership-controls';
import { S3BucketPolicy } from '@cdktf/provider-aws/lib/s3-bucket-policy';
import { S3BucketPublicAccessBlock } from '@cdktf/provider-aws/lib/s3-bucket-public-access-block';
import { S3BucketServerSideEncryptionConfigurationA } from '@cdktf/provider-aws/lib/s3-bucket-server-side-encryption-configuration';
import { S3BucketVersioningA } from '@cdktf/provider-aws/lib/s3-bucket-versioning';
import { ITerraformDependable } from 'cdktf';
import { Construct } from 'constructs';
import { EncryptionKey } from './encryption-key';

export interface SecureBucketProps {
  /** Globally unique bucket name. */
  readonly bucketName: string;
  /**
   * Alias of the bucket's own KMS key, without `alias/`; the objects are encrypted with it (SSE-KMS). Without it the
   * bucket uses S3-managed keys (SSE-S3), which is what S3's delivery of server access logs writes with.
   * @default none: SSE-S3
   */
  readonly keyAlias?: string;
  /**
   * Let `terraform destroy` delete the bucket, every object version in it, and schedule its key for deletion.
   * Off, the bucket and key carry `prevent_destroy` and a destroy stops before touching them.
   * @default false
   */
  readonly allowDestroy?: boolean;
  /**
   * Days after which an object version that is no longer current is deleted.
   * @default 90
   */
  readonly noncurrentVersionExpirationDays?: number;
  /**
   * Days after which every object expires (a delete marker; the version then goes after
   * noncurrentVersionExpirationDays).
   * @default never
   */
  readonly expirationDays?: number;
  /**
   * Where S3 writes this bucket's server access logs: a log bucket and a key prefix ending in `/`.
   * @default none
   */
  readonly accessLogs?: {
    readonly bucket: string;
    readonly prefix: string;
    /** What must exist before S3 starts delivering, such as the log bucket's policy. */
    readonly dependsOn?: readonly ITerraformDependable[];
  };
  /**
   * Statements added to the bucket policy, after its TLS-only denies.
   * @default none
   */
  readonly policyStatements?: readonly DataAwsIamPolicyDocumentStatement[];
}

/**
 * An S3 bucket that is safe to keep data in: versioned, encrypted (with its own customer-managed KMS key, S3 Bucket
 * Keys on to keep KMS request costs down; or SSE-S3 for a log bucket), all public access blocked, ACLs disabled
 * (BucketOwnerEnforced), a policy that refuses any request not made over TLS 1.2 or later, incomplete multipart uploads
 * and old versions expired, server access logs written to a log bucket when given, and protected from `destroy`
 * unless the caller opts in.
 */
export class SecureBucket extends Construct {
  public readonly bucket: S3Bucket;
  /** The bucket's own key; none for an SSE-S3 bucket. */
  public readonly key?: EncryptionKey;
  public readonly bucketName: string;
  public readonly bucketArn: string;
  /** The bucket policy: TLS only, and any statements the props add. */
  public readonly policy: S3BucketPolicy;
  /** Default encryption: objects written before it exists would not use the bucket's key. */
  public readonly encryption: S3BucketServerSideEncryptionConfigurationA;

  constructor(scope: Construct, id: string, props: SecureBucketProps) {
    super(scope, id);
    const expirationDays = props.noncurrentVersionExpirationDays ?? 90;
    if (!Number.isInteger(expirationDays) || expirationDays < 1) {
      throw new Error(`SecureBucket ${id}: noncurrentVersionExpirationDays must be a whole number of days ≥ 1`);
    }
    if (props.expirationDays !== undefined && (!Number.isInteger(props.expirationDays) || props.expirationDays < 1)) {
      throw new Error(`SecureBucket ${id}: expirationDays must be a whole number of days ≥ 1`);
    }
    if (props.accessLogs && !props.accessLogs.prefix.endsWith('/')) {
      throw new Error(`SecureBucket ${id}: accessLogs.prefix must end with '/', not "${props.accessLogs.prefix}"`);
    }
    const allowDestroy = props.allowDestroy ?? false;

    if (props.keyAlias) {
      this.key = new EncryptionKey(this, 'kms', {
        alias: props.keyAlias,
        description: `Encrypts the objects of S3 bucket ${props.bucketName}`,
        preventDestroy: !allowDestroy,
        deletionWindowInDays: allowDestroy ? 7 : 30,
      });
    }

    this.bucket = new S3Bucket(this, 'bucket', {
      bucket: props.bucketName,
      forceDestroy: allowDestroy,
      lifecycle: { preventDestroy: !allowDestroy },
    });
    this.bucketName = this.bucket.bucket;
    this.bucketArn = this.bucket.arn;

    new S3BucketPublicAccessBlock(this, 'public-access-block', {
      bucket: this.bucket.id,
      blockPublicAcls: true,
      blockPublicPolicy: true,
      ignorePublicAcls: true,
      restrictPublicBuckets: true,
    });

    new S3BucketOwnershipControls(this, 'ownership', {
      bucket: this.bucket.id,
      rule: { objectOwnership: 'BucketOwnerEnforced' },
    });

    const versioning = new S3BucketVersioningA(this, 'versioning', {
      bucket: this.bucket.id,
      versioningConfiguration: { status: 'Enabled' },
    });

    this.encryption = new S3BucketServerSideEncryptionConfigurationA(this, 'encryption', {
      bucket: this.bucket.id,
      rule: [
        this.key
          ? {
              applyServerSideEncryptionByDefault: { sseAlgorithm: 'aws:kms', kmsMasterKeyId: this.key.arn },
              bucketKeyEnabled: true,
            }
          : { applyServerSideEncryptionByDefault: { sseAlgorithm: 'AES256' } },
      ],
    });

    if (props.accessLogs) {
      new S3BucketLoggingA(this, 'access-logs', {
        bucket: this.bucket.id,
        targetBucket: props.accessLogs.bucket,
        targetPrefix: props.accessLogs.prefix,
        ...(props.accessLogs.dependsOn?.length ? { dependsOn: [...props.accessLogs.dependsOn] } : {}),
      });
    }

    new S3BucketLifecycleConfiguration(this, 'lifecycle', {
      bucket: this.bucket.id,
      dependsOn: [versioning],
      rule: [
        {
          id: 'expire-noncurrent-versions',
          status: 'Enabled',
          filter: [{ prefix: '' }],
          noncurrentVersionExpiration: [{ noncurrentDays: expirationDays }],
          abortIncompleteMultipartUpload: [{ daysAfterInitiation: 7 }],
          expiration: [
            props.expirationDays === undefined ? { expiredObjectDeleteMarker: true } : { days: props.expirationDays },
          ],
        },
      ],
    });

    const objects = [this.bucket.arn, `${this.bucket.arn}/*`];
    const tlsOnly = new DataAwsIamPolicyDocument(this, 'tls-only', {
      statement: [
        {
          sid: 'DenyInsecureTransport',
          effect: 'Deny',
          principals: [{ type: '*', identifiers: ['*'] }],
          actions: ['s3:*'],
          resources: objects,
          condition: [{ test: 'Bool', variable: 'aws:SecureTransport', values: ['false'] }],
        },
        {
          sid: 'DenyOutdatedTls',
          effect: 'Deny',
          principals: [{ type: '*', identifiers: ['*'] }],
          actions: ['s3:*'],
          resources: objects,
          condition: [{ test: 'NumericLessThan', variable: 's3:TlsVersion', values: ['1.2'] }],
        },
        ...(props.policyStatements ?? []),
      ],
    });

    this.policy = new S3BucketPolicy(this, 'policy', { bucket: this.bucket.id, policy: tlsOnly.json });
  }

  /** ARN of the bucket's own key; an SSE-S3 bucket has none, and asking for it is a programming error. */
  public get keyArn(): string {
    if (!this.key) throw new Error(`SecureBucket ${this.node.id}: an SSE-S3 bucket has no KMS key`);
    return this.key.arn;
  }
}
