import { ClusterOidcProvider } from '../../src/constructs/cluster-oidc-provider';
import { DataBucket, OBJECT_READ_WRITE_ACTIONS } from '../../src/constructs/data-bucket';
import { ServiceAccountRole } from '../../src/constructs/service-account-role';
import { synthInStack } from '../../test-support/stack';
import { parseStack, policyDocument, resource } from '../../test-support/terraform-json';

const BUCKET = '${aws_s3_bucket.data_bucket_bucket.arn}';
const KEY = '${aws_kms_key.data_bucket_kms_key.arn}';

const synth = (grant: (bucket: DataBucket, role: ServiceAccountRole) => void) =>
  parseStack(
    synthInStack((stack) => {
      const bucket = new DataBucket(stack, 'data', { bucketName: 'acme-data', keyAlias: 'acme-data' });
      const oidcProvider = new ClusterOidcProvider(stack, 'oidc', { issuerUrl: 'https://oidc.example/id/X' });
      const role = new ServiceAccountRole(stack, 'sa', {
        oidcProvider,
        namespace: 'ns',
        serviceAccountName: 'sa',
        roleName: 'acme-sa',
        description: 'test',
      });
      grant(bucket, role);
    }),
  );

describe('DataBucket', () => {
  it('is a hardened bucket kept on destroy by default', () => {
    const stack = synth(() => undefined);
    expect(resource(stack, 'aws_s3_bucket', 'data_bucket_bucket')).toMatchObject({
      bucket: 'acme-data',
      lifecycle: { prevent_destroy: true },
    });
    expect(resource(stack, 'aws_s3_bucket_public_access_block', 'data_bucket_public-access-block')).toMatchObject({
      block_public_acls: true,
      restrict_public_buckets: true,
    });
  });

  it('grants read-write under the prefixes only: listing, objects, pending uploads and the bucket key', () => {
    const statements = policyDocument(
      synth((bucket, role) => bucket.grantReadWrite(role, 'rw', ['input', 'spark-events'])),
      'sa_role_rw-document',
    );
    const bySid = Object.fromEntries(statements.map((s) => [s.sid, s]));
    expect(bySid.ListUnderPrefixes).toEqual({
      sid: 'ListUnderPrefixes',
      effect: 'Allow',
      actions: ['s3:ListBucket'],
      resources: [BUCKET],
      condition: [
        { test: 'StringLike', variable: 's3:prefix', values: ['input', 'input/*', 'spark-events', 'spark-events/*'] },
      ],
    });
    expect(bySid.ObjectsUnderPrefixes.actions).toEqual(OBJECT_READ_WRITE_ACTIONS);
    expect(bySid.ObjectsUnderPrefixes.resources).toEqual([
      `${BUCKET}/input`,
      `${BUCKET}/input/*`,
      `${BUCKET}/spark-events`,
      `${BUCKET}/spark-events/*`,
    ]);
    expect(bySid.BucketKey).toMatchObject({ actions: ['kms:Decrypt', 'kms:GenerateDataKey'], resources: [KEY] });
    expect(statements.map((s) => s.sid).sort()).toEqual([
      'BucketKey',
      'BucketLocation',
      'ListUnderPrefixes',
      'ObjectsUnderPrefixes',
      'PendingUploads',
    ]);
    expect(statements.flatMap((s) => s.actions ?? []).sort()).toEqual([
      'kms:Decrypt',
      'kms:GenerateDataKey',
      's3:AbortMultipartUpload',
      's3:DeleteObject',
      's3:GetBucketLocation',
      's3:GetObject',
      's3:ListBucket',
      's3:ListBucketMultipartUploads',
      's3:ListMultipartUploadParts',
      's3:PutObject',
    ]);
    expect(
      statements.every((s) => s.effect === 'Allow' && s.resources?.every((r) => r.startsWith(BUCKET) || r === KEY)),
    ).toBe(true);
  });

  it('grants read-only access that cannot write or delete', () => {
    const statements = policyDocument(
      synth((bucket, role) => bucket.grantRead(role, 'ro', ['spark-events'])),
      'sa_role_ro-document',
    );
    const actions = statements.flatMap((s) => s.actions ?? []);
    expect(actions.sort()).toEqual(['kms:Decrypt', 's3:GetBucketLocation', 's3:GetObject', 's3:ListBucket']);
    expect(statements.find((s) => s.sid === 'ReadObjectsUnderPrefixes')?.resources).toEqual([
      `${BUCKET}/spark-events`,
      `${BUCKET}/spark-events/*`,
    ]);
  });
});
