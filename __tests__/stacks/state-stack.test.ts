import { App, Testing } from 'cdktf';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { S3BucketPublicAccessBlock } from '@cdktf/provider-aws/lib/s3-bucket-public-access-block';
import { StateStack, stateStackStatePath } from '../../src/stacks/state-stack';
import { configWith } from '../../test-support/config';

const config = configWith({ stateBucket: { name: 'acme-tfstate', noncurrentVersionExpirationDays: 45 } });
const synthesized = (): string => Testing.synth(new StateStack(Testing.app(), config));
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const json = (): Record<string, any> => JSON.parse(synthesized());

describe('StateStack', () => {
  it('is named after the prefix and keeps its own state locally, outside cdktf.out', () => {
    const stack = new StateStack(new App(), config);
    expect(stack.node.id).toBe('spark-eks-state');
    expect(json().terraform.backend).toEqual({ local: { path: stateStackStatePath(config) } });
    expect(stateStackStatePath(config)).toBe('../../../state/spark-eks-state.tfstate');
  });

  it('creates the configured bucket, protected from destroy', () => {
    expect(synthesized()).toHaveResourceWithProperties(S3Bucket, {
      bucket: 'acme-tfstate',
      force_destroy: false,
      lifecycle: { prevent_destroy: true },
    });
  });

  it('writes the state bucket’s server access logs to a log bucket of its own, kept on destroy', () => {
    const stack = json();
    expect(stack.resource.aws_s3_bucket_logging['state-bucket_access-logs']).toEqual({
      bucket: '${aws_s3_bucket.state-bucket_bucket.id}',
      target_bucket: '${aws_s3_bucket.access-logs_bucket_bucket.bucket}',
      target_prefix: 'acme-tfstate/',
      depends_on: ['aws_s3_bucket_policy.access-logs_bucket_policy'],
    });
    expect(stack.resource.aws_s3_bucket['access-logs_bucket_bucket']).toMatchObject({
      bucket: 'spark-eks-state-logs-${data.aws_caller_identity.caller.account_id}-eu-west-1',
      force_destroy: false,
      lifecycle: { prevent_destroy: true },
    });
  });

  it('blocks every kind of public access', () => {
    expect(synthesized()).toHaveResourceWithProperties(S3BucketPublicAccessBlock, {
      block_public_acls: true,
      block_public_policy: true,
      ignore_public_acls: true,
      restrict_public_buckets: true,
    });
  });

  it('requires Terraform 1.10 for S3-native locking', () => {
    expect(json().terraform.required_version).toBe('>= 1.10.0');
  });

  it('tags every resource through the provider', () => {
    const tags = json().provider.aws[0].default_tags[0].tags;
    expect(tags).toEqual({ 'spark-eks:prefix': 'spark-eks' });
    expect(json().provider.aws[0].region).toBe('eu-west-1');
  });

  it('outputs the bucket name and key for the other stacks and the user', () => {
    expect(Object.keys(json().output).sort()).toEqual(['state_bucket_kms_key_arn', 'state_bucket_name']);
  });

  it('gives every resource a readable address without a hash', () => {
    const addresses = Object.values(json().resource).flatMap((byName) => Object.keys(byName as object));
    expect(addresses).toContain('state-bucket_bucket');
    expect(addresses.every((a) => /^[a-z][a-z0-9_-]*$/.test(a) && !/_[0-9A-F]{8}$/.test(a))).toBe(true);
  });
});
