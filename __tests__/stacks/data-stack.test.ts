import { Testing } from 'cdktf';
import { EnvironmentConfig } from '../../src/config/schema';
import { DataStack } from '../../src/stacks/data-stack';
import { configWith, defaultConfig } from '../../test-support/config';
import { parseStack, policyStatements, resource } from '../../test-support/terraform-json';

const synth = (config: EnvironmentConfig = defaultConfig()) => {
  const text = Testing.synth(new DataStack(Testing.app(), config));
  return { text, stack: parseStack(text) };
};

describe('DataStack', () => {
  const { stack } = synth();

  it('keeps its state in the state bucket under its own key, with S3-native locking', () => {
    expect(stack.terraform.backend.s3).toMatchObject({
      bucket: 'spark-eks-tfstate-example',
      key: 'spark-eks/data.tfstate',
      kms_key_id: 'alias/spark-eks-tfstate',
      use_lockfile: true,
    });
  });

  it('holds the data bucket, its key and its access-log bucket, and nothing that bills by the hour', () => {
    expect(Object.keys(stack.resource).sort()).toEqual([
      'aws_kms_alias',
      'aws_kms_key',
      'aws_s3_bucket',
      'aws_s3_bucket_lifecycle_configuration',
      'aws_s3_bucket_logging',
      'aws_s3_bucket_ownership_controls',
      'aws_s3_bucket_policy',
      'aws_s3_bucket_public_access_block',
      'aws_s3_bucket_server_side_encryption_configuration',
      'aws_s3_bucket_versioning',
      'aws_s3_object',
    ]);
  });

  it('allows s3:* only in the TLS-only bucket policy’s Deny statements', () => {
    const denies = policyStatements(stack).filter((s) => s.actions?.includes('s3:*'));
    expect(denies.map((s) => [s.document, s.sid, s.effect])).toEqual([
      ['data.aws_iam_policy_document.access-logs_bucket_tls-only', 'DenyInsecureTransport', 'Deny'],
      ['data.aws_iam_policy_document.access-logs_bucket_tls-only', 'DenyOutdatedTls', 'Deny'],
      ['data.aws_iam_policy_document.data_bucket_tls-only', 'DenyInsecureTransport', 'Deny'],
      ['data.aws_iam_policy_document.data_bucket_tls-only', 'DenyOutdatedTls', 'Deny'],
    ]);
  });

  it('creates the event-log folder, which Spark and the history server require to exist', () => {
    expect(resource(stack, 'aws_s3_object', 'data_folder-spark-events')).toMatchObject({
      bucket: '${aws_s3_bucket.data_bucket_bucket.id}',
      key: 'spark-events/',
      content: '',
      depends_on: ['aws_s3_bucket_server_side_encryption_configuration.data_bucket_encryption'],
    });
  });

  it('names the data bucket after the account and region unless the config names it', () => {
    expect(resource(stack, 'aws_s3_bucket', 'data_bucket_bucket').bucket).toBe(
      'spark-eks-data-${data.aws_caller_identity.caller.account_id}-eu-west-1',
    );
    const named = synth(configWith({ dataBucket: { name: 'acme-spark-data' } })).stack;
    expect(resource(named, 'aws_s3_bucket', 'data_bucket_bucket').bucket).toBe('acme-spark-data');
  });

  it('keeps the bucket and its key on destroy unless the config opts in', () => {
    expect(resource(stack, 'aws_s3_bucket', 'data_bucket_bucket')).toMatchObject({
      force_destroy: false,
      lifecycle: { prevent_destroy: true },
    });
    expect(resource(stack, 'aws_kms_key', 'data_bucket_kms_key').lifecycle).toEqual({ prevent_destroy: true });
    const optIn = synth(configWith({ dataBucket: { allowDestroy: true } })).stack;
    expect(resource(optIn, 'aws_s3_bucket', 'data_bucket_bucket')).toMatchObject({
      force_destroy: true,
      lifecycle: { prevent_destroy: false },
    });
    expect(resource(optIn, 'aws_kms_key', 'data_bucket_kms_key').lifecycle).toEqual({ prevent_destroy: false });
  });

  it('writes the data bucket’s server access logs to its own SSE-S3 log bucket, which only S3 logging may write', () => {
    expect(resource(stack, 'aws_s3_bucket_logging', 'data_bucket_access-logs')).toMatchObject({
      bucket: '${aws_s3_bucket.data_bucket_bucket.id}',
      target_bucket: '${aws_s3_bucket.access-logs_bucket_bucket.bucket}',
      target_prefix: 'spark-eks-data-${data.aws_caller_identity.caller.account_id}-eu-west-1/',
      depends_on: ['aws_s3_bucket_policy.access-logs_bucket_policy'],
    });
    expect(resource(stack, 'aws_s3_bucket', 'access-logs_bucket_bucket').bucket).toBe(
      'spark-eks-data-logs-${data.aws_caller_identity.caller.account_id}-eu-west-1',
    );
    expect(
      resource(stack, 'aws_s3_bucket_server_side_encryption_configuration', 'access-logs_bucket_encryption').rule,
    ).toEqual([{ apply_server_side_encryption_by_default: { sse_algorithm: 'AES256' } }]);
    const rule = resource(stack, 'aws_s3_bucket_lifecycle_configuration', 'access-logs_bucket_lifecycle').rule[0];
    expect(rule.expiration).toEqual([{ days: 30 }]);
    const write = policyStatements(stack).find((s) => s.sid === 'ServerAccessLogsOf0');
    expect(write).toMatchObject({
      effect: 'Allow',
      principals: [{ type: 'Service', identifiers: ['logging.s3.amazonaws.com'] }],
      actions: ['s3:PutObject'],
      resources: [
        'arn:aws:s3:::spark-eks-data-logs-${data.aws_caller_identity.caller.account_id}-eu-west-1/spark-eks-data-${data.aws_caller_identity.caller.account_id}-eu-west-1/*',
      ],
      condition: [
        {
          test: 'ArnLike',
          variable: 'aws:SourceArn',
          values: ['arn:aws:s3:::spark-eks-data-${data.aws_caller_identity.caller.account_id}-eu-west-1'],
        },
        {
          test: 'StringEquals',
          variable: 'aws:SourceAccount',
          values: ['${data.aws_caller_identity.caller.account_id}'],
        },
      ],
    });
    expect(resource(stack, 'aws_s3_bucket_logging', 'data_bucket_access-logs')).toBeDefined();
    expect(stack.resource.aws_s3_bucket_logging['access-logs_bucket_access-logs']).toBeUndefined();
  });

  it('outputs the bucket name and key', () => {
    expect(Object.keys(stack.output).sort()).toEqual(['data_bucket_kms_key_arn', 'data_bucket_name']);
  });
});
