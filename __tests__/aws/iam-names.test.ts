import { iamRoleName, managedPolicyArn } from '../../src/aws/iam-names';
import { bucketNameProblem, isIamPrincipalArn } from '../../src/aws/names';

describe('iamRoleName', () => {
  it('joins short names as they are', () => {
    expect(iamRoleName('acme', 'spark', 'spark-jobs')).toBe('acme-spark-spark-jobs');
  });

  it('shortens names over 64 characters, keeping them unique with a hash', () => {
    const long = iamRoleName('a'.repeat(20), 'spark', 'n'.repeat(63));
    const other = iamRoleName('a'.repeat(20), 'spark', `${'n'.repeat(62)}m`);
    expect(long.length).toBeLessThanOrEqual(64);
    expect(long).toMatch(/^a{20}-spark-n+-[0-9a-f]{8}$/);
    expect(other).not.toBe(long);
    expect(iamRoleName('a'.repeat(20), 'spark', 'n'.repeat(63))).toBe(long);
  });

  it('names AWS managed policies in the aws partition', () => {
    expect(managedPolicyArn('AmazonEKSClusterPolicy')).toBe('arn:aws:iam::aws:policy/AmazonEKSClusterPolicy');
  });
});

describe('AWS naming rules', () => {
  it('accepts a valid bucket name', () => {
    expect(bucketNameProblem('my-bucket-123')).toBeUndefined();
  });

  it.each([
    ['ab', /3 to 63/],
    ['a'.repeat(64), /3 to 63/],
    ['My-Bucket', /lowercase/],
    ['my.bucket', /lowercase/],
    ['-bucket', /begin and end/],
    ['xn--bucket', /xn--/],
    ['bucket-s3alias', /-s3alias/],
  ])('refuses bucket %j', (name, problem) => {
    expect(bucketNameProblem(name)).toMatch(problem);
  });

  it.each([
    ['arn:aws:iam::123456789012:role/Admin', true],
    ['arn:aws:iam::123456789012:role/path/to/Admin', true],
    ['arn:aws:iam::123456789012:user/alice', true],
    ['arn:aws:iam::123456789012:group/Admins', false],
    ['arn:aws:iam::12345:role/Admin', false],
    ['arn:aws:sts::123456789012:assumed-role/Admin/session', false],
  ])('principal ARN %s is valid: %s', (arn, valid) => {
    expect(isIamPrincipalArn(arn)).toBe(valid);
  });
});
