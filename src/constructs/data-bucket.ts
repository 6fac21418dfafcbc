import { DataAwsIamPolicyDocumentStatement } from '@cdktf/provider-aws/lib/data-aws-iam-policy-document';
import { S3Object } from '@cdktf/provider-aws/lib/s3-object';
import { Construct } from 'constructs';
import { SecureBucket, SecureBucketProps } from './secure-bucket';
import { ServiceAccountRole } from './service-account-role';

/** What Spark's S3A connector needs to write objects, including multipart uploads and the magic committer. */
export const OBJECT_READ_WRITE_ACTIONS = [
  's3:GetObject',
  's3:PutObject',
  's3:DeleteObject',
  's3:AbortMultipartUpload',
  's3:ListMultipartUploadParts',
];

export interface DataBucketProps {
  readonly bucketName: string;
  readonly keyAlias: string;
  /**
   * Let `destroy` delete the bucket with all its data.
   * @default false
   */
  readonly allowDestroy?: boolean;
  /**
   * Where S3 writes the bucket's server access logs.
   * @default none
   */
  readonly accessLogs?: SecureBucketProps['accessLogs'];
}

/**
 * The bucket Spark jobs read and write (a SecureBucket). Access is granted per role and per key prefix, with the
 * least S3A needs: listing only under the prefixes, object reads and writes under them, and use of the bucket's key.
 */
export class DataBucket extends Construct {
  public readonly secureBucket: SecureBucket;
  public readonly bucketName: string;
  public readonly bucketArn: string;
  public readonly keyArn: string;

  constructor(scope: Construct, id: string, props: DataBucketProps) {
    super(scope, id);
    this.secureBucket = new SecureBucket(this, 'bucket', {
      bucketName: props.bucketName,
      keyAlias: props.keyAlias,
      allowDestroy: props.allowDestroy ?? false,
      accessLogs: props.accessLogs,
    });
    this.bucketName = this.secureBucket.bucketName;
    this.bucketArn = this.secureBucket.bucketArn;
    this.keyArn = this.secureBucket.keyArn;
  }

  /** Lets the role read, write and delete objects under the prefixes (e.g. `input`, `spark-events`). */
  public grantReadWrite(role: ServiceAccountRole, policyName: string, prefixes: readonly string[]): void {
    role.addPolicy(policyName, [
      ...this.listAndLocate(prefixes),
      {
        sid: 'ObjectsUnderPrefixes',
        effect: 'Allow',
        actions: OBJECT_READ_WRITE_ACTIONS,
        resources: this.objects(prefixes),
      },
      {
        // The magic committer lists pending multipart uploads to commit or abort them; S3 has no prefix key for it.
        sid: 'PendingUploads',
        effect: 'Allow',
        actions: ['s3:ListBucketMultipartUploads'],
        resources: [this.bucketArn],
      },
      { sid: 'BucketKey', effect: 'Allow', actions: ['kms:Decrypt', 'kms:GenerateDataKey'], resources: [this.keyArn] },
    ]);
  }

  /** Lets the role list and read objects under the prefixes, and nothing else. */
  public grantRead(role: ServiceAccountRole, policyName: string, prefixes: readonly string[]): void {
    role.addPolicy(policyName, [
      ...this.listAndLocate(prefixes),
      {
        sid: 'ReadObjectsUnderPrefixes',
        effect: 'Allow',
        actions: ['s3:GetObject'],
        resources: this.objects(prefixes),
      },
      { sid: 'BucketKey', effect: 'Allow', actions: ['kms:Decrypt'], resources: [this.keyArn] },
    ]);
  }

  /**
   * The objects under each prefix, and the prefix's own key: S3A probes a directory with a HEAD on `<prefix>`
   * before listing it, and S3 answers a HEAD without s3:GetObject on that key with 403, not 404.
   */
  private objects(prefixes: readonly string[]): string[] {
    if (prefixes.length === 0) throw new Error('DataBucket: grant at least one prefix');
    return prefixes.flatMap((p) => [`${this.bucketArn}/${p}`, `${this.bucketArn}/${p}/*`]);
  }

  /**
   * Creates an empty directory marker `<prefix>/`, for readers that require the directory to exist before anything
   * is written to it (Spark's event logger and the history server refuse a missing log directory).
   */
  public addFolder(prefix: string): S3Object {
    return new S3Object(this, `folder-${prefix.replace(/[^a-z0-9-]/g, '-')}`, {
      bucket: this.secureBucket.bucket.id,
      key: `${prefix}/`,
      content: '',
      contentType: 'application/x-directory',
      dependsOn: [this.secureBucket.encryption],
    });
  }

  private listAndLocate(prefixes: readonly string[]): DataAwsIamPolicyDocumentStatement[] {
    return [
      {
        sid: 'ListUnderPrefixes',
        effect: 'Allow',
        actions: ['s3:ListBucket'],
        resources: [this.bucketArn],
        condition: [{ test: 'StringLike', variable: 's3:prefix', values: prefixes.flatMap((p) => [p, `${p}/*`]) }],
      },
      { sid: 'BucketLocation', effect: 'Allow', actions: ['s3:GetBucketLocation'], resources: [this.bucketArn] },
    ];
  }
}
