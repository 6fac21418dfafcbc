import { Testing, TerraformStack } from 'cdktf';
import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { S3BucketLifecycleConfiguration } from '@cdktf/provider-aws/lib/s3-bucket-lifecycle-configuration';
import { S3BucketOwnershipControls } from '@cdktf/provider-aws/lib/s3-bucket-ownership-controls';
import { S3BucketServerSideEncryptionConfigurationA } from '@cdktf/provider-aws/lib/s3-bucket-server-side-encryption-configuration';
import { S3BucketVersioningA } from '@cdktf/provider-aws/lib/s3-bucket-versioning';
import { SecureBucket, SecureBucketProps } from '../../src/constructs/secure-bucket';
import { synthInStack } from '../../test-support/stack';

function synth(props: Partial<SecureBucketProps> = {}): string {
  return synthInStack((stack) => {
    new SecureBucket(stack, 'data', { bucketName: 'acme-data', keyAlias: 'acme-data', ...props });
  });
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const parse = (text: string): Record<string, any> => JSON.parse(text);

describe('SecureBucket', () => {
  it('versions the bucket', () => {
    expect(synth()).toHaveResourceWithProperties(S3BucketVersioningA, {
      versioning_configuration: { status: 'Enabled' },
    });
  });

  it('encrypts with its own rotating KMS key and S3 Bucket Keys', () => {
    const text = synth();
    expect(text).toHaveResourceWithProperties(KmsKey, {
      enable_key_rotation: true,
      lifecycle: { prevent_destroy: true },
    });
    expect(text).toHaveResourceWithProperties(S3BucketServerSideEncryptionConfigurationA, {
      rule: [
        {
          apply_server_side_encryption_by_default: {
            sse_algorithm: 'aws:kms',
            kms_master_key_id: '${aws_kms_key.data_kms_key.arn}',
          },
          bucket_key_enabled: true,
        },
      ],
    });
  });

  it('disables ACLs', () => {
    expect(synth()).toHaveResourceWithProperties(S3BucketOwnershipControls, {
      rule: { object_ownership: 'BucketOwnerEnforced' },
    });
  });

  it('expires noncurrent versions after the configured days', () => {
    const rule = parse(synth({ noncurrentVersionExpirationDays: 30 })).resource.aws_s3_bucket_lifecycle_configuration;
    const [config] = Object.values(rule) as { rule: Record<string, unknown>[] }[];
    expect(config.rule[0]).toMatchObject({
      status: 'Enabled',
      noncurrent_version_expiration: [{ noncurrent_days: 30 }],
      abort_incomplete_multipart_upload: [{ days_after_initiation: 7 }],
    });
    expect(synth()).toHaveResource(S3BucketLifecycleConfiguration);
  });

  it('denies every request to the bucket or its objects not made over TLS 1.2 or later, and allows nothing', () => {
    const stack = parse(synth());
    const everyone = [{ type: '*', identifiers: ['*'] }];
    const all = ['${aws_s3_bucket.data_bucket.arn}', '${aws_s3_bucket.data_bucket.arn}/*'];
    expect(stack.data.aws_iam_policy_document['data_tls-only'].statement).toEqual([
      {
        sid: 'DenyInsecureTransport',
        effect: 'Deny',
        principals: everyone,
        actions: ['s3:*'],
        resources: all,
        condition: [{ test: 'Bool', variable: 'aws:SecureTransport', values: ['false'] }],
      },
      {
        sid: 'DenyOutdatedTls',
        effect: 'Deny',
        principals: everyone,
        actions: ['s3:*'],
        resources: all,
        condition: [{ test: 'NumericLessThan', variable: 's3:TlsVersion', values: ['1.2'] }],
      },
    ]);
    expect(stack.resource.aws_s3_bucket_policy.data_policy).toMatchObject({
      bucket: '${aws_s3_bucket.data_bucket.id}',
      policy: '${data.aws_iam_policy_document.data_tls-only.json}',
    });
  });

  it('survives destroy unless the caller opts in', () => {
    expect(synth()).toHaveResourceWithProperties(S3Bucket, {
      force_destroy: false,
      lifecycle: { prevent_destroy: true },
    });
    const opted = synth({ allowDestroy: true });
    expect(opted).toHaveResourceWithProperties(S3Bucket, {
      force_destroy: true,
      lifecycle: { prevent_destroy: false },
    });
    expect(opted).toHaveResourceWithProperties(KmsKey, { deletion_window_in_days: 7 });
  });

  it('refuses an expiry that is not a whole number of days', () => {
    expect(
      () =>
        new SecureBucket(new TerraformStack(Testing.app(), 's'), 'b', {
          bucketName: 'x-bucket',
          keyAlias: 'x',
          noncurrentVersionExpirationDays: 0,
        }),
    ).toThrow(/noncurrentVersionExpirationDays/);
  });
});
