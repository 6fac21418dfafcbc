import { ITerraformDependable } from 'cdktf';
import { Construct } from 'constructs';
import { callerIdentity } from '../aws/caller';
import { SecureBucket } from './secure-bucket';

export interface AccessLogBucketProps {
  /** Globally unique bucket name. */
  readonly bucketName: string;
  /** Names of the buckets whose server access logs it receives; each writes under `<name>/`. */
  readonly sourceBucketNames: readonly string[];
  /** Days to keep a log object. */
  readonly expirationDays: number;
  /**
   * Let `destroy` delete the bucket with its logs.
   * @default false
   */
  readonly allowDestroy?: boolean;
}

/**
 * The target of S3 server access logs: a SecureBucket with SSE-S3 (S3's log delivery writes with S3-managed keys),
 * versioned, TLS-only, public access blocked, every object expiring, and a policy that lets S3's logging service
 * write only under each source bucket's prefix, only for that bucket of this account. It does not log itself: its
 * own access logs would be written into it, one for each log delivered.
 */
export class AccessLogBucket extends Construct {
  public readonly secureBucket: SecureBucket;
  public readonly bucketName: string;

  constructor(scope: Construct, id: string, props: AccessLogBucketProps) {
    super(scope, id);
    if (props.sourceBucketNames.length === 0) throw new Error(`AccessLogBucket ${id}: name at least one source bucket`);
    const accountId = callerIdentity(this).accountId;
    const arn = `arn:aws:s3:::${props.bucketName}`;
    this.secureBucket = new SecureBucket(this, 'bucket', {
      bucketName: props.bucketName,
      allowDestroy: props.allowDestroy,
      expirationDays: props.expirationDays,
      noncurrentVersionExpirationDays: 30,
      policyStatements: props.sourceBucketNames.map((source, index) => ({
        sid: `ServerAccessLogsOf${index}`,
        effect: 'Allow',
        principals: [{ type: 'Service', identifiers: ['logging.s3.amazonaws.com'] }],
        actions: ['s3:PutObject'],
        resources: [`${arn}/${AccessLogBucket.prefixFor(source)}*`],
        condition: [
          { test: 'ArnLike', variable: 'aws:SourceArn', values: [`arn:aws:s3:::${source}`] },
          { test: 'StringEquals', variable: 'aws:SourceAccount', values: [accountId] },
        ],
      })),
    });
    this.bucketName = this.secureBucket.bucketName;
  }

  /** The key prefix a source bucket's logs go under. */
  public static prefixFor(sourceBucketName: string): string {
    return `${sourceBucketName}/`;
  }

  /**
   * What a SecureBucket takes as `accessLogs` to log here. Logging waits for the policy that lets S3 deliver, so the
   * first deliveries are not refused.
   */
  public target(sourceBucketName: string): { bucket: string; prefix: string; dependsOn: ITerraformDependable[] } {
    return {
      bucket: this.bucketName,
      prefix: AccessLogBucket.prefixFor(sourceBucketName),
      dependsOn: [this.secureBucket.policy],
    };
  }
}
