import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { S3Backend, TerraformStack } from 'cdktf';
import { EnvironmentConfig } from '../config/schema';

/** use_lockfile (S3-native state locking) needs Terraform 1.10; the S3 backend's `use_lockfile` is ignored before. */
export const REQUIRED_TERRAFORM_VERSION = '>= 1.10.0';

/** The roles of this project's stacks, in deployment order; destroy goes the other way and stops before data. */
export const STACK_ROLES = ['state', 'data', 'core', 'platform', 'jobs'] as const;
export type StackRole = (typeof STACK_ROLES)[number];

/**
 * The stacks whose docker provider builds or pulls images on the machine that runs Terraform: the base image
 * (platform) and the job images (jobs). The provider connects to the Docker engine on plan, apply and destroy.
 */
export const IMAGE_STACK_ROLES: readonly StackRole[] = ['platform', 'jobs'];

export function stackId(config: EnvironmentConfig, role: StackRole): string {
  return `${config.prefix}-${role}`;
}

/** Alias (without `alias/`) of the KMS key that encrypts the state bucket. */
export function stateKeyAlias(config: EnvironmentConfig): string {
  return `${config.prefix}-tfstate`;
}

/** Object key of a stack's state in the state bucket. */
export function stateKey(config: EnvironmentConfig, role: StackRole): string {
  return `${config.prefix}/${role}.tfstate`;
}

/**
 * Stores the stack's state in the state bucket under its own key, encrypted, with S3-native locking. cdktf 0.21's
 * S3Backend has no `use_lockfile` option (it predates Terraform 1.10), so it is added as an override.
 */
export function useRemoteState(
  stack: TerraformStack,
  config: EnvironmentConfig,
  role: Exclude<StackRole, 'state'>,
): void {
  new S3Backend(stack, {
    bucket: config.stateBucket.name,
    key: stateKey(config, role),
    region: config.region,
    encrypt: true,
    // Without it, encrypt = true makes the backend ask for SSE-S3 on every write, overriding the bucket's key.
    kmsKeyId: `alias/${stateKeyAlias(config)}`,
  });
  stack.addOverride('terraform.backend.s3.use_lockfile', true);
}

export function requireTerraformVersion(stack: TerraformStack): void {
  stack.addOverride('terraform.required_version', REQUIRED_TERRAFORM_VERSION);
}

/** The AWS provider for the configured region; every taggable resource gets the config's tags. */
export function awsProvider(stack: TerraformStack, config: EnvironmentConfig): AwsProvider {
  return new AwsProvider(stack, 'aws', {
    region: config.region,
    defaultTags: [{ tags: { ...config.tags, 'spark-eks:prefix': config.prefix } }],
  });
}
