import { LocalBackend, TerraformOutput } from 'cdktf';
import { Construct } from 'constructs';
import { EnvironmentConfig } from '../config/schema';
import { callerIdentity } from '../aws/caller';
import { AccessLogBucket } from '../constructs/access-log-bucket';
import { SecureBucket } from '../constructs/secure-bucket';
import { ProjectStack } from './project-stack';
import { awsProvider, requireTerraformVersion, stackId, stateKeyAlias } from './stack-settings';

/**
 * Where this stack's own state lives: the project's `state/` folder, outside `cdktf.out` so that cleaning the build
 * output never loses it. The path is relative to the stack's working directory, `cdktf.out/stacks/<stack>/`.
 */
export function stateStackStatePath(config: EnvironmentConfig): string {
  return `../../../state/${stackId(config, 'state')}.tfstate`;
}

/**
 * The S3 bucket that holds every other stack's Terraform state. Applied once, with local state, before anything
 * else; see "Deploy" in the README.
 */
export class StateStack extends ProjectStack {
  public readonly stateBucket: SecureBucket;

  constructor(scope: Construct, config: EnvironmentConfig) {
    super(scope, stackId(config, 'state'));
    new LocalBackend(this, { path: stateStackStatePath(config) });
    requireTerraformVersion(this);
    awsProvider(this, config);

    const accessLogs = new AccessLogBucket(this, 'access-logs', {
      bucketName: `${config.prefix}-state-logs-${callerIdentity(this).accountId}-${config.region}`,
      sourceBucketNames: [config.stateBucket.name],
      expirationDays: config.logging.retentionDays,
    });
    this.stateBucket = new SecureBucket(this, 'state-bucket', {
      accessLogs: accessLogs.target(config.stateBucket.name),
      bucketName: config.stateBucket.name,
      keyAlias: stateKeyAlias(config),
      allowDestroy: false,
      noncurrentVersionExpirationDays: config.stateBucket.noncurrentVersionExpirationDays,
    });

    new TerraformOutput(this, 'state_bucket_name', {
      value: this.stateBucket.bucketName,
      description: 'S3 bucket holding the Terraform state of the other stacks',
    });
    new TerraformOutput(this, 'state_bucket_kms_key_arn', {
      value: this.stateBucket.keyArn,
      description: 'KMS key encrypting the Terraform state',
    });
  }
}
