import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { Testing } from 'cdktf';
import { Construct } from 'constructs';
import { ProjectStack } from '../../src/stacks/project-stack';
import { synthInStack } from '../../test-support/stack';
import { parseStack } from '../../test-support/terraform-json';

describe('ProjectStack addresses', () => {
  it('are the construct path joined by "_", without a hash', () => {
    const stack = parseStack(
      synthInStack((s) => {
        new S3Bucket(new Construct(s, 'data-lake'), 'bucket', { bucket: 'x' });
        new S3Bucket(s, 'top', { bucket: 'y' });
      }),
    );
    expect(Object.keys(stack.resource.aws_s3_bucket)).toEqual(['data-lake_bucket', 'top']);
  });

  it('refuse two constructs that would share an address', () => {
    const stack = new ProjectStack(Testing.app(), 'test');
    new S3Bucket(stack, 'a.b', { bucket: 'x' });
    new S3Bucket(stack, 'a_b', { bucket: 'y' });
    expect(() => Testing.synth(stack)).toThrow(/"test\/a\.b" and "test\/a_b" would share the Terraform address "a_b"/);
  });

  it('refuse an address that does not start with a letter', () => {
    const stack = new ProjectStack(Testing.app(), 'test');
    new S3Bucket(stack, '1bucket', { bucket: 'x' });
    expect(() => Testing.synth(stack)).toThrow(/must start with a letter/);
  });
});
