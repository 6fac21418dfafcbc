import {
  ECR_PULL_ACTIONS,
  ECR_PUSH_ACTIONS,
  ImageRepository,
  ImageRepositoryProps,
  lifecyclePolicy,
} from '../../src/constructs/image-repository';
import { synthInStack } from '../../test-support/stack';
import { parseStack, policyDocument, resource } from '../../test-support/terraform-json';

const DEPLOYER = 'arn:aws:iam::111122223333:role/Deployer';
const props: ImageRepositoryProps = {
  repositoryName: 'acme/spark-jobs',
  keyAlias: 'acme-ecr',
  pushPrincipalArns: [DEPLOYER],
};
const synth = (keepImages?: number, overrides: Partial<ImageRepositoryProps> = {}) =>
  parseStack(synthInStack((stack) => new ImageRepository(stack, 'images', { ...props, keepImages, ...overrides })));

describe('ImageRepository', () => {
  it('scans on push, lets a redeploy re-push a tag and encrypts with its own KMS key', () => {
    expect(resource(synth(), 'aws_ecr_repository', 'images_repository')).toMatchObject({
      name: 'acme/spark-jobs',
      image_tag_mutability: 'MUTABLE',
      image_scanning_configuration: { scan_on_push: true },
      encryption_configuration: [{ encryption_type: 'KMS', kms_key: '${aws_kms_key.images_kms_key.arn}' }],
    });
  });

  it('keeps the newest N images', () => {
    const policy = JSON.parse(resource(synth(12), 'aws_ecr_lifecycle_policy', 'images_lifecycle').policy as string);
    expect(policy.rules).toEqual([
      expect.objectContaining({
        selection: { tagStatus: 'any', countType: 'imageCountMoreThan', countNumber: 12 },
        action: { type: 'expire' },
      }),
    ]);
  });

  it('gives each image prefix its own rule before a catch-all', () => {
    expect(lifecyclePolicy(5, ['base', 'etl']).rules).toEqual([
      expect.objectContaining({
        rulePriority: 1,
        selection: expect.objectContaining({ tagStatus: 'tagged', tagPatternList: ['base_*'], countNumber: 5 }),
      }),
      expect.objectContaining({ rulePriority: 2, selection: expect.objectContaining({ tagPatternList: ['etl_*'] }) }),
      expect.objectContaining({
        rulePriority: 3,
        selection: { tagStatus: 'any', countType: 'imageCountMoreThan', countNumber: 5 },
      }),
    ]);
  });

  it('denies every push but by the named principals, whatever their IAM policies allow', () => {
    const pod = 'arn:aws:iam::111122223333:role/acme-fargate-pod-execution';
    const stack = synth(undefined, {
      pushPrincipalArns: [DEPLOYER, 'arn:aws:iam::111122223333:role/Ci'],
      pullPrincipalArns: [pod],
    });
    expect(resource(stack, 'aws_ecr_repository_policy', 'images_repository-policy')).toEqual({
      repository: '${aws_ecr_repository.images_repository.name}',
      policy: '${data.aws_iam_policy_document.images_policy.json}',
    });
    const [deny, pull, ...rest] = policyDocument(stack, 'images_policy');
    expect(rest).toEqual([]);
    expect(deny).toEqual({
      sid: 'PushOnlyByTheDeployers',
      effect: 'Deny',
      principals: [{ type: 'AWS', identifiers: ['*'] }],
      actions: ['ecr:InitiateLayerUpload', 'ecr:UploadLayerPart', 'ecr:CompleteLayerUpload', 'ecr:PutImage'],
      condition: [
        {
          test: 'ArnNotEquals',
          variable: 'aws:PrincipalArn',
          values: [DEPLOYER, 'arn:aws:iam::111122223333:role/Ci'],
        },
      ],
    });
    // The pod execution role only pulls: nothing it is allowed writes an image, and the Deny covers it.
    expect(pull).toEqual({
      sid: 'PullByTheClusterPods',
      effect: 'Allow',
      principals: [{ type: 'AWS', identifiers: [pod] }],
      actions: ['ecr:BatchCheckLayerAvailability', 'ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'],
    });
    expect(pull.actions?.filter((a) => (ECR_PUSH_ACTIONS as readonly string[]).includes(a))).toEqual([]);
    expect(ECR_PULL_ACTIONS.every((a) => !a.includes('Put') && !a.includes('Upload'))).toBe(true);
  });

  it('allows nobody a pull it is not told to, and refuses a repository nobody may push to', () => {
    expect(policyDocument(synth(), 'images_policy').map((s) => s.sid)).toEqual(['PushOnlyByTheDeployers']);
    expect(() => synth(undefined, { pushPrincipalArns: [] })).toThrow(/pushPrincipalArns needs at least the principal/);
  });

  it('refuses an invalid repository name', () => {
    expect(() => synth(undefined, { repositoryName: 'Acme/Jobs' })).toThrow(/not a valid ECR name/);
  });
});
