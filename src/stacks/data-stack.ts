import { callerIdentity } from '../aws/caller';
import { TerraformOutput } from 'cdktf';
import { Construct } from 'constructs';
import { EnvironmentConfig } from '../config/schema';
import { AccessLogBucket } from '../constructs/access-log-bucket';
import { DataBucket } from '../constructs/data-bucket';
import { ProjectStack } from './project-stack';
import { awsProvider, requireTerraformVersion, stackId, useRemoteState } from './stack-settings';

/** The data bucket's name: the configured one, else `<prefix>-data-<account>-<region>`. */
export function dataBucketName(config: EnvironmentConfig, accountId: string): string {
  return config.dataBucket.name ?? `${config.prefix}-data-${accountId}-${config.region}`;
}

/**
 * The data bucket and its KMS key, in a stack of their own so that the data outlives the cluster. Terraform refuses
 * a whole plan that would destroy a `prevent_destroy` resource: in the core stack, the bucket would make every
 * destroy of core fail and leave EKS, the NAT gateways and the endpoints billing. Here, `destroy` of jobs, platform
 * and core never touches it, and destroying this stack is refused unless `dataBucket.allowDestroy` is set.
 */
export class DataStack extends ProjectStack {
  public readonly dataBucket: DataBucket;
  /** Receives the data bucket's server access logs. */
  public readonly accessLogs: AccessLogBucket;

  constructor(scope: Construct, config: EnvironmentConfig) {
    super(scope, stackId(config, 'data'));
    useRemoteState(this, config, 'data');
    requireTerraformVersion(this);
    awsProvider(this, config);

    const accountId = callerIdentity(this).accountId;
    const bucketName = dataBucketName(config, accountId);
    this.accessLogs = new AccessLogBucket(this, 'access-logs', {
      bucketName: `${config.prefix}-data-logs-${accountId}-${config.region}`,
      sourceBucketNames: [bucketName],
      expirationDays: config.logging.retentionDays,
      // The audit trail of the data goes when the data goes, and not before.
      allowDestroy: config.dataBucket.allowDestroy,
    });
    this.dataBucket = new DataBucket(this, 'data', {
      bucketName,
      keyAlias: `${config.prefix}-data`,
      allowDestroy: config.dataBucket.allowDestroy,
      accessLogs: this.accessLogs.target(bucketName),
    });
    this.dataBucket.addFolder(config.dataBucket.prefixes.eventLogs);

    new TerraformOutput(this, 'data_bucket_name', {
      value: this.dataBucket.bucketName,
      description: 'S3 bucket for job input, output and event logs',
    });
    new TerraformOutput(this, 'data_bucket_kms_key_arn', {
      value: this.dataBucket.keyArn,
      description: 'KMS key encrypting the data bucket',
    });
  }
}
